"""Chinese (Mandarin, written standard)."""
