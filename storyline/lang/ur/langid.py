"""Words of Urdu against Western Punjabi (Shahmukhi): its postpositions and copula."""

NEIGHBOURS = ("pnb",)
PROXY = None

MARKERS = frozenset("میں کے کی کا اور سے ہے ہیں کو ایک لیے".split())
