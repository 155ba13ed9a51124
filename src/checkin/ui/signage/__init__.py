"""Signage: a full-screen, bilingual "now and next" for a second screen or projector at the entrance."""

from ..screens import ScreenSpec


def _make(ctx):
    from .view import SignageScreen

    return SignageScreen(ctx)


SCREEN = ScreenSpec(key="signage", order=80, title="Signage", factory=_make)
