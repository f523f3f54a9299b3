"""English quotation knowledge: quote marks, reporting verbs and the words around a speaker.

Word order needs no table of its own: the extractor tries both "…, said X" and "…, X said" (and
"X said: …" before a quote), which covers English, the V2 languages and the Romance languages.
"""

# fmt: off
# Opening and closing marks, most typical first; straight marks pair with themselves, and a
# straight mark closes a curly one (a common slip in edited copy).
MARKS = (("“", "”"), ("“", '"'), ("``", "''"), ("''", "''"), ("‘", "’"), ('"', '"'), ("'", "'"), ("«", "»"))

# Dialogue dashes that open a quotation at the start of a paragraph (none in English news).
DASHES: tuple[str, ...] = ()

# Reporting verbs, every form that introduces speech ("said", "told", "adding").
CUES = frozenset("""
say says said saying tell tells told telling add adds added adding warn warns warned warning
urge urges urged urging claim claims claimed claiming argue argues argued arguing
insist insists insisted insisting state states stated announce announces announced
explain explains explained explaining note notes noted noting write writes wrote written writing
tweet tweets tweeted tweeting declare declares declared ask asks asked reply replies replied
respond responds responded acknowledge acknowledges acknowledged admit admits admitted
recall recalls recalled predict predicts predicted suggest suggests suggested
report reports reported complain complains complained conclude concludes concluded
concede concedes conceded contend contends contended maintain maintains maintained
remark remarks remarked assert asserts asserted allege alleges alleged confirm confirms confirmed
deny denies denied promise promises promised vow vows vowed pledge pledges pledged
stress stresses stressed emphasize emphasizes emphasized emphasise emphasised observe observes observed
joke jokes joked quip quips quipped shout shouts shouted exclaim exclaimed proclaim proclaimed
testify testifies testified caution cautions cautioned continue continues continued
recount recounts recounted ask asking announce wonder wondered wonders boast boasted boasts
describe described describes reiterate reiterates reiterated demand demands demanded
believe believes believed thinks
""".split())

# Verbs that report a clause or a noun phrase after them but attribute no quoted words (PolNeAR
# annotates citing, questioning, wanting and planning as attributions: "Clinton cited derogatory
# comments Trump had made …", "Donald Trump is demanding President Barack Obama make a pledge …").
REPORT_CUES = frozenset("""
cite cites cited citing mention mentions mentioned mentioning agree agrees agreed agreeing
question questions questioned questioning suggesting announcing demanding promising
acknowledging noting emphasizing emphasising stressing insisting
want wants wanted wanting plan plans planned planning call calls called calling
find finds found finding show shows showed shown showing ruled reveal reveals revealed revealing
attack attacks attacked attacking mock mocks mocked mocking condemn condemns condemned condemning
endorse endorses endorsed endorsing propose proposes proposed proposing
encourage encourages encouraged encouraging accuse accuses accused accusing
criticize criticizes criticized criticizing criticise criticised
dismiss dismisses dismissed dismissing blast blasts blasted blasting deride derides derided
highlight highlights highlighted highlighting invoke invokes invoked invoking
oppose opposes opposed opposing resist resists resisted resisting
""".split())

# Verbs that report what follows their preposition ("She spoke about her deep ties to black
# churches", "Fowler is calling for a process to identify …"), as "VERB PREPOSITION".
PREPOSITION_CUES = frozenset(f"{verb} {prep}" for verbs, preps in (
    ("speak speaks spoke speaking talk talks talked talking", "about of"),
    ("write writes wrote writing joke jokes joked joking complain complains complained complaining", "about"),
    ("worry worries worried", "about"), ("warn warns warned warning", "about of"),
    ("call calls called calling push pushes pushed pushing argue argues argued arguing", "for"),
    ("comment comments commented commenting", "on"),
) for verb in verbs.split() for prep in preps.split())

