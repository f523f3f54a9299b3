"""Words of Norwegian Nynorsk against Bokmål, Danish and Swedish.

Nynorsk's function words (ikkje, eg, ho, dei, frå, berre, kva) and verb forms (vart,
seier, fekk) occur in almost every sentence and in no standard neighbour.
"""

NEIGHBOURS = ("nb", "da", "sv")
PROXY = None

# fmt: off
MARKERS = frozenset("""
ikkje eg kva kven korleis kvifor kvar av etter gjennom mellom mykje nokon noko vart blei
seier fekk enn hennar vore vere no ho dei regjeringa kvinne opp òg berre kjem drepen
døydde difor desse tysdag laurdag sundag måndag januar februar mai desember oktober å
ein eit frå heile sjølv fleire mange nye norsk norske noreg
""".split())
# fmt: on
