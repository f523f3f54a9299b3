"""French quotation knowledge: « … » marks, the dialogue dash, "a déclaré", "selon"."""

# fmt: off
MARKS = (("«", "»"), ("“", "”"), ('"', '"'), ("‹", "›"))
DASHES = ("–", "—")

CUES = frozenset("""
dit dis disent déclaré déclare déclarent affirmé affirme affirment expliqué explique expliquent
ajouté ajoute ajoutent estimé estime estiment souligné souligne soulignent assuré assure assurent
indiqué indique précisé précise rappelé rappelle averti avertit prévenu prévient lancé lance
confié confie raconté raconte insisté insiste martelé martèle répondu répond écrit écrivent
annoncé annonce reconnu reconnaît admis admet jugé juge dénoncé dénonce promis promet demandé
demande interrogé s'est exclamé commenté commente tweeté tranché tranche poursuivi poursuit
""".split())
OBJECT_CUES = frozenset()
ADDRESSEE_PREPOSITIONS = frozenset({"à", "au", "aux"})
AUXILIARIES = frozenset("a ont avait avaient aurait également aussi encore ensuite".split())
# A reported clause always opens with a complementizer ("a déclaré que …"): a cue without one has an object
# ("Liz Truss annonce sa démission": an announcement, not a report).
COMPLEMENT_REQUIRED = True
COMPLEMENTIZERS = frozenset({"que", "qu", "si"})
PRONOUNS = frozenset("il elle ils elles je nous on".split())
DETERMINERS = frozenset("le la les l un une son sa ses leur leurs ce cette".split())
STOPWORDS = frozenset("""
à au aux en dans sur pour par lors avec de du des et mais qui que lundi mardi mercredi jeudi
vendredi samedi dimanche hier aujourd'hui mercredi selon devant après avant
""".split())
LINKS = frozenset({"de", "du", "des"})
ACCORDING = (("selon",), ("d'après",))
TITLES = frozenset("""
président présidente ministre premier première secrétaire général générale porte-parole
directeur directrice chef maire député députée sénateur m mme dr professeur
""".split())
# Time words between a cue and what was said ("said Friday in response to …").
TIME_WORDS = frozenset("""
lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain
""".split())
# A report in the infinitive, the subject's own ("a déclaré avoir reçu"): the infinitives that open one and the
# word before them.
INFINITIVE_MARKERS = frozenset()
INFINITIVES = frozenset("avoir être".split())
# fmt: on

# Organisation nouns a determiner makes a speaker of: the organisation the text names most
# (see storyline/lang/en/quotes.py).
ORG_NOUNS = frozenset("""
entreprise société firme banque groupe compagnie constructeur journal quotidien agence ministère parti syndicat club
""".split())
