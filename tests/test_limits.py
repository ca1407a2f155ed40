"""Time limits on work over untrusted input, nested as a build nests them (a page's parse inside an
article's budget)."""
import time

import pytest

from compare.limits import time_limit


class Outer(Exception):
    pass


class Inner(Exception):
    pass


def spin(bound: float = 10.0) -> None:
    """Work until a limit stops it; a limit that never fires fails the test instead of hanging it."""
    end = time.monotonic() + bound
    while time.monotonic() < end:
        pass
    pytest.fail("no time limit fired")


def test_the_sooner_of_two_nested_limits_fires_with_its_own_message():
    with pytest.raises(Outer, match="outer"):
        with time_limit(0.2, Outer, "outer"):
            with time_limit(30, Inner, "inner"):
                spin()
    with pytest.raises(Inner, match="inner"):
        with time_limit(30, Outer, "outer"):
            with time_limit(0.2, Inner, "inner"):
                spin()


def test_an_outer_limit_goes_on_counting_after_an_inner_one_ends():
    with pytest.raises(Outer):
        with time_limit(0.5, Outer, "outer"):
            with time_limit(5, Inner, "inner"):
                pass
            spin()


def test_a_limit_left_in_time_fires_no_more():
    with time_limit(0.2, Outer, "outer"):
        pass
    end = time.monotonic() + 0.5
    while time.monotonic() < end:
        pass  # a stray alarm would raise here
