"""Reports: the lists an organiser prints from several capabilities at once."""
