"""Badges: the Badges screen (issue, print, reprint, revoke) and its status model."""
