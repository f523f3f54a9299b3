"""Language data tables for de."""
