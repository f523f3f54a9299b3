"""Malay tables of the figures layer: Indonesian's (``storyline/lang/id/figures.py``), which already
hold the Malay spellings where the two differ ("sekurang-kurangnya", "terkorban", "peratus",
"bilion", months "Mac", "Julai", "Ogos", "Disember"): ITN's 60 Malay blurbs ("Sekurang-kurangnya 57
orang meninggal dunia dalam rempuhan kereta api di Larissa") read as the Indonesian ones do.
"""

# fmt: off
from ..id.figures import *  # noqa: F403 - Malay and Indonesian share these tables

PRICE_CURRENCY = "MYR"
RATE_DENOMINATORS = ("setiap", "per")
SUBORDINATORS = ("jika", "apabila", "kerana", "walaupun")
COUNT_NOUNS = ("jumlah",)
STAKES = ()  # "a 10% stake in Beta": the name after the link is what is held
STAKE_LINKS = ()
CLAUSE_SPEECH_VERBS = ("kata", "berkata")  # verbs of speech that take a clause, never a figure: the said clause's figures
GROUP_ADJECTIVES: tuple[str, ...] = ()  # such adjectives take no capital here: never read as names
