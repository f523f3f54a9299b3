"""Language data for 'es'."""
