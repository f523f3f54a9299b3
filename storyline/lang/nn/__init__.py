"""Language data for ``nn``."""
