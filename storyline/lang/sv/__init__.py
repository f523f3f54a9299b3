"""Language data for ``sv``."""
