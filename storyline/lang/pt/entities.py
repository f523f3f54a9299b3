"""Portuguese name knowledge for entity merging: titles and aliases (no inflected genitive)."""

# fmt: off
HONORIFICS = frozenset({"sr", "sra", "senhor", "senhora"})  # only a person's name follows these
TITLES = frozenset({
    "ceo",  # the English title in any language's news ("el CEO de Apple", "CEO di Apple")
    "sr", "sra", "senhor", "senhora", "dr", "presidente", "ministro", "ministra", "chanceler",
    "secretário", "secretária", "general", "rei", "rainha", "papa", "prefeito", "porta-voz",
    "embaixador", "ex", "o", "a",
})
ALIASES = {
    "europa": "name:europe",  # the continent, as English names it
    "eua": "country:USA", "usa": "country:USA", "reino unido": "country:GBR",
    "gra-bretanha": "country:GBR", "russia": "country:RUS", "irao": "country:IRN", "ira": "country:IRN",
    "siria": "country:SYR", "coreia do sul": "country:KOR", "onu": "name:un",
    "nacoes unidas": "name:un", "otan": "name:nato", "ue": "name:eu", "uniao europeia": "name:eu",
}
GENITIVE: tuple[str, ...] = ()
# fmt: on
