"""Russian tables of the figures layer (same names as ``storyline/lang/en/figures.py``).

Russian writes a decimal comma and groups thousands with a space ("12 000", "2,5 млн"); scales are
often abbreviated ("млрд", "млн", "тыс."). A counted noun after a number is in the genitive
("84 человека", "100 человек", "7000 авиарейсов"), and number words decline ("из четырёх
человек", "с тремя членами"), so the tables list the forms news use. Counted nouns outside the
shared measures are recorded in the nominative singular where the table knows it ("пассажир",
"самолёт"); ``SERIES_MEASURES`` maps them to the shared keys for series. Plural nouns the table does
not list are guessed only by the genitive plural "-ов"/"-ев" ("авиарейсов": "авиарейс").
"""

# fmt: off
DECIMAL = ","

NUMBER_WORDS = {
    "ноль": 0, "один": 1, "одна": 1, "одно": 1, "одного": 1, "два": 2, "две": 2, "двух": 2,
    "двум": 2, "двумя": 2, "три": 3, "трёх": 3, "трех": 3, "трём": 3, "тремя": 3, "четыре": 4,
    "четырёх": 4, "четырех": 4, "четырьмя": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6,
    "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10,
    "десяти": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30,
    "сорок": 40, "сорока": 40, "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100, "ста": 100, "двести": 200,
    "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700,
    "восемьсот": 800, "девятьсот": 900, "тысяча": 1000, "полтора": 1.5, "полторы": 1.5,
    "дюжина": 12,
}
SCALES = {
    "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тыс.": 1e3, "тыс": 1e3, "миллион": 1e6,
    "миллиона": 1e6, "миллионов": 1e6, "млн": 1e6, "млн.": 1e6, "миллиард": 1e9,
    "миллиарда": 1e9, "миллиардов": 1e9, "млрд": 1e9, "млрд.": 1e9, "триллион": 1e12,
    "триллиона": 1e12, "триллионов": 1e12, "трлн": 1e12,
}
NUMBER_JOINERS: tuple[str, ...] = ()
WEAK_NUMBERS = ("один", "одна", "одно", "одного")  # "one of", "the same": rarely a count alone
NEGATIONS = ("никаких", "ни одного", "ни одной")

QUALIFIERS = {
    "около": "about", "примерно": "about", "приблизительно": "about", "порядка": "about",
    "почти": "nearly", "практически": "nearly", "более": "more than", "больше": "more than",
    "свыше": "more than", "более чем": "more than", "по меньшей мере": "at least",
    "как минимум": "at least", "не менее": "at least", "минимум": "at least", "до": "up to",
    "не более": "up to", "максимум": "up to", "менее": "less than", "меньше": "less than",
    "лишь": "exactly", "только": "exactly", "ровно": "exactly",
}

MEASURES = {
    "солдат": "troops", "солдата": "troops", "солдаты": "troops", "военнослужащих": "troops",
    "военнослужащие": "troops", "военнослужащего": "troops", "военных": "troops",
    "бойцов": "troops", "бойца": "troops", "войск": "troops",
    "человек": "people", "человека": "people", "людей": "people", "жителей": "people",
    "жителя": "people", "мирных жителей": "people", "граждан": "people", "гражданских": "people",
    "погибших": "deaths", "погибшие": "deaths", "жертв": "deaths", "убитых": "deaths",
    "раненых": "injured", "раненые": "injured", "пострадавших": "injured", "пострадавшие": "injured",
    "беженцев": "беженец", "беженца": "беженец", "мигрантов": "мигрант", "мигранта": "мигрант",
    "стран": "countries", "страны": "countries", "государств": "countries", "государства": "countries",
    "компаний": "companies", "компании": "companies", "предприятий": "companies", "фирм": "companies",
    "рабочих мест": "jobs", "голосов": "votes", "голоса": "votes", "атак": "attacks",
    "нападений": "attacks", "терактов": "attacks", "языков": "languages", "языка": "languages",
    "случаев": "cases", "случая": "cases",
    "сотрудников": "сотрудник", "сотрудника": "сотрудник", "работников": "работник",
    "работника": "работник", "рабочих": "рабочий", "пассажиров": "пассажир", "пассажира": "пассажир",
    "самолётов": "самолёт", "самолетов": "самолёт", "самолёта": "самолёт", "самолета": "самолёт",
    "заказов": "заказ", "заказа": "заказ", "мест": "место", "места": "место", "акций": "акция",
    "тонн": "тонна", "тонны": "тонна", "километров": "километр", "километра": "километр",
    "рейсов": "рейс", "авиарейсов": "рейс", "членов": "член", "членами": "член",
}
SERIES_MEASURES = {
    "беженец": "refugee", "мигрант": "migrant",
    "km": "kilometre",
    "сотрудник": "employee", "работник": "employee", "рабочий": "worker", "пассажир": "passenger",
    "самолёт": "aircraft", "заказ": "order", "место": "seat", "акция": "share", "тонна": "tonne",
    "километр": "kilometre", "рейс": "flight", "член": "member",
}
PERCENT = ("процентов", "процента", "процент", "проц.", "процентных пунктов", "п.п.")
CURRENCIES = {
    "$": "USD", "долларов": "USD", "доллара": "USD", "доллар": "USD", "долл.": "USD",
    "долл": "USD", "€": "EUR", "евро": "EUR", "рублей": "RUB", "рубля": "RUB", "рубль": "RUB",
    "руб.": "RUB", "руб": "RUB", "₽": "RUB", "£": "GBP", "фунтов стерлингов": "GBP",
    "фунтов": "GBP", "юаней": "CNY", "гривен": "UAH", "гривны": "UAH", "usd": "USD", "eur": "EUR",
}
NOT_COUNTED = (
    "лет", "год", "года", "году", "годы", "месяцев", "месяца", "месяц", "недель", "недели",
    "неделю", "дней", "дня", "день", "часов", "часа", "час", "минут", "минуты", "секунд",
    "секунды", "десятилетий", "веков", "века", "раз", "раза",
)
PLURAL_SUFFIXES = ("ов", "ев")
IRREGULAR_PLURALS: dict[str, str] = {}
SINGULAR_RULES = (("ов", ""), ("ев", "й"))

