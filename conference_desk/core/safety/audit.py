"""The audit trail as the Audit screen reads it: filters, pages, one entry's
changes (secrets never shown), and the export to CSV/XLSX.  Writing an entry is
:func:`conference_desk.core.foundation.audit.record`, which every capability calls.
"""

from __future__ import annotations

import datetime as _dt  # noqa: E402
import json
from collections.abc import Callable as _Callable  # noqa: E402
from dataclasses import dataclass
from pathlib import Path as _Path  # noqa: E402
from typing import Any

from sqlalchemy import func as _func  # noqa: E402
from sqlalchemy import or_ as _or
from sqlalchemy import select as _select
from sqlalchemy.orm import Session

from ..foundation.audit import Actor
from ..foundation.models import AuditEntry

PAGE = 200


# Keys never written out of the database, whatever an entry holds.
SECRET_KEYS = frozenset({"badge_secret", "pin_hash", "pin_salt", "password"})


@dataclass(frozen=True)
class AuditFilter:
    """What the audit screen or ``audit list|export`` shows (every part optional).

    ``since``/``until`` are datetimes (naive = UTC; ``until`` excluded);
    ``search`` is text looked for in the summary and the before/after values.
    """

    operator: str | None = None
    desk: str | None = None
    since: _dt.datetime | None = None
    until: _dt.datetime | None = None
    action: str | None = None
    entity: str | None = None
    entity_id: int | None = None
    search: str = ""


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: _dt.datetime  # UTC, naive
    operator: str
    desk: str
    action: str
    entity: str
    entity_id: int | None
    summary: str

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at.isoformat(timespec="seconds") + "Z", "operator": self.operator,
                "desk": self.desk, "action": self.action, "entity": self.entity, "entity_id": self.entity_id,
                "summary": self.summary}


@dataclass(frozen=True)
class ChangedValue:
    field: str
    before: Any
    after: Any
    has_before: bool  # False: the entry gives a value, not a before/after pair


@dataclass(frozen=True)
class AuditDetail:
    row: AuditRow
    changes: dict[str, Any]
    values: list[ChangedValue]


def _utc_naive(value: _dt.datetime) -> _dt.datetime:
    if value.tzinfo is not None:
        value = value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return value


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filter_conditions(f: AuditFilter) -> list[Any]:
    """SQL conditions of a filter (shared by count, pages and export)."""
    conditions: list[Any] = []
    if f.operator:
        conditions.append(AuditEntry.operator == f.operator)
    if f.desk:
        conditions.append(AuditEntry.desk == f.desk)
    if f.action:
        conditions.append(AuditEntry.action == f.action)
    if f.entity:
        conditions.append(AuditEntry.entity == f.entity)
    if f.entity_id is not None:
        conditions.append(AuditEntry.entity_id == f.entity_id)
    if f.since is not None:
        conditions.append(AuditEntry.at >= _utc_naive(f.since))
    if f.until is not None:
        conditions.append(AuditEntry.at < _utc_naive(f.until))
    for word in f.search.split():
        pattern = _like(word)
        conditions.append(_or(_func.lower(AuditEntry.summary).like(pattern, escape="\\"),
                              _func.lower(AuditEntry.changes).like(pattern, escape="\\")))
    return conditions


_COLUMNS = (AuditEntry.id, AuditEntry.at, AuditEntry.operator, AuditEntry.desk, AuditEntry.action,
            AuditEntry.entity, AuditEntry.entity_id, AuditEntry.summary)


def _row(r: Any) -> AuditRow:
    return AuditRow(id=r.id, at=r.at, operator=r.operator or "", desk=r.desk or "", action=r.action,
                    entity=r.entity, entity_id=r.entity_id, summary=r.summary or "")


def count_entries(session_or_db: Any, f: AuditFilter = AuditFilter()) -> int:
    """How many entries match (one COUNT query)."""
    stmt = _select(_func.count()).select_from(AuditEntry).where(*filter_conditions(f))
    if isinstance(session_or_db, Session):
        return int(session_or_db.scalar(stmt) or 0)
    with session_or_db.session() as s:
        return int(s.scalar(stmt) or 0)


