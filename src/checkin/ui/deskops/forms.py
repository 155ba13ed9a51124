"""Dialogs of the desk operations. Each validates through the core on OK and stays open with the error.

A dialog gets ``submit() -> str | None`` (an error text, or None when done); tests fill the fields and call
``accept()`` like a user pressing Enter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Attendee
from ..i18n import date_time_format

BIG = "font-size: 17px;"
ERROR = "color: #b3221b; font-size: 16px; font-weight: 600;"


class OpDialog(QDialog):
    """Form + error line + OK/Cancel; OK runs ``submit`` and closes only when it succeeded."""

    def __init__(self, parent: QWidget, title: str, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(BIG)
        self.setMinimumWidth(560)
        self.submit: Callable[[], str | None] = lambda: None
        self.lay = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setObjectName("intro")
            label.setWordWrap(True)
            self.lay.addWidget(label)
        self.form = QFormLayout()
        self.lay.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        self.lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.lay.addWidget(self.buttons)

    def line(self, label: str, name: str, value: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(name)
        self.form.addRow(label, edit)
        return edit

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        problem = self.submit()
        if problem:
            self.show_error(problem)
            return
        super().accept()


class PersonDialog(OpDialog):
    """Name, organisation, category, email: the short form of walk-ins, substitutes and companions."""

    def __init__(self, parent: QWidget, title: str, categories: list[str], *, intro: str = "",
                 organisation: str = "", category: str = "guest", pin: bool = False,
                 check_in_label: str = "") -> None:
        super().__init__(parent, title, intro)
        self.title_edit = self.line(self.tr("Title"), "title")
        self.title_edit.setPlaceholderText(self.tr("e.g. Dr."))
        self.first = self.line(self.tr("First name"), "first_name")
        self.last = self.line(self.tr("Last name"), "last_name")
        self.organisation = self.line(self.tr("Organisation"), "organisation", organisation)
        self.category = QComboBox()
        self.category.setObjectName("category")
        for cat in categories:
            self.category.addItem(category_label(cat), cat)
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self.form.addRow(self.tr("Category"), self.category)
        self.email = self.line(self.tr("E-mail (optional)"), "email")
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        if pin:
            self.form.addRow(self.tr("Organiser PIN"), self.pin)
        self.check_in = QCheckBox(check_in_label or self.tr("Check in now"))
        self.check_in.setObjectName("checkIn")
        self.check_in.setChecked(True)
        self.lay.insertWidget(self.lay.count() - 2, self.check_in)
        self.first.setFocus()

    def person(self) -> dict[str, str]:
        return {"title": self.title_edit.text(), "first_name": self.first.text(), "last_name": self.last.text(),
                "organisation": self.organisation.text(), "category": str(self.category.currentData()),
                "email": self.email.text()}


class CorrectionDialog(OpDialog):
    """Name, title, organisation, category of one guest; "Save and reprint badge" is the default button."""

    FIELDS = ("title", "first_name", "last_name", "organisation", "position")

    def __init__(self, parent: QWidget, a: Attendee, categories: list[str]) -> None:
        super().__init__(parent, self.tr("Correct details"),
                         self.tr("Correct what is wrong; the original stays in the journal for the office."))
        labels = {"title": self.tr("Title"), "first_name": self.tr("First name"),
                  "last_name": self.tr("Last name"), "organisation": self.tr("Organisation"),
                  "position": self.tr("Position")}
        self.edits = {name: self.line(labels[name], name, getattr(a, name)) for name in self.FIELDS}
        self.category = QComboBox()
        self.category.setObjectName("category")
        for cat in categories:
            self.category.addItem(category_label(cat), cat)
        self.category.setCurrentIndex(max(0, self.category.findData(a.category)))
        self.form.addRow(self.tr("Category"), self.category)
        self.reprint = QCheckBox(self.tr("Reprint the badge now"))
        self.reprint.setObjectName("reprint")
        self.reprint.setChecked(True)
        self.lay.insertWidget(self.lay.count() - 2, self.reprint)
        self.edits["organisation"].setFocus()
        self.edits["organisation"].selectAll()

    def changes(self) -> dict[str, str]:
        out = {name: edit.text() for name, edit in self.edits.items()}
        out["category"] = str(self.category.currentData())
        return out


class HandoutDialog(OpDialog):
    """Issue an item against a deposit, or take it back (the dialog shows what the guest holds)."""

    def __init__(self, parent: QWidget, who: str, items: list[str], held: list[tuple[str, str]]) -> None:
        super().__init__(parent, self.tr("Hand-out"), who)
        self.item = QComboBox()
        self.item.setObjectName("item")
        self.item.setEditable(True)
        for name in dict.fromkeys([*(h[0] for h in held), *items, "receiver"]):
            self.item.addItem(name)
        self.form.addRow(self.tr("Item"), self.item)
        self.deposit = self.line(self.tr("Deposit"), "deposit")
        self.deposit.setPlaceholderText(self.tr("e.g. ID card"))
        holds = ", ".join(f"{item} ({deposit})" if deposit else item for item, deposit in held)
        self.holds = QLabel(self.tr("Holds now: %1").replace("%1", holds) if held else self.tr("Holds nothing."))
        self.holds.setObjectName("holds")
        self.lay.insertWidget(self.lay.count() - 2, self.holds)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue"))
        self.return_button = QPushButton(self.tr("Take back"))
        self.return_button.setObjectName("returnButton")
        self.return_button.setEnabled(bool(held))
        self.buttons.addButton(self.return_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.action = "issue"
        self.return_button.clicked.connect(self.take_back)

    def take_back(self) -> None:
        self.action = "return"
        self.accept()
        if self.result() != QDialog.DialogCode.Accepted:
            self.action = "issue"  # refused: the OK button issues again


class BackfillDialog(OpDialog):
    """Paper backfill mode: search, tick with Enter, approximate time; every tick is recorded at once."""

    def __init__(self, parent: QWidget, when: datetime) -> None:
        super().__init__(parent, self.tr("Paper backfill"),
                         self.tr("Enter the guests ticked on the paper list. Set the approximate time, search, "
                                 "press Enter to record the chosen guest as arrived (from paper)."))
        self.when = QDateTimeEdit(QDateTime(when.date(), QTime(when.hour, when.minute)))
        self.when.setObjectName("when")
        self.when.setDisplayFormat(date_time_format())
        self.form.addRow(self.tr("Approximate time"), self.when)
        self.search = self.line(self.tr("Search"), "search")
        self.results = QListWidget()
        self.results.setObjectName("results")
        self.results.setMinimumHeight(220)
        self.lay.insertWidget(self.lay.count() - 2, self.results)
        self.log = QListWidget()
        self.log.setObjectName("log")
        self.log.setMaximumHeight(140)
        self.lay.insertWidget(self.lay.count() - 2, QLabel(self.tr("Recorded:")))
        self.lay.insertWidget(self.lay.count() - 2, self.log)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.tick: Callable[[int], None] = lambda _id: None
        self.search.returnPressed.connect(self.tick_selected)
        self.search.setFocus()

    def set_results(self, rows: list[tuple[int, str, bool]]) -> None:
        self.results.clear()
        for attendee_id, text, arrived in rows:
            item = QListWidgetItem(("✔ " if arrived else "   ") + text)
            item.setData(Qt.ItemDataRole.UserRole, attendee_id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)

    def tick_selected(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.tick(int(item.data(Qt.ItemDataRole.UserRole)))

    def keyPressEvent(self, event) -> None:  # arrows move in the results while typing in the search field
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.results.setCurrentRow(min(max(self.results.currentRow() + step, 0), self.results.count() - 1))
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.tick_selected()
            return
        super().keyPressEvent(event)

    def at(self) -> datetime:
        return self.when.dateTime().toPython()


def category_label(category: str) -> str:
    from ..desk.panel import category_name

    return category_name(category) or category
