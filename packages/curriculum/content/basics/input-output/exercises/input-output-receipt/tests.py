def test_three_apples():
    """three apples"""
    out = run("apple\n3\n0.5\n")
    lines = [line.rstrip() for line in out.strip().splitlines()]
    assert lines == ["3 x apple @ 0.50", "Total: 1.50"], f"For apple, 3, 0.5 expected the lines '3 x apple @ 0.50' and 'Total: 1.50', got {lines!r}"


def test_prints_two_lines():
    """prints two lines"""
    out = run("pen\n1\n2\n")
    lines = out.strip().splitlines()
    assert len(lines) == 2, f"Your program should print exactly 2 lines, got {len(lines)}: {out!r}"


def test_two_decimals_for_whole_prices():
    """two decimals for whole prices"""
    out = run("pen\n2\n3\n")
    lines = [line.rstrip() for line in out.strip().splitlines()]
    assert lines == ["2 x pen @ 3.00", "Total: 6.00"], f"Prices need 2 decimals even when whole: expected ['2 x pen @ 3.00', 'Total: 6.00'], got {lines!r}"


def test_rounds_the_total():
    """rounds the total"""
    out = run("gum\n3\n0.333\n")
    lines = [line.rstrip() for line in out.strip().splitlines()]
    assert lines == ["3 x gum @ 0.33", "Total: 1.00"], f"expected ['3 x gum @ 0.33', 'Total: 1.00'], got {lines!r}"


def test_item_names_with_spaces():
    """item names with spaces"""
    out = run("green tea\n10\n1.25\n")
    lines = [line.rstrip() for line in out.strip().splitlines()]
    assert lines == ["10 x green tea @ 1.25", "Total: 12.50"], f"got {lines!r}"
