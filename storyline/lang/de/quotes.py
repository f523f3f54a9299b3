"""German quotation knowledge: „…“ and »…« marks, reporting verbs (also in 19th-century spelling).

German puts the verb before the speaker after a quotation („…“, sagte Merkel) and allows "so X"
as a bare attribution; both read as "…, CUE SPEAKER".
"""

# Verb-second word order: after a fronted phrase the subject follows the verb ("Auf diese Worte
# erwiderte Siegfried: …"), so a speaker right after a cue and before the colon wins.
VERB_SECOND = True

# A quotation resumed after its attribution has ended a sentence („…“, sagte er. „…“) is a new
# quotation of the same speaker in German press convention (and in REDEWIEDERGABE), not a second
# half; halves within one sentence („…“, sagte er, „…“) still join.
JOIN_ACROSS_SENTENCES = False

# A reported clause is always set off by a comma ("sagte, er werde …", "versichert auf das
# bestimmteste, daß …"); a verb followed by no comma has an object, not a report ("Die Gruppe
# Triest gab im Jahre 1910 … aus", "Er spricht in demselben von einer Statistica").
CLAUSE_COMMA = True

# A quotation that opens a sentence and is never closed in its paragraph lost its closing mark (or
# re-opens each sentence or stanza with „ as long quotations do): it runs to the paragraph's end
# („Ja, das kommt von der Eitelkeit. … Jahren? „Nein, keineswegs, …"). In English a mark left open
# is mostly a mistyped closing one ('"Oz has …,” said'), so the English table leaves this off.
UNCLOSED_RUNS_ON = True

# Every noun is capitalised, so a speaker phrase "der alte König" ends after its noun (and a name
# after it): "der König seinen Mund dem Ohr …" is the subject "der König" and its objects.
CAPITALISED_NOUNS = True

# Quoted words inside a clause are quotations of their own when they are someone's words, as the
# German press (and REDEWIEDERGABE) treat them: "zugegeben habe, „nicht entsprechend eingeweiht
# “worden zu sein". Only lower-case fragments of a few words: titles and names start capitalised.
QUOTED_FRAGMENTS = True

# Ordinal numbers are written with a stop ("am 9. September", "die 37. Sitzung"): a stop after a
# number of one or two digits ends no sentence ("Die Neue Berliner Zeitung berichtet unterm 9.
# September: …").
ORDINAL_STOPS = True

# fmt: off
MARKS = (("„", "“"), ("»", "«"), ("„", "”"), ('"', '"'), ("‚", "‘"), ("›", "‹"))
DASHES = ("–", "—")
# Dialogue told in dash turns inside one paragraph, typewriter "--" included ("… Zahn um Zahn.
# -- Wird Rache Eure früheren Leiden tilgen? …", "-- Ja, sagte eine Frau, …").
TURN_DASHES = ("--", "—", "–")

# Speech after a colon without marks ("Präs.: Sie haben das Recht …", "Das Blatt erzählt: Es …"),
# common in German newspapers (court reports, correspondence); English transcripts are not speech
# in the gold conventions storyline is measured on.
COLON_SPEECH = True

# Words that announce quoted text before a colon when no reporting verb does ("wird gemeldet:",
# "läßt sich … folgendermaßen hören:").
INTRODUCERS = frozenset("""
gemeldet berichtet geschrieben mitgetheilt mitgeteilt veröffentlicht veröffentlichte telegraphirt
telegraphiert folgendermaßen wörtlich bericht depesche erklärung zuschrift bemerkung antwort frage
worte worten ausruf aufschrift äußerung äusserung
""".split())
# "The following" announces quoted text only before a noun of speech or writing ("veröffentlicht
# folgenden Cholerabericht:", not "wie folgender Vorfall beweisen mag:").
ANNOUNCERS = frozenset("folgende folgenden folgender folgendes".split())

