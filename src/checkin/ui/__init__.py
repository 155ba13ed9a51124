"""The PySide6 layer: views, models, dialogs and workers only. Domain logic lives in checkin.core."""
