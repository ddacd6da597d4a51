"""Reusable input widgets for the record form and dialogs."""
