"""Direct quotations of one document: marks and dashes, attribution, split and continued quotes.

The cascade, per quoted stretch in text order:

1. an attribution right after it ("…,” he said") or before it in the same sentence
   ("Stoltenberg said: “…”") makes it a direct quotation;
2. an unattributed stretch right after an attributed one in the same paragraph is the second half
   of a split quotation ("“…,” he said. “…”"): it becomes a segment of the first (where the table
   says a new sentence starts a new quotation, „…“, sagte er. „…“, a quotation of the same speaker);
3. one that opens the paragraph after an attributed quotation continues that speaker;
4. a long, sentence-like stretch stays a direct quotation with the speaker left open; in a run of
   turns without narration between them („…?“„…“) the speakers alternate;
5. anything else (scare quotes, titles: "Resolute Support", words embedded in a clause) is not a
   quotation of its own; the indirect pass may still read it as part of a mixed quotation.

Dialogue dashes open candidates too: paragraphs, and in languages with ``TURN_DASHES`` turns inside
a paragraph; colon speech ("Präs.: …", "Er sagte: …") covers unmarked speech where the table allows.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from .attribution import (CLOSING_MARKS, IMPERSONAL, Attribution, after_quote, before_quote, dash_attribution,
                          is_sentence_end, sentence_tail, span, speaker_forward, verb_then_subject)
from .marks import Quoted, dash_paragraphs, dash_turns, find_quoted
from .rules import Rules, Token, tokenize

MIN_LONE_WORDS = 6  # an unattributed quotation needs this many words to count
MERGE_GAP = 160  # characters between the halves of a split quotation
SHORT_GAP = 60  # ... when the second half continues the sentence ("he said, but “…”")
LONG_GAP = 300  # ... when the attribution between them runs on ("sagte Laporte, der, …, kniete, „…“")
INTERPOSED_ENDS = frozenset(",:;—–-")  # how an attribution inside the quoted sentence ends
DASH_CHARS = frozenset("-–—")
WORD = re.compile(r"\w")
REFLEXIVES = frozenset({"sich"})  # between an inverted verb and its subject ("läßt sich Fräulein …")
INTRO_CHARS = 80  # characters of a clause introducing a turn with a colon ("Der alte Herr lächelte:")
VOCATIVE_CHARS = 120  # characters of a turn read for the name it addresses
SENTENCE_STOPS = frozenset(".!?")
NAMING_REACH = 60  # characters read around a quoted name for a verb of naming
CLAUSE_ENDS = frozenset(",;:.!?()")
FRAGMENT_WORDS = 3  # a quoted fragment with fewer words is mostly a name ("den „neuen Curs “")
NAME_WORDS = 4  # words of a quoted name or title ("„Hamburger Nachr. “")
ABBREVIATED = 7  # characters of an abbreviated last word of a name, its stop included ("Nachr.")
QUOTE_CHARS = frozenset("“”\"«»„")
LOOKAHEAD = 40  # tokens read after a quotation for its attribution
LOOKBEHIND = 40  # tokens read before it
WINDOW_CHARS = 400  # characters tokenised on either side of a quotation
# A sentence ends inside a gap: the next quotation is introduced anew ("schrie der Müller voller
# Entsetzen. Wie aus Grabestiefe kam die Antwort: „…“").
NEW_SENTENCE = re.compile(r"[.!?]\s+[^\W\d_a-zß-ÿ]")
# ... or a sentence end and a dash open the next turn („Du, Siegfried? “sprach er nach einigen
# Minuten peinlichen Schweigens. — „Ah so, …“): a new quotation, not the second half.
NEW_TURN = re.compile(r"[.!?]\s+(?:--|[—–])\s*$")
# A colon before a word (or a dash and a word): where unmarked speech may start.
COLON_START = re.compile(r":\s+(?:(?:--|[—–])\s+|[„»«“\"]\s?)?[^\W\d_]")
MAX_COLON_SENTENCES = 12  # unmarked speech after a colon runs at most this many sentences


@dataclass(slots=True)
class Draft:
    """A direct quotation being built: segments and the character spans of its attribution."""

    segments: list[tuple[int, int]]
    paragraph: int
    speaker: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    attributed: bool = False
    kind: str = "direct"
    notes: list[str] = field(default_factory=list)
    first_paragraph: int = -1

    @property
    def start(self) -> int:
        """First character of the first segment."""
        return self.segments[0][0]

    @property
    def end(self) -> int:
        """One past the last character of the last segment."""
        return self.segments[-1][1]


class Paragraphs:
    """Tokens of each paragraph, computed once and looked up by offset."""

    def __init__(self, text: str, paras: list[tuple[int, int]]) -> None:
        self.text, self.paras = text, paras
        self._toks: dict[int, list[Token]] = {}
        self._para_starts = [p[0] for p in paras]

    def para_of(self, offset: int) -> int:
        """Index of the paragraph holding ``offset``."""
        return max(0, bisect.bisect_right(self._para_starts, offset) - 1)

    def tokens(self, k: int) -> list[Token]:
        """The tokens of paragraph ``k``."""
        if k not in self._toks:
            self._toks[k] = tokenize(self.text, *self.paras[k])
        return self._toks[k]

    def after(self, k: int, offset: int) -> list[Token]:
        """The first tokens of paragraph ``k`` after ``offset`` (a bounded window, not the paragraph)."""
        end = min(self.paras[k][1], offset + WINDOW_CHARS)
        return tokenize(self.text, offset, end)[:LOOKAHEAD]

    def before(self, k: int, offset: int, floor: int) -> list[Token]:
        """The last tokens of paragraph ``k`` before ``offset``, not reaching back past ``floor``."""
        start = max(self.paras[k][0], floor, offset - WINDOW_CHARS)
        if start > self.paras[k][0] and start != floor:
            while start < offset and not self.text[start - 1].isspace():
                start += 1  # begin on a word boundary
        return tokenize(self.text, start, offset)[-LOOKBEHIND:]


def _apply(draft: Draft, toks: list[Token], att: Attribution) -> None:
    """Copy an attribution's character spans onto a draft."""
    draft.speaker = span(toks, att.speaker)
    draft.cue = span(toks, att.cue)
    draft.addressee = span(toks, att.addressee)
    draft.attributed = draft.speaker is not None


