"""Greek tables of the figures layer: English's (``storyline/lang/en/figures.py``) for their shape,
with Greek words.

Written for ITN's Greek blurbs, whose tolls ("το πλέον θανατηφόρο σιδηροδρομικό δυστύχημα ... με
απολογισμό 57 νεκρούς", the Tempi crash; "τουλάχιστον 130 άτομα σκοτώνονται" in Iran) were not read
at all. Greek plurals are not guessed by their ending: only the table's nouns (in the cases news
uses) are counted. The decimal mark is the comma.
"""

# fmt: off
from ..en.figures import *  # noqa: F403 - the tables' shape; every word list that matters is replaced below

DECIMAL = ","
NUMBER_WORDS = {
    "μηδέν": 0, "δύο": 2, "τρεις": 3, "τρία": 3, "τέσσερις": 4, "τέσσερα": 4, "πέντε": 5, "έξι": 6,
    "επτά": 7, "εφτά": 7, "οκτώ": 8, "οχτώ": 8, "εννέα": 9, "εννιά": 9, "δέκα": 10, "είκοσι": 20,
    "εκατό": 100, "χίλια": 1000,
}
SCALES = {"χιλιάδες": 1e3, "εκατομμύριο": 1e6, "εκατομμύρια": 1e6, "δισεκατομμύριο": 1e9, "δισεκατομμύρια": 1e9}
NUMBER_JOINERS = ("και",)
WEAK_NUMBERS: tuple[str, ...] = ()
NEGATIONS: tuple[str, ...] = ()

