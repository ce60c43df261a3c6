"""Safety: the audit trail, backups and restore, privacy (erasure), integrity checks."""
