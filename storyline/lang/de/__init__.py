"""Language data for ``de``."""
