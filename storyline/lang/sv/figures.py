"""Swedish tables of the figures layer: Norwegian Bokmål's (``storyline/lang/nb/figures.py``), with
what Swedish writes otherwise.

Swedish shares with Bokmål the decimal comma, "11 000" and "11.000", compounds written as one word
and most of the sentence cues' shape, so this table takes Bokmål's and replaces the words:
number words, "miljon/miljard", qualifiers ("omkring", "nästan", "minst"), counted nouns, "och",
"av", months and the currency ("kronor": SEK).
"""

# fmt: off
from ..nb.figures import *  # noqa: F403 - the tables Swedish shares with Bokmål

NUMBER_WORDS = {
    "noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14,
    "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20,
    "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80,
    "nittio": 90, "ett dussin": 12, "hundra": 100, "ett hundra": 100, "tusen": 1000,
}
NUMBER_GLUE = ("",)  # number words written as one: "tweehonderdvijftig", "vierentwintig"
SCALES = {
    "dussin": 12, "hundra": 100, "tusen": 1e3, "miljon": 1e6, "miljoner": 1e6, "milj.": 1e6,
    "mn": 1e6, "miljard": 1e9, "miljarder": 1e9, "mdr": 1e9, "md": 1e9,
}
NUMBER_JOINERS = ("och",)
WEAK_NUMBERS = ("en", "ett")  # articles far more often than counts
NEGATIONS = ("inga", "ingen", "inget")

QUALIFIERS = {
    "omkring": "about", "runt": "about", "cirka": "about", "ca": "about", "ca.": "about",
    "ungefär": "about", "drygt": "more than", "nästan": "nearly", "närmare": "nearly",
    "knappt": "nearly", "över": "more than", "mer än": "more than", "fler än": "more than",
    "minst": "at least", "åtminstone": "at least", "upp till": "up to", "högst": "up to",
    "under": "less than", "färre än": "less than", "mindre än": "less than", "bara": "exactly",
    "endast": "exactly",
}

MEASURES = {
    "soldater": "troops", "soldat": "troops", "trupper": "troops", "styrkor": "troops",
    "personal": "troops", "personer": "people", "människor": "people", "civila": "people",
    "andra": "people", "döda": "deaths", "dödade": "deaths", "dödsoffer": "deaths",
    "skadade": "injured", "sårade": "injured", "flyktingar": "flykting", "migranter": "migrant",
    "länder": "countries", "nationer": "countries", "företag": "companies", "bolag": "companies",
    "jobb": "jobs", "arbetstillfällen": "jobs", "röster": "votes", "attacker": "attacks",
    "angrepp": "attacks", "språk": "languages", "fall": "cases",
    "anställda": "anställd", "medarbetare": "medarbetare", "arbetare": "arbetare",
    "passagerare": "passagerare", "flygplan": "flygplan", "plan": "flygplan",
    "beställningar": "beställning", "order": "order", "platser": "plats", "aktier": "aktie",
    "ton": "ton", "kilometer": "kilometer", "priser": "pris", "valomgångar": "valomgång",
}
SERIES_MEASURES = {
    "flykting": "refugee", "migrant": "migrant",
    "anställd": "employee", "medarbetare": "employee", "arbetare": "worker",
    "passagerare": "passenger", "flygplan": "aircraft", "beställning": "order", "order": "order",
    "plats": "seat", "aktie": "share", "ton": "tonne", "kilometer": "kilometre", "pris": "award",
    "valomgång": "ballot",
}
STAFF_VERBS = ("säga upp", "säger upp", "sade upp", "sa upp", "varsla", "varslar", "anställa", "anställer")
INDEX_WORDS = ("index", "indexet")
PERCENT = ("procent", "procentenheter")
CURRENCIES = {
    "kronor": "SEK", "kr": "SEK", "kr.": "SEK", "sek": "SEK", "dollar": "USD", "$": "USD",
    "euro": "EUR", "€": "EUR", "pund": "GBP",
}
CURRENCY_FRACTIONS = {"öre": ("SEK", 0.01)}
PRICE_CURRENCY = "SEK"
NOT_COUNTED = (
    "år", "månader", "månad", "veckor", "vecka", "dagar", "dag", "dygn", "timmar", "timme",
    "minuter", "sekunder", "decennier", "sekler", "gånger", "gång", "år gammal", "åringar",
)
PLURAL_SUFFIXES = ("er", "ar", "or")

