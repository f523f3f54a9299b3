"""Characters of written standard (Mandarin) Chinese against Cantonese and Wu.

Markers here are matched as substrings (Chinese is written without spaces): the
Mandarin grammatical words that Cantonese and Wu writing replace (的/嘅, 了/咗, 在/喺).
"""

NEIGHBOURS = ("yue", "wuu")
PROXY = None

MARKERS = frozenset("的 了 在 他 她 这 這 们 們 没有 沒有 不".split())
