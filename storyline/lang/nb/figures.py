"""Norwegian Bokmål tables of the figures layer (Nynorsk, Danish and Swedish fall back here).

Same names as ``storyline/lang/en/figures.py``; every key lower case. Norwegian writes compounds
as one word ("granatangrep"), so measure nouns also match as the end of a longer word
(``COMPOUND_MEASURES``).
"""

# fmt: off
DECIMAL = ","

NUMBER_WORDS = {
    "null": 0, "en": 1, "ett": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
    "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13,
    "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19,
    "tjue": 20, "tretti": 30, "førti": 40, "femti": 50, "seksti": 60, "sytti": 70, "åtti": 80,
    "nitti": 90, "et dusin": 12, "hundre": 100, "tusen": 1000,
}
NUMBER_GLUE = ("", "og")  # number words written as one: "tweehonderdvijftig", "vierentwintig"
SCALES = {
    "dusin": 12, "hundre": 100, "tusen": 1e3, "million": 1e6, "millioner": 1e6, "mill.": 1e6,
    "mill": 1e6, "milliard": 1e9, "milliarder": 1e9, "mrd.": 1e9, "mrd": 1e9,
}
NUMBER_JOINERS = ("og",)  # "two hundred and fifty"
WEAK_NUMBERS = ("en", "ett", "én", "ni", "fire", "to")  # words that are far more often not numbers
NEGATIONS = ("ingen", "null")

QUALIFIERS = {
    "rundt": "about", "omkring": "about", "cirka": "about", "ca.": "about", "om lag": "about",
    "omtrent": "about", "anslagsvis": "about", "nesten": "nearly", "knappe": "nearly",
    "nærmere": "nearly", "over": "more than", "mer enn": "more than", "flere enn": "more than",
    "drøyt": "more than", "minst": "at least", "opptil": "up to", "inntil": "up to",
    "under": "less than", "færre enn": "less than", "mindre enn": "less than", "bare": "exactly",
    "kun": "exactly",
}

MEASURES = {
    "soldater": "troops", "soldat": "troops", "tropper": "troops", "styrker": "troops",
    "personell": "troops", "militære": "troops", "hær": "troops",
    "personer": "people", "mennesker": "people", "folk": "people", "sivile": "people",
    "andre": "people", "døde": "deaths", "drepte": "deaths", "dødsfall": "deaths",
    "skadde": "injured", "sårede": "injured", "flyktninger": "flyktning", "migranter": "migrant",
    "land": "countries", "nasjoner": "countries", "selskaper": "companies", "bedrifter": "companies",
    "jobber": "jobs", "arbeidsplasser": "jobs", "stemmer": "votes", "angrep": "attacks",
    "språk": "languages", "tilfeller": "cases",
    "ansatte": "ansatt", "arbeidere": "arbeider", "passasjerer": "passasjer", "fly": "fly",
    "bestillinger": "bestilling", "seter": "sete", "aksjer": "aksje", "tonn": "tonn",
    "kilometer": "kilometer", "mil": "mil", "barn": "barn",
}
# Counted nouns recorded as written, by the shared (English) measure key series group them under
# ("mil" is ten kilometres, no mile: left as it is).
SERIES_MEASURES = {
    "flyktning": "refugee", "migrant": "migrant",
    "km": "kilometre",
    "ansatt": "employee", "arbeider": "worker", "passasjer": "passenger", "fly": "aircraft",
    "bestilling": "order", "sete": "seat", "aksje": "share", "tonn": "tonne",
    "kilometer": "kilometre",
}
COMPOUND_MEASURES = True
INDEX_WORDS = ("indeks", "indeksen")  # a stock index's name ends in one: a bare number it moves by counts points
INDEX_LINKS = ("til", "med")
# people counted after them are the employer's
STAFF_VERBS = ("si opp", "sier opp", "sa opp", "ansette", "ansetter", "ansatte", "permittere", "permitterer")
PERCENT = ("prosent", "prosentpoeng")
CURRENCIES = {
    "kroner": "NOK", "kr": "NOK", "kr.": "NOK", "dollar": "USD", "$": "USD", "euro": "EUR",
    "€": "EUR", "pund": "GBP", "nok": "NOK"}
