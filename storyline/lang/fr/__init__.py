"""Language data tables for fr."""
