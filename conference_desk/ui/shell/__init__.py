"""The shell: the application, the main window with its navigation, the Overview, About."""
