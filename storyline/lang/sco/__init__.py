"""Language data for ``sco``."""
