"""A small pretix REST client on urllib (no extra dependency): token or device auth, pagination."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..failures import Failure, Why


class PretixError(Failure):
    """pretix cannot be reached or refused the request as a whole; one line for the user."""


@dataclass(frozen=True)
class Answer:
    status: int  # HTTP status; 0 when the server could not be reached
    body: Any  # parsed JSON, or None

    @property
    def reached(self) -> bool:
        return self.status != 0


def api_base(url: str) -> str:
    """The API root for an instance address as a user knows it (``https://pretix.eu`` -> ``.../api/v1``)."""
    url = url.strip().rstrip("/")
    if not url:
        raise PretixError("no pretix address given (e.g. https://pretix.eu)", Why.PRETIX_NO_ADDRESS)
    if "://" not in url:
        url = "https://" + url
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PretixError(f"not a web address: {url}", Why.PRETIX_BAD_ADDRESS, url=url)
    path = parts.path.rstrip("/")
    # Someone may paste the API root or an event page; keep only the instance root.
    if "/api/v1" in path:
        path = path.split("/api/v1")[0]
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, f"{path}/api/v1", "", ""))


class PretixClient:
    PAGE_SIZE = 50  # the server caps pages at 50 anyway

    def __init__(self, url: str, organizer: str, *, token: str | None = None, device_token: str | None = None,
                 timeout: float = 30.0) -> None:
        if not (token or device_token):
            raise PretixError("give an API token (or a device token)", Why.PRETIX_NO_TOKEN)
        if not organizer:
            raise PretixError("give the organizer's short name (slug)", Why.PRETIX_NO_ORGANIZER)
        self.base = api_base(url)
        self.organizer = organizer
        self.timeout = timeout
        self._auth = f"Token {token}" if token else f"Device {device_token}"

    # --- transport -----------------------------------------------------------------------------------
    def _url(self, path: str, params: dict[str, Any] | None = None) -> str:
        url = path if path.startswith("http") else f"{self.base}/{path.lstrip('/')}"
        if params:
            url += ("&" if "?" in url else "?") + urllib.parse.urlencode(params, doseq=True)
        return url

    def request(self, method: str, path: str, *, params: dict[str, Any] | None = None,
                body: Any = None) -> Answer:
        """One HTTP exchange. Never raises for HTTP errors: callers judge the JSON body."""
        data = None if body is None else json.dumps(body).encode("utf-8")
        req = urllib.request.Request(self._url(path, params), data=data, method=method, headers={
            "Authorization": self._auth, "Accept": "application/json", "Content-Type": "application/json",
            "User-Agent": "checkin-desk",
        })
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return Answer(resp.status, _json(resp.read()))
        except urllib.error.HTTPError as exc:
            try:
                raw = exc.read()
            except OSError:
                raw = b""
            return Answer(exc.code, _json(raw))
        except (TimeoutError, urllib.error.URLError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            return Answer(0, {"transport_error": str(reason)})

    def get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        answer = self.request("GET", path, params=params)
        if answer.status == 200:
            return answer.body
        raise pretix_failure(answer, path)

    def paginate(self, path: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Every result of a list endpoint, following ``next`` links page by page."""
        page: str | None = self._url(path, {**(params or {}), "page_size": self.PAGE_SIZE})
        while page:
            body = self.get(page)
            if not isinstance(body, dict) or "results" not in body:
                raise PretixError(f"unexpected answer from {path}: not a list page", Why.PRETIX_UNEXPECTED, what=path)
            yield from body["results"]
            page = body.get("next")

    def post(self, path: str, body: Any) -> Answer:
        return self.request("POST", path, body=body)

    # --- endpoints -----------------------------------------------------------------------------------
    def event_path(self, event: str) -> str:
        return f"organizers/{_q(self.organizer)}/events/{_q(event)}"

    def event(self, event: str) -> dict[str, Any]:
        return self.get(self.event_path(event) + "/")

    def items(self, event: str) -> list[dict[str, Any]]:
        return list(self.paginate(self.event_path(event) + "/items/"))

    def checkin_lists(self, event: str) -> list[dict[str, Any]]:
        return list(self.paginate(self.event_path(event) + "/checkinlists/"))

    def orders(self, event: str, modified_since: str | None = None, *,
               include_canceled_positions: bool = False) -> Iterator[dict[str, Any]]:
        params: dict[str, Any] = {"ordering": "last_modified"}
        if include_canceled_positions:
            params["include_canceled_positions"] = "true"
        if modified_since:
            params["modified_since"] = modified_since
        return self.paginate(self.event_path(event) + "/orders/", params)

    def revoked_secrets(self, event: str) -> Iterator[dict[str, Any]]:
        return self.paginate(self.event_path(event) + "/revokedsecrets/")

    def redeem(self, body: dict[str, Any]) -> Answer:
        return self.post(f"organizers/{_q(self.organizer)}/checkinrpc/redeem/", body)

    def annul(self, body: dict[str, Any]) -> Answer:
        return self.post(f"organizers/{_q(self.organizer)}/checkinrpc/annul/", body)


def _q(slug: str) -> str:
    return urllib.parse.quote(slug, safe="")


def _json(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None


def pretix_failure(answer: Answer, what: str) -> PretixError:
    """pretix's refusal as an error: the English line of ``describe_failure`` and a code for the screens."""
    line = describe_failure(answer, what)
    if not answer.reached:
        return PretixError(line, Why.PRETIX_UNREACHABLE, detail=answer.body.get("transport_error", ""))
    if answer.status in (401, 403):
        return PretixError(line, Why.PRETIX_ACCESS, status=answer.status)
    if answer.status == 404:
        return PretixError(line, Why.PRETIX_NOT_FOUND, what=what)
    body = answer.body if isinstance(answer.body, dict) else {}
    detail = body.get("detail") or body.get("non_field_errors") or ""
    return PretixError(line, Why.PRETIX_FAILED, status=answer.status, detail=detail)


def describe_failure(answer: Answer, what: str) -> str:
    if not answer.reached:
        return f"cannot reach pretix ({answer.body.get('transport_error', 'no answer')})"
    detail = ""
    if isinstance(answer.body, dict):
        detail = str(answer.body.get("detail") or answer.body.get("non_field_errors") or "")
    if answer.status in (401, 403):
        return f"pretix refused access ({answer.status}): check the token and its permissions {detail}".strip()
    if answer.status == 404:
        return f"pretix does not know {what} (404): check organizer, event and list"
    return f"pretix answered {answer.status} for {what} {detail}".strip()
