"""English name knowledge for entity merging: titles to strip and aliases of well-known names.

``TITLES``: words that precede a name without being part of it ("Secretary-General Jens
Stoltenberg" is Jens Stoltenberg). ``ALIASES``: surface forms (folded: lower case, no diacritics,
no dots) mapped to a canonical key: ``country:<ISO alpha-3>`` joins pycountry's names in every
language. ``GENITIVE``: suffixes of an uninflected genitive (none in English, whose "'s" is a token).
"""

# fmt: off
TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sir", "lady", "lord", "president", "vice-president",
    "prime", "minister", "premier", "chancellor", "secretary", "secretary-general", "general",
    "gen", "lt", "col", "colonel", "major", "captain", "admiral", "commander", "chief", "king",
    "queen", "prince", "princess", "pope", "senator", "sen", "rep", "representative", "governor",
    "gov", "mayor", "judge", "justice", "ambassador", "envoy", "spokesman", "spokeswoman",
    "foreign", "defence", "defense", "former", "late", "sheikh", "emir", "mullah", "ayatollah",
    "the", "nato", "un", "us", "u.s.", "special", "deputy", "director", "chairman", "ceo",
})
ALIASES = {
    "us": "country:USA", "usa": "country:USA", "america": "country:USA",
    "united states of america": "country:USA", "the united states": "country:USA",
    "uk": "country:GBR", "britain": "country:GBR", "great britain": "country:GBR",
    "england": "country:GBR", "russia": "country:RUS", "iran": "country:IRN",
    "syria": "country:SYR", "south korea": "country:KOR", "north korea": "country:PRK",
    "vietnam": "country:VNM", "laos": "country:LAO", "czech republic": "country:CZE",
    "moldova": "country:MDA", "tanzania": "country:TZA", "venezuela": "country:VEN",
    "the netherlands": "country:NLD", "holland": "country:NLD", "ivory coast": "country:CIV",
    "north atlantic treaty organization": "name:nato", "north atlantic treaty organisation": "name:nato",
    "united nations": "name:un", "european union": "name:eu",
}
GENITIVE: tuple[str, ...] = ()
# fmt: on
