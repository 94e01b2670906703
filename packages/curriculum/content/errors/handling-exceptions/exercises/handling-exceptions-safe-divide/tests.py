def test_normal_division():
    """normal division"""
    got = safe_divide(10, 4)
    assert got == 2.5, f"safe_divide(10, 4) should be 2.5, got {got!r}"


def test_division_by_zero_gives_none():
    """division by zero gives None"""
    try:
        got = safe_divide(1, 0)
    except ZeroDivisionError:
        raise AssertionError("safe_divide(1, 0) crashed with ZeroDivisionError: catch it and return None") from None
    assert got is None, f"safe_divide(1, 0) should return None, got {got!r}"


def test_zero_and_negative_numbers():
    """zero and negative numbers"""
    assert safe_divide(0, 5) == 0.0, f"safe_divide(0, 5) should be 0.0, got {safe_divide(0, 5)!r}"
    assert safe_divide(-9, 3) == -3.0, f"safe_divide(-9, 3) should be -3.0, got {safe_divide(-9, 3)!r}"


def test_a_float_zero_too():
    """a float zero too"""
    got = safe_divide(2.5, 0.0)
    assert got is None, f"safe_divide(2.5, 0.0) should return None, got {got!r}"


def test_other_errors_are_not_hidden():
    """other errors are not hidden"""
    try:
        result = safe_divide('6', 2)
    except TypeError:
        pass
    else:
        raise AssertionError(f"safe_divide('6', 2) should raise TypeError (catch only ZeroDivisionError), but it returned {result!r}")
