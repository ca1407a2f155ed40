"""The command line: parse, call the library, turn its errors into a line and an exit status.

Exit status: 0 built (perhaps with some files skipped), 1 usage error,
2 nothing could be built.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import CompareError


def _say_error(message: str) -> None:
    click.echo(f"compare: error: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="compare")
def cli() -> None:
    """Compare news articles about one story, claim by claim."""


def _build(corpus: Path, out: Path | None, config, force: bool = False):
    """One build with progress on stderr and a line per skipped file; the library does the work."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeRemainingColumn

    from .build import build

    console = Console(stderr=True)
    # Only on a terminal: in a log (cron, systemd, watch piped to a file) a spinner is noise.
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=console, transient=True,
                  disable=not console.is_terminal) as progress:
        task = progress.add_task("reading sources", total=None)

        def on_total(count: int) -> None:
            progress.update(task, total=count, completed=0)

        def on_file(rel: str) -> None:
            progress.update(task, description=f"reading {rel}", advance=1)

        def on_skip(entry) -> None:
            progress.console.print(f"compare: skipped {corpus / entry.path}: {entry.reason}",
                                   markup=False, highlight=False, soft_wrap=True)

        def on_stage(stage: str) -> None:  # past reading: the stage, with no count of files left over
            progress.update(task, description=stage, total=None, completed=0)

        result = build(corpus, out, config, on_skip=on_skip, on_file=on_file, force=force, on_stage=on_stage,
                       on_total=on_total)
    if result.up_to_date:
        click.echo(f"up to date: nothing changed since the last build in {result.out_dir}")
        return result
    comparison = result.comparison
    click.echo(f"built {len(comparison.corpus.sources)} source(s), skipped {len(comparison.corpus.skipped)}; "
               f"wrote " + ", ".join(str(p) for p in result.outputs))
    return result


def _corpus_and_config(corpus: Path | None, config_path: Path | None = None):
    from .build import find_corpus
    from .config import Config

    corpus = corpus or find_corpus()
    return corpus, Config.load(corpus, config_path, on_problem=lambda problem: click.echo(f"compare: {problem}",
                                                                                          err=True))


CORPUS = click.argument("corpus", required=False, type=click.Path(path_type=Path))
OUT = click.option("-o", "--out", type=click.Path(path_type=Path), help="Output folder (default: build/<corpus name>/).")
ALLOW_PRIVATE = click.option("--allow-private", is_flag=True,
                             help="Allow fetching from loopback and private addresses (off: such pages are refused).")


@cli.command("build")
@CORPUS
@OUT
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Settings file (default: the corpus' own compare.toml).")
@click.option("--force", is_flag=True, help="Re-read and re-extract every source, ignoring the cache.")
@click.option("--workers", type=click.IntRange(0, 1024), help="Processes doing the work (default: one per core).")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="A Dask scheduler whose workers do the work (pip install 'compare[dask]').")
def build_command(corpus: Path | None, out: Path | None, config_path: Path | None, force: bool,
                  workers: int | None, scheduler: str | None) -> None:
    """Read CORPUS (default: the only folder under sources/) and write the comparison."""
    from dataclasses import replace

    corpus, config = _corpus_and_config(corpus, config_path)
    where = {k: v for k, v in (("workers", workers), ("scheduler", scheduler)) if v is not None}
    _build(corpus, out, replace(config, **where), force)


@cli.command("add")
@click.argument("target")
@CORPUS
@OUT
@ALLOW_PRIVATE
@click.option("--outlet", help="The outlet that published it, for the manifest.")
@click.option("--url", help="Its address, for the manifest (a fetched page's own address is kept otherwise).")
@click.option("--published", help="Its date, YYYY-MM-DD, for the manifest.")
@click.option("--byline", help="Its author(s), for the manifest.")
def add_command(target: str, corpus: Path | None, out: Path | None, allow_private: bool, outlet: str | None,
                url: str | None, published: str | None, byline: str | None) -> None:
    """Copy a file or fetch a web page (TARGET) into CORPUS, write what is known of it to the
    manifest, then rebuild."""
    from .add import add_source

    corpus, config = _corpus_and_config(corpus)
    about = {k: v for k, v in (("outlet", outlet), ("url", url), ("published", published), ("byline", byline)) if v}
    name = add_source(target, corpus, config, allow_private=allow_private, about=about)
    click.echo(f"added {corpus / name}")
    _build(corpus, out, config)


