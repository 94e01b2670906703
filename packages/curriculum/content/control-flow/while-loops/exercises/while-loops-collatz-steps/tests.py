def test_already_at_1():
    """already at 1"""
    got = collatz_steps(1)
    assert got == 0, f"collatz_steps(1) should return 0, got {got!r}"


def test_a_power_of_two():
    """a power of two"""
    got = collatz_steps(16)
    assert got == 4, f"collatz_steps(16) should return 4 (16, 8, 4, 2, 1), got {got!r}"


def test_odd_and_even_steps():
    """odd and even steps"""
    got = collatz_steps(6)
    assert got == 8, f"collatz_steps(6) should return 8 (6, 3, 10, 5, 16, 8, 4, 2, 1), got {got!r}"


def test_returns_a_whole_number():
    """returns a whole number"""
    got = collatz_steps(7)
    assert got == 16 and type(got) is int, f"collatz_steps(7) should return the int 16, got {got!r}"


def test_a_long_sequence():
    """a long sequence"""
    got = collatz_steps(27)
    assert got == 111, f"collatz_steps(27) should return 111, got {got!r}"


def test_small_numbers():
    """small numbers"""
    got = [collatz_steps(n) for n in (2, 3, 4, 5)]
    assert got == [1, 7, 2, 5], f"collatz_steps of 2, 3, 4, 5 should be [1, 7, 2, 5], got {got!r}"
