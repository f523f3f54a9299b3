"""Words of Portuguese against Galician: nasal spellings and em/uma/com."""

NEIGHBOURS = ("gl",)
PROXY = None

# fmt: off
MARKERS = frozenset("""
não uma umas com pelo pela pelos pelas desde quando muito também já junto às até depois
ontem hoje sua governo geral eleito eleições pessoas em são estão após
""".split())
# fmt: on
