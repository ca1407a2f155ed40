"""Where the per-source and per-event stages run: here, in a pool of processes, or on a Dask cluster.

Both stages are pure functions of their inputs, so they can run anywhere and in any order; a
`Runner` only maps one over many inputs and hands the results back in the order of the inputs,
so a build's result never depends on how many workers made it. Errors a stage reports about its
input (a `SourceError`) come back as values, never lost with a worker.

- `InProcess`: one worker, this process (what a library caller gets unless it asks).
- `ProcessPool`: the machine's cores (`--workers N`, by default every core). Worker processes are
  started by a fork server, so they inherit no thread of the build (a progress display's). As with
  any such pool, a script that calls `build` must do so under `if __name__ == "__main__":`.
- `DaskCluster`: a Dask scheduler (`--scheduler tcp://HOST:PORT`); its workers must see the corpus
  folder at the same path (a shared file system), since they read the files themselves.
"""
from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Protocol, TypeVar

from .errors import UsageError

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 1
"""Inputs sent to a pool worker at a time: one, so a slow article or a large story holds back no other
(the cost of sending each apart is small beside the work on it)."""
POOL_FROM = 16
"""Fewer inputs than this are done here: starting worker processes would cost more than it saves."""
ITEMS_PER_TASK = 8
"""Inputs in one Dask task: most stories are one or two articles, and a task per story would spend
more in the round trips to the scheduler than in the work."""
TASKS_PER_WORKER = 16
"""Dask tasks waiting or running per worker thread: enough that no worker waits for the next, few enough
that the scheduler never holds an archive's worth of inputs."""


class Runner(Protocol):
    workers: int

    def map(self, function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """`function` over `items`, the results in the order of the items, each as soon as it and those
        before it are done."""
        ...

    def close(self) -> None: ...


class InProcess:
    workers = 1

    def map(self, function, items):
        return map(function, items)

    def close(self) -> None:
        pass


class ProcessPool:
    """A pool of worker processes, started on first use and kept for the build."""

    def __init__(self, workers: int):
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def map(self, function, items):
        items = list(items)
        if len(items) < POOL_FROM:
            return map(function, items)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("forkserver"))
        return self._pool.map(function, items, chunksize=CHUNK)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


class DaskCluster:
    """The stages as Dask tasks on the cluster a scheduler runs (Dask is an optional extra)."""

    def __init__(self, address: str):
        try:
            from distributed import Client
        except ImportError:
            raise UsageError("a Dask scheduler needs Dask: pip install 'compare[dask]'") from None
        try:
            self._client = Client(address, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        self.workers = max(1, sum(self._client.nthreads().values()))

    def map(self, function, items):
        """Items sent `ITEMS_PER_TASK` to a task, and tasks handed to the scheduler a window at a time, so
        it holds the inputs of a few tasks per worker (a story's claims, an article's path) rather than of
        the whole archive."""
        items, window = iter(items), deque()
        batches = iter(lambda: list(itertools.islice(items, ITEMS_PER_TASK)), [])
        for batch in batches:
            window.append(self._client.submit(_each, function, batch, pure=False))
            if len(window) >= TASKS_PER_WORKER * self.workers:
                break
        while window:
            future = window.popleft()
            yield from future.result()
            future.release()
            for batch in itertools.islice(batches, 1):
                window.append(self._client.submit(_each, function, batch, pure=False))

    def close(self) -> None:
        self._client.close()


def _each(function, batch: list) -> list:
    return [function(item) for item in batch]


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def runner(workers: int = 0, scheduler: str = "") -> Runner:
    """A Dask cluster when a scheduler is named; else `workers` processes (0: every core), or this
    process alone when that is one."""
    if scheduler:
        return DaskCluster(scheduler)
    workers = workers or default_workers()
    return InProcess() if workers == 1 else ProcessPool(workers)
