def test_no_discount():
    """no discount"""
    got = total_cost(10, 3, 0)
    assert got == 30, f"total_cost(10, 3, 0) should return 30 (10 * 3, no discount), got {got!r}"


def test_10_percent_discount():
    """10 percent discount"""
    got = total_cost(10, 3, 10)
    assert got == 27, f"total_cost(10, 3, 10) should return 27.0 (30 minus 10% of 30), got {got!r}"


def test_decimal_price():
    """decimal price"""
    got = total_cost(2.5, 4, 15)
    assert got == 8.5, f"total_cost(2.5, 4, 15) should return 8.5, got {got!r}"


def test_rounds_to_2_decimals():
    """rounds to 2 decimals"""
    got = total_cost(0.1, 3, 0)
    assert got == 0.3, f"total_cost(0.1, 3, 0) should return 0.3 -- did you round to 2 decimals? got {got!r}"
    got = total_cost(0.333, 1, 0)
    assert got == 0.33, f"total_cost(0.333, 1, 0) should return 0.33 (rounded to 2 decimals), got {got!r}"


def test_full_discount():
    """full discount"""
    got = total_cost(19.99, 2, 100)
    assert got == 0, f"total_cost(19.99, 2, 100) should return 0, got {got!r}"


def test_zero_quantity():
    """zero quantity"""
    got = total_cost(5, 0, 20)
    assert got == 0, f"total_cost(5, 0, 20) should return 0, got {got!r}"
