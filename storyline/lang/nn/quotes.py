"""Norwegian (Nynorsk) quotation knowledge: Bokmål's marks and order with Nynorsk word forms."""

from ..nb.quotes import ACCORDING, ADDRESSEE_PREPOSITIONS, DASHES, LINKS, MARKS, TITLES, VERB_SECOND

# fmt: off
CUES = frozenset("""
seier sa sagt meiner meinte meint fortel fortalde fortalt uttaler uttalte skriv skreiv skrive
understrekar understreka åtvarar åtvara peikar hevdar hevda forklarar forklarte trur trudde
spør spurde svarar svarte konstaterer stadfestar legg la lovar lova krev kravde ber bad meldar
""".split())
OBJECT_CUES = frozenset("fortel fortalde ber bad spør spurde".split())
AUXILIARIES = frozenset("har hadde vil skal òg også vidare seinare då no".split())
COMPLEMENTIZERS = frozenset({"at"})
PRONOUNS = frozenset("han ho dei vi eg me den det de".split())
DETERMINERS = frozenset("ein ei eit den det dei hans hennar deira".split())
STOPWORDS = frozenset("""
i på til frå med om etter før som og men då når at for av under over ved mot òg no i dag
måndag tysdag onsdag torsdag fredag laurdag sundag tidlegare seinare ifølgje
""".split())
# fmt: on

__all__ = ["VERB_SECOND", "ACCORDING", "ADDRESSEE_PREPOSITIONS", "CUES", "DASHES", "LINKS", "MARKS", "OBJECT_CUES",
           "TITLES", "AUXILIARIES", "COMPLEMENTIZERS", "PRONOUNS", "DETERMINERS", "STOPWORDS"]
