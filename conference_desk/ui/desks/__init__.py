"""Desks: connecting to a shared server and signing in."""
