"""Quotations in the languages without quote gold, as a journalist reads them (sentences from the
shared MEANTIME Wikinews articles in Dutch and Spanish, the ITN blurbs, TimeBank and the
Norwegian seed): announcements with an object are no reports, a reported clause in Dutch and the
Romance languages opens with its complementizer, the time of saying is no part of what was said,
the Wikinews copy's ``…' ' marks quote, and datelines and sentence openers are no speakers."""

from __future__ import annotations

from storyline.api import analyze_text
from storyline.model import Document
from storyline.quotes import extract


def _quotes(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker mention) of the quotations of one text, without entities."""
    out = []
    for q in extract(Document(id="t", text=text, lang=lang)):
        mention = q.speaker.mention.text if q.speaker and q.speaker.mention else None
        out.append((q.kind, q.text, mention))
    return out


def test_quotes_announcement_with_object_is_no_report_nl_es_nb() -> None:
    assert _quotes("Apple kondigde ook een mobiele telefoon aan die kan worden gebruikt met iTunes, de Motorola "
                   "ROKR E1, die in de V. S. exclusief verkrijgbaar zal zijn via Cingular Wireless.", "nl") == []
    assert _quotes("Daarnaast kondigde Jobs ook een nieuwe iCloud-service aan, waarmee gegevens tussen de "
                   "apparaten kunnen worden gesynchroniseerd.", "nl") == []
    assert _quotes("Apple anuncia una nueva gama de iPod 5 de septiembre de 2007 Apple ha lanzado varios diseños "
                   "renovados de su popular gama iPod.", "es") == []
    assert _quotes("Rússia anuncia anexação dos oblasts da Ucrânia parcialmente ocupados após referendos "
                   "amplamente condenados.", "pt") == []
    assert _quotes("Stoltenberg tvitret i dag om det han kaller et gjennombrudd i forhandlingene som foregår i "
                   "Doha i Qatar.", "nb") == []
    # with the complementizer they report
    [(kind, text, who)] = _quotes("Jobs zei daarnaast dat iedereen die al een bumper heeft gekocht, zijn geld "
                                  "voor het accessoire zal terugkrijgen.", "nl")
    assert (kind, who) == ("indirect", "Jobs") and text.startswith("iedereen")
    [(kind, text, who)] = _quotes("Aeroflot dice que el acuerdo no afecta sus planes de comprar nuevos Airbuses "
                                  "más adelante.", "es")
    assert who == "Aeroflot" and text.startswith("el acuerdo")


def test_quotes_event_report_is_no_quote_but_announced_clause_is() -> None:
    # ITN: an event "concludes with" its result; a facility "announces that" it achieved something
    assert _quotes("In association football, the FIFA World Cup concludes with Argentina defeating France in "
                   "the final.", "en") == []
    [(kind, text, who)] = _quotes("The US National Ignition Facility announces that it has achieved fusion "
                                  "ignition.", "en")
    assert who == "The US National Ignition Facility" and text == "it has achieved fusion ignition"


def test_quotes_time_of_saying_is_not_what_was_said() -> None:
    # TimeBank (APW19980820.1428): the report is the clause before the attribution
    [(kind, text, who)] = _quotes(
        "The United States had the right to defend its citizens against terrorist actions, New Zealand said "
        "Friday in response to U.S. missile attacks on alleged terrorist sites in Sudan and Afghanistan.", "en")
    assert who == "New Zealand" and text == "The United States had the right to defend its citizens against terrorist actions"
    # seed 002: "said Friday that …" reports what follows "that"
    [(kind, text, who)] = _quotes("NATO foreign ministers said Friday that they are focusing on how to safely "
                                  "evacuate their citizens.", "en")
    assert text.startswith("they are focusing")


def test_quotes_wikinews_typewriter_marks_in_dutch() -> None:
    [(kind, text, who)] = _quotes(
        "Scott Carson, president en CEO van Boeing Commercial Airplanes, zei: ``Dit was een prachtige dag om de "
        "introductie van dit fantastische toestel te vieren met onze klanten. ' ' De middelgrote 787 heeft een "
        "capaciteit van 210 tot 330 passagiers.", "nl")
    assert kind == "direct" and who == "Scott Carson" and text.startswith("``Dit was") and text.endswith("' '")
    [(kind, text, who)] = _quotes("Chief executive Thomas Enders zei in een verklaring: ``We willen weten wat er "
                                  "gebeurd is, want de verbetering van luchtveiligheid is onze hoogste prioriteit. "
                                  "' '", "nl")
    assert who == "Chief executive Thomas Enders"  # not the title word alone


def test_quotes_sentence_openers_are_no_speakers_nl_es() -> None:
    assert _quotes("Er wordt gezegd dat dit komt doordat Apple steeds gefrustreerder raakt over het onvermogen "
                   "van IBM om snellere en koelere processoren te leveren.", "nl") == []
    assert _quotes("Ondanks deze kenmerken zijn er mensen die zeggen dat het scherm waarschijnlijk te klein is "
                   "om voldoende kijkplezier te bieden.", "nl") == []
    [(kind, text, who)] = _quotes("Aunque Gallois dijo que esperaba conseguirlo con recortes voluntarios, los "
                                  "sindicatos estaban disgustados.", "es")
    assert who == "Gallois"


def test_quotes_dateline_is_no_part_of_the_speaker_name() -> None:
    # a MEANTIME headline, its dateline and first sentence read as one: the tagger's "May-08 De
    # Amerikaanse vliegtuigbouwer Boeing" names Boeing
    doc = analyze_text("Boeing stelt ontwikkeling van vervanging voor 737 uit 24-May-08 De Amerikaanse "
                       "vliegtuigbouwer Boeing kondigde aan dat de ontwikkeling van een vervanger voor zijn 737 "
                       "narrowbody-vliegtuig enkele jaren wordt uitgesteld.", lang="nl")
    [q] = doc.quotes
    assert q.speaker is not None and q.speaker.name == "Boeing" and q.text.startswith("de ontwikkeling")


def test_quotes_segments_chained_in_straight_marks_are_no_quotations() -> None:
    # the Dutch Wikinews translation wraps narration piecewise in straight marks
    text = ('"De persconferentie volgde enkele dagen nadat Consumer Reports weigerde de nieuwste telefoon van '
            'Apple de status" "aanbevolen" "te geven vanwege de antennepositie."')
    assert _quotes(text, "nl") == []
    # a segment the one before introduces with a colon is what was said, and the narration speaks
    text = ('"Tijdens de introductie van de iPhone 4 op de jaarlijkse conferentie begon Jobs met een verwijzing '
            'naar dit incident en zei hij:" "Onderbreek me maar als je dit al hebt gezien."')
    [(kind, quoted, who)] = _quotes(text, "nl")
    assert kind == "direct" and quoted == '"Onderbreek me maar als je dit al hebt gezien."' and who == "hij"
    # two quotations of two speakers, the first ending its sentence, stay (the Italian copy)
    text = ('"Sono soddisfatto della conclusione positiva della faccenda." "I prossimi anni promettono momenti '
            'molto eccitanti per noi", ha dichiarato Neil Aspinall, dirigente di Apple Corps.')
    assert [q[1] for q in _quotes(text, "it")][-1] == '"I prossimi anni promettono momenti molto eccitanti per noi"'


def test_quotes_verb_second_subject_before_complementizer_nl() -> None:
    [(kind, text, who)] = _quotes("Tijdens een persconferentie op 16 juli zei Jobs dat alle kopers van een iPhone 4 "
                                  "recht hadden op een gratis hoes.", "nl")
    assert who == "Jobs" and text.startswith("alle kopers")
    # the subject before an apposition, past a stray mark of the copy
    [(kind, text, who)] = _quotes('"Lewis W. Teperman, arts bij New York University, zegt dat" "gezondheidsproblemen '
                                  'die niet levensbedreigend zijn vaak voorkomen bij transplantatiepatiënten."', "nl")
    assert who == "Lewis W. Teperman"


def test_quotes_italian_and_spanish_cues_and_openers() -> None:
    [(kind, text, who)] = _quotes('"I prossimi anni promettono momenti molto eccitanti per noi", ha rivelato Neil '
                                  "Aspinall, dirigente di Apple Corps.", "it")
    assert who == "Neil Aspinall"
    [(kind, text, who)] = _quotes("Aeroflot sostiene che l' accordo non pregiudica i piani per l' acquisto di nuovi "
                                  "Airbus in un secondo momento.", "it")
    assert who == "Aeroflot" and text.startswith("l' accordo")
    assert _quotes("Va ricordato che il capitale sociale di Apple Inc è triplicato nel 2004, raddoppiato nel 2005 "
                   "ed è aumentato del 16 per cento nel 2006.", "it") == []  # an impersonal "it must be said"
    [(kind, text, who)] = _quotes('"Los próximos años van a ser muy emocionantes para nosotros", confesaba Neil '
                                  "Aspinall, director de Apple Corps.", "es")
    assert who == "Neil Aspinall"
    assert _quotes("Sin embargo, siguió diciendo que si el fabricante estuviera dispuesto a pagar dicho coste, él no "
                   "tenía ninguna objeción a la compra de aviones.", "es") == []  # the opener speaks no words


def test_quotes_norwegian_announcement_of_a_thing_is_no_report() -> None:
    # seed 003: the breakthrough was announced, nothing reported
    assert _quotes("Talibans politiske talsperson Mohammed Naeem og et medlem av regjeringens forhandlingsteam "
                   "kunngjorde gjennombruddet i likelydende uttalelser onsdag.", "nb") == []


def test_quotes_name_before_apposition_speaks_not_het_volgende() -> None:
    text = ("Louis Gallois, president en CEO van het bedrijf, verklaarde het volgende: ``Vandaag is een mooie dag in "
            "de geschiedenis van de luchtvaart. ' '")
    [(kind, quoted, who)] = _quotes(text, "nl")
    assert kind == "direct" and who == "Louis Gallois"


def test_quotes_segment_after_a_colon_segment_is_direct_speech() -> None:
    text = ('"In zijn ontslagbrief schreef Jobs het volgende:" "Ik heb een aantal van mijn beste vrienden leren '
            'kennen bij Apple en ik wil jullie allemaal bedanken voor de vele jaren waarin wij samenwerkten." ""')
    [(kind, quoted, who)] = _quotes(text, "nl")
    assert kind == "direct" and quoted.startswith('"Ik heb') and who == "Jobs"
    text = ('"De president van de Verenigde Staten zei het volgende:" "Steve was een van de grootste Amerikaanse '
            'uitvinders: dapper genoeg om anders te denken." "."')
    [(kind, quoted, who)] = _quotes(text, "nl")
    assert who == "De president"  # not "de Verenigde Staten"


def test_quotes_complementizer_further_off_where_always_written() -> None:
    [(kind, text, who)] = _quotes("Airbus kondigde als ``voorzorgsmaatregel ' ' aan dat twee van de Rolls-Royce "
                                  "Trent 900-motoren op het prototype zouden worden vervangen voor aanvang van de "
                                  "tournee.", "nl")
    assert who == "Airbus" and text.startswith("twee van de")


def test_quotes_report_in_the_infinitive_italian() -> None:
    [(kind, text, who)] = _quotes("Cisco dichiara di aver ricevuto il marchio nel 2000, anno in cui la società ha "
                                  "acquisito Infogear Technology Corp., fondata nel 1996.", "it")
    assert who == "Cisco" and text.startswith("di aver ricevuto")
    # an object after the same verb is still no report
    assert _quotes("Steve ha annunciato il rilascio di Mac OS X Leopard nel 2007, contemporaneamente a Longhorn di "
                   "Microsoft.", "it") == []
