"""Language data tables for nl."""
