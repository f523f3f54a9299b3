"""Italian tables of the figures layer (same names as ``storyline/lang/en/figures.py``).

Italian writes a decimal comma and groups thousands with a full stop ("3,5 miliardi di dollari",
"1.400 dipendenti"); a scale word takes "di" before its currency, as Spanish "de" does. Elided
articles are often written apart in the corpora ("l' acquisto"), so "l", "dell" and the like are
function words. Counted nouns outside the shared measures are recorded as written, in the
singular ("dipendente", "ordine"); ``SERIES_MEASURES`` maps them to the shared keys for series.
"""

# fmt: off
DECIMAL = ","

NUMBER_WORDS = {
    "zero": 0, "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5,
    "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12,
    "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17,
    "diciotto": 18, "diciannove": 19, "venti": 20, "trenta": 30, "quaranta": 40,
    "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90,
    "cento": 100, "mille": 1000, "duemila": 2000, "tremila": 3000, "cinquemila": 5000,
    "diecimila": 10000, "una dozzina": 12, "un centinaio": 100, "un migliaio": 1000,
}
SCALES = {
    "dozzina": 12, "dozzine": 12, "cento": 100, "mila": 1e3, "mille": 1e3, "milione": 1e6,
    "milioni": 1e6, "mln": 1e6, "miliardo": 1e9, "miliardi": 1e9, "mld": 1e9, "mrd": 1e9,
}
NUMBER_JOINERS: tuple[str, ...] = ()
WEAK_NUMBERS = ("un", "uno", "una")  # articles far more often than counts
NEGATIONS = ("nessun", "nessuna", "nessuno")

QUALIFIERS = {
    "circa": "about", "intorno a": "about", "intorno ai": "about", "intorno al": "about",
    "all'incirca": "about", "approssimativamente": "about", "attorno ai": "about",
    "quasi": "nearly", "oltre": "more than", "più di": "more than", "piu di": "more than",
    "oltre a": "more than", "almeno": "at least", "fino a": "up to", "fino ai": "up to",
    "meno di": "less than", "solo": "exactly", "soltanto": "exactly", "appena": "exactly",
}

