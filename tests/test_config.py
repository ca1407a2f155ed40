"""Settings from compare.toml: overrides, and one line for each value that cannot be used."""
import dataclasses
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# Property: whatever values a compare.toml gives, each setting ends up of its declared type and
# range (the value given, or the default with one line saying why).


NAMES = [f.name for f in dataclasses.fields(Config)]
SCALAR = st.one_of(st.integers(-2**63, 2**63 - 1), st.floats(allow_nan=False, allow_infinity=False), st.booleans(),
                   st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0xFFFF, blacklist_categories=("Cs",)),
                           max_size=8))
VALUE = st.one_of(SCALAR, st.lists(SCALAR, max_size=4))


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, float):
        return repr(value) if "e" in repr(value) or "." in repr(value) else f"{value}.0"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=True)  # \\uXXXX escapes are TOML too
    return str(value)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(NAMES), VALUE, max_size=len(NAMES)))
def test_any_values_give_settings_of_the_declared_types_and_ranges(values):
    problems = []
    with tempfile.TemporaryDirectory() as name:  # hypothesis calls this hundreds of times: leave nothing behind
        folder = Path(name)
        (folder / "compare.toml").write_text("".join(f"{k} = {toml_value(v)}\n" for k, v in values.items()),
                                             encoding="utf-8")
        config = Config.load(folder, on_problem=problems.append)
    for setting in dataclasses.fields(Config):
        value, default = getattr(config, setting.name), setting.default
        if isinstance(default, tuple):
            assert isinstance(value, tuple) and all(isinstance(v, str) and v for v in value)
        elif isinstance(default, str):
            assert isinstance(value, str)
        else:
            assert type(value) in ((int,) if isinstance(default, int) else (int, float))
            low, high = setting.metadata.get("range", (value, value))
            assert low <= value <= high
        if setting.name in values:
            wanted = values[setting.name]
            used = value == (tuple(wanted) if isinstance(wanted, list) else wanted)
            assert used or any(f" {setting.name} = " in problem for problem in problems)
