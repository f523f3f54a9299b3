"""Direct quotations of one document: marks and dashes, attribution, split and continued quotes.

The cascade, per quoted stretch in text order:

1. an attribution right after it ("…,” he said") or before it in the same sentence
   ("Stoltenberg said: “…”") makes it a direct quotation;
2. an unattributed stretch right after an attributed one in the same paragraph is the second half
   of a split quotation ("“…,” he said. “…”"): it becomes a segment of the first;
3. one that opens the paragraph after an attributed quotation continues that speaker;
4. a long, sentence-like stretch stays a direct quotation with the speaker left open;
5. anything else (scare quotes, titles: "Resolute Support", words embedded in a clause) is not a
   quotation of its own; the indirect pass may still read it as part of a mixed quotation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from .attribution import (Attribution, after_quote, before_quote, dash_attribution, is_sentence_end,
                          sentence_tail, span, speaker_forward)
from .marks import Quoted, dash_paragraphs, find_quoted
from .rules import Rules, Token, tokenize

IMPERSONAL = frozenset({"it", "es", "det", "il", "man", "on"})  # pronouns that name no speaker
MIN_LONE_WORDS = 6  # an unattributed quotation needs this many words to count
MERGE_GAP = 160  # characters between the halves of a split quotation
SHORT_GAP = 60  # ... when the second half continues the sentence ("he said, but “…”")
LOOKAHEAD = 40  # tokens read after a quotation for its attribution
LOOKBEHIND = 40  # tokens read before it
WINDOW_CHARS = 400  # characters tokenised on either side of a quotation
COLON_START = re.compile(r":\s+[^\W\d_]")  # a colon before a word: where unmarked speech may start
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
    inner_end = text[max(0, q.end - 4):q.end - 1].rstrip()[-1:]
    nxt = text[q.end:q.end + 2].lstrip()[:1]
    return inner_end not in ".,!?…:;" and nxt.isalnum()


def attribute_marked(q: Quoted, paras: Paragraphs, rules: Rules, floor: int) -> Draft:
    """A draft for a quotation-mark stretch, with the attribution found around it.

    Words of the same sentence before the opening mark that are not an attribution make it a
    mixed quotation ("The talks “offer the best chance …,” Stoltenberg said")."""
    k_end = q.paragraph
    k0 = paras.para_of(q.start)
    draft = Draft(list(q.segments), k_end, first_paragraph=k0)
    before = sentence_tail(paras.before(k0, q.start, floor))
    pre, pre_direct = before_quote(before, rules)
    lead = [t for t in before if t.is_word]
    if lead and floor and before[0].start - floor <= 2 and before[-1].text in {",", ":"} \
            and "," in paras.text[max(0, floor - 3):floor] \
            and any(rules.is_cue(t) for t in before):
        # „…“ drängte er in mich, „…“: the words between are the first half's attribution
        draft.notes.append("interposed")
        lead = []
    window = paras.after(k_end, q.end)
    closed = paras.text[q.end - 2:q.end - 1] in ".!?…" or paras.text[q.end - 3:q.end - 1].rstrip()[-1:] in ".!?…"
    post = after_quote(window, 0, rules, closed)
    if post is not None and post.speaker is not None:
        _apply(draft, window, post)
        if lead and not (pre is not None and pre_direct):
            draft.kind = "mixed"
            draft.segments[0] = (lead[0].start, draft.segments[0][1])
        draft.notes.append("post")
    elif pre is not None and pre_direct and not _embedded_after(paras.text, q):
        _apply(draft, before, pre)
        draft.notes.append("pre")
    elif before and (before[-1].text == ":" or (
            before[-1].text == "," and len(before) > 1 and before[-2].low not in rules.complementizers
            and before[-2].low not in rules.stopwords and _closes_paragraph(paras, q, k_end))):
        # "… rief aus: „…“", "… while chanting, “Hands up, don't shoot.”": the subject speaks
        draft.notes.append("colon")
        end = speaker_forward(before, 0, rules) if before and before[0].low not in rules.stopwords else None
        if end is not None:
            draft.speaker = span(before, (0, end))
    elif lead or _embedded_after(paras.text, q):
        draft.kind = "embedded"
    else:
        draft.speaker = _previous_subject(paras.before(k0, q.start, floor), rules)
    return draft


def _previous_subject(toks: list[Token], rules: Rules) -> tuple[int, int] | None:
    """The subject of the sentence just before an unattributed quotation, when it is a person
    word (a pronoun or a name): in narrated dialogue that is who speaks next ("Sie wies auf einen
    Strauch weißer Rosen. „Pflücken Sie mir eine Rose! “")."""
    ends = [k for k in range(len(toks)) if is_sentence_end(toks, k)]
    if not ends or ends[-1] != len(toks) - 1:
        return None
    start = ends[-2] + 1 if len(ends) > 1 else 0
    if start >= len(toks) or not toks[start].is_word:
        return None
    first = toks[start]
    if first.low in rules.pronouns and first.low not in IMPERSONAL:
        return (first.start, first.end)
    return None

def attribute_dash(q: Quoted, paras: Paragraphs, rules: Rules) -> Draft | None:
    """A draft for a dash paragraph whose attribution is found inside it, else None."""
    toks = paras.tokens(q.paragraph)
    if len(toks) < 3:
        return None
    found = dash_attribution(toks[1:], rules)
    if found is None:
        return None
    k, att = found
    body = toks[1:]
    draft = Draft([(body[0].start, body[k].start)], q.paragraph)
    _apply(draft, body, att)
    rest = att.last
    while rest < len(body) and not body[rest].is_word and body[rest].text not in "–—-":
        rest += 1
    if rest < len(body) and body[rest].text in "–—-" and rest + 1 < len(body):
        draft.segments.append((body[rest + 1].start, body[-1].end))
    draft.notes.append("dash")
    return draft


def _is_heading(text: str, s: int, e: int) -> bool:
    """A dash line without a final stop is a sub-heading, not speech."""
    return text[s:e].rstrip()[-1:] not in ".!?…»”\""


def _sentence_like(text: str, draft: Draft, paras: list[tuple[int, int]]) -> bool:
    """A quotation standing on its own: long enough, or a whole sentence of its own ("„Pflücken
    Sie mir eine Rose! “") that is not a whole paragraph (a quoted sub-heading)."""
    inner = text[draft.start:draft.end].strip("\"“”„«»‘’' ")
    if not inner[:1].isupper():
        return False
    if _word_count(text, draft.start, draft.end) >= MIN_LONE_WORDS:
        return True
    ps, pe = paras[draft.paragraph]
    whole = text[ps:pe].strip(" \u00a0") == text[draft.start:draft.end].strip(" \u00a0")
    return inner.rstrip()[-1:] in "!?." and _word_count(text, draft.start, draft.end) >= 2 and not whole


def link_drafts(text: str, drafts: list[Draft], paras: list[tuple[int, int]]) -> list[Draft]:
    """Join split quotations, carry speakers into continuations, drop scare quotes."""
    out: list[Draft] = []
    for d in sorted(drafts, key=lambda x: x.start):
        prev = out[-1] if out else None
        if d.kind == "embedded":
            # “…,” he said, but “…”: the second half hangs on the first one's attribution
            if prev is not None and prev.attributed and prev.kind == "direct" and d.paragraph == prev.paragraph \
                    and len(text[prev.end:d.start]) <= SHORT_GAP and not any(c in text[prev.end:d.start] for c in ".!?"):
                prev.segments.extend(d.segments)
            continue
        if prev is not None and prev.kind == "direct" and prev.attributed and (
                (d.speaker is not None and d.speaker == prev.speaker and "pre" in d.notes)
                or ("interposed" in d.notes and d.paragraph == prev.paragraph)):
            prev.segments.extend(d.segments)  # “…,” he said, “…”: both halves share one attribution
            continue
        if d.attributed or prev is None or not prev.attributed:
            if d.attributed or "colon" in d.notes or _sentence_like(text, d, paras):
                out.append(d)
            continue
        gap = text[prev.end:d.start]
        first = d.first_paragraph if d.first_paragraph >= 0 else d.paragraph
        own = prev.cue is not None and prev.end <= prev.cue[0] < d.start  # the gap is prev's attribution
        if first == prev.paragraph and len(gap) <= MERGE_GAP and own and not any(c in gap for c in "“”\"«»„"):
            prev.segments.extend(d.segments)
        elif first == prev.paragraph + 1 and d.start == paras[first][0] and _sentence_like(text, d, paras):
            d.speaker, d.cue, d.attributed = prev.speaker, prev.cue, True
            d.notes.append("continued")
            out.append(d)
        elif "colon" in d.notes or _sentence_like(text, d, paras):
            out.append(d)
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
        floor = q.end
    covered = [(d.start, d.end) for d in drafts]
    last_dash: Draft | None = None
    for q in dash_paragraphs(text, paras, rules):
        if skip(q.start) or any(s < q.end and q.start < e for s, e in covered):
            continue
        draft = attribute_dash(q, ptoks, rules)
        if draft is None and last_dash is not None and last_dash.paragraph == q.paragraph - 1 \
                and not _is_heading(text, q.start, q.end):
            draft = Draft([(q.start + len(q.mark) + 1, q.end)], q.paragraph, last_dash.speaker,
                          last_dash.cue, None, True, notes=["dash", "continued"])
        if draft is not None:
            drafts.append(draft)
            last_dash = draft
    if rules.colon_speech:
        covered = [(d.start, d.end) for d in drafts]
        drafts += colon_speech(text, paras, rules, ptoks, covered, skip)
    return link_drafts(text, drafts, paras)


def _label_speaker(toks: list[Token], k: int) -> tuple[int, int] | None:
    """A speaker label before the colon at ``toks[k]``: "Präs.:", "Vertheidiger:" at a segment start."""
    j = k
    while j > 0 and k - j < 3 and (toks[j - 1].is_word or (toks[j - 1].text == "." and j > 1
                                                           and toks[j - 2].is_capitalised
                                                           and toks[j - 2].end == toks[j - 1].start)):
        j -= 1
    if j == k or not toks[j].is_capitalised:
        return None
    if j > 0 and toks[j - 1].text not in ".!?…—–“”\"" and not is_sentence_end(toks, j - 1):
        return None
    return (j, k)


class SpeechStart(NamedTuple):
    """Where unmarked speech starts: the colon's token index, the label or speaker, the cue."""

    colon: int
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    label: bool = False  # a bare speaker label ("Präs.:"), kept only in transcripts


def _colon_starts(toks: list[Token], rules: Rules, taken: Callable[[int], bool]) -> list[SpeechStart]:
    """Colons followed by a capitalised word, after a speaker label or an attribution."""
    starts = []
    for c, tok in enumerate(toks):
        if tok.text != ":" or c + 1 >= len(toks) or not toks[c + 1].is_capitalised or taken(tok.start):
            continue
        label = _label_speaker(toks, c)
        if label is not None:
            starts.append(SpeechStart(c, label, None, label=True))
            continue
        lo = max(0, c - LOOKBEHIND)
        tail = sentence_tail(toks[lo:c])
        base = c - len(tail)
        att, _ = before_quote(tail, rules)
        if att is not None:
            starts.append(SpeechStart(c, _shift(att.speaker, base), _shift(att.cue, base)))
        elif any(t.low in rules.introducers for t in tail):
            # "Das Amtsblatt veröffentlicht folgenden Bericht: …": the subject is the source
            first = next((k for k, t in enumerate(tail) if t.is_word), None)
            end = speaker_forward(tail, first, rules) if first is not None else None
            starts.append(SpeechStart(c, _shift((first, end), base) if end else None, None))
    return _transcript_labels(toks, starts, rules)


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
            end = _speech_end(toks, st.colon + 1, max(limit, st.colon + 2))
            seg = (toks[st.colon + 1].start, toks[end - 1].end)
            d = Draft([seg], k, span(toks, st.speaker), span(toks, st.cue), None, st.speaker is not None,
                      first_paragraph=k)
            d.notes.append("colon")
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


def _speech_end(toks: list[Token], i: int, limit: int) -> int:
    """End of unmarked speech: a dash, a closing mark, or the third sentence end, before ``limit``."""
    sentences = 0
    for j in range(i, limit):
        if toks[j].text in "—–“”" and j > i:
            return j + (1 if toks[j].text in "“”" else 0)
        if is_sentence_end(toks, j):
            sentences += 1
            if sentences >= MAX_COLON_SENTENCES:
                return j + 1
    return limit
