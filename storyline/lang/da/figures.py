"""Danish tables of the figures layer: Norwegian Bokmål's (``storyline/lang/nb/figures.py``), with
what Danish writes otherwise.

Danish reads like Bokmål on paper for most of what the layer needs (decimal comma, "11.000",
"tusind"/"tusen", "over", "mindst", compounds as one word), so this table takes Bokmål's and
replaces where the words differ: number words (the vigesimal "halvtreds"), scales ("mio.", "mia."),
qualifiers, counted nouns, and the currency: Danish "kroner" are DKK, not NOK.
"""

# fmt: off
from ..nb.figures import *  # noqa: F403 - the tables Danish shares with Bokmål

NUMBER_WORDS = {
    "nul": 0, "en": 1, "et": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
    "syv": 7, "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13,
    "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19,
    "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60, "halvfjerds": 70,
    "firs": 80, "halvfems": 90, "et dusin": 12, "hundrede": 100, "tusind": 1000,
}
NUMBER_GLUE = ("", "og")  # number words written as one: "tweehonderdvijftig", "vierentwintig"
SCALES = {
    "dusin": 12, "hundrede": 100, "tusind": 1e3, "million": 1e6, "millioner": 1e6, "mio.": 1e6,
    "mio": 1e6, "milliard": 1e9, "milliarder": 1e9, "mia.": 1e9, "mia": 1e9,
}
WEAK_NUMBERS = ("en", "et", "én", "ni", "fire", "to")  # words far more often not numbers
NEGATIONS = ("ingen",)

QUALIFIERS = {
    "omkring": "about", "cirka": "about", "ca.": "about", "godt": "more than", "knap": "nearly",
    "knapt": "nearly", "næsten": "nearly", "over": "more than", "mere end": "more than",
    "flere end": "more than", "mindst": "at least", "op til": "up to", "op mod": "up to",
    "under": "less than", "færre end": "less than", "mindre end": "less than", "kun": "exactly",
    "blot": "exactly",
}

MEASURES = {
    "soldater": "troops", "soldat": "troops", "tropper": "troops", "styrker": "troops",
    "personel": "troops", "personer": "people", "mennesker": "people", "folk": "people",
    "civile": "people", "andre": "people", "døde": "deaths", "dræbte": "deaths",
    "dødsfald": "deaths", "sårede": "injured", "tilskadekomne": "injured", "flygtninge": "flygtning",
    "migranter": "migrant", "lande": "countries", "nationer": "countries",
    "virksomheder": "companies", "selskaber": "companies", "firmaer": "companies", "job": "jobs",
    "arbejdspladser": "jobs", "stemmer": "votes", "angreb": "attacks", "sprog": "languages",
    "tilfælde": "cases",
    "ansatte": "ansat", "medarbejdere": "medarbejder", "arbejdere": "arbejder",
    "passagerer": "passager", "fly": "fly", "ordrer": "ordre", "bestillinger": "bestilling",
    "pladser": "plads", "sæder": "sæde", "aktier": "aktie", "ton": "ton", "kilometer": "kilometer",
}
SERIES_MEASURES = {
    "flygtning": "refugee",
    "ansat": "employee", "medarbejder": "employee", "arbejder": "worker", "passager": "passenger",
    "fly": "aircraft", "ordre": "order", "bestilling": "order", "plads": "seat", "sæde": "seat",
    "aktie": "share", "ton": "tonne", "kilometer": "kilometre",
}
STAFF_VERBS = ("fyre", "fyrer", "fyrede", "afskedige", "afskediger", "ansætte", "ansætter", "ansatte")
CURRENCIES = {
    "kroner": "DKK", "kr": "DKK", "kr.": "DKK", "dkk": "DKK", "dollar": "USD", "$": "USD",
    "euro": "EUR", "€": "EUR", "pund": "GBP",
}
CURRENCY_FRACTIONS = {"øre": ("DKK", 0.01)}
OFFERS = ("bud", "tilbud", "købstilbud")
OFFER_LINKS = ("på",)
ORDERS = ("ordre", "bestilling", "bestillingen")
ORDER_LINKS = ("fra",)
POPULATIONS = ("befolkningen", "befolkning", "indbyggerne", "vælgerne")
PRICE_CURRENCY = "DKK"
NOT_COUNTED = (
    "år", "måneder", "måned", "uger", "uge", "dage", "dag", "døgn", "timer", "time", "minutter",
    "sekunder", "årtier", "århundreder", "gange", "gang", "år gammel",
)
PLURAL_SUFFIXES = ("er", "ere", "e")

FUNCTION_WORDS = (
    "en", "et", "den", "det", "de", "og", "eller", "men", "af", "i", "på", "til", "fra", "for",
    "med", "uden", "under", "over", "om", "ved", "hos", "mod", "efter", "før", "siden", "som",
    "at", "der", "her", "han", "hun", "vi", "jeg", "du", "er", "var", "har", "havde", "bliver",
    "blev", "vil", "skal", "kan", "kunne", "skulle", "ville", "må", "ikke", "siger", "sagde",
    "også", "nu", "da", "så", "hvor", "når", "mens", "alle", "mange", "flere", "stadig",
    "omkring", "næsten", "cirka", "mere", "end", "dette", "disse", "sin", "sit", "sine", "hans",
    "hendes", "deres", "vores", "sig", "kun", "mindst", "blot",
)
TITLES = ("hr", "fru", "dr", "præsident", "statsminister", "premierminister", "udenrigsminister", "forsvarsminister")
PLACE_PREPOSITIONS = ("i", "ved", "uden for", "nær")
OWNER_PREPOSITIONS = ("under", "fra")
BACK_LINKS = ("til", "på", "af")
PLAN_CUES = ("skal", "vil", "planlægger", "planen", "plan", "planlagt", "forventes", "mål", "målet", "reducere")
PAST_CUES = ("var", "havde", "siden", "tidligere", "sidste år")
RELATIVE_TIMES = {
    "for et år siden": ("month", -12), "sidste år": ("year", -1), "i fjor": ("year", -1),
    "næste år": ("year", 1), "i år": ("year", 0), "sidste måned": ("month", -1),
    "næste måned": ("month", 1), "i dag": ("month", 0), "nu": ("month", 0),
}
TIME_MODIFIERS = {"tidligt": "early", "starten af": "early", "sent": "late", "slutningen af": "late", "midten af": "mid"}
SINCE_WORDS = ("siden", "fra")
DEADLINE_WORDS = ("inden", "senest", "før")
CORPORATE_SUFFIXES = ("a/s", "aps")
ALIASES = {
    "usa": "United States", "usa's": "United States", "amerikanske": "United States",
    "amerikansk": "United States", "amerikanere": "United States", "nato": "NATO",
    "natos": "NATO", "danmark": "Denmark", "danmarks": "Denmark", "danske": "Denmark",
    "dansk": "Denmark", "norge": "Norway", "norske": "Norway", "sverige": "Sweden",
    "svenske": "Sweden", "tyskland": "Germany", "tyske": "Germany", "frankrig": "France",
    "franske": "France", "storbritannien": "United Kingdom", "britiske": "United Kingdom",
    "rusland": "Russia", "russiske": "Russia", "kina": "China", "kinesiske": "China",
    "ukraine": "Ukraine", "ukrainske": "Ukraine", "grækenland": "Greece", "græske": "Greece",
    "fn": "United Nations", "eu": "European Union",
}
UNSAID_MEASURES = {"besætning": "people", "far": "barn", "mor": "barn", "familie": "people"}
GOODS = ("fly", "jetfly", "bil", "køretøj", "skib", "tog", "telefon")
UNOWNED = ("kilometer", "meter", "mil", "tomme", "ton", "kg", "gb", "mb", "mw")
PREPOSITIONS = (
    "af", "i", "på", "til", "for", "fra", "med", "uden", "under", "over", "mellem", "blandt",
    "efter", "før", "siden", "mod", "om", "ved", "hos", "gennem",
)
DETERMINERS = ("en", "et", "den", "det", "de", "denne", "dette", "disse", "sin", "sit", "sine", "alle")
NOUNS_CAPITALISED = False  # only names (and sentence starts) take a capital
S_GENITIVE = True  # "Venstres velgere", "NATOs styrker": a name's genitive is a glued "-s"
LEADS = ("foran", "fører", "førte")  # a margin after MARGIN_LINKS and one of these is the leader's
MARGIN_LINKS = ("med",)
MOVE_WORDS = ("op", "ned")
SUBJECT_OPENERS = ("at", "når", "hvis", "fordi", "mens", "sagde", "siger", "oplyste", "meddeler", "meddelte")
PARTITIVES = ("af",)
PARTITIVE_PRONOUNS = ("dem",)
ELLIPSIS_LINKS = ("og", "eller", "fra", "end")
DEALS = ("kontrakt", "kontrakten", "aftale", "aftalen", "opkøb")
SUBJECT_VERBS = ("har", "havde", "er", "var", "vil", "skal", "siger", "sagde", "meddeler", "oplyser")
# Main clauses put the finite verb second: a subject after it when something else opens the clause.
VERB_SECOND = True
FINITE_VERBS = ("har", "havde", "er", "var", "vil", "skal", "kan", "kunne", "må", "måtte", "får", "fik", "blev", "bliver")
POSSESSIVES = ("sin", "sit", "sine", "hans", "hendes", "deres")
WORTH = ("værd", "værdi")
SUPPLY_VERBS = ("forsyne", "forsyner", "udstyre", "udstyrer", "levere", "leverer")
ADJECTIVES = ("nye", "store", "sidste", "første", "andre", "små", "gamle")
COMMON_WORDS = ("salget", "overskuddet", "indtægterne", "underskuddet", "eksporten", "importen", "aktierne",
                "priserne", "omkostningerne", "ordrerne", "produktionen", "inflationen")
