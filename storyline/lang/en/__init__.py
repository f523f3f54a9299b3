"""Language data tables for en."""
