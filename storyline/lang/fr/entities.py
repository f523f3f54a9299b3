"""French name knowledge for entity merging: titles and aliases (no inflected genitive)."""

# fmt: off
HONORIFICS = frozenset({"m", "mme", "mlle", "monsieur", "madame"})  # only a person's name follows these
TITLES = frozenset({
    "ceo",  # the English title in any language's news ("el CEO de Apple", "CEO di Apple")
    "m", "mme", "mlle", "monsieur", "madame", "dr", "président", "présidente", "ministre",
    "premier", "chancelier", "chancelière", "secrétaire", "général", "générale", "roi", "reine",
    "pape", "maire", "porte-parole", "ambassadeur", "ancien", "ancienne", "le", "la",
})
ALIASES = {
    "usa": "country:USA", "amerique": "country:USA", "royaume-uni": "country:GBR",
    "grande-bretagne": "country:GBR", "russie": "country:RUS", "iran": "country:IRN",
    "syrie": "country:SYR", "coree du sud": "country:KOR", "onu": "name:un",
    "nations unies": "name:un", "otan": "name:nato", "ue": "name:eu", "union europeenne": "name:eu",
}
GENITIVE: tuple[str, ...] = ()
# fmt: on
