"""Use cases: the only door to storage for the UI and the command line."""
