"""en language tables."""
