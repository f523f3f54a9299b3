"""Dutch tables of the figures layer (same names as ``storyline/lang/en/figures.py``).

Dutch writes a decimal comma and groups thousands with a full stop ("US $5,62 miljard", "15.000
mensen"); prices end in ",-" ("USD 199,-"). Compounds are one word ("tankvliegtuigen"), so measure
nouns also match as the end of a longer word (``COMPOUND_MEASURES``). Counted nouns outside the
shared measures are recorded as written, in the singular ("passagier", "bestelling");
``SERIES_MEASURES`` maps them to the shared keys for series.
"""

# fmt: off
DECIMAL = ","

NUMBER_WORDS = {
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90, "honderd": 100, "duizend": 1000, "tweehonderd": 200,
    "driehonderd": 300, "tweeduizend": 2000, "drieduizend": 3000, "een dozijn": 12,
}
NUMBER_GLUE = ("", "en", "ën")  # number words written as one: "tweehonderdvijftig", "vierentwintig"
SCALES = {
    "dozijn": 12, "honderd": 100, "duizend": 1e3, "miljoen": 1e6, "miljoenen": 1e6, "mln": 1e6,
    "mln.": 1e6, "miljard": 1e9, "miljarden": 1e9, "mld": 1e9, "mld.": 1e9, "mrd": 1e9,
    "biljoen": 1e12,
}
NUMBER_JOINERS: tuple[str, ...] = ()
WEAK_NUMBERS = ("een", "elf", "acht")  # an article, a fairy, "in acht nemen": far more often not counts
NEGATIONS = ("geen",)

QUALIFIERS = {
    "ongeveer": "about", "circa": "about", "ca.": "about", "rond": "about", "rondom": "about",
    "zo'n": "about", "zo ' n": "about", "zowat": "about", "naar schatting": "about",
    "bijna": "nearly", "vrijwel": "nearly", "nagenoeg": "nearly", "meer dan": "more than",
    "ruim": "more than", "ruim over": "more than", "boven de": "more than", "minstens": "at least",
    "ten minste": "at least", "tenminste": "at least", "minimaal": "at least", "tot": "up to",
    "tot wel": "up to", "wel": "up to", "maximaal": "up to", "hooguit": "up to",
    "minder dan": "less than", "nog geen": "less than", "slechts": "exactly", "maar": "exactly",
    "precies": "exactly", "exact": "exactly",
}

