"""Words that tell Malay from Indonesian (and Minangkabau).

Malaysian spelling and word choice in news text: institutions (kerajaan, parti, polis),
country names left in English (United Kingdom, Ukraine), months (Mac, Ogos) and verbs
(berlaku, memenangi, terhempas).
"""

NEIGHBOURS = ("id", "min")
PROXY = None

# fmt: off
MARKERS = frozenset("""
kerajaan syarikat bekas maut cedera tercedera mangsa selepas kerana wang tentera polis
antarabangsa baharu mac jun julai ogos disember pilihan raya sukan kemalangan hospital
pejabat gabenor parti jawatan meletakkan memenangi anugerah terhempas dianugerahkan
berhampiran meragut iaitu ialah semasa menerusi perancis sepanyol itali jepun brazil
ukraine mexico syria united kingdom zealand kesusasteraan berlaku pasukan inggeris jambatan
mencederakan
""".split())
# fmt: on
