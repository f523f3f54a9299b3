"""Language tables for 'nb'."""
