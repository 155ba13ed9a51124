"""The layout designer: the badge as the printer gets it (rendered by the core renderer, shown with QtPdf),
with one frame per element to move and resize with the mouse."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
)

from ...core.badges import document
from ...core.badges.layout import Element, Layout
from ...core.badges.render import BadgeData

PX_PER_MM = 5.0  # scene units: what the preview is rendered at (about 127 dpi), zoomed by the view
GRID_MM = 0.5


def render_page(pdf: bytes, size: QSize, page: int = 0) -> QImage:
    """One PDF page as an image: QtPdf when present (PySide6_Pdf), else poppler's pdftoppm."""
    try:
        from PySide6.QtPdf import QPdfDocument

        doc = QPdfDocument()
        buf = QBuffer()
        buf.setData(QByteArray(pdf))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        doc.load(buf)
        image = doc.render(page, size)
        doc.close()
        if not image.isNull():
            # Paper is white: QtPdf leaves unpainted areas transparent.
            paper = QImage(image.size(), QImage.Format.Format_RGB32)
            paper.fill(QColor("white"))
            painter = QPainter(paper)
            painter.drawImage(0, 0, image)
            painter.end()
            return paper
    except ImportError:
        pass
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "p.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-singlefile", "-f", str(page + 1), "-scale-to-x", str(size.width()),
                        "-scale-to-y", str(size.height()), str(src), f"{tmp}/out"], check=True, timeout=30)
        return QImage(f"{tmp}/out.png")


def design_only(layout: Layout) -> Layout:
    """The badge itself (no sheet, no fold, no page rotation): what the designer edits."""
    single = layout.copy()
    single.sheet, single.fold, single.rotate = None, False, 0
    return single


def _snap(v: float) -> float:
    return round(v / GRID_MM) * GRID_MM


class _Handle(QGraphicsRectItem):
    SIZE = 9.0

    def __init__(self, parent: ElementItem) -> None:
        super().__init__(-self.SIZE / 2, -self.SIZE / 2, self.SIZE, self.SIZE, parent)
        self.setBrush(QBrush(QColor("#1565c0")))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)

    def mousePressEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001
        parent = self.parentItem()
        assert isinstance(parent, ElementItem)
        p = parent.mapFromScene(event.scenePos())
        parent.resize_to(max(2 * PX_PER_MM, p.x()), max(2 * PX_PER_MM, p.y()))

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001
        parent = self.parentItem()
        assert isinstance(parent, ElementItem)
        parent.commit()


class ElementItem(QGraphicsRectItem):
    """A frame over one element; its position is the element's top-left in scene units."""

    def __init__(self, designer: Designer, index: int, el: Element) -> None:
        super().__init__(0, 0, el.w * PX_PER_MM, el.h * PX_PER_MM)
        self.designer = designer
        self.index = index
        self.setPos(el.x * PX_PER_MM, el.y * PX_PER_MM)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setPen(QPen(QColor(21, 101, 192, 150), 0, Qt.PenStyle.DashLine))
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setToolTip(f"{el.id or el.type}: {el.text or el.src or el.type}")
        self.handle = _Handle(self)
        self.handle.setPos(self.rect().bottomRight())
        self.handle.setVisible(False)

    def itemChange(self, change, value):  # noqa: ANN001, ANN201
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            p = QPointF(value)
            return QPointF(_snap(p.x() / PX_PER_MM) * PX_PER_MM, _snap(p.y() / PX_PER_MM) * PX_PER_MM)
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.handle.setVisible(bool(value))
            self.setPen(QPen(QColor("#1565c0") if value else QColor(21, 101, 192, 150), 0,
                             Qt.PenStyle.SolidLine if value else Qt.PenStyle.DashLine))
        return super().itemChange(change, value)

    def resize_to(self, w: float, h: float) -> None:
        self.setRect(0, 0, _snap(w / PX_PER_MM) * PX_PER_MM, _snap(h / PX_PER_MM) * PX_PER_MM)
        self.handle.setPos(self.rect().bottomRight())

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001
        super().mouseReleaseEvent(event)
        self.commit()

    def commit(self) -> None:
        self.designer.element_geometry(self.index, self.pos().x() / PX_PER_MM, self.pos().y() / PX_PER_MM,
                                       self.rect().width() / PX_PER_MM, self.rect().height() / PX_PER_MM)


