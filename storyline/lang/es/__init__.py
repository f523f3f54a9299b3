"""es language tables."""
