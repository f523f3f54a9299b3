"""French tables of the figures layer (same names as ``storyline/lang/en/figures.py``)."""

# fmt: off
DECIMAL = ","

NUMBER_WORDS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000, "une douzaine": 12,
    "une centaine": 100, "un millier": 1000,
}
SCALES = {
    "douzaine": 12, "douzaines": 12, "cent": 100, "cents": 100, "mille": 1e3, "million": 1e6,
    "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
}
WEAK_NUMBERS = ("un", "une")
NEGATIONS = ("aucun", "aucune")

QUALIFIERS = {
    "environ": "about", "quelque": "about", "quelques": "about", "près de": "nearly",
    "presque": "nearly", "quasiment": "nearly", "plus de": "more than", "au moins": "at least",
    "jusqu'à": "up to", "moins de": "less than", "seulement": "exactly",
}

MEASURES = {
    "soldats": "troops", "militaires": "troops", "troupes": "troops", "personnels": "troops",
    "hommes": "troops", "armée": "troops", "personnes": "people", "autres": "people",
    "civils": "people", "habitants": "people", "morts": "deaths", "décès": "deaths",
    "tués": "deaths", "victimes": "deaths", "blessés": "injured", "réfugiés": "réfugié",
    "migrants": "migrant", "pays": "countries", "nations": "countries", "entreprises": "companies",
    "sociétés": "companies", "emplois": "jobs", "voix": "votes", "attaques": "attacks",
    "attentats": "attacks", "langues": "languages", "cas": "cases",
    "employés": "employé", "salariés": "salarié", "travailleurs": "travailleur",
    "passagers": "passager", "avions": "avion", "commandes": "commande", "postes": "jobs",
    "sièges": "siège", "actions": "action", "tonnes": "tonne", "kilomètres": "kilomètre",
}
# Counted nouns recorded as written, by the shared (English) measure key series group them under.
SERIES_MEASURES = {
    "réfugié": "refugee", "migrant": "migrant",
    "km": "kilometre",
    "employé": "employee", "salarié": "employee", "travailleur": "worker", "passager": "passenger",
    "avion": "aircraft", "appareil": "aircraft", "commande": "order", "siège": "seat",
    "action": "share", "tonne": "tonne", "kilomètre": "kilometre", "client": "customer",
}
INDEX_WORDS = ("indice",)  # a stock index's name ends in one: a bare number it moves by counts points
INDEX_LINKS = ("à", "de")
# people counted after them are the employer's
STAFF_VERBS = ("licencier", "licencie", "licencié", "supprimer", "supprime", "embaucher", "embauche", "emploie")
PERCENT = ("pour cent", "pourcent", "points de pourcentage")
CURRENCIES = {
    "$": "USD", "dollars": "USD", "€": "EUR", "euros": "EUR", "£": "GBP", "livres": "GBP",
    "dollar": "USD", "euro": "EUR", "yuans": "CNY", "francs": "CHF",
}
NOT_COUNTED = (
    "ans", "an", "années", "année", "mois", "semaines", "semaine", "jours", "jour", "heures",
    "heure", "minutes", "secondes", "décennies", "siècles", "fois", "h",
)
PLURAL_SUFFIXES = ("s", "x")
IRREGULAR_PLURALS: dict[str, str] = {}
SINGULAR_RULES = (("aux", "al"), ("s", ""), ("x", ""))

