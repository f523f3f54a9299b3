"""Language data for ``nb``."""
