"""pretix connector: pull attendees, push arrivals, verify signed ticket secrets offline."""

from .client import PretixClient, PretixError, api_base
from .pull import PullResult, pull
from .push import PushResult, pending_arrivals, push, waiting_count, walkins_without_ticket
from .secrets import verify_pretix_secret, walkin_fields
from .state import PretixSettings, load_settings, statuses

__all__ = (
    "PretixClient", "PretixError", "PretixSettings", "PullResult", "PushResult", "api_base", "load_settings",
    "pending_arrivals", "pull", "push", "statuses", "verify_pretix_secret", "waiting_count",
    "walkin_fields", "walkins_without_ticket",
)
