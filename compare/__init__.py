"""compare: read several news articles about one story and show where they agree and differ.

The library is what the command line calls; a notebook can do the same::

    from compare import build
    result = build("sources/rotherham-ofsted", "build/rotherham-ofsted")

or compare without writing anything (`compare.core.compare`).
"""
__version__ = "0.2.0"  # 0.2: findings within one story, one per fact, with stable ids (comparison/2)

from .build import BuildResult, build  # noqa: E402

__all__ = ["build", "BuildResult", "__version__"]
