"""Norwegian Nynorsk."""
