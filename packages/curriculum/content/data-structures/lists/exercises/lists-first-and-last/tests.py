def test_three_numbers():
    """three numbers"""
    got = first_and_last([4, 8, 15])
    assert got == (4, 15), f"first_and_last([4, 8, 15]) should return (4, 15), got {got!r}"


def test_returns_a_tuple():
    """returns a tuple"""
    got = first_and_last([1, 2])
    assert isinstance(got, tuple), f"first_and_last should return a tuple like (1, 2), got {got!r}"


def test_one_element():
    """one element"""
    got = first_and_last(["solo"])
    assert got == ("solo", "solo"), f"first_and_last(['solo']) should return ('solo', 'solo'), got {got!r}"


def test_empty_list():
    """empty list"""
    got = first_and_last([])
    assert got is None, f"first_and_last([]) should return None, got {got!r}"


def test_long_list_unchanged():
    """long list, unchanged"""
    items = list(range(100))
    got = first_and_last(items)
    assert got == (0, 99), f"first_and_last(list(range(100))) should return (0, 99), got {got!r}"
    assert items == list(range(100)), "first_and_last should not change the list it is given"
