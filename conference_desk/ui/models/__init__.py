"""Qt item models, one per entity; they page and filter in SQL through the core."""
