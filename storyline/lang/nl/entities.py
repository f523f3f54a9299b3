"""Dutch name knowledge for entity merging: titles, aliases and the -s genitive ("Nederlands")."""

# fmt: off
HONORIFICS = frozenset({"dhr", "mevr", "mw", "meneer", "mevrouw"})  # only a person's name follows these
TITLES = frozenset({
    "ceo",  # the English title in any language's news ("el CEO de Apple", "CEO di Apple")
    "dhr", "mevr", "meneer", "mevrouw", "dr", "prof", "president", "premier", "minister",
    "secretaris-generaal", "generaal", "koning", "koningin", "paus", "burgemeester", "woordvoerder",
    "ambassadeur", "voormalig", "voormalige", "oud-premier", "navo-chef",
})
ALIASES = {
    "europa": "name:europe",  # the continent, as English names it
    "vs": "country:USA", "usa": "country:USA", "amerika": "country:USA",
    "groot-brittannie": "country:GBR", "engeland": "country:GBR", "rusland": "country:RUS",
    "iran": "country:IRN", "syrie": "country:SYR", "zuid-korea": "country:KOR",
    "holland": "country:NLD", "vn": "name:un", "verenigde naties": "name:un", "navo": "name:nato",
    "eu": "name:eu", "europese unie": "name:eu",
}
GENITIVE = ("s",)
# fmt: on
