"""Norwegian (Bokmål) quotation knowledge: «…» marks, the dialogue dash, reporting verbs.

Norwegian news puts the verb before the speaker after a quotation ("– …, sier Stoltenberg til
NRK."), which the extractor's "…, CUE SPEAKER" order covers.
"""

# Verb-second word order: after a fronted phrase the subject follows the verb ("Auf diese Worte
# erwiderte Siegfried: …"), so a speaker right after a cue and before the colon wins.
VERB_SECOND = True

# fmt: off
MARKS = (("«", "»"), ("“", "”"), ("”", "”"), ('"', '"'), ("‘", "’"))
DASHES = ("–", "—", "-")

CUES = frozenset("""
sier sa sagt si mener mente ment forteller fortalte fortalt uttaler uttalte uttalt skriver skrev
skrevet understreker understreket advarer advarte påpeker påpekte opplyser opplyste hevder hevdet
forklarer forklarte tror trodde spør spurte svarer svarte konstaterer konstaterte erkjenner
erkjente legger la tilføyer tilføyde varsler varslet lover lovet krever krevde ber ba melder
meldte kunngjør kunngjorde tvitrer tvitret innrømmer innrømmet
""".split())
OBJECT_CUES = frozenset("forteller fortalte ber ba spør spurte".split())
ADDRESSEE_PREPOSITIONS = frozenset({"til", "overfor"})
AUXILIARIES = frozenset("har hadde vil skal også videre senere da nå".split())
# Verbs that report only a clause opened by "at" ("kunngjorde at …"); else they take an object
# ("kunngjorde gjennombruddet i likelydende uttalelser", "tvitret i dag om …").
THAT_CUES = frozenset("kunngjør kunngjorde tvitrer tvitret".split())
COMPLEMENTIZERS = frozenset({"at"})
PRONOUNS = frozenset("han hun de vi jeg den det dere".split())
DETERMINERS = frozenset("en ei et den det de hans hennes dens deres".split())
STOPWORDS = frozenset("""
i på til fra med om etter før som og men da når at for av under over ved mot også nå i dag
mandag tirsdag onsdag torsdag fredag lørdag søndag tidligere senere videre ifølge
""".split())
LINKS = frozenset({"i", "for", "av"})
ACCORDING = (("ifølge",),)
TITLES = frozenset("""
generalsekretær generalsekretæren statsminister statsministeren utenriksminister
forsvarsminister finansminister justisminister minister president presidenten leder lederen
talsperson talsmann talskvinne direktør sjef sjefen ordfører ordføreren stortingsrepresentant
professor dr ambassadør ambassadøren natos usas kongen dronning prins
""".split())
# Time words between a cue and what was said ("said Friday in response to …").
TIME_WORDS = frozenset("""
mandag tirsdag onsdag torsdag fredag lørdag søndag går dag kveld
""".split())
# fmt: on
