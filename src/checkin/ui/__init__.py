"""The PySide6 layer: views, models, dialogs and workers only. Domain logic lives in checkin.core."""

from .pyside_none import make_none_immortal

# The lock pins a PySide6 without the bug; this guards installs that pick up PySide6 6.12.0 (see the module).
make_none_immortal()
