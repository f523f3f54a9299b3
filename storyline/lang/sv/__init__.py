"""Language data for 'sv'."""
