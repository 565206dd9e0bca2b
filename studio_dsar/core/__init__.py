"""Everything that is not a face: no module below this package imports Qt.

The window (``studio_dsar.gui``) and the command line (``studio_dsar.cli``) both drive
:class:`studio_dsar.core.studio.Studio`.
"""
