"""Language tables for 'nn'."""
