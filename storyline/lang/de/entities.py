"""German name knowledge for entity merging: titles, aliases, and the -s genitive ("Deutschlands")."""

# fmt: off
HONORIFICS = frozenset({"herr", "frau", "dr"})  # only a person's name follows these
TITLES = frozenset({
    "ceo",  # the English title in any language's news ("el CEO de Apple", "CEO di Apple")
    "herr", "frau", "dr", "prof", "präsident", "präsidentin", "bundeskanzler", "bundeskanzlerin",
    "kanzler", "kanzlerin", "minister", "ministerin", "außenminister", "außenministerin",
    "generalsekretär", "generalsekretärin", "general", "könig", "königin", "papst", "bürgermeister",
    "bürgermeisterin", "chef", "chefin", "sprecher", "sprecherin", "botschafter", "ehemalige",
    "ehemaliger", "nato", "nato-generalsekretär", "uno", "us-präsident", "regierungschef",
})
ALIASES = {
    "europa": "name:europe",  # the continent, as English names it
    "usa": "country:USA", "us": "country:USA", "amerika": "country:USA",
    "vereinigte staaten": "country:USA", "grossbritannien": "country:GBR", "england": "country:GBR",
    "russland": "country:RUS", "iran": "country:IRN", "syrien": "country:SYR",
    "sudkorea": "country:KOR", "nordkorea": "country:PRK", "holland": "country:NLD",
    "uno": "name:un", "vereinte nationen": "name:un", "eu": "name:eu", "europaische union": "name:eu",
}
GENITIVE = ("s",)
# Endings cut before a lexicon look-up (a CRF feature of the entity tagger): genitive, plural,
# adjectives of places ("Frankfurter", "hessischen" meet "Frankfurt", "Hessen" on their stems).
STEM_ENDINGS = (
    "s", "es", "e", "en", "n", "er", "ern", "ers", "isch", "ische", "ischen", "ischer", "isches",
)
# Word endings that type a name (CRF feature): streets, bridges, places; clubs, firms, bodies.
NAME_SUFFIXES = {
    "straße": "LOC", "strasse": "LOC", "str.": "LOC", "gasse": "LOC", "weg": "LOC", "allee": "LOC",
    "platz": "LOC", "brücke": "LOC", "ufer": "LOC", "park": "LOC", "anlage": "LOC", "ring": "LOC",
    "tor": "LOC", "markt": "LOC", "bahnhof": "LOC", "hausen": "LOC", "heim": "LOC", "dorf": "LOC",
    "burg": "LOC", "ingen": "LOC", "bach": "LOC", "stadt": "LOC", "feld": "LOC", "berg": "LOC",
    "wald": "LOC", "see": "LOC", "land": "LOC", "kreis": "LOC", "viertel": "LOC", "siedlung": "LOC",
    "verein": "ORG", "vereins": "ORG", "verband": "ORG", "verbandes": "ORG", "gmbh": "ORG",
    "partei": "ORG", "bank": "ORG", "werke": "ORG", "ministerium": "ORG", "ministeriums": "ORG",
    "amt": "ORG", "amtes": "ORG", "gericht": "ORG", "gerichts": "ORG", "gerichtshof": "ORG",
    "gesellschaft": "ORG", "stiftung": "ORG", "institut": "ORG", "instituts": "ORG",
    "universität": "ORG", "schule": "ORG", "klinik": "ORG", "zeitung": "ORG", "rundschau": "ORG",
    "kammer": "ORG", "bund": "ORG", "bundes": "ORG", "club": "ORG", "klub": "ORG", "gemeinde": "ORG",
    "rat": "ORG", "senat": "ORG", "konzern": "ORG", "ag": "ORG", "sv": "ORG", "fc": "ORG",
}
# fmt: on
