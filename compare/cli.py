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


@cli.command("build")
@click.argument("corpus", required=False, type=click.Path(path_type=Path))
@click.option("-o", "--out", type=click.Path(path_type=Path), help="Output folder (default: build/<corpus name>/).")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Settings file (default: the corpus' own compare.toml).")
@click.option("--force", is_flag=True, help="Re-read and re-extract every source, ignoring the cache.")
def build_command(corpus: Path | None, out: Path | None, config_path: Path | None, force: bool) -> None:
    """Read CORPUS (default: the only folder under sources/) and write the comparison."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from .build import build, find_corpus
    from .config import Config

    corpus = corpus or find_corpus()
    config = Config.load(corpus, config_path)
    console = Console(stderr=True)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=console, transient=True) as progress:
        task = progress.add_task("reading sources")

        def on_file(rel: str) -> None:
            progress.update(task, description=f"reading {rel}")

        def on_skip(entry) -> None:
            progress.console.print(f"compare: skipped {corpus / entry.path}: {entry.reason}",
                                   markup=False, highlight=False, soft_wrap=True)

        result = build(corpus, out, config, on_skip=on_skip, on_file=on_file, force=force)
    comparison = result.comparison
    built = len(comparison.corpus.sources)
    skipped = len(comparison.corpus.skipped)
    click.echo(f"built {built} source(s), skipped {skipped}; wrote "
               + ", ".join(str(p) for p in result.outputs))


@cli.command("report")
@click.argument("comparison", type=click.Path(path_type=Path, dir_okay=False))
@click.option("-o", "--out", type=click.Path(path_type=Path), help="Output folder (default: beside the file).")
def report_command(comparison: Path, out: Path | None) -> None:
    """Rebuild report.html, brief.pdf and the CSV tables from an existing comparison.json."""
    from .build import report

    click.echo("wrote " + ", ".join(str(p) for p in report(comparison, out)))


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
