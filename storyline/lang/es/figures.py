"""Spanish tables of the figures layer (same names as ``storyline/lang/en/figures.py``)."""

# fmt: off
DECIMAL = ","

NUMBER_WORDS = {
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200,
    "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400,
    "quinientos": 500, "quinientas": 500, "mil": 1000,
    "una docena": 12,
}
SCALES = {"docena": 12, "docenas": 12, "mil": 1e3, "millón": 1e6, "millones": 1e6, "mil millones": 1e9}
WEAK_NUMBERS = ("un", "uno", "una")
NEGATIONS = ("ningún", "ninguna", "ninguno")

QUALIFIERS = {
    "alrededor de": "about", "unos": "about", "unas": "about", "aproximadamente": "about",
    "cerca de": "about", "casi": "nearly", "más de": "more than", "al menos": "at least",
    "por lo menos": "at least", "hasta": "up to", "menos de": "less than", "solo": "exactly",
}

MEASURES = {
    "soldados": "troops", "militares": "troops", "tropas": "troops", "efectivos": "troops",
    "personas": "people", "otras": "people", "otros": "people", "civiles": "people",
    "muertos": "deaths", "muertes": "deaths", "víctimas": "deaths", "heridos": "injured",
    "refugiados": "refugiado", "migrantes": "migrante", "países": "countries", "empresas": "companies",
    "empleos": "jobs", "votos": "votes", "ataques": "attacks", "atentados": "attacks",
    "idiomas": "languages", "lenguas": "languages", "casos": "cases",
    "empleados": "empleado", "trabajadores": "trabajador", "pasajeros": "pasajero",
    "aviones": "avión", "pedidos": "pedido", "puestos de trabajo": "jobs", "escaños": "escaño",
    "acciones": "acción", "toneladas": "tonelada", "kilómetros": "kilómetro",
    "compañías": "companies", "aerolíneas": "companies",
}
# Counted nouns recorded as written, by the shared (English) measure key series group them under.
SERIES_MEASURES = {
    "refugiado": "refugee", "migrante": "migrant",
    "km": "kilometre",
    "empleado": "employee", "trabajador": "worker", "pasajero": "passenger", "avión": "aircraft",
    "aeronave": "aircraft", "avión cisterna": "tanker", "jet": "aircraft", "pedido": "order",
    "escaño": "seat", "asiento": "seat", "plaza": "seat", "acción": "share", "tonelada": "tonne",
    "kilómetro": "kilometre", "milla": "mile", "cliente": "customer", "canción": "song",
    "modelo": "model", "invitado": "guest", "estado": "state", "desarrollador": "developer",
    "versión": "version", "planta": "plant", "proveedor": "supplier", "unidad": "unit",
    "ciudad": "city", "pulgada": "inch", "dispositivo": "device", "gigabyte": "gb",
    "prestación": "feature", "ingeniero": "engineer", "metro": "metre",
    "milímetro": "millimetre", "cámara": "camera", "aplicación": "application", "tamaño": "size",
    "marca": "brand", "ruta": "route", "incidente": "incident", "asistente": "attendee",
    "puesto": "jobs", "nación": "countries", "tipo": "type", "clase": "class",
}
# Words right after a sentence's capitalised first word that make it a name ("Boeing ha asegurado").
# Nouns of a price two parties share: an amount of theirs has no owner ("a $40 billion contract").
DEALS = ("contrato", "contratos", "acuerdo", "acuerdos", "fusión")
# Prepositions before the one made things go to, the buyer who owns them.
RECIPIENT_PREPOSITIONS = ("a", "al")
# Possessive pronouns: before a number ("his four grandparents", "40 percent of its exports") they
# point back to the last possessive name ("Elian's father, his four grandparents").
POSSESSIVES = ("su", "sus")
VERB_ENDINGS: tuple[str, ...] = ()  # no ending tells a verb from a noun well enough
RANGE_LINKS = ("a", "y", "o")  # "7,000 to 8,000 employees": the first number counts what the second does
SUBJECT_VERBS = (
    "ha", "había", "dijo", "anunció", "tiene", "será", "fue", "es", "también", "anuncia", "compra",
    "vende", "gana", "pierde", "asegura", "presenta", "lanza", "revela", "negocia", "ejerce",
    "adquiere", "firma", "encarga", "pide", "cierra", "recorta", "despide", "contrata", "invierte",
)
# Finite verbs after a subject at a sentence's start (it is a name: "Boeing dice que tienen 800
# pedidos", "Ryanair posee el 25%"); with SUBJECT_VERBS.
FINITE_VERBS = (
    "han", "habían", "tienen", "tenía", "dice", "dicen", "posee", "poseen", "cuenta", "cuentan",
    "dispone", "emplea", "espera", "prevé", "planea", "quiere", "ofrece", "recibe", "recibirá",
    "compró", "vendió", "ganó", "perdió", "pagó", "ordenó", "encargó", "declaró", "afirma", "afirmó",
    "estima", "estimó", "son", "era", "eran", "está", "están", "va", "van", "debe", "puede",
)
FINITE_ENDINGS = ("ó", "rá", "rán", "aron", "ieron")  # "anunció", "perderá", "compraron": no noun ends so
ADVERB_ENDINGS = ("mente",)  # an adverb may stand between a subject and its verb ("Boeing inizialmente aveva")
STAFF_VERBS = ("despedir", "despide", "despidió", "despedirá", "contratar", "contrata", "contrató", "emplea")
INDEX_WORDS = ("índice",)  # a stock index's name ends in one: a bare number it moves by counts points
INDEX_LINKS = ("a", "en")
PERCENT = ("por ciento", "puntos porcentuales")
CURRENCIES = {
    "$": "USD", "dólares": "USD", "€": "EUR", "euros": "EUR", "pesos": "MXN", "us$": "USD",
    "dólar": "USD", "euro": "EUR", "libras": "GBP", "yuanes": "CNY",
    # the currencies before the euro (EFE's news of 2000): "19.873 millones de pesetas"
    "pesetas": "ESP", "peseta": "ESP", "marcos": "DEM", "francos": "FRF", "liras": "ITL", "escudos": "PTE",
    "florines": "NLG", "reales": "BRL",
    "gb #": "GBP",  # MEANTIME's Spanish writes the pound sign so: "20.100 millones de GB #"
}
NOT_COUNTED = (
    "años", "año", "meses", "mes", "semanas", "semana", "días", "día", "horas", "hora", "minutos",
    "décadas", "siglos", "veces", "partidos", "goles", "segundos", "segundo", "minuto", "jornadas", "jornada",
    "centésimas", "décimas", "milésimas",
)
PLURAL_SUFFIXES = ("s",)
IRREGULAR_PLURALS = {  # plurals whose stress mark moves ("34 imágenes" -> "imagen")
    "imágenes": "imagen", "órdenes": "orden", "exámenes": "examen", "volúmenes": "volumen", "márgenes": "margen",
    "jóvenes": "joven", "crímenes": "crimen", "regímenes": "régimen", "orígenes": "origen",
}
SINGULAR_RULES = (  # "-es" goes only after a consonant a Spanish word may end in ("partes" -> "parte")
    ("ciones", "ción"), ("siones", "sión"), ("ones", "ón"), ("ntes", "nte"), ("íses", "ís"), ("les", "l"),
    ("nes", "n"), ("res", "r"), ("des", "d"), ("ces", "z"), ("jes", "j"), ("yes", "y"), ("s", ""),
)

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
AGE_CUES = ("edad",)
ID_CUES = ("nº", "n.º", "número", "artículo", "capítulo", "página")
# A price for each share of an offer or bid is the target's, the one after the link: "a $10-a-share tender
# offer for the shares outstanding of Dataproducts Corp.".
OFFERS = ("oferta", "ofertas", "opa")
OFFER_LINKS = ("por",)
# Made things of an order are the buyer's, the one after the link: "an order from Qatar Airways for up to 60 of
# its new A350 jets".
ORDERS = ("pedido", "pedidos", "encargo")
ORDER_LINKS = ("de",)
# Wholes a share makes up a population of, nobody's: "90 percent of the population in Kosovo".
POPULATIONS = ("población", "poblaciones", "habitantes", "electorado")
GROUP_LABELS = ()
TIME_CUES = ("las",)

