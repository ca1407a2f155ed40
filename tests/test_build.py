"""The orchestrator: the stages in order, each announced for a progress display."""
from compare import build
from tests.conftest import ARTICLE


def test_each_stage_is_announced_in_order(corpus, tmp_path):
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    files, stages = [], []
    build(corpus, tmp_path / "out", on_file=files.append, on_stage=stages.append)
    assert files == ["a.txt"]
    assert stages == ["grouping events", "comparing within each event", "writing comparison.json",
                      "writing the CSV tables", "writing report.html", "writing brief.pdf"]
