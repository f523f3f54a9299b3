"""Words of Scots, which neither detector knows: it stands in as English.

Scots spellings of the commonest words (frae, tae, wis, hae, o "of", kintra) mark it
apart from English on even one sentence.
"""

NEIGHBOURS = ("en",)
PROXY = "en"

# fmt: off
MARKERS = frozenset("""
frae fae tae wis hae aboot oot kintra cannae disnae dinnae isnae wasnae wadnae yin ane o
awbody gaun mair muckle bairn bairns toun heid wha whit whaur hou ither anither furst
gien bein nou efter ower unner afore
""".split())
# fmt: on
