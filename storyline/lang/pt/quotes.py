"""Portuguese quotation knowledge: “…” and «…» marks, "disse", "segundo"."""

# fmt: off
MARKS = (("“", "”"), ("«", "»"), ('"', '"'))
DASHES = ("—", "–")

CUES = frozenset("""
disse diz dizem disseram afirmou afirma afirmam declarou declara explicou explica acrescentou
acrescenta sublinhou sublinha salientou salienta garantiu garante referiu refere adiantou
adianta avisou avisa alertou alerta escreveu escreve anunciou anuncia respondeu responde
perguntou pergunta defendeu defende considerou considera
""".split())
OBJECT_CUES = frozenset()
ADDRESSEE_PREPOSITIONS = frozenset({"a", "à", "ao", "aos"})
AUXILIARIES = frozenset("tem têm tinha também ainda depois".split())
# A reported clause always opens with a complementizer ("disse que …"): a cue without one has an object
# ("Rússia anuncia anexação dos oblasts": an announcement, not a report).
COMPLEMENT_REQUIRED = True
COMPLEMENTIZERS = frozenset({"que", "se"})
PRONOUNS = frozenset("ele ela eles elas eu nós".split())
DETERMINERS = frozenset("o a os as um uma seu sua".split())
STOPWORDS = frozenset("""
em no na a ao de do da com por para durante sobre e mas que segunda terça quarta quinta sexta
sábado domingo ontem hoje segundo se já
""".split())
LINKS = frozenset({"de", "do", "da"})
ACCORDING = (("segundo",), ("de", "acordo", "com"))
TITLES = frozenset("""
presidente primeiro-ministro ministro ministra secretário secretária geral porta-voz diretor
diretora chefe presidente-executivo deputado
""".split())
# Time words between a cue and what was said ("said Friday in response to …").
TIME_WORDS = frozenset("""
segunda terça quarta quinta sexta sábado domingo ontem hoje amanhã
""".split())
# A report in the infinitive, the subject's own ("afirmou ter recebido"): the infinitives that open one and the
# word before them.
INFINITIVE_MARKERS = frozenset()
INFINITIVES = frozenset("ter ser estar haver".split())
# fmt: on

# Organisation nouns a determiner makes a speaker of: the organisation the text names most
# (see storyline/lang/en/quotes.py).
ORG_NOUNS = frozenset("""
empresa companhia firma banco grupo fabricante jornal agência ministério partido sindicato clube
""".split())
