"""Matchmaking on the day (issue 23): meeting states from the journal, the desk's marks, and rematches.

Qt-free. ``states`` folds arrivals, marks and scans into ready / at risk / no-show / held; ``marks`` records
what the matchmaking desk sees; ``rematch`` proposes and books a new partner when one is missing; ``records``
applies the journal kinds (``meeting_mark``, ``meeting_scan``, ``meeting_rematch``) in any merge order.
"""

from .marks import MatchmakingError, current_meeting, mark, scan
from .plan import PlanRow, TablePlan, next_slot, table_plan
from .rematch import Booking, Rematch, Suggestion, book, profile_fields, suggest, suggestion_json
from .states import (
    AT_RISK,
    HELD,
    NO_SHOW,
    PLANNED,
    READY,
    STATES,
    MeetingStatus,
    Timing,
    board,
    counts,
    meeting,
    person_meetings,
    status_json,
    statuses_of,
)

__all__ = (
    "AT_RISK", "HELD", "NO_SHOW", "PLANNED", "READY", "STATES", "Booking", "MatchmakingError", "MeetingStatus",
    "Rematch", "Suggestion", "Timing", "board", "book", "counts", "current_meeting", "mark", "meeting",
    "person_meetings", "profile_fields", "scan", "status_json", "statuses_of", "suggest", "suggestion_json",
    "PlanRow", "TablePlan", "next_slot", "table_plan",
)
