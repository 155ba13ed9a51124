"""checkin: offline check-in, badges and on-site tool for conferences."""

__version__ = "0.1.0"
