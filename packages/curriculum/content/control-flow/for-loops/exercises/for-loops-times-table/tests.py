def test_table_of_3():
    """table of 3"""
    out = run("3\n")
    rows = [line.split() for line in out.strip().splitlines()]
    assert rows == [["1", "2", "3"], ["2", "4", "6"], ["3", "6", "9"]], f"For 3 expected the rows 1 2 3 / 2 4 6 / 3 6 9, got {out!r}"


def test_n_rows():
    """n rows"""
    out = run("4\n")
    rows = out.strip().splitlines()
    assert len(rows) == 4, f"For the input 4 expected 4 rows, got {len(rows)}: {out!r}"


def test_single_spaces_between_numbers():
    """single spaces between numbers"""
    out = run("2\n")
    rows = [line.rstrip() for line in out.strip().splitlines()]
    assert rows == ["1 2", "2 4"], f"For 2 expected the rows '1 2' and '2 4', got {rows!r}"


def test_table_of_1():
    """table of 1"""
    out = run("1\n")
    assert out.strip() == "1", f"For 1 expected a single '1', got {out!r}"


def test_table_of_5():
    """table of 5"""
    out = run("5\n")
    rows = [line.split() for line in out.strip().splitlines()]
    expected = [[str(i * j) for j in range(1, 6)] for i in range(1, 6)]
    assert rows == expected, f"The table of 5 is wrong, got {out!r}"
