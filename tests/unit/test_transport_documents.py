"""Ground transport documents: drivers' manifests, the meet-and-greet list, the lobby's shuttle timetable.

Runs are built directly as the service returns them (no database, no planner), written to PDF and
read back with pypdf and pdftotext.  The database-level exports are checked with the service's
``stored_runs`` replaced by the same runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from conference_desk.core.foundation.documents import layout
from conference_desk.core.transport import documents
from conference_desk.core.transport.service import PassengerRow, RunRow

HILTON = "Hilton Mexico City Reforma"
FIESTA = "Fiesta Americana Reforma"
VENUE = "Palacio de Minería"
LONG_DELEGATION = "Organisation internationale de la Francophonie"
ARABIC = "هالة الحداد"
JAPANESE = "橋本あすか"


def _at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2015, 9, day, hour, minute)


def _guest(pid: int, name: str, flight: str, at: dt.datetime, terminal: str = "T1", hotel: str = HILTON,
           delegation: str = "Mexico", luggage: int = 1) -> PassengerRow:
    return PassengerRow(participant_id=pid, name=name, delegation=delegation, flight=flight, flight_at=at,
                        terminal=terminal, hotel=hotel, luggage=luggage, phone="+52 55 0000 0000", by_car=False)


def _run(rid: int, code: str, kind: str, at: dt.datetime, origin: str, destination: str,
         passengers: list[PassengerRow] | None = None, vehicle: str = "van", seats: int = 12,
         riders: int | None = None) -> RunRow:
    people = passengers or []
    return RunRow(id=rid, code=code, kind=kind, vehicle=vehicle, seats=seats, departs_at=at, from_place=origin,
                  to_place=destination, riders=len(people) if riders is None else riders,
                  luggage=sum(p.luggage for p in people), locked=False, passengers=people)


def sample_runs() -> list[RunRow]:
    """Two days of arrivals at both terminals, a departure, and shuttles for two hotels."""
    t1_early = [
        _guest(1, "Ana López", "AM 401", _at(27, 14, 5)),
        _guest(2, f"Hala Al-Haddad ({ARABIC})", "EK 255", _at(27, 13, 40), delegation="Jordan", luggage=2),
        _guest(3, "Pierre Dubois", "AF 178", _at(27, 14, 20), delegation=LONG_DELEGATION),
    ]
    t2 = [_guest(4, f"Asuka Hashimoto ({JAPANESE})", "NH 180", _at(27, 13, 55), terminal="T2",
                 delegation="Japan", hotel=FIESTA)]
    t1_late = [_guest(5, "Oluwaseun Adeyemi", "LH 498", _at(27, 16, 10), delegation="Nigeria"),
               _guest(6, "Maria Svensson", "KL 685", _at(27, 16, 45), delegation="Sweden")]
    next_day = [_guest(7, "John Smith", "UA 1234", _at(28, 9, 15), delegation="United States of America")]
    leaving = [_guest(8, "Carlos Pérez", "AM 2", _at(30, 21, 30), terminal="T1", delegation="Colombia",
                      luggage=2)]
    return [
        _run(1, "A0927-1430-MEXT1-HMCR", "arrival", _at(27, 14, 30), "MEX T1", HILTON, t1_early),
        _run(2, "A0927-1430-MEXT2-FAR", "arrival", _at(27, 14, 30), "MEX T2", FIESTA, t2, vehicle="car", seats=3),
        _run(3, "A0927-1710-MEXT1-HMCR", "arrival", _at(27, 17, 10), "MEX T1", HILTON, t1_late),
        _run(4, "A0928-0940-MEXT1-HMCR", "arrival", _at(28, 9, 40), "MEX T1", HILTON, next_day),
        _run(5, "D0930-1740-HMCR-MEXT1", "departure", _at(30, 17, 40), HILTON, "MEX T1", leaving),
        _run(6, "S0928-0810-HMCR-PdM", "shuttle", _at(28, 8, 10), HILTON, VENUE, vehicle="coach", seats=45,
             riders=45),
        _run(7, "S0928-0810-HMCR-PdM-2", "shuttle", _at(28, 8, 10), HILTON, VENUE, vehicle="coach", seats=45,
             riders=45),
        _run(8, "S0928-0810-HMCR-PdM-3", "shuttle", _at(28, 8, 10), HILTON, VENUE, vehicle="van", seats=12,
             riders=10),
        _run(9, "S0928-1840-PdM-HMCR", "shuttle", _at(28, 18, 40), VENUE, HILTON, vehicle="coach", seats=45,
             riders=45),
        _run(10, "S0929-0810-HMCR-PdM", "shuttle", _at(29, 8, 10), HILTON, VENUE, vehicle="coach", seats=45,
             riders=40),
        _run(11, "S0928-0800-FAR-PdM", "shuttle", _at(28, 8, 0), FIESTA, VENUE, vehicle="coach", seats=45,
             riders=30),
        _run(12, "S0928-1840-PdM-FAR", "shuttle", _at(28, 18, 40), VENUE, FIESTA, vehicle="coach", seats=45,
             riders=30),
    ]


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def poppler_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def flat(value: str) -> str:
    """Spaces of any kind as one space (cells use no-break spaces)."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", value)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, int]]:
    folder = tmp_path_factory.mktemp("transport-docs")
    runs = sample_runs()
    out = {}
    for kind in ("manifests", "meet", "timetable"):
        out[kind] = folder / f"{kind}.pdf"
    pages = {
        "manifests": documents.write_manifests(runs, out["manifests"], conference="ICLC 2015",
                                               author="UNESCO; Government of Mexico City"),
        "meet": documents.write_meet_and_greet(runs, out["meet"], "en", conference="ICLC 2015",
                                               author="UNESCO; Government of Mexico City"),
        "timetable": documents.write_shuttle_timetable(runs, HILTON, out["timetable"], "fr",
                                                       conference="ICLC 2015", author="UNESCO"),
    }
    return {kind: (out[kind], pages[kind]) for kind in out}


