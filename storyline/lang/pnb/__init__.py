"""Western Punjabi (Shahmukhi script)."""
