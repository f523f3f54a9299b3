"""Language data tables for pl."""
