"""Language data for ``id``."""
