"""One real pretix server per test session (installed and migrated once, cached outside the checkout)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from . import server as pretix_server


@pytest.fixture(scope="session")
def pretix(tmp_path_factory: pytest.TempPathFactory):
    if os.environ.get("CHECKIN_SKIP_PRETIX") == "1":
        pytest.skip("CHECKIN_SKIP_PRETIX=1")
    srv = pretix_server.start(tmp_path_factory.mktemp("pretix-server"))
    yield srv
    srv.stop()


@pytest.fixture
def event_path(tmp_path: Path) -> Path:
    """An empty event file on the pretix event's days (Berlin), as an organiser would start."""
    from checkin.core import codes
    from checkin.core.store import EventStore

    path = tmp_path / "cluster.checkin"
    store = EventStore.create(path, title="Clusterkonferenz", start=date(2026, 11, 21), days=2,
                              timezone="Europe/Berlin")
    codes.ensure_event_keys(store)
    store.close()
    return path


@pytest.fixture
def event_store(event_path: Path):
    from checkin.core.store import EventStore

    store = EventStore.open(event_path)
    yield store
    store.close()


@pytest.fixture
def client(pretix):
    from checkin.core.pretix import PretixClient

    return PretixClient(pretix.url, pretix.fixtures["organizer"], token=pretix.token)