MEASURES = {
    "soldaten": "troops", "militairen": "troops", "troepen": "troops", "manschappen": "troops",
    "strijdkrachten": "troops", "mensen": "people", "personen": "people", "anderen": "people",
    "burgers": "people", "inwoners": "people", "doden": "deaths", "slachtoffers": "deaths",
    "gewonden": "injured", "vluchtelingen": "vluchteling", "migranten": "migrant",
    "landen": "countries", "naties": "countries", "lidstaten": "countries", "staten": "staat",
    "bedrijven": "companies", "ondernemingen": "companies", "maatschappijen": "companies",
    "banen": "jobs", "arbeidsplaatsen": "jobs", "stemmen": "votes", "aanvallen": "attacks",
    "aanslagen": "attacks", "talen": "languages", "gevallen": "cases",
    "werknemers": "werknemer", "medewerkers": "medewerker", "arbeiders": "arbeider",
    "personeelsleden": "werknemer", "passagiers": "passagier", "vliegtuigen": "vliegtuig",
    "toestellen": "toestel", "machines": "machine", "exemplaren": "exemplaar", "jets": "jet",
    "bestellingen": "bestelling", "orders": "order", "zitplaatsen": "zitplaats",
    "stoelen": "stoel", "aandelen": "aandeel", "ton": "ton", "kilometer": "kilometer", "kilo": "kilo", "liter": "liter",
    "mijl": "mijl", "nummers": "nummer", "liedjes": "nummer", "klanten": "klant",
    "fabrieken": "fabriek", "leveranciers": "leverancier", "functies": "functie",
    "apparaten": "apparaat", "ontwikkelaars": "ontwikkelaar", "gasten": "gast",
    "inch": "inch", "pond": "pond", "voet": "voet", "arbeidsposities": "arbeidspositie",
}
COMPOUND_MEASURES = True  # "tankvliegtuigen", "passagiersvliegtuigen"
# The counted nouns above recorded as written, by the shared measure key series group them under.
SERIES_MEASURES = {
    "vluchteling": "refugee", "migrant": "migrant",
    "km": "kilometre",
    "werknemer": "employee", "medewerker": "employee", "arbeider": "worker",
    "passagier": "passenger", "vliegtuig": "aircraft", "toestel": "aircraft",
    "machine": "aircraft", "exemplaar": "copy", "jet": "aircraft", "bestelling": "order",
    "order": "order", "zitplaats": "seat", "stoel": "seat", "aandeel": "share", "ton": "tonne",
    "kilometer": "kilometre", "mijl": "mile", "nummer": "song", "klant": "customer",
    "fabriek": "plant", "leverancier": "supplier", "functie": "feature", "apparaat": "device",
    "ontwikkelaar": "developer", "gast": "guest", "tankvliegtuig": "tanker", "staat": "state",
    "pond": "pound", "vierkante meter": "square metre", "kleur": "color", "model": "model",
    "versie": "version", "verdieping": "deck", "incident": "incident", "merk": "brand",
    "bezoeker": "visitor", "deelnemer": "attendee", "locatie": "site", "voet": "feet",
    "arbeidspositie": "jobs", "klas": "class", "route": "route", "app": "app",
}
PERCENT = ("procent", "percent", "procentpunt", "procentpunten")
CURRENCIES = {
    "$": "USD", "us$": "USD", "#": "GBP", "dollar": "USD", "dollars": "USD", "usd": "USD", "€": "EUR",
    "euro": "EUR", "euro's": "EUR", "eur": "EUR", "£": "GBP", "pond sterling": "GBP",
    "britse pond": "GBP", "yen": "JPY", "yuan": "CNY", "roebel": "RUB", "gulden": "NLG",
    "fl": "NLG", "fl.": "NLG", "ƒ": "NLG", "zwitserse frank": "CHF", "canadese dollar": "CAD",
    "australische dollar": "AUD",
    # the currencies before the euro (De Morgen's news of 2000, Belgian): "2,5 miljard frank"
    "frank": "BEF", "belgische frank": "BEF", "fr.": "BEF", "bef": "BEF", "franse frank": "FRF", "mark": "DEM",
    "duitse mark": "DEM", "peseta": "ESP", "lire": "ITL",
}
NOT_COUNTED = (
    "jaar", "jaren", "maanden", "maand", "weken", "week", "dagen", "dag", "uur", "uren",
    "minuten", "minuut", "seconden", "decennia", "eeuwen", "eeuw", "keer", "maal", "jarige",
    "wedstrijden", "doelpunten", "nemen", "genomen", "neemt", "nam",  # "in acht nemen"
)
PLURAL_SUFFIXES = ("en", "s", "'s", "’s")  # "auto's", "foto's"
IRREGULAR_PLURALS = {"kinderen": "kind", "mensen": "mens", "steden": "stad", "schepen": "schip"}
SINGULAR_RULES = (  # a doubled consonant before "-en" was single ("toestellen" -> "toestel"); "-leden" are members ("familieleden" -> "familielid")
    ("leden", "lid"), ("ingen", "ing"), ("llen", "l"), ("nnen", "n"), ("kken", "k"), ("tten", "t"), ("ppen", "p"),
    ("mmen", "m"), ("ssen", "s"), ("ffen", "f"), ("ers", "er"), ("'s", ""), ("en", ""), ("s", ""),
)

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
AGE_CUES = ("leeftijd",)
ID_CUES = ("nr", "nr.", "nummer", "artikel", "hoofdstuk", "pagina", "vlucht", "versie", "lijn", "route")
# A price for each share of an offer is the target's, the one after the link; made things of an order
# are the buyer's, the one after its link; a share of a population is nobody's.
OFFERS = ("bod", "overnamebod", "biedingen")
OFFER_LINKS = ("op",)
ORDERS = ("order", "orders", "bestelling", "bestellingen")
ORDER_LINKS = ("van",)
POPULATIONS = ("bevolking", "inwoners", "kiezers", "electoraat")
GROUP_LABELS = ("top",)
TIME_CUES = ("om",)

