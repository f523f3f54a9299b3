"""nb language tables."""
