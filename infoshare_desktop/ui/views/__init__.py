"""The pages of the main window and the record form: one module per screen."""