def test_manifests_in_spanish_one_page_per_run(written: dict[str, tuple[Path, int]]) -> None:
    path, pages = written["manifests"]
    texts = pages_text(path)
    runs = sorted(sample_runs(), key=lambda r: (r.departs_at, r.code))
    assert pages == len(texts) == len(runs)  # every run on a page of its own
    reader = PdfReader(path)
    assert reader.trailer["/Root"]["/Lang"] == "es-ES"
    assert reader.metadata.title.startswith("Manifiestos de pasajeros")
    assert reader.metadata.author == "UNESCO; Government of Mexico City"
    for run, page in zip(runs, texts):
        content = flat(page)
        assert run.code in content
        for heading in ("Manifiesto de pasajeros", "Servicio", "Fecha", "Hora de salida", "Punto de recogida",
                        "Destino", "Vehículo", "Teléfono del acompañante", "Conductor:", "Placas:", "Firma:"):
            assert heading in content, (run.code, heading)
        assert f"{run.departs_at:%H:%M}" in content
        assert re.search(rf"Página {runs.index(run) + 1} de {len(runs)}", content)
        if run.kind == "shuttle":
            assert "sin lista nominal" in content and "Pasajeros (" not in content
            continue
        assert f"Pasajeros ({len(run.passengers)})" in content
        for heading in ("Nombre", "Delegación", "Vuelo", "Maletas", "A bordo"):
            assert heading in content, (run.code, heading)
        for p in run.passengers:
            assert p.flight in content and f"{p.flight_at:%H:%M}" in content
            latin = p.name.split(" (")[0]
            assert latin in content, (run.code, latin)
            assert p.phone not in content  # the drivers' sheets carry no guest's phone
    first = flat(texts[0])  # 14:30 from Terminal 1 to the Hilton
    assert "Aeropuerto MEX, Terminal 1" in first and "Punto de encuentro de la conferencia" in first
    assert "Traslado de llegada" in first and f"{HILTON}" in first
    assert "Camioneta, 12 plazas" in first and "3 pasajeros, 4 maletas" in first
    assert "Domingo 27 de septiembre de 2015" in first and "Aterriza" in first
    departure = flat(next(t for t in texts if "D0930" in t))
    assert f"{HILTON}, lobby" in departure and "Despega" in departure
    assert "Aeropuerto MEX, Terminal 1 (nivel de salidas)" in departure
    car = flat(next(t for t in texts if "A0927-1430-MEXT2-FAR" in t))
    assert "Automóvil, 3 plazas" in car and "1 pasajero, 1 maleta" in car