MONTHS = {
    "января": 1, "январь": 1, "январе": 1, "февраля": 2, "февраль": 2, "феврале": 2,
    "марта": 3, "март": 3, "марте": 3, "апреля": 4, "апрель": 4, "апреле": 4, "мая": 5,
    "май": 5, "мае": 5, "июня": 6, "июнь": 6, "июне": 6, "июля": 7, "июль": 7, "июле": 7,
    "августа": 8, "август": 8, "августе": 8, "сентября": 9, "сентябрь": 9, "сентябре": 9,
    "октября": 10, "октябрь": 10, "октябре": 10, "ноября": 11, "ноябрь": 11, "ноябре": 11,
    "декабря": 12, "декабрь": 12, "декабре": 12,
}
WEEKDAYS = ("понедельник", "вторник", "среда", "среду", "четверг", "пятница", "пятницу", "суббота", "субботу", "воскресенье")
AGE_CUES = ("возрасте", "возраст", "возраста")
ID_CUES = ("№", "номер", "номера", "статья", "статьи", "статье", "глава", "страница", "рейс", "рейса")
# A price for each share of an offer is the target's, the one after the link; made things of an order
# are the buyer's, the one after its link; a share of a population is nobody's.
OFFERS = ("предложение", "предложения", "оферта", "оферты")
OFFER_LINKS = ("о", "на")
ORDERS = ("заказ", "заказа", "заказы")
ORDER_LINKS = ("от",)
POPULATIONS = ("население", "населения", "избирателей", "электората")
GROUP_LABELS = ("топ",)
TIME_CUES = ("в",)

FUNCTION_WORDS = (
    "и", "или", "но", "а", "в", "во", "на", "с", "со", "к", "ко", "по", "за", "из", "от", "до",
    "для", "без", "под", "над", "при", "о", "об", "у", "что", "который", "которая", "которые",
    "которых", "это", "этот", "эта", "эти", "он", "она", "они", "оно", "его", "её", "ее", "их",
    "был", "была", "были", "было", "будет", "будут", "есть", "не", "ни", "также", "уже", "ещё",
    "еще", "как", "так", "где", "когда", "если", "чем", "свой", "свои", "своих", "все", "всех",
    "более", "менее", "около", "почти", "свыше",
)
TITLES = (  # before a person's name: neither a name nor a place
    "г-н", "г-жа", "господин", "госпожа", "президент", "министр", "премьер-министр", "генерал",
    "генсек", "глава", "председатель", "директор", "губернатор", "мэр", "сенатор", "депутат",
)
PLACE_PREPOSITIONS = ("в", "во", "на")
OWNER_PREPOSITIONS = ("у",)
BACK_LINKS = ("до", "в")
# A rate word after a number with nothing counted after it makes a price or rate of it, never the
# count of a noun before it (RATE_WORDS).
RATE_WORDS = ("за",)  # "200 млн за самолёт"
RATE_DENOMINATORS = ("каждые", "каждых", "на каждые")  # "uno por cada mil habitantes", "per 100,000 people": a rate's base, no count
COORDINATORS = ("и", "но", "или", "а")
CLAUSE_WORDS = ("который", "которая", "которые", "которых", "где", "но", "а", "тогда")

