"""A bounded load test on loopback: 40 simulated learners open a task page with
everything Python needs and post results to the class server at the same moment. No
request may fail; the figures are printed (and in `make bench`), never asserted."""

from __future__ import annotations

from tests.classroom_helpers import ClassProcess, describe_load, simulate_class


def test_forty_learners_at_once(built_site, tmp_path, capsys):
    server = ClassProcess(built_site, tmp_path / "class")
    try:
        load = simulate_class(server.origin, built_site, learners=40, checks=5)
    finally:
        cpu, errors_printed = server.stop()
    assert load["errors"] == [], load["errors"][:5]
    assert "Traceback" not in errors_printed, errors_printed
    with capsys.disabled():
        print(f"\n{describe_load(load, cpu)}")