FUNCTION_WORDS = (
    "de", "het", "een", "en", "of", "maar", "van", "in", "op", "aan", "met", "voor", "door", "bij",
    "uit", "tot", "naar", "om", "over", "onder", "tegen", "tussen", "zonder", "na", "sinds",
    "die", "dat", "dit", "deze", "wie", "wat", "waar", "is", "zijn", "was", "waren", "heeft",
    "hebben", "had", "hadden", "wordt", "worden", "werd", "werden", "zal", "zullen", "kan",
    "kunnen", "niet", "geen", "meer", "minder", "zich", "hij", "zij", "ze", "ook", "haar", "hun",
    "er", "al", "nog", "te", "als", "dan", "toen", "omdat", "terwijl", "volgens", "per", "elk",
    "elke", "alle", "veel", "nu", "zo", "wel", "echter", "boven", "beneden", "achter", "naast", "alleen",
    "iets", "allemaal", "steeds",
)
TITLES = (  # before a person's name: neither a name nor a place
    "dhr", "mevr", "dr", "prof", "mr", "ir", "drs", "ing", "president", "minister", "premier",
    "generaal", "senator", "topman", "directeur", "ceo",
)
PLACE_PREPOSITIONS = ("in",)
OWNER_PREPOSITIONS = ("van",)
BACK_LINKS = ("tot", "van", "op")  # "verhogen tot 70 miljoen", "een leger van 300.000"
# A rate word after a number with nothing counted after it makes a price or rate of it, never the
# count of a noun before it (RATE_WORDS).
RATE_WORDS = ("per", "elk", "stuk")
RATE_DENOMINATORS = ("per", "elke")  # "uno por cada mil habitantes", "per 100,000 people": a rate's base, no count
COUNT_NOUNS = ("aantal",)  # "desciende a 290 el número de cascos azules": what the number after its verb counts
COORDINATORS = ("en", "maar", "of")
CLAUSE_WORDS = ("terwijl", "die", "dat", "maar", "wat", "waarbij", "waarmee")

PLAN_CUES = (
    "plan", "plannen", "zal", "zullen", "wil", "willen", "verwacht", "verwachting", "doel",
    "moet", "moeten", "verminderen", "verhogen", "terugbrengen", "gepland", "voornemens",
)
PAST_CUES = ("geleden", "was", "waren", "had", "hadden", "eerder", "vroeger", "voorheen")

RELATIVE_TIMES = {
    "een jaar geleden": ("month", -12), "vorig jaar": ("year", -1), "afgelopen jaar": ("year", -1),
    "volgend jaar": ("year", 1), "komend jaar": ("year", 1), "dit jaar": ("year", 0),
    "vorige maand": ("month", -1), "volgende maand": ("month", 1), "deze maand": ("month", 0),
    "vandaag": ("month", 0), "gisteren": ("month", 0), "momenteel": ("month", 0), "nu": ("month", 0),
}
TIME_MODIFIERS = {"begin": "early", "eind": "late", "einde": "late", "eind van": "late", "medio": "mid", "half": "mid"}
SINCE_WORDS = ("sinds", "vanaf")  # "since 2003": where a span starts, not when a figure holds
DEADLINE_WORDS = ("tegen", "uiterlijk", "voor")

# Company forms left out of a name as series group it ("Meridian National Corp.").
CORPORATE_SUFFIXES = ("n.v.", "nv", "b.v.", "bv")
ALIASES = {
    "verenigde staten": "United States", "vs": "United States", "v.s.": "United States",
    "v. s.": "United States", "amerika": "United States", "amerikaanse": "United States",
    "amerikaans": "United States", "amerikanen": "United States", "navo": "NATO", "nato": "NATO",
    "rusland": "Russia", "russische": "Russia", "russisch": "Russia", "frankrijk": "France",
    "franse": "France", "frans": "France", "duitsland": "Germany", "duitse": "Germany",
    "duits": "Germany", "verenigd koninkrijk": "United Kingdom", "groot-brittannië": "United Kingdom",
    "britse": "United Kingdom", "brits": "United Kingdom", "spanje": "Spain", "spaanse": "Spain",
    "italië": "Italy", "italiaanse": "Italy", "china": "China", "chinese": "China",
    "japan": "Japan", "japanse": "Japan", "ierland": "Ireland", "ierse": "Ireland",
    "indonesië": "Indonesia", "indonesische": "Indonesia", "nederland": "Netherlands",
    "nederlandse": "Netherlands", "belgië": "Belgium", "belgische": "Belgium",
    "noorwegen": "Norway", "noorse": "Norway", "afghaanse": "Afghanistan", "india": "India",
    "indiase": "India", "vn": "United Nations", "verenigde naties": "United Nations",
    "eu": "European Union", "europese unie": "European Union",
}
ORGANISATIONS = ("NATO", "United Nations", "European Union")
UNITS = {
    "gb": "gb", "mb": "mb", "tb": "tb", "km": "km", "kg": "kg", "mw": "mw", "cm": "cm",
    "m2": "vierkante meter", "vierkante meter": "vierkante meter", "hectare": "hectare", "ha": "ha",
    "microgram": "microgram", "milligram": "milligram", "gram": "gram", "decibel": "decibel", "db": "db",
    "meter": "meter", "kilometer": "kilometer", "centimeter": "centimeter",
}
# A number's counted noun said only before it: "een bemanning van zes".
UNSAID_MEASURES = {"bemanning": "people", "vader": "kind", "moeder": "kind", "gezin": "people", "personeel": "werknemer"}
GOODS = ("vliegtuig", "toestel", "machine", "exemplaar", "jet", "tankvliegtuig", "auto", "voertuig", "schip", "trein", "telefoon", "computer")
UNOWNED = ("km", "kilometer", "meter", "mijl", "inch", "ton", "pond", "kg", "gb", "mb", "tb", "mw", "cm", "vierkante meter", "hectare", "ha", "microgram",
           "milligram", "gram")
