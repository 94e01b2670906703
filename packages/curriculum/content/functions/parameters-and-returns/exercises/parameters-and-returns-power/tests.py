def test_squares_by_default():
    """squares by default"""
    got = power(3)
    assert got == 9, f"power(3) should return 9 (the exponent defaults to 2), got {got!r}"


def test_explicit_exponent():
    """explicit exponent"""
    got = power(2, 10)
    assert got == 1024, f"power(2, 10) should return 1024, got {got!r}"


def test_exponent_zero():
    """exponent zero"""
    got = power(5, 0)
    assert got == 1, f"power(5, 0) should return 1, got {got!r}"


def test_keyword_argument():
    """keyword argument"""
    got = power(base=2, exponent=3)
    assert got == 8, f"power(base=2, exponent=3) should return 8 -- keep the parameter names base and exponent, got {got!r}"


def test_negative_base():
    """negative base"""
    got = (power(-3), power(-2, 3))
    assert got == (9, -8), f"power(-3) and power(-2, 3) should be (9, -8), got {got!r}"
