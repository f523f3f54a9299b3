"""German time words for ``storyline.time`` (keys as in ``storyline/time/lexicon.py``)."""

# fmt: off
MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "april": 4, "apr": 4,
    "mai": 5, "juni": 6, "juli": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}
CASED_MONTHS = False
WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}
UNITS = {
    "tag": "D", "tage": "D", "tagen": "D", "tages": "D", "woche": "W", "wochen": "W",
    "monat": "M", "monate": "M", "monaten": "M", "monats": "M", "jahr": "Y", "jahre": "Y",
    "jahren": "Y", "jahres": "Y", "jahrzehnt": "DE", "jahrzehnte": "DE", "jahrzehnten": "DE",
    "jahrhundert": "CE", "quartal": "Q", "quartals": "Q", "halbjahr": "HA", "halbjahres": "HA", "stunde": "H", "stunden": "H",
    "minute": "MI", "minuten": "MI", "wochenende": "WE",
}
NUMBERS = {
    "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "fünfzig": 50,
    "hundert": 100,
}
INDEFINITE = {"ein", "eine", "einem", "einen", "einer"}
FUZZY = {"mehrere", "einige", "wenigen", "wenige", "vielen", "viele"}
ORDINALS = {"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
            "vierten": 4, "vierte": 4}
ORDINAL_SUFFIX = ""
ORDINAL_DOT = True
PREVIOUS = {"letzte", "letzten", "letztes", "letzter", "vergangene", "vergangenen",
            "vergangenes", "vorige", "vorigen", "voriges", "vorjahr"}
PAST = set()
NEXT = {"nächste", "nächsten", "nächstes", "kommende", "kommenden", "kommendes"}
THIS = {"diese", "diesen", "dieses", "diesem", "dieser"}
AGO_AFTER = {"zuvor", "früher"}
AGO_BEFORE = {"vor"}
LATER_AFTER = {"später", "danach"}
EDGES = {
    "anfang": "START", "beginn": "START", "anfang des": "START", "mitte": "MID",
    "ende": "END", "ende des": "END", "ausgang": "END",
}
SEASONS = {"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"}
DEICTIC = {
    "heute": "0D", "gestern": "-1D", "morgen": "+1D", "vorgestern": "-2D", "übermorgen": "+2D",
    "heute abend": "TNI", "jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF",
    "zurzeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF", "kürzlich": "PAST_REF",
    "neulich": "PAST_REF", "jüngst": "PAST_REF", "künftig": "FUTURE_REF",
    "in zukunft": "FUTURE_REF", "am selben tag": "PREV", "vorjahr": "-1Y",
}
PARTS_OF_DAY = {"morgen": "MO", "vormittag": "MO", "nachmittag": "AF", "abend": "EV",
                "nacht": "NI"}
ARTICLES = {"der", "die", "das", "den", "dem", "des"}
# "from 2009 to 2011": a span of years
RANGE_START = {"von", "zwischen"}
RANGE_JOIN = {"bis", "und"}
CONNECTORS = {"des", "der"}
SETS = {"jährlich": "P1Y", "jedes jahr": "P1Y", "monatlich": "P1M", "wöchentlich": "P1W",
        "täglich": "P1D"}
SIGNALS = {"seit": "SINCE", "bis": "UNTIL", "vor": "BEFORE", "nach": "AFTER", "am": "ON",
           "im": "IN", "ab": "FROM", "während": "DURING"}
FUTURE_WORDS = {"wird", "werden", "soll", "sollen", "will", "plant", "geplant"}
FUTURE_SUFFIX = ""
DATE_ORDER = "DMY"
DAY_MONTH_DOTS = True  # "(13.11.)" is the 13th of November; decimals take a comma
# Words that introduce the publication date on a crawled page ("Published: 21 Nov 2020")
PUBLISHED_WORDS = {"veröffentlicht", "veröffentlicht am", "erschienen am"}
CAPTION_MARKERS = ("Foto:", "Bild:", "dpa", "AFP", "Reuters", "Getty Images")
FILE_MARKERS = ("Archivbild", "Archivfoto", "Archiv")
# fmt: on