def _word_count(text: str, s: int, e: int) -> int:
    """Number of words in ``text[s:e]``."""
    return len(text[s:e].split())


def _closes_paragraph(paras: Paragraphs, q: Quoted, k: int) -> bool:
    """The quotation is the last thing in its paragraph and starts with a capital."""
    inner = paras.text[q.start:q.end].lstrip("\"“„«»‘'‚ ")
    return paras.text[q.end:paras.paras[k][1]].strip(" .\u00a0") == "" and inner[:1].isupper()


def _embedded_after(text: str, q: Quoted) -> bool:
    """The clause goes on after the closing mark ("“distressingly high” levels of …")."""
    inner_end = text[max(0, q.end - 5):q.end].rstrip("\"'“”‘’»« ")[-1:]  # the closing mark may be ''"
    nxt = text[q.end:q.end + 2].lstrip()[:1]
    return inner_end not in ".,!?…:;" and nxt.isalnum()


def attribute_marked(q: Quoted, paras: Paragraphs, rules: Rules, floor: int) -> Draft:
    """A draft for a quotation-mark stretch, with the attribution found around it.

    Words of the same sentence before the opening mark that are not an attribution make it a
    mixed quotation ("The talks “offer the best chance …,” Stoltenberg said")."""
    k_end = q.paragraph
    k0 = paras.para_of(q.start)
    draft = Draft(list(q.segments), k_end, first_paragraph=k0)
    before = sentence_tail(paras.before(k0, q.start, floor), rules)
    if not before and k0 > 0 and paras.text[paras.paras[k0 - 1][1] - 1] == ":" and paras.paras[k0 - 1][1] > floor:
        # "He said: / “…”": the attribution closes the paragraph before the quotation
        before = sentence_tail(paras.before(k0 - 1, paras.paras[k0 - 1][1], floor), rules)
    pre, pre_direct = before_quote(before, rules)
    lead = [t for t in before if t.is_word]
    if lead and floor and before[0].start - floor <= 2 and before[-1].text in {",", ":"} \
            and "," in paras.text[max(0, floor - 3):floor] \
            and any(rules.is_cue(t) for t in before):
        # „…“ drängte er in mich, „…“: the words between are the first half's attribution
        draft.notes.append("interposed")
        lead = []
    if _title_like(paras.text, q) and paras.text[q.end:q.end + 2].lstrip()[:1] == ":":
        draft.kind = "embedded"  # "Weiter sagt die „Kreuzzeitung “: „…“": a name inside the attribution
        return draft
    window = paras.after(k_end, q.end)
    if _thought(window, rules):
        draft.kind = "embedded"  # „Armer Narr! “dachte er: thought, which is no quotation
        return draft
    closed = paras.text[q.end - 2:q.end - 1] in ".!?…" or paras.text[q.end - 3:q.end - 1].rstrip()[-1:] in ".!?…"
    post = after_quote(window, 0, rules, closed)
    if post is None and paras.text[q.start:q.end].rstrip("“”»«\"' ")[-1:] == ",":
        post = verb_then_subject(window, rules)  # „Meine Mutter, “stellte er mich ihr vor
    if post is not None and closed and post.last < len(window) and window[post.last].text == ":":
        post = None  # „…“ Weiter sagt die „Kreuzzeitung “: „…“: it introduces the next quotation
    going_on = None
    if post is None and closed and len(window) > 1 and window[0].low in rules.continuations:
        going_on = after_quote(window, 1, rules, closed)  # ... and "weiter" says it spoke this one too
    if post is not None and post.speaker is not None:
        _apply(draft, window, post)
        if _voice(window, post.speaker, rules):
            draft.speaker = None  # „…“ ein Lachen schloss den Satz: a sound, not who spoke
        if lead and not (pre is not None and pre_direct) and before[-1].text != ":":
            draft.kind = "mixed"
            draft.segments[0] = (lead[0].start, draft.segments[0][1])
        draft.notes.append("post")
    elif _title_like(paras.text, q) and _name_like(paras.text, q):
        # "(„Tägl. R. “)", "meldet der „Schwarzw. Bote “, daß …": a name or credit, not a quotation
        draft.kind = "embedded"
        if lead:
            draft.speaker = _sentence_subject(before, rules)  # who names it ("Baker nannte ihn „…“")
    elif _hypothetical(before, rules) and (pre is not None and pre_direct or before[-1].text == ":"):
        draft.kind = "embedded"  # "als wollten sie sagen: „…“": words nobody said, no quotation
    elif pre is not None and pre_direct and not _embedded_after(paras.text, q):
        _apply(draft, before, pre)
        draft.notes.append("pre")
    elif before and pre is None and before[-1].text == ":" and _title_like(paras.text, q):
        draft.kind = "embedded"  # "Spielplan: Mittwoch: „Die schöne Helena “": a title, not speech
    elif before and (before[-1].text == ":" or (
            before[-1].text == "," and len(before) > 1 and before[-2].low not in rules.complementizers
            and before[-2].low not in rules.stopwords and _closes_paragraph(paras, q, k_end))):
        # "… rief aus: „…“", "… while chanting, “Hands up, don't shoot.”": the subject speaks
        draft.notes.append("colon")
        if pre is not None:
            # "Das „Berliner Tageblatt “schreibt …: „…“" (the quotation runs on), "So sagt Herr
            # Professor Schäffle in seinem Buch „…“ unter anderm über Patente auch folgendes: „…“"
            _apply(draft, before, pre)
        else:
            draft.speaker = span(before, _speech_owner(before, rules) or _inverted_subject(before, rules)
                                 or _subject_at(before, rules))
    elif lead or _embedded_after(paras.text, q):
        draft.kind = "embedded"
        if pre is not None:
            _apply(draft, before, pre)  # „…“ inside a reported clause: the clause's speaker, if kept
            draft.attributed = False
        elif lead:
            # else the sentence's subject ("Er spricht von einem „…“")
            draft.speaker = _sentence_subject(before, rules)
    elif going_on is not None and going_on.speaker is not None:
        draft.speaker = span(window, going_on.speaker)
    else:
        draft.speaker = _previous_subject(paras.before(k0, q.start, floor), rules) or (
            _beat_subject(window, rules) if closed else None)
    return draft


