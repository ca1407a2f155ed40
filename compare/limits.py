"""Time limits for work on untrusted input (parsing a page, finding claims, rendering a PDF)."""
from __future__ import annotations

import contextlib
import signal
import threading
import time


@contextlib.contextmanager
def time_limit(seconds: float, error: type[Exception], message: str):
    """Raise `error(message)` after `seconds`; only in the main thread, where signals work.

    Limits nest: inside a limit that ends sooner, this one adds nothing; on leaving, the outer
    limit runs on with what is left of it."""
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return
    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    if 0 < outer_left <= seconds:
        yield
        return

    def expire(signum, frame):
        raise error(message)

    began = time.monotonic()
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left > 0:  # the outer limit's time goes on counting
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - (time.monotonic() - began), 1e-6))
