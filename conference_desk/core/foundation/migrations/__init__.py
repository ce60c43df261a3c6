"""Alembic migrations of the conference database."""
