"""Desk operations beyond scan/search/undo (walk-ins, substitution, corrections, hand-outs ...).

Each module here defines ``actions() -> list[DeskAction]`` (see ``checkin.ui.desk.actions``); the desk's
actions bar picks them up automatically.
"""
