"""How a meeting state looks on screen: words and a symbol (never colour alone), and a soft background."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

BACKGROUND = {"ready": QColor("#d7f0da"), "at_risk": QColor("#ffe8a3"), "no_show": QColor("#f8c9c4"),
              "held": QColor("#cfe0f7"), "planned": QColor("#eef0f3")}
SYMBOL = {"ready": "✔", "at_risk": "!", "no_show": "✖", "held": "★", "planned": "·"}


def state_word(state: str) -> str:
    return {
        "ready": QCoreApplication.translate("MatchmakingStates", "Ready"),
        "at_risk": QCoreApplication.translate("MatchmakingStates", "At risk"),
        "no_show": QCoreApplication.translate("MatchmakingStates", "No-show"),
        "held": QCoreApplication.translate("MatchmakingStates", "Held"),
        "planned": QCoreApplication.translate("MatchmakingStates", "Planned"),
    }[state]


def state_label(state: str) -> str:
    return f"{SYMBOL[state]} {state_word(state)}"
