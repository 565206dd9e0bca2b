"""The desktop window (PySide6). The only package of studio-dsar that imports Qt.

The core (``studio_dsar.core.store``, ``deadlines``, ``intake``, ...) is plain Python; the classes here
wrap it. Start the app with :func:`studio_dsar.gui.app.main`.
"""
