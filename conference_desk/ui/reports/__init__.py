"""Reports: the Reports screen (lists and the dashboard)."""
