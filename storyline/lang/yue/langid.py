"""Characters of written Cantonese, which the detectors fold into Chinese.

py3langid's own ``yue`` class fires on plain Mandarin news, and lingua has no Cantonese, so
Cantonese stands in as Chinese and is recognised by its grammatical characters
(嘅 possessive, 咗 perfective, 喺 "at", 佢 "he/she", 冇 "not have", 啲, 嘢 ...).
"""

NEIGHBOURS = ("zh", "wuu")
PROXY = "zh"

MARKERS = frozenset("嘅 咗 喺 佢 冇 啲 嘢 唔 睇 嗰 咁 乜 嚟 哋 噉 咩 㗎 嘞 囉 啱 搵 攞 畀".split())
