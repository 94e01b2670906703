def test_one_call():
    """one call"""
    got = add_item("a")
    assert got == ["a"], f"add_item('a') should return ['a'], got {got!r}"


def test_calls_do_not_share_a_list():
    """calls do not share a list"""
    first = add_item("a")
    second = add_item("b")
    assert second == ["b"], f"A second call add_item('b') should return ['b'], got {second!r} -- the default list is shared between calls"
    assert first == ["a"], f"The first result changed to {first!r} after another call"


def test_appends_to_a_given_list():
    """appends to a given list"""
    items = ["x"]
    got = add_item("c", items)
    assert got == ["x", "c"], f"add_item('c', ['x']) should return ['x', 'c'], got {got!r}"
    assert items == ["x", "c"], "add_item should append to the list it is given"


def test_an_empty_list_passed_in_is_used():
    """an empty list passed in is used"""
    items = []
    got = add_item(1, items)
    assert got is items and items == [1], "When a list is passed, even an empty one, add_item should append to it and return it"


def test_many_calls():
    """many calls"""
    results = [add_item(n) for n in range(5)]
    assert results == [[0], [1], [2], [3], [4]], f"Each call without a list should return a one-element list, got {results!r}"
