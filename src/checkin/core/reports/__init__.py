"""Reports for organisers: figures, the post-event PDF, certificates, paper lists, XLSX exports, day close.

Qt-free; the dashboard and day-close screens and the CLI are thin layers over these modules.
"""

from .figures import compute

__all__ = ("compute",)
