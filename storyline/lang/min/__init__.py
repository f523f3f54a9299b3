"""Minangkabau."""
