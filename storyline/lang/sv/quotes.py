"""Swedish quotation knowledge: ”…” and »…» marks, the dialogue dash, "säger", "enligt"."""

# Verb-second word order: after a fronted phrase the subject follows the verb ("Auf diese Worte
# erwiderte Siegfried: …"), so a speaker right after a cue and before the colon wins.
VERB_SECOND = True

# fmt: off
MARKS = (("”", "”"), ("»", "»"), ("“", "”"), ('"', '"'), ("«", "»"))
DASHES = ("–", "—", "-")

CUES = frozenset("""
säger sa sade sagt menar menade berättar berättade skriver skrev skrivit understryker
underströk varnar varnade tillägger tillade hävdar hävdade förklarar förklarade tror trodde
frågar frågade svarar svarade konstaterar konstaterade meddelar meddelade uppger uppgav
""".split())
OBJECT_CUES = frozenset("berättar berättade frågar frågade".split())
ADDRESSEE_PREPOSITIONS = frozenset({"till", "för"})
AUXILIARIES = frozenset("har hade också vidare senare".split())
COMPLEMENTIZERS = frozenset({"att"})
PRONOUNS = frozenset("han hon de vi jag den det hen".split())
DETERMINERS = frozenset("en ett den det de hans hennes".split())
STOPWORDS = frozenset("""
i på till från med om efter före som och men då när att för av under över vid mot också nu
måndag tisdag onsdag torsdag fredag lördag söndag enligt
""".split())
LINKS = frozenset({"i", "för", "av"})
ACCORDING = (("enligt",),)
TITLES = frozenset("""
generalsekreterare statsminister utrikesminister försvarsminister minister president ledare
talesperson direktör chef borgmästare professor
""".split())
# fmt: on
