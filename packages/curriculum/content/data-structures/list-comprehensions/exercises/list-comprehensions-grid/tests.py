def test_times_grid_3():
    """times_grid(3)"""
    got = times_grid(3)
    assert got == [[1, 2, 3], [2, 4, 6], [3, 6, 9]], f"times_grid(3) should return [[1, 2, 3], [2, 4, 6], [3, 6, 9]], got {got!r}"


def test_flatten_keeps_row_order():
    """flatten keeps row order"""
    got = flatten([[1, 2], [3], [4, 5]])
    assert got == [1, 2, 3, 4, 5], f"flatten([[1, 2], [3], [4, 5]]) should return [1, 2, 3, 4, 5], got {got!r}"


def test_empty_cases():
    """empty cases"""
    got = (times_grid(0), flatten([]), flatten([[], []]))
    assert got == ([], [], []), f"times_grid(0), flatten([]) and flatten([[], []]) should all be [], got {got!r}"


def test_uses_a_list_comprehension():
    """uses a list comprehension"""
    import ast
    with open("student.py", encoding="utf-8") as source:
        tree = ast.parse(source.read())
    assert any(isinstance(node, ast.ListComp) for node in ast.walk(tree)), "Write the result as a list comprehension: [expression for item in items]"


def test_rows_are_separate_lists():
    """rows are separate lists"""
    grid = times_grid(2)
    grid[0][0] = 99
    assert grid[1][0] == 2, "Each row of times_grid should be its own list -- changing one row changed another"


def test_flatten_a_times_grid():
    """flatten a times grid"""
    got = flatten(times_grid(4))
    assert got == [1, 2, 3, 4, 2, 4, 6, 8, 3, 6, 9, 12, 4, 8, 12, 16], f"flatten(times_grid(4)) gave {got!r}"
