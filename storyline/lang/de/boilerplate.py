"""German boilerplate (see xx/boilerplate.py)."""

# fmt: off
LINES = [r"zum inhalt springen", r"anzeige", r"werbung", r"artikel teilen", r"newsletter abonnieren.*",
         r"inhalt konnte nicht geladen werden.*"]
PREFIXES = [r"lesen sie auch\s*:", r"mehr zum thema\s*:", r"auch interessant\s*:"]
END_MARKERS = [r"mit material von .{2,60}"]
CREDITS = [r"foto\s*:\s*.{2,80}", r"bild\s*:\s*.{2,80}"]
CAPTION_MARKERS = [r"\(archivbild\)", r"\(archivfoto\)"]
TEASERS = [r"lesen sie auch\s*:", r"mehr zum thema\s*:"]
# fmt: on