def test_manifest_passengers_by_landing_time_and_whole_words(written: dict[str, tuple[Path, int]]) -> None:
    path, _pages = written["manifests"]
    page = poppler_text(path).split("\f")[0]
    order = [page.index(flight) for flight in ("EK 255", "AM 401", "AF 178")]  # 13:40, 14:05, 14:20
    assert order == sorted(order)
    # A long delegation name is whole in its cell: every word of it on one line, none cut.
    lines = flat(page)
    for word in LONG_DELEGATION.split():
        assert re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lines), word
    assert all(len(w) > 2 for w in re.findall(r"Franc\w*", lines))
    assert "Francophonie" in lines


def test_a_full_coach_runs_over_pages_that_name_the_run(tmp_path: Path) -> None:
    guests = [_guest(100 + i, f"Wang Fang{i} (王芳{i})" if i % 7 == 0 else f"Guest Number{i} Longfamilyname",
                     f"AF {170 + i}", _at(27, 12, i), delegation=LONG_DELEGATION if i % 5 == 0 else "Brazil")
              for i in range(45)]
    coach = _run(20, "A0927-1310-MEXT1-HMCR", "arrival", _at(27, 13, 10), "MEX T1", HILTON, guests,
                 vehicle="coach", seats=45)
    out = tmp_path / "coach.pdf"
    pages = documents.write_manifests([coach, sample_runs()[0]], out)
    texts = [flat(t) for t in pages_text(out)]
    assert pages == len(texts) >= 3
    coach_pages = [t for t in texts if "A0927-1310-MEXT1-HMCR" in t]
    assert len(coach_pages) == pages - 1 and "Autobús, 45 plazas" in coach_pages[0]
    for page in coach_pages[1:]:  # a continuation page says which run it is and repeats the table's header
        assert "A0927-1310-MEXT1-HMCR (continuación)" in page and "Nombre" in page and "Vuelo" in page
    content = " ".join(coach_pages)
    assert all(g.flight in content for g in guests) and "Firma:" in coach_pages[-1]
    assert "(continuación)" not in texts[-1]  # the next run's page starts afresh


def test_escort_phone_printed_when_given(tmp_path: Path) -> None:
    runs = sample_runs()[:1]
    out = tmp_path / "m.pdf"
    assert documents.write_manifests(runs, out, escort_phone="+52 55 1234 5678") == 1
    assert "+52 55 1234 5678" in flat(pages_text(out)[0])
    documents.write_manifests(runs, out, lang="en")
    english = flat(pages_text(out)[0])
    assert "Passenger manifest" in english and "Escort's phone" in english and "Pick-up point" in english
    assert "Page 1 of 1" in english


def test_names_in_their_script_read_back_as_typed(written: dict[str, tuple[Path, int]]) -> None:
    import unicodedata

    for kind in ("manifests", "meet"):
        path, _pages = written[kind]
        content = "\n".join(pages_text(path))
        assert JAPANESE in unicodedata.normalize("NFKC", content), kind
        assert ARABIC in content and not any(0xFB50 <= ord(c) <= 0xFEFC for c in content), kind
        poppler = poppler_text(path).replace("\u202b", "").replace("\u202c", "")
        assert ARABIC in poppler and JAPANESE in unicodedata.normalize("NFKC", poppler), kind


def test_meet_and_greet_by_day_terminal_and_hour(written: dict[str, tuple[Path, int]]) -> None:
    path, pages = written["meet"]
    texts = [flat(t) for t in pages_text(path)]
    assert pages == len(texts) == 3  # 27 Sep T1, 27 Sep T2, 28 Sep T1: a section each
    assert "Terminal 1 — Sunday 27 September 2015" in texts[0]
    assert "Terminal 2 — Sunday 27 September 2015" in texts[1]
    assert "Terminal 1 — Monday 28 September 2015" in texts[2]
    first = texts[0]
    hours = [first.index(h) for h in ("13:00–14:00 · 1 guest", "14:00–15:00 · 2 guests",
                                      "16:00–17:00 · 2 guests")]
    assert hours == sorted(hours)
    # Within the section, guests by landing time: 13:40 EK 255, 14:05 AM 401, 14:20 AF 178, 16:10, 16:45.
    flights = [first.index(f) for f in ("EK 255", "AM 401", "AF 178", "LH 498", "KL 685")]
    assert flights == sorted(flights)
    for heading in ("Landing", "Flight", "Name", "Delegation", "Hotel", "Run", "Run leaves", "Vehicle"):
        assert heading in first
    assert "A0927-1430-MEXT1-HMCR" in first and "14:30" in first and "A0927-1710-MEXT1-HMCR" in first
    assert "Pierre Dubois" in first and LONG_DELEGATION in first
    assert "Asuka Hashimoto" in texts[1] and FIESTA in texts[1] and "Car" in texts[1]
    assert "UA 1234" in texts[2] and "John Smith" in texts[2]
    assert "Carlos Pérez" not in " ".join(texts)  # a departure is no business of the arrivals desk
    assert "7 guests on 4 runs" in first