FUNCTION_WORDS = (
    "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "y", "o", "pero", "en",
    "a", "al", "por", "para", "con", "sin", "sobre", "entre", "tras", "desde", "que", "quien",
    "donde", "es", "son", "fue", "fueron", "era", "eran", "ha", "han", "había", "no", "más",
    "menos", "se", "él", "ella", "ellos", "ellas", "también", "su", "sus",
    "ya", "hoy", "ayer", "ahora", "además", "así", "aún", "todavía", "entonces",  # adverbs opening a clause
)
TITLES = (  # before a person's name: neither a name nor a place
    "sr", "sra", "dr", "presidente", "ministro", "general",
)
PLACE_PREPOSITIONS = ("en",)
OWNER_PREPOSITIONS = ("de", "del")
BACK_LINKS = ("a", "de")
# A rate word after a number with nothing counted after it makes a price or rate of it, never the
# count of a noun before it (RATE_WORDS).
RATE_WORDS = ("por", "cada")  # "200 millones por avión"
RATE_DENOMINATORS = ("cada",)  # "uno por cada mil habitantes", "per 100,000 people": a rate's base, no count
COUNT_NOUNS = ("número", "total", "cifra")  # "desciende a 290 el número de cascos azules": what the number after its verb counts
COORDINATORS = ("y", "pero", "o")
CLAUSE_WORDS = ("mientras", "que", "pero")

