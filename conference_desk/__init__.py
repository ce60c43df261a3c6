"""Conference Desk: logistics of an international conference, at the desk."""

__version__ = "0.1.0"
APP_NAME = "Conference Desk"
ORG_NAME = "Conference Desk"
