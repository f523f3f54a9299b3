"""German tables of the figures layer (same names as ``storyline/lang/en/figures.py``).

German writes compounds as one word ("Bundeswehrsoldaten"), so measure nouns also match as the end
of a longer word (``COMPOUND_MEASURES``). Nouns are capitalised, so a capitalised word is not taken
for a name unless the alias table knows it or the entities layer says so.
"""

# fmt: off
DECIMAL = ","

NUMBER_WORDS = {
    "null": 0, "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100, "tausend": 1000, "ein dutzend": 12,
}
NUMBER_GLUE = ("", "und")  # number words written as one: "tweehonderdvijftig", "vierentwintig"
SCALES = {
    "dutzend": 12, "hundert": 100, "tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio.": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9,
}
WEAK_NUMBERS = ("ein", "eine")
NEGATIONS = ("kein", "keine")

QUALIFIERS = {
    "rund": "about", "etwa": "about", "ungefähr": "about", "circa": "about", "ca.": "about",
    "knapp": "nearly", "fast": "nearly", "beinahe": "nearly", "mehr als": "more than",
    "über": "more than", "mindestens": "at least", "bis zu": "up to", "weniger als": "less than",
    "unter": "less than", "nur": "exactly",
}

MEASURES = {
    "soldaten": "troops", "soldat": "troops", "truppen": "troops", "streitkräfte": "troops",
    "personen": "people", "menschen": "people", "leute": "people", "zivilisten": "people",
    "andere": "people", "weitere": "people", "tote": "deaths", "toten": "deaths", "todesopfer": "deaths",
    "verletzte": "injured", "verletzten": "injured", "flüchtlinge": "flüchtling", "migranten": "migrant",
    "länder": "countries", "staaten": "countries", "unternehmen": "companies", "firmen": "companies",
    "arbeitsplätze": "jobs", "jobs": "jobs", "stimmen": "votes", "angriffe": "attacks",
    "anschläge": "attacks", "sprachen": "languages", "fälle": "cases",
    "mitarbeiter": "mitarbeiter", "beschäftigte": "beschäftigte", "passagiere": "passagier",
    "flugzeuge": "flugzeug", "bestellungen": "bestellung", "sitze": "sitz", "aktien": "aktie",
    "tonnen": "tonne", "kilometer": "kilometer", "seelen": "people", "einwohner": "people",
    "liter": "liter",
}
# Counted nouns recorded as written, by the shared (English) measure key series group them under.
SERIES_MEASURES = {
    "flüchtling": "refugee",
    "km": "kilometre",
    "mitarbeiter": "employee", "beschäftigte": "employee", "passagier": "passenger",
    "flugzeug": "aircraft", "bestellung": "order", "sitz": "seat", "aktie": "share",
    "tonne": "tonne", "kilometer": "kilometre",
}
COMPOUND_MEASURES = True
INDEX_WORDS = ("index",)  # a stock index's name ends in one: a bare number it moves by counts points
INDEX_LINKS = ("auf", "um")
# people counted after them are the employer's
STAFF_VERBS = ("entlassen", "entlässt", "entließ", "eingestellt", "beschäftigt", "streichen", "streicht")
PERCENT = ("prozent", "prozentpunkte")
CURRENCIES = {
    "$": "USD", "dollar": "USD", "€": "EUR", "euro": "EUR", "franken": "CHF", "dollars": "USD",
    "pfund": "GBP", "yuan": "CNY", "mark": "DEM", "d-mark": "DEM", "dm": "DEM", "schilling": "ATS",
}
NOT_COUNTED = (
    "jahre", "jahren", "jahr", "monate", "monaten", "monat", "wochen", "woche", "tage", "tagen",
    "tag", "stunden", "stunde", "minuten", "sekunden", "jahrzehnte", "jahrhunderte", "mal", "uhr",
    "wochenenden", "wochenende", "spiele", "tore", "nachmittage", "vormittage", "abende", "nächte", "sekunde",
)
PLURAL_SUFFIXES = ("en", "er", "e", "n", "s")
IRREGULAR_PLURALS = {  # common nouns whose plural no ending rule reads back
    "kinder": "kind", "männer": "mann", "frauen": "frau", "seiten": "seite", "häuser": "haus",
    "wohnungen": "wohnung", "schüler": "schüler", "bürger": "bürger", "kindern": "kind",
}
# First match wins. Plurals in "-e" drop it ("Betriebe", "Kernbereiche"), those in "-en" of a noun in "-e"
# drop the "n" ("Karten"), those of a noun ending in a consonant suffix drop "-en" ("Touren", "Studenten");
# nouns made of adjectives keep their form ("Jugendliche", "Erwachsene", "Abgeordnete"); umlauts stay.
SINGULAR_RULES = (
    ("ungen", "ung"), ("heiten", "heit"), ("keiten", "keit"), ("schaften", "schaft"), ("innen", "in"),
    ("nisse", "nis"), ("ionen", "ion"), ("uren", "ur"), ("oren", "or"), ("täten", "tät"), ("eien", "ei"),
    ("iken", "ik"), ("enten", "ent"), ("anten", "ant"), ("isten", "ist"), ("aten", "at"), ("glieder", "glied"),
    ("ände", "and"),  # "Verbände", "Bestände", "Umstände"
    ("liche", "liche"), ("ige", "ige"), ("ene", "ene"), ("ete", "ete"), ("ierte", "ierte"), ("ische", "ische"),
    ("llte", "llte"), ("gte", "gte"), ("ern", "er"), ("eln", "el"), ("en", "e"), ("e", ""), ("s", ""),
)

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}
WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
AGE_CUES = ("alter",)
ID_CUES = ("nr.", "nummer", "artikel", "kapitel", "seite", "paragraf", "§", "absatz")
# A price for each share of an offer or bid is the target's, the one after the link: "a $10-a-share tender
# offer for the shares outstanding of Dataproducts Corp.".
OFFERS = ("angebot", "gebot", "übernahmeangebot")
OFFER_LINKS = ("für",)
# Made things of an order are the buyer's, the one after the link: "an order from Qatar Airways for up to 60 of
# its new A350 jets".
ORDERS = ("auftrag", "bestellung")
ORDER_LINKS = ("von",)
# Wholes a share makes up a population of, nobody's: "90 percent of the population in Kosovo".
POPULATIONS = ("bevölkerung", "einwohner", "wählerschaft")
GROUP_LABELS = ()
TIME_CUES = ("um",)