PREPOSITIONS = (
    "van", "in", "op", "aan", "met", "voor", "door", "bij", "uit", "tot", "naar", "om", "over",
    "onder", "tegen", "tussen", "zonder", "na", "sinds", "vanaf", "volgens", "tijdens", "per",
    "via", "binnen", "buiten", "rond", "langs", "boven", "beneden", "achter", "naast",
)
DETERMINERS = ("de", "het", "een", "zijn", "haar", "hun", "dit", "dat", "deze", "die", "alle", "elke")
NOUNS_CAPITALISED = False  # only names (and sentence starts) take a capital
LEADS = ("voorsprong", "voor", "achter")  # a margin after MARGIN_LINKS and one of these is the leader's
MARGIN_LINKS = ("met",)
MOVE_WORDS = ("plus", "min")
SUBJECT_OPENERS = ("dat", "als", "wanneer", "omdat", "terwijl", "zei", "zegt", "meldde", "maakte", "verklaarde")
PARTITIVES = ("van",)
PARTITIVE_PRONOUNS = ("hen", "hun")
ELLIPSIS_LINKS = ("en", "of", "dan", "resterende", "overige")
CURRENCY_FRACTIONS = {"cent": ("EUR", 0.01), "dollarcent": ("USD", 0.01)}
UNIT_LINKS: tuple[str, ...] = ()  # "5 miljard dollar": the currency follows at once
PLACE_ADJECTIVES: tuple[str, ...] = ()
# Relative words after a counted noun: the relative clause's subject has what is counted.
RELATIVES = ("die", "dat")
# Relatives on the whole clause before, after a comma: the clause they open has its subject
# ("Op zaterdag kondigde Boeing 35 nieuwe bestellingen aan ..., waarmee er in totaal 677 toestellen zijn besteld").
CLAUSE_RELATIVES = ("wat", "waarmee", "waardoor", "waarbij")
SUBORDINATORS = ("als", "indien", "wanneer", "hoewel", "omdat", "zodra", "tenzij", "zoals")  # a clause they open keeps its subject to itself
PRONOUNS = ("hij", "zij", "ze", "het")
DEALS = ("contract", "contracten", "overeenkomst", "deal", "fusie", "order")
WORTH = ("waarde", "ter waarde van", "waard")  # "een contract ter waarde van"
RECIPIENT_PREPOSITIONS = ("aan",)
POSSESSIVES = ("zijn", "haar", "hun")
VERB_ENDINGS: tuple[str, ...] = ()
RANGE_LINKS = ("tot", "en", "of", "à")  # "van 210 tot 330 passagiers": the first number counts what the second does
SUBJECT_VERBS = (
    "heeft", "had", "is", "was", "zal", "zei", "zegt", "kondigde", "kondigt", "maakte", "meldde",
    "verkocht", "verkoopt", "koopt", "kocht", "bestelt", "bestelde", "onthult", "onthulde",
    "ontslaat", "investeert", "verliest", "verloor", "wint", "won", "ook",
)
# Main clauses put the finite verb second: a subject after it when something else opens the clause
# ("Op dit moment heeft Ryanair 91 vliegtuigen", "Op zaterdag kondigde Boeing 35 nieuwe bestellingen aan").
VERB_SECOND = True
FINITE_VERBS = (
    "heeft", "hebben", "had", "hadden", "is", "zijn", "was", "waren", "wordt", "worden", "werd",
    "werden", "zal", "zullen", "zou", "zouden", "kan", "kunnen", "kon", "konden", "moet", "moeten",
    "moest", "wil", "willen", "wilde", "gaat", "gaan", "ging", "gingen", "staat", "stond", "komt",
    "kwam", "krijgt", "kreeg", "steeg", "stegen", "daalde", "daalden", "versloeg", "versloegen",
    "nam", "namen", "gaf", "gaven", "bood", "biedt", "won", "verloor", "telt", "telde",
)
FINITE_ENDINGS = ("de", "te", "den", "ten", "t")  # "kondigde", "daalden", "bestelt"
STAFF_VERBS = ("ontslaan", "ontslaat", "ontslagen", "schrappen", "schrapt", "aannemen", "neemt", "dienst")
INDEX_WORDS = ("index", "aex")
INDEX_LINKS = ("tot", "op")
# Verbs of saying the quotes table leaves out: "Boeing heeft vandaag aangekondigd dat ...".
SAYING = ("aangekondigd", "bekendgemaakt", "gemeld", "verklaard", "bevestigd", "gezegd")
ROLE_OPENERS = ("als",)
SUPPLY_VERBS = ("leveren", "levert", "leverde", "voorzien", "uitrusten")
SUPPLY_LINKS = ("met", "van")
LABELS = ("klasse", "serie", "fase")
PAST_ENDINGS: tuple[str, ...] = ()
# Plural adjectives that come before a counted noun: skipped when looking for it ("35 nieuwe bestellingen").
ADJECTIVES = ("nieuwe", "grote", "grotere", "laatste", "eerste", "andere", "kleine", "kleinere", "oude",
              "belangrijkste", "verschillende", "extra", "middelgrote", "deelnemende")
