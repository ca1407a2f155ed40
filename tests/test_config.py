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


def test_a_value_of_the_wrong_type_or_out_of_range_is_reported_and_the_default_kept(tmp_path: Path):
    (tmp_path / "compare.toml").write_text("max_source_bytes = 99999999999999999\nparse_timeout = 5\n"
                                           "grade_words = [\"good\", 3]\n", encoding="utf-8")
    problems = []
    config = Config.load(tmp_path, on_problem=problems.append)
    assert config.max_source_bytes == Config().max_source_bytes and config.grade_words == Config().grade_words
    assert config.parse_timeout == 5
    assert len(problems) == 2 and "max_source_bytes" in problems[0] and "grade_words" in problems[1]
    with pytest.raises(UsageError, match="max_source_bytes"):
        Config.load(tmp_path)
