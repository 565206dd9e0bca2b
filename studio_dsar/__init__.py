"""studio-dsar: GDPR data-subject requests for a one-person studio, entirely on the laptop.

The core modules (intake, deadlines, redaction, store, letters) never import Qt;
only :mod:`studio_dsar.gui` does.
"""


def _version() -> str:
    """The one version number, ``[project] version`` in pyproject.toml.

    Read from the installed distribution's metadata (a frozen build carries that metadata
    too); from a source tree that was never installed, from pyproject.toml itself.
    """
    from importlib import metadata

    try:
        return metadata.version("studio-dsar")
    except metadata.PackageNotFoundError:
        pass
    try:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
        with pyproject.open("rb") as fh:
            return str(tomllib.load(fh)["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "0+unknown"


__version__ = _version()
