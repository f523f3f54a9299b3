"""Language data for 'nn'."""
