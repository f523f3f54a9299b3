"""Language tables for 'en'."""
