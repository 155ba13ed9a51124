"""The matchmaking slot chooser shared by the helper's Matchmaking tab and the matchmaking desk's board."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtWidgets import QComboBox


class SlotPicker(QComboBox):
    """Meeting slots by start time (optionally led by an "all slots" entry); ``on_change`` runs on a choice."""

    def __init__(self, object_name: str, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setStyleSheet("font-size: 16px;")
        self.currentIndexChanged.connect(on_change)

    def fill(self, slots: Sequence[datetime], label: Callable[[datetime], str], current: int | None,
             all_label: str | None = None) -> None:
        """Offer ``slots`` and select ``slots[current]`` (None: the "all" entry, or the first slot), quietly:
        the caller refreshes once afterwards."""
        self.blockSignals(True)
        self.clear()
        if all_label is not None:
            self.addItem(all_label, None)
        for s in slots:
            self.addItem(label(s), s)
        offset = 1 if all_label is not None else 0
        self.setCurrentIndex(0 if current is None else current + offset)
        self.blockSignals(False)

    def choose(self, when: datetime | None) -> None:
        for i in range(self.count()):
            if self.itemData(i) == when:
                self.setCurrentIndex(i)
                return
