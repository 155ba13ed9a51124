"""The desk operations as desk actions (buttons with shortcuts on the desk's actions bar).

Three buttons keep the bar short: "Walk-in…" (F3), "Guest…" (F4: a menu of what can happen to the selected or
just-scanned guest: came instead, correct and reprint, companion, hand-out, badge collected) and "Paper list…"
(F10: backfill). Each ``open_*`` function takes the ``DeskScreen`` and opens its dialog (tests call them).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...core import deskops, pins
from ...core.failures import Failure
from ...core.journal import utc_now
from ..failure_words import failure_words
from .forms import BackfillDialog, CorrectionDialog, HandoutDialog, PersonDialog

if TYPE_CHECKING:
    from ..desk.actions import DeskAction
    from ..desk.view import DeskScreen


translate = QCoreApplication.translate  # lupdate reads translate("DeskOps", "...") calls


def _guest(screen: DeskScreen) -> Any:
    store = screen.ctx.store
    aid = screen.selected_attendee_id()
    return store.attendee(aid) if store is not None and aid is not None else None


def _desk_kwargs(screen: DeskScreen) -> dict[str, Any]:
    assert screen.desk is not None
    return {"station": screen.desk.station, "operator": screen.desk.operator}


def _done(screen: DeskScreen, result: Any, message: str) -> None:
    """After a successful operation: show the check-in if one was made, else a message; refresh."""
    if result is not None and getattr(result, "decision", None) is not None:
        screen.show_decision(result.decision)
    else:
        screen.show_message(translate("DeskOps", "Done"), message)
        screen.after_write()
    screen.search.clear()


def _keep(screen: DeskScreen, dialog: Any) -> Any:
    screen.deskops_dialog = dialog  # keep a reference: tests and the screen find the open dialog here
    dialog.finished.connect(lambda _r: setattr(screen, "deskops_dialog", None))
    dialog.open()
    return dialog


# --- walk-in -------------------------------------------------------------------------------------------
def open_walkin(screen: DeskScreen) -> PersonDialog | None:
    store = screen.ctx.store
    if store is None or screen.desk is None:
        return None
    needs_pin = deskops.invitation_only(store) and pins.pin_required(store)
    from ..badges.print_service import PrintService

    if PrintService.for_context(screen.ctx).print_on_checkin:  # say only what this desk will really do
        intro = translate("DeskOps", "Someone without an invitation: register, admit, print the badge.")
    else:
        intro = translate("DeskOps", "Someone without an invitation: register and admit (this desk does not "
                                     "print on check-in).")
    if needs_pin:
        intro += " " + translate("DeskOps", "This event is invitation-only: the organiser PIN is needed.")
    dialog = PersonDialog(
        screen, translate("DeskOps", "Walk-in"), deskops.categories(store), intro=intro, pin=needs_pin
    )

    def submit() -> str | None:
        try:
            result = deskops.register_walkin(
                store,
                dialog.person(),
                point=screen.desk.point.name,
                check_in=dialog.check_in.isChecked(),
                pin=dialog.pin.text() or None,
                **_desk_kwargs(screen),
            )
        except Failure as exc:  # a refusal (bad field, wrong PIN, this role may not)
            dialog.pin.clear()
            return failure_words(exc)
        _done(
            screen, result, translate("DeskOps", "Walk-in registered: %1").replace("%1", result.attendee.display_name)
        )
        return None

    dialog.submit = submit
    return _keep(screen, dialog)


# --- the selected guest ------------------------------------------------------------------------------
def open_substitution(screen: DeskScreen) -> PersonDialog | None:
    store, invited = screen.ctx.store, _guest(screen)
    if store is None or screen.desk is None or invited is None:
        return None
    already = deskops.replaced_by(store, invited.id)
    if already:
        screen.show_message(
            translate("DeskOps", "Replaced already"),
            translate("DeskOps", "%1 was replaced by %2.")
            .replace("%1", invited.display_name)
            .replace("%2", already[0].display_name),
        )
        return None
    arrived = deskops.arrived_today(store, invited.id, screen.desk)
    intro = (
        translate("DeskOps", "Came instead of %1 (%2).")
        .replace("%1", invited.display_name)
        .replace("%2", invited.organisation)
    )
    dialog = PersonDialog(
        screen,
        translate("DeskOps", "Substitution"),
        deskops.categories(store),
        intro=intro,
        organisation=invited.organisation,
        category=invited.category,
        check_in_label=translate("DeskOps", "Check in the person who came now"),
    )
    if arrived:  # the colleague was admitted on the invitation: move that arrival over
        dialog.check_in.setText(
            translate("DeskOps", "Move today's check-in of %1 to the person who came").replace(
                "%1", invited.display_name
            )
        )

    def submit() -> str | None:
        try:
            result = deskops.substitute(
                store,
                invited.id,
                dialog.person(),
                point=screen.desk.point.name,
                check_in=dialog.check_in.isChecked(),
                take_over_arrival=bool(arrived) and dialog.check_in.isChecked(),
                **_desk_kwargs(screen),
            )
        except Failure as exc:  # a refusal (bad field, wrong PIN, this role may not)
            return failure_words(exc)
        _done(
            screen,
            result,
            translate("DeskOps", "%1 came instead of %2.")
            .replace("%1", result.attendee.display_name)
            .replace("%2", invited.display_name),
        )
        return None

    dialog.submit = submit
    return _keep(screen, dialog)


def reprint(screen: DeskScreen, attendee_id: int) -> str:
    """Queue the badge on this desk's printer; returns a line for the staff."""
    from ..badges.print_service import PrintService

    job = PrintService.for_context(screen.ctx).enqueue(attendee_id)
    if job is None:
        return translate("DeskOps", "No badge printer chosen (Badges screen): badge not reprinted.")
    return translate("DeskOps", "Badge sent to %1.").replace("%1", job.printer)


