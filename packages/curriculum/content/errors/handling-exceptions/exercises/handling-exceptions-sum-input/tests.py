def test_all_lines_are_numbers():
    """all lines are numbers"""
    out = run('1\n2\n3\n')
    lines = out.strip().splitlines()
    assert lines == ['Total: 6'], f"with the input 1, 2, 3 the program should print only 'Total: 6', but it printed:\n{out or '(nothing)'}"


def test_invalid_lines_are_reported():
    """invalid lines are reported"""
    out = run('5\nabc\n10\n')
    lines = out.strip().splitlines()
    expected = ['Skipping invalid line: abc', 'Total: 15']
    assert lines == expected, f"with the input 5, abc, 10 the program should print {expected!r}, but it printed:\n{out or '(nothing)'}"


def test_last_line_without_a_newline():
    """last line without a newline"""
    out = run('7\n8')
    lines = out.strip().splitlines()
    assert lines == ['Total: 15'], f"with the input '7\\n8' the program should print 'Total: 15', but it printed:\n{out or '(nothing)'}"


def test_no_input_at_all():
    """no input at all"""
    try:
        out = run('')
    except EOFError:
        raise AssertionError("with empty input, input() raises EOFError right away: catch it and print 'Total: 0'") from None
    assert out.strip().splitlines() == ['Total: 0'], f"with no input the program should print 'Total: 0', but it printed:\n{out or '(nothing)'}"


def test_spaces_blank_lines_and_negatives():
    """spaces, blank lines and negatives"""
    out = run('  4  \n\n   \n-2\n')
    lines = out.strip().splitlines()
    assert lines == ['Total: 2'], f"spaces are stripped, blank lines skipped silently and -2 is a number: expected only 'Total: 2', but it printed:\n{out or '(nothing)'}"


def test_decimals_are_not_whole_numbers():
    """decimals are not whole numbers"""
    out = run('2.5\n3\nten\n')
    lines = out.strip().splitlines()
    expected = ['Skipping invalid line: 2.5', 'Skipping invalid line: ten', 'Total: 3']
    assert lines == expected, f"expected {expected!r}, but the program printed:\n{out or '(nothing)'}"
