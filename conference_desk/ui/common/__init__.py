"""What every screen shares: translation, the core's messages in the interface language,
background tasks with progress and Cancel, sounds, printing to the desk printer,
the signed-in operator, and small widgets (charts, combos, panels, safe dialogs,
the participant picker).  Knows no capability's screen."""
