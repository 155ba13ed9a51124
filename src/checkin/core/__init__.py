"""Qt-free domain logic. Nothing under this package may import PySide6 (a test enforces it)."""
