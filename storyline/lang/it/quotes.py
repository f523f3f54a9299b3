"""Italian quotation knowledge: «…» and “…” marks, "ha detto", "secondo"."""

# fmt: off
MARKS = (("«", "»"), ("“", "”"), ('"', '"'))
DASHES = ("–", "—")

CUES = frozenset("""
detto dice dicono disse dichiarato dichiara dichiarò affermato afferma affermò spiegato spiega
spiegò aggiunto aggiunge aggiunse sottolineato sottolinea sottolineò ribadito ribadisce
avvertito avverte osservato osserva commentato commenta scritto scrive annunciato annuncia
risposto risponde chiesto chiede assicurato assicura precisato precisa rivelato rivela rivelò
replicato replica replicò confermato conferma confermò sostenuto sostiene ricordato ricorda riferito
riferisce rincarato
""".split())
OBJECT_CUES = frozenset()
ADDRESSEE_PREPOSITIONS = frozenset({"a", "al", "alla", "ai"})
AUXILIARIES = frozenset("ha hanno aveva avevano anche poi".split())
# A reported clause always opens with a complementizer ("ha detto che …"): a cue without one has an object
# ("Aeroflot ha annunciato l' acquisto di …": an announcement, not a report).
COMPLEMENT_REQUIRED = True
COMPLEMENTIZERS = frozenset({"che", "se"})
PRONOUNS = frozenset("lui lei loro io noi egli".split())
DETERMINERS = frozenset("il lo la l i gli le un uno una suo sua".split())
STOPWORDS = frozenset("""
in a al alla di del della con per durante su e ma che lunedì martedì mercoledì giovedì venerdì
sabato domenica ieri oggi secondo si inoltre dopo nella nel nei nelle negli dalla dal dai sulla sul tra fra
oltre mentre segue quando come va
""".split())
LINKS = frozenset({"di", "del", "della"})
ACCORDING = (("secondo",),)
TITLES = frozenset("""
presidente premier ministro ministra segretario segretaria generale portavoce direttore
direttrice capo sindaco deputato senatore amministratore delegato
""".split())
# Time words between a cue and what was said ("said Friday in response to …").
TIME_WORDS = frozenset("""
lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi domani
""".split())
# A report in the infinitive, the subject's own ("Cisco dichiara di aver ricevuto il marchio"): the infinitives that open one and the
# word before them.
INFINITIVE_MARKERS = frozenset({"di"})
INFINITIVES = frozenset("aver avere essere esser voler volere poter potere".split())
# fmt: on

# Organisation nouns a determiner makes a speaker of: the organisation the text names most
# (see storyline/lang/en/quotes.py).
ORG_NOUNS = frozenset("""
società azienda impresa banca gruppo compagnia costruttore giornale quotidiano agenzia ministero partito sindacato
""".split())
