"""People: registration, import, duplicates, exports and the List of Participants."""