def _hypothetical(toks: list[Token], rules: Rules) -> bool:
    """The clause introducing a quotation says what would or might be said, not what was ("als
    wollten sie sagen:", "Viele würden … sagen:", "könnten Sie … mit den Worten einleiten:"); only
    the last clause counts ("…, die … geben könnte, …, aus dem Prolog weiter zu zitieren: „…“")."""
    clause = max((k + 1 for k, t in enumerate(toks) if t.text in ",;"), default=0)
    return any(t.low in rules.hypothetical for t in toks[clause:])


def _voice(toks: list[Token], sp: tuple[int, int], rules: Rules) -> bool:
    """A speaker phrase headed by a sound of the voice or a speech noun without an owner after it
    ("ein Lachen", "die prompte Antwort", but not "die Stimme eines Blumenmädchens")."""
    head = toks[sp[1] - 1]
    if not head.is_capitalised or sp[1] - sp[0] > 3:
        return False
    owner = sp[1] < len(toks) and toks[sp[1]].low in rules.genitives
    return not owner and (head.low in rules.voice_nouns or (rules.is_speech_noun(head) and head.low in rules.speech_nouns))


def _thought(toks: list[Token], rules: Rules) -> bool:
    """The words after a quotation attribute it to thinking („Armer Narr! “dachte er)."""
    words = [t for t in toks[:3] if t.is_word]
    return bool(words) and words[0].low in rules.thought_cues


def _subject_at(toks: list[Token], rules: Rules) -> tuple[int, int] | None:
    """Token range of the subject opening a sentence, past one word before it: a preposition ("In
    den … Verhandlungen steht zu lesen: …") or a word left of a dateline ("date Das Amtsblatt
    veröffentlicht …"); None when there is none."""
    skip = 0
    while skip < len(toks) - 1 and (toks[skip].text.isdigit() or toks[skip].text == ")"):
        skip += 1  # an enumeration: "2) Der Antrag: „…“"
    for i in range(skip, min(skip + 2, len(toks))):
        tok = toks[i]
        if tok.is_word and (tok.is_capitalised or tok.low in rules.determiners or tok.low in rules.pronouns) \
                and tok.low not in rules.stopwords:
            end = speaker_forward(toks, i, rules)
            return (i, end) if end is not None else None
    return None


def _inverted_subject(toks: list[Token], rules: Rules) -> tuple[int, int] | None:
    """The subject after the verb of a main clause that follows a fronted subordinate clause, where
    nouns are capitalised ("Jn der neuesten Nummer …, in dem … führen, läßt sich Fräulein Dr. Anita
    Augspurg folgendermaßen hören:"); None when the clause opens otherwise."""
    if not rules.capitalised_nouns:
        return None
    k = max((n + 1 for n, t in enumerate(toks) if t.text == ","), default=0)
    if k == 0 or k + 1 >= len(toks) or not toks[k].is_word or not toks[k].text[0].islower() \
            or toks[k].low in rules.stopwords or toks[k].low in rules.determiners:
        return None
    j = k + 1
    while j < len(toks) and toks[j].low in REFLEXIVES:
        j += 1
    if j < len(toks) and toks[j].is_capitalised and toks[j].low not in rules.stopwords:
        end = speaker_forward(toks, j, rules)
        return (j, end) if end is not None else None
    return None


def _speech_owner(toks: list[Token], rules: Rules) -> tuple[int, int] | None:
    """Token range of whose words a speech noun names ("die Bemerkung des Officiosus:", "auf die
    Worte Zimmermanns:", "die Stimme eines kleinen Blumenmädchens … riß:", the possessive of "seine
    Briefe enthalten …:"), or None."""
    for k in range(len(toks) - 2, -1, -1):
        if rules.is_speech_noun(toks[k]):
            if k > 0 and toks[k - 1].low in rules.possessives:
                return (k - 1, k)  # "seine Briefe enthalten …:": whose letters
            nxt = toks[k + 1]
            if nxt.low in rules.genitives or (nxt.is_capitalised and nxt.low not in rules.stopwords):
                end = speaker_forward(toks, k + 1, rules)
                if end is not None:
                    return (k + 1, end)
    return None


def _sentence_subject(toks: list[Token], rules: Rules) -> tuple[int, int] | None:
    """Character span of the subject opening a sentence ("Er spricht von …"), or None."""
    return span(toks, _subject_at(toks, rules))


def _title_like(text: str, q: Quoted) -> bool:
    """A short quoted stretch without a sentence stop of its own: a title or a name, not speech."""
    inner = text[q.start:q.end].strip("\"“”„«»‘’'‚‹› ")
    words = inner.split()
    # the stop of an abbreviated name is no sentence stop ("(„Tägl. R. “)", "„Hamburger Nachr. “")
    abbreviated = inner[-1:] == "." and len(words[-1]) <= ABBREVIATED and words[-1][0].isupper()
    return (inner[-1:] not in ".!?…" or abbreviated) and len(words) < MIN_LONE_WORDS


def _name_like(text: str, q: Quoted) -> bool:
    """A quoted stretch of a few capitalised words that the clause goes on after (a bracket, a
    comma, a lower-case word): a newspaper or a title named, as "„Hamburger Nachr. “wörtlich"."""
    words = text[q.start:q.end].strip("\"“”„«»‘’'‚‹› ").split()
    nxt = text[q.end:q.end + 2].lstrip()[:1]
    return (0 < len(words) <= NAME_WORDS and all(w[0].isupper() for w in words)
            and (nxt in "),;" and nxt != "" or nxt.islower()))


def _previous_subject(toks: list[Token], rules: Rules) -> tuple[int, int] | None:
    """The subject of the sentence just before an unattributed quotation, when it is a person
    word (a pronoun or a name): in narrated dialogue that is who speaks next ("Sie wies auf einen
    Strauch weißer Rosen. „Pflücken Sie mir eine Rose! “")."""
    ends = [k for k in range(len(toks)) if is_sentence_end(toks, k, rules)]
    if not ends or ends[-1] != len(toks) - 1:
        return None
    start = ends[-2] + 1 if len(ends) > 1 else 0
    if start >= len(toks) or not toks[start].is_word:
        return None
    first = toks[start]
    if first.low in rules.pronouns and first.low not in IMPERSONAL:
        return (first.start, first.end)
    return None

