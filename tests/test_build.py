"""The orchestrator: the stages in order, each announced for a progress display."""
from compare import build
from tests.conftest import ARTICLE


def test_each_stage_is_announced_in_order(corpus, tmp_path):
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "b.txt").write_text(ARTICLE.replace("4,120", "4,210"), encoding="utf-8")
    files, stages, totals = [], [], []
    build(corpus, tmp_path / "out", on_file=files.append, on_stage=stages.append, on_total=totals.append)
    assert totals == [2] and files == ["a.txt", "b.txt"]  # the count is known before the first file is read
    assert stages == ["read 2 source(s); comparing", "grouping events", "comparing within each event",
                      "aligning quotes that recur across stories",
                      "writing comparison.json", "writing the CSV and Parquet tables", "writing report.html",
                      "writing brief.pdf"]
