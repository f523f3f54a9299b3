"""Language data for ``da``."""
