"""Attendee import: one person per row by the identity rule (``identity``), matched against the event by the same
rule, then everything written in one transaction. Check-ins are never touched; venue corrections win over the
list."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..journal import Kind
from ..model import ATTENDEE_FIELDS
from ..transactions import write_transaction
from . import deferred, staged
from .identity import (
    IDENTIFYING,
    NAMESAKE_WARNINGS,
    Keys,
    all_distinct,
    names_unrelated,
    newest_per_person,
    warn_namesakes,
)
from .people import DEFAULT_STATUS, Listed, people, provided_fields
from .report import Cancelled, ImportReport
from .source import Prepared, partial_names
from .timestamps import timestamp_column
from .writer import JournalWriter, insert_new_attendees

if TYPE_CHECKING:
    from ..store import EventStore
    from .signing import CodeBatch

Progress = Callable[[int, int], None]
_COLS = ATTENDEE_FIELDS
_POS = MappingProxyType({name: i for i, name in enumerate(_COLS)})


def _decode(name: str, value: Any) -> Any:
    if name in ("registered_for", "extra"):
        return json.loads(value or ("[]" if name == "registered_for" else "{}"))
    if name in ("attention", "walk_in"):
        return bool(value)
    if name == "external_id":
        return value or None
    return "" if value is None and name not in ("companion_of", "replaces") else value


def corrected_fields(store: EventStore) -> dict[int, dict[str, Any]]:
    """attendee id -> {field: value} set by venue corrections (journal kind ``correction``)."""
    out: dict[int, dict[str, Any]] = {}
    for attendee_id, data in store.conn.execute(
            "SELECT attendee_id, data FROM journal WHERE kind = ? AND attendee_id IS NOT NULL ORDER BY lamport",
            (Kind.CORRECTION.value,)):
        out.setdefault(attendee_id, {}).update(json.loads(data or "{}").get("fields") or {})
    return out


def import_attendees(store: EventStore, prepared: Prepared, report: ImportReport, *, dry_run: bool = False,
                     update_missing: str = "keep", progress: Progress | None = None,
                     cancel: threading.Event | None = None, preview: bool = False,
                     finish_later: bool = False) -> ImportReport:
    if update_missing not in ("keep", "cancel"):
        raise ValueError("update_missing is 'keep' or 'cancel'")
    existing_count = store.count_attendees()
    next_id = store.next_attendee_id()
    batch = None
    # Codes and index rows of a big list into an event without desk copies may wait for the next open.
    defer = finish_later and deferred.applies(store, len(prepared.rows))
    if not dry_run and not defer and not existing_count and "code" not in provided_fields(prepared):
        # An empty event and a list without ticket codes: row k becomes id next_id + k at most, so start
        # signing every candidate id now; the workers sign while the rows are parsed and checked.
        from .signing import CodeBatch  # multiprocessing: imported only when codes are signed

        batch = CodeBatch(store, range(next_id, next_id + len(prepared.rows)))
    half = partial_names(prepared)
    if half:
        report.notices.append(f"no column for the {half}: every {half} stays empty (choose the column in the "
                              "wizard, or pass --mapping)")
    try:
        listed = people(prepared, report)
        if preview:
            report.preview = [(listed.numbers[i], listed.sheets[i], listed.fields(i)) for i in range(len(listed))]
        return _run(store, prepared, report, listed, existing_count, next_id, batch, dry_run, update_missing,
                    progress, cancel, defer)
    finally:
        if batch is not None:
            batch.close()


def _stamps(listed: Listed) -> list[str] | None:
    """The list's "answered at" column (form exports), a value per person, or None."""
    headers = [h for h, _ in listed.extras]
    col = timestamp_column(headers)
    return listed.extras[col][1] if col is not None else None


def _run(store: EventStore, prepared: Prepared, report: ImportReport, listed: Listed, existing_count: int,
         next_id: int, batch: CodeBatch | None, dry_run: bool, update_missing: str, progress: Progress | None,
         cancel: threading.Event | None, defer: bool) -> ImportReport:
    provided = provided_fields(prepared)
    keys = Keys.of(listed)
    corrections = corrected_fields(store) if existing_count else {}
    new: list[int] = []  # indexes into listed
    updates: list[tuple[int, dict[str, Any]]] = []
    matched: set[int] = set()
    current: dict[int, tuple] = {}
    rows = list(range(len(listed))) if all_distinct(keys) else newest_per_person(keys, _stamps(listed), report)
    warn_namesakes(keys, rows, report)
    if not existing_count:
        # A first import (the usual case, and the 50,000-row one): everybody left is new.
        new = rows
        report.actions.update({(listed.numbers[i], listed.sheets[i]): "new" for i in rows})
    else:
        current, new, updates, matched = _match(store, listed, report, provided, keys, rows, corrections)

    to_cancel: list[int] = []
    if update_missing == "cancel" and current:
        for aid, row in current.items():
            if (aid not in matched and row[_POS["status"]] != "cancelled" and not row[_POS["walk_in"]]
                    and row[_POS["companion_of"]] is None and row[_POS["replaces"]] is None):
                if "status" in corrections.get(aid, {}):
                    report.conflicts.append({"attendee_id": aid, "field": "status", "list": "cancelled",
                                             "venue": corrections[aid]["status"], "row": None})
                    continue
                to_cancel.append(aid)

    report.inserted, report.updated, report.cancelled = len(new), len(updates), len(to_cancel)
    if dry_run:
        return report
    _write(store, listed, new, updates, to_cancel, next_id, batch, report, progress, cancel,
           defer and deferred.applies(store, len(new)))
    return report


