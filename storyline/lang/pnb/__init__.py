"""Language data for ``pnb``."""
