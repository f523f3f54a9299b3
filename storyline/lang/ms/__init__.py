"""Malay."""
