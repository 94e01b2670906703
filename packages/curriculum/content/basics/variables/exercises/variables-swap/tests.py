def test_swaps_two_numbers():
    """swaps two numbers"""
    got = swap(1, 2)
    assert got == (2, 1), f"swap(1, 2) should return (2, 1), got {got!r}"


def test_swaps_two_strings():
    """swaps two strings"""
    got = swap("x", "y")
    assert got == ("y", "x"), f"swap('x', 'y') should return ('y', 'x'), got {got!r}"


def test_returns_a_tuple():
    """returns a tuple"""
    got = swap(3, 4)
    assert isinstance(got, tuple), f"swap should return a tuple like (4, 3), got {type(got).__name__} {got!r}"


def test_works_when_both_values_are_equal():
    """works when both values are equal"""
    got = swap(5, 5)
    assert got == (5, 5), f"swap(5, 5) should return (5, 5), got {got!r}"


def test_swaps_values_of_different_types():
    """swaps values of different types"""
    got = swap(True, [1, 2])
    assert got == ([1, 2], True), f"swap(True, [1, 2]) should return ([1, 2], True), got {got!r}"
