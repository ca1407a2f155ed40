"""`compare watch` as a subprocess: a new file regenerates the report; Ctrl-C stops it cleanly."""
import queue
import signal
import subprocess
import sys
import threading
import time

from tests.conftest import ARTICLE, ROOT, load_json

SECOND = ARTICLE.replace("Hospital waiting list falls", "Waiting list at St Mary's down again")


def wait_for(predicate, seconds: float = 60.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def source_count(path) -> int:
    try:
        return len(load_json(path)["sources"])
    except (OSError, ValueError):
        return -1


def watching(corpus, out):
    """`compare watch` started as a user starts it, and a queue its output lines arrive on."""
    process = subprocess.Popen([sys.executable, "-m", "compare", "watch", str(corpus), "-o", str(out),
                                "--quiet", "0.5"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    return process, lines


def test_watch_rebuilds_when_files_arrive_and_stops_on_ctrl_c(corpus, tmp_path):
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "compare", "watch", str(corpus), "-o", str(out),
                                "--quiet", "0.5"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        assert wait_for(lambda: source_count(out / "comparison.json") == 1)
        for n in range(5):  # a burst of files makes one rebuild
            (corpus / f"b{n}.txt").write_text(SECOND.replace("again", f"again {n}"), encoding="utf-8")
        (corpus / "broken.txt").write_bytes(b"")
        assert wait_for(lambda: source_count(out / "comparison.json") == 6)
        assert (out / "report.html").exists()
        time.sleep(1.5)
    finally:
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    assert stdout.count("changed:") == 1 and "b0.txt" in stdout and "report:" in stdout
    assert "broken.txt: empty file" in stderr
    assert "stopped watching" in stdout


def test_a_file_added_while_the_first_build_runs_is_built(corpus, tmp_path):
    for n in range(40):  # enough articles that the first build is still running when the file arrives
        (corpus / f"a{n:02d}.txt").write_text(ARTICLE.replace("third month", f"month {n}"), encoding="utf-8")
    out = tmp_path / "out"
    process, lines = watching(corpus, out)
    try:
        line = lines.get(timeout=60)
        assert line.startswith("watching")
        (corpus / "late.txt").write_text(SECOND, encoding="utf-8")
        assert wait_for(lambda: source_count(out / "comparison.json") == 41)
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)


def test_a_changed_compare_toml_is_used_by_the_next_build(corpus, tmp_path):
    """The watch reads the settings again for every build: it does not keep the ones it started with."""
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "b.md").write_text(SECOND, encoding="utf-8")
    out = tmp_path / "out"
    process, lines = watching(corpus, out)
    try:
        assert lines.get(timeout=60).startswith("watching")
        while not lines.get(timeout=120).startswith("report:"):
            pass
        assert source_count(out / "comparison.json") == 2
        (corpus / "compare.toml").write_text('extensions = [".txt"]\n', encoding="utf-8")
        assert wait_for(lambda: source_count(out / "comparison.json") == 1)
        assert [s["path"] for s in load_json(out / "comparison.json")["sources"]] == ["a.txt"]
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
