"""Words of Western Punjabi in Shahmukhi script, which lingua does not know.

Punjabi written in Perso-Arabic script looks like Urdu to a character model; its
postpositions (وچ "in", دے/دی "of", نال "with", توں "from") and copula (اے, نیں) do not
occur in Urdu.
"""

NEIGHBOURS = ("ur",)
PROXY = "ur"

MARKERS = frozenset("وچ چ دے دی دا تے نال توں تو نیں اے اک لئی دتا کیتا ہویا گئے".split())
