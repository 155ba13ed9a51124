"""Badges: 1,000 badges with QR codes through the real CLI, one badge ready to print, check-in to CUPS."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Context, Scenario, median, ms

BENCH_QUEUE = "checkin-bench-pdf"


def _event_1000(ctx: Context) -> Path:
    # 1,000 badges: the demo with 1,100 people has ~1,000 who are not cancelled; pick exactly 1,000 ids.
    return ctx.demo_event(1100)


def _cli(*args: str, cpu: list[float] | None = None) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "checkin", *args], check=True, capture_output=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:  # CPU seconds: comparable even when other jobs share the machine
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def badges_pdf_1000(ctx: Context) -> dict[str, Any]:
    from checkin.core.badges import catalog
    from checkin.core.store import EventStore

    path = _event_1000(ctx)
    with EventStore.open(path, readonly=True) as store:
        ids = [r[0] for r in store.conn.execute(
            "SELECT id FROM attendees WHERE status != 'cancelled' ORDER BY id LIMIT ?", (ctx.size(1000),))]
        layout = catalog.get_layout(store)
    assert ids and (ctx.smoke or len(ids) == 1000)
    no_qr = layout.to_json()
    no_qr["name"] = "bench-no-qr"
    no_qr["elements"] = [e for e in no_qr["elements"] if e["type"] != "qr"]
    layout_file = ctx.workdir / "no-qr.json"
    layout_file.write_text(json.dumps(no_qr), encoding="utf-8")
    id_args = [a for i in ids for a in ("--attendee", str(i))]
    with_qr, without, cpu_qr, cpu_plain = [], [], [], []
    for _ in range(ctx.repeats(2)):  # alternate, keep the better of two: the machine is shared
        with_qr.append(_cli("badges", str(path), "--out", str(ctx.workdir / "qr.pdf"), *id_args, cpu=cpu_qr))
        without.append(_cli("badges", str(path), "--out", str(ctx.workdir / "plain.pdf"), "--layout-file",
                            str(layout_file), *id_args, cpu=cpu_plain))
    size = (ctx.workdir / "qr.pdf").stat().st_size
    return {"value": min(with_qr), "unit": "s", "baseline": min(without),
            "note": f"`checkin badges` start to finish, 1,000 x {layout.name} with QR codes ({size / 1e6:.1f} MB, "
                    f"CPU {min(cpu_qr):.2f} s vs {min(cpu_plain):.2f} s without QR, load {os.getloadavg()[0]:.1f}); "
                    "baseline: the same pages without the QR element, same run"}


# Names that need shaping (Arabic: joined, right to left; Hindi: conjuncts, reph, vowel signs), combined so
# that almost every badge line is a new string (no cache hit does the work).
_ARABIC = (("محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "مريم", "عبد الله", "خالد", "نور", "سارة", "علي", "زينب"),
           ("حسن", "منصور", "الخطيب", "عبد الله", "الحسيني", "السيد", "إبراهيم", "النجار", "الشريف", "حداد"))
_HINDI = (("अंकित", "प्रिया", "राहुल", "अनीता", "विक्रम", "सुनीता", "अर्जुन", "कविता", "रोहित", "दीपिका", "संजय", "पूजा"),
          ("शर्मा", "कृष्णमूर्ति", "वर्मा", "गुप्ता", "सिंह", "पटेल", "त्रिपाठी", "मिश्रा", "श्रीवास्तव", "द्विवेदी"))


def badges_pdf_600_shaped(ctx: Context) -> dict[str, Any]:
    """600 badges whose names and organisations all need shaping, against the same 600 badges in Latin."""
    from checkin.core.store import EventStore

    n = ctx.size(600)
    shaped_path, latin_path = _event_1000(ctx), _event_1000(ctx)
    with EventStore.open(shaped_path) as store:
        ids = [r[0] for r in store.conn.execute(
            "SELECT id FROM attendees WHERE status != 'cancelled' ORDER BY id LIMIT ?", (n,))]
        for i, aid in enumerate(ids):
            firsts, lasts = _ARABIC if i % 2 else _HINDI
            first, last = firsts[i // 2 % len(firsts)], lasts[i // 2 // len(firsts) % len(lasts)]
            store.set_attendee_fields(aid, {"first_name": first, "last_name": last, "title": "",
                                            "organisation": f"{lasts[(i // 2 + 3) % len(lasts)]} {firsts[i % 7]}"})
    id_args = [a for i in ids for a in ("--attendee", str(i))]
    shaped, plain, cpu_shaped, cpu_plain = [], [], [], []
    for _ in range(ctx.repeats(2)):  # alternate, keep the better of two: the machine is shared
        shaped.append(_cli("badges", str(shaped_path), "--out", str(ctx.workdir / "shaped.pdf"), *id_args,
                           cpu=cpu_shaped))
        plain.append(_cli("badges", str(latin_path), "--out", str(ctx.workdir / "latin.pdf"), *id_args,
                          cpu=cpu_plain))
    return {"value": min(shaped), "unit": "s", "baseline": min(plain),
            "note": f"`checkin badges` start to finish, {n} badges (default layout) whose names and organisations "
                    f"are all Arabic or Hindi (CPU {min(cpu_shaped):.2f} s); baseline: the same {n} badges with "
                    f"the demo's own, mostly Latin names (CPU {min(cpu_plain):.2f} s), same run"}


def badge_single_ms(ctx: Context) -> dict[str, Any]:
    from checkin.core.badges import catalog, document
    from checkin.core.store import EventStore

    store = EventStore.open(_event_1000(ctx), readonly=True)
    layout = catalog.get_layout(store)
    ids = store.attendee_ids()[:ctx.size(60)]
    document.render_bytes(layout, document.badges_for(store, store.attendees_by_ids(ids[:1]), layout))  # warm
    times = []
    for aid in ids[1:]:
        t = time.perf_counter()
        people = store.attendees_by_ids([aid])
        pdf, _ = document.render_bytes(layout, document.badges_for(store, people, layout))
        times.append(time.perf_counter() - t)
        assert pdf.startswith(b"%PDF")
    store.close()
    return {"value": ms(median(times)), "unit": "ms", "baseline": None,
            "note": f"median of {len(times)}: attendee read + {layout.name} PDF bytes with QR (warm process; "
                    f"max {ms(max(times)):.1f} ms)"}


def _bench_queue() -> str | None:
    """A cups-pdf queue to print to; created when we may (root), else None."""
    if not shutil.which("lp"):
        return None
    env = {**os.environ, "LANG": "C"}
    out = subprocess.run(["lpstat", "-e"], capture_output=True, text=True, env=env).stdout.split()
    if BENCH_QUEUE in out:
        return BENCH_QUEUE
    if os.geteuid() == 0 and Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd").exists():
        r = subprocess.run(["lpadmin", "-p", BENCH_QUEUE, "-E", "-v", "cups-pdf:/", "-m",
                            "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"], capture_output=True, env=env)
        if r.returncode == 0:
            return BENCH_QUEUE
    return None


def checkin_to_spool_ms(ctx: Context) -> dict[str, Any]:
    from checkin.core.desk import Desk
    from checkin.core.printing import (
        CupsSpooler,
        JobState,
        PrinterSettingsStore,
        PrintQueue,
        enqueue_checkin_badge,
    )
    from checkin.core.store import EventStore

    queue_name = _bench_queue()
    if queue_name is None:
        return {"value": None, "unit": "ms", "baseline": None, "note": "no CUPS queue available (start cupsd)"}
    path = _event_1000(ctx)
    store = EventStore.open(path)
    settings = PrinterSettingsStore(Path(tempfile.mkdtemp(dir=ctx.workdir)) / "printers.json")
    q = PrintQueue(path, spooler=CupsSpooler(), settings=settings, poll_interval=5)
    # Hold the queue so cups-pdf does not churn through ghostscript while we measure the hand-over.
    subprocess.run(["cupsdisable", queue_name], capture_output=True)
    times = []
    try:
        desk = Desk(store)
        codes = [r[0] for r in store.conn.execute(
            "SELECT code FROM attendees WHERE status != 'cancelled' AND NOT attention ORDER BY id LIMIT ?",
            (3 if ctx.smoke else 21,))]
        for i, code in enumerate(codes):
            t = time.perf_counter()
            decision = desk.scan(code)  # the desk's own path: decide, record durably, queue the badge
            job = enqueue_checkin_badge(q, decision, queue_name)
            if job is None:
                raise RuntimeError(f"no badge due for {decision.status}")
            q.wait(job.id, {JobState.SPOOLED, JobState.HELD, JobState.PRINTING, JobState.DONE, JobState.FAILED},
                   timeout=30)
            if q.job(job.id).state == JobState.FAILED:
                raise RuntimeError(q.job(job.id).message)
            if i:  # the first one loads fonts and opens the worker's connection
                times.append(time.perf_counter() - t)
    finally:
        for job in q.jobs():
            if job.spool_id:
                subprocess.run(["cancel", job.spool_id], capture_output=True)
        subprocess.run(["cupsenable", queue_name], capture_output=True)
        q.close()
        store.close()
    return {"value": ms(median(times)), "unit": "ms", "baseline": None,
            "note": f"median of {len(times)}: scan decided and recorded (durable) + enqueue_checkin_badge + render + "
                    "`lp` accepted by CUPS "
                    f"(max {ms(max(times)):.0f} ms)"}


def scenarios() -> list[Scenario]:
    return [
        Scenario("badges_pdf_1000", badges_pdf_1000, quick=False),
        Scenario("badge_single_ms", badge_single_ms, quick=True),
        Scenario("badges_pdf_600_shaped", badges_pdf_600_shaped, quick=False),
        Scenario("checkin_to_spool_ms", checkin_to_spool_ms, quick=True),
    ]