NOT_COUNTED = (
    "år", "måneder", "måned", "uker", "uke", "dager", "dag", "døgn", "timer", "time", "minutter",
    "sekunder", "tiår", "århundrer", "ganger", "gang", "år gammel", "åringer",
)
PLURAL_SUFFIXES = ("er", "ere", "ene")  # "de to journalistene": a definite plural
IRREGULAR_PLURALS = {"sider": "side", "uker": "uke", "linjer": "linje", "skoler": "skole", "kirker": "kirke"}
SINGULAR_RULES = (("meter", "meter"), ("erne", "er"), ("ene", ""), ("ere", "er"), ("inner", "inne"), ("er", ""))  # "innbyggere", "kvinner", "bedrifter"

MONTHS = {
    "januar": 1, "jan.": 1, "februar": 2, "feb.": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9, "oktober": 10, "okt.": 10,
    "november": 11, "nov.": 11, "desember": 12, "des.": 12,
    # Danish and Swedish spellings (those languages borrow this table)
    "januari": 1, "februari": 2, "marts": 3, "maj": 5, "augusti": 8, "december": 12,
}
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
AGE_CUES = ("alder", "alderen")
ID_CUES = ("nr.", "nr", "nummer", "artikkel", "kapittel", "side", "rute", "#")
# A price for each share of an offer or bid is the target's, the one after the link: "a $10-a-share tender
# offer for the shares outstanding of Dataproducts Corp.".
OFFERS = ("bud", "tilbud", "oppkjøpstilbud")
OFFER_LINKS = ("på",)
# Made things of an order are the buyer's, the one after the link: "an order from Qatar Airways for up to 60 of
# its new A350 jets".
ORDERS = ("ordre", "bestilling", "bestillingen")
ORDER_LINKS = ("fra",)
# Wholes a share makes up a population of, nobody's: "90 percent of the population in Kosovo".
POPULATIONS = ("befolkningen", "befolkning", "innbyggerne", "velgerne")
GROUP_LABELS = ("topp",)
TIME_CUES = ("kl.", "kl", "klokken")

FUNCTION_WORDS = (
    "en", "et", "ei", "den", "det", "de", "og", "eller", "men", "av", "i", "på", "til", "fra",
    "for", "med", "uten", "under", "over", "om", "ved", "hos", "mot", "etter", "før", "siden",
    "som", "at", "der", "her", "han", "hun", "vi", "dere", "jeg", "du", "er", "var", "har",
    "hadde", "blir", "ble", "vil", "skal", "kan", "kunne", "skulle", "ville", "må", "ikke",
    "sier", "sa", "også", "nå", "da", "så", "hvor", "når", "mens", "alle", "mange", "flere",
    "fortsatt", "fremdeles", "rundt", "omkring", "nesten", "cirka", "knappe", "mer", "enn",
    "dette", "disse", "sin", "sitt", "sine", "hans", "hennes", "deres", "vår", "våre", "seg",
    "samtidig", "bare", "kun", "minst", "opptil",
)
TITLES = (  # before a person's name: neither a name nor a place
    "hr", "fru", "dr", "president", "statsminister", "utenriksminister", "forsvarsminister",
    "generalsekretær",
)
PLACE_PREPOSITIONS = ("i", "ved", "utenfor", "innenfor")
OWNER_PREPOSITIONS = ("under", "fra")
BACK_LINKS = ("til", "på", "av")
# A rate word after a number with nothing counted after it makes a price or rate of it, never the
# count of a noun before it (RATE_WORDS).
RATE_WORDS = ("per", "pr", "stykket")
RATE_DENOMINATORS = ("per", "hver")  # "uno por cada mil habitantes", "per 100,000 people": a rate's base, no count
COUNT_NOUNS = ("antallet", "tallet")  # "desciende a 290 el número de cascos azules": what the number after its verb counts
COORDINATORS = ("og", "men", "eller")
CLAUSE_WORDS = ("mens", "hvor", "som", "men")

PLAN_CUES = (
    "skal", "vil", "planlegger", "planen", "plan", "planlagt", "ventes", "forventes", "mål",
    "målet", "redusere", "reduseres", "trappe ned", "kommer til å",
)
PAST_CUES = ("var", "hadde", "siden", "tidligere", "i fjor")

