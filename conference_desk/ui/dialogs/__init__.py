"""Dialogs opened from the screens (import, duplicates, ...)."""
