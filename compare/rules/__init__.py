"""Word lists and patterns, kept apart from the code that applies them."""
