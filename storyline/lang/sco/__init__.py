"""Scots."""
