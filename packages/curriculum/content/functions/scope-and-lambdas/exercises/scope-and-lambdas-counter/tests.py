def test_counts_from_1():
    """counts from 1"""
    counter = make_counter()
    got = [counter(), counter(), counter()]
    assert got == [1, 2, 3], f"Three calls of make_counter() should return 1, 2, 3, got {got!r}"


def test_custom_start():
    """custom start"""
    counter = make_counter(10)
    got = [counter(), counter()]
    assert got == [11, 12], f"make_counter(10) should count 11, 12, got {got!r}"


def test_counters_are_independent():
    """counters are independent"""
    a = make_counter()
    b = make_counter()
    got = (a(), a(), b(), a())
    assert got == (1, 2, 1, 3), f"Each counter keeps its own count: expected (1, 2, 1, 3), got {got!r}"


def test_no_global_count():
    """no global count"""
    first = make_counter()
    first()
    first()
    second = make_counter()
    got = second()
    assert got == 1, f"A new counter should start again from 1, got {got!r} -- keep the count inside make_counter, not in a global"


def test_negative_start():
    """negative start"""
    counter = make_counter(-2)
    got = [counter(), counter(), counter()]
    assert got == [-1, 0, 1], f"make_counter(-2) should count -1, 0, 1, got {got!r}"