def _beat_subject(toks: list[Token], rules: Rules) -> tuple[int, int] | None:
    """The third-person pronoun opening the sentence right after an unattributed quotation, when a
    verb follows it: in narrated dialogue the action after the words names who spoke them ("„Nun,
    sie meint, …“ Er sah Ludwig fragend an"); a first-person narrator is more often the listener
    ("„…“ Ich fühlte, wie ich roth wurde")."""
    k = 0
    while k < len(toks) and toks[k].text in CLOSING_MARKS:
        k += 1
    if k + 1 >= len(toks) or not toks[k].is_capitalised or not toks[k + 1].is_word:
        return None
    first, verb = toks[k], toks[k + 1]
    if first.low in rules.third_person and verb.text[0].islower():
        return (first.start, first.end)
    return None


def attribute_dash(q: Quoted, paras: Paragraphs, rules: Rules) -> Draft | None:
    """A draft for a dash paragraph or turn whose attribution is found inside it, else None.

    The words after the attribution are a second segment when a dash resumes the quotation
    ("…, sier X. – …") or, where turns run inside paragraphs, when a comma does ("-- Ja, sagte eine
    Frau, die eben aus der Kirche kam, und seht …")."""
    whole = (q.start, q.end) == paras.paras[q.paragraph]
    toks = paras.tokens(q.paragraph) if whole else tokenize(paras.text, q.start, q.end)
    lead = 0
    while lead < len(toks) and toks[lead].text in "–—-":
        lead += 1
    body = toks[lead:]
    if len(body) < 2:
        return None
    found = dash_attribution(body, rules)
    if found is None:
        return None
    k, att = found
    draft = Draft([(body[0].start, body[k].start)], q.paragraph)
    _apply(draft, body, att)
    rest = att.last
    resumed = rules.turn_dashes and rest < len(body) and body[rest].text == ","
    while rest < len(body) and not body[rest].is_word and body[rest].text not in "–—-":
        rest += 1
    if resumed and rest < len(body) and body[rest].low in rules.determiners and body[rest].text[0].islower():
        # "sagte eine Frau, die eben aus der Kirche kam, und seht …": the relative clause is narration
        rest = next((m + 1 for m in range(rest, len(body)) if body[m].text == ","), rest)
    while rules.turn_dashes and len(body) > rest + 1 and body[-1].text in CLOSING_MARKS:
        body = body[:-1]  # the closing mark of a report the turn is told in
    if rest < len(body) and resumed:
        draft.segments.append((body[rest].start, body[-1].end))
    elif rest < len(body) and body[rest].text in "–—-" and rest + 1 < len(body):
        draft.segments.append((body[rest + 1].start, body[-1].end))
    draft.notes.append("dash")
    return draft


def _turn(q: Quoted, text: str) -> Draft | None:
    """An unattributed dialogue turn, kept only where it follows another turn (``link_drafts``)."""
    word = WORD.search(text, q.start, q.end)
    if word is None or _is_heading(text, q.start, q.end):
        return None
    return Draft([(word.start(), q.end)], q.paragraph, notes=["dash", "turn"], first_paragraph=q.paragraph)


def _is_heading(text: str, s: int, e: int) -> bool:
    """A dash line without a final stop is a sub-heading, not speech."""
    return text[s:e].rstrip()[-1:] not in ".!?…»”“\""


def _sentence_like(text: str, draft: Draft, paras: list[tuple[int, int]], dialogue: bool = False) -> bool:
    """A quotation standing on its own: long enough, or a whole sentence of its own ("„Pflücken
    Sie mir eine Rose! “") that is not a whole paragraph (a quoted sub-heading). Inside a run of
    quotations (``dialogue``) one word is enough („Fünfhundert. “)."""
    inner = text[draft.start:draft.end].strip("\"“”„«»‘’' ")
    if not inner[:1].isupper():
        return False
    words = _word_count(text, draft.start, draft.end)
    if words >= MIN_LONE_WORDS:
        return True
    ps, pe = paras[draft.paragraph]
    whole = text[ps:pe].strip(" \u00a0") == text[draft.start:draft.end].strip(" \u00a0")
    # a stop after the closing mark closes a sentence („Doch wohl 20,000 “.), not a title standing
    # as a heading („Der Zigeunerbaron “. Operette in 3 Acten …)
    titled = all(w[:1].isupper() for w in inner.split())
    closed = inner.rstrip()[-1:] in "!?." or (text[draft.end:draft.end + 1] == "." and not titled)
    return closed and words >= (1 if dialogue else 2) and not whole


def _adjacent(text: str, end: int, start: int) -> bool:
    """Two quotations with nothing but punctuation between them: turns of a dialogue."""
    return 0 <= start - end <= 4 and not any(c.isalnum() for c in text[end:start])


def _adjacent_turn(text: str, prev: Draft, d: Draft) -> bool:
    """``d`` is the dialogue turn right after ``prev`` (only a dash between them)."""
    gap = text[prev.end:d.start]
    return len(gap) <= 6 and not any(c.isalnum() for c in gap)


def _introduced(text: str, end: int, start: int) -> bool:
    """Between two turns only the short clause that introduces the second with a colon ("„…“ Der
    alte Herr lächelte: „…“"): the run of the dialogue goes on."""
    gap = text[end:start].strip()
    return 0 < len(gap) <= INTRO_CHARS and gap.endswith(":") and not any(c in gap[:-1] for c in ".!?:“”„\"")


def _turn_groups(drafts: list[Draft]) -> list[list[Draft]]:
    """Drafts grouped into dialogue turns: a quotation that goes on after its own attribution („…?“
    fragte der Compagnon. „…“) belongs to the turn it continues. Words cited inside a turn ("--
    Schweige! … Jesus sagte …: „…“") are no turn of their own."""
    groups: list[list[Draft]] = []
    for n, d in enumerate(drafts):
        if n and drafts[n - 1].start <= d.start and d.end <= drafts[n - 1].end:
            continue
        if groups and "continued" in d.notes and d.speaker is not None and d.speaker == groups[-1][-1].speaker:
            groups[-1].append(d)
        else:
            groups.append([d])
    return groups