MONTHS = {
    "januari": 1, "jan.": 1, "februari": 2, "feb.": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6,
    "juli": 7, "augusti": 8, "aug.": 8, "september": 9, "sept.": 9, "oktober": 10, "okt.": 10,
    "november": 11, "nov.": 11, "december": 12, "dec.": 12,
}
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
AGE_CUES = ("ålder", "åldern")
ID_CUES = ("nr.", "nr", "nummer", "artikel", "kapitel", "sidan", "sida", "linje", "#")
OFFERS = ("bud", "anbud", "erbjudande")
OFFER_LINKS = ("på",)
ORDERS = ("order", "beställning", "beställningen")
ORDER_LINKS = ("från",)
POPULATIONS = ("befolkningen", "befolkning", "invånarna", "väljarna")
TIME_CUES = ("kl.", "kl", "klockan")

FUNCTION_WORDS = (
    "en", "ett", "den", "det", "de", "och", "eller", "men", "av", "i", "på", "till", "från",
    "för", "med", "utan", "under", "över", "om", "vid", "hos", "mot", "efter", "före", "sedan",
    "som", "att", "där", "här", "han", "hon", "vi", "ni", "jag", "du", "är", "var", "har",
    "hade", "blir", "blev", "vill", "ska", "skall", "kan", "kunde", "skulle", "ville", "måste",
    "inte", "säger", "sa", "sade", "också", "nu", "då", "så", "när", "medan", "alla", "många",
    "fler", "fortfarande", "omkring", "nästan", "cirka", "mer", "än", "detta", "dessa", "sin",
    "sitt", "sina", "hans", "hennes", "deras", "vår", "våra", "sig", "bara", "endast", "minst",
)
TITLES = (
    "hr", "fru", "dr", "president", "statsminister", "premiärminister", "utrikesminister",
    "försvarsminister", "generalsekreterare",
)
PLACE_PREPOSITIONS = ("i", "vid", "utanför", "nära")
OWNER_PREPOSITIONS = ("under", "från")
BACK_LINKS = ("till", "på", "av")
# A rate word after a number with nothing counted after it makes a price or rate of it, never the
# count of a noun before it (RATE_WORDS).
RATE_WORDS = ("per", "styck", "st")
RATE_DENOMINATORS = ("per", "varje")  # "uno por cada mil habitantes", "per 100,000 people": a rate's base, no count
COORDINATORS = ("och", "men", "eller")
CLAUSE_WORDS = ("medan", "där", "som", "men")

PLAN_CUES = (
    "ska", "skall", "kommer att", "planerar", "planen", "plan", "planerat", "väntas", "förväntas",
    "mål", "målet", "minska", "minskas",
)
PAST_CUES = ("var", "hade", "sedan", "tidigare", "i fjol")
RELATIVE_TIMES = {
    "för ett år sedan": ("month", -12), "i fjol": ("year", -1), "förra året": ("year", -1),
    "nästa år": ("year", 1), "i år": ("year", 0), "förra månaden": ("month", -1),
    "nästa månad": ("month", 1), "i dag": ("month", 0), "idag": ("month", 0), "nu": ("month", 0),
}
TIME_MODIFIERS = {"början av": "early", "i början av": "early", "slutet av": "late", "i slutet av": "late", "mitten av": "mid"}
SINCE_WORDS = ("sedan", "från")
DEADLINE_WORDS = ("senast", "före", "innan")

