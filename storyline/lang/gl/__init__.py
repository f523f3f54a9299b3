"""Language data for ``gl``."""
