"""Printing through a real CUPS queue (cups-pdf): exact media size, journal records, a stopped printer that
does not stop the desk, retry after a refusal and sending a stuck job to another printer."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from checkin.core import ledger
from checkin.core.printing import (
    CupsSpooler,
    JobState,
    PrinterSettings,
    PrinterSettingsStore,
    PrintQueue,
    Problem,
    print_counts,
)
from tests.cups_env import Cups, cups  # noqa: F401  (fixture)

from .badge_helpers import decode_qr_pages, page_sizes_mm

pytestmark = pytest.mark.cups


@pytest.fixture
def settings(tmp_path) -> PrinterSettingsStore:
    return PrinterSettingsStore(tmp_path / "printers.json")


@pytest.fixture
def queue(demo_path, settings, cups: Cups):  # noqa: F811
    q = PrintQueue(demo_path, spooler=CupsSpooler(), settings=settings, poll_interval=0.2)
    yield q
    q.close()
    for name in (cups.queue, cups.queue2):
        cups.enable(name)
        cups.accept(name)


def test_cli_print_returns_when_spooled_and_output_has_the_media_size(cli, demo_path, cups: Cups, tmp_path):  # noqa: F811
    proc = cli("print", str(demo_path), "--printer", cups.queue, "--attendee", "5", "--attendee", "12",
               "--layout", "label-62mm", "--json", env={"CHECKIN_CONFIG_DIR": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["job"].startswith(cups.queue) and out["badges"] == 2
    from checkin.core.store import EventStore

    with EventStore.open(demo_path, readonly=True) as store:
        assert print_counts(store, [5, 12]) == {5: 1, 12: 1}
        codes = sorted(store.attendee(i).code for i in (5, 12))
        recs = [r for r in store.journal.records(kind="badge_print")]
        assert {r.data["printer"] for r in recs} == {cups.queue} and recs[0].data["layout"] == "label-62mm"
    pdf = cups.find_output(out["title"])  # cups-pdf names its file after the job title
    sizes = page_sizes_mm(pdf)
    assert len(sizes) == 2
    for w, h in sizes:  # ghostscript in cups-pdf rounds the page to whole points (<= 0.35 mm)
        assert abs(w - 62) < 0.4 and abs(h - 100) < 0.4, (w, h)
    assert sorted(c for page in decode_qr_pages(pdf, dpi=200) for c in page) == codes


def test_cli_print_to_an_unknown_printer_is_one_line(cli, demo_path, cups: Cups):  # noqa: F811
    proc = cli("print", str(demo_path), "--printer", "no-such-printer", "--attendee", "1")
    assert proc.returncode != 0 and "no-such-printer" in proc.stderr and cups.queue in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_stopped_printer_does_not_stop_the_desk_and_prints_when_it_runs_again(queue, demo_store, cups: Cups):  # noqa: F811
    cups.disable()
    job = queue.enqueue([7], cups.queue, layout="a6-portrait")
    assert job.state == JobState.QUEUED  # enqueue returned without waiting for anything
    # The desk goes on checking guests in on its own connection while the badge waits.
    rec = ledger.record(demo_store, "checkin", 8, {"day": demo_store.local_day(datetime.now(UTC)), "point": "main",
                                           "source": "scan"})
    assert demo_store.first_arrival(8) is not None and rec.kind == "checkin"
    held = queue.wait(job.id, {JobState.HELD}, timeout=60)
    assert "stopped" in held.message and held.problem == Problem.STOPPED  # the GUI's words come from the code
    assert queue.printer_status(cups.queue).describe().startswith("stopped")
    cups.enable()
    done = queue.wait(job.id, {JobState.DONE}, timeout=90)
    assert done.spool_id == held.spool_id
    pdf = cups.find_output(job.title)
    assert [round(v) for v in page_sizes_mm(pdf)[0]] == [105, 148]
    assert print_counts(demo_store, [7]) == {7: 1}


def test_refused_job_fails_clearly_and_retries(queue, demo_store, cups: Cups):  # noqa: F811
    cups.reject()
    job = queue.enqueue([9], cups.queue)
    failed = queue.wait(job.id, {JobState.FAILED}, timeout=60)
    assert failed.message and "\n" not in failed.message
    assert failed.problem == Problem.NOT_ACCEPTING
    assert print_counts(demo_store, [9]) == {}  # nothing reached a printer, nothing recorded
    cups.accept()
    queue.retry(job.id)
    done = queue.wait(job.id, {JobState.DONE}, timeout=90)
    assert done.attempts == 2
    assert cups.find_output(job.title)
    assert print_counts(demo_store, [9]) == {9: 1}


def test_stuck_job_goes_to_another_printer(queue, demo_store, cups: Cups):  # noqa: F811
    cups.disable()
    job = queue.enqueue([10, 11], cups.queue, layout="sheet-a4-4xa6")
    queue.wait(job.id, {JobState.HELD}, timeout=60)
    moved = queue.redirect(job.id, cups.queue2)
    assert moved.printer == cups.queue2
    done = queue.wait(job.id, {JobState.DONE}, timeout=90)
    assert done.printer == cups.queue2 and done.pages == 1
    assert cups.find_output(job.title)
    counts = print_counts(demo_store, [10, 11])
    assert counts == {10: 2, 11: 2}  # the held copy was handed to CUPS too: both are counted, visibly
    records = [r for r in demo_store.journal.records(kind="badge_print") if r.attendee_id == 10]
    assert {r.data["printer"] for r in records} == {cups.queue, cups.queue2}


def test_per_printer_settings_are_remembered_and_used(queue, settings, demo_store, cups: Cups):  # noqa: F811
    settings.set(cups.queue, PrinterSettings(copies=1, offset_mm=(1.0, -0.5), layout="card-90x55"))
    assert settings.get(cups.queue).layout == "card-90x55"
    assert PrinterSettingsStore(settings.path).get(cups.queue).offset_mm == (1.0, -0.5)
    job = queue.enqueue([3], cups.queue)
    done = queue.wait(job.id, {JobState.DONE}, timeout=90)
    assert done.layout == "card-90x55"
    w, h = page_sizes_mm(cups.find_output(job.title))[0]
    assert abs(w - 90) < 0.4 and abs(h - 55) < 0.4