MEASURES = {
    "soldati": "troops", "militari": "troops", "truppe": "troops", "effettivi": "troops",
    "persone": "people", "altri": "people", "altre": "people", "civili": "people",
    "morti": "deaths", "vittime": "deaths", "decessi": "deaths", "feriti": "injured",
    "rifugiati": "rifugiato", "profughi": "profugo", "migranti": "migrante",
    "paesi": "countries", "nazioni": "countries", "stati": "stato", "aziende": "companies",
    "società": "companies", "imprese": "companies", "compagnie": "companies",
    "compagnie aeree": "companies", "posti di lavoro": "jobs", "posizioni": "jobs",
    "voti": "votes", "attacchi": "attacks", "attentati": "attacks", "lingue": "languages",
    "casi": "cases",
    "dipendenti": "dipendente", "lavoratori": "lavoratore", "passeggeri": "passeggero",
    "aerei": "aereo", "aeromobili": "aeromobile", "velivoli": "velivolo", "jet": "jet",
    "ordini": "ordine", "ordinativi": "ordine", "esemplari": "esemplare", "posti": "posto",
    "azioni": "azione", "tonnellate": "tonnellata", "chilometri": "chilometro",
    "miglia": "miglio", "canzoni": "canzone", "brani": "brano", "clienti": "cliente",
    "stabilimenti": "stabilimento", "fornitori": "fornitore", "aerei cisterna": "aereo cisterna",
    "aerocisterne": "aerocisterna", "pollici": "pollice", "libbre": "libbra", "piedi": "piede",
}
# The counted nouns above recorded as written, by the shared measure key series group them under.
SERIES_MEASURES = {
    "rifugiato": "refugee", "profugo": "refugee", "migrante": "migrant",
    "km": "kilometre",
    "dipendente": "employee", "lavoratore": "worker", "passeggero": "passenger",
    "aereo": "aircraft", "aeromobile": "aircraft", "velivolo": "aircraft", "jet": "aircraft",
    "esemplare": "copy", "ordine": "order", "posto": "seat", "azione": "share",
    "tonnellata": "tonne", "chilometro": "kilometre", "miglio": "mile", "canzone": "song",
    "brano": "song", "cliente": "customer", "stabilimento": "plant", "fornitore": "supplier",
    "aereo cisterna": "tanker", "aerocisterna": "tanker", "pollice": "inch", "libbra": "pound",
    "chilometro quadrato": "km2", "stato": "state", "colore": "color", "ospite": "guest",
    "modello": "model", "versione": "version", "sviluppatore": "developer", "funzione": "feature",
    "dispositivo": "device", "classe": "class", "centimetro": "cm", "millimetro": "millimetre",
    "metro": "metre", "negozio": "store", "ingegnere": "engineer", "incidente": "incident",
    "applicazione": "application", "rotta": "route", "fotocamera": "camera", "piede": "feet",
}
PERCENT = ("per cento", "percento", "punti percentuali")
CURRENCIES = {
    "$": "USD", "us$": "USD", "#": "GBP", "dollari": "USD", "dollaro": "USD", "usd": "USD", "€": "EUR",
    "euro": "EUR", "eur": "EUR", "£": "GBP", "sterline": "GBP", "sterlina": "GBP", "yen": "JPY",
    "yuan": "CNY", "rubli": "RUB", "franchi svizzeri": "CHF", "lire": "ITL",
    "dollari canadesi": "CAD", "dollari australiani": "AUD",
}
NOT_COUNTED = (
    "anni", "anno", "mesi", "mese", "settimane", "settimana", "giorni", "giorno", "ore", "ora",
    "minuti", "minuto", "secondi", "decenni", "secoli", "volte", "enne",
)
PLURAL_SUFFIXES = ("i", "e")
IRREGULAR_PLURALS = {"uomini": "uomo", "miglia": "miglio", "paia": "paio"}
SINGULAR_RULES = (  # "-i" is mostly "-o" or "-e"; the endings below say which
    ("zioni", "zione"), ("sioni", "sione"), ("ioni", "ione"), ("enti", "ente"), ("anti", "ante"),
    ("ori", "ore"), ("ali", "ale"), ("ili", "ile"), ("ari", "ario"), ("eri", "ere"), ("iti", "ite"),
    ("ssi", "sse"), ("arti", "arte"), ("zi", "zio"), ("che", "ca"), ("ghe", "ga"), ("chi", "co"),
    ("ghi", "go"), ("i", "o"), ("e", "a"),
)

MONTHS = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}
WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
AGE_CUES = ("età",)
ID_CUES = ("n", "n.", "nº", "numero", "articolo", "capitolo", "pagina", "volo", "versione", "modello")
# A price for each share of an offer is the target's, the one after the link; made things of an order
# are the buyer's, the one after its link; a share of a population is nobody's.
OFFERS = ("offerta", "offerte", "opa")
OFFER_LINKS = ("per",)
ORDERS = ("ordine", "ordini", "ordinativo", "commessa")
ORDER_LINKS = ("da", "dalla", "dal")
POPULATIONS = ("popolazione", "abitanti", "elettorato", "residenti")
GROUP_LABELS = ("top",)
TIME_CUES = ("alle", "ore")

FUNCTION_WORDS = (
    "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "di", "del", "dello", "della",
    "dei", "degli", "delle", "dell", "d", "a", "al", "allo", "alla", "ai", "agli", "alle", "all",
    "da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall", "in", "nel", "nello", "nella",
    "nei", "negli", "nelle", "nell", "su", "sul", "sulla", "sui", "sugli", "sulle", "sull", "con",
    "per", "tra", "fra", "e", "ed", "o", "ma", "che", "chi", "cui", "dove", "è", "sono", "era",
    "erano", "ha", "hanno", "aveva", "avevano", "non", "più", "meno", "si", "lui", "lei", "loro",
    "anche", "suo", "sua", "suoi", "sue", "questo", "questa", "questi", "queste", "quello",
    "quella", "come", "quando", "se", "perché", "mentre", "già", "ancora", "poi", "solo",
)
TITLES = (  # before a person's name: neither a name nor a place
    "sig", "sig.ra", "dott", "dr", "ing", "avv", "prof", "presidente", "ministro", "generale",
    "senatore", "onorevole", "amministratore",
)
PLACE_PREPOSITIONS = ("in",)
OWNER_PREPOSITIONS = ("di", "del", "della", "dei", "degli", "delle", "dello")
BACK_LINKS = ("a", "di", "ai", "al")
# A rate word after a number with nothing counted after it makes a price or rate of it, never the
# count of a noun before it (RATE_WORDS).
# Lower-case elided words glued before the next ("d'", "l'"): left out of the token's lower-case form.
ELISIONS = ("l", "d", "dell", "all", "nell", "sull", "dall", "un", "quest", "po")  # "dell'Airbus", "un'altra"
RATE_WORDS = ("per", "ciascuno", "cadauno")  # "200 milioni per aereo"
RATE_DENOMINATORS = ("ogni",)  # "uno por cada mil habitantes", "per 100,000 people": a rate's base, no count
COUNT_NOUNS = ("numero", "totale")  # "desciende a 290 el número de cascos azules": what the number after its verb counts
COORDINATORS = ("e", "ed", "ma", "o")
CLAUSE_WORDS = ("mentre", "che", "ma", "cui")

