"""Scanning input for the desk and doors: keyboard-wedge filter, set-up dialog, camera pipeline.

Not a screen (no ``SCREEN``): screens use ``wedge.install(settings)`` and ``camera.CameraScanner``.
"""
