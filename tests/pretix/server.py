"""A real pretix server for the connector tests.

Installs the pinned pretix from PyPI into its own virtual environment cached outside the checkout
(``~/.cache/checkin-pretix/``, override with ``CHECKIN_PRETIX_CACHE``), configures it with SQLite and no
Redis/Celery (tasks run in-process), migrates once into a template database that each run copies, seeds
fixtures through pretix's Django models, and runs ``runserver`` on a free loopback port.

    python tests/pretix/server.py prepare     # install + migrate (CI warm-up; idempotent)
    python tests/pretix/server.py serve       # seed and serve until Ctrl-C (manual exploration)
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

PRETIX_VERSION = "2026.8.0"
CACHE = Path(os.environ.get("CHECKIN_PRETIX_CACHE", Path.home() / ".cache" / "checkin-pretix"))
VENV = CACHE / f"venv-{PRETIX_VERSION}"
TEMPLATE = CACHE / f"template-{PRETIX_VERSION}"
HERE = Path(__file__).resolve().parent


def _log(msg: str) -> None:
    print(f"[pretix-server] {msg}", file=sys.stderr, flush=True)


def _base_python() -> str:
    # The venv's own interpreter is fine for `-m venv`; pretix 2026 needs Python >= 3.10.
    return getattr(sys, "_base_executable", None) or sys.executable


def venv_python() -> Path:
    return VENV / "bin" / "python"


def ensure_installed() -> Path:
    marker = VENV / ".installed-ok"
    if marker.exists():
        return venv_python()
    CACHE.mkdir(parents=True, exist_ok=True)
    if VENV.exists():
        shutil.rmtree(VENV)  # a half-finished install from an interrupted run
    _log(f"installing pretix=={PRETIX_VERSION} into {VENV} (one-off, ~1 min)")
    t0 = time.monotonic()
    subprocess.run([_base_python(), "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(venv_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    f"pretix=={PRETIX_VERSION}"], check=True)
    marker.write_text(f"{time.time()}\n")
    _log(f"installed in {time.monotonic() - t0:.0f} s")
    return venv_python()


def write_config(datadir: Path, port: int) -> Path:
    datadir.mkdir(parents=True, exist_ok=True)
    cfg = datadir / "pretix.cfg"
    cfg.write_text(textwrap.dedent(f"""\
        [pretix]
        instance_name=checkin test pretix
        url=http://127.0.0.1:{port}
        datadir={datadir}
        currency=EUR
        ecb_rates=False

        [django]
        secret=checkin-test-secret-not-for-production
        debug=False

        [database]
        backend=sqlite3
        name={datadir / 'db.sqlite3'}

        [mail]
        from=pretix@localhost

        [locale]
        timezone=Europe/Berlin
    """))
    return cfg


def _env(cfg: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))}
    env.update(DJANGO_SETTINGS_MODULE="pretix.settings", PRETIX_CONFIG_FILE=str(cfg), PYTHONUNBUFFERED="1")
    return env


def ensure_migrated() -> Path:
    """A migrated database, made once (70-90 s) and copied by every run.

    Locked: `make test` starts `prepare` in the background while the other suites run, and the test
    fixture waits here for it instead of installing a second time.
    """
    import fcntl

    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / ".prepare.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _ensure_migrated_locked()


def _ensure_migrated_locked() -> Path:
    db = TEMPLATE / "db.sqlite3"
    marker = TEMPLATE / ".migrated-ok"
    if marker.exists() and db.exists():
        return db
    python = ensure_installed()
    if TEMPLATE.exists():
        shutil.rmtree(TEMPLATE)
    cfg = write_config(TEMPLATE, 8000)
    _log("migrating a fresh pretix database (one-off, ~80 s)")
    t0 = time.monotonic()
    subprocess.run([str(python), "-m", "pretix", "migrate", "--noinput"], check=True, env=_env(cfg),
                   cwd=TEMPLATE, stdout=subprocess.DEVNULL)
    marker.write_text(f"{time.time()}\n")
    _log(f"migrated in {time.monotonic() - t0:.0f} s")
    return db


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PretixServer:
    url: str  # as a user knows it (no /api/v1)
    port: int
    datadir: Path
    proc: subprocess.Popen
    fixtures: dict
    cfg: Path

    @property
    def token(self) -> str:
        return self.fixtures["token"]

    def run_django(self, code: str) -> str:
        """Run Python inside the server's Django (to arrange things the API cannot, e.g. change an order)."""
        script = "import django; django.setup()\nfrom django_scopes import scopes_disabled\n" + code
        out = subprocess.run([str(venv_python()), "-c", script], env=_env(self.cfg), cwd=self.datadir,
                             capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise RuntimeError(f"django script failed: {out.stderr[-2000:]}")
        return out.stdout

    def api(self, path: str, method: str = "GET", body: dict | None = None) -> tuple[int, dict]:
        req = urllib.request.Request(
            f"{self.url}/api/v1/{path.lstrip('/')}", method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"Token {self.token}", "Content-Type": "application/json",
                     "Accept": "application/json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return resp.status, json.loads(resp.read() or b"{}")
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read() or b"{}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def start(workdir: Path | None = None, *, seed_orders: int = 60) -> PretixServer:
    """Copy the migrated database, seed fixtures, and serve on a free loopback port."""
    template_db = ensure_migrated()
    workdir = Path(workdir or tempfile.mkdtemp(prefix="checkin-pretix-"))
    port = free_port()
    cfg = write_config(workdir, port)
    env = _env(cfg)
    # The seeded database is cached too (keyed by the seed script), so a warm run only copies and serves.
    key = hashlib.sha256((HERE / "seed.py").read_bytes() + str(seed_orders).encode()).hexdigest()[:16]
    seeded_db, seeded_json = TEMPLATE / f"seeded-{key}.sqlite3", TEMPLATE / f"seeded-{key}.json"
    if seeded_db.exists() and seeded_json.exists():
        shutil.copy(seeded_db, workdir / "db.sqlite3")
        fixtures = json.loads(seeded_json.read_text())
    else:
        shutil.copy(template_db, workdir / "db.sqlite3")
        seeded = subprocess.run([str(venv_python()), str(HERE / "seed.py"), str(seed_orders)], env=env,
                                cwd=workdir, capture_output=True, text=True, timeout=300)
        if seeded.returncode != 0:
            raise RuntimeError(f"seeding pretix failed:\n{seeded.stderr[-3000:]}")
        fixtures = json.loads(seeded.stdout.strip().splitlines()[-1])
        shutil.copy(workdir / "db.sqlite3", seeded_db.with_suffix(".part"))
        seeded_db.with_suffix(".part").replace(seeded_db)
        seeded_json.write_text(json.dumps(fixtures, ensure_ascii=False))
    log = open(workdir / "server.log", "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen(
        [str(venv_python()), "-m", "pretix", "runserver", f"127.0.0.1:{port}", "--noreload", "--nothreading",
         "--skip-checks"],
        env=env, cwd=workdir, stdout=log, stderr=subprocess.STDOUT,
    )
    server = PretixServer(url=f"http://127.0.0.1:{port}", port=port, datadir=workdir, proc=proc,
                          fixtures=fixtures, cfg=cfg)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"pretix exited: {(workdir / 'server.log').read_text()[-3000:]}")
        try:
            status, _ = server.api(f"organizers/{fixtures['organizer']}/events/")
            if status == 200:
                return server
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.3)
    server.stop()
    raise RuntimeError("pretix did not answer within 60 s")


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "prepare"
    if cmd == "prepare":
        ensure_migrated()
        print(f"pretix {PRETIX_VERSION} ready in {CACHE}")
        return 0
    if cmd == "serve":
        server = start()
        print(json.dumps({"url": server.url, **server.fixtures}, indent=2, ensure_ascii=False))
        try:
            server.proc.wait()
        except KeyboardInterrupt:
            server.stop()
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
