"""The main window only assembles: header, navigation, the screens found in the registry, menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.store import StoreError
from .changes import Change
from .context import AppContext
from .failure_words import failure_words
from .ops import QueryOp
from .screens import ScreenSpec, discover


def _scrolling(screen: QWidget) -> QScrollArea:
    """A screen larger than a 1366x768 laptop scrolls inside the window instead of making the window (and
    every other screen with it) wider or taller than the display."""
    area = QScrollArea()
    area.setObjectName(f"scroll_{screen.objectName() or type(screen).__name__}")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(screen)
    return area


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, screens: list[ScreenSpec] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("checkin")
        self.setAcceptDrops(True)
        self.resize(1400, 900)
        primary = QApplication.primaryScreen()  # (self.screen() is our screen-registry lookup)
        screen = primary.availableGeometry() if primary else None
        if screen is not None and (screen.width() < 1400 or screen.height() < 900):
            # A 1366x768 desk laptop: fit the window to the screen rather than spill over its edges.
            self.resize(min(1400, screen.width()), min(900, screen.height()))
        self._specs = screens if screens is not None else discover()
        self._built: dict[str, QWidget] = {}

        self.title = QLabel(self.tr("No event open"))
        self.title.setObjectName("eventTitle")
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.counter = QLabel()
        self.counter.setObjectName("arrivalCounter")
        self.counter.setStyleSheet("font-size: 20px;")
        self.station = QLabel()
        self.station.setStyleSheet("color: #555;")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.station)
        header.addSpacing(24)
        header.addWidget(self.counter)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet("QListWidget { font-size: 16px; } QListWidget::item { padding: 10px 8px; }")
        self.stack = QStackedWidget()
        for spec in self._specs:
            item = QListWidgetItem(spec.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder: screens are built when first shown
        self.nav.currentRowChanged.connect(self._show_row)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addLayout(header)
        self._banner_slot = QVBoxLayout()
        outer.addLayout(self._banner_slot)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self._menus()
        # Hook (issue 6, desk operations): VIP notices above every screen until acknowledged here.
        from .deskops.banner import NoticeBanner

        self.notice_banner = NoticeBanner(ctx)
        self._banner_slot.addWidget(self.notice_banner)
        ctx.event_opened.connect(self._on_event_opened)
        ctx.subscribe(Change.ARRIVALS | Change.ATTENDEES, self._update_counter)
        # Hook (issue 13, data protection): lock screen (idle, Ctrl+L), screens filtered by role, role switch.
        from .lock import install as install_lock

        self.lock = install_lock(self)
        # Hook (issue 22, self-service kiosk): "Kiosk mode…" in the Station menu, behind the desk PIN.
        from .kiosk import install as install_kiosk

        install_kiosk(self)

    # --- navigation ------------------------------------------------------------------------------------
    def show_screen(self, key: str) -> bool:
        for row, spec in enumerate(self._specs):
            if spec.key == key:
                if self.nav.item(row).isHidden():  # issue 13: not for this station's role
                    return False
                self.nav.setCurrentRow(row)
                return True
        return False

    def show_welcome(self) -> None:
        from .welcome import WelcomeBanner

        banner = WelcomeBanner()
        banner.dismissed.connect(lambda: self.ctx.settings.setValue("welcomed", True))
        self._banner_slot.addWidget(banner)

    def screen(self, key: str) -> QWidget | None:
        return self._built.get(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        spec = self._specs[row]
        if spec.key not in self._built:
            widget = spec.factory(self.ctx)
            old = self.stack.widget(row)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(row, _scrolling(widget))
            self._built[spec.key] = widget
        self.stack.setCurrentIndex(row)

    # --- menus -----------------------------------------------------------------------------------------
    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open event…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._choose_file)
        file_menu.addAction(open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        backup = QAction(self.tr("&Back up event to…"), self)
        backup.triggered.connect(self._backup)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.ctx.recent_files():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open event"), "", self.tr("Event files (*.checkin)"))
        if path:
            self.open_path(path)

    def _backup(self) -> None:
        if self.ctx.store is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up to folder (e.g. a USB stick)"))
        if not folder:
            return
        # Copies the whole file (seconds on a slow stick): on the worker, the window stays responsive.
        QueryOp(self.ctx, self, lambda store: store.backup(folder), self._backup_written).failure(
            lambda message: QMessageBox.warning(self, self.tr("Backup failed"), message)).run_in_background()

    def _backup_written(self, out: Path) -> None:
        QMessageBox.information(self, self.tr("Backup written"), self.tr("Backup written to %1").replace("%1", str(out)))

    def open_path(self, path: str | Path) -> bool:
        from ..core import encryption

        passphrase: str | None = None
        while True:
            try:
                self.ctx.open_event(path, key=passphrase)
                return True
            except StoreError as exc:
                if not encryption.is_encrypted(path):
                    QMessageBox.warning(self, self.tr("Cannot open event"), failure_words(exc))
                    return False
                # An encrypted desk copy: ask for its passphrase (again, if the last one was wrong).
                passphrase, ok = QInputDialog.getText(
                    self, self.tr("Encrypted event"),
                    self.tr("This event copy is encrypted. Passphrase:"), QLineEdit.EchoMode.Password)
                if not ok:
                    return False

    # --- drag and drop ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.toLocalFile().endswith(".checkin") for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(".checkin"):
                self.open_path(url.toLocalFile())
                break

    # --- header ----------------------------------------------------------------------------------------
    def _on_event_opened(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        event = store.event
        self.title.setText(event.title)
        self.setWindowTitle(f"{event.title} — {store.station_id} — checkin")  # which laptop's desk this is
        self.station.setText(self.tr("Station: %1").replace("%1", store.station_id))
        self._update_counter()
        if self.nav.currentRow() < 0 and self._specs:
            self.nav.setCurrentRow(0)

    def _update_counter(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        arrived = store.count_arrived()
        expected = store.count_attendees(include_cancelled=False)
        self.counter.setText(self.tr("Arrived: %1 / %2").replace("%1", str(arrived)).replace("%2", str(expected)))
