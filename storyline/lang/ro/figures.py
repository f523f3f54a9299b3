"""Romanian tables of the figures layer: English's (``storyline/lang/en/figures.py``) for their shape,
with Romanian words.

Written for ITN's Romanian blurbs, whose tolls ("Ciocnirea a două trenuri în Grecia a dus la cel puțin
36 de morți și 85 de răniți", the Larissa crash) were not read at all. From twenty on, Romanian puts
"de" between a number and its noun (``COUNT_LINKS``: "54 de persoane"); Romanian plurals are not
guessed by their ending, only the table's nouns are counted. The decimal mark is the comma.
"""

# fmt: off
from ..en.figures import *  # noqa: F403 - the tables' shape; every word list that matters is replaced below

DECIMAL = ","
NUMBER_WORDS = {
    "zero": 0, "doi": 2, "două": 2, "trei": 3, "patru": 4, "cinci": 5, "șase": 6, "șapte": 7, "opt": 8,
    "nouă": 9, "zece": 10, "unsprezece": 11, "doisprezece": 12, "douăzeci": 20, "o sută": 100, "o mie": 1000,
}
SCALES = {"sute": 100, "mii": 1e3, "milion": 1e6, "milioane": 1e6, "miliard": 1e9, "miliarde": 1e9}
NUMBER_JOINERS = ("și",)
WEAK_NUMBERS: tuple[str, ...] = ()
NEGATIONS: tuple[str, ...] = ()
COUNT_LINKS = ("de",)  # "54 de persoane"

QUALIFIERS = {
    "cel puțin": "at least", "cel putin": "at least", "minimum": "at least", "peste": "more than",
    "mai mult de": "more than", "aproximativ": "about", "circa": "about", "în jur de": "about",
    "aproape": "nearly", "până la": "up to", "mai puțin de": "less than", "doar": "exactly",
}
MEASURES = {
    "persoane": "people", "oameni": "people", "civili": "people", "morți": "deaths", "decedați": "deaths",
    "victime": "deaths", "răniți": "injured", "soldați": "troops", "militari": "troops", "trupe": "troops",
    "țări": "countries", "state": "countries", "pasageri": "passenger", "migranți": "migrant",
}
SERIES_MEASURES: dict[str, str] = {"migrant": "migrant"}
PERCENT = ("la sută", "procente")
CURRENCIES = {"lei": "RON", "euro": "EUR", "dolari": "USD"}
CURRENCY_FRACTIONS: dict[str, tuple[str, float]] = {}
SCALED_CURRENCIES: dict[str, str] = {}
PRICE_CURRENCY = "RON"
NOT_COUNTED = ("ani", "luni", "zile", "ore", "minute", "ori")
PLURAL_SUFFIXES: tuple[str, ...] = ()
IRREGULAR_PLURALS: dict[str, str] = {}
SINGULAR_RULES: tuple[tuple[str, str], ...] = ()
MONTHS = {
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "mai": 5, "iunie": 6, "iulie": 7,
    "august": 8, "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
}
WEEKDAYS = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")
AGE_CUES = ("vârsta", "vârstă")
ID_CUES = ("nr", "nr.", "numărul", "articolul", "capitolul")
GROUP_LABELS: tuple[str, ...] = ()
TIME_CUES = ("ora",)
FUNCTION_WORDS = (
    "a", "al", "ale", "ai", "în", "din", "de", "la", "pe", "cu", "și", "sau", "dar", "că", "care", "ce",
    "pentru", "după", "către", "prin", "un", "o", "unui", "unei", "lui", "fost", "au", "a", "este", "sunt",
    "dus", "alți", "altora", "multor",
)
TITLES = ("președintele", "premierul", "ministrul", "domnul", "doamna", "dr.")
PLACE_PREPOSITIONS = ("în", "la", "lângă")
OWNER_PREPOSITIONS = ("din",)
BACK_LINKS = ("la",)
RATE_WORDS = ("pe", "per")
COORDINATORS = ("și", "sau", "dar", "iar")
CLAUSE_WORDS = ("care", "iar", "dar", "în timp ce")
PLAN_CUES = ("va", "vor", "plan", "planifică")
PAST_CUES = ("fost", "anterior")
RELATIVE_TIMES: dict[str, tuple[str, int]] = {}
TIME_MODIFIERS: dict[str, str] = {}
SINCE_WORDS = ("din", "de la")
DEADLINE_WORDS = ("până",)
CORPORATE_SUFFIXES = ("sa", "srl")
ALIASES = {"Grecia": "Greece", "Iran": "Iran", "Statele Unite": "United States", "SUA": "United States",
           "Ucraina": "Ukraine", "Rusia": "Russia", "Italia": "Italy", "Franța": "France", "Germania": "Germany"}
