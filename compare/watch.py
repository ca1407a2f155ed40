"""`compare watch`: rebuild when a corpus changes.

watchdog reports file events; they are gathered until the folder has been
quiet for `quiet` seconds, so ten files copied at once make one rebuild.
Hidden files (editors' temporaries, the build cache) are ignored, and so is
the output folder when it lies inside the corpus. A build that fails is
reported and the watch goes on.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path


def watch(corpus_dir: Path, out_dir: Path, rebuild: Callable[[list[str]], None], quiet: float = 1.0,
          stop: threading.Event | None = None, first: Callable[[], None] | None = None) -> None:
    """Call `rebuild(changed paths)` after each burst of changes, until `stop` is set or Ctrl-C.

    `first` (the first build) runs once the folder is watched, so a file that arrives while it
    runs is seen and built after it."""
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers import Observer

    corpus_dir, out_dir = Path(corpus_dir).resolve(), Path(out_dir).resolve()
    stop = stop or threading.Event()
    pending: dict[str, float] = {}
    lock = threading.Lock()

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event):
            if event.event_type in ("opened", "closed_no_write"):
                return
            for raw in filter(None, (event.src_path, getattr(event, "dest_path", ""))):
                path = Path(raw).resolve()
                if path == corpus_dir or out_dir in path.parents or path == out_dir:
                    continue
                rel = path.relative_to(corpus_dir).as_posix() if corpus_dir in path.parents else path.name
                if any(part.startswith(".") for part in Path(rel).parts):
                    continue
                with lock:
                    pending[rel] = time.monotonic()

    observer = Observer()
    observer.schedule(Handler(), str(corpus_dir), recursive=True)
    observer.start()
    try:
        if first:
            first()
        while not stop.is_set():
            stop.wait(0.2)
            with lock:
                ready = pending and time.monotonic() - max(pending.values()) >= quiet
                changed = sorted(pending) if ready else []
                if ready:
                    pending.clear()
            if changed:
                rebuild(changed)
    except KeyboardInterrupt:
        pass
    finally:
        observer.stop()
        observer.join()
