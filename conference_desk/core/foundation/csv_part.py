"""The second process of a parallel CSV export from SQLite (see ``files.sqlite_csv``).

Run as a script with the Python standard library only (``python -S csv_part.py``): no
package import, so it starts in a few tens of milliseconds.  Arguments: the database
file, one SELECT whose cells are final text, and the output file.  It writes the rows
as CSV exactly as the exporting process's ``csv.writer`` would (no BOM, no header: the
exporting process writes those and appends this part) and prints the number of rows.
"""

import csv
import sqlite3
import sys

MMAP_BYTES = 256 * 1024 * 1024


def main(database: str, sql: str, out: str) -> int:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    connection.execute("PRAGMA query_only = 1")
    connection.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")  # rows read in name order: no copy per page
    written = 0
    try:
        cursor = connection.execute(sql)
        with open(out, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, dialect="excel")
            while rows := cursor.fetchmany(2000):
                writer.writerows(rows)
                written += len(rows)
    finally:
        connection.close()
    print(written, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
