"""English tables of the figures layer: number words, qualifiers, measure nouns, cue words.

Every key is lower case; multi-word keys are matched as phrases. The code in
``storyline.figures`` reads these names and nothing else, so another language is another file.
"""

# fmt: off
DECIMAL = "."  # the decimal mark where a separator could be either ("1.250 million")

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a dozen": 12, "a half dozen": 6, "half a dozen": 6, "a score": 20, "a hundred": 100, "a thousand": 1000, "a million": 1e6, "a billion": 1e9,
}
SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "trillion": 1e12,
}
NUMBER_JOINERS = ("and",)  # "two hundred and fifty"
WEAK_NUMBERS = ("one",)  # never a figure alone: a pronoun or determiner far more often than a count
NEGATIONS = ("no", "zero")  # "no troops": a count of 0

QUALIFIERS = {
    "around": "about", "about": "about", "some": "about", "roughly": "about", "approximately": "about",
    "an estimated": "about", "estimated": "about", "close to": "nearly", "nearly": "nearly",
    "almost": "nearly", "more than": "more than", "over": "more than", "upwards of": "more than",
    "a bit over": "more than", "at least": "at least", "up to": "up to", "as many as": "up to",
    "fewer than": "less than", "less than": "less than", "under": "less than", "just": "exactly",
    "only": "exactly", "exactly": "exactly",
}

