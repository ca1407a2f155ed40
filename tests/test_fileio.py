import os

import pytest

from compare.fileio import atomic_write


def test_a_failed_replace_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "comparison.json"
    atomic_write(target, "old")

    def fail(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        atomic_write(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["comparison.json"]


def test_outputs_get_the_usual_permissions_not_private_ones(tmp_path):
    previous = os.umask(0o022)
    try:
        atomic_write(tmp_path / "report.html", "<p>report</p>")
    finally:
        os.umask(previous)
    assert (tmp_path / "report.html").stat().st_mode & 0o777 == 0o644