CORPORATE_SUFFIXES = ("ab", "publ")
ALIASES = {
    "usa": "United States", "usa:s": "United States", "amerikanska": "United States",
    "amerikansk": "United States", "amerikaner": "United States", "nato": "NATO",
    "natos": "NATO", "sverige": "Sweden", "sveriges": "Sweden", "svenska": "Sweden",
    "svensk": "Sweden", "norge": "Norway", "norska": "Norway", "danmark": "Denmark",
    "danska": "Denmark", "finland": "Finland", "finska": "Finland", "tyskland": "Germany",
    "tyska": "Germany", "frankrike": "France", "franska": "France",
    "storbritannien": "United Kingdom", "storbritanniens": "United Kingdom",
    "brittiska": "United Kingdom", "ryssland": "Russia", "ryska": "Russia", "kina": "China",
    "kinesiska": "China", "ukraina": "Ukraine", "ukrainska": "Ukraine", "fn": "United Nations",
    "eu": "European Union",
}
UNSAID_MEASURES = {"besättning": "people", "far": "barn", "mor": "barn", "familj": "people"}
GOODS = ("flygplan", "plan", "jetplan", "bil", "fordon", "fartyg", "tåg", "telefon")
UNOWNED = ("kilometer", "meter", "mil", "tum", "ton", "kg", "gb", "mb", "mw")
PREPOSITIONS = (
    "av", "i", "på", "till", "för", "från", "med", "utan", "under", "över", "mellan", "bland",
    "efter", "före", "sedan", "mot", "om", "vid", "hos", "genom",
)
DETERMINERS = ("en", "ett", "den", "det", "de", "denna", "detta", "dessa", "sin", "sitt", "sina", "alla")
SUBJECT_OPENERS = ("att", "när", "om", "eftersom", "medan", "sa", "sade", "säger", "meddelar", "meddelade")
PARTITIVES = ("av",)
PARTITIVE_PRONOUNS = ("dem",)
ELLIPSIS_LINKS = ("och", "eller", "från", "än")
DEALS = ("kontrakt", "kontraktet", "avtal", "avtalet", "förvärv")
RECIPIENT_PREPOSITIONS = ("till",)
POSSESSIVES = ("sin", "sitt", "sina", "hans", "hennes", "deras")
RANGE_LINKS = ("till", "och", "eller")
SUBJECT_VERBS = ("har", "hade", "är", "var", "vill", "ska", "säger", "sa", "sade", "meddelar", "uppger")
# Main clauses put the finite verb second: a subject after it when something else opens the clause.
VERB_SECOND = True
FINITE_VERBS = ("har", "hade", "är", "var", "vill", "ska", "skall", "kan", "kunde", "måste", "får", "fick", "blev", "blir")
PRONOUNS = ("han", "hon")
WORTH = ("värd", "värt", "värde")
SUPPLY_VERBS = ("förse", "förser", "utrusta", "utrustar", "leverera", "levererar")
ADJECTIVES = ("nya", "stora", "sista", "första", "andra", "små", "gamla")
COMMON_WORDS = ("försäljningen", "vinsten", "intäkterna", "förlusten", "exporten", "importen", "aktierna",
                "priserna", "kostnaderna", "orderna", "produktionen", "inflationen")
GIVE_VERBS = ("ger", "gav", "givit", "gett", "erbjuder", "erbjöd", "säljer", "sålde", "betalar", "betalade")
# fmt: on
DEMONSTRATIVES = ("denna", "detta", "dessa")  # a capitalised noun right after one points back: no name
REFLEXIVES = ()  # no reflexive clitic between a subject and its verb here
NAME_JOINERS = ("&",)  # "Procter & Gamble": one name across the sign
DEFINITES = ("de", "dessa", "alla", "båda")  # a small count right after one refers back to things named before: nobody's
ADVERB_ENDINGS: tuple[str, ...] = ()  # an adverb between a sentence's first word and its verb
HEAD_LINKS: tuple[str, ...] = ("hos",)  # "Sales at Acme rose 5%": the name after one heads the clause's subject
SCALED_CURRENCIES: dict[str, str] = {}  # currency words that are money only after a scale word (English "pounds")
INFINITIVES: tuple[str, ...] = ()  # no marker between a name and its infinitive here ("expects Acme to report")
# What happened to the people counted, next to the number: series keep the dead apart from the
# wounded (see storyline/lang/en/figures.py). FATE_OF: the measures so refined.
FATE_OF = ("people",)
FATES = {
    "dödades": "deaths", "dödade": "deaths", "döda": "deaths", "dog": "deaths", "omkom": "deaths",
    "skadades": "injured", "skadade": "injured", "sårade": "injured", "saknas": "missing",
    "greps": "arrested", "evakuerades": "evacuated",
}
SUBORDINATORS = ("om", "när", "eftersom", "fast")  # a clause they open keeps its subject to itself
COUNT_NOUNS = ("antalet",)
PERSON_RELATIVES = ("som",)  # "ca 80 som bor i Tafjord": a bare count before one counts people
S_GENITIVE = True  # "Venstres velgere", "NATOs styrker": a name's genitive is a glued "-s"
CLAUSE_SPEECH_VERBS = ("sade", "säger")  # verbs of speech that take a clause, never a figure: the said clause's figures
GROUP_ADJECTIVES: tuple[str, ...] = ()  # such adjectives take no capital here: never read as names
