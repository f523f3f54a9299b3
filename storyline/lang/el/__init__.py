"""Language data for ``el``."""