PLAN_CUES = (
    "prevede", "previsto", "prevista", "previsti", "piano", "intende", "obiettivo", "ridurre",
    "aumentare", "tagliare", "sarà", "saranno", "dovrà", "dovranno", "punta",
)
PAST_CUES = ("fa", "era", "erano", "aveva", "avevano", "precedentemente", "in precedenza")

RELATIVE_TIMES = {
    "un anno fa": ("month", -12), "anno scorso": ("year", -1), "anno prossimo": ("year", 1),
    "quest'anno": ("year", 0), "quest ' anno": ("year", 0), "oggi": ("month", 0),
    "attualmente": ("month", 0), "mese scorso": ("month", -1), "mese prossimo": ("month", 1),
}
TIME_MODIFIERS = {"inizio": "early", "inizio del": "early", "fine": "late", "fine del": "late", "metà": "mid"}
SINCE_WORDS = ("dal", "dalla", "da")  # "since 2003": where a span starts, not when a figure holds
DEADLINE_WORDS = ("entro",)

# Company forms left out of a name as series group it ("Meridian National Corp.").
CORPORATE_SUFFIXES = ("s.p.a.", "spa", "s.r.l.", "srl")
ALIASES = {
    "stati uniti": "United States", "usa": "United States", "statunitense": "United States",
    "statunitensi": "United States", "americano": "United States", "americana": "United States",
    "americani": "United States", "americane": "United States", "nato": "NATO",
    "russia": "Russia", "russo": "Russia", "russa": "Russia", "russi": "Russia", "russe": "Russia",
    "francia": "France", "francese": "France", "francesi": "France", "germania": "Germany",
    "tedesco": "Germany", "tedesca": "Germany", "tedeschi": "Germany", "tedesche": "Germany",
    "regno unito": "United Kingdom", "britannico": "United Kingdom", "britannica": "United Kingdom",
    "britannici": "United Kingdom", "gran bretagna": "United Kingdom", "spagna": "Spain",
    "spagnolo": "Spain", "spagnola": "Spain", "italia": "Italy", "italiano": "Italy",
    "italiana": "Italy", "italiani": "Italy", "cina": "China", "cinese": "China", "cinesi": "China",
    "giappone": "Japan", "giapponese": "Japan", "irlanda": "Ireland", "irlandese": "Ireland",
    "india": "India", "indiano": "India", "indiana": "India", "indonesia": "Indonesia",
    "indonesiano": "Indonesia", "indonesiana": "Indonesia", "olanda": "Netherlands",
    "paesi bassi": "Netherlands", "olandese": "Netherlands", "messico": "Mexico",
    "afghanistan": "Afghanistan", "afgano": "Afghanistan", "afgani": "Afghanistan",
    "norvegia": "Norway", "norvegese": "Norway", "onu": "United Nations",
    "nazioni unite": "United Nations", "ue": "European Union", "unione europea": "European Union",
}
ORGANISATIONS = ("NATO", "United Nations", "European Union")
UNITS = {
    "gb": "gb", "mb": "mb", "tb": "tb", "km": "km", "kg": "kg", "mw": "mw", "cm": "cm",
    "km2": "chilometro quadrato", "mq": "mq",
}
# A number's counted noun said only before it: "un equipaggio di sei".
UNSAID_MEASURES = {"equipaggio": "people", "padre": "figlio", "madre": "figlio", "famiglia": "people", "organico": "dipendente"}
GOODS = ("aereo", "aeromobile", "velivolo", "jet", "aereo cisterna", "aerocisterna", "auto", "veicolo", "nave", "treno", "telefono", "computer")
UNOWNED = ("km", "chilometro", "metro", "miglio", "pollice", "tonnellata", "libbra", "kg", "gb", "mb", "tb", "mw", "cm", "mq")
PREPOSITIONS = (
    "di", "del", "della", "dei", "degli", "delle", "dello", "dell", "a", "al", "alla", "ai",
    "agli", "alle", "all", "da", "dal", "dalla", "dai", "dall", "in", "nel", "nella", "nei",
    "nell", "su", "sul", "sulla", "con", "per", "tra", "fra", "verso", "secondo", "contro",
    "durante", "dopo", "prima", "senza", "presso", "entro",
)
DETERMINERS = (
    "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "suo", "sua", "suoi", "sue",
    "loro", "questo", "questa", "questi", "queste", "tutti", "tutte",
)
NOUNS_CAPITALISED = False  # only names (and sentence starts) take a capital
LEADS = ("vantaggio", "avanti", "davanti")  # a margin after MARGIN_LINKS and one of these is the leader's
MARGIN_LINKS = ("di",)
MOVE_WORDS = ("rialzo", "ribasso")
SUBJECT_OPENERS = ("che", "quando", "se", "perché", "mentre", "detto", "dichiarato", "annunciato", "affermato")
PARTITIVES = ("di", "dei", "degli", "delle", "del")
PARTITIVE_PRONOUNS = ("loro",)
ELLIPSIS_LINKS = ("e", "ed", "o", "di", "che")
CURRENCY_FRACTIONS = {"centesimi": ("EUR", 0.01), "centesimo": ("EUR", 0.01)}
UNIT_LINKS = ("di",)  # "3,5 miliardi di dollari"
PLACE_ADJECTIVES: tuple[str, ...] = ()
# Relative words after a counted noun: the relative clause's subject has what is counted.
RELATIVES = ("che",)
# Relatives on the whole clause before, after a comma: the clause they open has its subject.
CLAUSE_RELATIVES = ("il che", "ciò che", "cosa che")
SUBORDINATORS = ("se", "quando", "benché", "perché", "sebbene")  # a clause they open keeps its subject to itself
PRONOUNS = ("lui", "lei", "loro", "esso", "essa")
DEALS = ("contratto", "contratti", "accordo", "accordi", "commessa", "fusione")
WORTH = ("valore", "valutato", "valutata", "pari")  # "un accordo del valore di", "pari a"
RECIPIENT_PREPOSITIONS = ("a", "al", "alla", "all")
POSSESSIVES = ("suo", "sua", "suoi", "sue", "proprio", "propria", "propri", "proprie")
VERB_ENDINGS: tuple[str, ...] = ()
RANGE_LINKS = ("a", "ai", "e", "o")  # "dai 1.500 ai 2.000 posti": the first number counts what the second does
SUBJECT_VERBS = (
    "ha", "aveva", "è", "sarà", "era", "annuncia", "annunciato", "compra", "acquista",
    "vende", "ordina", "presenta", "lancia", "rivela", "negozia", "firma", "taglia", "licenzia",
    "assume", "investe", "perde", "guadagna", "anche",
)
# Finite verbs after a subject at a sentence's start (it is a name: "Ryanair detiene una quota del 25
# per cento", "Apple dispone di 109 negozi"); with SUBJECT_VERBS.
FINITE_VERBS = (
    "hanno", "avevano", "sono", "erano", "detiene", "detengono", "possiede", "dispone", "conta",
    "impiega", "prevede", "intende", "vuole", "offre", "riceve", "riceverà", "comprò", "vendette",
    "pagò", "dichiara", "afferma", "stima", "sostiene", "dice", "deve", "può", "sta", "va",
)
FINITE_ENDINGS = ("ò", "rà", "ranno", "arono", "irono")  # "annunciò", "perderà", "comprarono": no noun ends so
ADVERB_ENDINGS = ("mente",)  # an adverb may stand between a subject and its verb ("Boeing inizialmente aveva")
STAFF_VERBS = ("licenziare", "licenzia", "licenziato", "assumere", "assume", "assunto", "impiega", "tagliare")
INDEX_WORDS = ("indice",)
INDEX_LINKS = ("a", "di")
# Verbs of saying the quotes table leaves out: "Boeing ha annunciato oggi che ...".
SAYING = ("annunciato", "dichiarato", "affermato", "comunicato", "spiegato", "confermato", "detto")
ROLE_OPENERS = ("come",)
SUPPLY_VERBS = ("fornire", "fornisce", "fornirà", "dotare", "equipaggiare")
SUPPLY_LINKS = ("con", "di")
LABELS = ("classe", "serie", "fase")
PAST_ENDINGS: tuple[str, ...] = ()
# Plural adjectives that come before a counted noun: skipped when looking for it ("22 nuovi aeromobili").
ADJECTIVES = ("nuovi", "nuove", "grandi", "ultimi", "ultime", "primi", "prime", "altri", "altre",
              "piccoli", "piccole", "vecchi", "vecchie", "principali", "diversi", "diverse", "ulteriori")
