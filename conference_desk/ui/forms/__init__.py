"""Forms for editing one record."""
