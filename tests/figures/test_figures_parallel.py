"""The gold-free check across languages: translations of one article report the same figures."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.figures import parallel

from .figures_helpers import SHARED


def _fig(value: float, measure: str, subject: str | None = None) -> dict[str, Any]:
    return {"text": str(value), "value": value, "measure": measure,
            "subject": {"text": subject, "canonical": subject} if subject else None}  # fmt: skip


def test_parallel_scores_a_translation_against_its_original() -> None:
    meta = {"a-en": {"event": "a", "lang": "en"}, "a-es": {"event": "a", "lang": "es"}}
    docs = [
        {"id": "a-en", "lang": "en", "figures": [_fig(35, "order", "Boeing"), _fig(677, "order", "Boeing"), _fig(47, "customer")]},
        {"id": "a-es", "lang": "es", "figures": [_fig(35, "pedido", "Boeing"), _fig(677.2, "pedido"), _fig(3, "cliente")]},
    ]
    result = parallel.agreement(docs, meta)["es"]
    assert (result["value"]["precision"], result["value"]["recall"]) == (2 / 3, 2 / 3)  # 677.2 is within 0.1%
    assert result["value+measure"]["f1"] == result["value"]["f1"]  # "pedido" is "order" in series
    assert result["value+measure+subject"]["precision"] == 1 / 3
    raw = parallel.agreement(docs, meta, normalise=False)["es"]
    assert raw["value+measure"]["f1"] == 0.0
    errors: list[str] = []
    parallel.agreement(docs, meta, errors=errors)
    assert "es a subject: '677.2' 677.2 order: es - / en boeing" in errors  # matched, another owner
    assert "es a es only: '3' 3 customer" in errors


def test_parallel_meantime_translations_agree() -> None:
    if not (SHARED / parallel.DATA).is_dir():
        pytest.skip(f"shared data not found at {SHARED / parallel.DATA}")
    lines, meta = parallel.load(SHARED)
    docs = parallel.annotated(lines, None)
    result = parallel.agreement(docs, meta)
    assert {lang: round(levels["value"]["f1"], 2) >= 0.84 for lang, levels in result.items()} == {"es": True, "it": True, "nl": True}
    multi, total = parallel.multilingual_series(docs)
    assert multi >= 60 and total > multi
