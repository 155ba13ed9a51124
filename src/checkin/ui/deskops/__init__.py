"""Desk operations in the GUI: walk-in, substitution, correction with reprint, companion, hand-outs, badge
collected, paper backfill (dialogs and the desk's action buttons), and the VIP notice banner shown above every
screen until acknowledged.

Not a screen (no ``SCREEN``): the desk's actions bar picks up ``actions()`` through
``checkin.ui.desk.ops.deskops``; the main window installs ``banner.NoticeBanner``.
"""
