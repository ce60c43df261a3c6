"""The people of the demo conference: delegations and participants, realistic and reproducible.

Member State delegations (the host country's the largest, the host region
strongly present), international organisations, NGOs, private-sector partners,
UNESCO, the host's staff and the press: names that fit each country (accents,
apostrophes, compound names; some in Cyrillic, Chinese, Japanese, Korean,
Greek and Arabic script, each with its Latin form), real cities, plausible
positions, e-mail addresses and phone numbers, travel dates around the
conference's dates, accessibility and dietary needs; the hotel requests come
from the hotels' demo (``core/hotels/demo.py``) through the ``Stays`` hook.

The same seed and number of participants give the same data (timestamps
aside): every draw comes from one ``random.Random(seed)``; Faker is used only
as a source of name lists (its provider data), never as a random generator.

The data behind it lives in ``resources/demo/``: ``countries.json`` (per
Member State: propensity to attend, name pools, language, calling code, real
cities), ``names.json`` (name pools with conventional Latin forms, e.g. Arabic
and Persian) and ``organisations.json`` (organisations and media outlets).

``population`` makes the people (``populate_people_demo``), ``delegations``
plans who comes, ``roles`` gives positions and needs, ``countries`` and
``names`` (with ``latin``) give origins and names, ``choice`` draws by weight,
``data`` reads the files.  ``core/demo`` runs it with the other capabilities'
demos, in one transaction.
"""

from .data import DEMO_DIR
from .population import (
    BATCH_SIZE,
    DemoPeople,
    ReportCallback,
    Stays,
    populate_people_demo,
)

__all__ = ["BATCH_SIZE", "DEMO_DIR", "DemoPeople", "ReportCallback", "Stays", "populate_people_demo"]
