"""Alembic migrations: the schema's history from the first version on."""