RELATIVE_TIMES = {
    "for ett år siden": ("month", -12), "for et år siden": ("month", -12), "i fjor": ("year", -1),
    "neste år": ("year", 1), "til neste år": ("year", 1), "i år": ("year", 0),
    "forrige måned": ("month", -1), "neste måned": ("month", 1), "i dag": ("month", 0),
    "nå": ("month", 0), "fortsatt": ("month", 0), "forrige uke": ("month", 0),
}
TIME_MODIFIERS = {
    "tidlig": "early", "tidlig i": "early", "sent": "late", "slutten av": "late", "midten av": "mid",
}
SINCE_WORDS = ("siden", "fra")  # "since 2003": where a span starts, not when a figure holds
DEADLINE_WORDS = ("innen", "før")

# Company forms left out of a name as series group it ("Meridian National Corp.").
CORPORATE_SUFFIXES = ("asa", "as")
ALIASES = {
    "usa": "United States", "usas": "United States", "amerikanske": "United States",
    "amerikansk": "United States", "amerikanere": "United States", "nato": "NATO", "natos": "NATO",
    "norge": "Norway", "norges": "Norway", "norske": "Norway", "norsk": "Norway",
    "nordmenn": "Norway", "afghanistan": "Afghanistan", "afghanistans": "Afghanistan",
    "afghanske": "Afghanistan", "britiske": "United Kingdom", "storbritannia": "United Kingdom",
    "franske": "France", "tyske": "Germany", "russiske": "Russia", "kinesiske": "China",
    "svenske": "Sweden", "danske": "Denmark", "fn": "United Nations", "eu": "European Union",
}
ORGANISATIONS = ("NATO", "United Nations", "European Union")
UNITS = {"gb": "gb", "mb": "mb", "tb": "tb", "km": "km", "kg": "kg", "mw": "mw", "hektar": "hektar", "dekar": "dekar", "mål": "mål",
         "kvadratmeter": "kvadratmeter"}
