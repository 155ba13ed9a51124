"""`checkin invitations` counts its letters in correct English ("1 letters" before)."""

from __future__ import annotations

from pathlib import Path


def test_one_letter_is_singular(cli, demo_path: Path, tmp_path: Path) -> None:
    one = cli("invitations", str(demo_path), "--out", str(tmp_path / "one.pdf"), "--attendee", "2", check=True)
    assert one.stdout.strip().endswith(": 1 letter")
    two = cli("invitations", str(demo_path), "--out", str(tmp_path / "two.pdf"), "--attendee", "2", "--attendee",
              "4", check=True)
    assert two.stdout.strip().endswith(": 2 letters")
