def test_groups_by_length():
    """groups by length"""
    got = group_by_length(["cat", "horse", "ox"])
    assert got == {3: ["cat"], 5: ["horse"], 2: ["ox"]}, f"group_by_length(['cat', 'horse', 'ox']) gave {got!r}"


def test_each_group_is_sorted():
    """each group is sorted"""
    got = group_by_length(["dog", "cat", "bee"])
    assert got == {3: ["bee", "cat", "dog"]}, f"The words of each group should be sorted: expected {{3: ['bee', 'cat', 'dog']}}, got {got!r}"


def test_no_duplicates_any_case():
    """no duplicates, any case"""
    got = group_by_length(["cat", "Cat", "CAT", "dog"])
    assert got == {3: ["cat", "dog"]}, f"'cat', 'Cat' and 'CAT' are the same word: expected {{3: ['cat', 'dog']}}, got {got!r}"


def test_values_are_lists():
    """values are lists"""
    got = group_by_length(["a"])
    assert got == {1: ["a"]} and isinstance(got[1], list), f"Each group should be a list, got {got!r}"


def test_empty_list():
    """empty list"""
    got = group_by_length([])
    assert got == {}, f"group_by_length([]) should return {{}}, got {got!r}"


def test_mixed_example():
    """mixed example"""
    got = group_by_length(["Tree", "sky", "tree", "Sun", "moon", "SKY", "a"])
    assert got == {4: ["moon", "tree"], 3: ["sky", "sun"], 1: ["a"]}, f"got {got!r}"
