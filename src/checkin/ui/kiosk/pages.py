"""The kiosk's pages: big type, big buttons, one thing to do per page. Texts are set by ``retranslate``."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def label(name: str, role: str = "body") -> QLabel:
    lab = QLabel()
    lab.setObjectName(name)
    lab.setProperty("role", role)
    lab.setWordWrap(True)
    lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
    lab.setTextFormat(Qt.TextFormat.PlainText)  # a guest's name is never markup
    return lab


def button(name: str, primary: bool = False) -> QPushButton:
    b = QPushButton()
    b.setObjectName(name)
    b.setProperty("primary", primary)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter must never press a button
    return b


def entry(name: str, password: bool = False) -> QLineEdit:
    e = QLineEdit()
    e.setObjectName(name)
    if password:
        e.setEchoMode(QLineEdit.EchoMode.Password)
    return e


def centred(*widgets: QWidget, stretch_top: int = 1, stretch_bottom: int = 1) -> QWidget:
    page = QWidget()
    lay = QVBoxLayout(page)
    lay.setSpacing(28)
    lay.addStretch(stretch_top)
    for w in widgets:  # labels take the full width (a centred word-wrapped label gets squeezed)
        lay.addWidget(w) if isinstance(w, QLabel) else lay.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
    lay.addStretch(stretch_bottom)
    return page


class StartPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.title = label("kioskWelcome", "title")
        self.hint = label("kioskScanHint", "hint")
        self.by_name = button("kioskByName")
        self.camera = QLabel()  # what the camera sees, so guests hold the code where it reads
        self.camera.setObjectName("kioskCamera")
        self.camera.setFixedSize(360, 240)
        self.camera.hide()
        lay = QVBoxLayout(self)
        lay.addStretch(2)
        lay.addWidget(self.title)
        lay.addWidget(self.hint)
        lay.addWidget(self.camera, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
        lay.addWidget(self.by_name, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(1)


class Keyboard(QWidget):
    """Keys on the screen for a touch kiosk without a keyboard; they type into the name page's focused field.

    Plain letters are enough: the search ignores case and accents (Celik finds Çelik).
    """

    ROWS = ("1234567890", "qwertzuiopü", "asdfghjklöä", "yxcvbnm-.'@")

    def __init__(self, fields: tuple[QLineEdit, ...], rows: tuple[str, ...] = ROWS, space: bool = True) -> None:
        super().__init__()
        self.setObjectName("kioskKeyboard")
        self.fields = fields
        self.target = fields[0]
        for f in fields:
            f.installEventFilter(self)
        grid = QVBoxLayout(self)
        grid.setSpacing(6)
        for row in rows:
            line = QHBoxLayout()
            line.setSpacing(6)
            for ch in row:
                key = button(f"kioskKey_{ch}")
                key.setText(ch.upper() if ch.isalpha() else ch)
                key.setProperty("key", True)
                key.clicked.connect(lambda _=False, c=ch: self.type(c))
                line.addWidget(key)
            grid.addLayout(line)
        last = QHBoxLayout()
        self.space = button("kioskKeySpace")
        self.space.setProperty("key", True)
        self.space.setText("␣")
        self.space.clicked.connect(lambda: self.type(" "))
        self.backspace = button("kioskKeyBackspace")
        self.backspace.setProperty("key", True)
        self.backspace.setText("⌫")
        self.backspace.clicked.connect(lambda: self.target.backspace())
        self.space.setVisible(space)
        last.addStretch(1)
        last.addWidget(self.space, 4)
        last.addWidget(self.backspace, 1)
        last.addStretch(1)
        grid.addLayout(last)

    def type(self, text: str) -> None:
        self.target.insert(text)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        if event.type() == QEvent.Type.FocusIn and watched in self.fields:
            self.target = watched  # the keys type where the guest last tapped
        return False


class NamePage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.title = label("kioskNameTitle", "title")
        self.name_label = QLabel()
        self.name = entry("kioskName")
        self.confirm_label = QLabel()
        self.confirm = entry("kioskConfirm", password=True)  # the people behind need not read it
        self.message = label("kioskNotFound", "warn")
        self.find = button("kioskFind", primary=True)
        self.back = button("kioskNameBack")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.name_label, self.name)
        form.addRow(self.confirm_label, self.confirm)
        box = QWidget()
        box.setObjectName("kioskForm")
        box.setLayout(form)
        box.setMinimumWidth(700)
        self.keyboard = Keyboard((self.name, self.confirm))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.find)
        lay = QVBoxLayout(self)
        lay.setSpacing(8)
        lay.addWidget(self.title)
        lay.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.message)
        lay.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(1)
        lay.addLayout(buttons)


class PreviewPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.title = label("kioskPreviewTitle", "title")
        self.hint = label("kioskPreviewHint", "hint")
        self.badge = QLabel()
        self.badge.setObjectName("kioskBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # never grows the window
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.fields: dict[str, QLineEdit] = {}
        self.field_labels: dict[str, QLabel] = {}
        self.apply = button("kioskApply")
        self.print = button("kioskPrint", primary=True)
        self.not_me = button("kioskNotMe")
        side = QVBoxLayout()
        side.addStretch(1)
        side.addWidget(self.hint)
        side.addLayout(self.form)
        side.addWidget(self.apply)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.badge, 3)
        body.addLayout(side, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.not_me)
        buttons.addStretch(1)
        buttons.addWidget(self.print)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(body, 1)
        lay.addLayout(buttons)

    def set_fields(self, names: tuple[str, ...], values: dict[str, str]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields, self.field_labels = {}, {}
        for name in names:
            lab, edit = QLabel(), entry(f"kioskField_{name}")
            edit.setText(values.get(name, ""))
            self.form.addRow(lab, edit)
            self.fields[name], self.field_labels[name] = edit, lab
        self.apply.setVisible(bool(names))


class PinPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.title = label("kioskPinTitle", "title")
        self.hint = label("kioskPinHint", "hint")
        self.pin = entry("kioskPin", password=True)
        self.pin.setMinimumWidth(360)
        self.keypad = Keyboard((self.pin,), rows=("123", "456", "789", "0"), space=False)  # touch-only kiosks
        self.message = label("kioskPinMessage", "warn")
        self.leave = button("kioskLeave", primary=True)
        self.cancel = button("kioskPinCancel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addSpacing(40)
        buttons.addWidget(self.leave)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        for w in (self.title, self.hint):
            lay.addWidget(w)
        lay.addWidget(self.pin, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        lay.addStretch(2)


def style_sheet(u: int) -> str:
    """Big, calm, high-contrast: ``u`` is the base type size in pixels (from the screen height)."""
    return f"""
        #kiosk {{ background: #f4f1ea; }}
        QLabel {{ font-size: {u}px; color: #1d2733; }}
        QLabel[role="title"] {{ font-size: {int(u * 2.2)}px; font-weight: 700; }}
        QLabel[role="hint"] {{ font-size: {int(u * 1.3)}px; color: #34495e; }}
        QLabel[role="warn"] {{ font-size: {u}px; color: #a3321f; }}
        QLineEdit {{ font-size: {int(u * 1.3)}px; padding: {u // 2}px; border: 2px solid #7d8a96;
                     border-radius: 8px; background: white; min-width: {u * 14}px; }}
        QPushButton {{ font-size: {int(u * 1.2)}px; padding: {u // 2}px {u * 2}px; min-height: {u * 2}px;
                       border-radius: 12px; background: #dfe6ec; color: #1d2733; border: none; }}
        QPushButton[primary="true"] {{ background: #1f6f43; color: white; font-weight: 700; }}
        QPushButton[lang="true"] {{ font-size: {u}px; min-height: {int(u * 1.4)}px; padding: 4px {u}px; }}
        QPushButton[key="true"] {{ font-size: {int(u * 1.1)}px; min-height: {int(u * 2.1)}px; min-width: {int(u * 2.7)}px;
                                   padding: 0; border-radius: 8px; background: white; border: 1px solid #c5ccd3; }}
        QPushButton[current="true"] {{ background: #1d2733; color: white; }}
        QPushButton[staff="true"] {{ font-size: {int(u * 0.7)}px; min-height: 0; padding: 4px 10px;
                                     background: transparent; color: #8a939b; }}
    """
