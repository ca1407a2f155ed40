"""The same comparison whoever does the work: one process, a pool of processes, a Dask cluster."""
import json

import pytest

from tests.conftest import load_json, run_cli, write_allsides


def comparison_without_time(path) -> dict:
    data = load_json(path / "comparison.json")
    data.pop("generated_at")
    return data


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Real articles, several stories told by several outlets, and two files that cannot be read."""
    folder = write_allsides(tmp_path_factory.mktemp("parallel") / "corpus", 60)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "blank.md").write_text("   \n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def one_process(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("one") / "out"
    result = run_cli("build", corpus, "-o", out, "--workers", "1")
    assert result.returncode == 0, result.stderr
    return comparison_without_time(out)


def test_two_worker_processes_give_the_same_comparison(corpus, one_process, tmp_path):
    result = run_cli("build", corpus, "-o", tmp_path / "out", "--workers", "2")
    assert result.returncode == 0, result.stderr
    two = comparison_without_time(tmp_path / "out")
    assert two == one_process
    assert len(two["sources"]) == 60 and len(two["discrepancies"]) > 0
    assert sorted(s["path"] for s in two["skipped"]) == ["blank.md", "empty.txt"]   # errors come back from workers
    assert "skipped" in result.stderr and "empty.txt" in result.stderr


def test_a_dask_cluster_gives_the_same_comparison(corpus, one_process, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster:
        result = run_cli("build", corpus, "-o", tmp_path / "out", "--scheduler", cluster.scheduler_address)
        assert result.returncode == 0, result.stderr
    assert comparison_without_time(tmp_path / "out") == one_process


def test_a_scheduler_that_does_not_answer_is_one_clear_line(corpus, tmp_path):
    result = run_cli("build", corpus, "-o", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:9")
    assert result.returncode != 0
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "comparison.json").exists()


def test_workers_are_no_part_of_a_cached_result(corpus, tmp_path):
    """Asking for other workers rebuilds nothing: where the work runs changes no result."""
    assert run_cli("build", corpus, "-o", tmp_path / "out", "--workers", "1").returncode == 0
    again = run_cli("build", corpus, "-o", tmp_path / "out", "--workers", "2")
    assert again.returncode == 0 and "up to date" in again.stdout
    assert json.loads((tmp_path / "out" / "comparison.json").read_text(encoding="utf-8"))["sources"]
