"""Words of Norwegian Bokmål against Nynorsk, Danish and Swedish.

Bokmål shares much of its spelling with Danish (ikke, jeg, hun) and its sound-based
spellings with Nynorsk (etter, gjennom, mellom, regjering); the list holds both kinds, so
that only the balance against each neighbour's list matters.
"""

NEIGHBOURS = ("nn", "da", "sv")
PROXY = None

# fmt: off
MARKERS = frozenset("""
ikke jeg hva hvem hvor hvis av etter gjennom mellom mye noen noe ble sier fikk enn hennes
vært være nå hun regjering regjeringen kvinne kvinner opp også bare kommer drept
derfor disse tirsdag lørdag søndag mandag januar februar mai desember oktober å
en et ei dem deres seg meg deg fra hjem flere mange nye norsk norske norge
""".split())
# fmt: on
