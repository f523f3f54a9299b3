"""The story index: documents -> copy groups -> events -> stories, updated incrementally.

Three levels, each feeding the next (see docs/quality.md for how the thresholds were chosen):

1. copies: near-duplicate texts (:mod:`.minhash`) form one copy group; only the group's first
   document goes on to clustering, the others follow it (ten outlets, one source);
2. events: an online clusterer over documents with a tight threshold and a 30-day window
   (one occurrence: "the first written agreement in the Doha talks");
3. stories: the same clusterer over events (an event is the sum of its documents' features,
   dated at its centre), with a looser threshold and a longer window (the arc that groups them).

``add`` takes new documents at any time: document-level work (features, copies, events) is done
once per document; the story level is recomputed over events, which are few.
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import gc
import logging
import math
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..entities import NAME_PARTICLES
from .bridge import Bridge, BridgeParams
from .cities import CITY
from .cluster import Clusterer, Decision, Item, Params
from .embed import Embedder, passage_text
from .features import ENTITY, NAME, NUMBER, DocFeatures, day_number, extract, fold, word_count
from .linker import Linker
from .minhash import DuplicateIndex
from .state import Vocab, decode_maps, encode_maps
from .stamps import source_group, stamped_days
from .dates import DATE
from .places import PLACE, PLACE_PAIR

log = logging.getLogger(__name__)

LABEL_CHARS = 120
LABEL_SHARE = 0.25  # a label's second and third names weigh this share of its first at least
SAME_SPELLING = 0.8  # similarity of two names' ASCII forms above which a label shows one of them
LEAD_WORDS = 6  # a sentence shorter than this opening an article is a dateline or a byline
LABEL_WEIGHTS = {ENTITY: 1.0, NAME: 1.0}  # the label ranks each kind of name by TF-IDF alone
STORY_KEYS = 100


def event_params() -> Params:
    """Tight clusters of documents about one occurrence."""
    # wide_min: the translations of one long article share a dozen frequent anchors (sixth pass)
    return Params(threshold=0.4, window=30, embed_weight=3.0, wide_min=12)


def story_params() -> Params:
    """Looser clusters of events: one arc of news."""
    params = Params(threshold=0.2, window=365, day_evidence=3, embed_weight=0.5, embed_base=0.88)
    params.channel[PLACE] = 1.5  # countries tie short blurbs together; in long articles they are many
    params.channel[NUMBER] = 1.6  # so do the figures (tolls, years) an event's reports repeat
    params.channel[PLACE_PAIR] = 2.5  # countries named together; at the event level (0) they and
    params.channel[DATE] = 1.5  # the written dates (t:MMDD) split MEANTIME's translations
    params.channel[CITY] = 1.0  # cities in any script (ninth pass); at the event level (0) they split more than they tie
    params.wide_min = 3  # events sharing 3 frequent anchors within a week meet (sixth pass)
    params.same_lang_names = True  # a day's briefs in one language share numbers and words, not a story
    return params


def merge_overrides() -> dict[str, Any]:
    """How the merge pass over whole stories differs from the story level (seventh pass): it
    weighs the distance in days in full, since two large stories share many anchors by their
    size alone (the Nobel prizes of one week, two deaths at 82 twelve days apart), and with time
    weighed so, two shared frequent anchors within a week make a candidate (not three)."""
    return {"day_evidence": 1000.0, "wide_min": 2}


@dataclass(slots=True)
class StoryOptions:
    """Settings of the story index (one object passed down, as ``pipeline.Options``)."""

    event: Params = field(default_factory=event_params)
    story: Params = field(default_factory=story_params)
    merge: dict[str, Any] = field(default_factory=merge_overrides)  # the story params' changes in the merge pass
    duplicate_threshold: float = 0.7
    embed: bool = False
    bridge: bool | None = None  # the cross-script name bridge (.bridge); None: on with ``embed``
    bridge_params: BridgeParams = field(default_factory=BridgeParams)
    cache_dir: str | None = None

    @property
    def bridged(self) -> bool:
        """Whether names are bridged across scripts (``bridge``, else with embeddings)."""
        return self.embed if self.bridge is None else self.bridge


@dataclass(slots=True)
class Trace:
    """One level's decisions in one pass (for :mod:`.train_linker`): the clusterer, its
    decisions, and the documents each of its items stands for."""

    clusterer: Clusterer
    decisions: list[Decision]
    documents: Mapping[str, list[str]]


class Itself(dict[str, list[str]]):
    """The documents of an event-level item: the document itself."""

    def __missing__(self, key: str) -> list[str]:
        return [key]


@dataclass(slots=True)
class DocInfo:
    """What the index keeps of a document after clustering it: enough to describe its story."""

    id: str
    source: str
    lang: str
    day: int | None
    lead: str
    date: str | None  # the publication date as precise as it is known: 2020-12 or 2020-12-02


@dataclass(slots=True)
class Event:
    """One occurrence reported by one or more documents."""

    id: str
    label: str
    documents: list[str]
    languages: dict[str, int]
    start: str | None
    end: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "start": self.start, "end": self.end,
                "languages": self.languages, "documents": self.documents}  # fmt: skip


@dataclass(slots=True)
class Story:
    """A group of events: the documents (sources) telling one story, per language, dated."""

    id: str
    label: str
    documents: list[str]
    document_ids: list[str]
    languages: dict[str, int]
    start: str | None
    end: str | None
    events: list[Event]
    copies: list[list[str]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "label": self.label, "documents": self.documents,
            "languages": self.languages, "start": self.start, "end": self.end,
            "events": [e.to_dict() for e in self.events],
            "document_ids": self.document_ids, "copies": self.copies,
        }  # fmt: skip


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: the index builds millions of small dicts without a
    cycle among them, and full collections over a growing heap made clustering superlinear
    (30k documents: 86 s with the collector, 45 s without)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def published_value(doc: dict[str, Any]) -> str | None:
    """The publication date as an ISO prefix of its precision (``2020-12`` for a month)."""
    pub = doc.get("published")
    value = pub.get("value") if isinstance(pub, dict) else pub
    if not isinstance(value, str) or day_number(doc) is None:
        return None
    size = {"year": 4, "month": 7}.get(pub.get("precision") if isinstance(pub, dict) else "", 10)
    return value[:size]


def lead_of(doc: dict[str, Any]) -> str:
    """The title, or else the first body sentence of ``LEAD_WORDS`` words or more (a wire
    dateline the splitter left alone, "HAVANA (AP) --", says nothing), or else the first
    sentence: what a document is about, briefly."""
    title = (doc.get("title") or "").strip()
    if title:
        return clip(title)
    text = doc.get("text") or ""
    body = [text[s["start"] : s["end"]].strip() for s in doc.get("sentences") or [] if s.get("kind", "body") == "body"]
    for sentence in body:
        if word_count(sentence) >= LEAD_WORDS:
            return clip(sentence)
    if body:
        return clip(body[0])
    return clip(" ".join(text.split()))


def clip(text: str, limit: int = LABEL_CHARS) -> str:
    """A label of at most ``limit`` characters, cut at a word's end with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip(",;:") + "…"


