"""Norwegian (bokmål) knowledge for the timeline: pronouns that carry a sentence's subject on."""

# See storyline/lang/en/timeline.py.
PRONOUNS = frozenset({"han", "hun", "den", "det", "hans", "hennes", "dens", "dets"})
