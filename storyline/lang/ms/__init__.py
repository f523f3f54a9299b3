"""Language data for ``ms``."""
