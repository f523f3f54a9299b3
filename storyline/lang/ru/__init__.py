"""Language data tables for ru."""