# Nouns of speech whose owner, in the genitive after them, speaks the words after a colon ("die
# Bemerkung des Officiosus: …", "Jm Vertrauen auf die Worte Zimmermanns: „…“").
# A noun counts also as the end of a compound ("Cholerabericht").
SPEECH_NOUNS = frozenset("""
bemerkung bemerkungen worte worten stimme antwort frage ruf rufe ausruf äußerung äusserung
erklärung rede ansprache brief briefe zuschrift mittheilung mitteilung bericht depesche notiz
enthüllung aufschrift telegramm schilderung meldung schreiben
""".split())
GENITIVES = frozenset("des der eines einer".split())
# Sounds of a voice: as the subject after a quotation they name no speaker, nor do the speech nouns
# without an owner („…“ ein Lachen schloss den Satz, „…“ lautet die prompte Antwort); who spoke is
# left to the dialogue rules.
VOICE_NOUNS = frozenset("lachen gelächter lächeln seufzer schrei schluchzen flüstern".split())
# Possessive determiners: before a speech noun they name its speaker, a pronoun resolved like "er"
# ("und seine Briefe enthalten manchen Stoßseufzer: „…“").
POSSESSIVES = frozenset("sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres".split())

# Reporting verbs ("frug": the 19th-century past of "fragen", „…?“ frug der naive Jkarier).
CUES = frozenset("""
sagte sagt sagten sage sagen gesagt sprach spricht sprachen erklärte erklärt erklärten erklären
betonte betont betonten meinte meint meinten warnte warnt warnten schrieb schreibt schreiben
geschrieben berichtete berichtet berichten antwortete antwortet fragte fragt fragten rief ruft
riefen forderte fordert versicherte versichert behauptete behauptet bemerkte bemerkt äußerte
äußert äusserte erwiderte erwidert entgegnete entgegnet versprach verspricht kündigte
teilte mitteilte erzählte erzählt fügte fügt unterstrich unterstreicht bekräftigte bestätigte
bestätigt verkündete verkündet meldete meldet heißt hieß heisst hiess schloss schloß schließt schliesst
ausrief fuhr fährt bat bittet klagte klagt gestand gesteht bekannte bekennt rief versetzte begann beginnt hub
drängte drängt unterbrach unterbricht setzte setzt schrie schreit flüsterte flüstert murmelte
seufzte lachte lacht mahnte mahnt befahl jubelte wiederholte wiederholt fragte rief ruft
sprach meinte schloß ergänzte ergänzt beteuerte beteuert gab gibt
konstatierte konstatiert constatirte constatirt rufen ausrufen lautet lautete ausführte zitierte
citirte erwiderten antworteten entgegneten erzählten schrieben singt sang
frug frugen erwiederte erwiedert erwiederten
""".split())
# The rest of the reporting verbs' paradigms, read only where they introduce a reported clause set
# off by a comma ("Die Gegner des Kanalbaues behaupten, …", "Wie wir erfahren, …"): before a colon
# or after a quotation they are mostly narration ("der Kampf hatte schon seine Opfer gefordert: …",
# "Jch habe hier gesprochen von …: …"). Decisions are reported like speech ("Der Schulverein hat
# beschlossen, eine Reihe von Kindergärten zu gründen"); the past "beschloß" also means "ended".
REPORT_CUES = frozenset("""
andeuten angedeutet antworte anzudeuten baten bedauert bedauerte bedauerten befahlen behaupte
behaupten behaupteten bekräftigt bekräftigten bemerke bemerken bemerkten berichte berichteten
bestätige bestätigen bestätigten beteuern beteuerten betheuert betheuerte betheuerten betone betonen
bitte bitten citiren citirt constatiren constatirten entgegne entgegnen erfahren erfuhr erfuhren
ergänzen ergänzten erkläre erwidere erwidern erwiedern erwähnen erwähnt erwähnte erwähnten erzähle
erzählen festgestellt flüsterten fordere forderten frage geantwortet gebeten gefordert gefragt
gemeldet gerufen gesprochen gewarnt geäußert hingewiesen konstatieren mahnen mahnten meldeten
mitgeteilt mitgetheilt mitzuteilen mitzutheilen murmelt murmelten prophezeit prophezeite
prophezeiten schrieen schrien verkünden verkündeten verlangen verlangt verlangte verlangten vernahm
vernahmen vernommen versichere versichern versicherten versprachen verweist verwies verwiesen warne
warnen wiederholen wiederholten zitieren zitiert äußere äußern äußerten
beschlossen beschließt beschließen
""".split())
# Nouns of speech whose "daß" clause is reported ("Die von einigen Wiener Blättern gebrachte
# Nachricht, dass …", "mit dem Bemerken, daß …", "Man begegne vielfach der Meinung, daß …").
REPORT_NOUNS = frozenset("""
nachricht nachrichten meldung meldungen mitteilung mittheilung behauptung erklärung versicherung
bemerkung bemerken anfrage bitte aufforderung gerücht vorwurf vorwürfe anwurf anwurfe geständnis
geständniß bescheid antwort zusicherung forderung meinung ansicht überzeugung hinweis versprechen
drohung warnung einwand folgerung grundsatz
""".split())
# The reported mood (Konjunktiv I) of the verbs whose forms tell it apart: a sentence in it right
# after a report, without a cue of its own, goes on with the report ("Der Letztere erwiderte, er
# weise … darauf hin, daß … . Der Museumsbau werde künftigen Geschlechtern davon Zeugniß geben").
# After a first-person pronoun the same forms are indicative ("ich werde", "ich habe").
SUBJUNCTIVES = frozenset("""
sei seien seiest werde habe könne müsse solle dürfe wolle möge sey seyen
""".split())
FIRST_PERSONS = frozenset("ich jch".split())
# "As" before a parenthetical attribution: the sentence around it is reported ("Er soll, wie
# Augenzeugen berichten, eine Kurve zu kurz genommen haben").
AS_WORDS = frozenset({"wie"})
# Cues that attribute quoted words („…“ gab er zurück, „…“ fuhr er fort, „…“ setzte er hinzu) but
# introduce no reported clause: elsewhere they are verbs of giving, setting, closing ("Frl. Hannsen
# gab sich alle Mühe, ihrer Aufgabe zu entsprechen", "Betschwestern gibt es überall, …").
DIRECT_ONLY_CUES = frozenset("""
gab gibt setzte setzt schloss schloß schließt schliesst begann beginnt fuhr fährt hub lachte lacht
seufzte jubelte singt sang
""".split())
# Modal and subjunctive auxiliaries: in the clause that introduces a quotation they make it words
# that would or might be said, which are no quotation ("als wollten sie sagen: „…“", "Viele würden
# gleich andern Vielen sagen: …", "könnten Sie die Reproduction mit den Worten einleiten: „…“").
HYPOTHETICAL = frozenset("""
würde würden wollte wollten könnte könnten möchte möchten dürfte dürften
""".split())
# Verbs of naming: the quoted name they give is someone's words, a quotation in REDEWIEDERGABE
# and the German press, when a subject names it ("Baker nannte ihn „Albert Nyanza “"); the
# participle "genannt" names places and things ("die Felder, genannt „Pauhara “").
NAMING_CUES = frozenset("""
nannte nannten nennt nennen bezeichnet bezeichnete bezeichneten bezeichnen
""".split())
# Words (and imperatives) that open a dialogue turn before a comma without addressing anyone ("--
# Nun, meine Wölfe, …", "„Sieh, Laporte “"); a capitalised word there otherwise names whom the turn addresses ("-- Bischof, wähle!"),
# who speaks the reply.
INTERJECTIONS = frozenset("""
ja nein ach ei o oh ha he na nun wohl gut doch aber und denn ja freilich gewiß gewiss bitte
danke herrgott gott pfui hm ah aha
sieh siehe seht komm kommt hör höre hört sag sage warte wartet geh gehe halt laß lass schau
""".split())
# Articles (nominative) that open the other person in the sentence introducing a dialogue, who
# speaks the first reply ("Als ihn ein berühmter Arzt … zur Rede stellte, sagte er: „…?“„…“").
INTERLOCUTORS = frozenset("ein eine der die".split())
# Adverbs that open an attribution going on from the quotation before it: „…“ Weiter sagt die
# „Kreuzzeitung “: „…“ (the paper said both).
CONTINUATIONS = frozenset("weiter ferner".split())
# Verbs of perception: whom they hear speaking (their object before an infinitive cue) speaks ("und
# hörte sie mit halb erstickter Stimme ausrufen: „…“").
PERCEPTION = frozenset("hörte hörten hört hören vernahm vernahmen".split())
# Verbs of thinking: a quotation they attribute is thought, not speech („Armer Narr! “dachte er).
THOUGHT_CUES = frozenset("dachte dachten denkt dachtest überlegte überlegten".split())
OBJECT_CUES = frozenset("fragte fragt bat bittet".split())
ADDRESSEE_PREPOSITIONS = frozenset({"gegenüber", "zu", "vor"})
AUXILIARIES = frozenset("""
so hat habe hatte haben hatten hätte auch noch dann später weiter ferner ja nun da darauf hierauf
jetzt leise laut plötzlich endlich
""".split())
COMPLEMENTIZERS = frozenset({"dass", "daß"})
PRONOUNS = frozenset("er sie ich jch wir es man ihr jhr".split())
# Characters of narration: "„…“ Er sah Ludwig fragend an" names who spoke the words before it.
THIRD_PERSON = frozenset("er sie".split())
DETERMINERS = frozenset("""
der die das den dem des ein eine einer einem eines sein seine ihr ihre dieser diese dieses jener
""".split())
# "jn", "jm": the 19th-century spelling of "in", "im" (a capital I printed as J, as in "Jch").
# Fronted adverbs ("So lässt sich auch sagen: …", "Also schloß …"), verb particles ("setzte ein
# anderer hinzu") and object pronouns ("erlauben Sie mir, Jhnen zu erwiedern, daß …") are never
# part of a speaker phrase.
STOPWORDS = frozenset("""
in im am an auf zu zum zur bei beim mit nach vor von vom aus über unter um für gegenüber und
aber denn dass daß als wie wenn noch auch heute gestern am montag dienstag mittwoch donnerstag
freitag samstag sonntag nun dann jedoch es sich
jn jm
so also dies dieß demgegenüber entgegen daher deshalb deßhalb dort hier dagegen sodann ferner
hinzu fort dazu hervor empor zurück
allein sondern
ihm ihnen jhnen jhm mir dir uns euch mich dich
""".split())
LINKS = frozenset({"von", "des", "für"})
ACCORDING = (("laut",), ("so",), ("nach", "angaben"))
TITLES = frozenset("""
bundeskanzlerin bundeskanzler kanzlerin kanzler präsident präsidentin minister ministerin
außenminister aussenminister verteidigungsminister generalsekretär sprecher sprecherin chef
chefin vorsitzende vorsitzender abgeordnete abgeordneter dr prof professor herr frau hr graf
fürst freiherr könig kaiser bürgermeister staatsanwalt präs zeuge zeugin vertheidiger verteidiger
angeklagte angeklagter angekl richter abg redner vors vorsitzender
""".split())
# fmt: on

# Organisation nouns a determiner makes a speaker of: the organisation the text names most
# (see storyline/lang/en/quotes.py).
ORG_NOUNS = frozenset("""
unternehmen konzern firma bank gruppe fluggesellschaft hersteller zeitung blatt agentur ministerium partei gewerkschaft verein
""".split())
