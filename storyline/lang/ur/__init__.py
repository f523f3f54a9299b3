"""Urdu."""
