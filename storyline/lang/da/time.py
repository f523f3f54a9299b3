"""Danish time words for ``storyline.time`` (keys as in ``storyline/time/lexicon.py``).

Danish used to fall back to the Norwegian table (``storyline.lang.FALLBACK``), whose months
miss the Danish "marts", "maj" and "december".
"""

# fmt: off
MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "marts": 3, "april": 4, "apr": 4, "maj": 5,
    "juni": 6, "juli": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
CASED_MONTHS = False
WEEKDAYS = {
    "mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lørdag": 5, "søndag": 6,
    "mandagen": 0, "tirsdagen": 1, "onsdagen": 2, "torsdagen": 3, "fredagen": 4, "lørdagen": 5,
    "søndagen": 6,
}
UNITS = {
    "dag": "D", "dage": "D", "dagen": "D", "døgn": "D", "uge": "W", "uger": "W", "ugen": "W",
    "måned": "M", "måneder": "M", "måneden": "M", "år": "Y", "året": "Y", "årene": "Y",
    "årti": "DE", "årtiet": "DE", "århundrede": "CE", "kvartal": "Q", "kvartalet": "Q",
    "halvår": "HA", "halvåret": "HA", "time": "H", "timer": "H", "minut": "MI", "minutter": "MI",
    "weekend": "WE", "weekenden": "WE",
}
NUMBERS = {
    "en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8,
    "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "femten": 15, "tyve": 20, "tredive": 30,
    "fyrre": 40, "halvtreds": 50, "hundrede": 100, "et par": 2,
}
INDEFINITE = {"en", "et"}
FUZZY = {"flere", "nogle", "mange", "få"}
ORDINALS = {"første": 1, "anden": 2, "andet": 2, "tredje": 3, "fjerde": 4}
ORDINAL_SUFFIX = ""
# "21. november": a day number takes a dot before the month.
ORDINAL_DOT = True
PREVIOUS = {"forrige", "sidste"}
PAST = {"de seneste", "det seneste", "de sidste"}
NEXT = {"næste", "kommende"}
THIS = {"denne", "dette", "indeværende"}
AGO_AFTER = {"siden", "tidligere"}
AGO_BEFORE: set[str] = set()
LATER_AFTER = {"senere", "efter"}
EDGES = {
    "tidligt": "START", "begyndelsen af": "START", "starten af": "START", "midten af": "MID",
    "midt i": "MID", "sent": "END", "slutningen af": "END", "udgangen af": "END",
}
SEASONS = {
    "forår": "SP", "foråret": "SP", "sommer": "SU", "sommeren": "SU", "efterår": "FA",
    "efteråret": "FA", "vinter": "WI", "vinteren": "WI",
}
DEICTIC = {
    "i dag": "0D", "i går": "-1D", "i morgen": "+1D", "i aften": "TNI", "i nat": "TNI",
    "nu": "PRESENT_REF", "for tiden": "PRESENT_REF", "for nylig": "PAST_REF", "i år": "0Y",
    "i forgårs": "-2D", "i overmorgen": "+2D", "i fremtiden": "FUTURE_REF", "samme dag": "PREV",
    "nytår": "NEWYEAR",
}
PARTS_OF_DAY = {"morgen": "MO", "eftermiddag": "AF", "aften": "EV", "nat": "NI"}
ARTICLES = {"den", "det", "de"}
# "fra 2009 til 2011": a span of years
RANGE_START = {"fra", "mellem"}
RANGE_JOIN = {"til", "og"}
CONNECTORS = {"af"}
SETS = {"årligt": "P1Y", "hvert år": "P1Y", "månedligt": "P1M", "ugentligt": "P1W", "dagligt": "P1D"}
SIGNALS = {
    "siden": "SINCE", "inden": "BY", "senest": "BY", "til": "UNTIL", "før": "BEFORE",
    "efter": "AFTER", "i": "IN", "på": "ON", "fra": "FROM", "under": "DURING",
}
FUTURE_WORDS = {"skal", "vil", "kommer til at", "planlægger", "ventes", "bliver"}
FUTURE_SUFFIX = ""
DATE_ORDER = "DMY"
DAY_MONTH_DOTS = True  # "(13.11.)" is the 13th of November; decimals take a comma
CLOCK_WORDS = {"kl", "klokken"}
# Words that introduce the publication date on a crawled page ("Publiceret 21. november 2020")
PUBLISHED_WORDS = {"publiceret", "offentliggjort"}
CAPTION_MARKERS = ("Foto:", "FOTO:", "Ritzau", "Scanpix", "AFP", "Reuters")
FILE_MARKERS = ("arkivfoto", "Arkiv")
# fmt: on