def alternate_speakers(text: str, drafts: list[Draft]) -> None:
    """In a run of quotations without narration between them („…?“„…“„…?“) the turns alternate:
    an unattributed turn is spoken by the speaker of the turn before the previous one, when that
    turn belongs to the run (a quotation before the narration lends its author to no reply). A turn
    may be introduced by a short clause with a colon ("Der alte Herr lächelte: „…?“"), and may go on
    after its own attribution („…?“ fragte der Compagnon. „…“): both stay in the run."""
    def joined(a: list[Draft], b: list[Draft]) -> bool:
        return _adjacent(text, a[-1].end, b[0].start) or (
            "colon" in b[0].notes and _introduced(text, a[-1].end, b[0].start))

    groups = _turn_groups(drafts)
    for k in range(2, len(groups)):
        d, prev, before = groups[k][0], groups[k - 1], groups[k - 2]
        speaker = before[0].speaker
        if d.speaker is not None or d.kind != "direct" or speaker is None:
            continue
        other = prev[0].speaker is None or text[slice(*prev[0].speaker)] != text[slice(*speaker)]
        if joined(prev, groups[k]) and joined(before, prev) and other:
            d.speaker, d.cue = speaker, before[0].cue
            d.notes.append("turn")


def _opening_vocative(text: str, d: Draft, rules: Rules) -> tuple[int, int] | None:
    """Who a turn addresses first: one or two capitalised words before a comma ("-- Bischof, wähle!",
    "„Onkel Karl, Du kennst mich …“", "„Sieh, Laporte “"), not an interjection ("Nun, …") or a
    pronoun."""
    toks = [t for t in tokenize(text, d.start, min(d.end, d.start + VOCATIVE_CHARS)) if t.is_word or t.text == ","]
    if len(toks) > 2 and toks[0].low in rules.vocatives and toks[1].text == ",":
        toks = toks[2:]  # "„Sieh, Laporte “": past an interjection
    comma = next((k for k, t in enumerate(toks[:3]) if t.text == ","), None)
    head = toks[:comma] if comma else []
    if not head:
        return None
    if not all(t.is_capitalised and t.low not in rules.vocatives and t.low not in rules.pronouns
               and t.low not in rules.stopwords for t in head):
        return None
    return (head[-1].start, head[-1].end)


def _closing_vocative(text: str, d: Draft, rules: Rules) -> tuple[int, int] | None:
    """Who a turn answers: a name after a comma ending its first sentence ("-- Jch folge Dir,
    Siegfried. …")."""
    toks = tokenize(text, d.start, min(d.end, d.start + VOCATIVE_CHARS))
    for k in range(2, len(toks)):
        if toks[k].text in SENTENCE_STOPS:
            name = toks[k - 1]
            if toks[k - 2].text == "," and name.is_capitalised and name.low not in rules.vocatives \
                    and name.low not in rules.pronouns and name.low not in rules.stopwords:
                return (name.start, name.end)
            return None
    return None


def vocative_speakers(text: str, drafts: list[Draft], rules: Rules) -> None:
    """Unattributed turns of a dialogue spoken by whom the turns around them address: the reply to
    "-- Bischof, wähle! …" is the Bishop's, and the turn answered by "-- Jch folge Dir, Siegfried."
    is Siegfried's."""
    for k, d in enumerate(drafts):
        if d.speaker is not None or d.kind != "direct":
            continue
        prev = drafts[k - 1] if k > 0 else None
        nxt = drafts[k + 1] if k + 1 < len(drafts) else None
        addressed = _opening_vocative(text, prev, rules) if prev is not None and _adjacent_turn(text, prev, d) else None
        answered = _closing_vocative(text, nxt, rules) if nxt is not None and _adjacent_turn(text, d, nxt) else None
        if addressed or answered:
            d.speaker = addressed or answered
            d.notes.append("vocative")


def _interlocutor(text: str, turn: Draft, rules: Rules) -> tuple[int, int] | None:
    """The other person of the sentence that introduces ``turn`` with a colon: its addressee, or a
    noun phrase opened by an article before the speaker ("Als ihn ein berühmter Arzt … zur Rede
    stellte, sagte er: „…?“"); one after the speaker is mostly a thing he handles ("Er nahm die
    Brille ab und sagte: …")."""
    if turn.addressee is not None:
        return turn.addressee
    toks = sentence_tail(tokenize(text, max(0, turn.start - WINDOW_CHARS), turn.start), rules)
    if not toks or toks[-1].text != ":" or turn.speaker is None:
        return None
    for k, tok in enumerate(toks[:-1]):
        if tok.low not in rules.interlocutors:
            continue
        j = k + 1
        while j < len(toks) - 1 and toks[j].is_word and toks[j].text[0].islower() and j - k <= 2:
            j += 1  # adjectives
        head = toks[j]
        if head.is_capitalised and head.is_word and not rules.is_speech_noun(head) and head.end <= turn.speaker[0]:
            return (tok.start, head.end)
    return None


def interlocutor_replies(text: str, drafts: list[Draft], rules: Rules) -> None:
    """The unattributed reply to a dialogue's first turn is spoken by whom that turn was said to
    („Als ihn ein berühmter Arzt … zur Rede stellte, sagte er: „Wie hoch …? “„Doch wohl 20,000 “.")."""
    for k in range(1, len(drafts)):
        d, prev = drafts[k], drafts[k - 1]
        opens = k < 2 or not _adjacent(text, drafts[k - 2].end, prev.start)
        if d.speaker is None and d.kind == "direct" and prev.speaker is not None and opens \
                and _adjacent(text, prev.end, d.start):
            d.speaker = _interlocutor(text, prev, rules)
            if d.speaker is not None:
                d.notes.append("reply")


