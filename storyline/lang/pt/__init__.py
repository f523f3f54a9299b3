"""pt language tables."""
