"""CLI commands, one module per capability (part of the core: no Qt at import)."""
