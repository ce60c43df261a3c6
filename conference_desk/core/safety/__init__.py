"""Safety: what protects the data and the people in it.

- ``audit``      the audit trail as the Audit screen reads it: filters, pages, detail, export
- ``privacy``    erasing a person's personal data (audit entries scrubbed too)
- ``integrity``  SQLite's checks and the conference's own rules across tables

Backups live in :mod:`conference_desk.core.foundation.backups` (every capability takes one
before a big change); writing an audit entry is :func:`conference_desk.core.foundation.audit.record`.
Notes: docs/safety.md.
"""
