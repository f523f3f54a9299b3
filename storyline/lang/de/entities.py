"""German name knowledge for entity merging: titles, aliases, and the -s genitive ("Deutschlands")."""

# fmt: off
TITLES = frozenset({
    "herr", "frau", "dr", "prof", "präsident", "präsidentin", "bundeskanzler", "bundeskanzlerin",
    "kanzler", "kanzlerin", "minister", "ministerin", "außenminister", "außenministerin",
    "generalsekretär", "generalsekretärin", "general", "könig", "königin", "papst", "bürgermeister",
    "bürgermeisterin", "chef", "chefin", "sprecher", "sprecherin", "botschafter", "ehemalige",
    "ehemaliger", "nato", "nato-generalsekretär", "uno", "us-präsident", "regierungschef",
})
ALIASES = {
    "usa": "country:USA", "us": "country:USA", "amerika": "country:USA",
    "vereinigte staaten": "country:USA", "grossbritannien": "country:GBR", "england": "country:GBR",
    "russland": "country:RUS", "iran": "country:IRN", "syrien": "country:SYR",
    "sudkorea": "country:KOR", "nordkorea": "country:PRK", "holland": "country:NLD",
    "uno": "name:un", "vereinte nationen": "name:un", "eu": "name:eu", "europaische union": "name:eu",
}
GENITIVE = ("s",)
# fmt: on
