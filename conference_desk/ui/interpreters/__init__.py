"""Interpreters: the Interpreters screen (pool, needs, roster, booths)."""
