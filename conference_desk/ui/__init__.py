"""The Qt user interface: one module per screen; it calls the core, never the reverse."""
