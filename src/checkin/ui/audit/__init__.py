"""Audit: who did what at which station (journal view with filters, CSV export). Organisers only."""

from PySide6.QtCore import QCoreApplication

from ..screens import ScreenSpec


def _make(ctx):
    from .view import AuditScreen

    return AuditScreen(ctx)


SCREEN = ScreenSpec(key="audit", order=95, title="Audit", factory=_make, roles=("organiser",))
_TITLE = QCoreApplication.translate("Screens", "Audit")  # for lupdate: the navigation entry