def _same_name(a: str, b: str) -> bool:
    """Whether two label names are one: equal, one a word of the other ("Clinton", "Hillary
    Clinton"), or one name in two scripts or spellings (their ASCII forms nearly agree: "Mahsa
    Amini" and "Μάχσα Αμίνι", "Alès Bialiatski" and "Ales Bjaljatski", word by word from the same
    letters; not Bill and Hillary Clinton). A middle initial one of them lacks doesn't count
    ("Donald J. Trump"; but George W. and George H. W. Bush stay two)."""
    (words_a, initials_a), (words_b, initials_b) = _name_words(a), _name_words(b)
    if initials_a and initials_b and initials_a != initials_b:
        return False
    if not words_a or not words_b:
        return a == b
    joined_a, joined_b = " ".join(words_a), " ".join(words_b)
    if f" {joined_a} " in f" {joined_b} " or f" {joined_b} " in f" {joined_a} ":
        return True
    if len(words_a) == 1 or len(words_b) == 1:  # "Aminiy" is Mahsa Amini's last word spelt otherwise
        one, other = (words_a[0], words_b) if len(words_a) == 1 else (words_b[0], words_a)
        return any(w[:1] == one[:1] and _similar(w, one) for w in other)
    return [w[:1] for w in words_a] == [w[:1] for w in words_b] and _similar(joined_a, joined_b)


