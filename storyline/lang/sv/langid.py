"""Words of Swedish against Norwegian and Danish.

Swedish function words (och, inte, att, är, för, från) and its -i months are absent from
the Norwegian and Danish standards.
"""

NEIGHBOURS = ("nb", "nn", "da")
PROXY = None

# fmt: off
MARKERS = frozenset("""
inte jag vad vem av efter genom mellan mycket någon något blev säger sade fick än hennes
varit vara nu hon regering regeringen kvinna kvinnor upp också bara kommer dödades dog
därför dessa tisdag lördag söndag måndag januari februari maj augusti december oktober
och att är för från till när vid över eller ett har sverige svenska
""".split())
# fmt: on