MEASURES = {
    "troops": "troops", "troop": "troops", "soldiers": "troops", "soldier": "troops",
    "personnel": "troops", "service members": "troops", "servicemen": "troops", "army": "troops",
    "marines": "troops", "forces": "troops",
    "toll": "deaths", "death toll": "deaths",
    "people": "people", "persons": "people", "others": "people", "civilians": "people",
    "deaths": "deaths", "dead": "deaths", "fatalities": "deaths",
    "injured": "injured", "wounded": "injured", "injuries": "injured",
    "refugees": "refugee", "migrants": "migrant",
    "countries": "countries", "nations": "countries", "member states": "countries",
    "companies": "companies", "firms": "companies", "jobs": "jobs", "votes": "votes",
    "attacks": "attacks", "languages": "languages", "cases": "cases",
    "employees": "employee", "workers": "worker", "staff": "employee", "passengers": "passenger",
    "aircraft": "aircraft", "planes": "plane", "jets": "jet", "airliners": "airliner",
    "orders": "order", "seats": "seat", "shares": "share", "tonnes": "tonne", "tons": "ton",
    "kilometres": "kilometre", "kilometers": "kilometre", "miles": "mile", "positions": "jobs",
    "job cuts": "jobs", "basis points": "basis point", "percentage points": "percentage point",
    "percentage point": "percentage point",
}
# Counted nouns recorded as written, by the shared measure key series group them under (other
# languages map theirs to these keys: Spanish "pedido" is "order").
SERIES_MEASURES = {
    "refugee": "refugee", "migrant": "migrant",
    "km": "kilometre",
    "plane": "aircraft", "jet": "aircraft", "airliner": "aircraft", "aeroplane": "aircraft",
    "airplane": "aircraft", "colour": "color", "ton": "tonne", "gigabyte": "gb", "inche": "inch",
    "airline": "companies", "carrier": "companies",
}
# Units that may be glued to the digits or abbreviated after them ("30GB", "17 km"), by measure.
UNITS = {
    "gb": "gb", "mb": "mb", "tb": "tb", "kb": "kb", "ghz": "ghz", "mhz": "mhz", "km": "km",
    "kg": "kg", "mw": "mw", "gw": "gw", "kwh": "kwh", "mph": "mph", "km/h": "km/h", "sq km": "km2",
    "hectares": "hectare", "acres": "acre", "micrograms": "microgram", "milligrams": "milligram", "grams": "gram",
    "decibels": "decibel", "db": "db",
    "-strong": "people",  # "a 50-strong mob"
    "-story": "story", "-storey": "story",  # "the 22-story Cooperative Bank House"
    "-member": "member", "-store": "store", "-seat": "seat", "-person": "people", "-mile": "mile",  # "a seven-member panel", "87-store Weisfield's"
}
# A number's counted noun said only before it, by the noun and its link word: "a crew of six".
UNSAID_MEASURES = {
    "crew": "people", "father": "child", "mother": "child", "parents": "child", "family": "people",
    "team": "people", "workforce": "employee", "staff": "employee",
}
# Made things, by measure: a name inside their phrase is the maker, not the owner
# ("22 new Boeing 787 aircraft" are the buyer's, "20 of Boeing's planes" too).
GOODS = (
    "aircraft", "plane", "jet", "airliner", "tanker", "helicopter", "dreamliner", "car", "vehicle",
    "truck", "ship", "train", "phone", "computer", "chip", "engine",
)
# Measures no clause subject owns: lengths, weights, sizes ("rode an elevator 734 feet down").
UNOWNED = (
    "km", "feet", "foot", "mile", "kilometre", "metre", "meter", "inch", "pound", "tonne", "ton", "kg",
    "gb", "mb", "tb", "kb", "ghz", "mhz", "mw", "gw", "kwh", "mph", "km/h", "km2", "acre", "hectare",
    "microgram", "milligram", "gram",
)
PREPOSITIONS = (
    "of", "in", "on", "at", "to", "by", "for", "from", "with", "without", "under", "over", "into",
    "near", "across", "throughout", "since", "until", "during", "after", "before", "among",
    "between", "against", "about", "around", "than", "like", "via", "per", "regarding", "including",
    "toward", "towards", "versus",
)
DETERMINERS = (
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "some",
    "all", "each", "every", "no", "many", "most", "both",
)
NOUNS_CAPITALISED = False  # only names (and sentence starts) take a capital
LEADS = ("ahead", "leading", "leads", "led", "lead", "trailing", "trails", "trailed", "behind")  # a margin after MARGIN_LINKS and one of these is the leader's
MARGIN_LINKS = ("by",)
MOVE_WORDS = ("up", "down")  # "wheat up 595,400 tonnes old, nil new; corn up 1,900 old"
SUBJECT_OPENERS = (
    "that", "as", "when", "if", "because", "while", "said", "says", "say", "told", "reported",
    "reports", "announced", "added", "estimated", "believes",
)
PARTITIVES = ("of",)  # "20 of Boeing's planes"
PARTITIVE_PRONOUNS = ("them", "those", "these")  # "Eight of them are in custody"
ELLIPSIS_LINKS = ("and", "or", "from", "than", "versus", "remaining", "another", "additional")  # "259 people on the plane and 11 on the ground"
CURRENCY_FRACTIONS = {
    "cents": ("USD", 0.01), "cent": ("USD", 0.01), "pence": ("GBP", 0.01), "p": ("GBP", 0.01),
    "canadian cents": ("CAD", 0.01), "australian cents": ("AUD", 0.01),
}
UNIT_LINKS: tuple[str, ...] = ()  # words between a scale and its currency ("millones de dólares")
PLACE_ADJECTIVES = ("-based",)  # "a New York-based company": a place, not the owner
PERCENT = ("percent", "per cent", "pct")  # "percentage points" are counted as such (MEASURES), as "basis points" are
CURRENCIES = {
    "$": "USD", "us$": "USD", "dollars": "USD", "dollar": "USD", "€": "EUR", "euros": "EUR",
    "euro": "EUR", "£": "GBP", "¥": "JPY", "yen": "JPY", "kroner": "NOK", "yuan": "CNY",
    "renminbi": "CNY", "usd": "USD", "eur": "EUR", "gbp": "GBP", "rubles": "RUB", "rupees": "INR",
    "u.s. dollars": "USD", "us dollars": "USD", "canadian dollars": "CAD", "australian dollars": "AUD", "c$": "CAD", "a$": "AUD", "hk$": "HKD",
    "#": "GBP",  # the Wall Street Journal's texts write the pound sign as "#"
    "guilders": "NLG", "marks": "DEM", "deutsche marks": "DEM", "francs": "FRF",
    "swiss francs": "CHF", "lire": "ITL", "pesetas": "ESP", "zlotys": "PLN", "zloty": "PLN",
    "markka": "FIM", "markkas": "FIM", "naira": "NGN", "kuna": "HRK", "forints": "HUF", "forint": "HUF",
    "korunas": "CZK", "lei": "RON", "leva": "BGN", "rand": "ZAR", "baht": "THB", "ringgit": "MYR",
    "rupiah": "IDR", "roubles": "RUB", "shekels": "ILS", "escudos": "PTE", "drachmas": "GRD",
    "schillings": "ATS", "belgian francs": "BEF", "kronor": "SEK", "krona": "SEK",
}
# Words right after a sentence's capitalised first word that make it a name, not a sentence-start
# capital: "Avon also said", "Saddam has been", "Anheuser-Busch announced".
# Nouns of a price two parties share: an amount of theirs has no owner ("a $40 billion contract").
DEALS = ("contract", "contracts", "deal", "deals", "agreement", "merger", "takeover")
# Prepositions before the one made things go to, the buyer who owns them.
RECIPIENT_PREPOSITIONS = ("to",)
# Possessive pronouns: before a number ("his four grandparents", "40 percent of its exports") they
# point back to the last possessive name ("Elian's father, his four grandparents").
POSSESSIVES = ("his", "her", "its", "their")
VERB_ENDINGS: tuple[str, ...] = ("s",)  # "Aeroflot negotiates": a headline's verb after a singular subject
RANGE_LINKS = ("to", "and", "or")  # "7,000 to 8,000 employees": the first number counts what the second does
SUBJECT_VERBS = (
    "said", "says", "has", "had", "is", "was", "will", "would", "also", "announced", "reported",
    "agreed", "earned", "posted", "owns", "holds", "plans", "expects", "told", "noted", "rose", "fell",
    "gained", "lost", "dropped", "climbed", "jumped", "tumbled", "slipped", "increased", "declined",
    "closed", "ended", "finished", "paid", "received", "raised", "spent", "sold", "won",
)
# A stock index's move or level is counted in points: "The Nasdaq Composite Index tumbled 5.39, or
# 1.2% to 452.76" (the index's name ends in one of INDEX_WORDS; the number follows a verb of
# SUBJECT_VERBS or a word of INDEX_LINKS).
INDEX_WORDS = ("index", "average")
INDEX_LINKS = ("to", "at", "by", "or")  # "lost about 1%, or 3.95, to 448.80"
# Verbs that make the people they count an employer's staff: "laying off about 300 people".
STAFF_VERBS = (
    "laying off", "lay off", "lays off", "laid off", "hire", "hires", "hired", "hiring", "employs",
    "employ", "employing", "fire", "fires", "fired", "firing", "dismiss", "dismissed",
)
# What a number may count without being a figure: durations, multipliers, ages.
NOT_COUNTED = (
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes",
    "minute", "seconds", "decades", "decade", "centuries", "times", "year-old", "years-old", "am",
    "a.m.", "pm", "p.m.", "o'clock", "percentile",
    "games", "contests", "matches", "runs", "innings", "overs", "balls", "goals",  # sports results are no figures
)
PLURAL_SUFFIXES = ("s", "men")  # counted nouns after a number above one are plural ("fishermen")
IRREGULAR_PLURALS = {
    "feet": "feet", "children": "child", "men": "man", "women": "woman", "mice": "mouse",
    "aircraft": "aircraft", "sheep": "sheep", "police": "police", "cattle": "cattle",
}
SINGULAR_RULES = (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("men", "man"), ("s", ""))

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
AGE_CUES = ("age", "aged", "ages")
ID_CUES = ("no", "no.", "nr", "number", "#", "article", "section", "chapter", "page", "route", "flight")
# A price for each share of an offer or bid is the target's, the one after the link: "a $10-a-share tender
# offer for the shares outstanding of Dataproducts Corp.".
OFFERS = ("offer", "offers", "bid", "bids")
OFFER_LINKS = ("for",)
# Made things of an order are the buyer's, the one after the link: "an order from Qatar Airways for up to 60 of
# its new A350 jets".
ORDERS = ("order", "orders")
ORDER_LINKS = ("from",)
# Wholes a share makes up a population of, nobody's: "90 percent of the population in Kosovo".
POPULATIONS = ("population", "populations", "electorate", "inhabitants", "residents")
GROUP_LABELS = ("top", "bottom")  # "the top 1 percent": a group's name, not a figure
TIME_CUES = ("at",)  # "at 14.30" reads a time of day when no measure follows