def open_correction(screen: DeskScreen) -> CorrectionDialog | None:
    store, a = screen.ctx.store, _guest(screen)
    if store is None or screen.desk is None or a is None:
        return None
    dialog = CorrectionDialog(screen, a, deskops.categories(store))

    def submit() -> str | None:
        try:
            result = deskops.correct(store, a.id, dialog.changes(), **_desk_kwargs(screen))
        except Failure as exc:  # a refusal (bad field, wrong PIN, this role may not)
            return failure_words(exc)
        message = translate("DeskOps", "Corrected: %1").replace("%1", result.attendee.display_name)
        if dialog.reprint.isChecked():
            message += "\n" + reprint(screen, a.id)
        _done(screen, None, message)
        return None

    dialog.submit = submit
    return _keep(screen, dialog)


def open_companion(screen: DeskScreen) -> PersonDialog | None:
    store, guest = screen.ctx.store, _guest(screen)
    if store is None or screen.desk is None or guest is None:
        return None
    listed = deskops.companions_of(store, guest.companion_of or guest.id)
    intro = translate("DeskOps", "Companion of %1.").replace("%1", guest.display_name)
    if listed:
        intro += " " + translate("DeskOps", "Listed already: %1").replace(
            "%1", ", ".join(c.display_name for c in listed)
        )
    dialog = PersonDialog(screen, translate("DeskOps", "Companion"), deskops.categories(store), intro=intro)

    def submit() -> str | None:
        try:
            result = deskops.add_companion(
                store,
                guest.id,
                dialog.person(),
                point=screen.desk.point.name,
                check_in=dialog.check_in.isChecked(),
                **_desk_kwargs(screen),
            )
        except Failure as exc:  # a refusal (bad field, wrong PIN, this role may not)
            return failure_words(exc)
        _done(
            screen, result, translate("DeskOps", "Companion registered: %1").replace("%1", result.attendee.display_name)
        )
        return None

    dialog.submit = submit
    return _keep(screen, dialog)


def open_handout(screen: DeskScreen) -> HandoutDialog | None:
    store, a = screen.ctx.store, _guest(screen)
    if store is None or screen.desk is None or a is None:
        return None
    held = [(h.item, h.deposit) for h in deskops.holding(store, attendee_id=a.id)]
    dialog = HandoutDialog(screen, a.display_name, deskops.items_in_use(store), held)

    def submit() -> str | None:
        item = dialog.item.currentText()
        try:
            if dialog.action == "return":
                result = deskops.return_item(store, a.id, item, **_desk_kwargs(screen))
                deposit = result.record.data.get("deposit")
                text = translate("DeskOps", "%1 returned.").replace("%1", item)
                text += " " + translate("DeskOps", "Give back: %1").replace("%1", deposit) if deposit else ""
            else:
                deskops.issue_item(store, a.id, item, deposit=dialog.deposit.text(), **_desk_kwargs(screen))
                text = translate("DeskOps", "%1 issued to %2.").replace("%1", item).replace("%2", a.display_name)
        except Failure as exc:  # a refusal (bad field, wrong PIN, this role may not)
            return failure_words(exc)
        _done(screen, None, text)
        return None

    dialog.submit = submit
    return _keep(screen, dialog)


