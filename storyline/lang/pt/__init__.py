"""Language data tables for pt."""
