"""Italian name knowledge for entity merging: titles and aliases (no inflected genitive)."""

# fmt: off
HONORIFICS = frozenset({"sig", "sig.ra", "signor", "signora"})  # only a person's name follows these
TITLES = frozenset({
    "ceo",  # the English title in any language's news ("el CEO de Apple", "CEO di Apple")
    "sig", "signor", "signora", "dott", "presidente", "ministro", "premier", "cancelliere",
    "segretario", "generale", "re", "regina", "papa", "sindaco", "portavoce", "ambasciatore",
    "ex", "il", "la",
})
ALIASES = {
    "europa": "name:europe",  # the continent, as English names it
    "usa": "country:USA", "america": "country:USA", "regno unito": "country:GBR",
    "gran bretagna": "country:GBR", "russia": "country:RUS", "iran": "country:IRN",
    "siria": "country:SYR", "corea del sud": "country:KOR", "onu": "name:un",
    "nazioni unite": "name:un", "ue": "name:eu", "unione europea": "name:eu",
}
GENITIVE: tuple[str, ...] = ()
# fmt: on