FUNCTION_WORDS = (
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und",
    "oder", "aber", "in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "seit", "von",
    "vom", "zu", "zum", "zur", "für", "gegen", "ohne", "um", "unter", "über", "vor", "durch", "bis",
    "dass", "die", "wo", "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten",
    "wird", "werden", "soll", "sollen", "nicht", "auch", "noch", "nur", "rund", "etwa", "fast",
    "er", "sie", "es", "wir", "ihr", "sein", "seine", "ihre",
)
TITLES = (  # before a person's name: neither a name nor a place
    "herr", "frau", "dr", "präsident", "kanzler", "kanzlerin", "minister", "ministerin",
)
PLACE_PREPOSITIONS = ("in", "im", "bei", "nahe")
OWNER_PREPOSITIONS = ("unter", "aus")
BACK_LINKS = ("auf", "von")
# A rate word after a number with nothing counted after it makes a price or rate of it, never the
# count of a noun before it (RATE_WORDS).
RATE_WORDS = ("pro", "je", "jeweils")
RATE_DENOMINATORS = ("pro", "je")  # "uno por cada mil habitantes", "per 100,000 people": a rate's base, no count
COUNT_NOUNS = ("zahl", "anzahl")  # "desciende a 290 el número de cascos azules": what the number after its verb counts
COORDINATORS = ("und", "aber", "oder")
CLAUSE_WORDS = ("während", "wobei", "aber")

PLAN_CUES = ("plant", "planen", "geplant", "soll", "sollen", "wird", "werden", "ziel", "reduzieren")
PAST_CUES = ("war", "waren", "hatte", "hatten", "vor", "zuvor", "damals")

RELATIVE_TIMES = {
    "vor einem jahr": ("month", -12), "im vergangenen jahr": ("year", -1), "letztes jahr": ("year", -1),
    "im nächsten jahr": ("year", 1), "nächstes jahr": ("year", 1), "in diesem jahr": ("year", 0),
    "heute": ("month", 0), "derzeit": ("month", 0), "zurzeit": ("month", 0),
}
TIME_MODIFIERS = {"anfang": "early", "ende": "late", "mitte": "mid"}
SINCE_WORDS = ("seit", "ab")  # "since 2003": where a span starts, not when a figure holds
DEADLINE_WORDS = ("bis",)

# Company forms left out of a name as series group it ("Meridian National Corp.").
CORPORATE_SUFFIXES = ("ag", "gmbh", "se")
ALIASES = {
    "usa": "United States", "vereinigte staaten": "United States", "amerikanische": "United States",
    "amerikanischen": "United States", "us-": "United States", "nato": "NATO",
    "deutschland": "Germany", "deutsche": "Germany", "deutschen": "Germany", "bundeswehr": "Germany",
    "uno": "United Nations", "un": "United Nations", "eu": "European Union",
    "afghanistan": "Afghanistan", "afghanische": "Afghanistan",
}
ORGANISATIONS = ("NATO", "United Nations", "European Union")
UNITS = {"gb": "gb", "mb": "mb", "tb": "tb", "km": "km", "kg": "kg", "mw": "mw", "hektar": "hektar", "ha": "ha",
         "mikrogramm": "mikrogramm", "milligramm": "milligramm", "gramm": "gramm", "quadratmeter": "quadratmeter",
         "kubikmeter": "kubikmeter", "dezibel": "dezibel", "db": "db",
         "meter": "meter", "zentimeter": "zentimeter"}
