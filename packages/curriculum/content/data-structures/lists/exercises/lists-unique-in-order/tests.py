def test_numbers():
    """numbers"""
    got = unique([3, 1, 3, 2, 1])
    assert got == [3, 1, 2], f"unique([3, 1, 3, 2, 1]) should return [3, 1, 2], got {got!r}"


def test_keeps_first_seen_order():
    """keeps first-seen order"""
    got = unique(["b", "a", "b", "c", "a"])
    assert got == ["b", "a", "c"], f"unique(['b', 'a', 'b', 'c', 'a']) should return ['b', 'a', 'c'] (first-seen order), got {got!r}"


def test_empty_list():
    """empty list"""
    got = unique([])
    assert got == [], f"unique([]) should return [], got {got!r}"


def test_does_not_change_its_argument():
    """does not change its argument"""
    items = [1, 1, 2]
    got = unique(items)
    assert items == [1, 1, 2], f"unique must not change the list it is given; it became {items!r}"
    assert got is not items, "unique should return a new list, not the one it was given"


def test_no_duplicates_at_all():
    """no duplicates at all"""
    got = unique([5, 4, 3])
    assert got == [5, 4, 3], f"unique([5, 4, 3]) should return [5, 4, 3], got {got!r}"


def test_all_the_same():
    """all the same"""
    got = unique(["x"] * 10)
    assert got == ["x"], f"unique of ten 'x' should return ['x'], got {got!r}"
