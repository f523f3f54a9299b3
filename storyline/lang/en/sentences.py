"""English sentence-joining rules: abbreviations the segmenter splits after but a time goes on.

``JOIN`` pairs a pattern at the end of one segment (searched) with one matched at the start of the next; when
both match, the two are one sentence ("at 9 a.m. Tuesday", "5 p.m. EST Nov. 9").
"""

# fmt: off
_WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_ZONES = r"(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST)\b"
JOIN = [
    (r"\b[ap]\.m\.$", rf"(?:{_WEEKDAYS}|{_MONTHS}|{_ZONES}|local time|today|tomorrow|yesterday)"),
]
# fmt: on
