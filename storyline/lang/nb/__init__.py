"""Language data for 'nb'."""
