"""Language data for ``en``."""
