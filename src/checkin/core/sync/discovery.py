"""Finding stations of the same event on the LAN by mDNS/DNS-SD (python-zeroconf).

Each station announces ``_checkin-sync._tcp.local.`` with TXT properties ``k`` (the key id: stations with
the same sync secret and event share it; it reveals neither), ``s`` (station id) and ``v`` (protocol 1).
Browsing keeps only services with our key id. Addresses typed by hand work without any of this.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable

from .secret import EventKeys, event_tag

log = logging.getLogger("checkin.sync")
SERVICE = "_checkin-sync._tcp.local."


def _lan_addresses() -> list[str]:
    found: list[str] = []
    try:
        # The address the OS would use to reach the LAN (no packet is sent for a UDP connect).
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("10.255.255.255", 1))
            found.append(s.getsockname()[0])
    except OSError:
        pass
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            addr = str(info[4][0])
            if addr not in found and not addr.startswith("127."):
                found.append(addr)
    except OSError:
        pass
    return found or ["127.0.0.1"]


def lan_urls(port: int) -> list[str]:
    return [f"http://{a}:{port}" for a in _lan_addresses()]


class Discovery:
    def __init__(self, keys: EventKeys, station_id: str, port: int, on_found: Callable[[str], None]) -> None:
        self.keys = keys
        self.station_id = station_id
        self.port = port
        self.on_found = on_found
        self.zc = None
        self.browser = None
        self.info = None
        self.tag = event_tag(keys.event_id).hex()

    def start(self) -> None:
        from zeroconf import IPVersion, ServiceBrowser, ServiceInfo, Zeroconf

        self.zc = Zeroconf(ip_version=IPVersion.V4Only)
        name = f"checkin {self.station_id} {self.keys.key_id_hex[:6]}"[:60]
        self.info = ServiceInfo(
            SERVICE, f"{name}.{SERVICE}", port=self.port,
            addresses=[socket.inet_aton(a) for a in _lan_addresses()],
            properties={"k": self.keys.key_id_hex, "e": event_tag(self.keys.event_id).hex(),
                        "s": self.station_id, "v": "1"},
        )
        self.zc.register_service(self.info, allow_name_change=True)
        self.browser = ServiceBrowser(self.zc, SERVICE, handlers=[self._changed])

    def _changed(self, zeroconf, service_type: str, name: str, state_change) -> None:  # noqa: ANN001
        from zeroconf import ServiceStateChange

        if state_change not in (ServiceStateChange.Added, ServiceStateChange.Updated):
            return
        info = zeroconf.get_service_info(service_type, name, timeout=2000)
        if info is None:
            return
        props = {k.decode(): (v or b"").decode() for k, v in (info.properties or {}).items()}
        mine = props.get("k") == self.keys.key_id_hex if self.keys.key_id else props.get("e") == self.tag
        if not mine or props.get("s") == self.station_id:
            return
        for addr in info.parsed_addresses():
            if ":" not in addr:
                self.on_found(f"http://{addr}:{info.port}")
                break

    def close(self) -> None:
        try:
            if self.zc is not None:
                if self.info is not None:
                    self.zc.unregister_service(self.info)
                self.zc.close()
        except Exception:
            log.debug("closing mDNS failed", exc_info=True)


def browse_event(event_id: str, seconds: float = 3.0) -> list[str]:
    """Addresses of stations of this event announcing themselves now (joining: we hold no secret yet)."""
    return browse(EventKeys(event_id, b"", b"", b""), seconds)


def browse(keys: EventKeys, seconds: float = 3.0) -> list[str]:
    """Addresses of stations of this event announcing themselves right now."""
    import threading

    found: list[str] = []
    done = threading.Event()
    disc = Discovery(keys, "", 0, found.append)
    try:
        from zeroconf import IPVersion, ServiceBrowser, Zeroconf

        disc.zc = Zeroconf(ip_version=IPVersion.V4Only)
        disc.browser = ServiceBrowser(disc.zc, SERVICE, handlers=[disc._changed])
        done.wait(seconds)
    except Exception:
        log.debug("mDNS browse failed", exc_info=True)
    finally:
        disc.close()
    return list(dict.fromkeys(found))
