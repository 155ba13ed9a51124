"""New agenda slips after a rematch: written as PDF, sent to this station's badge printer if one is chosen."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from ...core import agenda_pdf, printing
from ..context import AppContext


def print_slips(ctx: AppContext, attendee_ids: list[int], day: str, now: datetime) -> tuple[list[Path], str]:
    """(the PDFs written, the printer they went to or "" when none is chosen or it refused them)."""
    store = ctx.store
    if store is None:
        return [], ""
    folder = printing.spool_dir() / "slips"
    folder.mkdir(exist_ok=True)
    out = []
    for aid in attendee_ids:
        who = store.attendee(aid)
        language = "de" if who is not None and who.language == "de" else "en"
        # A name of its own per print: the spool folder outlives the run, and the clock may be simulated.
        out.append(agenda_pdf.write(store, aid, folder / f"agenda-{aid}-{uuid.uuid4().hex[:10]}.pdf", day=day,
                                    language=language, now=now))
    printer = str(ctx.settings.value("badges/printer", "") or "")
    if not printer:
        return out, ""
    try:
        from ..badges.raster_print import QtRasterSpooler

        spooler = printing.default_spooler(qt=QtRasterSpooler)
        for pdf in out:
            spooler.submit(pdf, printer, (210.0, 297.0), 1, f"checkin agenda {pdf.stem}")
    except (printing.SpoolError, OSError):
        return out, ""  # the PDFs stay in the folder; the status line says where
    return out, printer
