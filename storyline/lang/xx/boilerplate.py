"""Boilerplate patterns that hold in every language (``xx``: spaCy's code for multilingual).

Each list holds regular expressions matched case-insensitively against one stripped line.
``LINES`` match a whole line; ``PREFIXES`` its start; ``END_MARKERS`` mark the end of the article
(everything after is boilerplate); ``CREDITS`` a photo credit at the end of a caption line;
``CAPTION_MARKERS`` anywhere in a caption line; ``TEASERS`` a related-article link line.
"""

# fmt: off
LINES = [
    r"[•·\-*\s]*\d{1,2}x\d{1,2}\s+image",          # image-size tags: "• 16x9 Image"
    r"[•·\-*|\s]*",                                  # lone bullets or separators
    r"(?:image|photo|video|graphic|icon)s?",
    r"(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|print|share)(?:\s*[|/·•]\s*\w+)*",
    r"©.*", r"\(c\)\s*\d{4}.*",
]
PREFIXES: list[str] = []
END_MARKERS: list[str] = []
CREDITS = [
    # "Name/AFP via Getty Images", "Name/AP Photo", "Name / Reuters"
    r"(?:[\w.'\-]+(?:\s+[\w.'\-]+){0,4})\s*/\s*(?:AFP|AP|Reuters|EPA|Getty Images|NTB|Scanpix|dpa|ANP|ANSA|EFE|TT)(?:\s+(?:via\s+Getty\s+Images|Photo|Images|Scanpix|Pool))?\.?",
]
CAPTION_MARKERS: list[str] = []
TEASERS: list[str] = []
# fmt: on
