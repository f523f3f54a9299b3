"""Language data for ``pt``."""