def _phrase(name: str) -> bool:
    """Whether a name holds two lower-case words or more that are no name particles ("da" of
    "Lula da Silva"): a phrase of its sentence, not a name a label can show ("Center for Civil
    Liberties tilldelas Nobels")."""
    return sum(w[:1].islower() and w not in NAME_PARTICLES for w in name.split()) >= 2


def _name_words(name: str) -> tuple[list[str], list[str]]:
    """A label name's folded words without its middle initials, and those initials."""
    words = [fold(w) for w in name.split()]
    middle = [w for w in words[1:-1] if len(w.strip(".")) == 1]
    return [w for w in words if w not in middle], middle


def _similar(a: str, b: str) -> bool:
    """Whether two ASCII spellings nearly agree (``SAME_SPELLING``)."""
    return difflib.SequenceMatcher(None, a, b).ratio() >= SAME_SPELLING


def _latin(text: str) -> bool:
    """Whether a spelling is written in Latin letters (its letters all fold to themselves)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


class StoryIndex:
    """Incremental story clustering over contract document dicts."""

    def __init__(
        self,
        options: StoryOptions | None = None,
        linkers: Mapping[str, Linker] | None = None,
        record: str | None = None,
    ) -> None:
        self.options = options or StoryOptions()
        self.linkers = dict(linkers or {})  # level ("event", "story") -> a linker (training)
        self.record = record  # the level whose decisions go to ``traces`` (training)
        self.traces: list[Trace] = []
        self.copies = DuplicateIndex(self.options.duplicate_threshold)
        self.events = self._clusterer("event", Itself)
        self.docs: dict[str, DocInfo] = {}
        self.event_keys: dict[int, Counter[str]] = {}
        self.event_dense: dict[int, np.ndarray] = {}
        self.surface: dict[str, str] = {}
        needs = self.options.embed or self.options.bridged
        self.embedder = Embedder(self.options.cache_dir) if needs else None
        self.bridge = Bridge(self.embedder, self.options.bridge_params) if self.options.bridged else None
        self.stamps: dict[str, int] = {}  # source group -> the day found to be a stamp (.stamps)

    def add(self, documents: Iterable[dict[str, Any]]) -> int:
        """Cluster new documents (already indexed ids are skipped); return how many were added."""
        with paused_gc():
            return self._add(documents)

    def _add(self, documents: Iterable[dict[str, Any]]) -> int:
        """``add`` proper."""
        batch = [d for d in documents if str(d.get("id", "")) not in self.docs and d.get("text")]
        feats = [extract(d) for d in batch]
        groups = [source_group(d) for d in batch]
        stamps = stamped_days(groups, [f.day for f in feats])
        self.stamps.update(stamps)
        for feat, group in zip(feats, groups, strict=True):
            if stamps.get(group) == feat.day:
                feat.day = None  # a stamp, not a date (see .stamps)
        if self.bridge is not None:
            for f, doc in zip(feats, self.bridge.keys(d.get("text") or "" for d in batch), strict=True):
                f.keys.update(doc)
        if self.embedder is not None and self.options.embed:
            for f, vec in zip(feats, self.embedder.embed([passage_text(d) for d in batch]), strict=True):
                f.vector = vec
        self.events.observe(Item(f.id, f.lang, f.day, f.keys) for f in feats)
        order = sorted(range(len(batch)), key=lambda i: (feats[i].day is None, feats[i].day or 0, feats[i].id))
        for i in order:
            self._add_one(batch[i], feats[i])
        return len(batch)

    def _add_one(self, doc: dict[str, Any], feat: DocFeatures) -> None:
        """Put one document in its copy group and its event."""
        date = published_value(doc) if feat.day is not None else None  # a stamp dates no story
        self.docs[feat.id] = DocInfo(feat.id, doc.get("source") or feat.id, feat.lang, feat.day, lead_of(doc), date)
        rep = self.copies.add(feat.id, doc.get("text") or "")
        item = Item(feat.id, feat.lang, feat.day, feat.keys, feat.vector)
        if rep != feat.id and rep in self.events.assign:
            cid = self.events.assign[rep]
            self.events.clusters[cid].members.append(feat.id)
            self.events.clusters[cid].langs[feat.lang] += 1
            self.events.assign[feat.id] = cid
        else:
            cid = self.events.add(item)
        self.event_keys.setdefault(cid, Counter()).update(feat.keys)
        if feat.vector is not None:
            prev = self.event_dense.get(cid)
            self.event_dense[cid] = feat.vector.copy() if prev is None else prev + feat.vector
        for key, spelling in feat.surface.items():
            known = self.surface.get(key)
            if known is None or (not _latin(known) and _latin(spelling)):
                self.surface[key] = spelling  # labels read in the pages' (Latin) script where a source writes it so

    # ------------------------------------------------------------------ saved state
    def to_state(self) -> dict[str, Any]:
        """The index as plain data and arrays (see :mod:`.state` and :mod:`.persist`): the
        document-level work done so far, so that a later ``add`` continues it in another process."""
        vocab = Vocab()
        dense = list(self.event_dense)
        return {
            "docs": [[d.id, d.source, d.lang, d.day, d.lead, d.date] for d in self.docs.values()],
            "event_keys": {"events": list(self.event_keys),
                           **encode_maps(list(self.event_keys.values()), vocab, np.int64)},  # fmt: skip
            "event_dense": {"events": dense, "vectors": np.stack([self.event_dense[c] for c in dense])
                            if dense else np.zeros((0, 0), dtype=np.float32)},  # fmt: skip
            "words": vocab.words(),
            "surface": [list(self.surface), list(self.surface.values())],
            "stamps": [list(self.stamps), list(self.stamps.values())],
            "bridge": [list(self.bridge.targets), list(self.bridge.targets.values())] if self.bridge else [[], []],
            "copies": self.copies.to_state(),
            "events": self.events.to_state(),
        }

    @classmethod
    def from_state(
        cls, state: dict[str, Any], options: StoryOptions, linkers: Mapping[str, Linker] | None = None
    ) -> StoryIndex:
        """The index ``to_state`` saved, under ``options`` (the caller checked they are the saved ones)."""
        self = cls(options, linkers)
        self.docs = {row[0]: DocInfo(*row) for row in state["docs"]}
        keys = state["event_keys"]
        maps = decode_maps(keys, state["words"])
        self.event_keys = {cid: Counter(m) for cid, m in zip(keys["events"], maps, strict=True)}
        dense = state["event_dense"]
        self.event_dense = {cid: vec.copy() for cid, vec in zip(dense["events"], dense["vectors"], strict=True)}
        self.surface = dict(zip(*state["surface"], strict=True))
        self.stamps = dict(zip(*state["stamps"], strict=True))
        if self.bridge is not None:
            self.bridge.targets.update(dict(zip(*state.get("bridge", [[], []]), strict=True)))
        self.copies = DuplicateIndex.from_state(state["copies"])
        self.events = Clusterer.from_state(state["events"], self.options.event, self.linkers.get("event"))
        return self

    # ------------------------------------------------------------------ reading out
    def _event(self, cid: int) -> Event:
        """The event of an event cluster, dated by its documents."""
        cluster = self.events.clusters[cid]
        members = sorted(cluster.members, key=lambda m: (self.docs[m].day or 0, m))
        dates = [d for d in (self.docs[m].date for m in members) if d]
        return Event(
            id=f"e-{members[0]}",
            label=self.docs[members[0]].lead,
            documents=members,
            languages=dict(cluster.langs.most_common()),
            start=min(dates) if dates else None,
            end=max(dates) if dates else None,
        )

    def event_vector(self, cid: int) -> dict[str, float]:
        """An event's TF-IDF vector (document-level IDF), cut to its ``STORY_KEYS`` heaviest keys:
        the tail of once-used words costs time at the story level and decides nothing."""
        vec = self.events.weigh(self.event_keys[cid], self.options.story.channel)
        return dict(sorted(vec.items(), key=lambda kv: -kv[1])[:STORY_KEYS])

    def story_clusters(self) -> list[list[int]]:
        """Event clusters grouped into stories (recomputed: events are few)."""
        clusterer = self._clusterer("story", lambda: {str(c): cl.members for c, cl in enumerate(self.events.clusters)})
        items = []
        for cid, cluster in enumerate(self.events.clusters):
            dense = self.event_dense.get(cid)
            vec = None if dense is None else dense / (float(np.linalg.norm(dense)) or 1.0)
            centre = cluster.centre()
            day = None if centre is None else round(centre)
            lang = cluster.langs.most_common(1)[0][0]
            items.append(Item(str(cid), lang, day, self.event_vector(cid), vec, weighted=True))
        clusterer.observe(items)
        for item in sorted(items, key=lambda it: (it.day is None, it.day or 0, int(it.id))):
            clusterer.add(item)
        groups = [[int(m) for m in c.members] for c in clusterer.clusters]
        return self._merge_pass(groups, clusterer, items)

    def _merge_pass(self, groups: list[list[int]], first: Clusterer, items: list[Item]) -> list[list[int]]:
        """One more pass over whole stories: an online pass is order-dependent, and a story that
        began before its evidence arrived may belong with another once both are complete."""
        by_id = {int(it.id): it for it in items}
        events = self.events.clusters
        second = self._clusterer(
            "story",
            lambda: {str(k): [d for c in g for d in events[c].members] for k, g in enumerate(groups)},
            dataclasses.replace(self.options.story, **self.options.merge),
        )
        merged = []
        for k, (group, cluster) in enumerate(zip(groups, first.clusters, strict=True)):
            days = [by_id[m].day for m in group if by_id[m].day is not None]
            lang = cluster.langs.most_common(1)[0][0]
            dense = None if cluster.dense is None else cluster.dense / (float(np.linalg.norm(cluster.dense)) or 1.0)
            day = round(sum(days) / len(days)) if days else None
            merged.append(Item(str(k), lang, day, cluster.weights, dense, weighted=True))
        second.observe(merged)
        for item in sorted(merged, key=lambda it: (it.day is None, it.day or 0, int(it.id))):
            second.add(item)
        return [[m for k in c.members for m in groups[int(k)]] for c in second.clusters]

    def _clusterer(
        self, level: str, documents: Callable[[], Mapping[str, list[str]]], params: Params | None = None
    ) -> Clusterer:
        """A clusterer of one level (with the level's params, or ``params``), recording its
        decisions when that level is ``record``ed (the documents of its items are only listed then)."""
        params = params or (self.options.event if level == "event" else self.options.story)
        if self.record != level:
            return Clusterer(params, self.linkers.get(level))
        decisions: list[Decision] = []
        clusterer = Clusterer(params, self.linkers.get(level), decisions)
        self.traces.append(Trace(clusterer, decisions, documents()))
        return clusterer

    def story_label(self, keys: Counter[str]) -> str:
        """The story's most telling names (highest TF-IDF anchors), in their first spelling: the
        entity layer's names (whole names, "Hillary Clinton"), or, where it found none (a language
        it has no model for), capitalised words, which also catch "They" opening a sentence and
        "Mrs": those only fill a label that would otherwise be empty ("Trump, They")."""
        names: list[str] = []
        n = max(self.events.n_items, 1)
        for prefix in (ENTITY, NAME):
            if names:
                break
            # mentions x IDF, not TF-IDF's log: a name most of the story's reports give, not one
            # blurb's rare word ("Fotbalistul", "Unitit Kinrick")
            weights = {k: v * (math.log((n + 1) / (self.events.df.get(k, 0) + 1)) + 1.0)
                       for k, v in keys.items() if k.startswith(prefix)}  # fmt: skip
            best = max(weights.values(), default=0.0)
            for key in sorted(weights, key=lambda k: (-weights[k], k)):
                spelling = self.surface.get(key, key[2:])
                weak = names and (keys[key] < 2 or weights[key] < LABEL_SHARE * best)
                if prefix == NAME and not any(ch.isupper() for ch in spelling):
                    continue  # every word of a caseless script is a name key ("في", "در"): no label
                if _phrase(spelling):
                    continue  # a tagger's span run on into its sentence ("wyborach prezydenckich w Słowenii")
                if len(names) < 3 and not weak and not any(_same_name(spelling, n) for n in names):
                    names.append(spelling)
        return ", ".join(names)

    def stories(self) -> list[Story]:
        """Every story, largest first, with its events in date order."""
        with paused_gc():
            return self._stories()

    def _stories(self) -> list[Story]:
        """``stories`` proper."""
        out = []
        groups = self.copies.groups()
        for group in self.story_clusters():
            events = sorted((self._event(cid) for cid in group), key=lambda e: (e.start or "", e.id))
            ids = [m for e in events for m in e.documents]
            keys: Counter[str] = Counter()
            langs: Counter[str] = Counter()
            for cid in group:
                keys.update(self.event_keys[cid])
                langs.update(self.events.clusters[cid].langs)
            copies = [groups[m] for m in ids if len(groups.get(m, ())) > 1]
            starts = [e.start for e in events if e.start]
            ends = [e.end for e in events if e.end]
            out.append(Story(
                id=f"s-{events[0].documents[0]}",
                label=self.story_label(keys) or events[0].label,
                documents=[self.docs[m].source for m in ids],
                document_ids=ids,
                languages=dict(langs.most_common()),
                start=min(starts) if starts else None,
                end=max(ends) if ends else None,
                events=events,
                copies=copies,
            ))  # fmt: skip
        out.sort(key=lambda s: (-len(s.document_ids), s.start or "", s.id))
        return out


def build_stories(documents: Iterable[dict[str, Any]], options: StoryOptions | None = None) -> list[Story]:
    """Cluster contract document dicts into stories (a one-shot :class:`StoryIndex`).

    Args:
        documents: document dicts in the output contract (``id`` and ``text`` required).
        options: thresholds, embeddings on/off.

    Returns:
        The stories, largest first.
    """
    index = StoryIndex(options)
    index.add(documents)
    return index.stories()


STORIES_KIND, EVENTS_KIND = "stories", "events"


def document_events(events: Iterable[Event | dict[str, Any]]) -> dict[str, str]:
    """Document id -> id of its event, from events or their stored rows: what the timeline
    takes as evidence that two documents report one occurrence (``build_timeline(events=)``)."""
    return _document_groups(events, "documents")


def document_stories(stories: Iterable[Story | dict[str, Any]]) -> dict[str, str]:
    """Document id -> id of its story, from stories or their stored rows (``build_timeline(stories=)``)."""
    return _document_groups(stories, "document_ids")


def _document_groups(groups: Iterable[Event | Story | dict[str, Any]], field: str) -> dict[str, str]:
    """Document id -> id of the group (event or story) whose ``field`` lists it."""
    out: dict[str, str] = {}
    for group in groups:
        row = group if isinstance(group, dict) else group.to_dict()
        for doc_id in row.get(field) or []:
            out[str(doc_id)] = str(row.get("id"))
    return out


def events_of(store: Any) -> dict[str, str]:
    """Document id -> event id, from the events a build kept in a store (none before a build)."""
    return document_events(store.load_derived(EVENTS_KIND))


def stories_of(store: Any) -> dict[str, str]:
    """Document id -> story id, from the stories a build kept in a store (none before a build)."""
    return document_stories(store.load_derived(STORIES_KIND))
