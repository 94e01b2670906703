def test_shortest_first():
    """shortest first"""
    got = sort_by_length(["banana", "kiwi", "fig", "apple"])
    assert got == ["fig", "kiwi", "apple", "banana"], f"expected ['fig', 'kiwi', 'apple', 'banana'], got {got!r}"


def test_same_length_keeps_the_order():
    """same length keeps the order"""
    got = sort_by_length(["bb", "aa", "c"])
    assert got == ["c", "bb", "aa"], f"Words of the same length keep their order (not alphabetical): expected ['c', 'bb', 'aa'], got {got!r}"


def test_returns_a_new_list():
    """returns a new list"""
    words = ["ccc", "a"]
    got = sort_by_length(words)
    assert got == ["a", "ccc"], f"expected ['a', 'ccc'], got {got!r}"
    assert words == ["ccc", "a"], "sort_by_length should not change the list it is given -- use sorted(), not .sort()"


def test_empty_list():
    """empty list"""
    got = sort_by_length([])
    assert got == [], f"sort_by_length([]) should return [], got {got!r}"