def test_meet_and_greet_in_spanish_and_when_nobody_lands(tmp_path: Path) -> None:
    out = tmp_path / "mg.pdf"
    documents.write_meet_and_greet(sample_runs(), out, "es")
    content = flat(pages_text(out)[0])
    assert "Recepción en el aeropuerto" in content and "Aterrizaje" in content and "Vuelo" in content
    assert "Terminal 1 — Domingo 27 de septiembre de 2015" in content and "2 participantes" in content
    assert documents.write_meet_and_greet([], out, "fr") == 1
    assert "Aucun participant n'atterrit." in flat(pages_text(out)[0])


def test_timetable_of_the_named_hotel_only_on_one_page(written: dict[str, tuple[Path, int]]) -> None:
    path, pages = written["timetable"]
    assert pages == 1
    content = flat(pages_text(path)[0])
    assert "Horaires des navettes" in content and HILTON in content
    assert "Lundi 28 septembre 2015" in content and "Mardi 29 septembre 2015" in content
    assert "08:10" in content and "18:40" in content
    assert "08:00" not in content and FIESTA not in content  # the Fiesta Americana's shuttles are not here
    assert "2 autocars, 1 minibus" in content and "102" in content  # three vehicles leaving together
    assert "Hall de l'hôtel" in content and VENUE in content
    assert content.index("Lundi 28") < content.index("08:10") < content.index("18:40") < content.index("Mardi 29")
    # Large type: the departure times are drawn at the largest size tried.
    assert documents.TIMETABLE_SIZES[0] >= 14


def test_timetable_without_shuttles(tmp_path: Path) -> None:
    out = tmp_path / "tt.pdf"
    assert documents.write_shuttle_timetable(sample_runs()[:5], HILTON, out, "es") == 1
    content = flat(pages_text(out)[0])
    assert "Ningún servicio de enlace previsto para este hotel." in content


def test_words_and_places() -> None:
    assert documents.vehicles_label(["coach", "coach", "van"], "es") == "2 autobuses, 1 camioneta"
    assert documents.vehicles_label(["car"], "en") == "1 car"
    assert documents.vehicles_label(["limo", "limo"], "en") == "2 × limo"
    assert documents.terminal_of("MEX T2") == "T2" and documents.terminal_of(HILTON) == ""
    assert documents.place_label("MEX T2", "fr") == "Aéroport MEX, terminal 2"
    assert documents.place_label(HILTON, "es", [HILTON], "pickup") == f"{HILTON}, lobby"
    assert documents.place_label(VENUE, "es", [HILTON], "pickup") == VENUE


def test_layout_keeps_cells_whole() -> None:
    cols = [layout.Column("Nombre"), layout.Column("Delegación"), layout.Column("Vuelo", layout.NOWRAP)]
    rows = [["Ana López", LONG_DELEGATION, "AM 401"]]
    widths, size, _heads = layout.plan_widths(cols, rows, 200.0, 10.0, 7.0, 5.5)
    assert widths[1] >= layout.text_width("Francophonie", size) + 5.5 - 0.01


# --------------------------------------------------------------------------
# From the database (the service's stored_runs replaced by the sample runs) and the command line
# --------------------------------------------------------------------------


