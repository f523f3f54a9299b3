"""Norwegian Bokmål name knowledge for entity merging (also used for nn, da, sv by fallback).

Norwegian writes the genitive as a bare -s ("Natos", "Afghanistans", "USAs"), so ``GENITIVE``
lets the merge strip it when the stem is itself a name of the document or a known country.
"""

# fmt: off
TITLES = frozenset({
    "hr", "fru", "dr", "professor", "president", "presidenten", "statsminister", "statsministeren",
    "minister", "ministeren", "utenriksminister", "utenriksministeren", "forsvarsminister",
    "forsvarsministeren", "generalsekretær", "generalsekretæren", "generalsekretaer", "general",
    "kong", "kongen", "dronning", "prins", "prinsesse", "ordfører", "ordføreren", "leder", "lederen",
    "sjef", "sjefen", "talsperson", "talsmann", "ambassadør", "direktør", "tidligere", "avdøde",
    "nato", "natos", "fns", "fn", "stortingsrepresentant", "partileder", "nestleder",
})
ALIASES = {
    "usa": "country:USA", "us": "country:USA", "amerika": "country:USA",
    "storbritannia": "country:GBR", "england": "country:GBR", "russland": "country:RUS",
    "iran": "country:IRN", "syria": "country:SYR", "sor-korea": "country:KOR",
    "nord-korea": "country:PRK", "nederland": "country:NLD", "holland": "country:NLD",
    "fn": "name:un", "de forente nasjoner": "name:un", "eu": "name:eu", "den europeiske union": "name:eu",
}
GENITIVE = ("s",)
# fmt: on
