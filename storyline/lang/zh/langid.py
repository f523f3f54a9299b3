"""Characters of written standard (Mandarin) Chinese against Cantonese and Wu.

Markers here are matched as substrings (Chinese is written without spaces): the Mandarin
grammatical words that Cantonese writing replaces (的/嘅, 了/咗, 这/呢, 们/哋, 没有/冇). Formal
words that written Cantonese shares (在, 不, 他) are left out.
"""

NEIGHBOURS = ("yue", "wuu")
PROXY = None

MARKERS = frozenset("的 了 这 這 们 們 没有 沒有 什么 為什麼 为什么".split())
