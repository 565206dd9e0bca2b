"""The command line: one module per command group, all driving the same core."""

from studio_dsar.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
