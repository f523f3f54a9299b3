"""Language data for ``ro``."""