COMMON_WORDS = ("verkoop", "winst", "omzet", "verliezen", "export", "import", "aandelen", "prijzen",
                "kosten", "bestellingen", "leveringen", "productie", "inflatie",
                # adverbs and connectives opening a sentence before a name: "Inmiddels heeft Boeing"
                "inmiddels", "momenteel", "bovendien", "vandaag", "gisteren", "intussen", "echter", "nu",
                "volgens", "ook", "daarnaast", "eerder", "tot", "verder", "ondertussen", "toen",
                "hiermee", "daarmee", "daarom", "daardoor", "hierdoor", "dus", "toch", "vervolgens", "sindsdien")
PRICE_MOVES: tuple[str, ...] = ()
PRICE_CURRENCY = "EUR"
GIVE_VERBS = ("geven", "geeft", "gaf", "biedt", "bood", "verkoopt", "verkocht", "betaalt", "betaalde", "leent", "leende", "verstrekt", "verstrekte")
# fmt: on
DEMONSTRATIVES = ("deze", "dit")  # a capitalised noun right after one points back: no name
REFLEXIVES = ()  # no reflexive clitic between a subject and its verb here
NAME_JOINERS = ("&",)  # "Procter & Gamble": one name across the sign
DEFINITES = ("de", "deze", "alle", "beide")  # a small count right after one refers back to things named before: nobody's
ADVERB_ENDINGS: tuple[str, ...] = ()  # an adverb between a sentence's first word and its verb
HEAD_LINKS: tuple[str, ...] = ("bij",)  # "Sales at Acme rose 5%": the name after one heads the clause's subject
SCALED_CURRENCIES: dict[str, str] = {}  # currency words that are money only after a scale word (English "pounds")
INFINITIVES: tuple[str, ...] = ()  # no marker between a name and its infinitive here ("expects Acme to report")
# What happened to the people counted, next to the number: series keep the dead apart from the
# wounded (see storyline/lang/en/figures.py). FATE_OF: the measures so refined.
FATE_OF = ("people",)
FATES = {
    "omkwamen": "deaths", "stierven": "deaths",
    "doodt": "deaths", "doodde": "deaths", "verwondt": "injured",
    "gedood": "deaths", "omgekomen": "deaths", "doden": "deaths", "dood": "deaths",
    "overleden": "deaths", "gewond": "injured", "gewonden": "injured", "vermist": "missing",
    "gearresteerd": "arrested", "opgepakt": "arrested", "geëvacueerd": "evacuated",
}
PERSON_RELATIVES: tuple[str, ...] = ()
STAKES = ("belang", "aandeel", "participatie")  # "a 10% stake in Beta": the name after the link is what is held
STAKE_LINKS = ("in",)
PARTICLES = ("uit", "af", "aan", "op", "in", "toe", "vrij", "mee", "voor", "over", "door", "bij", "weg", "terug", "vast", "na")  # "uitgetrokken": a participle
TIME_OPENERS = ("vorig", "vorige", "volgend", "volgende", "dit", "deze")  # "Last year Russia carried out": a time phrase before the subject
CLAUSE_SPEECH_VERBS = ("zei", "zegt", "zeggen")  # verbs of speech that take a clause, never a figure: the said clause's figures
GROUP_ADJECTIVES = ("europese", "westerse", "arabische", "katholieke", "protestantse", "islamitische", "christelijke",
                    "joodse", "afrikaanse", "aziatische", "scandinavische", "baltische", "slavische")  # capitalised adjectives of a faith, region or people before a counted noun: no holder ("the two Slavic neighbors")
