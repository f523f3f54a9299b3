"""Spanish quotation knowledge: «…» and “…” marks, the raya, "dijo", "según"."""

# fmt: off
MARKS = (("«", "»"), ("“", "”"), ('"', '"'), ("‘", "’"))
DASHES = ("—", "–")

CUES = frozenset("""
dijo dice dicen dijeron dicho afirmó afirma afirman afirmado declaró declara declararon declarado
aseguró asegura aseguran asegurado explicó explica explicado añadió añade agregó agrega señaló
señala señalado indicó indica advirtió advierte sostuvo sostiene manifestó comentó comenta
precisó subrayó subraya insistió insiste destacó destaca apuntó apunta reconoció reconoce
respondió responde preguntó pregunta escribió escribe anunció anuncia denunció denuncia
prometió promete aclaró aclara recordó recuerda expresó expresa expresado confesó confesaba confesado
siguió continuó decía añadía explicaba aseguraba afirmaba opina opinó
""".split())
OBJECT_CUES = frozenset()
ADDRESSEE_PREPOSITIONS = frozenset({"a", "al", "ante"})
AUXILIARIES = frozenset("ha han había habían también además luego".split())
# A reported clause always opens with a complementizer ("dijo que …"): a cue without one has an object
# ("Apple anuncia una nueva gama de iPod": an announcement, not a report).
COMPLEMENT_REQUIRED = True
COMPLEMENTIZERS = frozenset({"que", "si"})
PRONOUNS = frozenset("él ella ellos ellas yo nosotros".split())
DETERMINERS = frozenset("el la los las un una su sus este esta".split())
STOPWORDS = frozenset("""
en a al de del con por para durante sobre tras y pero que quien lunes martes miércoles jueves
viernes sábado domingo ayer hoy este según ante se ya además le les aunque cuando mientras sin embargo
donde como
""".split())
LINKS = frozenset({"de", "del"})
ACCORDING = (("según",), ("de", "acuerdo", "con"))
TITLES = frozenset("""
presidente presidenta ministro ministra secretario secretaria general portavoz director
directora jefe jefa alcalde alcaldesa diputado diputada senador senadora sr sra dr ceo
""".split())
# Time words between a cue and what was said ("said Friday in response to …").
TIME_WORDS = frozenset("""
lunes martes miércoles jueves viernes sábado domingo ayer hoy mañana
""".split())
# A report in the infinitive, the subject's own ("aseguró haber recibido"): the infinitives that open one and the
# word before them.
INFINITIVE_MARKERS = frozenset()
INFINITIVES = frozenset("haber ser estar".split())
# fmt: on

# Organisation nouns a determiner makes a speaker of: the organisation the text names most
# (see storyline/lang/en/quotes.py).
ORG_NOUNS = frozenset("""
empresa compañía firma banco grupo aerolínea fabricante diario periódico agencia ministerio partido sindicato club
""".split())
