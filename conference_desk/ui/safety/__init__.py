"""Safety: the Audit screen and how audit entries read."""
