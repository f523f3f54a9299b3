"""Words of Minangkabau, which neither detector knows: it stands in as Indonesian.

Minangkabau shares most vocabulary with Indonesian; its function words (jo, nan, pado, dek,
indak) and the -o for Indonesian final -a (pado, tigo, katiko) give it away.
"""

NEIGHBOURS = ("id", "ms")
PROXY = "id"

# fmt: off
MARKERS = frozenset("""
pado jo nan dek indak alah urang sabagai manjadi katiko ciek duo tigo ampek baliau
kini lah bana dima sajak patamo sasudah salamo mambuek mangatokan
""".split())
# fmt: on
