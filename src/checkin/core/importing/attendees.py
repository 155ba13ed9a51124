"""Attendee import: match against the event (external id / code > email > name + organisation), then write
everything in one transaction. Check-ins are never touched; venue corrections win over the list."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..journal import Kind
from ..model import ATTENDEE_FIELDS
from .people import DEFAULT_STATUS, Person, people, provided_fields
from .report import Cancelled, ImportReport
from .signing import CodeBatch
from .source import Prepared
from .writer import JournalWriter, insert_new_attendees

if TYPE_CHECKING:
    from ..store import EventStore

Progress = Callable[[int, int], None]
_COLS = ATTENDEE_FIELDS
_POS = {name: i for i, name in enumerate(_COLS)}


def _name_key(first: str, last: str, org: str) -> tuple[str, str]:
    # casefold, not full diacritic folding: cheap for 50,000 rows, and "Muller" is not "Müller".
    name = f"{first} {last}"
    if "  " in name or "\t" in name or "\n" in name:
        name = " ".join(name.split())
    if "  " in org or org[:1].isspace() or org[-1:].isspace():
        org = " ".join(org.split())
    return (name.casefold(), org.casefold())


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
                     cancel: threading.Event | None = None, preview: bool = False) -> ImportReport:
    if update_missing not in ("keep", "cancel"):
        raise ValueError("update_missing is 'keep' or 'cancel'")
    existing_count = store.count_attendees()
    next_id = store.next_attendee_id()
    batch = None
    if not dry_run and not existing_count and "code" not in provided_fields(prepared):
        # An empty event and a list without ticket codes: row k becomes id next_id + k at most, so start
        # signing every candidate id now; the workers sign while the rows are parsed and checked.
        batch = CodeBatch(store, range(next_id, next_id + len(prepared.rows)))
    try:
        rows = people(prepared, report)
        if preview:
            report.preview = [(p.row, p.sheet, p.fields) for p in rows]
        return _run(store, prepared, report, rows, existing_count, next_id, batch, dry_run, update_missing,
                    progress, cancel)
    finally:
        if batch is not None:
            batch.close()


def _run(store: EventStore, prepared: Prepared, report: ImportReport, rows: list[Person], existing_count: int,
         next_id: int, batch: CodeBatch | None, dry_run: bool, update_missing: str, progress: Progress | None,
         cancel: threading.Event | None) -> ImportReport:
    provided = provided_fields(prepared)
    by_ext: dict[str, int] = {}
    by_code: dict[str, int] = {}
    by_email: dict[str, int] = {}
    by_name: dict[tuple[str, str], int] = {}
    current: dict[int, tuple] = {}
    if existing_count:
        for row in store.conn.execute(f"SELECT {', '.join(_COLS)} FROM attendees"):
            aid = row[0]
            current[aid] = row
            if row[_POS["external_id"]]:
                by_ext.setdefault(row[_POS["external_id"]], aid)
            if row[_POS["code"]]:
                by_code.setdefault(row[_POS["code"]], aid)
            if row[_POS["email"]]:
                email = row[_POS["email"]].casefold()
                # A shared address (an assistant's for two guests) identifies nobody: never match by it.
                by_email[email] = -1 if email in by_email else aid
            key = _name_key(row[_POS["first_name"]], row[_POS["last_name"]], row[_POS["organisation"]])
            by_name[key] = -1 if key in by_name else aid
        by_email = {k: v for k, v in by_email.items() if v != -1}
        by_name = {k: v for k, v in by_name.items() if v != -1}
    corrections = corrected_fields(store) if existing_count else {}

    seen_ext: dict[str, int] = {}
    seen_email: dict[str, tuple[int, str, str | None]] = {}
    seen_name: dict[tuple[str, str], tuple[int, str | None]] = {}
    shared_email: set[str] = set()
    matched: set[int] = set()
    new_people: list[Person] = []
    updates: list[tuple[int, dict[str, Any]]] = []
    for person in rows:
        f = person.fields
        ext, email = f.get("external_id"), (f.get("email") or "").casefold()
        key = _name_key(f.get("first_name", ""), f.get("last_name", ""), f.get("organisation", ""))
        if ext and ext in seen_ext:
            report.skip(person.row, f"duplicate of row {seen_ext[ext]} (same external id)", person.sheet)
            continue
        dup = _duplicate(ext, email, key, seen_email, seen_name, person, report)
        if dup:
            report.skip(person.row, dup, person.sheet)
            continue
        if ext:
            seen_ext[ext] = person.row
        if email:
            if email in seen_email:
                shared_email.add(email)
            seen_email.setdefault(email, (person.row, key[0], ext))
        seen_name.setdefault(key, (person.row, ext))
        aid = None
        if current:
            code = f.get("code")
            aid = ((by_ext.get(ext) if ext else None) or (by_code.get(code) if code else None)
                   or (by_email.get(email) if email and email not in shared_email else None)
                   or by_name.get(key))
        if aid is None or aid in matched:
            new_people.append(person)
            report.actions[person.row] = "new"
            continue
        matched.add(aid)
        changes = _diff(current[aid], f, provided, corrections.get(aid, {}), person, report, aid)
        if changes:
            updates.append((aid, changes))
            report.actions[person.row] = "update"
        else:
            report.unchanged += 1
            report.actions[person.row] = "unchanged"

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

    report.inserted, report.updated, report.cancelled = len(new_people), len(updates), len(to_cancel)
    if dry_run:
        return report
    _write(store, new_people, updates, to_cancel, next_id, batch, report, progress, cancel)
    return report


def _duplicate(ext: str | None, email: str, key: tuple[str, str], seen_email: dict[str, tuple[int, str, str | None]],
               seen_name: dict[tuple[str, str], tuple[int, str | None]], person: Person,
               report: ImportReport) -> str | None:
    """The skip reason if this row repeats an earlier one; distinct registrations (own external ids) and
    different people sharing one address are imported, with a warning."""
    if email and email in seen_email:
        row, name, other_ext = seen_email[email]
        if name == key[0] and not (ext and other_ext and ext != other_ext):
            return f"duplicate of row {row} (same email)"
        report.warn(person.row, f"same email address as row {row}", person.sheet)
    if key in seen_name:
        row, other_ext = seen_name[key]
        if not (ext and other_ext and ext != other_ext):
            return f"duplicate of row {row} (same name and organisation)"
        report.warn(person.row, f"same name and organisation as row {row} (another registration)", person.sheet)
    return None


def _diff(row: tuple, f: dict[str, Any], provided: set[str], corrected: dict[str, Any], person: Person,
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
            report.conflicts.append({"attendee_id": aid, "row": person.row, "field": name, "list": new,
                                     "venue": corrected[name]})
            report.warn(person.row, f"{name.replace('_', ' ')}: the venue's correction "
                                    f"{corrected[name]!r} stays; the list says {new!r}", person.sheet)
            continue
        changes[name] = new
    if "status" not in provided and _decode("status", row[_POS["status"]]) == "cancelled" \
            and "status" not in corrected:
        changes["status"] = DEFAULT_STATUS  # back on the list: no longer cancelled
    return changes


def _write(store: EventStore, new_people: list[Person], updates: list[tuple[int, dict[str, Any]]],
           to_cancel: list[int], next_id: int, batch: CodeBatch | None, report: ImportReport,
           progress: Progress | None, cancel: threading.Event | None) -> None:
    total = len(new_people) + len(updates) + len(to_cancel)
    journaled = bool(store.get_meta("copies_made"))

    def tick(done: int) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled("import cancelled; nothing was written")
        if progress is not None:
            progress(done, total)

    ids = list(range(next_id, next_id + len(new_people)))
    unsigned = [aid for aid, p in zip(ids, new_people, strict=True) if not p.fields.get("code")]
    if batch is None:  # the exact ids, known now that the rows are matched
        own = CodeBatch(store, unsigned)
        try:
            signed = dict(zip(unsigned, own.codes(unsigned), strict=True)) if own.available else {}
        finally:
            own.close()
    else:
        signed = dict(zip(unsigned, batch.codes(unsigned), strict=True)) if batch.available else {}
    tick(0)
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        writer = JournalWriter(store) if journaled else None
        new_rows = insert_new_attendees(store, new_people, ids, signed, tick, keep=writer is not None)
        if writer is not None:
            for row in new_rows:
                writer.add(Kind.ATTENDEE_UPSERT, row["id"], {"fields": {k: v for k, v in row.items() if k != "id"}},
                           apply=False)
        done = len(new_people)
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
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
