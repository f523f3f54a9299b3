"""Spanish boilerplate (see xx/boilerplate.py)."""

# fmt: off
LINES = [r"saltar al contenido(?: principal)?", r"publicidad", r"compartir (?:este )?artículo", r"suscríbete.*"]
PREFIXES = [r"lea también\s*:", r"le puede interesar\s*:", r"te puede interesar\s*:", r"más información\s*:"]
END_MARKERS = [r"con información de .{2,60}"]
CREDITS = [r"foto\s*:\s*.{2,80}", r"imagen\s*:\s*.{2,80}"]
CAPTION_MARKERS = [r"\(foto de archivo\)"]
TEASERS = [r"lea también\s*:", r"(?:le|te) puede interesar\s*:"]
# fmt: on
