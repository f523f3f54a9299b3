"""Language tables for 'de'."""