PLAN_CUES = (
    "планирует", "планируют", "планируется", "план", "планы", "будет", "будут", "намерен",
    "намерена", "намерены", "собирается", "ожидается", "цель", "сократить", "увеличить", "должен",
    "должна", "должны",
)
PAST_CUES = ("назад", "был", "была", "были", "было", "ранее", "прежде")

RELATIVE_TIMES = {
    "год назад": ("month", -12), "в прошлом году": ("year", -1), "в следующем году": ("year", 1),
    "в этом году": ("year", 0), "в текущем году": ("year", 0), "в прошлом месяце": ("month", -1),
    "в следующем месяце": ("month", 1), "сегодня": ("month", 0), "вчера": ("month", 0),
    "сейчас": ("month", 0), "в настоящее время": ("month", 0),
}
TIME_MODIFIERS = {"начале": "early", "в начале": "early", "конце": "late", "в конце": "late", "середине": "mid", "в середине": "mid"}
SINCE_WORDS = ("с", "со")  # "с 1984 года": where a span starts, not when a figure holds
DEADLINE_WORDS = ("к", "до")

# Company forms left out of a name as series group it.
CORPORATE_SUFFIXES = ("оао", "зао", "пао", "ооо", "ао")
ALIASES = {
    "сша": "United States", "соединённые штаты": "United States", "соединенные штаты": "United States",
    "америка": "United States", "америки": "United States", "американский": "United States",
    "американские": "United States", "американских": "United States", "нато": "NATO",
    "россия": "Russia", "россии": "Russia", "российский": "Russia", "российские": "Russia",
    "российских": "Russia", "российским": "Russia", "рф": "Russia", "украина": "Ukraine",
    "украины": "Ukraine", "украине": "Ukraine", "украинский": "Ukraine", "украинские": "Ukraine",
    "украинских": "Ukraine", "китай": "China", "китая": "China", "китайский": "China",
    "кнр": "China", "франция": "France", "франции": "France", "германия": "Germany",
    "германии": "Germany", "великобритания": "United Kingdom", "великобритании": "United Kingdom",
    "оон": "United Nations", "ес": "European Union", "евросоюз": "European Union",
    "евросоюза": "European Union", "индонезия": "Indonesia", "индонезии": "Indonesia",
    "турция": "Turkey", "турции": "Turkey", "иран": "Iran", "ирана": "Iran",
}
ORGANISATIONS = ("NATO", "United Nations", "European Union")
UNITS = {"гб": "gb", "мб": "mb", "тб": "tb", "км": "km", "кг": "kg", "мвт": "mw", "gb": "gb", "km": "km"}
UNSAID_MEASURES = {"экипаж": "people", "экипажем": "people", "экипажа": "people", "семья": "people"}
GOODS = ("самолёт", "вертолёт", "автомобиль", "корабль", "судно", "поезд", "телефон", "танк")
UNOWNED = ("km", "километр", "метр", "миля", "тонна", "kg", "gb", "mb", "tb", "mw")
PREPOSITIONS = (
    "в", "во", "на", "с", "со", "к", "ко", "по", "за", "из", "от", "до", "для", "без", "под",
    "над", "при", "о", "об", "у", "через", "между", "после", "перед", "против", "среди", "около",
)
DETERMINERS = ("этот", "эта", "это", "эти", "все", "свой", "своя", "свои", "каждый", "каждая")
NOUNS_CAPITALISED = False  # only names (and sentence starts) take a capital
LEADS = ("опережает", "впереди")  # a margin after MARGIN_LINKS and one of these is the leader's
MARGIN_LINKS = ("на",)
MOVE_WORDS: tuple[str, ...] = ()
SUBJECT_OPENERS = ("что", "когда", "если", "потому", "заявил", "заявила", "сообщил", "сообщила", "сообщили", "заявили")
PARTITIVES = ("из",)
PARTITIVE_PRONOUNS = ("них",)
ELLIPSIS_LINKS = ("и", "или", "а", "ещё", "еще")
CURRENCY_FRACTIONS = {"копеек": ("RUB", 0.01), "центов": ("USD", 0.01)}
UNIT_LINKS: tuple[str, ...] = ()  # "2,5 млрд долларов": the currency's genitive follows at once
PLACE_ADJECTIVES: tuple[str, ...] = ()
RELATIVES = ("которых", "которые", "которого")
PRONOUNS = ("он", "она", "они")
DEALS = ("контракт", "контракта", "сделка", "сделки", "соглашение", "соглашения")
WORTH = ("стоимостью", "суммой", "сумму", "размере")  # "контракт стоимостью 5 млрд долларов"
RECIPIENT_PREPOSITIONS = ("для",)
POSSESSIVES = ("его", "её", "ее", "их", "свой", "своих", "свои")
VERB_ENDINGS: tuple[str, ...] = ()
RANGE_LINKS = ("до", "и", "или")  # "от 7000 до 8000 сотрудников"
SUBJECT_VERBS = (
    "заявил", "заявила", "заявило", "сообщил", "сообщила", "сообщило", "объявил", "объявила",
    "объявило", "имеет", "имеют", "планирует", "будет", "также", "потерял", "потеряла",
    "получил", "получила", "купил", "купила", "продал", "продала", "заказал", "заказала",
)
STAFF_VERBS = ("уволить", "уволит", "уволила", "уволил", "сократить", "сокращает", "нанять", "наймёт", "нанимает")
INDEX_WORDS = ("индекс", "индекса")
INDEX_LINKS = ("до", "на")
SAYING = ("заявил", "заявила", "сообщил", "сообщила", "объявил", "объявила")
ROLE_OPENERS = ("как",)
SUPPLY_VERBS = ("поставить", "поставит", "поставляет", "снабдить", "оснастить")
SUPPLY_LINKS = ("с",)
LABELS = ("класс", "класса", "серия", "серии", "фаза", "этап")
PAST_ENDINGS: tuple[str, ...] = ()
ADJECTIVES = ("новых", "новые", "больших", "последних", "первых", "других", "других", "малых", "старых", "крупных")
COMMON_WORDS = ("продажи", "прибыль", "выручка", "убытки", "экспорт", "импорт", "акции", "цены",
                "расходы", "заказы", "производство", "инфляция", "население", "впервые", "как", "по",
                "более", "около", "почти", "свыше")
