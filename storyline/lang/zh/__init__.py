"""Language data for ``zh``."""
