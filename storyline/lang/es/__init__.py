"""Language tables for 'es'."""
