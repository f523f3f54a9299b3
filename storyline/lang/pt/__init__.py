"""Language data for 'pt'."""
