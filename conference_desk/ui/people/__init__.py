"""People: the Participants screen, the participant form, import and duplicates dialogs."""
