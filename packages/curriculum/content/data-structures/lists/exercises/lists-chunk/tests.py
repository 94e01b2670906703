def test_pairs():
    """pairs"""
    got = chunk([1, 2, 3, 4, 5], 2)
    assert got == [[1, 2], [3, 4], [5]], f"chunk([1, 2, 3, 4, 5], 2) should return [[1, 2], [3, 4], [5]], got {got!r}"


def test_exact_fit():
    """exact fit"""
    got = chunk([1, 2, 3, 4], 2)
    assert got == [[1, 2], [3, 4]], f"chunk([1, 2, 3, 4], 2) should return [[1, 2], [3, 4]] -- no empty chunk at the end, got {got!r}"


def test_one_chunk():
    """one chunk"""
    got = chunk(["a", "b", "c"], 3)
    assert got == [["a", "b", "c"]], f"chunk(['a', 'b', 'c'], 3) should return [['a', 'b', 'c']], got {got!r}"


def test_empty_list():
    """empty list"""
    got = chunk([], 4)
    assert got == [], f"chunk([], 4) should return [], got {got!r}"


def test_size_larger_than_the_list():
    """size larger than the list"""
    got = chunk([1, 2], 10)
    assert got == [[1, 2]], f"chunk([1, 2], 10) should return [[1, 2]], got {got!r}"


def test_size_1_input_unchanged():
    """size 1, input unchanged"""
    items = [7, 8, 9]
    got = chunk(items, 1)
    assert got == [[7], [8], [9]], f"chunk([7, 8, 9], 1) should return [[7], [8], [9]], got {got!r}"
    assert items == [7, 8, 9], "chunk should not change the list it is given"
