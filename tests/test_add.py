"""`compare add` and `compare refresh` as a user runs them, against a server on 127.0.0.1."""
import csv

from tests.conftest import ARTICLE, load_json, run_cli
from tests.test_fetch import PAGE, server  # noqa: F401  (the fixture)

STORY = (b"<html><head><title>Hospital waiting list falls</title>"
         b"<meta name='author' content='Jo Bloggs'></head><body><article><h1>Hospital waiting list falls</h1>"
         b"<p>The number of patients waiting for treatment at St Mary's hospital fell to 4,120 in March, the "
         b"trust said on Tuesday, the third monthly fall in a row.</p><p>Chief executive Dana Reyes said: "
         b"\xe2\x80\x9cStaff have worked incredibly hard this winter to bring waits down.\xe2\x80\x9d</p>"
         b"</article></body></html>")


def manifest_rows(corpus):
    with (corpus / "manifest.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_add_a_page_saves_it_with_its_address_and_rebuilds(server, corpus, tmp_path):  # noqa: F811
    base, routes = server
    routes["/news/waiting-list"] = (200, {"Content-Type": "text/html; charset=utf-8"}, STORY)
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("add", f"{base}/news/waiting-list", corpus, "-o", out, "--allow-private")
    assert result.returncode == 0, result.stderr
    [row] = [r for r in manifest_rows(corpus) if r.get("url")]
    assert row["file"] == "waiting-list.html" and row["url"] == f"{base}/news/waiting-list" and row["fetched"]
    sources = load_json(out / "comparison.json")["sources"]
    assert sorted(s["id"] for s in sources) == ["a", "waiting-list"]
    added = load_json(out / "comparison.json")["since_last_build"]
    assert added is not None


def test_a_page_from_a_private_address_needs_permission(server, corpus):  # noqa: F811
    base, routes = server
    routes["/p"] = (200, {"Content-Type": "text/html"}, STORY)
    result = run_cli("add", f"{base}/p", corpus)
    assert result.returncode == 4 and "not a public address" in result.stderr
    assert list(corpus.iterdir()) == []


def test_duplicates_are_refused(server, corpus, tmp_path):  # noqa: F811
    base, routes = server
    routes["/dup"] = (200, {"Content-Type": "text/html"}, STORY)
    out = tmp_path / "out"
    assert run_cli("add", f"{base}/dup", corpus, "-o", out, "--allow-private").returncode == 0
    again = run_cli("add", f"{base}/dup", corpus, "-o", out, "--allow-private")
    assert again.returncode == 1 and "already in the corpus as dup.html" in again.stderr
    copy = tmp_path / "copy.html"
    copy.write_bytes(STORY)
    same = run_cli("add", copy, corpus, "-o", out)
    assert same.returncode == 1 and "same content is already in the corpus" in same.stderr


def test_add_a_file(corpus, tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run_cli("add", article, corpus, "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert (corpus / "story.txt").read_text(encoding="utf-8") == ARTICLE


def test_refresh_rebuilds_only_when_a_page_changed(server, corpus, tmp_path):  # noqa: F811
    base, routes = server
    routes["/live"] = (200, {"Content-Type": "text/html"}, STORY)
    out = tmp_path / "out"
    assert run_cli("add", f"{base}/live", corpus, "-o", out, "--allow-private").returncode == 0
    same = run_cli("refresh", corpus, "-o", out, "--allow-private")
    assert same.returncode == 0 and "0 changed, 1 unchanged" in same.stdout and "built" not in same.stdout
    routes["/live"] = (200, {"Content-Type": "text/html"}, STORY.replace(b"4,120", b"4,080"))
    changed = run_cli("refresh", corpus, "-o", out, "--allow-private")
    assert changed.returncode == 0 and "1 changed" in changed.stdout and "built 1 source" in changed.stdout
    assert "4,080" in (out / "comparison.json").read_text(encoding="utf-8")
    routes["/live"] = (500, {}, b"")
    failed = run_cli("refresh", corpus, "-o", out, "--allow-private")
    assert failed.returncode == 4 and "could not refresh" in failed.stderr


def test_refresh_never_writes_outside_the_corpus(server, corpus, tmp_path):  # noqa: F811
    base, routes = server
    routes["/evil"] = (200, {"Content-Type": "text/html"}, STORY)
    victim = tmp_path / "victim.txt"
    victim.write_text("the user's own file", encoding="utf-8")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "link.html").symlink_to(victim)
    (corpus / "manifest.csv").write_text(
        "file,url\n"
        f"../victim.txt,{base}/evil\n"
        f"{tmp_path / 'absolute.html'},{base}/evil\n"
        f"link.html,{base}/evil\n", encoding="utf-8")
    result = run_cli("refresh", corpus, "-o", tmp_path / "out", "--allow-private")
    assert victim.read_text(encoding="utf-8") == "the user's own file"
    assert not (tmp_path / "absolute.html").exists() and list(outside.iterdir()) == []
    assert "link.html" in result.stderr and "../victim.txt" in result.stderr


def test_add_and_refresh_change_only_the_cells_they_own(server, corpus, tmp_path):  # noqa: F811
    """The user's extra columns, dates this tool cannot read, a row it cannot parse, the byte-order
    mark and the Windows line endings all survive `add` and `refresh`; only `url`/`fetched` change."""
    base, routes = server
    routes["/kept"] = (200, {"Content-Type": "text/html"}, STORY)
    routes["/new"] = (200, {"Content-Type": "text/html"}, STORY.replace(b"4,120", b"3,999"))
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "kept.html").write_bytes(b"<html><body><p>Old copy.</p></body></html>")
    original = ("\ufefffile,outlet,published,desk notes,url,fetched\r\n"
                "a.txt,Evening Post,last spring,\"checked, twice\",,\r\n"
                f"kept.html,Gazette,19/11/2014,ask Sam,{base}/kept,2020-01-01T00:00:00+00:00\r\n"
                "b.txt,\"Broken Quote,2021-01-01,,,\r\n")
    (corpus / "manifest.csv").write_bytes(original.encode("utf-8"))
    out = tmp_path / "out"
    assert run_cli("add", f"{base}/new", corpus, "-o", out, "--allow-private").returncode == 0
    after_add = (corpus / "manifest.csv").read_bytes().decode("utf-8")
    assert after_add.startswith(original)
    [added] = after_add[len(original):].splitlines(keepends=True)
    assert added.startswith(f"new.html,,,,{base}/new,") and added.endswith("\r\n")

    routes["/kept"] = (200, {"Content-Type": "text/html"}, STORY.replace(b"4,120", b"4,121"))
    result = run_cli("refresh", corpus, "-o", out, "--allow-private")
    assert "1 changed" in result.stdout, result.stdout + result.stderr
    lines = (corpus / "manifest.csv").read_bytes().decode("utf-8").splitlines(keepends=True)
    original_lines = (original + added).splitlines(keepends=True)
    assert len(lines) == len(original_lines)
    changed = [(old, new) for old, new in zip(original_lines, lines) if old != new]
    [(old, new)] = changed
    assert old.startswith("kept.html,Gazette,19/11/2014,ask Sam,") and not new.endswith("2020-01-01T00:00:00+00:00\r\n")
    assert new.startswith(f"kept.html,Gazette,19/11/2014,ask Sam,{base}/kept,20")


def test_a_page_no_build_could_read_is_not_saved(server, corpus, tmp_path):  # noqa: F811
    """An empty body, compressed bytes nobody asked for, a PNG sent as HTML, a page with no article
    text: each is refused with the reason, and the corpus and its manifest are left as they were;
    on `refresh` the file already saved stays."""
    import gzip
    base, routes = server
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    routes["/empty"] = (200, {"Content-Type": "text/html"}, b"")
    routes["/gzip"] = (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, gzip.compress(b"\0" * 100_000))
    routes["/gzip-unlabelled"] = (200, {"Content-Type": "text/html"}, gzip.compress(b"\0" * 100_000))
    routes["/png"] = (200, {"Content-Type": "text/html"}, png)
    routes["/nothing"] = (200, {"Content-Type": "text/html"}, b"<html><body><nav>Home</nav></body></html>")
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for path, reason in [("/empty", "empty"), ("/gzip", "compressed"), ("/gzip-unlabelled", "binary"),
                         ("/png", "binary"), ("/nothing", "no article text")]:
        result = run_cli("add", f"{base}{path}", corpus, "-o", tmp_path / "out", "--allow-private")
        assert result.returncode == 4 and reason in result.stderr, (path, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert sorted(p.name for p in corpus.iterdir()) == ["a.txt"], path

    routes["/live"] = (200, {"Content-Type": "text/html"}, STORY)
    assert run_cli("add", f"{base}/live", corpus, "-o", tmp_path / "out", "--allow-private").returncode == 0
    routes["/live"] = (200, {"Content-Type": "text/html"}, png)
    result = run_cli("refresh", corpus, "-o", tmp_path / "out", "--allow-private")
    assert result.returncode == 4 and "live.html" in result.stderr and "binary" in result.stderr
    assert (corpus / "live.html").read_bytes() == STORY


def test_add_a_file_with_what_is_known_of_it_writes_its_manifest_row(corpus, tmp_path):
    article = tmp_path / "waits.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("add", article, corpus, "-o", out, "--outlet", "Leeds Echo", "--url",
                     "https://www.leedsecho.example/waits", "--published", "2024-03-05", "--byline", "Jo Bloggs")
    assert result.returncode == 0, result.stderr
    [row] = manifest_rows(corpus)
    assert (row["file"], row["outlet"], row["url"], row["published"], row["byline"]) == (
        "waits.txt", "Leeds Echo", "https://www.leedsecho.example/waits", "2024-03-05", "Jo Bloggs")
    [source] = load_json(out / "comparison.json")["sources"]
    assert source["outlet"] == "Leeds Echo" and source["published"] == "2024-03-05"


def test_add_refuses_a_date_that_is_none_and_adds_nothing(corpus, tmp_path):
    article = tmp_path / "waits.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run_cli("add", article, corpus, "--published", "last Tuesday")
    assert result.returncode == 1 and "not a date" in result.stderr
    assert not (corpus / "waits.txt").exists()


def test_an_outlet_comes_from_the_address_else_is_plainly_unknown(corpus, tmp_path):
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "b.txt").write_text(ARTICLE.replace("4,120", "4,210"), encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,url\na.txt,https://www.bbc.co.uk/news/waits\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("build", corpus, "-o", out).returncode == 0
    outlets = {s["path"]: s["outlet"] for s in load_json(out / "comparison.json")["sources"]}
    assert outlets == {"a.txt": "bbc.co.uk", "b.txt": None}
    assert "unknown outlet (b.txt)" in (out / "report.html").read_text(encoding="utf-8")
