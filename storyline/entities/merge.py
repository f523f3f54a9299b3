"""The cross-document entity merge: one entity per real-world name, over a whole corpus.

Input: documents as contract dicts (``storyline analyze --format jsonl``, or the store's
``iter_documents()``), whose entity mentions already carry a per-document ``entity_id`` and
``canonical``. Each distinct (language, canonical name, type) becomes one node; the nodes are
normalised (:mod:`.names`: language-independent keys for countries, aliases, folded and
transliterated names) and resolved together (:mod:`.variants`: genitives, short forms, acronyms,
each rule a dictionary lookup, so blocking keeps the cost linear); places that are one city in any
script then share its GeoNames id. Nodes with one final key form one
entity, whose ``entity_id`` is the hash of that key: the same name gives the same id in every run.
Every node records the rule that put it there, so each merge can be explained.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..stories.cities import city_of
from .names import CITY, NAME, Name, entity_id, normalize
from .variants import Named, resolve

__all__ = ["CorpusEntity", "merge"]


@dataclass(slots=True)
class _Node:
    """One distinct (language, canonical name, type) of the corpus, with what it aggregates."""

    lang: str | None
    canonical: str
    type: str
    mentions: int = 0
    variants: Counter[str] = field(default_factory=Counter)
    rules: dict[str, str] = field(default_factory=dict)
    documents: set[str] = field(default_factory=set)
    members: set[str] = field(default_factory=set)


@dataclass(slots=True)
class CorpusEntity:
    """A merged entity: its canonical name, type, every surface form, and how it was merged."""

    entity_id: str
    canonical: str
    type: str
    variants: list[str]
    languages: list[str]
    mentions: int
    documents: list[str]
    members: list[str]
    merges: list[dict[str, str]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity_id": self.entity_id,
            "canonical": self.canonical,
            "type": self.type,
            "variants": self.variants,
            "languages": self.languages,
            "mentions": self.mentions,
            "documents": self.documents,
            "members": self.members,
            "merges": self.merges,
        }


def _nodes(docs: Iterable[dict[str, Any]]) -> list[_Node]:
    """The distinct nodes of a corpus; a per-document entity takes its majority mention type."""
    nodes: dict[tuple[str | None, str, str], _Node] = {}
    for doc in docs:
        source = str(doc.get("source") or doc.get("id") or "")
        per_entity: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for ent in doc.get("entities") or []:
            if ent.get("entity_id") and ent.get("canonical"):
                per_entity[ent["entity_id"]].append(ent)
        for eid, ments in per_entity.items():
            typ = Counter(str(m.get("type", "")) for m in ments).most_common(1)[0][0]
            key = (doc.get("lang"), ments[0]["canonical"], typ)
            node = nodes.get(key) or nodes.setdefault(key, _Node(*key))
            node.mentions += len(ments)
            for m in ments:
                node.variants[str(m.get("text", ""))] += 1
                node.rules.setdefault(str(m.get("text", "")), str(m.get("rule", "")))
            node.documents.add(source)
            node.members.add(eid)
    return list(nodes.values())


def _entity(key: str, group: list[tuple[_Node, Name, str]]) -> CorpusEntity:
    """One merged entity from its nodes (each with its normalised name and merge rule)."""
    from . import canonical_name, majority_type  # the same choices as within one document

    names: Counter[Name] = Counter()
    types: Counter[str] = Counter()
    direct: Counter[str] = Counter()  # the types of the nodes that write the name itself
    variants: Counter[str] = Counter()
    for node, name, _ in group:
        names[name] += node.mentions
        types[node.type] += node.mentions
        if name.key == key:
            direct[node.type] += node.mentions
        variants.update(node.variants)
    return CorpusEntity(
        entity_id=entity_id(key),
        canonical=canonical_name(key, names),
        type=majority_type(direct or types),
        variants=[v for v, _ in variants.most_common()],
        languages=sorted({node.lang for node, _, _ in group if node.lang}),
        mentions=sum(node.mentions for node, _, _ in group),
        documents=sorted(set().union(*(node.documents for node, _, _ in group))),
        members=sorted(set().union(*(node.members for node, _, _ in group))),
        merges=[merge for node, name, rule in group for merge in _explain(node, name, rule)],
    )


def _explain(node: _Node, name: Name, rule: str) -> list[dict[str, str]]:
    """Why each surface form of a node is in its entity: the rule of its document, then the rule
    that joined the node across documents, if one did ("Stoltenberg": short-form)."""
    across = "" if rule == name.rule else rule
    return [
        {"variant": text, "lang": node.lang or "", "type": node.type,
         "rule": ";".join(filter(None, (node.rules.get(text, ""), across)))}
        for text, _ in node.variants.most_common()
    ]  # fmt: skip


def _cities(nodes: list[_Node], own: list[str], keys: list[str], rules: list[str]) -> None:
    """A place named as one city in any script is that city (its GeoNames id,
    :mod:`storyline.stories.cities`): Peshawar, Pexauar, Пешаваре and 白沙瓦 are one entity. A whole
    key is re-keyed, so the names other rules joined to it go with it, and only where most of its
    mentions are places (a person "Lula" is no Luleå); the rule is added to the one that joined a
    node before (``own``: each node's own rule). Corpus-level only: one document's names are one
    language, and ``analyze`` stays without the city table."""
    places: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    city: dict[str, str] = {}
    for node, key in zip(nodes, keys):
        mentions[key] += node.mentions
        if node.type == "LOC" and key.startswith(NAME):
            places[key] += node.mentions
            code = city.get(key) or city_of(node.canonical)
            if code:
                city[key] = code
    for i, key in enumerate(keys):
        if key in city and 2 * places[key] > mentions[key]:
            keys[i], rules[i] = CITY + city[key], "city" if rules[i] == own[i] else f"{rules[i]};city"


def merge(docs: Iterable[dict[str, Any]]) -> list[CorpusEntity]:
    """Merge the entity mentions of many documents into corpus entities, most mentioned first.

    Args:
        docs: documents in the output contract, with their ``entities`` layer and ``lang``.

    Returns:
        One :class:`CorpusEntity` per final merge key.
    """
    nodes = _nodes(docs)
    names = [normalize(n.canonical, n.lang, n.type == "PER") for n in nodes]
    keys, rules = resolve([Named(name, n.type, n.lang, n.mentions) for n, name in zip(nodes, names)])
    _cities(nodes, [name.rule for name in names], keys, rules)
    groups: dict[str, list[tuple[_Node, Name, str]]] = defaultdict(list)
    for node, name, key, rule in zip(nodes, names, keys, rules):
        groups[key].append((node, name, rule))
    merged = [_entity(key, group) for key, group in groups.items()]
    return sorted(merged, key=lambda e: (-e.mentions, e.canonical))


def store_entities(store: Any) -> list[CorpusEntity]:
    """Merge the entities of every stored document and keep the result as derived rows ``entities``
    (so the report and other commands read the same ids without re-merging)."""
    merged = merge(store.iter_documents())
    store.save_derived("entities", [e.to_dict() for e in merged])
    return merged
