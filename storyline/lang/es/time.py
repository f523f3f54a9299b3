"""Spanish time words for ``storyline.time`` (keys as in ``storyline/time/lexicon.py``)."""

# fmt: off
MONTHS = {
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4,
    "mayo": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8,
    "septiembre": 9, "setiembre": 9, "sept": 9, "sep": 9, "octubre": 10, "oct": 10,
    "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
}
CASED_MONTHS = False
WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
            "sábado": 5, "sabado": 5, "domingo": 6}
UNITS = {
    "día": "D", "días": "D", "dia": "D", "dias": "D", "semana": "W", "semanas": "W",
    "mes": "M", "meses": "M", "año": "Y", "años": "Y", "década": "DE", "décadas": "DE",
    "siglo": "CE", "trimestre": "Q", "trimestres": "Q", "semestre": "HA", "hora": "H", "horas": "H",
    "minuto": "MI", "minutos": "MI", "fin de semana": "WE",
}
NUMBERS = {
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30,
    "cincuenta": 50, "cien": 100,
}
INDEFINITE = {"un", "una"}
FUZZY = {"varios", "varias", "algunos", "algunas", "pocos", "muchos"}
ORDINALS = {"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3,
            "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4}
ORDINAL_SUFFIX = r"º|ª|o"
PREVIOUS = {"pasado", "pasada", "último", "última", "ultimo", "ultima", "anterior"}
PAST = {"últimos", "últimas"}
NEXT = {"próximo", "próxima", "proximo", "proxima", "próximos", "próximas", "siguiente",
        "que viene"}
THIS = {"este", "esta", "estos", "presente", "actual"}
# "dos días antes/después (de ...)" counts from another event: the duration alone is the expression
AGO_AFTER = {"atrás"}
AGO_BEFORE = {"hace"}
LATER_AFTER = {"más tarde"}
EDGES = {"comienzos de": "START", "principios de": "START", "inicios de": "START",
         "mediados de": "MID", "finales de": "END", "fines de": "END"}
SEASONS = {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"}
DEICTIC = {
    "hoy": "0D", "el día de hoy": "0D", "ayer": "-1D", "el día de ayer": "-1D",
    "mañana": "+1D", "anteayer": "-2D", "esta noche": "TNI", "esta mañana": "TMO",
    "ahora": "PRESENT_REF", "actualmente": "PRESENT_REF", "en la actualidad": "PRESENT_REF",
    "recientemente": "PAST_REF", "más recientemente": "PAST_REF", "el futuro": "FUTURE_REF",
    "ese mismo día": "PREV", "ese día": "PREV",
}
PARTS_OF_DAY = {"por la mañana": "MO", "por la tarde": "AF", "por la noche": "NI"}
ARTICLES = {"el", "la", "los", "las", "lo"}
# "from 2009 to 2011": a span of years
RANGE_START = {"entre", "desde"}
RANGE_JOIN = {"y", "hasta", "a"}
CONNECTORS = {"de", "del"}
SETS = {"anual": "P1Y", "anuales": "P1Y", "anualmente": "P1Y", "cada año": "P1Y", "mensual": "P1M",
        "semanal": "P1W", "diario": "P1D", "diaria": "P1D", "cada día": "P1D"}
SIGNALS = {"desde": "SINCE", "hasta": "UNTIL", "antes de": "BEFORE", "después de": "AFTER",
           "en": "IN", "para": "BY", "durante": "DURING"}
FUTURE_WORDS = {"va a", "van a", "prevé", "previsto", "prevista", "planea"}
FUTURE_SUFFIX = r"(?:ará|erá|irá|arán|erán|irán)"
DATE_ORDER = "DMY"
# "Jobs, de 55 años", "a los 56 años": the duration after these is an age
AGE_BEFORE = {", de", "a los", "edad de"}
# Words that introduce the publication date on a crawled page ("Published: 21 Nov 2020")
PUBLISHED_WORDS = {"publicado", "publicado el", "fecha de publicación"}
CAPTION_MARKERS = ("Foto:", "EFE", "AFP", "Reuters", "Getty Images")
FILE_MARKERS = ("archivo",)
PLURAL_UNITS = {"años", "meses", "semanas", "días", "décadas"}  # "a lo largo de los años": some years
# fmt: on
