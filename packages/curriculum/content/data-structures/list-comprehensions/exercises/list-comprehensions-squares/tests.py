def test_small_numbers():
    """small numbers"""
    got = squares([1, 2, 3])
    assert got == [1, 4, 9], f"squares([1, 2, 3]) should return [1, 4, 9], got {got!r}"


def test_empty_list():
    """empty list"""
    got = squares([])
    assert got == [], f"squares([]) should return [], got {got!r}"


def test_negative_numbers():
    """negative numbers"""
    got = squares([-2, 0, 5])
    assert got == [4, 0, 25], f"squares([-2, 0, 5]) should return [4, 0, 25], got {got!r}"


def test_uses_a_list_comprehension():
    """uses a list comprehension"""
    import ast
    with open("student.py", encoding="utf-8") as source:
        tree = ast.parse(source.read())
    assert any(isinstance(node, ast.ListComp) for node in ast.walk(tree)), "Write the result as a list comprehension: [expression for item in items]"


def test_decimals_input_unchanged():
    """decimals, input unchanged"""
    numbers = [0.5, 1.5]
    got = squares(numbers)
    assert got == [0.25, 2.25], f"squares([0.5, 1.5]) should return [0.25, 2.25], got {got!r}"
    assert numbers == [0.5, 1.5], "squares should return a new list and leave its argument unchanged"
