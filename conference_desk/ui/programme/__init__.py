"""Programme: the Programme screen, the session dialog, a participant's sessions."""