# Words that end a noun phrase and are never names when capitalised.
FUNCTION_WORDS = (
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "by", "for", "from",
    "with", "without", "under", "over", "into", "near", "across", "throughout", "since", "until",
    "during", "after", "before", "as", "than", "that", "which", "who", "whom", "whose", "this",
    "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "you", "i", "his",
    "her", "their", "our", "your", "is", "are", "was", "were", "be", "been", "being", "has",
    "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might",
    "must", "said", "says", "say", "not", "no", "if", "while", "when", "where", "also", "out",
    "up", "down", "per", "each", "every", "among", "between", "against", "about", "around",
    "some", "last", "next", "early", "late", "meanwhile", "however", "earlier", "currently",
    "according", "more", "most", "many", "all", "both", "just", "only", "still", "now", "then",
    "so", "yet", "because", "although", "though", "even", "what", "how", "why", "those",
)
TITLES = (  # before a person's name: neither a name nor a place
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof",
    "president", "secretary", "minister", "chancellor", "senator", "judge", "rev",
)
PLACE_PREPOSITIONS = ("in", "near", "across", "throughout", "inside", "outside")
OWNER_PREPOSITIONS = ("under", "from", "of")  # "troops under NATO command", "soldiers from Norway", "members of Congress"
BACK_LINKS = ("to", "at", "of")  # "reduce the troop presence to 4.500", "an army of 300,000"
# A rate word after a number with nothing counted after it makes a price or rate of it, never the
# count of a noun before it (RATE_WORDS).
RATE_WORDS = ("per", "each", "apiece")  # "800 orders at 200 million per aircraft": a price, no count of orders
RATE_DENOMINATORS = ("per", "every")  # "uno por cada mil habitantes", "per 100,000 people": a rate's base, no count
COUNT_NOUNS = ("number", "total")  # "desciende a 290 el número de cascos azules": what the number after its verb counts
COORDINATORS = ("and", "but", "or")
CLAUSE_WORDS = ("while", "whereas", "which", "who", "although", "but")

