"""Portuguese tables of the figures layer (same names as ``storyline/lang/en/figures.py``)."""

# fmt: off
DECIMAL = ","

NUMBER_WORDS = {
    "zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5,
    "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "vinte": 20,
    "trinta": 30, "quarenta": 40, "cinquenta": 50, "cem": 100, "mil": 1000, "uma dúzia": 12,
}
SCALES = {
    "dúzia": 12, "dúzias": 12, "mil": 1e3, "milhão": 1e6, "milhões": 1e6, "bilhão": 1e9,
    "bilhões": 1e9, "mil milhões": 1e9,
}
WEAK_NUMBERS = ("um", "uma")
NEGATIONS = ("nenhum", "nenhuma")

QUALIFIERS = {
    "cerca de": "about", "aproximadamente": "about", "quase": "nearly", "mais de": "more than",
    "pelo menos": "at least", "ao menos": "at least", "até": "up to", "menos de": "less than",
    "apenas": "exactly",
}

MEASURES = {
    "soldados": "troops", "militares": "troops", "tropas": "troops", "pessoas": "people",
    "outras": "people", "outros": "people", "civis": "people", "mortos": "deaths", "mortes": "deaths",
    "vítimas": "deaths", "feridos": "injured", "feridas": "injured", "refugiados": "refugiado",
    "migrantes": "migrante", "países": "countries", "empresas": "companies", "empregos": "jobs",
    "votos": "votes", "ataques": "attacks", "atentados": "attacks", "línguas": "languages",
    "idiomas": "languages", "casos": "cases",
    "funcionários": "funcionário", "trabalhadores": "trabalhador", "passageiros": "passageiro",
    "aviões": "avião", "encomendas": "encomenda", "postos de trabalho": "jobs", "assentos": "assento",
    "ações": "ação", "toneladas": "tonelada", "quilômetros": "quilômetro", "quilómetros": "quilômetro",
}
# Counted nouns recorded as written, by the shared (English) measure key series group them under.
SERIES_MEASURES = {
    "refugiado": "refugee", "migrante": "migrant",
    "km": "kilometre",
    "funcionário": "employee", "trabalhador": "worker", "passageiro": "passenger",
    "avião": "aircraft", "aeronave": "aircraft", "encomenda": "order", "pedido": "order",
    "assento": "seat", "ação": "share", "tonelada": "tonne", "quilômetro": "kilometre",
    "cliente": "customer",
}
INDEX_WORDS = ("índice",)  # a stock index's name ends in one: a bare number it moves by counts points
INDEX_LINKS = ("a", "para", "em")
# people counted after them are the employer's
STAFF_VERBS = ("demitir", "demite", "demitiu", "contratar", "contrata", "contratou", "emprega")
PERCENT = ("por cento", "pontos percentuais")
CURRENCIES = {
    "$": "USD", "us$": "USD", "dólares": "USD", "€": "EUR", "euros": "EUR", "r$": "BRL",
    "reais": "BRL", "dólar": "USD", "euro": "EUR", "libras": "GBP"}
NOT_COUNTED = (
    "anos", "ano", "meses", "mês", "semanas", "semana", "dias", "dia", "horas", "hora", "minutos",
    "décadas", "séculos", "vezes", "segundos", "segundo", "minuto",
)
PLURAL_SUFFIXES = ("s",)
IRREGULAR_PLURALS: dict[str, str] = {}
SINGULAR_RULES = (("ções", "ção"), ("ões", "ão"), ("ães", "ão"), ("s", ""))

