"""Time limits for work on untrusted input (parsing a page, rendering a PDF)."""
from __future__ import annotations

import contextlib
import signal
import threading


@contextlib.contextmanager
def time_limit(seconds: float, error: type[Exception], message: str):
    """Raise `error(message)` after `seconds`; only in the main thread, where signals work."""
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def expire(signum, frame):
        raise error(message)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
