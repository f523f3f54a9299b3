"""Indonesian tables of the figures layer: English's (``storyline/lang/en/figures.py``) for their
shape, with Indonesian words.

Written for ITN's one-sentence Indonesian reports (121 of its 1,911 blurbs: tolls of earthquakes,
crashes and attacks, "Setidaknya 272 orang tewas dan lebih dari 2.000 orang luka-luka"), so that
their counts of people are read at all and their series keep the dead apart from the injured (the
``FATES``). Indonesian marks no plural ("272 orang"), so no counted noun is guessed by its ending
(``PLURAL_SUFFIXES`` empty): only the table's nouns are counted. The decimal mark is the comma
("5,6 Mw"; "2.000" is two thousand). Malay (``storyline/lang/ms/figures.py``) takes these tables.
"""

# fmt: off
from ..en.figures import *  # noqa: F403 - the tables' shape; every word list that matters is replaced below

DECIMAL = ","
NUMBER_WORDS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "lapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100,
    "seribu": 1000, "sejuta": 1e6,
}
SCALES = {"ratus": 100, "ribu": 1e3, "juta": 1e6, "miliar": 1e9, "milyar": 1e9, "bilion": 1e9, "triliun": 1e12}
NUMBER_JOINERS: tuple[str, ...] = ()
WEAK_NUMBERS = ("satu",)
NEGATIONS: tuple[str, ...] = ()  # "tanpa awak" is "uncrewed", no count of zero