def badge_collected(screen: DeskScreen) -> None:
    store, a = screen.ctx.store, _guest(screen)
    if store is None or screen.desk is None or a is None:
        return
    result, earlier = deskops.collect_badge(store, a.id, **_desk_kwargs(screen))
    if result is None and earlier:
        at = datetime.fromisoformat(earlier).astimezone(store.tz).strftime("%H:%M")
        screen.show_message(
            translate("DeskOps", "Badge collected already"),
            translate("DeskOps", "%1 took the badge at %2.").replace("%1", a.display_name).replace("%2", at),
        )
        return
    _done(screen, None, translate("DeskOps", "Badge collected: %1").replace("%1", a.display_name))


# --- paper backfill ------------------------------------------------------------------------------------
def open_backfill(screen: DeskScreen) -> BackfillDialog | None:
    store = screen.ctx.store
    if store is None or screen.desk is None or screen.searcher is None:
        return None
    now = utc_now().astimezone(store.tz)
    dialog = BackfillDialog(screen, (now - timedelta(minutes=30)).replace(tzinfo=None))
    point = screen.desk.point.name

    def refresh() -> None:
        # Arrived on the day the paper list is for (the dialog's date), not today: a list from yesterday's desk
        # typed in after midnight shows yesterday's arrivals.
        day = dialog.at().date().isoformat()
        hits = screen.searcher.search(dialog.search.text(), 25, point=point, day=day) \
            if dialog.search.text().strip() else []
        dialog.set_results(
            [
                (
                    h.attendee.id,
                    f"{h.attendee.last_name}, {h.attendee.first_name}  ·  {h.attendee.organisation}",
                    h.arrived_at is not None,
                )
                for h in hits
            ]
        )

    def tick(attendee_id: int) -> None:
        at = dialog.at().replace(tzinfo=store.tz)
        try:
            decision = deskops.backfill(store, [attendee_id], at, point=point, **_desk_kwargs(screen))[0]
        except Failure as exc:  # a refusal (bad field, wrong PIN, this role may not)
            dialog.show_error(failure_words(exc))
            return
        a = decision.attendee
        name = a.display_name if a else str(attendee_id)
        state = {
            "admitted": translate("DeskOps", "arrived %1 (paper)").replace("%1", at.strftime("%H:%M")),
            "already_admitted": translate("DeskOps", "was already checked in"),
        }.get(decision.status.value, decision.status.value)
        dialog.log.insertItem(0, f"{name}: {state}")
        dialog.error.hide()
        dialog.search.clear()
        screen.after_write()

    dialog.search.textChanged.connect(lambda _t: refresh())
    dialog.tick = tick
    return _keep(screen, dialog)


# --- the bar ---------------------------------------------------------------------------------------------
def guest_menu(screen: DeskScreen) -> QMenu:
    menu = QMenu(screen)
    menu.setObjectName("deskOpsGuestMenu")
    menu.setStyleSheet("QMenu { font-size: 17px; } QMenu::item { padding: 8px 24px; }")
    entries = [
        ("substitute", translate("DeskOps", "&Came instead of the invited guest…"), open_substitution),
        ("correct", translate("DeskOps", "C&orrect details and reprint…"), open_correction),
        ("companion", translate("DeskOps", "Add a co&mpanion…"), open_companion),
        ("handout", translate("DeskOps", "&Hand-out / take back…"), open_handout),
        ("collected", translate("DeskOps", "&Badge collected"), badge_collected),
    ]
    for key, label, fn in entries:
        action = QAction(label, menu)
        action.setObjectName(f"deskops_{key}")
        action.triggered.connect(lambda _c=False, f=fn: f(screen))
        menu.addAction(action)
    return menu


def show_guest_menu(screen: DeskScreen) -> QMenu:
    menu = guest_menu(screen)
    screen.deskops_menu = menu
    button = screen.actions_bar.buttons.get("deskops_guest")
    pos = button.mapToGlobal(QPoint(0, 0)) if button is not None else screen.mapToGlobal(QPoint(40, 40))
    QTimer.singleShot(0, menu, lambda: menu.popup(pos - QPoint(0, menu.sizeHint().height())))
    return menu


def _has_guest(screen: DeskScreen) -> bool:
    return screen.desk is not None and screen.selected_attendee_id() is not None


def actions() -> list[DeskAction]:
    from ..desk.actions import DeskAction

    return [
        DeskAction("deskops_walkin", "Walk-in…", "F3", 30, open_walkin, lambda s: s.desk is not None),
        DeskAction("deskops_guest", "Guest…", "F4", 31, show_guest_menu, _has_guest),
        DeskAction("deskops_backfill", "Paper list…", "F10", 70, open_backfill, lambda s: s.desk is not None),
    ]


# Listed for lupdate (labels live in data above, translated in context "DeskActions").
_LABELS = (
    QCoreApplication.translate("DeskActions", "Walk-in…"),
    QCoreApplication.translate("DeskActions", "Guest…"),
    QCoreApplication.translate("DeskActions", "Paper list…"),
)