QUALIFIERS = {
    "τουλάχιστον": "at least", "πάνω από": "more than", "περισσότερα από": "more than",
    "περισσότεροι από": "more than", "περίπου": "about", "γύρω στα": "about", "σχεδόν": "nearly",
    "έως": "up to", "μέχρι": "up to", "λιγότερα από": "less than", "μόνο": "exactly",
}
MEASURES = {
    "άτομα": "people", "ατόμων": "people", "άνθρωποι": "people", "ανθρώπους": "people", "ανθρώπων": "people",
    "νεκροί": "deaths", "νεκρούς": "deaths", "νεκρών": "deaths", "θύματα": "deaths",
    "τραυματίες": "injured", "τραυματιών": "injured", "στρατιώτες": "troops", "χώρες": "countries",
    "επιβάτες": "passenger", "μετανάστες": "μετανάστης",
}
SERIES_MEASURES: dict[str, str] = {"μετανάστης": "migrant"}
PERCENT = ("τοις εκατό",)
CURRENCIES = {"ευρώ": "EUR", "δολάρια": "USD"}
CURRENCY_FRACTIONS: dict[str, tuple[str, float]] = {}
SCALED_CURRENCIES: dict[str, str] = {}
PRICE_CURRENCY = "EUR"
NOT_COUNTED = ("χρόνια", "ετών", "μήνες", "ημέρες", "ώρες", "λεπτά", "φορές")
PLURAL_SUFFIXES: tuple[str, ...] = ()
IRREGULAR_PLURALS: dict[str, str] = {}
SINGULAR_RULES: tuple[tuple[str, str], ...] = ()
MONTHS = {
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6,
    "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
}
WEEKDAYS = ("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή")
AGE_CUES = ("ηλικία", "ετών")
ID_CUES = ("αριθμός", "άρθρο", "κεφάλαιο")
GROUP_LABELS: tuple[str, ...] = ()
TIME_CUES = ("στις",)
FUNCTION_WORDS = (
    "ο", "η", "το", "οι", "τα", "του", "της", "των", "τον", "την", "τους", "τις", "ένα", "μια", "ένας",
    "και", "ή", "αλλά", "σε", "στο", "στη", "στην", "στα", "στους", "στις", "με", "από", "για", "που",
    "κατά", "μετά", "ότι", "είναι", "έχει", "απολογισμό",
)
TITLES = ("πρόεδρος", "υπουργός", "πρωθυπουργός", "κ.")
PLACE_PREPOSITIONS = ("στο", "στη", "στην", "στα", "στον")
OWNER_PREPOSITIONS: tuple[str, ...] = ()
BACK_LINKS: tuple[str, ...] = ()
RATE_WORDS = ("ανά",)
COORDINATORS = ("και", "ή", "αλλά")
CLAUSE_WORDS = ("που", "ενώ", "αλλά", "όπου")
PLAN_CUES = ("θα",)
PAST_CUES = ("πριν",)
RELATIVE_TIMES: dict[str, tuple[str, int]] = {}
TIME_MODIFIERS: dict[str, str] = {}
SINCE_WORDS = ("από",)
DEADLINE_WORDS = ("έως", "μέχρι")
CORPORATE_SUFFIXES = ("αε",)
ALIASES = {"Ελλάδα": "Greece", "Ιράν": "Iran", "ΗΠΑ": "United States", "Ουκρανία": "Ukraine", "Ρωσία": "Russia"}
ORGANISATIONS = ("ΝΑΤΟ", "ΟΗΕ", "ΕΕ")
UNSAID_MEASURES: dict[str, str] = {}
GOODS = ("αεροσκάφη", "τρένα")
PREPOSITIONS = ("σε", "στο", "στη", "στην", "από", "με", "για", "κατά", "μετά")
DETERMINERS = ("ο", "η", "το", "οι", "τα", "ένα", "μια", "ένας")
SUBJECT_OPENERS = ("ότι",)
PARTITIVES = ("από",)
PARTITIVE_PRONOUNS = ("αυτούς",)
ELLIPSIS_LINKS = ("και", "ή")
DEALS = ("συμφωνία", "σύμβαση")
RECIPIENT_PREPOSITIONS: tuple[str, ...] = ()
POSSESSIVES = ("του", "της", "τους")
VERB_ENDINGS: tuple[str, ...] = ()
PAST_ENDINGS: tuple[str, ...] = ()
RANGE_LINKS = ("έως", "και", "ή")
SUBJECT_VERBS: tuple[str, ...] = ()
STAFF_VERBS: tuple[str, ...] = ()
RELATIVES = ("που",)
PRONOUNS: tuple[str, ...] = ()
WORTH: tuple[str, ...] = ()
SAYING: tuple[str, ...] = ()
ROLE_OPENERS = ("ως",)
SUPPLY_VERBS: tuple[str, ...] = ()
SUPPLY_LINKS: tuple[str, ...] = ()
LABELS: tuple[str, ...] = ()
COMMON_WORDS: tuple[str, ...] = ()
PRICE_MOVES: tuple[str, ...] = ()
OFFERS: tuple[str, ...] = ()
ORDERS: tuple[str, ...] = ()
POPULATIONS = ("πληθυσμός",)
LEADS: tuple[str, ...] = ()
MARGIN_LINKS: tuple[str, ...] = ()
MOVE_WORDS: tuple[str, ...] = ()
INDEX_WORDS: tuple[str, ...] = ()
INDEX_LINKS: tuple[str, ...] = ()

# What happened to the people a count counts, said next to the number: series keep the dead apart
# from the injured (see storyline/lang/en/figures.py). FATE_OF: the measures so refined.
FATE_OF = ("people",)
FATES = {
    "σκοτώνονται": "deaths", "σκοτώθηκαν": "deaths", "σκοτώθηκε": "deaths", "πέθαναν": "deaths",
    "νεκροί": "deaths", "νεκρούς": "deaths", "έχασαν": "deaths", "τραυματίστηκαν": "injured",
    "τραυματίες": "injured", "αγνοούνται": "missing", "συνελήφθησαν": "arrested", "απομακρύνθηκαν": "evacuated",
}
RATE_DENOMINATORS = ("ανά",)
SUBORDINATORS = ("αν", "όταν", "επειδή", "αν και")
COUNT_NOUNS = ("αριθμός",)
STAKES = ()  # "a 10% stake in Beta": the name after the link is what is held
STAKE_LINKS = ()
TIME_OPENERS = ()  # "Last year Russia carried out": a time phrase before the subject
CLAUSE_SPEECH_VERBS = ("είπε", "δήλωσε")  # verbs of speech that take a clause, never a figure: the said clause's figures
GROUP_ADJECTIVES: tuple[str, ...] = ()  # such adjectives take no capital here: never read as names