ORGANISATIONS = ("NATO", "ONU", "UE")
UNSAID_MEASURES: dict[str, str] = {}
GOODS = ("avioane", "trenuri", "mașini")
PREPOSITIONS = ("în", "din", "de", "la", "pe", "cu", "pentru", "după", "prin")
DETERMINERS = ("un", "o", "unui", "unei", "acest", "această", "acești", "aceste")
SUBJECT_OPENERS = ("că",)
PARTITIVES = ("din",)
PARTITIVE_PRONOUNS = ("ei", "ele")
ELLIPSIS_LINKS = ("și", "sau")
DEALS = ("contract", "acord")
RECIPIENT_PREPOSITIONS: tuple[str, ...] = ()
POSSESSIVES = ("său", "sa", "săi", "sale")
VERB_ENDINGS: tuple[str, ...] = ()
PAST_ENDINGS: tuple[str, ...] = ()
RANGE_LINKS = ("și", "sau")
SUBJECT_VERBS = ("a", "au", "are", "avea")
STAFF_VERBS: tuple[str, ...] = ()
RELATIVES = ("care",)
PRONOUNS = ("el", "ea", "ei", "ele")
WORTH = ("în valoare de",)
SAYING: tuple[str, ...] = ()
ROLE_OPENERS = ("ca",)
SUPPLY_VERBS: tuple[str, ...] = ()
SUPPLY_LINKS: tuple[str, ...] = ()
LABELS = ("clasa", "seria", "faza")
COMMON_WORDS: tuple[str, ...] = ()
PRICE_MOVES: tuple[str, ...] = ()
OFFERS: tuple[str, ...] = ()
ORDERS = ("comenzi", "comandă")
POPULATIONS = ("populația", "locuitori")
LEADS: tuple[str, ...] = ()
MARGIN_LINKS: tuple[str, ...] = ()
MOVE_WORDS: tuple[str, ...] = ()
INDEX_WORDS = ("indicele",)
INDEX_LINKS: tuple[str, ...] = ()

# What happened to the people a count counts, said next to the number: series keep the dead apart
# from the injured (see storyline/lang/en/figures.py). FATE_OF: the measures so refined.
FATE_OF = ("people",)
FATES = {
    "ucise": "deaths", "uciși": "deaths", "ucis": "deaths", "morți": "deaths", "moartea": "deaths",
    "murit": "deaths", "decedat": "deaths", "decedați": "deaths", "răniți": "injured", "rănite": "injured",
    "rănirea": "injured", "dispăruți": "missing", "arestați": "arrested", "evacuați": "evacuated",
}
RATE_DENOMINATORS = ("fiecare", "per")
SUBORDINATORS = ("dacă", "când", "deși")
COUNT_NOUNS = ("numărul",)
STAKES = ()  # "a 10% stake in Beta": the name after the link is what is held
STAKE_LINKS = ()
TIME_OPENERS = ()  # "Last year Russia carried out": a time phrase before the subject
CLAUSE_SPEECH_VERBS = ("spus", "spune")  # verbs of speech that take a clause, never a figure: the said clause's figures
GROUP_ADJECTIVES: tuple[str, ...] = ()  # such adjectives take no capital here: never read as names