# A cue after a coordinator, or one of these participles after a comma, is a second verb of the
# sentence's subject, who speaks ("Rival Hillary Clinton had mocked the complaint, saying …").
COORDINATORS = frozenset({"and"})
PARTICIPLES = frozenset("""
saying adding arguing citing claiming suggesting emphasizing emphasising noting warning promising
insisting stressing asking calling urging questioning announcing demanding encouraging accusing
""".split())

# Verbs after which a following noun phrase is the addressee, not the speaker ("told reporters").
OBJECT_CUES = frozenset("tell tells told telling urge urges urged urging ask asks asked warned warn warns".split())

# Prepositions introducing an addressee or outlet after a cue ("said to Spanish radio RNE").
ADDRESSEE_PREPOSITIONS = frozenset({"to"})

# Auxiliaries and adverbs that may stand between a speaker and the cue ("has said", "also told").
AUXILIARIES = frozenset("""
has have had was were is will would also later then again previously once further
earlier recently has had repeatedly often now still even already first just
""".split())

# Verbs that report no clause when a prepositional phrase follows them ("the FIFA World Cup
# concludes with …", "a curfew was announced from midnight"); "announces that it has achieved
# fusion ignition" reports, and so does "announced their support", as PolNeAR annotates it.
PHRASE_CUES = frozenset("announce announces announced conclude concludes concluded".split())

# Words that introduce a reported clause ("said that …").
COMPLEMENTIZERS = frozenset({"that"})

# Pronouns that can be a speaker; they resolve to the previous speaker.
PRONOUNS = frozenset("he she they i we it you".split())

# Relative pronouns: a speaker they stand for is named before them ("generals, most of whom
# announced their support"); they name no one a later "he" or "she" could be.
RELATIVES = frozenset("who whom whose which".split())

# Possessive determiners: before a noun of speech they name its speaker ("his remarks: “…”").
POSSESSIVES = frozenset("his her their".split())

# Determiners that start a descriptive speaker ("the spokesman", "a joint NATO statement").
DETERMINERS = frozenset("the a an his her its their our this that another one some".split())

# Words that end a speaker phrase read after a cue ("said Stoltenberg in Brussels").
STOPWORDS = frozenset("""
in on at to during about after before who which that with as from for by when while and but
because if than then also of into over under via since until this last next yesterday today
tonight tomorrow monday tuesday wednesday thursday friday saturday sunday earlier later
recently again so not now there here while adding however though although not
""".split())

# Words inside a descriptive speaker phrase that do not end it ("envoy for Afghanistan").
LINKS = frozenset({"of", "for", "at", "and"})

# Multi-word prepositions that introduce a source ("according to the report").
ACCORDING = (("according", "to"),)

# Title words that precede a name ("NATO Secretary-General Jens Stoltenberg" -> the name).
TITLES = frozenset("""
president vice secretary-general secretary general minister prime deputy foreign defense defence
interior finance chancellor senator sen rep representative gov governor mayor mr mrs ms dr
chief spokesman spokeswoman spokesperson envoy ambassador commander adviser advisor director
chairman chairwoman chair ceo leader head judge justice attorney officer official
lt col gen adm sgt capt professor prof king queen prince princess pope bishop sir lord lady
candidate nominee speaker democrat republican sheriff police u.s. us uk eu un former acting
congressman congresswoman pastor rev reverend father coach manager analyst pollster
""".split())
# Time words between a cue and what was said ("said Friday in response to …").
TIME_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow
morning afternoon evening night
""".split())
# fmt: on

# Organisation nouns a determiner makes a speaker of ("the company said"): the organisation the
# text has named most, not the noun (speakers.Resolver).
ORG_NOUNS = frozenset("""
company firm bank group carrier airline maker manufacturer concern insurer retailer utility
newspaper network broadcaster agency ministry department club party union
""".split())

# Cues that report only a clause opened by "that": "states" and "state" are mostly the noun ("the
# ethnic vote in several battleground states could be decisive"); "the report states that …" reports.
THAT_CUES = frozenset("state states".split())
