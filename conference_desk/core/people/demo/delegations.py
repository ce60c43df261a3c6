"""Which delegations come and how many people each sends; the delegations written to the database."""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...foundation.models import Delegation, DelegationKind, MemberState
from .choice import Pool, apportion
from .countries import DEMO_ORDER, Country, read_countries
from .data import load
from .names import name_mix

# Shares of the population (the rest are organisations, UNESCO, host staff, press).
MEMBER_STATE_SHARE = 0.70
HOST_STATE_SHARE = 0.10  # of the Member State delegates
ORGANISATION_SHARES = {
    "unesco": 0.18,
    "host": 0.24,
    "igo": 0.18,
    "ngo": 0.20,
    "private": 0.08,
    "press": 0.12,
}
# Distinct Member States for 650 participants; grows with the square root of N.
STATES_AT_650 = 100


_KIND = {
    "igo": DelegationKind.IGO,
    "ngo": DelegationKind.NGO,
    "private": DelegationKind.PRIVATE_SECTOR,
    "unesco": DelegationKind.UNESCO,
    "host": DelegationKind.HOST,
}


@dataclass
class Group:
    """A delegation (or the press) being filled: where its people come from."""

    delegation: Delegation | None
    kind: str  # member_state, igo, ngo, private, unesco, host, press
    size: int
    names: Pool[str]
    lang: str | None
    native: float | None
    country: Country | None = None
    organisation: dict[str, Any] | None = None
    used_roles: set[str] = field(default_factory=set)


def plan_delegations(session: Session, rng: random.Random, total: int, host_iso3: str) -> list[Group]:
    """The delegations (Member States, host first, then organisations and the press) and their sizes."""
    return _Planner(session, rng, total, host_iso3).plan()


class _Planner:
    """The draw of the delegations, in the order the single random generator expects."""

    def __init__(self, session: Session, rng: random.Random, total: int, host_iso3: str) -> None:
        self.session = session
        self.rng = rng
        self.total = total
        self.host_iso3 = host_iso3

    def plan(self) -> list[Group]:
        n_org = round(self.total * (1 - MEMBER_STATE_SHARE))
        n_states = self.total - n_org
        member_states = sorted(
            self.session.scalars(select(MemberState)), key=lambda m: DEMO_ORDER.get(m.iso3, m.iso3)
        )
        countries = read_countries(member_states)
        if not countries:
            n_states, n_org = 0, self.total
        groups = self._plan_states(countries, n_states) if n_states else []
        groups += self._plan_organisations(n_org)
        return groups

    def _plan_states(self, countries: list[Country], n_states: int) -> list[Group]:
        rng = self.rng
        by_iso = {c.iso3: c for c in countries}
        wanted = round(STATES_AT_650 * math.sqrt(self.total / 650))
        k = max(1, min(len(countries), n_states, wanted))
        chosen: list[Country] = []
        for iso3 in [self.host_iso3, *load("countries.json").get("core", [])]:
            country = by_iso.get(iso3)
            if country is not None and country not in chosen and len(chosen) < k:
                chosen.append(country)
        rest = [c for c in countries if c not in chosen]
        # Weighted sampling without replacement (Efraimidis–Spirakis).
        keyed = sorted(
            ((rng.random() ** (1.0 / c.weight), c.iso3) for c in rest), reverse=True
        )
        chosen += [by_iso[iso3] for _, iso3 in keyed[: k - len(chosen)]]

        sizes = {c.iso3: 1 for c in chosen}
        extra = n_states - len(chosen)
        host = by_iso.get(self.host_iso3)
        if host is not None and host in chosen and extra > 0:
            wanted_host = max(0, round(HOST_STATE_SHARE * n_states) - 1)
            host_extra = extra if len(chosen) == 1 else min(extra, wanted_host)
            sizes[host.iso3] += host_extra
            extra -= host_extra
        others = [c for c in chosen if c is not host] or chosen
        if extra > 0:
            pool = Pool(list(range(len(others))), [c.weight for c in others])
            for index, count in sorted(Counter(pool.pick(rng) for _ in range(extra)).items()):
                sizes[others[index].iso3] += count

        ordered = sorted(chosen, key=lambda c: (c is not host, c.iso3))
        return [
            Group(
                delegation=None,
                kind="member_state",
                size=sizes[c.iso3],
                names=c.names,
                lang=c.lang,
                native=c.native,
                country=c,
            )
            for c in ordered
        ]

    def _plan_organisations(self, n_org: int) -> list[Group]:
        data = load("organisations.json")
        kinds = list(ORGANISATION_SHARES)
        per_kind = dict(zip(kinds, apportion(n_org, [ORGANISATION_SHARES[k] for k in kinds])))
        groups: list[Group] = []
        for kind in kinds:
            entries = data["media"] if kind == "press" else [
                o for o in data["organisations"] if o["kind"] == kind
            ]
            budget = per_kind[kind]
            if not entries or budget <= 0:
                continue
            sizes = self._spread(budget, [float(e.get("w", 1.0)) for e in entries])
            for entry, size in zip(entries, sizes):
                if size <= 0:
                    continue
                groups.append(
                    Group(
                        delegation=None,
                        kind=kind,
                        size=size,
                        names=name_mix(entry.get("names") or self._media_names(entry)),
                        lang=entry.get("lang"),
                        native=None,
                        organisation=entry,
                    )
                )
        return groups

    def _spread(self, budget: int, weights: list[float]) -> list[int]:
        """One each for the heaviest entries, the rest at random by weight."""
        order = sorted(range(len(weights)), key=lambda i: (-weights[i], i))
        sizes = [0] * len(weights)
        for i in order[:budget]:
            sizes[i] = 1
        rest = budget - min(budget, len(weights))
        if rest > 0:
            pool = Pool(list(range(len(weights))), weights)
            for i in (pool.pick(self.rng) for _ in range(rest)):
                sizes[i] += 1
        return sizes

    def _media_names(self, outlet: dict[str, Any]) -> Any:
        entry = load("countries.json")["countries"].get(outlet.get("country", ""), {})
        return entry.get("names") or "en_US"


def create_delegations(session: Session, groups: list[Group]) -> None:
    """Give each group its delegation, reusing those the conference already has (the press has none)."""
    existing = list(session.scalars(select(Delegation).order_by(Delegation.id)))
    by_state = {d.member_state_id: d for d in existing if d.member_state_id is not None}
    by_name = {(d.kind, d.organisation_name): d for d in existing if d.member_state_id is None}
    for group in groups:
        if group.kind == "press":
            continue
        if group.country is not None:
            delegation = by_state.get(group.country.state_id)
            if delegation is None:
                delegation = Delegation(
                    kind=DelegationKind.MEMBER_STATE, member_state_id=group.country.state_id
                )
                session.add(delegation)
        else:
            assert group.organisation is not None
            kind = _KIND[group.kind]
            name = group.organisation["name"]
            delegation = by_name.get((kind, name))
            if delegation is None:
                delegation = Delegation(kind=kind, organisation_name=name)
                session.add(delegation)
                by_name[(kind, name)] = delegation
        group.delegation = delegation
    session.flush()

