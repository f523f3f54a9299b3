"""Tests of the figures layer, its series and its command."""
