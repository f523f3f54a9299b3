"""Swedish time words for ``storyline.time`` (keys as in ``storyline/time/lexicon.py``).

Swedish used to fall back to the Norwegian table (``storyline.lang.FALLBACK``), whose months
("januar", "desember") miss the Swedish ones ("januari", "december"): "(7 januari 2023)" was read
as the year 2023 alone.
"""

# fmt: off
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "april": 4, "apr": 4, "maj": 5,
    "juni": 6, "juli": 7, "augusti": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
CASED_MONTHS = False
WEEKDAYS = {
    "måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6,
    "måndagen": 0, "tisdagen": 1, "onsdagen": 2, "torsdagen": 3, "fredagen": 4, "lördagen": 5,
    "söndagen": 6,
}
UNITS = {
    "dag": "D", "dagar": "D", "dagen": "D", "dygn": "D", "vecka": "W", "veckor": "W", "veckan": "W",
    "månad": "M", "månader": "M", "månaden": "M", "år": "Y", "året": "Y", "åren": "Y",
    "decennium": "DE", "decenniet": "DE", "århundrade": "CE", "kvartal": "Q", "kvartalet": "Q",
    "halvår": "HA", "halvåret": "HA", "timme": "H", "timmar": "H", "minut": "MI", "minuter": "MI",
    "helg": "WE", "helgen": "WE",
}
NUMBERS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
    "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "femton": 15, "tjugo": 20, "trettio": 30,
    "fyrtio": 40, "femtio": 50, "hundra": 100, "ett par": 2,
}
INDEFINITE = {"en", "ett"}
FUZZY = {"flera", "några", "många", "få"}
ORDINALS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4}
ORDINAL_SUFFIX = ""
ORDINAL_DOT = False  # "7 januari": no dot after the day
PREVIOUS = {"förra", "senaste", "sist"}
PAST = {"de senaste", "det senaste"}
NEXT = {"nästa", "kommande"}
THIS = {"denna", "detta", "innevarande"}
AGO_AFTER = {"sedan", "tidigare"}  # "för två år sedan"
AGO_BEFORE: set[str] = set()
LATER_AFTER = {"senare", "efter"}
EDGES = {
    "tidigt": "START", "början av": "START", "mitten av": "MID", "sent": "END", "slutet av": "END",
    "utgången av": "END",
}
SEASONS = {
    "vår": "SP", "våren": "SP", "sommar": "SU", "sommaren": "SU", "höst": "FA", "hösten": "FA",
    "vinter": "WI", "vintern": "WI",
}
DEICTIC = {
    "i dag": "0D", "idag": "0D", "i går": "-1D", "igår": "-1D", "i morgon": "+1D", "imorgon": "+1D",
    "i kväll": "TNI", "ikväll": "TNI", "i natt": "TNI", "inatt": "TNI", "nu": "PRESENT_REF",
    "för närvarande": "PRESENT_REF", "nyligen": "PAST_REF", "i fjol": "-1Y", "i år": "0Y",
    "i förrgår": "-2D", "i övermorgon": "+2D", "i framtiden": "FUTURE_REF", "samma dag": "PREV",
    "nyår": "NEWYEAR",
}
PARTS_OF_DAY = {"morgon": "MO", "morse": "MO", "eftermiddag": "AF", "kväll": "EV", "natt": "NI"}
ARTICLES = {"den", "det", "de"}
# "från 2009 till 2011": a span of years
RANGE_START = {"från", "mellan"}
RANGE_JOIN = {"till", "och"}
CONNECTORS = {"av"}
SETS = {"årligen": "P1Y", "varje år": "P1Y", "månatligen": "P1M", "varje vecka": "P1W", "dagligen": "P1D"}
SIGNALS = {
    "sedan": "SINCE", "senast": "BY", "till": "UNTIL", "före": "BEFORE", "innan": "BEFORE",
    "efter": "AFTER", "i": "IN", "på": "ON", "från": "FROM", "under": "DURING",
}
FUTURE_WORDS = {"ska", "skall", "kommer att", "planerar", "väntas", "blir"}
FUTURE_SUFFIX = ""
DATE_ORDER = "DMY"
DAY_MONTH_DOTS = False  # Swedish writes "13/11", not "(13.11.)"
CLOCK_WORDS = {"kl", "klockan"}
# Words that introduce the publication date on a crawled page ("Publicerad 21 november 2020")
PUBLISHED_WORDS = {"publicerad", "publicerat"}
CAPTION_MARKERS = ("Foto:", "FOTO:", "Bild:", "TT", "AFP", "Reuters")
FILE_MARKERS = ("arkivbild", "Arkiv")
# fmt: on
