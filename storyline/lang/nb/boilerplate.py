"""Norwegian (Bokmål; Nynorsk and Danish fall back here) boilerplate (see xx/boilerplate.py)."""

# fmt: off
LINES = [
    r"laster (?:twitter|facebook|instagram|youtube|video)-innhold.*", r"kunne ikke laste innhold.*",
    r"hopp til (?:hovedinnhold|innhold)", r"annonse", r"del (?:artikkelen|saken)", r"siste nytt",
    r"abonner.*", r"følg oss på .*",
]
PREFIXES = [r"les også\s*:", r"les mer\s*:", r"se også\s*:", r"siste nytt\s*:"]
END_MARKERS: list[str] = []
CREDITS = [r"foto\s*:\s*.{2,80}", r"bilde\s*:\s*.{2,80}", r"illustrasjon\s*:\s*.{2,80}"]
CAPTION_MARKERS = [r"\(arkivfoto\)", r"\(til (?:venstre|høyre)\)"]
TEASERS = [r"les også\s*:", r"les mer\s*:", r"se også\s*:"]
# fmt: on
