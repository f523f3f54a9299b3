"""Spanish name knowledge for entity merging: titles and aliases (no inflected genitive)."""

# fmt: off
HONORIFICS = frozenset({"sr", "sra", "srta", "señor", "señora"})  # only a person's name follows these
TITLES = frozenset({
    "ceo",  # the English title in any language's news ("el CEO de Apple", "CEO di Apple")
    "sr", "sra", "señor", "señora", "don", "doña", "dr", "presidente", "presidenta", "ministro",
    "ministra", "canciller", "secretario", "secretaria", "general", "rey", "reina", "papa",
    "alcalde", "alcaldesa", "portavoz", "embajador", "expresidente", "el", "la",
})
ALIASES = {
    "europa": "name:europe",  # the continent, as English names it
    "ee uu": "country:USA", "eeuu": "country:USA", "usa": "country:USA",
    "reino unido": "country:GBR", "gran bretaña": "country:GBR", "rusia": "country:RUS",
    "iran": "country:IRN", "siria": "country:SYR", "corea del sur": "country:KOR",
    "onu": "name:un", "naciones unidas": "name:un", "otan": "name:nato", "ue": "name:eu",
    "union europea": "name:eu",
}
GENITIVE: tuple[str, ...] = ()
# fmt: on
