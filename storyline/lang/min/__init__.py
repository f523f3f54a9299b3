"""Language data for ``min``."""