class Designer(QGraphicsView):
    """Shows one badge of ``layout`` for ``badge``; emits ``edited`` after the mouse moved or resized something."""

    edited = Signal()
    elementSelected = Signal(int)  # index into layout.elements, -1 for none

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("badgeDesigner")
        # The badge is always fitted into the view: scroll bars that appear and vanish with each fit changed the
        # viewport, which fitted again, forever (the GUI spun at full CPU on a 1366x768 laptop).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QBrush(QColor("#d9dde3")))
        self.layout_: Layout | None = None
        self.badge: BadgeData | None = None
        self.page = QGraphicsPixmapItem()
        self.scene().addItem(self.page)
        self.items_: list[ElementItem] = []
        self.last_image = QImage()
        self.scene().selectionChanged.connect(self._selection)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.render_preview)

    def set_layout(self, layout: Layout, badge: BadgeData | None) -> None:
        self.layout_ = design_only(layout)
        self.badge = badge
        self._rebuild()

    def set_badge(self, badge: BadgeData | None) -> None:
        self.badge = badge
        self.render_preview()

    def _rebuild(self) -> None:
        for item in self.items_:
            self.scene().removeItem(item)
        self.items_ = []
        assert self.layout_ is not None
        for i, el in enumerate(self.layout_.elements):
            item = ElementItem(self, i, el)
            self.scene().addItem(item)
            self.items_.append(item)
        w, h = self.layout_.width * PX_PER_MM, self.layout_.height * PX_PER_MM
        self.scene().setSceneRect(QRectF(-20, -20, w + 40, h + 40))
        self.render_preview()
        self.fit()

    def fit(self) -> None:
        if self.layout_ is not None:
            self.fitInView(QRectF(-10, -10, self.layout_.width * PX_PER_MM + 20,
                                  self.layout_.height * PX_PER_MM + 20), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self.fit()

    def schedule(self) -> None:
        self._timer.start()

    def render_preview(self) -> None:
        """Render the badge with the same code that prints it, then show the page image."""
        if self.layout_ is None:
            return
        badge = self.badge or BadgeData(None, {}, "")
        pdf, _ = document.render_bytes(self.layout_, [badge])
        size = QSize(round(self.layout_.width * PX_PER_MM), round(self.layout_.height * PX_PER_MM))
        self.last_image = render_page(pdf, size)
        self.page.setPixmap(QPixmap.fromImage(self.last_image))

    def element_geometry(self, index: int, x: float, y: float, w: float, h: float) -> None:
        assert self.layout_ is not None
        el = self.layout_.elements[index]
        new = (_snap(x), _snap(y), _snap(w), _snap(h))
        if new != (el.x, el.y, el.w, el.h):
            el.x, el.y, el.w, el.h = new
            self.schedule()
            self.edited.emit()

    def update_item(self, index: int) -> None:
        """After a property panel change: move the frame and re-render."""
        assert self.layout_ is not None
        el, item = self.layout_.elements[index], self.items_[index]
        item.setPos(el.x * PX_PER_MM, el.y * PX_PER_MM)
        item.resize_to(el.w * PX_PER_MM, el.h * PX_PER_MM)
        self.schedule()

    def select(self, index: int) -> None:
        self.scene().clearSelection()
        if 0 <= index < len(self.items_):
            self.items_[index].setSelected(True)

    def _selection(self) -> None:
        chosen = [i.index for i in self.items_ if i.isSelected()]
        self.elementSelected.emit(chosen[0] if chosen else -1)