PRICE_MOVES: tuple[str, ...] = ()
PRICE_CURRENCY = "RUB"
GIVE_VERBS = ("дать", "дал", "дала", "даёт", "предоставил", "предоставила", "продал", "продала", "заплатил", "заплатила")
# fmt: on
DEMONSTRATIVES = ("этот", "эта", "это", "эти", "этого", "этой")  # a capitalised noun right after one points back: no name
REFLEXIVES = ()  # no reflexive clitic between a subject and its verb here
NAME_JOINERS = ("&",)  # "Procter & Gamble": one name across the sign
DEFINITES = ("все", "эти", "оба", "обе")  # a small count right after one refers back to things named before: nobody's
ADVERB_ENDINGS: tuple[str, ...] = ()  # an adverb between a sentence's first word and its verb
HEAD_LINKS: tuple[str, ...] = ()  # "Sales at Acme rose 5%": the name after one heads the clause's subject
SCALED_CURRENCIES: dict[str, str] = {}  # currency words that are money only after a scale word (English "pounds")
INFINITIVES: tuple[str, ...] = ()  # no marker between a name and its infinitive here ("expects Acme to report")
# What happened to the people counted, next to the number: series keep the dead apart from the
# wounded (see storyline/lang/en/figures.py). FATE_OF: the measures so refined.
FATE_OF = ("people",)
FATES = {
    "застрелил": "deaths", "застрелили": "deaths",
    "погиб": "deaths", "погибла": "deaths", "погибнув": "deaths", "гибель": "deaths", "гибели": "deaths",
    "смерти": "deaths", "пострадал": "injured", "пострадало": "injured", "ранения": "injured",
    "пропавшими": "missing", "пропавших": "missing",
    "погибли": "deaths", "погибших": "deaths", "убиты": "deaths", "убитых": "deaths",
    "погибло": "deaths", "ранены": "injured", "раненых": "injured", "пострадали": "injured",
    "пострадавших": "injured", "пропали": "missing", "задержаны": "arrested",
    "эвакуированы": "evacuated",
}
SUBORDINATORS = ("если", "когда", "хотя", "потому")
COUNT_NOUNS = ("число", "количество")
PERSON_RELATIVES: tuple[str, ...] = ()
STAKES = ()  # "a 10% stake in Beta": the name after the link is what is held
STAKE_LINKS = ()
PARTICLES: tuple[str, ...] = ()
TIME_OPENERS = ()  # "Last year Russia carried out": a time phrase before the subject
CLAUSE_SPEECH_VERBS = ("сказал", "заявил", "говорит")  # verbs of speech that take a clause, never a figure: the said clause's figures
GROUP_ADJECTIVES: tuple[str, ...] = ()  # such adjectives take no capital here: never read as names
