"""Lock screen, role filter and role switch for the main window (issue 13). Not a screen: no SCREEN spec."""

from .controller import LockController, install

__all__ = ["LockController", "install"]
