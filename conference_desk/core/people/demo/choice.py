"""Weighted choice with a given ``random.Random``, and largest-remainder shares.

Every draw of the demo goes through a generator handed in, never the module
``random``: the same seed gives the same conference.
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
from typing import Generic, Sequence, TypeVar

T = TypeVar("T")


class Pool(Generic[T]):
    """Items to pick from, uniformly or by weight, with a given ``random.Random``."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, items: Sequence[T], weights: Sequence[float] | None = None) -> None:
        if not items:
            raise ValueError("empty pool")
        self.items = tuple(items)
        if weights is None:
            self.cum: list[float] | None = None
            self.total = float(len(self.items))
        else:
            self.cum = list(itertools.accumulate(max(float(w), 0.0) for w in weights))
            self.total = self.cum[-1]
            if self.total <= 0:
                self.cum = None
                self.total = float(len(self.items))

    def pick(self, rng: random.Random) -> T:
        if self.cum is None:
            return self.items[int(rng.random() * len(self.items))]
        index = bisect.bisect_right(self.cum, rng.random() * self.total)
        return self.items[min(index, len(self.items) - 1)]

    @classmethod
    def weighted(cls, pairs: Sequence[tuple[T, float]]) -> "Pool[T]":
        return cls([item for item, _ in pairs], [weight for _, weight in pairs])


def apportion(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` into integer parts proportional to ``weights`` (largest remainder)."""
    if total <= 0 or not weights:
        return [0] * len(weights)
    weight_sum = sum(weights)
    if weight_sum <= 0:
        weights = [1.0] * len(weights)
        weight_sum = float(len(weights))
    quotas = [total * w / weight_sum for w in weights]
    parts = [math.floor(q) for q in quotas]
    order = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - parts[i]), i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts

