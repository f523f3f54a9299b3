"""Words of Galician against Portuguese; lingua has no Galician.

Galician spelling (non, unha, xa, moi, tamén, dende) differs from Portuguese in the most
frequent words; lingua's Portuguese score stands in for Galician's.
"""

NEIGHBOURS = ("pt",)
PROXY = "pt"

# fmt: off
MARKERS = frozenset("""
non unha unhas coa co polo pola polos polas dende cando moi tamén xa xunto xunta ás ata
despois onte hoxe súa goberno xeral elixido eleccións persoas galego galicia
""".split())
# fmt: on
