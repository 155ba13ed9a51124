"""Live dashboard: arrivals per 15 minutes, arrived vs expected by category / country / type, desks, sessions."""

from ..screens import ScreenSpec


def _make(ctx):
    from .view import DashboardScreen

    return DashboardScreen(ctx)


SCREEN = ScreenSpec(key="dashboard", order=70, title="Dashboard", factory=_make, roles=("organiser",))