PLAN_CUES = (
    "plan", "plans", "planned", "planning", "will", "would", "shall", "to reduce", "to increase",
    "to cut", "to send", "expected", "expects", "aims", "aim", "target", "targets", "intends",
    "proposed", "pledged", "promised", "going to",
)
PAST_CUES = ("was", "were", "had", "ago", "previously", "formerly", "used to", "earlier")

# Relative time words: (unit of the resulting value, offset from the publication date in that unit).
RELATIVE_TIMES = {
    "a year ago": ("month", -12), "last year": ("year", -1), "next year": ("year", 1),
    "this year": ("year", 0), "a month ago": ("month", -1), "last month": ("month", -1),
    "next month": ("month", 1), "this month": ("month", 0), "two years ago": ("month", -24),
    "last week": ("month", 0), "this week": ("month", 0), "yesterday": ("month", 0),
    "today": ("month", 0), "now": ("month", 0), "currently": ("month", 0),
}
TIME_MODIFIERS = {"early": "early", "late": "late", "mid": "mid", "the end of": "late", "end of": "late"}
SINCE_WORDS = ("since", "from")  # "since 2003": where a span starts, not when a figure holds
DEADLINE_WORDS = ("by", "until", "before")  # "4.500 by November": a target date, so a plan

# Names and adjectives that stand for an entity (subject or place), by its canonical name.
# Company forms left out of a name as series group it ("Meridian National Corp.").
CORPORATE_SUFFIXES = ("inc", "inc.", "corp", "corp.", "co", "co.", "plc", "ltd", "ltd.", "llc", "n.v.", "nv")
ALIASES = {
    "u.s.": "United States", "us": "United States", "usa": "United States", "u.s.a.": "United States",
    "united states": "United States", "america": "United States", "american": "United States",
    "americans": "United States", "nato": "NATO", "afghan": "Afghanistan", "afghans": "Afghanistan",
    "norwegian": "Norway", "british": "United Kingdom", "u.k.": "United Kingdom", "uk": "United Kingdom",
    "britain": "United Kingdom", "french": "France", "german": "Germany", "russian": "Russia",
    "chinese": "China", "ukrainian": "Ukraine", "iraqi": "Iraq", "syrian": "Syria",
    "israeli": "Israel", "turkish": "Turkey", "canadian": "Canada", "australian": "Australia",
    "italian": "Italy", "spanish": "Spain", "polish": "Poland", "danish": "Denmark",
    "swedish": "Sweden", "dutch": "Netherlands", "mexican": "Mexico", "indian": "India",
    "pakistani": "Pakistan", "libyan": "Libya", "iranian": "Iran", "egyptian": "Egypt",
    "saudi": "Saudi Arabia", "japanese": "Japan", "korean": "South Korea", "brazilian": "Brazil",
    "cuban": "Cuba", "kenyan": "Kenya", "nigerian": "Nigeria", "belgian": "Belgium",
    "swiss": "Switzerland", "austrian": "Austria", "lithuanian": "Lithuania", "latvian": "Latvia", "estonian": "Estonia", "greek": "Greece", "irish": "Ireland",
    "portuguese": "Portugal", "finnish": "Finland", "norwegians": "Norway", "lebanese": "Lebanon",
    "palestinian": "Palestine", "jordanian": "Jordan", "argentine": "Argentina", "chilean": "Chile",
    "colombian": "Colombia", "venezuelan": "Venezuela", "peruvian": "Peru", "vietnamese": "Vietnam",
    "thai": "Thailand", "indonesian": "Indonesia", "malaysian": "Malaysia", "filipino": "Philippines",
    "south african": "South Africa", "european": "European Union", "emirati": "United Arab Emirates",
    "qatari": "Qatar", "somali": "Somalia", "sudanese": "Sudan", "ethiopian": "Ethiopia",
    "u.n.": "United Nations", "un": "United Nations", "eu": "European Union",
    "e.u.": "European Union", "democratic": "Democratic Party", "democrats": "Democratic Party",
    "republican": "Republican Party", "republicans": "Republican Party", "gop": "Republican Party",
}
ORGANISATIONS = ("NATO", "United Nations", "European Union", "Democratic Party", "Republican Party")
# Relative words after a counted noun: the relative clause's subject has what is counted
# ("7,000 employees that Unisys said would be laid off").
RELATIVES = ("that", "which", "whom", "who")
PRONOUNS = ("it", "he", "she", "they")  # subject pronouns: "the 50% stake it agreed to acquire" is the last name's
WORTH = ("worth", "valued", "value", "totalling", "totaling")  # between a deal and its price: "a deal worth $5 billion", "un acuerdo por valor de"
# Verbs that say a clause besides the quotes table's cues: "Cuban authorities estimated that 100,000 women".
SAYING = ("estimated", "estimates", "estimate")
ROLE_OPENERS = ("as",)  # a sentence opening "As a father of eight children, Castro said": the subject's
# Verbs that supply someone with things, and the word before what is supplied: "supply the US Air
# Force with 179 tankers" (the tankers are the Air Force's).
SUPPLY_VERBS = ("supply", "supplies", "supplied", "supplying", "provide", "provides", "provided", "equip", "equips",
                "equipped", "arm", "armed", "furnish", "furnished")
