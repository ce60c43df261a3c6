"""Foundation: what every capability stands on and that knows no capability.

Database and migrations, the ORM models, text and messages, countries and
set-up data, the audit record, backups before a big change, permissions, and
the PDF/XLSX building blocks (fonts, table layout, page templates, files).
"""
