"""The Communications area (issue 19): choose a template and recipients, preview, queue, watch the outbox."""

from .screen import CommunicationsScreen

__all__ = ["CommunicationsScreen"]