MONTHS = {
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
AGE_CUES = ("âge", "âgé", "âgée")
ID_CUES = ("n°", "no", "numéro", "article", "chapitre", "page", "vol")
# A price for each share of an offer or bid is the target's, the one after the link: "a $10-a-share tender
# offer for the shares outstanding of Dataproducts Corp.".
OFFERS = ("offre", "offres")
OFFER_LINKS = ("pour", "sur")
# Made things of an order are the buyer's, the one after the link: "an order from Qatar Airways for up to 60 of
# its new A350 jets".
ORDERS = ("commande", "commandes")
ORDER_LINKS = ("de", "d'")
# Wholes a share makes up a population of, nobody's: "90 percent of the population in Kosovo".
POPULATIONS = ("population", "populations", "habitants", "électorat")
GROUP_LABELS = ()
TIME_CUES = ("à",)

FUNCTION_WORDS = (
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "mais", "à", "au",
    "aux", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "près", "après", "avant",
    "depuis", "pendant", "que", "qui", "dont", "où", "ce", "cette", "ces", "il", "elle", "ils",
    "elles", "nous", "vous", "on", "est", "sont", "était", "étaient", "a", "ont", "avait",
    "avaient", "sera", "seront", "ne", "pas", "plus", "moins", "selon", "entre", "contre",
    "trouvent", "fait", "font", "dont", "tous", "toutes", "encore", "aussi", "y",
)
TITLES = (  # before a person's name: neither a name nor a place
    "m", "mme", "mlle", "dr", "président", "ministre", "général",
)
PLACE_PREPOSITIONS = ("à", "en", "au", "aux", "dans", "près")
OWNER_PREPOSITIONS = ("de", "du", "des")
BACK_LINKS = ("à", "de")
# A rate word after a number with nothing counted after it makes a price or rate of it, never the
# count of a noun before it (RATE_WORDS).
# Lower-case elided words glued before the next ("d'", "l'"): left out of the token's lower-case form.
ELISIONS = ("d", "l", "qu", "jusqu", "lorsqu", "puisqu", "n", "s", "c", "j")  # "d'au moins 46"
RATE_WORDS = ("par", "chacun", "chacune")
RATE_DENOMINATORS = ("chaque",)  # "uno por cada mil habitantes", "per 100,000 people": a rate's base, no count
COUNT_NOUNS = ("nombre", "total")  # "desciende a 290 el número de cascos azules": what the number after its verb counts
COORDINATORS = ("et", "mais", "ou")
CLAUSE_WORDS = ("tandis", "alors", "qui", "mais", "dont")

PLAN_CUES = (
    "prévoit", "prévu", "prévue", "va", "vont", "devrait", "devraient", "objectif", "projet",
    "réduire",
)
PAST_CUES = ("il y a", "était", "étaient", "avait", "avaient", "auparavant")

RELATIVE_TIMES = {
    "il y a un an": ("month", -12), "l'an dernier": ("year", -1), "l'année dernière": ("year", -1),
    "l'an prochain": ("year", 1), "l'année prochaine": ("year", 1), "cette année": ("year", 0),
    "aujourd'hui": ("month", 0), "actuellement": ("month", 0),
}
TIME_MODIFIERS = {"début": "early", "fin": "late", "mi": "mid"}
SINCE_WORDS = ("depuis", "dès")  # "since 2003": where a span starts, not when a figure holds
DEADLINE_WORDS = ("d'ici", "avant")

# Company forms left out of a name as series group it ("Meridian National Corp.").
CORPORATE_SUFFIXES = ("s.a.", "sa", "sas")
ALIASES = {
    "états-unis": "United States", "américain": "United States", "américains": "United States",
    "américaine": "United States", "otan": "NATO", "l'otan": "NATO", "france": "France",
    "français": "France", "française": "France", "allemand": "Germany", "britannique": "United Kingdom",
    "russe": "Russia", "onu": "United Nations", "l'onu": "United Nations", "ue": "European Union",
    "afghan": "Afghanistan", "afghane": "Afghanistan", "afghans": "Afghanistan", "norvégien": "Norway",
}
ORGANISATIONS = ("NATO", "United Nations", "European Union")
UNITS = {"go": "gb", "gb": "gb", "mo": "mb", "km": "km", "kg": "kg", "mw": "mw"}
UNSAID_MEASURES = {"équipage": "people", "père": "enfant", "mère": "enfant", "famille": "people"}
GOODS = ("avion", "appareil", "jet", "voiture", "véhicule", "navire", "train", "téléphone")
UNOWNED = ("km", "kilomètre", "mètre", "mille", "pouce", "tonne", "kg", "gb", "mb", "mw")
PREPOSITIONS = (
    "de", "du", "des", "en", "à", "au", "aux", "par", "pour", "avec", "sans", "sur", "sous",
    "entre", "parmi", "après", "avant", "depuis", "contre", "pendant", "selon", "vers", "chez",
)
DETERMINERS = (
    "le", "la", "les", "l'", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "ce", "cette",
    "ces", "tous", "toutes",
)
NOUNS_CAPITALISED = False  # only names (and sentence starts) take a capital
LEADS = ("devance", "devançait", "avance", "derrière")  # a margin after MARGIN_LINKS and one of these is the leader's
MARGIN_LINKS = ("de",)
MOVE_WORDS = ("hausse", "baisse")
SUBJECT_OPENERS = (
    "que", "qu'", "quand", "si", "parce", "a dit", "dit", "affirme", "a annoncé", "annonce",
    "estime",
)
PARTITIVES = ("de", "des", "d'")
PARTITIVE_PRONOUNS = ("eux", "elles")
ELLIPSIS_LINKS = ("et", "ou", "de", "que", "contre")
CURRENCY_FRACTIONS = {"centimes": ("EUR", 0.01)}
UNIT_LINKS = ("de", "d'")
PLACE_ADJECTIVES: tuple[str, ...] = ()
# Words right after a sentence's capitalised first word that make it a name, not a sentence-start capital.
# Nouns of a price two parties share: an amount of theirs has no owner ("a $40 billion contract").
DEALS = ("contrat", "contrats", "accord", "accords", "fusion")
# Prepositions before the one made things go to, the buyer who owns them.
RECIPIENT_PREPOSITIONS = ("à",)
# Possessive pronouns: before a number ("his four grandparents", "40 percent of its exports") they
# point back to the last possessive name ("Elian's father, his four grandparents").
POSSESSIVES = ("son", "sa", "ses", "leur", "leurs")
VERB_ENDINGS: tuple[str, ...] = ()  # no ending tells a verb from a noun well enough
RANGE_LINKS = ("à", "et", "ou")  # "7,000 to 8,000 employees": the first number counts what the second does
SUBJECT_VERBS = ("a", "avait", "est", "était", "sera", "va", "compte", "annonce", "affirme")
# Relative words after a counted noun: the relative clause's subject has what is counted
# ("7,000 employees that Unisys said would be laid off").
RELATIVES = ("que", "qu'")
PRONOUNS = ("il", "elle", "ils", "elles")  # subject pronouns: "the 50% stake it agreed to acquire" is the last name's
WORTH = ("valeur", "évalué", "estimé", "montant")  # between a deal and its price: "a deal worth $5 billion", "un acuerdo por valor de"
# Verbs that say a clause besides the quotes table's cues ("estimated that 100,000 women").
SAYING = ("estimé", "estime", "estiment", "estimaient")
ROLE_OPENERS = ("comme",)  # a sentence opening "As a father of eight children, Castro said": the subject's
# Verbs that supply someone with things, and the word before what is supplied (the supplied one's).
SUPPLY_VERBS = ("fournir", "fournit", "fournira", "équiper", "équipe", "doter", "dote", "approvisionner")
SUPPLY_LINKS = ("de", "en")
LABELS = ("classe", "série", "phase")  # first words of labels, no owners: "Class C warrants"
# Past-tense endings: a relative clause without a relative word ("the 28,000 systems Sun shipped").
PAST_ENDINGS: tuple[str, ...] = ()
# Plural adjectives that come before a counted noun: skipped when looking for the noun ("veinte nuevos jets").
ADJECTIVES = ("nouveaux", "nouvelles", "grands", "grandes", "derniers", "dernières", "premiers", "premières",
              "autres", "petits", "petites", "vieux", "vieilles", "principaux", "principales")
# Common words that open a sentence before a verb or a plural and are never names ("Revenue declined 8%",
# "Foreign ministers of member-states agreed").
COMMON_WORDS = ("ventes", "bénéfices", "recettes", "pertes", "exportations", "importations", "actions", "prix",
                "coûts", "commandes", "livraisons", "production", "inflation")
# Verbs of a share price's move: bare numbers after a name and one are a price ("Kirschner Medical fell 4
# to 15"), in the currency the language's markets quote.
PRICE_MOVES: tuple[str, ...] = ()
PRICE_CURRENCY = "EUR"
# Verbs of giving: a name right after one and before the number gets it ("gave Patriot 13 percent").
GIVE_VERBS = ("donne", "donné", "accorde", "accordé", "offre", "offert", "vend", "vendu", "paie", "payé", "prête", "prêté")
# fmt: on
DEMONSTRATIVES = ("ce", "cet", "cette", "ces")  # a capitalised noun right after one points back: no name
REFLEXIVES = ("se",)  # a sentence's first word before one and a verb is its subject
NAME_JOINERS = ("&",)  # "Procter & Gamble": one name across the sign
DEFINITES = ("les", "ces", "tous", "toutes")  # a small count right after one refers back to things named before: nobody's
ADVERB_ENDINGS: tuple[str, ...] = ("ment",)  # an adverb between a sentence's first word and its verb
HEAD_LINKS: tuple[str, ...] = ("chez",)  # "Sales at Acme rose 5%": the name after one heads the clause's subject
SCALED_CURRENCIES: dict[str, str] = {}  # currency words that are money only after a scale word (English "pounds")
INFINITIVES: tuple[str, ...] = ()  # no marker between a name and its infinitive here ("expects Acme to report")
# What happened to the people counted, next to the number: series keep the dead apart from the
# wounded (see storyline/lang/en/figures.py). FATE_OF: the measures so refined.
FATE_OF = ("people",)
FATES = {
    "tuant": "deaths", "tuent": "deaths",
    "mort": "deaths", "décès": "deaths", "meurent": "deaths", "périssent": "deaths", "blessent": "injured",
    "blessure": "injured", "blessures": "injured",
    "tue": "deaths", "tué": "deaths", "blesse": "injured", "blessant": "injured",
    "tués": "deaths", "tuées": "deaths", "morts": "deaths", "mortes": "deaths", "décédé": "deaths",
    "décédées": "deaths", "blessés": "injured", "blessées": "injured", "disparus": "missing",
    "arrêtés": "arrested", "évacuées": "evacuated", "évacués": "evacuated",
}
SUBORDINATORS = ("si", "quand", "lorsque", "parce", "bien")  # a clause they open keeps its subject to itself
PERSON_RELATIVES: tuple[str, ...] = ()
STAKES = ("participation",)  # "a 10% stake in Beta": the name after the link is what is held
STAKE_LINKS = ("dans",)
PARTICLES: tuple[str, ...] = ()
TIME_OPENERS = ("l'an", "cette", "ce")  # "Last year Russia carried out": a time phrase before the subject
CLAUSE_SPEECH_VERBS = ("dit", "disent")  # verbs of speech that take a clause, never a figure: the said clause's figures
GROUP_ADJECTIVES: tuple[str, ...] = ()  # such adjectives take no capital here: never read as names
