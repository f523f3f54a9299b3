"""Language data for ``yue``."""