def _event_keys(store: EventStore, fields: tuple[str, ...]) -> tuple[dict[int, tuple], Keys]:
    """The event's people as rows, and their identity keys (the same folding as the list's)."""
    current = {row[0]: row for row in store.conn.execute(f"SELECT {', '.join(_COLS)} FROM attendees")}
    rows = list(current.values())
    # The code the event signed itself is no id of the list's: matched by (below), but no reason to think a
    # person without external id and e-mail is identified.
    cols = {name: [_decode(name, r[_POS[name]]) for r in rows] for name in ("external_id", "email", *IDENTIFYING)}
    cols["external_id"] = [v or None for v in cols["external_id"]]
    people = Listed([r[0] for r in rows], [""] * len(rows), cols, [])
    return current, Keys.of(people, fields)


def _match(store: EventStore, listed: Listed, report: ImportReport, provided: set[str], keys: Keys,
           rows: list[int], corrections: dict[int, dict[str, Any]]
           ) -> tuple[dict[int, tuple], list[int], list[tuple[int, dict[str, Any]]], set[int]]:
    """Each person of the list against the event by the identity rule: (current rows, new, updates, matched)."""
    # A column the list does not have says nothing about whether a person without e-mail is the same.
    fields = tuple(f for f in IDENTIFYING if f in provided)
    keys = Keys.of(keys.listed, fields)
    current, held = _event_keys(store, fields)
    ids = held.listed.numbers
    by_ext: dict[str, int] = {}
    by_email: dict[str, list[int]] = {}
    by_ident: dict[tuple[str, str, str], list[int]] = {}  # people without id and e-mail, by name
    by_name: dict[tuple[str, str, str], int] = {}
    for j, aid in enumerate(ids):
        ext, email = held.exts[j], held.emails[j]
        raw = current[aid]
        for value in {ext, raw[_POS["external_id"]] or "", raw[_POS["code"]] or ""} - {""}:
            by_ext.setdefault(value, j)
        if email:
            by_email.setdefault(email, []).append(j)
        elif not ext:
            by_ident.setdefault(held.name(j), []).append(j)
        by_name.setdefault(held.name(j), j)
    matched: set[int] = set()
    new: list[int] = []
    updates: list[tuple[int, dict[str, Any]]] = []
    position = {aid: j for j, aid in enumerate(ids)}
    namesakes: list[tuple[int, int]] = []  # (row, attendee id of the same name and organisation)
    own_ids = listed.checkin_ids
    for i in rows:
        number, sheet = listed.numbers[i], listed.sheets[i]
        ext, email = keys.exts[i], keys.emails[i]
        j = None
        if own_ids is not None and own_ids[i].isdigit():
            # The app's attendance export coming back: its number is the person, if the name agrees (an export
            # of another event has other people under the same numbers).
            j = position.get(int(own_ids[i]))
            if j is not None and keys.name(i)[:2] != held.name(j)[:2]:
                j = None
        if j is None and ext:
            j = by_ext.get(ext)
        if j is None and email:
            # The e-mail identifies: a person of that address with a related name and no other id.
            fits = [c for c in by_email.get(email, ()) if not names_unrelated(keys.name(i), held.name(c))
                    and not (ext and held.exts[c] and held.exts[c] != ext)]
            j = fits[0] if len(fits) == 1 else None
        if j is None and not ext and not email:
            j = _same_details(keys.identifying(i), [(c, held.identifying(c)) for c in by_ident.get(keys.name(i), ())])
        aid = ids[j] if j is not None else None
        if aid is None or aid in matched:
            namesake = by_name.get(keys.name(i))
            if namesake is not None:
                namesakes.append((i, ids[namesake]))
            new.append(i)
            report.actions[number, sheet] = "new"
            continue
        matched.add(aid)
        changes = _diff(current[aid], listed.fields(i), provided, corrections.get(aid, {}), number, sheet, report,
                        aid)
        if changes:
            updates.append((aid, changes))
            report.actions[number, sheet] = "update"
        else:
            report.unchanged += 1
            report.actions[number, sheet] = "unchanged"
    if len(namesakes) > NAMESAKE_WARNINGS:
        report.notices.append(f"{len(namesakes)} new people have the name and organisation of a guest already in "
                              "the event; as their e-mail or registration number differs, all of them are imported")
    else:
        for i, other in namesakes:
            report.warn(listed.numbers[i], f"possible namesake of a guest already in the event (no. {other}): "
                                           "imported as another person", listed.sheets[i])
    return current, new, updates, matched


