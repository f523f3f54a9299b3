"""Dutch quotation knowledge: “…” and '…' marks, "zei", postposed "aldus X", "volgens"."""

# Verb-second word order: after a fronted phrase the subject follows the verb ("Auf diese Worte
# erwiderte Siegfried: …"), so a speaker right after a cue and before the colon wins.
VERB_SECOND = True

# fmt: off
# ``…' ': the typewriter quotation of text run through a tokeniser and joined again (Wikinews copy)
MARKS = (("“", "”"), ("‘", "’"), ('"', '"'), ("``", "' '"), ("``", "''"), ("'", "'"), ("„", "”"))
DASHES: tuple[str, ...] = ()

CUES = frozenset("""
zei zegt zeggen zeiden gezegd verklaarde verklaart stelde stelt meldde meldt schreef
schrijft voegde voegt waarschuwde waarschuwt benadrukte benadrukt liet laat vertelde vertelt
vroeg vraagt antwoordde antwoordt beweerde beweert erkende erkent kondigde riep roept
""".split())
OBJECT_CUES = frozenset("vertelde vertelt vroeg vraagt".split())
ADDRESSEE_PREPOSITIONS = frozenset({"tegen", "aan"})
AUXILIARIES = frozenset("heeft hebben had hadden ook later verder wordt werd worden niet wilde wil kon kan".split())
# A reported clause always opens with a complementizer ("zei dat …"): a cue without one has an object
# ("Apple kondigde ook een mobiele telefoon aan": an announcement, not a report).
COMPLEMENT_REQUIRED = True
COMPLEMENTIZERS = frozenset({"dat", "of"})
PRONOUNS = frozenset("hij zij ze ik wij we".split())  # "het" is mostly an article or "het volgende"
DETERMINERS = frozenset("de het een zijn haar hun deze die".split())
STOPWORDS = frozenset("""
in op tegen aan van bij met na voor tijdens over en maar dat die maandag dinsdag woensdag
donderdag vrijdag zaterdag zondag gisteren vandaag volgens daarnaast bovendien verder eerder
toen echter daarom intussen vervolgens er ondanks door uit naar om onder tot sinds zonder tussen
binnen als omdat terwijl wanneer hoewel alhoewel nadat voordat naast hieronder volgende volgt
""".split())
LINKS = frozenset({"van", "voor"})
ACCORDING = (("volgens",), ("aldus",))
TITLES = frozenset("""
president premier minister secretaris-generaal woordvoerder woordvoerster directeur voorzitter
burgemeester leider professor ceo topman
""".split())
# Time words between a cue and what was said ("said Friday in response to …").
TIME_WORDS = frozenset("""
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag gisteren vandaag morgen ochtend middag avond
""".split())
# fmt: on

# Organisation nouns a determiner makes a speaker of: the organisation the text names most
# (see storyline/lang/en/quotes.py).
ORG_NOUNS = frozenset("""
bedrijf onderneming firma bank groep concern maatschappij fabrikant krant dagblad agentschap ministerie partij vakbond club
""".split())
