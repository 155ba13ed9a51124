"""GUI desk scenarios (filled in with the desk screen)."""

from __future__ import annotations

from benchmarks.common import Scenario


def scenarios() -> list[Scenario]:
    return []