GIVE_VERBS = ("giver", "gav", "givet", "tilbyder", "tilbød", "sælger", "solgte", "betaler", "betalte")
# fmt: on
DEMONSTRATIVES = ("denne", "dette", "disse")  # a capitalised noun right after one points back: no name
REFLEXIVES = ()  # no reflexive clitic between a subject and its verb here
NAME_JOINERS = ("&",)  # "Procter & Gamble": one name across the sign
DEFINITES = ("de", "disse", "alle", "begge")  # a small count right after one refers back to things named before: nobody's
ADVERB_ENDINGS: tuple[str, ...] = ()  # an adverb between a sentence's first word and its verb
HEAD_LINKS: tuple[str, ...] = ("hos",)  # "Sales at Acme rose 5%": the name after one heads the clause's subject
SCALED_CURRENCIES: dict[str, str] = {}  # currency words that are money only after a scale word (English "pounds")
INFINITIVES: tuple[str, ...] = ()  # no marker between a name and its infinitive here ("expects Acme to report")
# What happened to the people counted, next to the number: series keep the dead apart from the
# wounded (see storyline/lang/en/figures.py). FATE_OF: the measures so refined.
FATE_OF = ("people",)
FATES = {
    "omkommer": "deaths", "dræbes": "deaths",
    "dræbt": "deaths", "døde": "deaths", "omkom": "deaths", "omkommet": "deaths", "såret": "injured",
    "kvæstet": "injured", "skadet": "injured", "savnet": "missing", "anholdt": "arrested",
    "evakueret": "evacuated",
}
RATE_DENOMINATORS = ("per", "hver")  # "uno por cada mil habitantes", "per 100,000 people": a rate's base, no count
SUBORDINATORS = ("hvis", "når", "fordi", "selvom")  # a clause they open keeps its subject to itself
COUNT_NOUNS = ("antallet",)
PERSON_RELATIVES = ("som",)  # "ca 80 som bor i Tafjord": a bare count before one counts people
CLAUSE_SPEECH_VERBS = ("sagde", "siger")  # verbs of speech that take a clause, never a figure: the said clause's figures
GROUP_ADJECTIVES: tuple[str, ...] = ()  # such adjectives take no capital here: never read as names
