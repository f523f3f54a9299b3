"""Language data for 'de'."""
