"""Language data for ``xx``."""
