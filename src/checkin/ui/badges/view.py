"""The badges screen: choose a layout, adjust it with the mouse, preview with real (and the longest) names,
save it as the event's own layout, and print — one test badge or a whole selection."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.badges import catalog, document, people
from ...core.badges.layout import Layout, LayoutError
from ...core.badges.render import BadgeData
from ..changes import Change
from ..context import AppContext
from ..failure_words import failure_words
from ..ops import QueryOp
from .designer import Designer
from .print_panel import PrintPanel


class ElementPanel(QGroupBox):
    """Font size, colours, text and position of the element chosen in the designer."""

    def __init__(self, on_change) -> None:  # noqa: ANN001
        super().__init__()
        self.setTitle(self.tr("Element"))
        self.on_change = on_change
        self.el = None
        self.text = QLineEdit()
        self.text.setObjectName("elementText")
        self.size = QDoubleSpinBox(minimum=4, maximum=120, singleStep=1, suffix=" pt")
        self.size.setObjectName("elementFontSize")
        self.bold = QCheckBox(self.tr("Bold"))
        self.align = QComboBox()
        for key, label in (("left", self.tr("left")), ("center", self.tr("centre")), ("right", self.tr("right"))):
            self.align.addItem(label, key)
        self.color = QPushButton()
        self.color.setObjectName("elementColor")
        self.fill = QPushButton()
        self.geom = [QDoubleSpinBox(minimum=0, maximum=400, singleStep=0.5, suffix=" mm") for _ in range(4)]
        form = QFormLayout(self)
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("Font size"), self.size)
        form.addRow("", self.bold)
        form.addRow(self.tr("Alignment"), self.align)
        form.addRow(self.tr("Text colour"), self.color)
        form.addRow(self.tr("Background"), self.fill)
        for label, box in zip((self.tr("Left"), self.tr("Top"), self.tr("Width"), self.tr("Height")), self.geom,
                              strict=True):
            form.addRow(label, box)
        hint = QLabel(self.tr("Fields: {title} {first_name} {last_name} {organisation} {country} "
                              "{category_label} {event_title}"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow(hint)
        self.text.editingFinished.connect(self._apply)
        self.size.valueChanged.connect(self._apply)
        self.bold.toggled.connect(self._apply)
        self.align.currentIndexChanged.connect(self._apply)
        for box in self.geom:
            box.valueChanged.connect(self._apply)
        self.color.clicked.connect(lambda: self._pick("color"))
        self.fill.clicked.connect(lambda: self._pick("fill"))
        self.show_element(None)

    def show_element(self, el) -> None:  # noqa: ANN001
        self.el = None
        self.setEnabled(el is not None)
        if el is None:
            return
        self.text.setText(el.text or el.src)
        self.text.setEnabled(el.type in ("text", "band"))
        self.size.setValue(el.font_size)
        self.bold.setChecked(el.bold)
        self.align.setCurrentIndex(max(0, self.align.findData(el.align)))
        self._swatch(self.color, el.color)
        self._swatch(self.fill, el.fill)
        for box, value in zip(self.geom, (el.x, el.y, el.w, el.h), strict=True):
            box.setValue(value)
        self.el = el

    def _swatch(self, button: QPushButton, value: str) -> None:
        button.setText(value or self.tr("(category colour / none)"))
        button.setStyleSheet(f"background: {value};" if value else "")

    def _pick(self, attr: str) -> None:
        if self.el is None:
            return
        chosen = QColorDialog.getColor(QColor(getattr(self.el, attr) or "#000000"), self)
        if chosen.isValid():
            setattr(self.el, attr, chosen.name().upper())
            self._swatch(self.color if attr == "color" else self.fill, chosen.name().upper())
            self.on_change()

    def _apply(self) -> None:
        el = self.el
        if el is None:
            return
        if el.type in ("text", "band"):
            el.text = self.text.text()
        el.font_size = self.size.value()
        el.min_font_size = min(el.min_font_size, el.font_size)
        el.bold = self.bold.isChecked()
        el.align = self.align.currentData()
        el.x, el.y, el.w, el.h = (max(0.5, b.value()) if i >= 2 else b.value() for i, b in enumerate(self.geom))
        self.on_change()


class BadgesScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.layouts: dict[str, Layout] = {}
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("layoutChooser")
        self.layout_choice.currentIndexChanged.connect(self._layout_chosen)
        self.person = QComboBox()
        self.person.setObjectName("previewAttendee")
        self.person.setEditable(False)
        self.person.currentIndexChanged.connect(self._person_chosen)
        # long layout titles and the longest guest name would widen the window beyond a laptop screen
        for combo, chars in ((self.layout_choice, 24), (self.person, 18)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        save = QPushButton(self.tr("Save as new layout…"))
        save.setObjectName("saveLayout")
        save.clicked.connect(self.save_as_new)
        default = QPushButton(self.tr("Use for this event"))
        default.setObjectName("setDefaultLayout")
        default.clicked.connect(self.make_default)
        self.info = QLabel()
        self.info.setObjectName("layoutInfo")
        self.info.setWordWrap(True)  # long German text must not widen the screen
        self.printed = QLabel()
        self.printed.setObjectName("printedInfo")
        self.glyphs = QLabel()
        self.glyphs.setObjectName("glyphReport")
        self.glyphs.setWordWrap(True)

        self.designer = Designer()
        self.designer.elementSelected.connect(self._element_selected)
        self.designer.edited.connect(self._edited)
        self.panel = ElementPanel(self._panel_changed)
        self.printing = PrintPanel(ctx, lambda: self.current_name)
        self.printing.testPrintRequested.connect(self.print_test)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Layout")))
        top.addWidget(self.layout_choice, 2)
        top.addWidget(QLabel(self.tr("Preview with")))
        top.addWidget(self.person, 2)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(top)
        buttons = QHBoxLayout()  # own row, not in the top row: the screen must fit a laptop display
        buttons.addWidget(save)
        buttons.addWidget(default)
        buttons.addStretch(1)
        ll.addLayout(buttons)
        info_row = QHBoxLayout()
        info_row.addWidget(self.info, 1)
        info_row.addWidget(self.printed)
        ll.addLayout(info_row)
        ll.addWidget(self.glyphs)  # above the preview: on a laptop the screen scrolls, and below it went unseen
        middle = QSplitter()
        middle.addWidget(self.designer)
        middle.addWidget(self.panel)
        middle.setStretchFactor(0, 3)
        ll.addWidget(middle, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.printing)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        root = QVBoxLayout(self)
        root.addWidget(split)
        self.setStyleSheet("QComboBox, QPushButton, QLabel, QLineEdit, QSpinBox, QDoubleSpinBox { font-size: 14px; }")
        ctx.event_opened.connect(self.reload)
        ctx.subscribe(Change.BADGES, self._show_printed)
        if ctx.store is not None:
            self.reload()

    @property
    def current_name(self) -> str:
        return str(self.layout_choice.currentData() or catalog.FALLBACK_DEFAULT)

    @property
    def edited_layout(self) -> Layout | None:
        return self.designer.layout_

    # --- loading ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        self.layouts = catalog.all_layouts(store)
        default = catalog.default_layout_name(store)
        self.layout_choice.blockSignals(True)
        self.layout_choice.clear()
        for name, lay in sorted(self.layouts.items(), key=lambda kv: (kv[1].source != "event", kv[0])):
            mark = " ★" if name == default else ""
            self.layout_choice.addItem(f"{lay.title}{mark}", name)
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(default)))
        self.layout_choice.blockSignals(False)
        # Finding the longest names scans every guest: on the worker; the preview shows them when read.
        QueryOp(self.ctx, self, lambda s: (people.preview_people(s), people.categories(s)),
                self._fill_people).run_in_background()
        self.printing.refresh_printers()
        self._layout_chosen()
        self._check_glyphs()

    def _fill_people(self, found: tuple[people.PreviewPeople, list[str]]) -> None:
        preview, cats = found
        self.printing.set_categories(cats)
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        # The hardest cases first: whoever makes the layout overflow should be seen before printing.
        if preview.longest_name is not None:
            self.person.addItem(self.tr("Longest name"), preview.longest_name)
        if preview.longest_organisation is not None:
            self.person.addItem(self.tr("Longest organisation"), preview.longest_organisation)
        for aid, first, last in preview.people:
            self.person.addItem(f"{last}, {first}", aid)
        if chosen is not None and self.person.findData(chosen) > 1:  # keep a guest chosen by hand
            self.person.setCurrentIndex(self.person.findData(chosen))
        self.person.blockSignals(False)
        self._person_chosen()

    def _badge(self) -> BadgeData | None:
        store = self.ctx.store
        aid = self.person.currentData()
        lay = self.edited_layout
        if store is None or aid is None or lay is None:
            return None
        return document.badges_for(store, store.attendees_by_ids([int(aid)]), lay)[0]

    def _layout_chosen(self) -> None:
        lay = self.layouts.get(self.current_name)
        if lay is None:
            return
        self.designer.set_layout(lay, None)
        self.designer.set_badge(self._badge())
        self._show_printed()
        w, h = lay.page_size
        self.info.setText(self.tr("Page %1 × %2 mm, %3 badge(s) per page").replace("%1", f"{w:g}")
                          .replace("%2", f"{h:g}").replace("%3", str(lay.per_page)))
        self.panel.show_element(None)

    def _person_chosen(self) -> None:
        self.designer.set_badge(self._badge())
        self._show_printed()

    def _show_printed(self) -> None:
        aid = self.person.currentData()
        n = self.printing.service.printed(int(aid)) if aid is not None else 0
        self.printed.setText(self.tr("Badge already printed %n time(s)", "", n) if n else self.tr("Not printed yet"))
        self.printed.setStyleSheet("color: #b71c1c; font-weight: bold;" if n else "color: #555;")

    def _element_selected(self, index: int) -> None:
        lay = self.edited_layout
        self.panel.show_element(lay.elements[index] if lay and index >= 0 else None)

    def _edited(self) -> None:
        lay = self.edited_layout
        idx = next((i.index for i in self.designer.items_ if i.isSelected()), -1)
        if lay and idx >= 0:
            self.panel.show_element(lay.elements[idx])

    def _panel_changed(self) -> None:
        idx = next((i.index for i in self.designer.items_ if i.isSelected()), -1)
        if idx >= 0:
            self.designer.update_item(idx)

    def _check_glyphs(self) -> None:
        QueryOp(self.ctx, self, people.glyph_problems, self._show_glyphs).run_in_background()

    def _glyph_words(self, problem: str, detail: str) -> str:
        """The core's glyph problem code in the worker's language (its detail only names missing characters)."""
        if problem == "needs_shaping":
            return self.tr("joined script: letters print unjoined, check the badge by eye")
        if problem == "rtl":
            return self.tr("written right to left: check the badge by eye")
        return self.tr("characters missing in the fonts: %1").replace("%1", detail)

    def _show_glyphs(self, problems: list[tuple[str, str, str]]) -> None:
        if not problems:
            self.glyphs.setText(self.tr("All names print with the installed fonts."))
            self.glyphs.setStyleSheet("color: #1b5e20;")
            self.glyphs.setToolTip("")
            return
        # Each name isolated (FSI ... PDI): a right-to-left name must not pull the commas and words around it.
        listed = [f"\u2068{name}\u2069: {self._glyph_words(problem, detail)}" for name, problem, detail in problems]
        self.glyphs.setToolTip("\n".join(listed[:40]))  # the whole list on hover: the line itself stays short
        if all(problem == "rtl" for _name, problem, _detail in problems):
            # Shaped and ordered right to left: a note to look at one such badge, not an alarm on every visit.
            self.glyphs.setText(self.tr("%n name(s) print right to left; look at the first such badge: ", "",
                                        len(problems)) + ", ".join(f"\u2068{name}\u2069" for name, _p, _d in problems[:3])
                                + (" …" if len(problems) > 3 else ""))
            self.glyphs.setStyleSheet("color: #7a4f00;")
            return
        self.glyphs.setText(self.tr("%n name(s) need a look before printing: ", "", len(problems))
                            + "; ".join(listed[:2]) + (" …" if len(problems) > 2 else ""))
        self.glyphs.setStyleSheet("color: #b71c1c; font-weight: bold;")

    # --- saving -----------------------------------------------------------------------------------------
    def _full_layout(self) -> Layout:
        """The chosen layout with the designer's edits (sheet, fold and rotation kept)."""
        base = self.layouts[self.current_name]
        edited = self.edited_layout
        out = base.copy()
        if edited is not None:
            out.elements = [type(e)(**{k: getattr(e, k) for k in e.__dataclass_fields__}) for e in edited.elements]
        return out

    def save_as_new(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save as new layout"), self.tr("Name (letters, digits, -)"),
                                        text=f"{self.current_name}-custom")
        name = name.strip()
        if not ok or not name:
            return
        lay = self._full_layout()
        lay.name, lay.title = name, name
        try:
            catalog.save_layout(store, lay)
        except (LayoutError, PermissionError) as exc:  # PermissionError: a desk copy (issue 13 roles)
            QMessageBox.warning(self, self.tr("Layout not saved"), failure_words(exc))
            return
        self.ctx.notify(Change.BADGES)
        self.reload()
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(name))

    def make_default(self) -> None:
        if self.ctx.store is not None:
            try:
                catalog.set_default_layout(self.ctx.store, self.current_name)
            except PermissionError as exc:  # a desk copy: the default layout is the organiser's (issue 13)
                QMessageBox.warning(self, self.tr("Layout not saved"), failure_words(exc))
                return
            self.ctx.notify(Change.BADGES)
            self.reload()

    def print_test(self) -> None:
        aid = self.person.currentData()
        if aid is not None:
            job = self.printing.service.enqueue(int(aid), layout=self.current_name, test=True)
            if job is None:
                self.printing.bulk_info.setText(self.tr("Choose a printer first."))