QUALIFIERS = {
    "setidaknya": "at least", "sedikitnya": "at least", "sekurang-kurangnya": "at least",
    "paling sedikit": "at least", "minimal": "at least", "sekitar": "about", "kira-kira": "about",
    "lebih dari": "more than", "lebih daripada": "more than", "lebih": "more than", "hampir": "nearly", "nyaris": "nearly",
    "hingga": "up to", "sampai": "up to", "kurang dari": "less than", "hanya": "exactly",
}
MEASURES = {
    "orang": "people", "jiwa": "people", "warga": "people", "penduduk": "people", "korban": "people",
    "warga sipil": "people", "tentara": "troops", "prajurit": "troops", "pasukan": "troops",
    "tentera": "troops", "askar": "troops", "penumpang": "penumpang", "awak": "awak",
    "anak kapal": "anak kapal", "narapidana": "narapidana", "migran": "migran", "pengungsi": "pengungsi",
    "negara": "countries", "pesawat": "pesawat", "penerbangan": "penerbangan", "rumah": "rumah",
    "bangunan": "bangunan", "kursi": "kursi", "kerusi": "kerusi", "suara": "votes",
}
# Nouns recorded as written (Indonesian and Malay have no plural), by the shared key series group them under.
SERIES_MEASURES = {
    "migran": "migrant", "pengungsi": "refugee", "penumpang": "passenger", "awak": "crew", "anak kapal": "crew",
    "narapidana": "prisoner", "pesawat": "aircraft", "penerbangan": "flight", "rumah": "house",
    "bangunan": "building", "kursi": "seat", "kerusi": "seat",
}
PERCENT = ("persen", "peratus")
CURRENCIES = {"rupiah": "IDR", "rp": "IDR", "ringgit": "MYR", "rm": "MYR", "dolar": "USD", "euro": "EUR"}
CURRENCY_FRACTIONS: dict[str, tuple[str, float]] = {}
SCALED_CURRENCIES: dict[str, str] = {}
PRICE_CURRENCY = "IDR"
NOT_COUNTED = ("tahun", "bulan", "minggu", "hari", "jam", "menit", "kali")
PLURAL_SUFFIXES: tuple[str, ...] = ()
IRREGULAR_PLURALS: dict[str, str] = {}
SINGULAR_RULES: tuple[tuple[str, str], ...] = ()
MONTHS = {
    "januari": 1, "februari": 2, "maret": 3, "mac": 3, "april": 4, "mei": 5, "juni": 6, "jun": 6,
    "juli": 7, "julai": 7, "agustus": 8, "ogos": 8, "september": 9, "oktober": 10, "november": 11,
    "desember": 12, "disember": 12,
}
WEEKDAYS = ("senin", "isnin", "selasa", "rabu", "kamis", "khamis", "jumat", "jumaat", "sabtu", "minggu", "ahad")
AGE_CUES = ("usia", "berusia", "umur", "berumur")
ID_CUES = ("nomor", "no", "no.", "pasal", "bab", "halaman", "artemis")
GROUP_LABELS: tuple[str, ...] = ()
TIME_CUES = ("pukul", "jam")
FUNCTION_WORDS = (
    "di", "ke", "dari", "daripada", "pada", "dalam", "yang", "dan", "atau", "tetapi", "namun",
    "dengan", "untuk", "oleh", "akibat", "karena", "kerana", "sebagai", "itu", "ini", "sebuah",
    "seorang", "para", "telah", "sudah", "akan", "juga", "tidak", "bagi", "antara", "semua",
    "kesemua", "lainnya", "lain", "lagi",
)
TITLES = ("presiden", "menteri", "perdana", "jenderal", "sekretaris", "gubernur", "raja", "dr.", "pak", "bu")
PLACE_PREPOSITIONS = ("di",)
OWNER_PREPOSITIONS = ("milik",)
BACK_LINKS = ("menjadi", "sebanyak")
RATE_WORDS = ("per", "setiap")
COORDINATORS = ("dan", "tetapi", "atau", "serta")
CLAUSE_WORDS = ("yang", "sementara", "namun", "sedangkan", "tetapi")
PLAN_CUES = ("akan", "rencana", "berencana", "direncanakan", "target")
PAST_CUES = ("lalu", "sebelumnya", "dulu", "pernah")
RELATIVE_TIMES: dict[str, tuple[str, int]] = {}
TIME_MODIFIERS: dict[str, str] = {}
SINCE_WORDS = ("sejak",)
DEADLINE_WORDS = ("sebelum", "paling lambat")
CORPORATE_SUFFIXES = ("tbk", "pt", "bhd", "sdn")
ALIASES = {
    "Amerika Serikat": "United States", "AS": "United States", "Yunani": "Greece", "Turki": "Turkey",
    "Tiongkok": "China", "Jepang": "Japan", "Jepun": "Japan", "Rusia": "Russia", "Ukraina": "Ukraine",
    "Inggris": "United Kingdom", "Jerman": "Germany", "Perancis": "France", "Prancis": "France",
    "Itali": "Italy", "Italia": "Italy", "Meksiko": "Mexico",
}
ORGANISATIONS = ("NATO", "PBB", "ASEAN")
UNSAID_MEASURES: dict[str, str] = {}
GOODS = ("pesawat", "kapal", "mobil", "kereta", "helikopter")
PREPOSITIONS = ("di", "ke", "dari", "pada", "dalam", "dengan", "untuk", "oleh", "akibat", "atas")
DETERMINERS = ("sebuah", "seorang", "para", "itu", "ini", "semua", "kesemua")
SUBJECT_OPENERS = ("bahwa", "bahawa", "kata", "ujar")
PARTITIVES = ("dari", "daripada")
PARTITIVE_PRONOUNS = ("mereka",)
ELLIPSIS_LINKS = ("dan", "atau")
DEALS = ("kontrak", "kesepakatan", "perjanjian")
RECIPIENT_PREPOSITIONS = ("kepada",)
POSSESSIVES = ("nya",)
VERB_ENDINGS: tuple[str, ...] = ()
PAST_ENDINGS: tuple[str, ...] = ()
RANGE_LINKS = ("hingga", "sampai", "dan", "atau")
SUBJECT_VERBS = ("mengatakan", "menyatakan", "memiliki", "mempunyai")
STAFF_VERBS: tuple[str, ...] = ()
RELATIVES = ("yang",)
PRONOUNS = ("ia", "dia", "mereka")
WORTH = ("senilai", "bernilai")
SAYING = ("memperkirakan",)
ROLE_OPENERS = ("sebagai",)
SUPPLY_VERBS: tuple[str, ...] = ()
SUPPLY_LINKS: tuple[str, ...] = ()
LABELS = ("kelas", "seri", "tahap")
COMMON_WORDS: tuple[str, ...] = ()
PRICE_MOVES: tuple[str, ...] = ()
OFFERS: tuple[str, ...] = ()
ORDERS = ("pesanan",)
POPULATIONS = ("penduduk", "populasi")
LEADS: tuple[str, ...] = ()
MARGIN_LINKS: tuple[str, ...] = ()
MOVE_WORDS: tuple[str, ...] = ()
INDEX_WORDS = ("indeks",)
INDEX_LINKS: tuple[str, ...] = ()

# What happened to the people a count counts, said next to the number: series keep the dead apart
# from the injured (see storyline/lang/en/figures.py). FATE_OF: the measures so refined.
FATE_OF = ("people",)
FATES = {
    "tewas": "deaths", "menewaskan": "deaths", "meninggal": "deaths", "wafat": "deaths",
    "terbunuh": "deaths", "membunuh": "deaths", "mati": "deaths", "terkorban": "deaths",
    "mengorbankan": "deaths", "maut": "deaths", "luka": "injured", "melukai": "injured",
    "terluka": "injured", "mencederai": "injured", "cedera": "injured", "hilang": "missing",
    "ditangkap": "arrested", "ditahan": "arrested", "dievakuasi": "evacuated", "dipindahkan": "evacuated",
    "mengungsi": "displaced",
}
RATE_DENOMINATORS = ("setiap", "per")
SUBORDINATORS = ("jika", "ketika", "karena", "meskipun")
COUNT_NOUNS = ("jumlah",)
STAKES = ()  # "a 10% stake in Beta": the name after the link is what is held
STAKE_LINKS = ()
TIME_OPENERS = ()  # "Last year Russia carried out": a time phrase before the subject
CLAUSE_SPEECH_VERBS = ("kata", "mengatakan")  # verbs of speech that take a clause, never a figure: the said clause's figures
GROUP_ADJECTIVES: tuple[str, ...] = ()  # such adjectives take no capital here: never read as names
