"""Language data tables for it."""
