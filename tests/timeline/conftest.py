"""Fixtures of the timeline tests: the seeds as contract dicts (shared with the stories tests)."""

from tests.stories.conftest import seed_dicts

__all__ = ["seed_dicts"]