MONTHS = {
    "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
    "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}
WEEKDAYS = (
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
    "domingo",
)
AGE_CUES = ("idade",)
ID_CUES = ("nº", "n.º", "número", "artigo", "capítulo", "página")
# A price for each share of an offer or bid is the target's, the one after the link: "a $10-a-share tender
# offer for the shares outstanding of Dataproducts Corp.".
OFFERS = ("oferta", "ofertas")
OFFER_LINKS = ("por", "pela", "pelo")
# Made things of an order are the buyer's, the one after the link: "an order from Qatar Airways for up to 60 of
# its new A350 jets".
ORDERS = ("pedido", "pedidos", "encomenda")
ORDER_LINKS = ("de", "da", "do")
# Wholes a share makes up a population of, nobody's: "90 percent of the population in Kosovo".
POPULATIONS = ("população", "populações", "habitantes", "eleitorado")
GROUP_LABELS = ()
TIME_CUES = ("às",)

FUNCTION_WORDS = (
    "o", "a", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "e", "ou", "mas", "em",
    "no", "na", "nos", "nas", "por", "para", "com", "sem", "sobre", "entre", "após", "desde",
    "que", "quem", "onde", "é", "são", "foi", "foram", "era", "eram", "tem", "têm", "tinha",
    "não", "mais", "menos", "se", "ele", "ela", "eles", "elas", "deixa", "causa", "mata", "também",
)
TITLES = (  # before a person's name: neither a name nor a place
    "sr", "sra", "dr", "presidente", "ministro", "general",
)
PLACE_PREPOSITIONS = ("em", "no", "na", "nos", "nas")
OWNER_PREPOSITIONS = ("de", "do", "da")
BACK_LINKS = ("a", "para", "de")
# A rate word after a number with nothing counted after it makes a price or rate of it, never the
# count of a noun before it (RATE_WORDS).
RATE_WORDS = ("por", "cada")
RATE_DENOMINATORS = ("cada",)  # "uno por cada mil habitantes", "per 100,000 people": a rate's base, no count
COUNT_NOUNS = ("número", "total")  # "desciende a 290 el número de cascos azules": what the number after its verb counts
COORDINATORS = ("e", "mas", "ou")
CLAUSE_WORDS = ("enquanto", "que", "mas")

PLAN_CUES = (
    "planeja", "prevê", "previsto", "vai", "vão", "deverá", "deverão", "meta", "objetivo", "reduzir",
)
PAST_CUES = ("atrás", "era", "eram", "tinha", "tinham", "anteriormente")

RELATIVE_TIMES = {
    "há um ano": ("month", -12), "um ano atrás": ("month", -12), "ano passado": ("year", -1),
    "próximo ano": ("year", 1), "este ano": ("year", 0), "hoje": ("month", 0), "atualmente": ("month", 0),
}
TIME_MODIFIERS = {"início de": "early", "final de": "late", "fim de": "late", "meados de": "mid"}
SINCE_WORDS = ("desde",)  # "since 2003": where a span starts, not when a figure holds
DEADLINE_WORDS = ("até",)

# Company forms left out of a name as series group it ("Meridian National Corp.").
CORPORATE_SUFFIXES = ("s.a.", "sa", "ltda")
ALIASES = {
    "estados unidos": "United States", "eua": "United States", "americano": "United States",
    "americanos": "United States", "norte-americano": "United States", "norte-americanos": "United States",
    "otan": "NATO", "brasil": "Brazil", "brasileiro": "Brazil", "brasileiros": "Brazil",
    "portugal": "Portugal", "português": "Portugal", "portugueses": "Portugal", "onu": "United Nations",
    "ue": "European Union",
}
ORGANISATIONS = ("NATO", "United Nations", "European Union")
UNITS = {"gb": "gb", "mb": "mb", "tb": "tb", "km": "km", "kg": "kg", "mw": "mw"}
UNSAID_MEASURES = {"tripulação": "people", "pai": "filho", "mãe": "filho", "família": "people"}
GOODS = ("avião", "aeronave", "jato", "carro", "veículo", "navio", "trem", "comboio", "telefone")
UNOWNED = ("km", "quilômetro", "metro", "milha", "polegada", "tonelada", "kg", "gb", "mb", "tb", "mw")
PREPOSITIONS = (
    "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "a", "ao", "por", "pelo",
    "pela", "para", "com", "sem", "sobre", "entre", "após", "desde", "até", "contra", "durante",
)
DETERMINERS = (
    "o", "a", "os", "as", "um", "uma", "uns", "umas", "seu", "sua", "seus", "suas", "este", "esta",
    "todos", "todas",
)
NOUNS_CAPITALISED = False  # only names (and sentence starts) take a capital
LEADS = ("vantagem", "frente")  # a margin after MARGIN_LINKS and one of these is the leader's
MARGIN_LINKS = ("por",)
MOVE_WORDS = ("alta", "baixa")
SUBJECT_OPENERS = (
    "que", "quando", "se", "porque", "enquanto", "disse", "diz", "afirmou", "anunciou", "informou",
)
PARTITIVES = ("de", "dos", "das")
PARTITIVE_PRONOUNS = ("eles", "elas")
ELLIPSIS_LINKS = ("e", "ou", "de", "que")
CURRENCY_FRACTIONS = {"centavos": ("BRL", 0.01), "cêntimos": ("EUR", 0.01)}
UNIT_LINKS = ("de",)
PLACE_ADJECTIVES: tuple[str, ...] = ()
# Words right after a sentence's capitalised first word that make it a name, not a sentence-start capital.
# Nouns of a price two parties share: an amount of theirs has no owner ("a $40 billion contract").
DEALS = ("contrato", "contratos", "acordo", "acordos", "fusão")
# Prepositions before the one made things go to, the buyer who owns them.
RECIPIENT_PREPOSITIONS = ("a", "ao", "à")
# Possessive pronouns: before a number ("his four grandparents", "40 percent of its exports") they
# point back to the last possessive name ("Elian's father, his four grandparents").
POSSESSIVES = ("seu", "sua", "seus", "suas")
VERB_ENDINGS: tuple[str, ...] = ()  # no ending tells a verb from a noun well enough
RANGE_LINKS = ("a", "e", "ou")  # "7,000 to 8,000 employees": the first number counts what the second does
SUBJECT_VERBS = ("tem", "tinha", "é", "foi", "será", "vai", "disse", "anunciou", "afirmou", "também")
# Relative words after a counted noun: the relative clause's subject has what is counted
# ("7,000 employees that Unisys said would be laid off").
RELATIVES = ("que",)
PRONOUNS = ("ele", "ela", "eles", "elas")  # subject pronouns: "the 50% stake it agreed to acquire" is the last name's
WORTH = ("valor", "avaliado", "avaliada")  # between a deal and its price: "a deal worth $5 billion", "un acuerdo por valor de"
# Verbs that say a clause besides the quotes table's cues ("estimated that 100,000 women").
SAYING = ("estimado", "estima", "estimou", "estimaram")
ROLE_OPENERS = ("como",)  # a sentence opening "As a father of eight children, Castro said": the subject's
# Verbs that supply someone with things, and the word before what is supplied (the supplied one's).
SUPPLY_VERBS = ("fornecer", "fornece", "fornecerá", "equipar", "dotar", "abastecer")
SUPPLY_LINKS = ("com", "de")
LABELS = ("classe", "série", "fase")  # first words of labels, no owners: "Class C warrants"
# Past-tense endings: a relative clause without a relative word ("the 28,000 systems Sun shipped").
PAST_ENDINGS: tuple[str, ...] = ()
# Plural adjectives that come before a counted noun: skipped when looking for the noun ("veinte nuevos jets").
ADJECTIVES = ("novos", "novas", "grandes", "últimos", "últimas", "primeiros", "primeiras", "outros", "outras",
              "pequenos", "pequenas", "velhos", "velhas", "principais")
# Common words that open a sentence before a verb or a plural and are never names ("Revenue declined 8%",
# "Foreign ministers of member-states agreed").
COMMON_WORDS = ("vendas", "lucros", "receitas", "perdas", "exportações", "importações", "ações", "preços", "custos",
                "encomendas", "entregas", "produção", "inflação")
# Verbs of a share price's move: bare numbers after a name and one are a price ("Kirschner Medical fell 4
# to 15"), in the currency the language's markets quote.
PRICE_MOVES: tuple[str, ...] = ()
PRICE_CURRENCY = "EUR"
# Verbs of giving: a name right after one and before the number gets it ("gave Patriot 13 percent").
GIVE_VERBS = ("dá", "deu", "concede", "concedeu", "oferece", "ofereceu", "vende", "vendeu", "paga", "pagou", "empresta", "emprestou")
# fmt: on
DEMONSTRATIVES = ("este", "esta", "estes", "estas", "esse", "essa", "esses", "essas")  # a capitalised noun right after one points back: no name
REFLEXIVES = ("se",)  # a sentence's first word before one and a verb is its subject
NAME_JOINERS = ("&",)  # "Procter & Gamble": one name across the sign
DEFINITES = ("os", "as", "ambos", "ambas", "todos", "todas", "estes", "estas")  # a small count right after one refers back to things named before: nobody's
ADVERB_ENDINGS: tuple[str, ...] = ("mente",)  # an adverb between a sentence's first word and its verb
HEAD_LINKS: tuple[str, ...] = ()  # "Sales at Acme rose 5%": the name after one heads the clause's subject
SCALED_CURRENCIES: dict[str, str] = {}  # currency words that are money only after a scale word (English "pounds")
INFINITIVES: tuple[str, ...] = ()  # no marker between a name and its infinitive here ("expects Acme to report")
# What happened to the people counted, next to the number: series keep the dead apart from the
# wounded (see storyline/lang/en/figures.py). FATE_OF: the measures so refined.
FATE_OF = ("people",)
FATES = {
    "morte": "deaths", "mortes": "deaths", "morrem": "deaths", "morreu": "deaths", "óbitos": "deaths",
    "ferimentos": "injured", "ferido": "injured",
    "mata": "deaths", "matou": "deaths", "fere": "injured", "feriu": "injured", "ferindo": "injured",
    "mortos": "deaths", "mortas": "deaths", "morreram": "deaths", "matando": "deaths",
    "feridos": "injured", "feridas": "injured", "desaparecidos": "missing", "presos": "arrested",
    "detidos": "arrested", "evacuadas": "evacuated",
}
SUBORDINATORS = ("se", "quando", "embora", "porque", "enquanto")  # a clause they open keeps its subject to itself
PERSON_RELATIVES: tuple[str, ...] = ()
STAKES = ("participação",)  # "a 10% stake in Beta": the name after the link is what is held
STAKE_LINKS = ("em", "no", "na")
PARTICLES: tuple[str, ...] = ()
TIME_OPENERS = ("no", "este", "esta")  # "Last year Russia carried out": a time phrase before the subject
CLAUSE_SPEECH_VERBS = ("disse", "diz", "dizem")  # verbs of speech that take a clause, never a figure: the said clause's figures
GROUP_ADJECTIVES: tuple[str, ...] = ()  # such adjectives take no capital here: never read as names
