"""French boilerplate (see xx/boilerplate.py)."""

# fmt: off
LINES = [r"aller au contenu(?: principal)?", r"publicité", r"partager (?:cet|l')article", r"abonnez-vous.*"]
PREFIXES = [r"lire aussi\s*:", r"à lire aussi\s*:", r"voir aussi\s*:"]
END_MARKERS = [r"avec (?:afp|ap|reuters)\.?"]
CREDITS = [r"photo\s*:\s*.{2,80}", r"crédit(?: photo)?\s*:\s*.{2,80}"]
CAPTION_MARKERS = [r"\(photo d'archives\)"]
TEASERS = [r"(?:à )?lire aussi\s*:", r"voir aussi\s*:"]
# fmt: on