UNSAID_MEASURES = {"besatzung": "people", "vater": "kind", "mutter": "kind", "familie": "people"}
GOODS = ("flugzeug", "jet", "auto", "fahrzeug", "schiff", "zug", "telefon")
UNOWNED = ("km", "kilometer", "meter", "meile", "zoll", "tonne", "kg", "gb", "mb", "mw", "hektar", "ha", "mikrogramm", "milligramm", "gramm",
           "quadratmeter", "kubikmeter")
PREPOSITIONS = (
    "von", "vom", "in", "im", "an", "am", "auf", "zu", "zum", "zur", "für", "aus", "mit", "ohne",
    "unter", "über", "zwischen", "nach", "vor", "seit", "gegen", "bei", "durch", "während",
)
DETERMINERS = (
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "sein", "seine",
    "ihr", "ihre", "alle", "beiden", "beide", "einer", "eines", "jeder", "jede", "jedes", "diese", "dieser",
)
NOUNS_CAPITALISED = True  # every noun is written with a capital: one after a determiner or a number is no name
PLURAL_VERB_ENDINGS = ("en", "ern", "eln")  # "Erwachsene zahlen": a capital before a plural verb is a noun
LEADS = ("vorn", "vorne", "führt", "führte", "liegt", "lag")  # a margin after MARGIN_LINKS and one of these is the leader's
MARGIN_LINKS = ("um",)
MOVE_WORDS = ("plus", "minus")
SUBJECT_OPENERS = ("dass", "wenn", "weil", "als", "ob", "sagte", "sagt", "teilte", "erklärte", "kündigte")
PARTITIVES = ("von",)
PARTITIVE_PRONOUNS = ("ihnen", "denen")
ELLIPSIS_LINKS = ("und", "oder", "von", "als")
CURRENCY_FRACTIONS = {"cent": ("EUR", 0.01)}
UNIT_LINKS: tuple[str, ...] = ()
PLACE_ADJECTIVES: tuple[str, ...] = ("-basierte", "-basierten")
# Words right after a sentence's capitalised first word that make it a name, not a sentence-start capital.
# Nouns of a price two parties share: an amount of theirs has no owner ("a $40 billion contract").
DEALS = ("vertrag", "auftrag", "deal", "abkommen", "übernahme")
# Prepositions before the one made things go to, the buyer who owns them.
RECIPIENT_PREPOSITIONS = ("an",)
# Possessive pronouns: before a number ("his four grandparents", "40 percent of its exports") they
# point back to the last possessive name ("Elian's father, his four grandparents").
POSSESSIVES = ("sein", "seine", "seinen", "seiner", "ihr", "ihre", "ihren", "ihrer")
VERB_ENDINGS: tuple[str, ...] = ()  # no ending tells a verb from a noun well enough
RANGE_LINKS = ("bis", "und", "oder")  # "7,000 to 8,000 employees": the first number counts what the second does
SUBJECT_VERBS = ("hat", "hatte", "ist", "war", "wird", "sagte", "teilte", "meldete", "kündigte", "will")
# Main clauses put the finite verb second: a subject after it when something else opens the clause
# ("Derzeit hat Ryanair 91 Flugzeuge", "Im Jahr 2005 bestellte Air India 50 Maschinen").
VERB_SECOND = True
FINITE_VERBS = (
    "hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden", "wurde",
    "wurden", "soll", "sollen", "sollte", "will", "wollen", "wollte", "kann", "können", "konnte",
    "muss", "müssen", "musste", "gab", "gibt", "stieg", "stiegen", "fiel", "fielen", "sank", "sanken",
    "nahm", "bot", "gewann", "verlor", "zählt", "zählte",
)
FINITE_ENDINGS = ("te", "ten", "t")  # "bestellte", "kündigten", "beschäftigt" (nouns are capitalised)
# Relative words after a counted noun: the relative clause's subject has what is counted
# ("7,000 employees that Unisys said would be laid off").
RELATIVES = ("die", "der", "das", "den")
# Relatives on the whole clause before, after a comma: the clause they open has its subject.
CLAUSE_RELATIVES = ("was", "womit", "wodurch", "wobei")
SUBORDINATORS = ("wenn", "falls", "obwohl", "weil", "sobald", "sofern", "wie")  # a clause they open keeps its subject to itself
PRONOUNS = ("er", "sie", "es")  # subject pronouns: "the 50% stake it agreed to acquire" is the last name's
WORTH = ("wert", "im")  # between a deal and its price: "a deal worth $5 billion", "un acuerdo por valor de"
# Verbs that say a clause besides the quotes table's cues ("estimated that 100,000 women").
SAYING = ("geschätzt", "schätzt", "schätzen", "schätzten")
ROLE_OPENERS = ("als",)  # a sentence opening "As a father of eight children, Castro said": the subject's
# Verbs that supply someone with things, and the word before what is supplied (the supplied one's).
SUPPLY_VERBS = ("beliefern", "beliefert", "ausstatten", "ausgestattet", "versorgen", "versorgt", "ausrüsten")
SUPPLY_LINKS = ("mit",)
LABELS = ("klasse", "serie", "phase")  # first words of labels, no owners: "Class C warrants"
# Past-tense endings: a relative clause without a relative word ("the 28,000 systems Sun shipped").
PAST_ENDINGS: tuple[str, ...] = ()
# Plural adjectives that come before a counted noun: skipped when looking for the noun ("veinte nuevos jets").
ADJECTIVES = ("neue", "neuen", "große", "großen", "letzte", "letzten", "ersten", "andere", "anderen", "kleine",
              "kleinen", "alte", "alten")