def _fragment(text: str, d: Draft) -> bool:
    """Quoted words inside a clause that are someone's words, not a name or a title: they open in
    lower case where nouns (and so titles) are capitalised, and run to a few words ("offen zugegeben
    habe, „nicht entsprechend eingeweiht “worden zu sein")."""
    inner = text[d.start:d.end].strip("\"“”„«»‘’'‚‹› ")
    return inner[:1].islower() and len(inner.split()) >= FRAGMENT_WORDS


def _naming_clause(text: str, d: Draft) -> tuple[list[Token], int]:
    """The tokens of the clause around a quoted stretch and how many of them precede it."""
    before = tokenize(text, max(0, d.start - NAMING_REACH), d.start)
    after = tokenize(text, d.end, min(len(text), d.end + NAMING_REACH))
    k = max((n + 1 for n, t in enumerate(before) if t.text in CLAUSE_ENDS), default=0)
    m = next((n for n, t in enumerate(after) if t.text in CLAUSE_ENDS), len(after))
    return before[k:] + after[:m], len(before) - k


def _named(text: str, d: Draft, rules: Rules) -> tuple[int, int] | None:
    """Who gives quoted words as a name for a thing, with a verb of naming in the same clause
    ("Baker nannte ihn „Albert Nyanza “"): the pronoun after the verb ("diese Gänge nannte er
    scherzend seine „poetische Bilderjagd “"), the name after a relative pronoun ("den Speke als
    kleinen „Luta Ngige “bezeichnet") or the sentence's subject found before; None when there is no
    such verb or "man" names it ("die man gewöhnlich „Kultur “nennt": a common name)."""
    clause, n_before = _naming_clause(text, d)
    cues = [k for k, t in enumerate(clause) if t.low in rules.naming_cues]
    if not cues or any(t.low in IMPERSONAL for t in clause) or d.speaker is None:
        return None
    for k in cues:
        if k + 1 < n_before and clause[k + 1].low in rules.pronouns:
            return (clause[k + 1].start, clause[k + 1].end)
    if n_before > 1 and clause[0].low in rules.determiners and clause[1].is_capitalised \
            and clause[1].low not in rules.determiners:
        return (clause[1].start, clause[1].end)
    return d.speaker


def _interposed(text: str, prev: Draft, d: Draft) -> bool:
    """The text between two stretches is the first one's own attribution, inside one sentence
    ("„Sire “, sagte nun Laporte, der, …, neben ihm kniete, „Sire, die …“")."""
    gap = text[prev.end:d.start]
    own = prev.cue is not None and prev.end <= prev.cue[0] < d.start
    return (own and len(gap) <= LONG_GAP and gap.rstrip()[-1:] in INTERPOSED_ENDS
            and not any(c in gap for c in QUOTE_CHARS) and not NEW_SENTENCE.search(gap) and not NEW_TURN.search(gap))


def _resumed(text: str, prev: Draft, d: Draft) -> bool:
    """``d`` opens in lower case right after ``prev``'s own short attribution: the rest of the same
    quoted sentence, whatever attribution follows it („Und wie verhält es sich denn “, fragte ich
    hierauf „mit der berühmten Million …? “Die große Künstlerin antwortete …)."""
    gap = text[prev.end:d.start]
    own = prev.cue is not None and prev.end <= prev.cue[0] < d.start
    inner = text[d.start:d.end].lstrip("\"“”„«»‘’'‚‹› ")
    return (own and inner[:1].islower() and len(gap) <= SHORT_GAP
            and not any(c in gap for c in ".!?") and not any(c in gap for c in QUOTE_CHARS))


def _continue(d: Draft, prev: Draft) -> Draft:
    """``d`` as a quotation of its own by the speaker of ``prev``."""
    d.speaker, d.cue, d.attributed = prev.speaker, prev.cue, True
    d.notes.append("continued")
    return d


def link_drafts(text: str, drafts: list[Draft], paras: list[tuple[int, int]], rules: Rules) -> list[Draft]:
    """Join split quotations, carry speakers into continuations, drop scare quotes."""
    out: list[Draft] = []
    order = sorted(drafts, key=lambda x: x.start)
    for n, d in enumerate(order):
        prev = out[-1] if out else None
        if prev is not None and d.start < prev.end and d.kind == "embedded":
            continue  # „Oleomargarin “ inside speech read after a colon: part of that quotation
        dialogue = (n > 0 and _adjacent(text, order[n - 1].end, d.start)) or (
            n + 1 < len(order) and _adjacent(text, d.end, order[n + 1].start))
        lead = prev is not None and prev.kind == "direct" and prev.attributed
        if "turn" in d.notes:
            if prev is not None and len(out) > 1 and out[-2].start <= prev.start and prev.end <= out[-2].end:
                prev = out[-2]  # „…“ cited inside the turn before: that turn is what ``d`` answers
            if prev is not None and ("dash" in prev.notes or "dashed" in prev.notes) and _adjacent_turn(text, prev, d):
                out.append(d)
            continue
        if d.kind == "embedded":
            # “…,” he said, but “…”: the second half hangs on the first one's attribution
            if lead and d.paragraph == prev.paragraph and (_interposed(text, prev, d) or (
                    len(text[prev.end:d.start]) <= SHORT_GAP and not any(c in text[prev.end:d.start] for c in ".!?"))):
                prev.segments.extend(d.segments)
            elif rules.fragments and d.speaker is not None:
                # someone's words in a sentence that names who speaks, or a name someone gives
                namer = None if _fragment(text, d) else _named(text, d, rules)
                if namer is not None or _fragment(text, d):
                    d.kind, d.speaker = "direct", namer or d.speaker
                    out.append(d)
            continue
        if lead and ((d.speaker is not None and d.speaker == prev.speaker and "pre" in d.notes)
                     or ("interposed" in d.notes and d.paragraph == prev.paragraph)
                     or (not d.attributed and d.paragraph == prev.paragraph and _interposed(text, prev, d))
                     or (d.paragraph == prev.paragraph and _resumed(text, prev, d))):
            prev.segments.extend(d.segments)  # “…,” he said, “…”: both halves share one attribution
            continue
        if d.attributed or not lead:
            if d.attributed or "colon" in d.notes or _sentence_like(text, d, paras, dialogue):
                out.append(d)
            continue
        gap = text[prev.end:d.start]
        first = d.first_paragraph if d.first_paragraph >= 0 else d.paragraph
        own = prev.cue is not None and prev.end <= prev.cue[0] < d.start  # the gap is prev's attribution
        if first == prev.paragraph and len(gap) <= MERGE_GAP and own and not any(c in gap for c in QUOTE_CHARS):
            if rules.join_sentences:
                prev.segments.extend(d.segments)
            else:
                out.append(_continue(d, prev))  # „…“, sagte er. „…“: a new quotation, same speaker
        elif first == prev.paragraph + 1 and d.start == paras[first][0] and _sentence_like(text, d, paras):
            out.append(_continue(d, prev))
        elif "colon" in d.notes or _sentence_like(text, d, paras, dialogue):
            out.append(d)
    if rules.vocatives:
        vocative_speakers(text, out, rules)
    if rules.interlocutors:
        interlocutor_replies(text, out, rules)
    alternate_speakers(text, out)
    return out


