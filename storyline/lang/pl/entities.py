"""Polish name knowledge for entity merging: titles and aliases (case endings are not stripped)."""

# fmt: off
TITLES = frozenset({
    "pan", "pani", "dr", "prof", "prezydent", "premier", "minister", "kanclerz", "sekretarz",
    "generalny", "generał", "król", "królowa", "papież", "burmistrz", "rzecznik", "ambasador", "były",
})
ALIASES = {
    "europa": "name:europe",  # the continent, as English names it
    "usa": "country:USA", "stany zjednoczone": "country:USA", "ameryka": "country:USA",
    "wielka brytania": "country:GBR", "rosja": "country:RUS", "iran": "country:IRN",
    "syria": "country:SYR", "korea poludniowa": "country:KOR", "onz": "name:un",
    "organizacja narodow zjednoczonych": "name:un", "nato": "name:nato", "ue": "name:eu",
    "unia europejska": "name:eu",
}
GENITIVE: tuple[str, ...] = ()
# fmt: on
