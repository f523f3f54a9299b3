"""fr language tables."""
