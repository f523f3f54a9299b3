"""Norwegian Bokmål."""
