"""Language data tables for nb."""
