def test_three_numbers():
    """three numbers"""
    got = mean(1, 2, 3)
    assert got == 2, f"mean(1, 2, 3) should return 2.0, got {got!r}"


def test_not_a_whole_number():
    """not a whole number"""
    got = mean(1, 2)
    assert got == 1.5, f"mean(1, 2) should return 1.5, got {got!r}"


def test_no_numbers():
    """no numbers"""
    got = mean()
    assert got is None, f"mean() should return None, got {got!r}"


def test_rounding():
    """rounding"""
    got = mean(1, 2, 2, ndigits=2)
    assert got == 1.67, f"mean(1, 2, 2, ndigits=2) should return 1.67, got {got!r}"


def test_one_number_no_rounding_by_default():
    """one number, no rounding by default"""
    got = (mean(7), mean(1, 1, 2))
    assert got == (7, 4 / 3), f"mean(7) and mean(1, 1, 2) should be (7.0, {4 / 3!r}) -- do not round unless ndigits is given, got {got!r}"


def test_ndigits_0():
    """ndigits=0"""
    got = mean(1, 2, 4, ndigits=0)
    assert got == 2, f"mean(1, 2, 4, ndigits=0) should return 2.0, got {got!r}"
