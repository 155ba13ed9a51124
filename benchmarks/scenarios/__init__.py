"""Scenario modules: each defines ``scenarios() -> list[Scenario]`` (found automatically)."""