PLAN_CUES = ("planea", "prevé", "previsto", "va", "van", "deberá", "meta", "objetivo", "reducir")
PAST_CUES = ("hace", "era", "eran", "había", "habían", "anteriormente")

RELATIVE_TIMES = {
    "hace un año": ("month", -12), "el año pasado": ("year", -1), "el próximo año": ("year", 1),
    "el año que viene": ("year", 1), "este año": ("year", 0), "hoy": ("month", 0),
    "actualmente": ("month", 0),
}
TIME_MODIFIERS = {"principios de": "early", "finales de": "late", "mediados de": "mid"}
SINCE_WORDS = ("desde",)  # "since 2003": where a span starts, not when a figure holds
DEADLINE_WORDS = ("para", "antes de")

# Company forms left out of a name as series group it ("Meridian National Corp.").
CORPORATE_SUFFIXES = ("s.a.", "sa", "s.l.")
ALIASES = {
    "estados unidos": "United States", "ee. uu.": "United States", "eeuu": "United States",
    "ee.uu.": "United States", "estadounidense": "United States", "estadounidenses": "United States",
    "otan": "NATO", "españa": "Spain", "español": "Spain", "españoles": "Spain", "méxico": "Mexico",
    "mexicano": "Mexico", "onu": "United Nations", "ue": "European Union",
}
ORGANISATIONS = ("NATO", "United Nations", "European Union")
UNITS = {"gb": "gb", "mb": "mb", "tb": "tb", "km": "km", "kg": "kg", "mw": "mw", "hectáreas": "hectárea",
         "microgramos": "microgramo", "miligramos": "miligramo", "gramos": "gramo",
         "decibelios": "decibelio", "db": "db"}
UNSAID_MEASURES = {
    "tripulación": "people", "padre": "hijo", "madre": "hijo", "familia": "people",
    "plantilla": "empleado",
}
GOODS = ("avión", "aeronave", "jet", "coche", "vehículo", "barco", "tren", "teléfono", "ordenador", "gigante")
UNOWNED = ("km", "kilómetro", "metro", "milla", "pulgada", "tonelada", "kg", "gb", "mb", "tb", "mw", "hectárea", "microgramo", "miligramo", "gramo")
PREPOSITIONS = (
    "de", "del", "en", "a", "al", "por", "para", "con", "sin", "sobre", "entre", "tras", "desde",
    "hasta", "hacia", "según", "contra", "durante", "mediante",
)
DETERMINERS = (
    "el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "este", "esta", "estos",
    "estas", "todos", "todas",
)
NOUNS_CAPITALISED = False  # only names (and sentence starts) take a capital
LEADS = ("aventaja", "aventajaba", "ventaja", "delante")  # a margin after MARGIN_LINKS and one of these is the leader's
MARGIN_LINKS = ("por", "en")
MOVE_WORDS = ("sube", "baja")
SUBJECT_OPENERS = (
    "que", "cuando", "si", "porque", "mientras", "dijo", "dice", "afirmó", "anunció", "informó",
    "aseguró",
)
PARTITIVES = ("de", "del")
PARTITIVE_PRONOUNS = ("ellos", "ellas", "estos", "estas")
ELLIPSIS_LINKS = ("y", "o", "de", "que", "frente", "restantes")
CURRENCY_FRACTIONS = {"céntimos": ("EUR", 0.01), "centavos": ("USD", 0.01)}
UNIT_LINKS = ("de",)  # "15.000 millones de dólares"
PLACE_ADJECTIVES: tuple[str, ...] = ()
# Relative words after a counted noun: the relative clause's subject has what is counted
# ("7,000 employees that Unisys said would be laid off").
RELATIVES = ("que",)
# Relatives on the whole clause before, after a comma: the clause they open has its subject
# ("El sábado, Boeing anunció 35 nuevos pedidos ..., lo que suman 677 pedidos de 47 clientes").
CLAUSE_RELATIVES = ("lo que", "lo cual")
SUBORDINATORS = ("si", "cuando", "aunque", "porque", "mientras")  # a clause they open keeps its subject to itself
PRONOUNS = ("él", "ella", "ellos", "ellas")  # subject pronouns: "the 50% stake it agreed to acquire" is the last name's
WORTH = ("valor", "valorado", "valorada", "cifrado")  # between a deal and its price: "a deal worth $5 billion", "un acuerdo por valor de"
# Verbs of saying the quotes table leaves out (participles after "ha"): "Ryanair ha anunciado hoy que ..."
SAYING = ("anunciado", "informado", "confirmado", "comunicado", "explicado", "indicado", "estimado", "estima", "estimó",
          "informó", "informa")
