"""Dutch quotation knowledge: “…” and '…' marks, "zei", postposed "aldus X", "volgens"."""

# Verb-second word order: after a fronted phrase the subject follows the verb ("Auf diese Worte
# erwiderte Siegfried: …"), so a speaker right after a cue and before the colon wins.
VERB_SECOND = True

# fmt: off
MARKS = (("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'"), ("„", "”"))
DASHES: tuple[str, ...] = ()

CUES = frozenset("""
zei zegt zeggen zeiden gezegd verklaarde verklaart stelde stelt meldde meldt schreef
schrijft voegde voegt waarschuwde waarschuwt benadrukte benadrukt liet laat vertelde vertelt
vroeg vraagt antwoordde antwoordt beweerde beweert erkende erkent kondigde riep roept
""".split())
OBJECT_CUES = frozenset("vertelde vertelt vroeg vraagt".split())
ADDRESSEE_PREPOSITIONS = frozenset({"tegen", "aan"})
AUXILIARIES = frozenset("heeft hebben had hadden ook later verder".split())
COMPLEMENTIZERS = frozenset({"dat"})
PRONOUNS = frozenset("hij zij ze ik wij we het".split())
DETERMINERS = frozenset("de het een zijn haar hun deze die".split())
STOPWORDS = frozenset("""
in op tegen aan van bij met na voor tijdens over en maar dat die maandag dinsdag woensdag
donderdag vrijdag zaterdag zondag gisteren vandaag volgens
""".split())
LINKS = frozenset({"van", "voor"})
ACCORDING = (("volgens",), ("aldus",))
TITLES = frozenset("""
president premier minister secretaris-generaal woordvoerder woordvoerster directeur voorzitter
burgemeester leider professor
""".split())
# fmt: on

# Organisation nouns a determiner makes a speaker of: the organisation the text names most
# (see storyline/lang/en/quotes.py).
ORG_NOUNS = frozenset("""
bedrijf onderneming firma bank groep concern maatschappij fabrikant krant dagblad agentschap ministerie partij vakbond club
""".split())
