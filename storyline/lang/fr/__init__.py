"""Language tables for 'fr'."""
