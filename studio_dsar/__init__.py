"""studio-dsar: GDPR data-subject requests for a one-person studio, entirely on the laptop.

The core modules (intake, deadlines, redaction, store, letters) never import Qt;
only :mod:`studio_dsar.gui` does.
"""

__version__ = "0.1.0"
