"""Sending from the outbox (issue 19) to a local SMTP server (aiosmtpd): time per message.

Measured, each the median of 3 runs of N messages sent by ``outbox.send_pending`` (throttle off):

* a free message (text + HTML, no attachment): claim (own commit), SMTP, mark sent + audit (own commit);
* a confirmation: the same plus the e-badge drawn at send time (A6 PDF and a 200 dpi PNG with the QR).

Floor, measured in the same run: ``smtplib`` sending N already-built messages of the same text and HTML
over one connection to the same server (no database, no rendering).  Goal for the free message: at most
10x the floor (two commits and an audit entry per message are the price of never sending twice).

    python benchmarks/bench_mail.py [--messages 40]
"""

from __future__ import annotations

import argparse
import smtplib
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from conference_desk.core.communications import MailSettings, outbox  # noqa: E402
from conference_desk.core.foundation.db import open_database  # noqa: E402
from conference_desk.core.demo.generator import populate_demo  # noqa: E402
from conference_desk.core.foundation.models import MailMessage  # noqa: E402
from conference_desk.core.foundation.setup_data import initialise  # noqa: E402

GOAL_RATIO = 10.0


class _Sink:
    async def handle_DATA(self, server, session, envelope):  # noqa: N802, ANN001, ANN201
        return "250 OK"


def _server():  # type: ignore[no-untyped-def]
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(_Sink(), hostname="127.0.0.1", port=port)
    controller.start()
    return controller, port


def measure(n: int = 40) -> dict[str, float]:
    controller, port = _server()
    settings = MailSettings(host="127.0.0.1", port=port, security="none", sender="bench@uil.example",
                            throttle_per_minute=0)
    try:
        with tempfile.TemporaryDirectory() as folder:
            db = open_database(str(Path(folder) / "bench.sqlite"))
            initialise(db, "iclc2015")
            populate_demo(db, participants=max(60, n), seed=2015)
            ids = outbox.select_recipients(db, outbox.Recipients(everyone=True))[:n]
            results: dict[str, list[float]] = {"message": [], "confirmation": [], "floor": []}
            for _run in range(3):
                for template in ("message", "confirmation"):
                    outbox.queue(db, template, ids, custom_subject="Practical information",
                                 custom_body="The venue opens at 8:00.", settings=settings)
                    start = time.perf_counter()
                    report = outbox.send_pending(db, settings)
                    results[template].append((time.perf_counter() - start) / n)
                    assert report.sent == n, report
                with db.session() as s:
                    row = s.scalars(select(MailMessage).where(MailMessage.template == "message")).first()
                    s.expunge(row)
                built = [outbox.build_message(db, row, settings) for _ in range(n)]
                start = time.perf_counter()
                server = smtplib.SMTP("127.0.0.1", port)
                for msg in built:
                    server.send_message(msg, from_addr=settings.sender, to_addrs=[row.to_address])
                server.quit()
                results["floor"].append((time.perf_counter() - start) / n)
            db.dispose()
    finally:
        controller.stop()
    return {key: statistics.median(values) * 1000 for key, values in results.items()}


def figures(quick: bool = False) -> list[dict]:
    m = measure(20 if quick else 40)
    return [
        {"benchmark": "outbox: free message, per message", "value": m["message"], "unit": "ms", "goal": None,
         "goal_text": f"≤ {GOAL_RATIO:g}× floor", "passed": m["message"] <= GOAL_RATIO * m["floor"],
         "floor": m["floor"], "floor_name": "smtplib send of built messages"},
        {"benchmark": "outbox: confirmation with e-badge (PDF + PNG), per message", "value": m["confirmation"],
         "unit": "ms", "goal": None, "goal_text": "—", "passed": True, "floor": m["floor"],
         "floor_name": "smtplib send of built messages"},
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=40)
    args = parser.parse_args()
    m = measure(args.messages)
    print(f"floor (smtplib, built messages): {m['floor']:.2f} ms a message (median of 3)")
    print(f"free message from the outbox:    {m['message']:.2f} ms a message ({m['message'] / m['floor']:.1f}x floor, "
          f"goal ≤ {GOAL_RATIO:g}x)")
    print(f"confirmation with e-badge:       {m['confirmation']:.2f} ms a message "
          f"({m['confirmation'] / m['floor']:.1f}x floor)")


if __name__ == "__main__":
    main()
