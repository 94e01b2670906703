def test_counts_down_from_3():
    """counts down from 3"""
    out = run("3\n")
    lines = out.split()
    assert lines == ["3", "2", "1", "Liftoff!"], f"For the input 3 expected the lines 3, 2, 1, Liftoff!, got {lines!r}"


def test_counts_down_from_5():
    """counts down from 5"""
    out = run("5\n")
    lines = out.split()
    assert lines == ["5", "4", "3", "2", "1", "Liftoff!"], f"For the input 5 expected 5, 4, 3, 2, 1, Liftoff!, got {lines!r}"


def test_stops_at_1_not_0():
    """stops at 1, not 0"""
    out = run("2\n")
    lines = out.split()
    assert "0" not in lines, "The countdown should stop at 1; your program also printed 0"
    assert lines == ["2", "1", "Liftoff!"], f"For the input 2 expected 2, 1, Liftoff!, got {lines!r}"


def test_one():
    """one"""
    out = run("1\n")
    assert out.split() == ["1", "Liftoff!"], f"For the input 1 expected 1, Liftoff!, got {out!r}"


def test_zero_prints_only_liftoff():
    """zero prints only Liftoff!"""
    out = run("0\n")
    assert out.split() == ["Liftoff!"], f"For the input 0 expected only Liftoff!, got {out!r}"
