"""English boilerplate: navigation, teasers, outlet trailers, captions (see xx/boilerplate.py)."""

# fmt: off
LINES = [
    r"accessibility links", r"breaking news", r"skip to (?:main )?content", r"advertisement",
    r"(?:share|print|email) (?:this )?(?:article|story|page)", r"listen to (?:this )?article",
    r"sign up (?:for|to) .*newsletter.*", r"subscribe(?: now)?(?: to .*)?", r"follow us on .*",
    r"for more reporting from .* see below\.?", r"click here .*", r"related (?:stories|articles|coverage)",
    r"most (?:read|popular|viewed)", r"all rights reserved\.?", r"copyright .*",
    r"this (?:article|story) (?:was|has been) (?:updated|corrected).*",
]
PREFIXES = [r"read (?:more|also|next)\s*:", r"see also\s*:", r"related\s*:", r"watch\s*:", r"more\s*:"]
END_MARKERS = [r"with reporting by .{2,60}", r"(?:additional )?reporting by .{2,60}", r"editing by .{2,60}"]
CREDITS = [r"(?:photo|image|picture)(?: credit)?\s*:\s*.{2,80}", r"(?:photo|image) by .{2,60}"]
CAPTION_MARKERS = [r"\(file photo\)", r"\(file\)", r"\(photo\)", r"\(pictured\)"]
TEASERS = [r"read (?:more|also|next)\s*:", r"see also\s*:", r"related\s*:"]
# Outlet self-descriptions printed under every article.
TRAILERS = [r".*journalists report the news in \d+ languages.*", r".*we provide what many people cannot get locally.*"]
# fmt: on
