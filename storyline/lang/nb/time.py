"""Norwegian (Bokmål) time words for ``storyline.time`` (keys as in ``storyline/time/lexicon.py``)."""

# fmt: off
MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "mars": 3, "april": 4, "apr": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "desember": 12, "des": 12,
}
CASED_MONTHS = False
WEEKDAYS = {
    "mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lørdag": 5, "søndag": 6,
    "mandagen": 0, "tirsdagen": 1, "onsdagen": 2, "torsdagen": 3, "fredagen": 4, "lørdagen": 5,
    "søndagen": 6,
}
UNITS = {
    "dag": "D", "dager": "D", "dagen": "D", "døgn": "D", "uke": "W", "uker": "W", "uka": "W",
    "uken": "W", "måned": "M", "måneder": "M", "måneden": "M", "år": "Y", "året": "Y",
    "årene": "Y", "tiår": "DE", "tiåret": "DE", "århundre": "CE", "kvartal": "Q", "halvår": "HA", "halvåret": "HA",
    "kvartalet": "Q", "time": "H", "timer": "H", "minutt": "MI", "minutter": "MI",
    "helg": "WE", "helgen": "WE",
}
NUMBERS = {
    "en": 1, "ett": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7,
    "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "femten": 15, "tjue": 20,
    "tretti": 30, "førti": 40, "femti": 50, "hundre": 100, "et par": 2,
}
INDEFINITE = {"en", "ei", "et", "ett"}
FUZZY = {"flere", "noen", "mange", "få"}
ORDINALS = {"første": 1, "andre": 2, "tredje": 3, "fjerde": 4}
ORDINAL_SUFFIX = ""
# "21. november": a day number takes a dot before the month.
ORDINAL_DOT = True
PREVIOUS = {"forrige", "sist", "siste"}
PAST = {"de siste", "det siste"}
NEXT = {"neste", "kommende", "påfølgende"}
THIS = {"denne", "dette", "inneværende"}
AGO_AFTER = {"siden", "tidligere"}
AGO_BEFORE: set[str] = set()
LATER_AFTER = {"senere", "etter"}
EDGES = {
    "tidlig": "START", "begynnelsen av": "START", "starten av": "START", "midten av": "MID",
    "midt i": "MID", "sent": "END", "slutten av": "END", "utgangen av": "END",
}
SEASONS = {
    "vår": "SP", "våren": "SP", "sommer": "SU", "sommeren": "SU", "høst": "FA", "høsten": "FA",
    "vinter": "WI", "vinteren": "WI",
}
DEICTIC = {
    "i dag": "0D", "i går": "-1D", "i morgen": "+1D", "i kveld": "TNI", "i natt": "TNI",
    "nå": "PRESENT_REF", "for tiden": "PRESENT_REF", "nylig": "PAST_REF", "i det siste": "PAST_REF",
    "i fjor": "-1Y", "i år": "0Y", "i forgårs": "-2D", "i overmorgen": "+2D",
    "i framtida": "FUTURE_REF", "i fremtiden": "FUTURE_REF", "samme dag": "PREV", "dagens": "0D",
    "nyttår": "NEWYEAR",
}
PARTS_OF_DAY = {"morgen": "MO", "morges": "MO", "ettermiddag": "AF", "kveld": "EV", "natt": "NI"}
ARTICLES = {"den", "det", "de"}
# "from 2009 to 2011": a span of years
RANGE_START = {"fra", "mellom"}
RANGE_JOIN = {"til", "og"}
CONNECTORS = {"av"}
SETS = {"årlig": "P1Y", "hvert år": "P1Y", "månedlig": "P1M", "ukentlig": "P1W", "daglig": "P1D"}
SIGNALS = {
    "siden": "SINCE", "innen": "BY", "til": "UNTIL", "før": "BEFORE", "etter": "AFTER",
    "i": "IN", "på": "ON", "fra": "FROM", "under": "DURING",
}
FUTURE_WORDS = {"skal", "vil", "kommer til å", "planlegger", "ventes", "blir"}
FUTURE_SUFFIX = ""
DATE_ORDER = "DMY"
DAY_MONTH_DOTS = True  # "(13.11.)" is the 13th of November; decimals take a comma
# "kl. 14.30": a clock time written with a dot
CLOCK_WORDS = {"kl", "klokka", "klokken"}
# Words that introduce the publication date on a crawled page ("Published: 21 Nov 2020")
PUBLISHED_WORDS = {"publisert", "først publisert"}
CAPTION_MARKERS = ("Foto:", "FOTO:", "Foto /", "NTB", "Scanpix", "AFP", "Reuters")
FILE_MARKERS = ("arkivfoto", "arkivbilde", "Arkiv")
# fmt: on
