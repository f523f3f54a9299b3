"""Wu Chinese."""
