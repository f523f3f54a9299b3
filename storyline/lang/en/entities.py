"""English name knowledge for entity merging: titles to strip and aliases of well-known names.

``TITLES``: words that precede a name without being part of it ("Secretary-General Jens
Stoltenberg" is Jens Stoltenberg); ``HONORIFICS``: those of them that open only a person's name
(a mention the tagger typed otherwise, "Mr. Trump" LOC, is a person). ``ALIASES``: surface forms (folded: lower case, no diacritics,
no dots) mapped to a canonical key: ``country:<ISO alpha-3>`` joins pycountry's names in every
language. ``GENITIVE``: suffixes of an uninflected genitive (none in English, whose "'s" is a token).
"""

# fmt: off
HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "sir", "dame"})  # only a person's name follows these
TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sir", "lady", "lord", "president", "vice-president",
    "prime", "minister", "premier", "chancellor", "secretary", "secretary-general", "general",
    "gen", "lt", "col", "colonel", "major", "captain", "admiral", "commander", "chief", "king",
    "queen", "prince", "princess", "pope", "senator", "sen", "rep", "representative", "governor",
    "gov", "mayor", "judge", "justice", "ambassador", "envoy", "spokesman", "spokeswoman",
    "foreign", "defence", "defense", "former", "late", "sheikh", "emir", "mullah", "ayatollah",
    "the", "nato", "un", "us", "u.s.", "special", "deputy", "director", "chairman", "ceo", "candidate",
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
    # U.S. states as the AP abbreviates them after a town ("Worcester, Mass.", "Richmond, Va."),
    # but not those that are also words or other names on their own ("Miss.", "Ind.", "La.", "Mo.";
    # "Wash." would join Washington, D.C.)
    "ala": "name:alabama", "ariz": "name:arizona", "ark": "name:arkansas", "calif": "name:california",
    "colo": "name:colorado", "conn": "name:connecticut", "fla": "name:florida", "ga": "name:georgia",
    "ill": "name:illinois", "kan": "name:kansas", "ky": "name:kentucky", "mass": "name:massachusetts",
    "mich": "name:michigan", "minn": "name:minnesota", "mont": "name:montana", "neb": "name:nebraska",
    "nev": "name:nevada", "nh": "name:new hampshire", "nj": "name:new jersey", "nm": "name:new mexico",
    "ny": "name:new york", "nc": "name:north carolina", "nd": "name:north dakota", "okla": "name:oklahoma",
    "ore": "name:oregon", "pa": "name:pennsylvania", "ri": "name:rhode island", "sc": "name:south carolina",
    "sd": "name:south dakota", "tenn": "name:tennessee", "vt": "name:vermont", "va": "name:virginia",
    "w va": "name:west virginia", "wis": "name:wisconsin", "wyo": "name:wyoming",
}
GENITIVE: tuple[str, ...] = ()
# fmt: on
