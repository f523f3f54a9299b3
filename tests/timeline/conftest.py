"""Fixtures of the timeline tests: the seeds as contract dicts and the ITN blurbs (shared with the
stories tests)."""

from tests.stories.conftest import itn_docs, seed_dicts

__all__ = ["itn_docs", "seed_dicts"]