def list_entries(session_or_db: Any, f: AuditFilter = AuditFilter(), offset: int = 0,
                 limit: int = PAGE) -> list[AuditRow]:
    """One page of matching entries, newest first (LIMIT/OFFSET in SQL; never the whole log)."""
    stmt = (_select(*_COLUMNS).where(*filter_conditions(f))
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).offset(max(0, offset)).limit(max(0, limit)))
    if isinstance(session_or_db, Session):
        return [_row(r) for r in session_or_db.execute(stmt)]
    with session_or_db.session() as s:
        return [_row(r) for r in s.execute(stmt)]


def _without_secrets(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: ("[hidden]" if k in SECRET_KEYS else _without_secrets(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_secrets(v) for v in value]
    return value


def parse_changes(text: str | None) -> dict[str, Any]:
    """An entry's JSON details as a dict (``{"value": text}`` if it is not a JSON object)."""
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {"value": text or ""}
    return _without_secrets(data if isinstance(data, dict) else {"value": data})


def changed_values(changes: dict[str, Any]) -> list[ChangedValue]:
    """Field by field: ``{"city": ["Lyon", "Paris"]}`` is a before/after pair; anything else a value."""
    out = []
    for key in sorted(changes):
        value = changes[key]
        if isinstance(value, list) and len(value) == 2:
            out.append(ChangedValue(key, value[0], value[1], True))
        else:
            out.append(ChangedValue(key, None, value, False))
    return out


def entry_detail(db: Any, entry_id: int) -> AuditDetail | None:
    """One entry with its before/after values (None: no such entry)."""
    with db.session() as s:
        r = s.execute(_select(*_COLUMNS, AuditEntry.changes).where(AuditEntry.id == entry_id)).first()
    if r is None:
        return None
    changes = parse_changes(r.changes)
    return AuditDetail(row=_row(r), changes=changes, values=changed_values(changes))


def filter_choices(db: Any, limit: int = 500) -> dict[str, list[str]]:
    """Distinct operators, desks, actions and entities for the filter boxes (at most ``limit`` each)."""
    out: dict[str, list[str]] = {}
    with db.session() as s:
        for name, column in (("operator", AuditEntry.operator), ("desk", AuditEntry.desk),
                             ("action", AuditEntry.action), ("entity", AuditEntry.entity)):
            out[name] = [v for v in s.scalars(_select(column).distinct().order_by(column).limit(limit)) if v]
    return out


AUDIT_HEADERS = ("ID", "When (UTC)", "Operator", "Desk", "Action", "Entity", "Entity ID", "Summary", "Details")


def export_entries(
    db: Any,
    path: _Path | str,
    fmt: str | None = None,
    f: AuditFilter = AuditFilter(),
    progress: _Callable[[int, int], "bool | None"] | None = None,
    actor: Actor | None = None,
) -> Any:
    """Write the matching entries (newest first) to CSV or XLSX, streamed in pages.

    Cells are formula-safe (``exporting.neutralise``); secrets are never written.
    The export itself is recorded in the audit log.  Returns ``exporting.ExportResult``.
    """
    from ..foundation.files import (
        PAGE_SIZE,
        ExportResult,
        _report,
        _sink,
        atomic_output,
        format_from_path,
        record_export,
    )

    path = _Path(path)
    fmt = format_from_path(path, fmt)
    stmt = (_select(*_COLUMNS, AuditEntry.changes).where(*filter_conditions(f))
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()))
    done = 0
    with atomic_output(path) as tmp, db.session() as s:
        total = count_entries(s, f)
        _report(progress, 0, total)
        sink = _sink(fmt, tmp, "Audit log")
        try:
            sink.header(list(AUDIT_HEADERS), [8, 20, 16, 14, 18, 14, 9, 60, 80])
            for page in s.execute(stmt.execution_options(yield_per=PAGE_SIZE)).partitions():
                sink.rows([
                    (r.id, r.at.replace(microsecond=0) if r.at else None, r.operator, r.desk, r.action, r.entity,
                     r.entity_id, r.summary,
                     json.dumps(parse_changes(r.changes), ensure_ascii=False, sort_keys=True, default=str))
                    for r in page
                ])
                done += len(page)
                _report(progress, done, total)
        except BaseException:
            sink.abort()
            raise
        sink.close()
    record_export(db, "audit entries", path, fmt, done, False, actor)
    return ExportResult(path=path, rows=done, format=fmt, columns=len(AUDIT_HEADERS))
