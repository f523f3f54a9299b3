"""Norwegian (Nynorsk) time words: Bokmål's tables plus the Nynorsk forms."""

from storyline.lang.nb.time import *  # noqa: F403 (the Bokmål tables are the base)
from storyline.lang.nb import time as _nb

# fmt: off
WEEKDAYS = {**_nb.WEEKDAYS, "måndag": 0, "tysdag": 1, "laurdag": 5, "sundag": 6}
UNITS = {**_nb.UNITS, "veke": "W", "veker": "W", "veka": "W", "månad": "M", "månader": "M"}
NUMBERS = {**_nb.NUMBERS, "eitt": 1, "eit": 1, "sju": 7, "tjueein": 21}
INDEFINITE = {*_nb.INDEFINITE, "ein", "eit"}
DEICTIC = {**_nb.DEICTIC, "i framtida": "FUTURE_REF", "no": "PRESENT_REF", "nyleg": "PAST_REF"}
NEXT = {*_nb.NEXT, "neste", "komande"}
THIS = {*_nb.THIS, "denne", "dette"}
FUTURE_WORDS = {*_nb.FUTURE_WORDS, "skal", "vil", "kjem til å"}
# fmt: on
