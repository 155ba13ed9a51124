"""Settings: interface language and desk preferences."""

from ..screens import ScreenSpec


def _make(ctx):
    from .view import SettingsScreen

    return SettingsScreen(ctx)


SCREEN = ScreenSpec(key="settings", order=100, title="Settings", factory=_make)
