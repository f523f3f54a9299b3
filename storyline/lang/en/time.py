"""English time words for ``storyline.time``: what each word means on the calendar.

Every table maps a lower-cased word or phrase (phrases are space-separated words) to its meaning;
``storyline.time.lexicon`` turns them into one lookup. The keys used by all languages are listed
in ``storyline/time/lexicon.py``; a language leaves out what it does not need.
"""

# fmt: off
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
# Month names that are also common words ("may", "march") count only when capitalised.
CASED_MONTHS = True
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
UNITS = {
    "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M",
    "year": "Y", "years": "Y", "decade": "DE", "decades": "DE", "century": "CE",
    "centuries": "CE", "quarter": "Q", "quarters": "Q", "half": "HA", "hour": "H", "hours": "H",
    "minute": "MI", "minutes": "MI", "weekend": "WE", "weekends": "WE",
    "fiscal year": "Y", "fiscal years": "Y", "fiscal quarter": "Q", "full year": "Y",
    "period": "PE",  # a reporting period: the quarter a financial report is about
}
NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a couple of": 2, "a dozen": 12,
}
SPOKEN_YEAR_STARTS = {"eighteen", "nineteen", "twenty"}  # "nineteen ninety-six"
INDEFINITE = {"a", "an", "one"}
FUZZY = {"several", "few", "a few", "many", "some", "recent", "coming"}
# "a 6-year-old": the unit before these words is an age
AGE_WORDS = {"old"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
ORDINAL_SUFFIX = r"st|nd|rd|th"
PREVIOUS = {"last", "previous", "preceding", "latest"}
PAST = {"past"}
# PREVIOUS/NEXT words that count from the last date named, not from the publication date
ANAPHORIC = {"following", "previous", "preceding"}
NEXT = {"next", "following", "upcoming"}
THIS = {"this", "current"}
# PAST and THIS words that stand alone as a reference ("in the past", "current conditions")
ALONE = {"past": "PAST_REF", "current": "PRESENT_REF"}
AGO_AFTER = {"ago", "earlier"}
AGO_BEFORE: set[str] = set()
LATER_AFTER = {"later", "afterwards"}
EDGES = {
    "early": "START", "earlier": "START", "beginning of": "START", "start of": "START",
    "mid": "MID", "middle of": "MID", "late": "END", "later": "END", "end of": "END",
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
DEICTIC = {
    "today": "0D", "yesterday": "-1D", "tomorrow": "+1D", "tonight": "TNI", "last night": "-1DTNI", "now": "PRESENT_REF",
    "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
    "right now": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "the future": "FUTURE_REF", "that day": "PREV",
    "the same day": "PREV", "that same day": "PREV",
}
# Holidays: "MM-DD", "MM-W-N" (the Nth weekday W, 0 = Monday, -1 the last), "+K" days after, EASTER
HOLIDAYS = {
    "christmas": "12-25", "christmas day": "12-25", "christmas eve": "12-24",
    "new year's day": "01-01", "new year's eve": "12-31", "independence day": "07-04",
    "thanksgiving": "11-3-4", "thanksgiving day": "11-3-4", "election day": "11-0-1+1",
    "easter": "EASTER", "easter sunday": "EASTER", "good friday": "EASTER+-2",
    "labor day": "09-0-1", "memorial day": "05-0--1", "halloween": "10-31", "veterans day": "11-11",
}
# After "the year"/"the quarter": the words that make it a span ("the year ended March 31": P1Y)
SPAN_AFTER = {"ended", "ending"}
PLURAL_UNITS = {"years", "months", "weeks", "days", "decades", "quarters"}  # "over the years": some years
CLOCK_NAMES = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ARTICLES = {"the"}
# "from 2009 to 2011": a span of years
RANGE_START = {"from", "between"}
RANGE_JOIN = {"to", "and", "through"}
CONNECTORS = {"of"}
EACH = {"each", "every"}
SETS = {
    "annually": "P1Y", "yearly": "P1Y", "every year": "P1Y", "each year": "P1Y",
    "monthly": "P1M", "every month": "P1M", "weekly": "P1W", "every week": "P1W",
    "daily": "P1D", "every day": "P1D", "each day": "P1D", "hourly": "PT1H", "each month": "P1M",
    "every quarter": "P1Q", "each quarter": "P1Q",
}
SIGNALS = {
    "since": "SINCE", "by": "BY", "until": "UNTIL", "till": "UNTIL", "before": "BEFORE",
    "after": "AFTER", "on": "ON", "in": "IN", "from": "FROM", "during": "DURING",
    "ahead of": "BEFORE", "as of": "ON", "as soon as": "EARLIEST", "as early as": "EARLIEST",
}
# Words that put a sentence in the future (a bare "Friday" then means the next one).
FUTURE_WORDS = {
    "will", "'ll", "shall", "going to", "plans to", "plan to", "planned", "expected", "scheduled",
    "would", "due", "set to", "aims", "intends", "to be held", "payable", "effective", "is to", "are to",
}
FUTURE_SUFFIX = ""
# Past-tense verbs: one after a future word ("would appeal, announced Friday") ends its reach.
# Right before a future word, these make it a plan of the past ("had been due to expire Friday")
FUTURE_IN_PAST = {"had been", "had", "previously"}
PAST_WORDS = {
    "said", "told", "was", "were", "had", "did", "met", "read", "went", "came", "took", "gave",
    "made", "announced", "reported", "ruled", "decided", "closed", "attended", "arrived",
    "signed", "agreed", "rejected", "approved", "declared", "issued", "released", "added",
}
DATE_ORDER = "MDY"
# Phrases that mark a photo caption or credit: a date there is when the photo was taken.
# Words that introduce the publication date on a crawled page ("Published: 21 Nov 2020")
PUBLISHED_WORDS = {"published", "posted", "first published", "publication date"}
CAPTION_MARKERS = ("Getty Images", "AFP", "AP Photo", "Reuters", "Photo:", "photo)", "Photograph")
# Phrases that mark an old picture: its date says nothing of the publication.
FILE_MARKERS = ("file photo", "archive", "(file)")
# fmt: on
