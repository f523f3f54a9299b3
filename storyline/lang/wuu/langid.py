"""Characters of written Wu (Shanghainese), which the detectors fold into Chinese.

py3langid's ``wuu`` class fires on plain Mandarin news, so Wu stands in as Chinese and is
recognised by words of its own (侬 "you", 覅 "don't", 搿 "this", 辰光 "time", 死脱 "died").
Substrings of common transliterations (伊拉克 Iraq, 阿拉伯 Arab) are deliberately left out.
"""

NEIGHBOURS = ("zh", "yue")
PROXY = "zh"

MARKERS = frozenset("侬 覅 搿 呒 辰光 交关 物事 哪能 辣海 死脱 勿 晓得".split())
