"""`conference-desk badges print | reprint | check | status`."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import Commands, open_db, positive_int, print_json


def _badges_arguments(parser: argparse.ArgumentParser) -> None:
    from conference_desk.core.badges.types import BADGE_LANGUAGES, LAYOUTS

    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    printing = sub.add_parser(
        "print",
        help="print badges to a PDF (issuing codes for those without a badge)",
        description="Print the badges of a selection to a PDF, in the stack order (delegation, head "
        "first, family name). People without a badge get one; the print is recorded only when the PDF "
        "is complete. Cancelled participants are left out.",
    )
    printing.add_argument("--out", required=True, metavar="FILE", type=Path, help="PDF file to write")
    printing.add_argument("--layout", choices=LAYOUTS, default=None,
                          help="a6-4up: A6, four to an A4 sheet; a6: one A6 per A6 page; id1: CR80 card per page "
                               "(default: the saved badge style)")
    printing.add_argument("--badge-lang", choices=BADGE_LANGUAGES, default=None,
                          help="language of the badges: en, fr, es, participant (each holder's own) or bilingual "
                               "(default: --lang when given, else the saved badge style)")
    printing.add_argument("--only-unprinted", action="store_true",
                          help="only participants whose current badge has not been printed")
    printing.add_argument("--delegation", metavar="ISO3", default=None,
                          help="only the delegation of this Member State (ISO alpha-3 code)")
    printing.add_argument("--category", metavar="CODE", default=None,
                          help="only this category (code, e.g. head, delegate, press)")
    printing.add_argument("--participant", metavar="ID", type=positive_int, nargs="+", action="extend",
                          default=None, help="only these participants (ids)")
    printing.add_argument("--include-cancelled", action="store_true",
                          help="also print badges of cancelled participants")
    printing.add_argument("--json", action="store_true", help="print the result as JSON")

    reprint = sub.add_parser(
        "reprint",
        help="replace a participant's badge (the old one is revoked)",
        description="Revoke a participant's current badge and print a new version with a new code. "
        "The old code then scans as revoked.",
    )
    reprint.add_argument("participant", metavar="ID", type=positive_int, help="participant id")
    reprint.add_argument("--reason", required=True, metavar="TEXT", help="why (lost, damaged, name corrected...)")
    reprint.add_argument("--out", required=True, metavar="FILE", type=Path, help="PDF file to write")
    reprint.add_argument("--layout", choices=LAYOUTS, default=None, help="layout (default: the saved badge style)")
    reprint.add_argument("--badge-lang", choices=BADGE_LANGUAGES, default=None,
                          help="language of the badges: en, fr, es, participant (each holder's own) or bilingual "
                               "(default: --lang when given, else the saved badge style)")
    reprint.add_argument("--json", action="store_true", help="print the result as JSON")

    check = sub.add_parser(
        "check",
        help="say what a scanned code is (valid, revoked, forged, ...)",
        description="Verify a badge code as the check-in desk does (nothing is recorded).",
    )
    check.add_argument("code", metavar="CODE", help="the scanned or typed code")
    check.add_argument("--json", action="store_true", help="print the result as JSON")

    status = sub.add_parser(
        "status",
        help="who has a printed badge, an unprinted one, or none",
        description="Badge state of every participant (cancelled ones left out) and the counts.",
    )
    status.add_argument("--missing", action="store_true", help="list only those without a printed badge")
    status.add_argument("--json", action="store_true", help="print the result as JSON")


def _glyphs(missing: list) -> list[dict[str, object]]:  # type: ignore[type-arg]
    return [{"participant_id": m.participant_id, "name": m.name, "characters": m.characters,
             "fallback": m.fallback} for m in missing]


def _run_badges(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from conference_desk.core.badges import service
    from conference_desk.core.badges.types import BadgeSelection

    lang = args.lang or "en"
    db = open_db(args, create=False)
    try:
        if args.action in ("print", "reprint"):
            style = service.load_style(db)
            if args.layout:
                style = replace(style, layout=args.layout)
            badge_lang = getattr(args, "badge_lang", None) or (args.lang if getattr(args, "lang_given", False)
                                                                 else None)
            if badge_lang:
                style = replace(style, language=badge_lang)
        if args.action == "print":
            selection = BadgeSelection(
                participant_ids=args.participant,
                delegation_iso3=args.delegation,
                category_code=args.category,
                only_unprinted=args.only_unprinted,
                include_cancelled=args.include_cancelled,
            )
            try:
                result = service.print_badges(db, selection, args.out, style)
            except service.NothingToPrint as exc:
                if args.json:
                    print_json({"badges": 0, "pages": 0, "missing_glyphs": [], "file": None})
                else:
                    print(f"Nothing printed: {str(exc).split(': ', 1)[-1]}")
                return 0
            data = {"badges": result.badges, "pages": result.pages,
                    "missing_glyphs": _glyphs(result.missing_glyphs), "file": str(result.path),
                    "layout": style.layout}
            if args.json:
                print_json(data)
            else:
                print(f"Printed {result.badges} badges on {result.pages} pages to {result.path}.")
                for m in result.missing_glyphs:
                    print(f"  {m.name} (participant {m.participant_id}): cannot draw {m.characters!r}; "
                          f"printed as {m.fallback!r}")
        elif args.action == "reprint":
            result = service.reprint_badge(db, args.participant, args.reason, args.out, style)
            code = result.codes[args.participant]
            check = service.verify_code(db, code)
            data = {"participant_id": args.participant, "version": check.version, "badges": result.badges,
                    "pages": result.pages, "missing_glyphs": _glyphs(result.missing_glyphs),
                    "file": str(result.path), "code": code}
            if args.json:
                print_json(data)
            else:
                print(f"Reprinted the badge of participant {args.participant} as version {check.version} "
                      f"to {result.path}; the previous badge is revoked.")
        elif args.action == "check":
            check = service.verify_code(db, args.code)
            data = {"outcome": check.outcome, "participant_id": check.participant_id,
                    "badge_id": check.badge_id, "version": check.version, "message": check.message,
                    "code": check.code or None}
            if args.json:
                print_json(data)
            else:
                print(f"{check.outcome}: {check.message}")
        else:
            rows = service.badge_status(db, lang)
            counts = service.status_counts(rows)
            if args.missing:
                rows = [r for r in rows if r.printed_at is None]
            if args.json:
                print_json({
                    "counts": counts.as_dict(),
                    "participants": [
                        {"participant_id": r.participant_id, "name": r.name, "delegation": r.delegation,
                         "category": r.category, "version": r.version,
                         "printed_at": r.printed_at.isoformat(timespec="seconds") if r.printed_at else None,
                         "reprints": r.reprints}
                        for r in rows
                    ],
                })
            else:
                print(f"{counts.total} participants: {counts.printed} printed, {counts.unprinted} issued "
                      f"but not printed, {counts.none} without a badge.")
                for r in rows:
                    state = ("printed" if r.printed_at else "not printed") if r.version else "no badge"
                    version = f" v{r.version}" if r.version else ""
                    print(f"{r.participant_id:>6}  {state + version:<16} {r.name} \u2014 {r.delegation}")
    finally:
        db.dispose()
    return 0


COMMANDS: Commands = {
    "badges": ("print, reprint and check badges; show who has none", _badges_arguments, _run_badges),
}
