def test_five():
    """five"""
    got = factorial(5)
    assert got == 120, f"factorial(5) should return 120, got {got!r}"


def test_zero():
    """zero"""
    got = factorial(0)
    assert got == 1, f"factorial(0) should return 1 (the base case), got {got!r}"


def test_ten():
    """ten"""
    got = factorial(10)
    assert got == 3628800, f"factorial(10) should return 3628800, got {got!r}"


def test_calls_itself():
    """calls itself"""
    assert "factorial" in factorial.__code__.co_names, "factorial should call itself (recursion), not loop"


def test_one():
    """one"""
    got = factorial(1)
    assert got == 1, f"factorial(1) should return 1, got {got!r}"