def direct_quotes(text: str, paras: list[tuple[int, int]], rules: Rules,
                  skip: Callable[[int], bool]) -> list[Draft]:
    """The direct quotations of a text (drafts, speakers not yet resolved)."""
    ptoks = Paragraphs(text, paras)
    drafts: list[Draft] = []
    floor = 0
    for q in find_quoted(text, paras, rules):
        if skip(q.start):
            continue
        draft = attribute_marked(q, ptoks, rules, floor)
        drafts.append(draft)
        if draft.kind != "embedded":
            floor = q.end  # a name or scare quote stays readable as part of the next attribution
    covered = [(d.start, d.end) for d in drafts]
    last_dash: Draft | None = None
    turns = rules.turn_dashes
    for q in dash_turns(text, paras, rules) if turns else dash_paragraphs(text, paras, rules):
        if skip(q.start):
            continue
        overlaps = [(s, e) for s, e in covered if s < q.end and q.start < e]
        if overlaps and turns and all(q.start < s and e <= q.end for s, e in overlaps):
            # a turn that cites words in marks ("-- Schweige! … Jesus sagte …: „Vater vergieb …“"):
            # the attribution inside is the cited words', the turn itself stays a turn of the dialogue,
            # unless its own attribution closes its first sentence ("-- Da sind die Jkarier …, rief
            # ich. … „…“")
            own = attribute_dash(q, ptoks, rules)
            closes = own is not None and own.cue is not None and own.speaker is not None \
                and own.cue[1] <= min(s for s, _ in overlaps) and text[own.speaker[1]:].lstrip()[:1] == "."
            draft = own if closes else _turn(q, text)
        elif overlaps:
            # dialogue told inside a quoted report („Jch fragte … -- Ja, sagte eine Frau, …“): a turn
            # with an attribution of its own is a quotation of its own as well
            inner = turns and any(s < q.start and q.end <= e for s, e in covered)
            draft = attribute_dash(q, ptoks, rules) if inner else None
            if draft is not None:
                drafts.append(draft)
            continue
        else:
            draft = None if _labelled(q, rules, text) else attribute_dash(q, ptoks, rules)
        if draft is None and last_dash is not None and last_dash.paragraph == q.paragraph - 1 \
                and not _is_heading(text, q.start, q.end):
            draft = Draft([(q.start + len(q.mark) + 1, q.end)], q.paragraph, last_dash.speaker,
                          last_dash.cue, None, True, notes=["dash", "continued"])
        elif draft is None and turns:
            draft = _turn(q, text)
        if draft is not None:
            drafts.append(draft)
            last_dash = draft
    if rules.colon_speech:
        covered = [(d.start, d.end) for d in drafts if "turn" not in d.notes]
        spoken = colon_speech(text, paras, rules, ptoks, covered, skip)
        # a turn holding a speaker label ("— Angekl.: Ja …") is that label's speech
        drafts = [d for d in drafts if "turn" not in d.notes
                  or not any(c.start < d.end and d.start < c.end for c in spoken)] + spoken
    return link_drafts(text, drafts, paras, rules)


def _labelled(q: Quoted, rules: Rules, text: str) -> bool:
    """A dash item opening with a speaker label ("— Zeuge: Ja, das hat er gesagt."): the label's
    speech (read after the colon), not a turn attributed inside."""
    toks = tokenize(text, q.start, min(q.end, q.start + 60))
    colon = next((k for k, t in enumerate(toks[:6]) if t.text == ":"), None)
    return colon is not None and _label_speaker(toks, colon, rules) is not None


def _label_speaker(toks: list[Token], k: int, rules: Rules) -> tuple[int, int] | None:
    """A speaker label before the colon at ``toks[k]``: "Präs.:", "Vertheidiger:" at a segment start
    (not a short attribution: "Er sagte:")."""
    j = k
    while j > 0 and k - j < 3 and (toks[j - 1].is_word or (toks[j - 1].text == "." and j > 1
                                                           and toks[j - 2].is_capitalised
                                                           and toks[j - 2].end == toks[j - 1].start)):
        j -= 1
    if j == k or not toks[j].is_capitalised or any(rules.is_cue(t) for t in toks[j:k]):
        return None
    if j > 0 and toks[j - 1].text not in "!?…—–“”\"" and not is_sentence_end(toks, j - 1, rules):
        return None
    return (j, k)


class SpeechStart(NamedTuple):
    """Where unmarked speech starts: the colon's token index, the label or speaker, the cue."""

    colon: int
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    label: bool = False  # a bare speaker label ("Präs.:"), kept only in transcripts
    first: int = -1  # the speech's first token when dashes stand between ("sprach: -- So …")


