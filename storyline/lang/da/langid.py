"""Words of Danish against Norwegian Bokmål, Nynorsk and Swedish.

Danish keeps the older spellings Bokmål dropped (af, efter, gennem, mellem, regering,
blev) and writes ud/op/nu where Norwegian writes ut/opp/nå.
"""

NEIGHBOURS = ("nb", "nn", "sv")
PROXY = None

# fmt: off
MARKERS = frozenset("""
ikke jeg hvad hvem hvor hvis af efter gennem mellem meget nogen noget blev siger sagde fik
end hendes været være nu hun regering regeringen kvinde kvinder op også bare kommer dræbt
derfor disse tirsdag lørdag søndag mandag januar februar maj december oktober at
en et dem deres sig mig dig fra hjem flere mange nye dansk danske danmark ud uden udbrud
""".split())
# fmt: on
