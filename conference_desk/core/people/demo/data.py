"""The demo's data files in ``resources/demo/``, read once."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from ...foundation.errors import ConferenceDeskError
from ...foundation.paths import RESOURCES_DIR

DEMO_DIR = RESOURCES_DIR / "demo"


@lru_cache(maxsize=None)
def load(filename: str) -> dict[str, Any]:
    path = DEMO_DIR / filename
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, json.JSONDecodeError) as exc:
        raise ConferenceDeskError(f"Cannot read the demo data file {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConferenceDeskError(f"{path}: expected a JSON object.")
    return data