ROLE_OPENERS = ("como",)  # a sentence opening "As a father of eight children, Castro said": the subject's
# Verbs that supply someone with things, and the word before what is supplied (the supplied one's).
SUPPLY_VERBS = ("suministrar", "suministra", "suministrará", "abastecer", "equipar", "dotar", "proveer")
SUPPLY_LINKS = ("con", "de")
LABELS = ("clase", "serie", "fase")  # first words of labels, no owners: "Class C warrants"
# Past-tense endings: a relative clause without a relative word ("the 28,000 systems Sun shipped").
PAST_ENDINGS: tuple[str, ...] = ()
# Plural adjectives that come before a counted noun: skipped when looking for the noun ("veinte nuevos jets").
ADJECTIVES = ("nuevos", "nuevas", "grandes", "últimos", "últimas", "primeros", "primeras", "otros", "otras",
              "pequeños", "pequeñas", "viejos", "viejas", "principales", "diferentes", "distintos", "distintas")
# Common words that open a sentence before a verb or a plural and are never names ("Revenue declined 8%",
# "Foreign ministers of member-states agreed").
COMMON_WORDS = ("ventas", "beneficios", "ingresos", "pérdidas", "exportaciones", "importaciones", "acciones", "precios",
                "costes", "pedidos", "entregas", "producción", "inflación")
# Verbs of a share price's move: bare numbers after a name and one are a price ("Kirschner Medical fell 4
# to 15"), in the currency the language's markets quote.
PRICE_MOVES: tuple[str, ...] = ()
PRICE_CURRENCY = "EUR"
# Verbs of giving: a name right after one and before the number gets it ("gave Patriot 13 percent").
GIVE_VERBS = ("dar", "da", "dio", "otorga", "otorgó", "concede", "concedió", "ofrece", "ofreció", "vende", "vendió", "paga", "pagó", "presta", "prestó")
# fmt: on
DEMONSTRATIVES = ("este", "esta", "estos", "estas", "dicho", "dicha", "dichos", "dichas")  # a capitalised noun right after one points back: no name
REFLEXIVES = ("se",)  # a sentence's first word before one and a verb is its subject
NAME_JOINERS = ("&",)  # "Procter & Gamble": one name across the sign
DEFINITES = ("los", "las", "ambos", "ambas", "todos", "todas", "estos", "estas")  # a small count right after one refers back to things named before: nobody's
HEAD_LINKS: tuple[str, ...] = ()  # "Sales at Acme rose 5%": the name after one heads the clause's subject
SCALED_CURRENCIES: dict[str, str] = {}  # currency words that are money only after a scale word (English "pounds")
INFINITIVES: tuple[str, ...] = ()  # no marker between a name and its infinitive here ("expects Acme to report")
# What happened to the people counted, next to the number: series keep the dead apart from the
# wounded (see storyline/lang/en/figures.py). FATE_OF: the measures so refined.
FATE_OF = ("people",)
FATES = {
    "muerte": "deaths", "muertes": "deaths", "mueren": "deaths", "murió": "deaths", "lesionados": "injured",
    "mata": "deaths", "mató": "deaths", "hiere": "injured", "hirió": "injured",
    "muertos": "deaths", "murieron": "deaths", "fallecieron": "deaths", "muerto": "deaths",
    "fallecidos": "deaths", "matando": "deaths", "heridos": "injured", "heridas": "injured",
    "hiriendo": "injured", "desaparecidos": "missing", "detenidos": "arrested",
    "evacuadas": "evacuated", "evacuados": "evacuated",
}
PERSON_RELATIVES: tuple[str, ...] = ()
STAKES = ("participación",)  # "a 10% stake in Beta": the name after the link is what is held
STAKE_LINKS = ("en",)
PARTICLES: tuple[str, ...] = ()
TIME_OPENERS = ("el", "este", "esta")  # "Last year Russia carried out": a time phrase before the subject
CLAUSE_SPEECH_VERBS = ("dijo", "dice", "dicen", "dijeron")  # verbs of speech that take a clause, never a figure: the said clause's figures
GROUP_ADJECTIVES: tuple[str, ...] = ()  # such adjectives take no capital here: never read as names