COMMON_WORDS = ("vendite", "utili", "ricavi", "perdite", "esportazioni", "importazioni", "azioni", "prezzi",
                "costi", "ordini", "consegne", "produzione", "inflazione",
                # adverbs and connectives opening a sentence before a name: "Finora Boeing ha ricevuto"
                "finora", "attualmente", "inoltre", "oggi", "ieri", "intanto", "tuttavia", "però", "ora",
                "secondo", "anche", "quindi", "infine", "già", "recentemente", "complessivamente", "così",
                "pertanto", "successivamente", "dunque")
PRICE_MOVES: tuple[str, ...] = ()
PRICE_CURRENCY = "EUR"
GIVE_VERBS = ("dare", "dà", "diede", "concede", "concesso", "offre", "offerto", "vende", "venduto", "paga", "pagato", "presta", "prestato")
# fmt: on
DEMONSTRATIVES = ("questo", "questa", "questi", "queste")  # a capitalised noun right after one points back: no name
REFLEXIVES = ("si",)  # a sentence's first word before one and a verb is its subject
NAME_JOINERS = ("&",)  # "Procter & Gamble": one name across the sign
DEFINITES = ("i", "gli", "le", "tutti", "tutte", "questi", "queste")  # a small count right after one refers back to things named before: nobody's
HEAD_LINKS: tuple[str, ...] = ("presso",)  # "Sales at Acme rose 5%": the name after one heads the clause's subject
SCALED_CURRENCIES: dict[str, str] = {}  # currency words that are money only after a scale word (English "pounds")
INFINITIVES: tuple[str, ...] = ()  # no marker between a name and its infinitive here ("expects Acme to report")
# What happened to the people counted, next to the number: series keep the dead apart from the
# wounded (see storyline/lang/en/figures.py). FATE_OF: the measures so refined.
FATE_OF = ("people",)
FATES = {
    "morto": "deaths", "muoiono": "deaths", "vittime": "deaths",
    "uccide": "deaths", "uccidendo": "deaths", "ferisce": "injured", "ferendo": "injured",
    "morti": "deaths", "uccisi": "deaths", "uccise": "deaths", "morte": "deaths", "deceduti": "deaths",
    "feriti": "injured", "ferite": "injured", "dispersi": "missing", "arrestati": "arrested",
    "evacuate": "evacuated", "evacuati": "evacuated",
}
PERSON_RELATIVES: tuple[str, ...] = ()
STAKES = ("partecipazione", "quota")  # "a 10% stake in Beta": the name after the link is what is held
STAKE_LINKS = ("in", "nel", "nella")
PARTICLES: tuple[str, ...] = ()
TIME_OPENERS = ("lo", "il", "questo", "quest'")  # "Last year Russia carried out": a time phrase before the subject
CLAUSE_SPEECH_VERBS = ("dice", "dicono")  # verbs of speech that take a clause, never a figure: the said clause's figures
GROUP_ADJECTIVES: tuple[str, ...] = ()  # such adjectives take no capital here: never read as names
