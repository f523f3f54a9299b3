"""Language data for ``ur``."""