def _colon_starts(toks: list[Token], rules: Rules, taken: Callable[[int], bool]) -> list[SpeechStart]:
    """Colons followed by a capitalised word, after a speaker label or an attribution."""
    starts = []
    for c, tok in enumerate(toks):
        if tok.text != ":" or taken(tok.start):
            continue
        w = _skip_dashes(toks, c + 1)  # "sprach: -- So tödtet mich": the dash opens the speech
        if w + 1 < len(toks) and toks[w].text in rules.opens and _lost_close(toks, c, w, rules, taken):
            w += 1  # "Ferner heißt es: „Wenn wir …" whose closing mark is lost: speech as after a colon
        if w >= len(toks) or not toks[w].is_word:
            continue
        label = _label_speaker(toks, c, rules) if toks[w].is_capitalised and w == c + 1 else None
        if label is not None:
            starts.append(SpeechStart(c, label, None, label=True))
            continue
        lo = max(0, c - LOOKBEHIND)
        tail = sentence_tail(toks[lo:c], rules)
        if _hypothetical(tail, rules):
            continue  # "Viele würden gleich andern Vielen sagen: …": words nobody said
        base = c - len(tail)
        att, _ = before_quote(tail, rules)
        if att is not None:
            starts.append(SpeechStart(c, _shift(att.speaker, base), _shift(att.cue, base), first=w))
        elif toks[w].is_capitalised and rules.introduces(tail):
            # "Das Amtsblatt veröffentlicht folgenden Bericht: …": the subject is the source
            owner = _speech_owner(tail, rules) or _inverted_subject(tail, rules) or _subject_at(tail, rules)
            starts.append(SpeechStart(c, _shift(owner, base), None))
        elif any(rules.is_cue(t) for t in tail[-3:]):
            # "So lässt sich auch sagen: …": a cue right before the colon, its speaker unnamed
            cue = next(k for k in range(len(tail) - 1, -1, -1) if rules.is_cue(tail[k]))
            starts.append(SpeechStart(c, None, _shift((cue, cue + 1), base)))
    return _transcript_labels(toks, starts, rules)


def _lost_close(toks: list[Token], c: int, w: int, rules: Rules, taken: Callable[[int], bool]) -> bool:
    """The opening mark ``toks[w]`` after the colon ``toks[c]`` is never closed in its paragraph,
    while every mark before the colon is: its closing mark was lost, not nested in another quotation
    ("… gebe: „Trouville …" inside a letter read aloud stays part of that)."""
    if taken(toks[w].start) or any(t.text in rules.opens[toks[w].text] for t in toks[w + 1:]):
        return False
    depth = 0
    for t in toks[:c]:
        if t.text in rules.opens and t.text not in CLOSING_MARKS:
            depth += 1
        elif t.text in CLOSING_MARKS:
            depth = max(0, depth - 1)
    return depth == 0


def _skip_dashes(toks: list[Token], i: int) -> int:
    """Index of the first token from ``i`` on that is no dash."""
    while i < len(toks) and toks[i].text in DASH_CHARS:
        i += 1
    return i


def colon_speech(text: str, paras: list[tuple[int, int]], rules: Rules, ptoks: Paragraphs,
                 covered: list[tuple[int, int]], skip: Callable[[int], bool]) -> list[Draft]:
    """Speech after a colon without quotation marks ("Präs.: Sie haben das Recht …").

    The speech runs to the next speaker label, dash or closing mark, at most a few sentences."""
    out: list[Draft] = []

    def taken(offset: int) -> bool:
        return skip(offset) or any(s <= offset < e for s, e in covered)

    for k, (ps, pe) in enumerate(paras):
        if not COLON_START.search(text, ps, pe):
            continue
        toks = ptoks.tokens(k)
        starts = _colon_starts(toks, rules, taken)
        for n, st in enumerate(starts):
            limit = len(toks)
            if n + 1 < len(starts):
                nxt = starts[n + 1]
                limit = nxt.speaker[0] if nxt.label and nxt.speaker else nxt.colon
            first = st.first if st.first > st.colon else st.colon + 1
            # speech opening in lower case continues the sentence ("sagt einmal: der Mensch ist …"): one sentence
            most = MAX_COLON_SENTENCES if toks[first].is_capitalised else 1
            end = _speech_end(toks, first, max(limit, first + 1), rules, most)
            seg = (toks[first].start, toks[end - 1].end)
            d = Draft([seg], k, span(toks, st.speaker), span(toks, st.cue), None, st.speaker is not None,
                      first_paragraph=k)
            d.notes.append("colon")
            if first > st.colon + 1:
                d.notes.append("dashed")  # the speech opens a run of dash turns
            out.append(d)
    return out


def _transcript_labels(toks: list[Token], starts: list[SpeechStart], rules: Rules) -> list[SpeechStart]:
    """Keep label starts only where they read as a transcript: a label used twice in the paragraph,
    or a role word ("Präs.", "Staatsanwalt"); lists such as "Adler: Kflte.: …" are no speech."""
    def key(r: tuple[int, int]) -> str:
        return " ".join(t.low for t in toks[r[0]:r[1]] if t.is_word)

    counts: dict[str, int] = {}
    for st in starts:
        if st.label and st.speaker is not None:
            counts[key(st.speaker)] = counts.get(key(st.speaker), 0) + 1
    return [st for st in starts
            if not st.label or st.speaker is None or counts[key(st.speaker)] > 1
            or any(t.low in rules.titles for t in toks[st.speaker[0]:st.speaker[1]])]


def _shift(r: tuple[int, int] | None, base: int) -> tuple[int, int] | None:
    """A token range moved by ``base``."""
    return (r[0] + base, r[1] + base) if r else None


def _speech_end(toks: list[Token], i: int, limit: int, rules: Rules, most: int = MAX_COLON_SENTENCES) -> int:
    """End of unmarked speech: a dash, a closing mark it did not open itself (a quotation inside the
    speech, „Oleomargarin “, goes on), or the ``most``-th sentence end, before ``limit``."""
    sentences = 0
    inner: list[tuple[str, ...]] = []  # closing marks of the quotations opened inside the speech
    for j in range(i, limit):
        tok = toks[j].text
        if inner and tok in inner[-1]:
            inner.pop()
            continue
        if tok in rules.opens and tok not in "“”":
            inner.append(rules.opens[tok])
            continue
        # a dash ends it as a new turn after a sentence end, not as a parenthesis ("— es gab damals …")
        turn = (tok in "—–" or (tok == "-" and j + 1 < len(toks) and toks[j + 1].text == "-")) \
            and is_sentence_end(toks, j - 1)
        if j > i and (tok in "“”" or turn):
            return j + (1 if tok in "“”" else 0)
        if is_sentence_end(toks, j, rules):
            sentences += 1
            if sentences >= most:
                return j + 1
    return limit
