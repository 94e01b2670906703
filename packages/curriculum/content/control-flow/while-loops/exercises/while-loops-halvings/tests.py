def test_power_of_two():
    """power of two"""
    got = halvings(8)
    assert got == 3, f"halvings(8) should return 3 (8 -> 4 -> 2 -> 1), got {got!r}"


def test_odd_numbers_along_the_way():
    """odd numbers along the way"""
    got = halvings(10)
    assert got == 3, f"halvings(10) should return 3 (10 -> 5 -> 2 -> 1), got {got!r}"


def test_already_1():
    """already 1"""
    got = halvings(1)
    assert got == 0, f"halvings(1) should return 0 -- the loop should not run at all, got {got!r}"


def test_zero_and_negative():
    """zero and negative"""
    got = (halvings(0), halvings(-5))
    assert got == (0, 0), f"halvings(0) and halvings(-5) should both be 0, got {got!r}"


def test_large_number():
    """large number"""
    got = halvings(1_000_000)
    assert got == 19, f"halvings(1000000) should return 19, got {got!r}"
