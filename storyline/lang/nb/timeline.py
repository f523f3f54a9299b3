"""Norwegian (bokmål) knowledge for the timeline: pronouns that carry a sentence's subject on."""

# See storyline/lang/en/timeline.py. "den" and "det" are left out: they open as many sentences
# as expletives ("Det har vært kamphandlinger ...") as they refer back.
PRONOUNS = frozenset({"han", "hun", "hans", "hennes"})
