"""Words that tell Indonesian from Malay (and Minangkabau).

Both statistical detectors confuse the two standard varieties of Malay on short texts; the
spelling and word-choice differences below are the ones news text uses most (country names,
months, institutions, common verbs).
"""

NEIGHBOURS = ("ms", "min")
PROXY = None

# fmt: off
MARKERS = frozenset("""
karena bisa serikat mantan tewas korban setelah sesudah uang polisi kepolisian tentara
internasional maret juni juli agustus desember pemilu pemilihan olahraga perusahaan terluka
kantor provinsi kabupaten gubernur partai prancis tiongkok ukraina selandia brasil meksiko
italia spanyol suriah jepang inggris terjadi saat usai meraih memenangkan mengundurkan
penghargaan sastra kecelakaan rumah sakit sekitar sempat tim dilaporkan mengalami
diumumkan resmi warga pesawat jatuh badai menewaskan melukai jembatan foto britania diangkat
kesepakatan dianugerahi
""".split())
# fmt: on
