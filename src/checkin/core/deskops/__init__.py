"""Desk operations beyond the scan: walk-ins, substitutions, corrections, companions, hand-outs, badges
collected, paper backfill and VIP notices. Qt-free; the CLI (cli/commands/deskops.py) and the GUI
(ui/deskops/) call these functions. Every action is a journal record, so it syncs like a check-in.
"""

from ..desk_ids import WALKIN_BASE, is_desk_id, next_desk_id, station_block
from .backfill import backfill, paper_arrivals
from .common import DeskOpsError, OpResult
from .items import Held, collect_badge, collected, holding, issue_item, items_in_use, return_item
from .notices import Notice, acknowledge, open_notices
from .people import (
    CORRECTABLE,
    PERSON_FIELDS,
    add_companion,
    arrived_today,
    categories,
    companions_of,
    correct,
    invitation_only,
    original_fields,
    register_walkin,
    replaced_by,
    set_invitation_only,
    substitute,
)

__all__ = (
    "CORRECTABLE", "PERSON_FIELDS", "WALKIN_BASE", "DeskOpsError", "Held", "Notice", "OpResult", "acknowledge",
    "add_companion", "arrived_today", "backfill", "categories", "collect_badge", "collected", "companions_of", "correct", "holding",
    "invitation_only", "is_desk_id", "issue_item", "items_in_use", "next_desk_id", "open_notices",
    "original_fields", "paper_arrivals", "register_walkin", "replaced_by", "return_item", "set_invitation_only",
    "station_block", "substitute",
)