@cli.command("refresh")
@CORPUS
@OUT
@ALLOW_PRIVATE
def refresh_command(corpus: Path | None, out: Path | None, allow_private: bool) -> None:
    """Fetch again the pages CORPUS took from the web; rebuild if any changed.

    Exit status: 0 done (rebuilt or already up to date), 4 some pages could not be fetched
    (the others were handled), 2 nothing could be built, 1 usage error.
    """
    from .add import refresh_sources
    from .fetch import FetchError

    corpus, config = _corpus_and_config(corpus)
    result = refresh_sources(corpus, config, allow_private=allow_private)
    for name, reason in result.failed:
        click.echo(f"compare: could not refresh {corpus / name}: {reason}", err=True)
    click.echo(f"{len(result.changed)} changed, {len(result.unchanged)} unchanged, {len(result.failed)} failed")
    if result.changed:
        _build(corpus, out, config)
    if result.failed:
        raise FetchError(f"{len(result.failed)} page(s) could not be fetched")


@cli.command("watch")
@CORPUS
@OUT
@click.option("--quiet", type=float, default=1.0, show_default=True,
              help="Seconds without changes before a rebuild, so a burst of files makes one build.")
def watch_command(corpus: Path | None, out: Path | None, quiet: float) -> None:
    """Rebuild CORPUS whenever its files are added, changed or removed (Ctrl-C stops)."""
    from .build import DEFAULT_OUT
    from .errors import CompareError
    from .watch import watch

    corpus, _ = _corpus_and_config(corpus)
    out = out or DEFAULT_OUT / corpus.resolve().name

    def once() -> None:
        """One build with the settings as they are now (compare.toml may have changed); no error, of
        whatever kind, ends the watch: it is reported in one line and the next change is awaited."""
        try:
            result = _build(corpus, out, _corpus_and_config(corpus)[1])
            click.echo(f"report: {result.out_dir / 'report.html'}")
        except CompareError as exc:
            _say_error(str(exc))
        except Exception as exc:  # noqa: BLE001  (a watch outlives a bug in one build)
            _say_error(f"the build failed ({exc.__class__.__name__}: {exc}); watching on")

    def rebuild(changed: list[str]) -> None:
        click.echo(f"changed: {', '.join(changed)}")
        once()

    def first() -> None:
        click.echo(f"watching {corpus} (Ctrl-C to stop)")
        once()

    watch(corpus, out, rebuild, quiet=quiet, first=first)
    click.echo("stopped watching")


@cli.command("report")
@click.argument("comparison", type=click.Path(path_type=Path, dir_okay=False))
@click.option("-o", "--out", type=click.Path(path_type=Path), help="Output folder (default: beside the file).")
def report_command(comparison: Path, out: Path | None) -> None:
    """Rebuild report.html, brief.pdf and the CSV tables from an existing comparison.json."""
    from .build import report

    click.echo("wrote " + ", ".join(str(p) for p in report(comparison, out)))


@cli.command("serve")
@click.argument("build_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("build"), required=False)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default keeps the desk on this machine.")
@click.option("--port", default=8765, show_default=True, type=int, help="Port to listen on.")
def serve_command(build_dir: Path, host: str, port: int) -> None:
    """A review desk over a build folder: mark each finding verified, dismissed or needs-work, with a
    note; the verdicts are kept in the build folder and survive rebuilds."""
    from .serve import serve

    if not (build_dir / "comparison.json").is_file():
        raise click.ClickException(f"{build_dir}: no comparison.json here; run 'compare build' first")
    click.echo(f"review desk for {build_dir} at http://{host}:{port}/ (Ctrl+C to stop)")
    serve(build_dir, host, port)


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="compare", standalone_mode=False)
    except click.exceptions.Abort:
        _say_error("interrupted")
        return 130
    except click.ClickException as exc:
        _say_error(exc.format_message())
        return 1
    except CompareError as exc:
        _say_error(str(exc))
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
