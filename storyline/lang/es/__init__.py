"""Language data for ``es``."""
