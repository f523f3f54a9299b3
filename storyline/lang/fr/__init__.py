"""Language data for ``fr``."""
