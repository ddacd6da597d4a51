"""One measured figure beside its floor, as ``make bench`` prints it and stores it."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """``median_s`` of the app doing a job beside ``floor_s``, the cheapest way to do it."""

    name: str
    records: int
    median_s: float
    floor_s: float

    @property
    def ratio(self) -> float:
        return self.median_s / self.floor_s if self.floor_s > 0 else float("inf")

    def line(self) -> str:
        return (f"{self.name:<34} {self.records:>8,} {self.median_s * 1000:10.1f} ms"
                f"   floor {self.floor_s * 1000:9.1f} ms   {self.ratio:6.2f}x")

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "records": self.records, "median_s": self.median_s,
                "floor_s": self.floor_s, "ratio": self.ratio}


def median_of(repeats: int, action: Callable[[], object]) -> float:
    """The median wall time of ``repeats`` runs of ``action``."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