SUPPLY_LINKS = ("with",)
LABELS = ("class", "series", "phase", "tier", "grade")  # first words of labels, no owners: "Class C warrants"
# Past-tense endings: a relative clause without a relative word ("the 28,000 systems Sun shipped").
PAST_ENDINGS = ("ed",)
# Plural adjectives that come before a counted noun: skipped when looking for the noun ("veinte nuevos jets").
ADJECTIVES: tuple[str, ...] = ()  # English adjectives have no plural
# Common words that open a sentence before a verb or a plural and are never names ("Revenue declined 8%",
# "Foreign ministers of member-states agreed").
COMMON_WORDS = ("revenue", "revenues", "sales", "profit", "profits", "earnings", "income", "output", "production",
                "exports", "imports", "shares", "stocks", "prices", "costs", "spending", "volume", "turnover",
                "losses", "assets", "orders", "deliveries", "employment", "unemployment", "inflation", "growth",
                "demand", "traffic", "attendance", "turnout", "enrollment", "foreign", "local", "federal",
                "former", "senior", "top", "new", "some", "many", "several", "most", "both")
# Verbs of a share price's move: bare numbers after a name and one are a price ("Kirschner Medical fell 4
# to 15"), in the currency the language's markets quote.
PRICE_MOVES = ("rose", "fell", "gained", "lost", "rocketed", "jumped", "climbed", "dropped", "slipped", "advanced",
               "declined", "eased", "added", "tumbled", "plunged", "soared", "slid", "surged")
PRICE_CURRENCY = "USD"
# Verbs of giving: a name right after one and before the number gets it ("gave Patriot 13 percent").
GIVE_VERBS = ("give", "gives", "gave", "given", "giving", "grant", "grants", "granted", "award", "awards", "awarded",
              "offer", "offers", "offered", "hand", "handed", "sell", "sells", "sold", "pay", "pays", "paid",
              "extend", "extends", "extended", "lend", "lends", "lent", "loan", "loans", "loaned")
# fmt: on
DEMONSTRATIVES = ("this", "these")  # a capitalised noun right after one points back: no name
REFLEXIVES = ()  # English has no reflexive clitic before its verb (Spanish "Aldef se dedica")
NAME_JOINERS = ("&", "amp", "of")  # "amp": an HTML-escaped ampersand whose "&" and ";" were lost ("Savings amp Loan"); "Bank of New York"
DEFINITES = ("the", "all", "both", "those", "these")  # a small count right after one refers back to things named before: nobody's
ADVERB_ENDINGS: tuple[str, ...] = ("ly",)  # an adverb between a sentence's first word and its verb
HEAD_LINKS: tuple[str, ...] = ("at",)  # "Sales at Acme rose 5%": the name after one heads the clause's subject
SCALED_CURRENCIES = {"pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "stg": "GBP"}  # money after a scale word only
INFINITIVES = ("to",)  # "analysts expect Acme to report earnings of $1.20": the name before one and a verb is its subject
# What happened to the people counted, said next to the number ("killing 40 people", "100 people
# have died"): series keep the dead apart from the wounded. FATE_OF: the measures so refined.
FATE_OF = ("people",)
FATES = {
    "drowned": "deaths", "drown": "deaths",
    "kill": "deaths", "death": "deaths", "deaths": "deaths", "die": "deaths", "dies": "deaths",
    "injure": "injured", "injures": "injured", "wound": "injured", "wounds": "injured", "injuries": "injured",
    "killed": "deaths", "killing": "deaths", "kills": "deaths", "died": "deaths", "dead": "deaths",
    "dying": "deaths", "perished": "deaths", "lives": "deaths",
    "wounded": "injured", "wounding": "injured", "injured": "injured", "injuring": "injured",
    "hurt": "injured", "missing": "missing", "displaced": "displaced", "evacuated": "evacuated",
    "arrested": "arrested", "detained": "arrested",
}
SUBORDINATORS = ("if", "when", "although", "though", "because", "unless", "once", "whereas")  # a clause they open keeps its subject to itself
PERSON_RELATIVES = ("who",)  # "ca 80 som bor i Tafjord": a bare count before one counts people
STAKES = ("stake", "interest", "holding")  # "a 10% stake in Beta": the name after the link is what is held
STAKE_LINKS = ("in",)
PARTICLES: tuple[str, ...] = ()
TIME_OPENERS = ("last", "next", "this", "earlier", "later")  # "Last year Russia carried out": a time phrase before the subject
CLAUSE_SPEECH_VERBS = ("said", "says", "say")  # "Dole said 70 percent of the cocaine ... came from": the said clause's
GROUP_ADJECTIVES = ("slavic", "protestant", "catholic", "european", "western", "arab", "muslim", "christian", "jewish",
                    "african", "asian", "latin", "hispanic", "scandinavian", "nordic", "baltic")  # capitalised adjectives of a faith, region or people before a counted noun: no holder ("the two Slavic neighbors")
