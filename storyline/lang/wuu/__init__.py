"""Language data for ``wuu``."""
