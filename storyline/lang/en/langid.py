"""Words of English against Scots: the English forms of the words Scots spells its own way.

Each Scots marker (frae, tae, wis, hae, aboot, o...) has its English counterpart here, so a
stray Scots-looking word in a long English article is outweighed by the English forms around it.
"""

NEIGHBOURS = ("sco",)
PROXY = None

# fmt: off
MARKERS = frozenset("""
from to was have about out country cannot doesn't don't isn't wasn't wouldn't one of
everybody going more much child children town head who what where how other another first
given being now after over under before
""".split())
# fmt: on
