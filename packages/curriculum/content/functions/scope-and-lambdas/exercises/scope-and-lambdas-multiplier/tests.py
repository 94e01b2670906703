def test_returns_a_function():
    """returns a function"""
    got = make_multiplier(2)
    assert callable(got), f"make_multiplier(2) should return a function, got {got!r}"


def test_doubles():
    """doubles"""
    double = make_multiplier(2)
    got = double(5)
    assert got == 10, f"make_multiplier(2)(5) should return 10, got {got!r}"


def test_each_function_keeps_its_own_factor():
    """each function keeps its own factor"""
    double = make_multiplier(2)
    triple = make_multiplier(3)
    got = (double(5), triple(5), double(1))
    assert got == (10, 15, 2), f"double(5), triple(5), double(1) should be (10, 15, 2), got {got!r}"


def test_zero_and_negative_factors():
    """zero and negative factors"""
    got = (make_multiplier(0)(7), make_multiplier(-1)(7))
    assert got == (0, -7), f"expected (0, -7), got {got!r}"


def test_works_with_map():
    """works with map"""
    got = list(map(make_multiplier(10), [1, 2, 3]))
    assert got == [10, 20, 30], f"expected [10, 20, 30], got {got!r}"
