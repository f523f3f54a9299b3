"""Danish quotation knowledge: »…« and ”…” marks, the dialogue dash, "siger", "ifølge"."""

# Verb-second word order: after a fronted phrase the subject follows the verb ("Auf diese Worte
# erwiderte Siegfried: …"), so a speaker right after a cue and before the colon wins.
VERB_SECOND = True

# fmt: off
MARKS = (("»", "«"), ("”", "”"), ("“", "”"), ("„", "“"), ('"', '"'))
DASHES = ("–", "—", "-")

CUES = frozenset("""
siger sagde sagt mener mente fortæller fortalte skriver skrev skrevet understreger understregede
advarer advarede tilføjer tilføjede hævder hævdede forklarer forklarede tror troede spørger
spurgte svarer svarede konstaterer konstaterede oplyser oplyste meddeler meddelte
""".split())
OBJECT_CUES = frozenset("fortæller fortalte spørger spurgte".split())
ADDRESSEE_PREPOSITIONS = frozenset({"til", "over for"})
AUXILIARIES = frozenset("har havde også videre senere".split())
COMPLEMENTIZERS = frozenset({"at"})
PRONOUNS = frozenset("han hun de vi jeg den det".split())
DETERMINERS = frozenset("en et den det de hans hendes".split())
STOPWORDS = frozenset("""
i på til fra med om efter før som og men da når at for af under over ved mod også nu
mandag tirsdag onsdag torsdag fredag lørdag søndag ifølge
""".split())
LINKS = frozenset({"i", "for", "af"})
ACCORDING = (("ifølge",),)
TITLES = frozenset("""
generalsekretær statsminister udenrigsminister forsvarsminister minister præsident leder
talsperson direktør chef borgmester professor
""".split())
# fmt: on
