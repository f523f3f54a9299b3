"""Which sentences are about a target entity, how they are dated, and the Task 4 evaluation on
the SemEval-2015 trial data (real Wikinews articles, the shared gold)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from storyline.api import analyze_text
from storyline.timeline import build_timeline, mentions_entity
from storyline.timeline.entries import Candidate, SourceRef
from storyline.timeline.evaluate import evaluate, relations, system_date, task_date
from storyline.timeline.mentions import Target, carried, mention_offsets
from storyline.timeline.merge import merge

SHARED = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "../shared"))
TRIAL = SHARED / "eval" / "timeline" / "semeval2015-trial"


def _doc(text: str, **layers: Any) -> dict[str, Any]:
    return {"id": "d", "source": "d", "lang": "en", "text": text, **layers}


def _found(text: str, name: str, **layers: Any) -> list[str]:
    doc = _doc(text, **layers)
    return [text[o : o + 12] for o in mention_offsets(doc, Target.of(name))]


def test_mentions_are_word_bounded() -> None:
    assert not _found("Apple announced the iPhone 3GS today.", "iPhone 3G")
    assert _found("The iPhone 3G will be discontinued.", "iPhone 3G") == ["iPhone 3G wi"]
    assert not mentions_entity(_doc("The jobsite was closed."), "Steve Jobs")


def test_mentions_name_variants_and_the_head_noun() -> None:
    assert _found("Apple launched the iTunes Music Store in 2003.", "iTunes store") == ["iTunes Music"]
    assert _found("The Beatles ' Apple Corps sued.", "Beatles Apple Corps")[0] == "Beatles ' Ap"
    assert _found("Apple Corps sued.", "Beatles Apple Corps") == ["Apple Corps ", "Corps sued."]
    assert _found("Jobs said so.", "Steve Jobs") == ["Jobs said so"]
    text = "Apple's iTunes store opened. Since its launch the store has sold 3 billion songs."
    assert len(_found(text, "iTunes store")) == 2
    assert not _found("Since its launch the store has sold 3 billion songs.", "iTunes store")  # never named


def test_mentions_longer_names_of_the_entity_layer_are_other_entities() -> None:
    text = "Apple unveiled the iPod Nano. The iPod nano is thin. The iPod sold well."
    nano = text.index("iPod Nano")
    ents = [{"start": nano, "end": nano + 9, "text": "iPod Nano", "canonical": "iPod Nano", "type": "MISC"}]
    assert _found(text, "iPod", entities=ents) == ["iPod sold we"]


def test_mentions_carry_over_a_pronoun_to_the_next_sentence() -> None:
    text = "Jobs was born in 1955. He started Apple in 1976. Apple grew. He left."
    bounds = ((0, 22), (23, 48), (49, 60), (61, 69))
    doc = _doc(text, sentences=[{"start": s, "end": e, "kind": "body"} for s, e in bounds])
    offsets = carried(doc, mention_offsets(doc, Target.of("Steve Jobs")))
    assert offsets == [0, 23]  # "He left" follows a sentence not about Jobs


def test_timeline_entity_sentences_dated_by_the_lead_and_nearest_date() -> None:
    text = ("Apple to give free cases to owners.\nJuly 17 , 2010\nApple Inc. announced Friday that it will "
            "give owners of its new iPhone 4 a free case.\nJobs said the phone works well.\n"
            "Apple was started by Steve Jobs in 1976 , and launched the iTunes Music Store in 2003 .")  # fmt: skip
    doc = analyze_text(text, lang="en", published="2010-07-17").to_dict() | {"id": "d", "source": "d"}
    jobs = {e.summary[:20]: e.date for e in build_timeline([doc], entity="Steve Jobs")}
    assert jobs["Jobs said the phone "] == "2010-07-16"  # the day the lead reports on, not publication
    assert jobs["Apple was started by"] == "1976"
    itunes = {e.summary[:20]: e.date for e in build_timeline([doc], entity="iTunes store")}
    assert itunes == {"Apple was started by": "2003"}


def test_evaluate_dates_follow_the_task_convention() -> None:
    assert task_date("2007-09-XX") == "2007-09" and task_date("1976") == "1976"
    assert task_date("XXXX-XX-XX") is None and task_date("XXX-XX-XX") is None
    assert system_date("2010-W23", "week") == "2010-06" and system_date("2009-W01", "week") == "2008"
    assert system_date("2007-Q1", "quarter") == "2007"
    rels = relations({("a", 1): (0, None), ("a", 2): (1, "2005"), ("b", 3): (2, None), ("b", 4): (2, "2006")})
    assert ("before", ("a", 2), ("b", 3)) in rels and ("simultaneous", ("b", 3), ("b", 4)) in rels
    assert not any(("a", 1) in r for r in rels) and ("anchor", ("b", 3), None) not in rels


@pytest.mark.skipif(not TRIAL.exists(), reason="shared SemEval-2015 trial data not available")
def test_evaluate_on_the_semeval_trial_timelines() -> None:
    result = evaluate(TRIAL, analyze=True)
    assert len(result["timelines"]) == 6
    assert result["summary"]["date_f1"] >= 0.55 and result["summary"]["task4_f1"] >= 0.5


def test_timeline_summary_prefers_the_sentence_that_names_the_entity() -> None:
    def cand(doc: str, summary: str, named: bool) -> Candidate:
        ref = SourceRef(doc, doc, "en", 0, len(summary))
        keys = frozenset({"n:medical", "n:leave", "n:apple"})
        return Candidate("2011-01-17", "day", "event", summary, ref, keys, named=named)

    he, jobs = "He took medical leave from Apple.", "Jobs took medical leave from Apple."
    entries = merge([cand("a", he, False), cand("b", jobs, True)])
    assert len(entries) == 1 and entries[0].summary.startswith("Jobs")
