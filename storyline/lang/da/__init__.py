"""Language data for 'da'."""