def _same_details(row: tuple[str, ...], people: list[tuple[int, tuple[str, ...]]]) -> int | None:
    """The one person of the event without id and e-mail whose identifying details all agree with the row's; a
    detail only one side knows (a phone column the earlier list did not have) does not disagree."""
    fits = [j for j, held in people if all(a == b or not a or not b for a, b in zip(row, held, strict=True))]
    return fits[0] if len(fits) == 1 else None


def _diff(row: tuple, f: dict[str, Any], provided: set[str], corrected: dict[str, Any], number: int, sheet: str,
          report: ImportReport, aid: int) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name in provided | {k for k in ("title", "salutation") if f.get(k)}:
        if name not in f or name in ("id",):
            continue
        new = f[name]
        old = _decode(name, row[_POS[name]])
        if name == "extra":
            new = {**old, **new}
        if name == "code" and not new:
            continue  # the list has no ticket code for this person: keep the signed one
        if name in ("salutation", "title") and not new and old:
            continue
        if new == old or (new in ("", None) and old in ("", None)):
            continue
        if name in corrected:
            report.conflicts.append({"attendee_id": aid, "row": number, "field": name, "list": new,
                                     "venue": corrected[name]})
            report.warn(number, f"{name.replace('_', ' ')}: the venue's correction "
                                f"{corrected[name]!r} stays; the list says {new!r}", sheet)
            continue
        changes[name] = new
    if "status" not in provided and _decode("status", row[_POS["status"]]) == "cancelled" \
            and "status" not in corrected:
        changes["status"] = DEFAULT_STATUS  # back on the list: no longer cancelled
    return changes


def _write(store: EventStore, listed: Listed, new: list[int], updates: list[tuple[int, dict[str, Any]]],
           to_cancel: list[int], next_id: int, batch: CodeBatch | None, report: ImportReport,
           progress: Progress | None, cancel: threading.Event | None, defer: bool) -> None:
    total = len(new) + len(updates) + len(to_cancel)
    journaled = bool(store.get_meta("copies_made"))

    def tick(done: int) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled("import cancelled; nothing was written")
        if progress is not None:
            progress(done, total)

    if len(new) != len(listed):
        listed = listed.subset(new)
    ids = list(range(next_id, next_id + len(listed)))
    given = listed.column("code", "")
    unsigned = [aid for aid, code in zip(ids, given, strict=True) if not code]
    # The exact ids, known now the rows are matched.
    own = None
    if batch is None and not defer:
        from .signing import CodeBatch

        own = CodeBatch(store, unsigned)

    def signed() -> dict[int, str]:
        source = batch or own
        return dict(zip(unsigned, source.codes(unsigned), strict=True)) if source and source.available else {}

    # A big list without desk copies: its new people go in in short transactions (a scan never waits long).
    chunked = defer and not journaled and bool(ids)
    try:
        tick(0)
        if chunked:
            staged.insert_new(store, listed, ids, tick)
        with write_transaction(store.conn):
            writer = JournalWriter(store) if journaled else None
            if chunked:
                new_rows: list[dict[str, Any]] = []
                deferred.defer(store, ids[0], ids[-1], codes=bool(store.get_meta("private_key")))
                staged.done(store)
            else:
                new_rows = insert_new_attendees(store, listed, ids, signed, tick, keep=writer is not None,
                                                defer=defer)
            report.deferred = len(ids) if defer else 0
            if writer is not None:
                for row in new_rows:
                    writer.add(Kind.ATTENDEE_UPSERT, row["id"], {"fields": {k: v for k, v in row.items() if k != "id"}},
                               apply=False)
            done = len(listed)
            for aid, changes in updates:
                if writer is not None:
                    writer.add(Kind.ATTENDEE_UPSERT, aid, {"fields": changes})
                else:
                    store.set_attendee_fields(aid, changes)
                done += 1
                if done % 500 == 0:
                    tick(done)
            for aid in to_cancel:
                if writer is not None:
                    writer.add(Kind.ATTENDEE_UPSERT, aid, {"fields": {"status": "cancelled"}})
                else:
                    store.set_attendee_fields(aid, {"status": "cancelled"})
            if writer is not None:
                report.journal_records = writer.flush()
            tick(total)
    except BaseException:
        if chunked:
            staged.abandon(store)  # all or nothing: the chunks already committed go again
        raise
    finally:
        if own is not None:
            own.close()
