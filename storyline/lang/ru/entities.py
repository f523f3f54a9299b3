"""Russian name knowledge for entity merging: titles, aliases and a Latin transliteration.

``TRANSLITERATE`` maps Cyrillic letters to Latin ones (a simple BGN/PCGN-like table), so that the
merge key of "Столтенберг" is "stoltenberg", as in every Latin-script language.
"""

# fmt: off
TITLES = frozenset({
    "господин", "госпожа", "президент", "премьер-министр", "премьер", "министр", "канцлер",
    "генсек", "генеральный", "секретарь", "генерал", "король", "королева", "папа", "мэр",
    "представитель", "посол", "бывший", "глава",
})
ALIASES = {
    "evropa": "name:europe",  # the continent, as English names it
    "ssha": "country:USA", "soedinennye shtaty": "country:USA", "ameriki": "country:USA",
    "velikobritaniia": "country:GBR", "britaniia": "country:GBR", "rossiia": "country:RUS",
    "iran": "country:IRN", "siriia": "country:SYR", "oon": "name:un", "nato": "name:nato",
    "es": "name:eu", "evrosoiuz": "name:eu",
}
TRANSLITERATE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}
GENITIVE: tuple[str, ...] = ()
# fmt: on
