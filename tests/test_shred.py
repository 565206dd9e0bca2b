"""Shredding: a file holding an ID scan, a vault ciphertext or a decrypted copy for a viewer is
overwritten with random bytes (seen here through a second hard link to the same data) and then
removed, by the vault, by the ID check and by the temporary copies alike."""

from __future__ import annotations

import os

import pytest

from studio_dsar.core import mailkeep
from studio_dsar.core.vault import shred_file

SECRET = b"\x89PNG scan with BSN 111222333 " * 4000


def _peek(path, tmp_path):
    """A second name for the same bytes on disk, which stays when ``path`` is removed."""
    peek = tmp_path / "peek"
    try:
        os.link(path, peek)
    except OSError:
        pytest.skip("this filesystem has no hard links")
    return peek


def test_shred_file_overwrites_before_it_removes(tmp_path):
    f = tmp_path / "scan.png"
    f.write_bytes(SECRET)
    peek = _peek(f, tmp_path)
    shred_file(f)
    assert not f.exists()
    left = peek.read_bytes()
    assert len(left) == len(SECRET) and b"111222333" not in left and left != bytes(len(SECRET))
    shred_file(f)  # already gone: no error


def test_a_temporary_copy_is_overwritten_and_its_folder_removed(tmp_path):
    views = mailkeep.TempViews(tmp_path / "views", keep_seconds=60)
    (tmp_path / "views").mkdir()
    path = views.write(SECRET, "scan.png")
    peek = _peek(path, tmp_path)
    views.remove_all()
    assert not path.exists() and not path.parent.exists()
    left = peek.read_bytes()
    assert len(left) == len(SECRET) and b"111222333" not in left


def test_removing_a_temporary_copy_that_is_gone_is_quiet(tmp_path):
    views = mailkeep.TempViews(tmp_path, keep_seconds=60)
    path = views.write(b"x", "a.pdf")
    path.unlink()
    views.remove_all()  # no error, and the empty folder goes too
    assert not path.parent.exists()
