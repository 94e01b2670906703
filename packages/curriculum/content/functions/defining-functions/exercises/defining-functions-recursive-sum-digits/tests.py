def test_three_digits():
    """three digits"""
    got = sum_digits(472)
    assert got == 13, f"sum_digits(472) should return 13, got {got!r}"


def test_one_digit():
    """one digit"""
    got = (sum_digits(0), sum_digits(7))
    assert got == (0, 7), f"sum_digits(0) and sum_digits(7) should return 0 and 7, got {got!r}"


def test_long_number():
    """long number"""
    got = sum_digits(9876543210)
    assert got == 45, f"sum_digits(9876543210) should return 45, got {got!r}"


def test_calls_itself():
    """calls itself"""
    assert "sum_digits" in sum_digits.__code__.co_names, "sum_digits should call itself (recursion), not loop"


def test_ends_in_zero():
    """ends in zero"""
    got = sum_digits(100)
    assert got == 1, f"sum_digits(100) should return 1, got {got!r}"
