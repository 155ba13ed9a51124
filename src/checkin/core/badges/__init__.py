"""Badges: layouts as data (`layout`, `catalog`), the reportlab renderer (`render`, `document`), fonts and
glyph checks (`fonts`), fast QR codes (`qr`), the personal programme for foldable badges (`programme`).

Importing this package is cheap (no reportlab); the renderer modules import reportlab when used.
"""