@pytest.fixture
def conference(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from conference_desk.core.foundation.db import open_database
    from conference_desk.core.foundation.setup_data import initialise
    from conference_desk.core.transport import service

    calls: list[tuple[dt.date | None, str | None, str]] = []

    def stored_runs(db, day=None, kind=None, lang="en"):  # type: ignore[no-untyped-def]
        calls.append((day, kind, lang))
        return [r for r in sample_runs() if (day is None or r.departs_at.date() == day)
                and (kind is None or r.kind == kind)]

    monkeypatch.setattr(service, "stored_runs", stored_runs)
    db = open_database(str(tmp_path / "conference.sqlite"))
    initialise(db, "iclc2015")
    yield db, calls
    db.dispose()


def test_exports_read_the_stored_runs(conference, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from conference_desk.core.foundation.errors import ConferenceDeskError

    db, calls = conference
    result = documents.export_manifests(db, tmp_path / "m.pdf", day=dt.date(2015, 9, 27))
    assert calls[-1] == (dt.date(2015, 9, 27), None, "es")
    assert result == {"file": str(tmp_path / "m.pdf"), "format": "pdf", "language": "es", "runs": 3,
                      "passengers": 6, "pages": 3}
    reader = PdfReader(tmp_path / "m.pdf")
    assert reader.metadata.author == "UNESCO; Government of Mexico City"
    assert "Conferencia Internacional sobre Ciudades del Aprendizaje" in flat(pages_text(tmp_path / "m.pdf")[0])

    result = documents.export_meet_and_greet(db, tmp_path / "g.pdf", lang="fr")
    assert calls[-1] == (None, "arrival", "fr") and result["guests"] == 7 and result["pages"] == 3

    result = documents.export_timetable(db, "Fiesta", tmp_path / "t.pdf", "es")
    assert result["hotel"] == FIESTA and result["runs"] == 2 and result["pages"] == 1
    content = flat(pages_text(tmp_path / "t.pdf")[0])
    assert FIESTA in content and HILTON not in content and "08:00" in content
    with pytest.raises(ConferenceDeskError, match="several hotels"):
        documents.export_timetable(db, "Reforma", tmp_path / "x.pdf")
    with pytest.raises(ConferenceDeskError, match="No hotel matches"):
        documents.export_timetable(db, "Sheraton", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_command_functions(conference, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from conference_desk.commands import transport_docs

    db, calls = conference
    assert transport_docs.COMMANDS == {}
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="action")
    transport_docs.add_manifest_arguments(sub.add_parser("manifest"))
    transport_docs.add_timetable_arguments(sub.add_parser("timetable"))

    def run(argv: list[str], lang: str | None = None) -> dict:
        args = parser.parse_args(argv)
        args.db, args.lang, args.lang_given, args.signed_in_db = None, lang or "en", lang is not None, db
        handler = transport_docs.run_manifest if args.action == "manifest" else transport_docs.run_timetable
        assert handler(args) == 0
        return json.loads(capsys.readouterr().out)

    out = run(["manifest", "--out", str(tmp_path / "m.pdf"), "--day", "2015-09-28", "--json"])
    assert out["file"] == str(tmp_path / "m.pdf") and out["format"] == "pdf" and out["runs"] == 7
    assert out["language"] == "es" and calls[-1] == (dt.date(2015, 9, 28), None, "es")
    out = run(["manifest", "--out", str(tmp_path / "m.pdf"), "--json"], lang="en")
    assert out["language"] == "en"  # an explicit --lang wins over the drivers' Spanish
    out = run(["manifest", "--meet-and-greet", "--out", str(tmp_path / "g.pdf"), "--json"], lang="fr")
    assert out["runs"] == 4 and out["guests"] == 7 and calls[-1] == (None, "arrival", "fr")
    out = run(["timetable", "--hotel", "Hilton", "--out", str(tmp_path / "t.pdf"), "--json"])
    assert out == {"file": str(tmp_path / "t.pdf"), "format": "pdf", "language": "en", "hotel": HILTON,
                   "runs": 5, "pages": 1}
    args = parser.parse_args(["timetable", "--hotel", "Hilton", "--out", str(tmp_path / "t.pdf")])
    args.db, args.lang, args.lang_given, args.signed_in_db = None, "en", False, db
    assert transport_docs.run_timetable(args) == 0
    assert "Hilton Mexico City Reforma" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        parser.parse_args(["manifest", "--out", "m.pdf", "--day", "28/09/2015"])
