"""InfoShare Desktop."""
