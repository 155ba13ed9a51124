"""Desk operations (issue 6): walk-in, the guest menu, paper backfill; implemented in ``checkin.ui.deskops``."""

from ...deskops.actions import actions

__all__ = ["actions"]
