def test_one_level():
    """one level"""
    got = flatten([1, [2, 3], 4])
    assert got == [1, 2, 3, 4], f"flatten([1, [2, 3], 4]) should return [1, 2, 3, 4], got {got!r}"


def test_already_flat():
    """already flat"""
    got = flatten(["a", "b"])
    assert got == ["a", "b"], f"flatten(['a', 'b']) should return ['a', 'b'], got {got!r}"


def test_deep_nesting():
    """deep nesting"""
    got = flatten([1, [2, [3, [4, [5]]]]])
    assert got == [1, 2, 3, 4, 5], f"flatten([1, [2, [3, [4, [5]]]]]) should return [1, 2, 3, 4, 5], got {got!r}"


def test_leaves_input_unchanged():
    """leaves input unchanged"""
    items = [1, [2, [3]]]
    flatten(items)
    assert items == [1, [2, [3]]], f"flatten should not change its argument, it became {items!r}"


def test_calls_itself():
    """calls itself"""
    assert "flatten" in flatten.__code__.co_names, "flatten should call itself (recursion)"


def test_empty_lists_vanish():
    """empty lists vanish"""
    got = flatten([[], [1, []], []])
    assert got == [1], f"flatten([[], [1, []], []]) should return [1], got {got!r}"
