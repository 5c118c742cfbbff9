"""A short soak in the suite: a hundred random visitor sessions on the real window with prints and directory
swaps: no exception, no crash, no visitor text left after a reset (benchmarks/bench_soak.py).

Memory growth is judged by the benchmark's long run only: over a hundred sessions the kiosk is still
warming up (each language's fonts and first printout load on first use)."""

from __future__ import annotations

import pytest

from benchmarks import bench_soak


@pytest.mark.slow
def test_a_hundred_random_sessions_leave_no_exception_no_crash_and_nothing_of_a_visitor():
    result, code = bench_soak.run(sessions=100, services=0, seed=7, swap_every=30, print_every=25, warm_up=50)
    assert code == 0 and result, "the kiosk process crashed"
    assert result["exceptions"] == 0, result["first_exception"]
    assert result["visitor_text_left"] == 0, result["first_leaks"]
    assert result["swaps"] == 3 and result["walked_away"] > 0 and result["idle_resets"] > 0
    assert result["taps"] > 1000
