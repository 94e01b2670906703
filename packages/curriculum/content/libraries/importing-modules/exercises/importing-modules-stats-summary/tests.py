def test_a_typical_list():
    """a typical list"""
    got = summarize([2, 4, 4, 4, 5, 5, 7, 9])
    expected = {'mean': 5.0, 'median': 4.5, 'stdev': 2.14}
    assert got == expected, f"summarize([2, 4, 4, 4, 5, 5, 7, 9]) should be {expected!r}, got {got!r}"
    got = summarize([1, 3])
    assert got == {'mean': 2, 'median': 2, 'stdev': 1.41}, f"two numbers have a stdev: summarize([1, 3]) should be {{'mean': 2, 'median': 2, 'stdev': 1.41}}, got {got!r}"


def test_odd_number_of_values():
    """odd number of values"""
    got = summarize([3, 1, 2])
    expected = {'mean': 2.0, 'median': 2, 'stdev': 1.0}
    assert got == expected, f"summarize([3, 1, 2]) should be {expected!r}, got {got!r}"


def test_floats_are_rounded():
    """floats are rounded"""
    got = summarize([1.5, 2.25, 3.0, 10.1])
    expected = {'mean': 4.21, 'median': 2.62, 'stdev': 3.97}
    assert got == expected, f"values must be rounded to 2 decimals: expected {expected!r}, got {got!r}"


def test_a_single_number():
    """a single number"""
    try:
        got = summarize([7])
    except Exception as e:
        raise AssertionError(f"summarize([7]) raised {type(e).__name__}: stdev needs two values, use 0.0 for a single number") from None
    assert got == {'mean': 7, 'median': 7, 'stdev': 0.0}, f"summarize([7]) should be {{'mean': 7, 'median': 7, 'stdev': 0.0}}, got {got!r}"


def test_an_empty_list():
    """an empty list"""
    try:
        summarize([])
    except ValueError:
        pass
    except Exception as e:
        raise AssertionError(f"summarize([]) should raise ValueError, not {type(e).__name__}") from None
    else:
        raise AssertionError("summarize([]) should raise ValueError")


def test_the_input_list_is_unchanged():
    """the input list is unchanged"""
    numbers = [9, 1, 5]
    summarize(numbers)
    assert numbers == [9, 1, 5], f"summarize must not change its argument, the list is now {numbers!r}"
