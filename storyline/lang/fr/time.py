"""French time words for ``storyline.time`` (keys as in ``storyline/time/lexicon.py``)."""

# fmt: off
MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "déc": 12,
}
CASED_MONTHS = False
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
            "dimanche": 6}
UNITS = {
    "jour": "D", "jours": "D", "journée": "D", "semaine": "W", "semaines": "W", "mois": "M",
    "an": "Y", "ans": "Y", "année": "Y", "années": "Y", "décennie": "DE", "décennies": "DE",
    "siècle": "CE", "trimestre": "Q", "trimestres": "Q", "semestre": "HA", "heure": "H", "heures": "H",
    "minute": "MI", "minutes": "MI", "week-end": "WE",
}
NUMBERS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
    "cinquante": 50, "cent": 100,
}
INDEFINITE = {"un", "une"}
FUZZY = {"plusieurs", "quelques"}
ORDINALS = {"premier": 1, "première": 1, "deuxième": 2, "second": 2, "troisième": 3,
            "quatrième": 4}
ORDINAL_SUFFIX = r"er|e"
PREVIOUS = {"dernier", "dernière", "précédent", "précédente", "passé", "passée"}
PAST = set()
NEXT = {"prochain", "prochaine", "suivant", "suivante"}
THIS = {"ce", "cet", "cette"}
AGO_AFTER = {"auparavant", "plus tôt"}
AGO_BEFORE = {"il y a"}
LATER_AFTER = {"plus tard", "après"}
EDGES = {"début": "START", "début de": "START", "mi": "MID", "milieu de": "MID",
         "fin": "END", "fin de": "END"}
# "été" alone is mostly the participle ("a été"): only "cet été" counts.
SEASONS = {"printemps": "SP", "cet été": "SU", "l'été": "SU", "automne": "FA", "hiver": "WI"}
DEICTIC = {
    "aujourd'hui": "0D", "aujourd’hui": "0D", "hier": "-1D", "demain": "+1D",
    "avant-hier": "-2D", "ce soir": "TNI", "maintenant": "PRESENT_REF",
    "actuellement": "PRESENT_REF", "récemment": "PAST_REF", "à l'avenir": "FUTURE_REF",
    "le même jour": "PREV",
}
PARTS_OF_DAY = {"matin": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI"}
ARTICLES = {"le", "la", "l'", "les", "l’"}
# "from 2009 to 2011": a span of years
RANGE_START = {"entre"}
RANGE_JOIN = {"et", "à"}
CONNECTORS = {"de", "du", "d'"}
SETS = {"annuel": "P1Y", "annuelle": "P1Y", "chaque année": "P1Y", "mensuel": "P1M",
        "hebdomadaire": "P1W", "quotidien": "P1D", "chaque jour": "P1D"}
SIGNALS = {"depuis": "SINCE", "jusqu'à": "UNTIL", "avant": "BEFORE", "après": "AFTER",
           "en": "IN", "le": "ON", "d'ici": "BY", "dès": "FROM", "pendant": "DURING"}
FUTURE_WORDS = {"va", "vont", "devrait", "devraient", "prévu", "prévue"}
FUTURE_SUFFIX = r"(?:era|eront|ira|iront|ra|ront)"
DATE_ORDER = "DMY"
# Words that introduce the publication date on a crawled page ("Published: 21 Nov 2020")
PUBLISHED_WORDS = {"publié le", "publié", "mis en ligne le"}
CAPTION_MARKERS = ("Photo :", "Photo:", "AFP", "Reuters", "Getty Images")
FILE_MARKERS = ("archives", "photo d'archive")
# fmt: on
