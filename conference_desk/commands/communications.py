"""Communications: mail settings, the outbox, letters and certificates.

`conference-desk mail settings|queue|send|outbox|resend|mark-sent|test`, `letters invitation`,
`certificates print|verify|allow` (issue 19).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import Commands, open_db, positive_int, print_json

# --------------------------------------------------------------------------
# mail
# --------------------------------------------------------------------------


MAIL_TEMPLATES = ("confirmation", "invitation", "hotel", "agenda", "certificate", "message")


def _mail_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    st = sub.add_parser("settings", help="show or set the SMTP server and sender",
                        description="Show (no option) or set the SMTP settings. The password is read from "
                        "standard input with --password-stdin and kept in the operating system's keyring, "
                        "never in the database or a file.")
    st.add_argument("--host", default=None)
    st.add_argument("--port", type=positive_int, default=None)
    st.add_argument("--security", choices=("none", "starttls", "tls"), default=None)
    st.add_argument("--user", default=None)
    st.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    st.add_argument("--sender", default=None, metavar="ADDR")
    st.add_argument("--reply-to", default=None, metavar="ADDR")
    st.add_argument("--throttle", type=int, default=None, metavar="N", help="at most N messages a minute (0: no limit)")
    st.add_argument("--retry-base", type=positive_int, default=None, metavar="SECONDS",
                    help="first wait after a temporary failure (doubles each time, at most an hour)")
    st.add_argument("--json", action="store_true")

    q = sub.add_parser("queue", help="queue a message to participants (rendered now, sent by `mail send`)")
    q.add_argument("template", choices=MAIL_TEMPLATES)
    who = q.add_mutually_exclusive_group(required=True)
    who.add_argument("--all", action="store_true", help="every participant (cancelled ones left out)")
    who.add_argument("--delegation", metavar="ISO3")
    who.add_argument("--category", metavar="CODE")
    who.add_argument("--not-confirmed", action="store_true", help="participants not yet confirmed")
    who.add_argument("--participant", metavar="ID", type=positive_int, nargs="+", action="extend")
    q.add_argument("--lang", dest="mail_lang", choices=("en", "fr", "es"), default=None,
                   help="language of the messages (default: each participant's own)")
    q.add_argument("--subject", default="", help="subject of a free message")
    q.add_argument("--body-file", type=Path, default=None, help="text of a free message (UTF-8 file)")
    q.add_argument("--json", action="store_true")

    send = sub.add_parser("send", help="send the queued messages that are due")
    send.add_argument("--limit", type=positive_int, default=None, metavar="N")
    send.add_argument("--password-stdin", action="store_true",
                      help="read the SMTP password from stdin (when no keyring holds it)")
    send.add_argument("--json", action="store_true")

    ob = sub.add_parser("outbox", help="list the messages and their state")
    ob.add_argument("--state", choices=("queued", "sending", "sent", "failed", "retry", "unknown"), default=None)
    ob.add_argument("--participant", type=positive_int, default=None, metavar="ID")
    ob.add_argument("--json", action="store_true")

    for name, text in (("resend", "queue again messages that failed or whose fate is unknown"),
                       ("mark-sent", "record that messages whose fate was unknown did arrive")):
        p = sub.add_parser(name, help=text)
        p.add_argument("ids", metavar="MESSAGE", type=positive_int, nargs="+", help="outbox ids")
        p.add_argument("--json", action="store_true")

    test = sub.add_parser("test", help="send a test message with the saved settings")
    test.add_argument("to", metavar="ADDR")
    test.add_argument("--password-stdin", action="store_true")


def _password(args: argparse.Namespace, settings: object) -> str | None:
    from conference_desk.core.communications import get_password

    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    return get_password(settings)  # type: ignore[arg-type]


def _run_mail(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from conference_desk.core.communications import outbox
    from conference_desk.core.communications import settings as mail_settings
    from conference_desk.core.foundation.errors import ConferenceDeskError

    db = open_db(args, create=False)
    try:
        if args.action == "settings":
            current = mail_settings.load_settings(db)
            changes = {"host": args.host, "port": args.port, "security": args.security, "user": args.user,
                       "sender": args.sender, "reply_to": args.reply_to, "throttle_per_minute": args.throttle,
                       "retry_base_seconds": args.retry_base}
            changed = {k: v for k, v in changes.items() if v is not None}
            for key, value in changed.items():
                setattr(current, key, value)
            note = ""
            if changed:
                mail_settings.save_settings(db, current)
            if args.password_stdin:
                password = sys.stdin.readline().rstrip("\r\n")
                try:
                    mail_settings.store_password(current, password)
                    note = "password stored in the keyring"
                except mail_settings.KeyringUnavailable as exc:
                    note = str(exc)
            data = {**asdict(current), "keyring": mail_settings.keyring_available(),
                    "password_stored": mail_settings.get_password(current) is not None}
            if note:
                data["note"] = note
            if args.json:
                print_json(data)
            else:
                for key, value in data.items():
                    print(f"{key}: {value}")
        elif args.action == "queue":
            body = args.body_file.read_text(encoding="utf-8") if args.body_file else ""
            who = outbox.Recipients(everyone=args.all, delegation_iso3=args.delegation, category_code=args.category,
                                    not_confirmed=args.not_confirmed, participant_ids=args.participant)
            result = outbox.queue(db, args.template, who, args.mail_lang, custom_subject=args.subject,
                                  custom_body=body)
            if args.json:
                print_json(result.as_dict())
            else:
                print(f"Queued {len(result.queued)} message(s); {len(result.skipped)} skipped; "
                      f"{result.badges_issued} badge(s) issued.")
        elif args.action == "send":
            current = mail_settings.load_settings(db)
            report = outbox.send_pending(db, current, _password(args, current), limit=args.limit)
            if args.json:
                print_json(report.as_dict())
            else:
                print(f"Sent {report.sent}, failed {report.failed}, to retry later {report.retry_later}, "
                      f"unknown {report.unknown}." + (f" {report.error}" if report.error else ""))
            if report.error and not (report.sent or report.failed):
                print(f"conference-desk: error: {report.error}", file=sys.stderr)
                return 1
        elif args.action == "outbox":
            rows = outbox.outbox(db, args.state, args.participant)
            if args.json:
                print_json({"counts": outbox.counts(db), "messages": rows})
            else:
                for r in rows:
                    print(f"{r['id']:>6}  {r['state']:<8} {r['template']:<12} {r['to']:<36} {r['subject']}")
        elif args.action in ("resend", "mark-sent"):
            fn = outbox.resend if args.action == "resend" else outbox.mark_sent
            n = fn(db, args.ids)
            if args.json:
                print_json({"changed": n})
            else:
                print(f"{n} message(s) changed.")
        elif args.action == "test":
            from conference_desk.core.communications import smtp

            current = mail_settings.load_settings(db)
            problems = current.problems()
            if problems:
                raise ConferenceDeskError("Mail settings incomplete: " + "; ".join(problems) + ".")
            try:
                smtp.send_test(current, _password(args, current), args.to)
            except smtp.SmtpUnavailable as exc:
                raise ConferenceDeskError(f"The test message was not sent: {exc}") from None
            print(f"Test message sent to {args.to}.")
    finally:
        db.dispose()
    return 0


def _letters_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    inv = sub.add_parser("invitation", help="write a participant's visa invitation letter (PDF)")
    inv.add_argument("--participant", type=positive_int, required=True, metavar="ID")
    inv.add_argument("--out", type=Path, required=True, metavar="FILE")
    inv.add_argument("--letter-lang", choices=("en", "fr", "es"), default=None,
                     help="language of the letter (default: the participant's)")
    inv.add_argument("--json", action="store_true")


def _run_letters(args: argparse.Namespace) -> int:
    from conference_desk.core.communications import write_invitation_letter

    db = open_db(args, create=False)
    try:
        lang = args.letter_lang or (args.lang if getattr(args, "lang_given", False) else None)
        result = write_invitation_letter(db, args.participant, args.out, lang)
    finally:
        db.dispose()
    if args.json:
        print_json(result)
    else:
        print(f"Wrote the invitation letter to {result['file']}.")
    return 0


def _certificates_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    pr = sub.add_parser("print", help="certificates of attendance (PDF, a page each)")
    pr.add_argument("--out", type=Path, required=True, metavar="FILE")
    pr.add_argument("--participant", type=positive_int, nargs="+", action="extend", default=None, metavar="ID",
                    help="only these (default: everyone who attended)")
    pr.add_argument("--cert-lang", choices=("en", "fr", "es"), default=None)
    pr.add_argument("--json", action="store_true")
    ve = sub.add_parser("verify", help="check a certificate's code (offline: the conference's key alone)")
    ve.add_argument("code", metavar="CODE")
    ve.add_argument("--json", action="store_true")
    al = sub.add_parser("allow", help="give a certificate to someone who never checked in (audited)")
    al.add_argument("participant", type=positive_int, metavar="ID")
    al.add_argument("--reason", required=True)


def _run_certificates(args: argparse.Namespace) -> int:
    from conference_desk.core import communications as c

    db = open_db(args, create=False)
    try:
        if args.action == "print":
            lang = args.cert_lang or (args.lang if getattr(args, "lang_given", False) else None)
            result = c.write_certificates(db, args.participant, args.out, lang)
            if args.json:
                print_json(result)
            else:
                print(f"Wrote {result['certificates']} certificate(s) to {result['file']}; "
                      f"{len(result['skipped'])} skipped.")
        elif args.action == "verify":
            result = c.verify(db, args.code)
            if args.json:
                print_json(result)
            else:
                print(("valid: " if result["valid"] else "NOT valid: ") + result["reason"])
        else:
            c.allow_certificate(db, args.participant, args.reason)
            print(f"Participant {args.participant} may now get a certificate of attendance.")
    finally:
        db.dispose()
    return 0


COMMANDS: Commands = {
    "mail": ("write to participants: settings, queue, send, outbox", _mail_arguments, _run_mail),
    "letters": ("letters to participants (visa invitation)", _letters_arguments, _run_letters),
    "certificates": ("certificates of attendance: print, verify, allow", _certificates_arguments,
                     _run_certificates),
}
