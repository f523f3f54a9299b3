"""Norwegian Bokmål name knowledge for entity merging (also used for nn, da, sv by fallback).

Norwegian writes the genitive as a bare -s ("Natos", "Afghanistans", "USAs"), so ``GENITIVE``
lets the merge strip it when the stem is itself a name of the document or a known country.
"""

# fmt: off
HONORIFICS = frozenset({"herr", "fru", "frøken"})  # only a person's name follows these
TITLES = frozenset({
    "ceo",  # the English title in any language's news ("el CEO de Apple", "CEO di Apple")
    "hr", "fru", "dr", "professor", "president", "presidenten", "statsminister", "statsministeren",
    "minister", "ministeren", "utenriksminister", "utenriksministeren", "forsvarsminister",
    "forsvarsministeren", "generalsekretær", "generalsekretæren", "generalsekretaer", "general",
    "kong", "kongen", "dronning", "prins", "prinsesse", "ordfører", "ordføreren", "leder", "lederen",
    "sjef", "sjefen", "talsperson", "talsmann", "ambassadør", "direktør", "tidligere", "avdøde",
    "nato", "natos", "fns", "fn", "stortingsrepresentant", "partileder", "nestleder",
})
ALIASES = {
    "europa": "name:europe",  # the continent, as English names it
    "usa": "country:USA", "us": "country:USA", "amerika": "country:USA",
    "storbritannia": "country:GBR", "england": "country:GBR", "russland": "country:RUS",
    "iran": "country:IRN", "syria": "country:SYR", "sor-korea": "country:KOR",
    "nord-korea": "country:PRK", "nederland": "country:NLD", "holland": "country:NLD",
    "fn": "name:un", "de forente nasjoner": "name:un", "eu": "name:eu", "den europeiske union": "name:eu",
}
GENITIVE = ("s",)
# Word endings that type a name, a CRF feature of the entity tagger (any form: "departement",
# "departementet", "departementets" all end in one of them or its stem).
NAME_SUFFIXES = {
    "departement": "ORG", "departementet": "ORG", "departementets": "ORG", "direktorat": "ORG",
    "direktoratet": "ORG", "tilsynet": "ORG", "partiet": "ORG", "partiets": "ORG", "parti": "ORG",
    "forbundet": "ORG", "forbund": "ORG", "rådet": "ORG", "kommune": "ORG", "universitet": "ORG",
    "universitetet": "ORG", "sykehus": "ORG", "sykehuset": "ORG", "selskapet": "ORG",
    "foreningen": "ORG", "forening": "ORG", "posten": "ORG", "tidende": "ORG", "bladet": "ORG",
    "avisen": "ORG", "avis": "ORG", "utvalget": "ORG", "regjeringen": "ORG", "retten": "ORG",
    "rett": "ORG", "verket": "ORG", "senter": "ORG", "senteret": "ORG", "politiet": "ORG",
    "forsvaret": "ORG", "banken": "ORG", "bank": "ORG", "klubb": "ORG", "klubben": "ORG",
    "fjorden": "LOC", "fjord": "LOC", "dalen": "LOC", "vatnet": "LOC", "vannet": "LOC", "øya": "LOC",
    "gata": "LOC", "gate": "LOC", "gaten": "LOC", "veien": "LOC", "vegen": "LOC", "plass": "LOC",
    "plassen": "LOC", "fjellet": "LOC", "elva": "LOC", "byen": "LOC", "stad": "LOC", "havn": "LOC",
}
# fmt: on
