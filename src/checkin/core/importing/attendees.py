"""Attendee import: match against the event (external id / code > email > name + organisation), then write
everything in one transaction. Check-ins are never touched; venue corrections win over the list."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..journal import Kind
from ..model import ATTENDEE_FIELDS
from ..textfold import casefold_all
from ..transactions import write_transaction
from . import deferred, staged
from .people import DEFAULT_STATUS, Listed, people, provided_fields
from .report import Cancelled, ImportReport
from .source import Prepared
from .writer import JournalWriter, insert_new_attendees

if TYPE_CHECKING:
    from ..store import EventStore
    from .signing import CodeBatch

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
    try:
        listed = people(prepared, report)
        if preview:
            report.preview = [(listed.numbers[i], listed.sheets[i], listed.fields(i)) for i in range(len(listed))]
        return _run(store, prepared, report, listed, existing_count, next_id, batch, dry_run, update_missing,
                    progress, cancel, defer)
    finally:
        if batch is not None:
            batch.close()


def _keys(listed: Listed) -> tuple[list[str | None], list[str], list[tuple[str, str]]]:
    """Per person: external id, folded email, (name, organisation) key: what matching and duplicates go by.
    The same values as ``_name_key`` row by row, computed a column at a time where the text allows."""
    exts = [v or None for v in listed.column("external_id", None)]
    emails = casefold_all(listed.column("email", ""))
    firsts, lasts = listed.column("first_name", ""), listed.column("last_name", "")
    names = [f"{first} {last}" for first, last in zip(firsts, lasts, strict=True)]
    orgs = listed.column("organisation", "")
    whole_names, whole_orgs = "\n".join(names), "\n".join(orgs)
    if "  " in whole_names or "\t" in whole_names or "  " in whole_orgs or "\n " in whole_orgs \
            or " \n" in whole_orgs or whole_orgs[:1].isspace() or whole_orgs[-1:].isspace():
        return exts, emails, list(map(_name_key, firsts, lasts, orgs))
    return exts, emails, list(zip(casefold_all(names), casefold_all(orgs), strict=True))


def _all_distinct(exts: list[str | None], emails: list[str], names: list[tuple[str, str]]) -> bool:
    given_exts, given_emails = [e for e in exts if e], [e for e in emails if e]
    return (len(set(given_exts)) == len(given_exts) and len(set(given_emails)) == len(given_emails)
            and len(set(names)) == len(names))


def _run(store: EventStore, prepared: Prepared, report: ImportReport, listed: Listed, existing_count: int,
         next_id: int, batch: CodeBatch | None, dry_run: bool, update_missing: str, progress: Progress | None,
         cancel: threading.Event | None, defer: bool) -> ImportReport:
    provided = provided_fields(prepared)
    exts, emails, names = _keys(listed)
    corrections = corrected_fields(store) if existing_count else {}
    new: list[int] = []  # indexes into listed
    updates: list[tuple[int, dict[str, Any]]] = []
    matched: set[int] = set()
    current: dict[int, tuple] = {}
    if not existing_count and _all_distinct(exts, emails, names):
        # A first import of a clean list (the usual case, and the 50,000-row one): everybody is new.
        new = list(range(len(listed)))
        report.actions.update(dict.fromkeys(listed.numbers, "new"))
    else:
        current, new, updates, matched = _match(store, listed, report, provided, exts, emails, names,
                                                existing_count, corrections)

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


def _match(store: EventStore, listed: Listed, report: ImportReport, provided: set[str], exts: list[str | None],
           emails: list[str], names: list[tuple[str, str]], existing_count: int,
           corrections: dict[int, dict[str, Any]]) -> tuple[dict[int, tuple], list[int], list[tuple[int, dict[str, Any]]], set[int]]:
    """Each row against the event and the rows before it: (current rows, new, updates, matched ids)."""
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
    codes = listed.column("code", "")

    seen_ext: dict[str, int] = {}
    seen_email: dict[str, tuple[int, str, str | None]] = {}
    seen_name: dict[tuple[str, str], tuple[int, str | None]] = {}
    shared_email: set[str] = set()
    matched: set[int] = set()
    new: list[int] = []
    updates: list[tuple[int, dict[str, Any]]] = []
    for i, (number, sheet, ext, email, key) in enumerate(zip(listed.numbers, listed.sheets, exts, emails, names,
                                                             strict=True)):
        if ext and ext in seen_ext:
            report.skip(number, f"duplicate of row {seen_ext[ext]} (same external id)", sheet)
            continue
        dup = _duplicate(ext, email, key, seen_email, seen_name, number, sheet, report)
        if dup:
            report.skip(number, dup, sheet)
            continue
        if ext:
            seen_ext[ext] = number
        if email:
            if email in seen_email:
                shared_email.add(email)
            seen_email.setdefault(email, (number, key[0], ext))
        seen_name.setdefault(key, (number, ext))
        aid = None
        if current:
            code = codes[i]
            aid = ((by_ext.get(ext) if ext else None) or (by_code.get(code) if code else None)
                   or (by_email.get(email) if email and email not in shared_email else None)
                   or by_name.get(key))
        if aid is None or aid in matched:
            new.append(i)
            report.actions[number] = "new"
            continue
        matched.add(aid)
        changes = _diff(current[aid], listed.fields(i), provided, corrections.get(aid, {}), number, sheet, report,
                        aid)
        if changes:
            updates.append((aid, changes))
            report.actions[number] = "update"
        else:
            report.unchanged += 1
            report.actions[number] = "unchanged"
    return current, new, updates, matched


def _duplicate(ext: str | None, email: str, key: tuple[str, str], seen_email: dict[str, tuple[int, str, str | None]],
               seen_name: dict[tuple[str, str], tuple[int, str | None]], number: int, sheet: str,
               report: ImportReport) -> str | None:
    """The skip reason if this row repeats an earlier one; distinct registrations (own external ids) and
    different people sharing one address are imported, with a warning."""
    if email and email in seen_email:
        row, name, other_ext = seen_email[email]
        if name == key[0] and not (ext and other_ext and ext != other_ext):
            return f"duplicate of row {row} (same email)"
        report.warn(number, f"same email address as row {row}", sheet)
    if key in seen_name:
        row, other_ext = seen_name[key]
        if not (ext and other_ext and ext != other_ext):
            return f"duplicate of row {row} (same name and organisation)"
        report.warn(number, f"same name and organisation as row {row} (another registration)", sheet)
    return None


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
