"""QR matrices for badges, as ready-made PDF path operators (no reportlab, no Qt).

* The matrix comes from the ``qrcode`` package: error correction M, a quiet zone
  of 4 modules (``border=4``), the smallest version that holds the payload and
  the mask chosen by the standard's penalty rules.
* :func:`qr_ops` turns it into PDF operators in *module units* (one unit = one
  module, row 0 at the top, the quiet zone included): every horizontal run of
  dark modules is one rectangle, and identical runs in consecutive rows are
  merged into one taller rectangle.  The renderer places them with one ``cm``
  (scale and flip), so a badge's QR is a few hundred short integer operators.
* Run as a program (``python -m conference_desk.core.badges.qr_matrix``), it is
  the helper process the renderer uses on a second core: it reads lines
  ``INDEX PAYLOAD`` on stdin and answers ``INDEX SIZE OPERATORS`` on stdout.
  It imports nothing but ``qrcode``, so it starts in a fraction of a second.
"""

from __future__ import annotations

import sys

import qrcode
from qrcode.constants import ERROR_CORRECT_M

QUIET_ZONE = 4  # modules of white around the code (ISO/IEC 18004)


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR matrix of ``payload``, quiet zone included (True = dark)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(payload)
    code.make(fit=True)
    return code.get_matrix()


def matrix_ops(matrix: list[list[bool]]) -> str:
    """PDF rectangle operators (``x y w h re``) of the dark modules, in module units."""
    ops: list[str] = []
    open_rects: dict[tuple[int, int], list[int]] = {}  # (start, length) -> [top row, height]
    for r, row in enumerate(matrix):
        runs: list[tuple[int, int]] = []
        start = -1
        for c, dark in enumerate(row):
            if dark:
                if start < 0:
                    start = c
            elif start >= 0:
                runs.append((start, c - start))
                start = -1
        if start >= 0:
            runs.append((start, len(row) - start))
        still_open: dict[tuple[int, int], list[int]] = {}
        for run in runs:
            rect = open_rects.pop(run, None)
            if rect is None:
                rect = [r, 0]
            rect[1] += 1
            still_open[run] = rect
        for (x, w), (top, h) in open_rects.items():
            ops.append(f"{x} {top} {w} {h} re")
        open_rects = still_open
    for (x, w), (top, h) in open_rects.items():
        ops.append(f"{x} {top} {w} {h} re")
    return " ".join(ops)


def qr_ops(payload: str) -> tuple[int, str]:
    """(modules across, quiet zone included; rectangle operators) of ``payload``'s QR code."""
    matrix = qr_matrix(payload)
    return len(matrix), matrix_ops(matrix)


def _serve() -> None:
    """Answer ``INDEX PAYLOAD`` lines with ``INDEX SIZE OPS`` lines until stdin closes."""
    out = sys.stdout
    for line in sys.stdin:
        index, _, payload = line.rstrip("\n").partition(" ")
        try:
            size, ops = qr_ops(payload)
        except Exception:  # noqa: BLE001 - the parent draws this one itself
            out.write(f"{index} 0 \n")
        else:
            out.write(f"{index} {size} {ops}\n")
        out.flush()


if __name__ == "__main__":
    _serve()
