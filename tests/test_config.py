from pathlib import Path

import pytest

from compare.config import Config
from compare.errors import UsageError


def test_corpus_settings_override_defaults(tmp_path: Path):
    (tmp_path / "compare.toml").write_text("max_source_bytes = 1000\n", encoding="utf-8")
    assert Config.load(tmp_path).max_source_bytes == 1000


def test_unknown_setting_is_a_usage_error(tmp_path: Path):
    (tmp_path / "compare.toml").write_text("max_source_byte = 1000\n", encoding="utf-8")
    with pytest.raises(UsageError, match="max_source_byte"):
        Config.load(tmp_path)
