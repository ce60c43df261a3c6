"""Desks: shared mode on a server, offline desk cache and sync, copies, operators."""