# Common words that open a sentence before a verb or a plural and are never names ("Revenue declined 8%",
# "Foreign ministers of member-states agreed").
COMMON_WORDS = ("umsatz", "gewinn", "einnahmen", "verluste", "exporte", "importe", "aktien", "preise", "kosten",
                "aufträge", "auslieferungen", "produktion", "inflation",
                # adverbs and connectives opening a sentence before the verb: "Derzeit hat Ryanair 91 Flugzeuge"
                "derzeit", "bisher", "heute", "gestern", "inzwischen", "außerdem", "zudem", "jetzt", "nun",
                "damit", "dabei", "bereits", "zuvor", "danach", "später", "insgesamt", "allerdings", "jedoch",
                "laut", "auch", "zuletzt", "mittlerweile", "deshalb", "daher", "somit", "dennoch", "trotzdem")
# Verbs of a share price's move: bare numbers after a name and one are a price ("Kirschner Medical fell 4
# to 15"), in the currency the language's markets quote.
PRICE_MOVES: tuple[str, ...] = ()
PRICE_CURRENCY = "EUR"
# Verbs of giving: a name right after one and before the number gets it ("gave Patriot 13 percent").
GIVE_VERBS = ("gibt", "gab", "gewährt", "bietet", "bot", "verkauft", "verkaufte", "zahlt", "zahlte", "leiht", "lieh", "gewährte")
# fmt: on
DEMONSTRATIVES = ("dieser", "diese", "dieses", "diesem", "diesen")  # a capitalised noun right after one points back: no name
REFLEXIVES = ()  # no reflexive clitic between a subject and its verb here
NAME_JOINERS = ("&",)  # "Procter & Gamble": one name across the sign
DEFINITES = ("die", "diese", "alle", "beiden")  # a small count right after one refers back to things named before: nobody's
ADVERB_ENDINGS: tuple[str, ...] = ()  # an adverb between a sentence's first word and its verb
HEAD_LINKS: tuple[str, ...] = ("bei",)  # "Sales at Acme rose 5%": the name after one heads the clause's subject
SCALED_CURRENCIES: dict[str, str] = {}  # currency words that are money only after a scale word (English "pounds")
INFINITIVES: tuple[str, ...] = ()  # no marker between a name and its infinitive here ("expects Acme to report")
# What happened to the people counted, next to the number: series keep the dead apart from the
# wounded (see storyline/lang/en/figures.py). FATE_OF: the measures so refined.
FATE_OF = ("people",)
FATES = {
    "tötet": "deaths", "tötete": "deaths",
    "getötet": "deaths", "tot": "deaths", "starben": "deaths", "gestorben": "deaths",
    "verletzt": "injured", "verletzte": "injured", "verwundet": "injured", "vermisst": "missing",
    "festgenommen": "arrested", "evakuiert": "evacuated",
}
PERSON_RELATIVES: tuple[str, ...] = ()
STAKES = ("anteil", "beteiligung")  # "a 10% stake in Beta": the name after the link is what is held
STAKE_LINKS = ("an",)
PARTICLES: tuple[str, ...] = ()
TIME_OPENERS = ("letztes", "letzten", "nächstes", "nächsten", "dieses", "diesen")  # "Last year Russia carried out": a time phrase before the subject
CLAUSE_SPEECH_VERBS = ("sagte", "sagt", "sagten")  # verbs of speech that take a clause, never a figure: the said clause's figures
GROUP_ADJECTIVES = ("europäische", "europäischen", "westlichen", "arabischen", "katholischen", "evangelischen",
                    "islamischen", "christlichen", "jüdischen", "afrikanischen", "asiatischen", "slawischen")  # capitalised adjectives of a faith, region or people before a counted noun: no holder ("the two Slavic neighbors")
