"""de language tables."""
