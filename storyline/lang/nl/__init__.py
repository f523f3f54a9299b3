"""Language data for 'nl'."""