UNSAID_MEASURES = {"mannskap": "people", "far": "barn", "mor": "barn", "familie": "people"}
GOODS = ("fly", "jetfly", "bil", "kjøretøy", "skip", "tog", "telefon")
UNOWNED = ("km", "kilometer", "meter", "mil", "tomme", "tonn", "kg", "gb", "mb", "mw", "hektar", "dekar", "mål", "kvadratmeter")
PREPOSITIONS = (
    "av", "i", "på", "til", "for", "fra", "med", "uten", "under", "over", "mellom", "blant",
    "etter", "før", "siden", "mot", "om", "ved", "hos", "gjennom",
)
DETERMINERS = ("en", "ei", "et", "den", "det", "de", "denne", "dette", "disse", "sin", "sitt", "sine", "alle")
NOUNS_CAPITALISED = False  # only names (and sentence starts) take a capital
S_GENITIVE = True  # "Venstres velgere", "NATOs styrker": a name's genitive is a glued "-s"
LEADS = ("foran", "leder", "ledet")  # a margin after MARGIN_LINKS and one of these is the leader's
MARGIN_LINKS = ("med",)
MOVE_WORDS = ("opp", "ned")
SUBJECT_OPENERS = ("at", "når", "hvis", "fordi", "mens", "sa", "sier", "opplyste", "melder", "kunngjorde")
PARTITIVES = ("av",)
PARTITIVE_PRONOUNS = ("dem",)
ELLIPSIS_LINKS = ("og", "eller", "fra", "enn")
CURRENCY_FRACTIONS = {"øre": ("NOK", 0.01)}
UNIT_LINKS: tuple[str, ...] = ()
PLACE_ADJECTIVES: tuple[str, ...] = ()
# Words right after a sentence's capitalised first word that make it a name, not a sentence-start capital.
# Nouns of a price two parties share: an amount of theirs has no owner ("a $40 billion contract").
DEALS = ("kontrakt", "kontrakten", "avtale", "avtalen", "oppkjøp")
# Prepositions before the one made things go to, the buyer who owns them.
RECIPIENT_PREPOSITIONS = ("til",)
# Possessive pronouns: before a number ("his four grandparents", "40 percent of its exports") they
# point back to the last possessive name ("Elian's father, his four grandparents").
POSSESSIVES = ("sin", "sitt", "sine", "hans", "hennes", "deres")
VERB_ENDINGS: tuple[str, ...] = ()  # no ending tells a verb from a noun well enough
RANGE_LINKS = ("til", "og", "eller")  # "7,000 to 8,000 employees": the first number counts what the second does
SUBJECT_VERBS = ("har", "hadde", "er", "var", "vil", "skal", "sier", "sa", "melder", "opplyser")
# Main clauses put the finite verb second: a subject after it when something else opens the clause
# ("I dag har Nato rundt 11.000 soldater").
VERB_SECOND = True
FINITE_VERBS = ("har", "hadde", "er", "var", "vil", "skal", "kan", "kunne", "må", "måtte", "får", "fikk", "ble", "blir")
# Relative words after a counted noun: the relative clause's subject has what is counted
# ("7,000 employees that Unisys said would be laid off").
RELATIVES = ("som",)
PRONOUNS = ("han", "hun")  # subject pronouns: "the 50% stake it agreed to acquire" is the last name's
WORTH = ("verdt", "verdi")  # between a deal and its price: "a deal worth $5 billion", "un acuerdo por valor de"
# Verbs that say a clause besides the quotes table's cues ("estimated that 100,000 women").
SAYING = ("anslått", "anslår", "anslo", "beregnet")
ROLE_OPENERS = ("som",)  # a sentence opening "As a father of eight children, Castro said": the subject's
# Verbs that supply someone with things, and the word before what is supplied (the supplied one's).
SUPPLY_VERBS = ("forsyne", "forsyner", "utstyre", "utstyrer", "levere", "leverer")
SUPPLY_LINKS = ("med",)
LABELS = ("klasse", "serie", "fase")  # first words of labels, no owners: "Class C warrants"
# Past-tense endings: a relative clause without a relative word ("the 28,000 systems Sun shipped").
PAST_ENDINGS: tuple[str, ...] = ()
# Plural adjectives that come before a counted noun: skipped when looking for the noun ("veinte nuevos jets").
ADJECTIVES = ("nye", "store", "siste", "første", "andre", "små", "gamle")
# Common words that open a sentence before a verb or a plural and are never names ("Revenue declined 8%",
# "Foreign ministers of member-states agreed").
COMMON_WORDS = ("salget", "overskuddet", "inntektene", "tapet", "eksporten", "importen", "aksjene", "prisene",
                "kostnadene", "ordrene", "produksjonen", "inflasjonen")
# Verbs of a share price's move: bare numbers after a name and one are a price ("Kirschner Medical fell 4
# to 15"), in the currency the language's markets quote.
PRICE_MOVES: tuple[str, ...] = ()
PRICE_CURRENCY = "NOK"
# Verbs of giving: a name right after one and before the number gets it ("gave Patriot 13 percent").
GIVE_VERBS = ("gir", "ga", "gitt", "tilbyr", "tilbød", "selger", "solgte", "betaler", "betalte")
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
    "omkommer": "deaths", "drepes": "deaths",
    "drept": "deaths", "døde": "deaths", "omkom": "deaths", "omkommet": "deaths", "skadd": "injured",
    "skadet": "injured", "såret": "injured", "savnet": "missing", "arrestert": "arrested",
    "pågrepet": "arrested", "evakuert": "evacuated",
}
SUBORDINATORS = ("hvis", "når", "fordi", "dersom", "selv")  # a clause they open keeps its subject to itself
PERSON_RELATIVES = ("som",)  # "ca 80 som bor i Tafjord": a bare count before one counts people
STAKES = ("eierandel", "andel")  # "a 10% stake in Beta": the name after the link is what is held
STAKE_LINKS = ("i",)
PARTICLES: tuple[str, ...] = ()
TIME_OPENERS = ("i", "neste", "forrige")  # "Last year Russia carried out": a time phrase before the subject
CLAUSE_SPEECH_VERBS = ("sa", "sier")  # verbs of speech that take a clause, never a figure: the said clause's figures
GROUP_ADJECTIVES: tuple[str, ...] = ()  # such adjectives take no capital here: never read as names
