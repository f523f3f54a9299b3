"""English knowledge for the timeline: pronouns that carry a sentence's subject into the next."""

# A sentence opening with one of these (within its first words) continues the subject of the
# sentence before it: "Jobs was fired in 1985. He founded NeXT." Plural "they" is left out (it
# refers to groups as often as to the entity).
PRONOUNS = frozenset({"he", "she", "it", "his", "her", "its"})
