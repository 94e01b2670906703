def test_finds_matching_lines():
    """finds matching lines"""
    with open('log.txt', 'w', encoding='utf-8') as f:
        f.write('start\nerror: disk full\ndone\n')
    got = find_lines('log.txt', 'error')
    assert got == [(2, 'error: disk full')], f"expected [(2, 'error: disk full')], got {got!r}"


def test_ignores_case():
    """ignores case"""
    with open('case.txt', 'w', encoding='utf-8') as f:
        f.write('start\nError: disk full\ndone, no ERRORS\n')
    got = find_lines('case.txt', 'error')
    expected = [(2, 'Error: disk full'), (3, 'done, no ERRORS')]
    assert got == expected, f"the search should ignore case: expected {expected!r}, got {got!r}"
    got = find_lines('case.txt', 'ErRoR')
    assert got == expected, f"the word's case does not matter either: find_lines('case.txt', 'ErRoR') should be {expected!r}, got {got!r}"


def test_no_match_gives_an_empty_list():
    """no match gives an empty list"""
    with open('calm.txt', 'w', encoding='utf-8') as f:
        f.write('all good\nstill good\n')
    got = find_lines('calm.txt', 'error')
    assert got == [], f"no line contains 'error', so the result should be [], got {got!r}"


def test_blank_lines_still_count_for_numbering():
    """blank lines still count for numbering"""
    with open('gaps.txt', 'w', encoding='utf-8') as f:
        f.write('\n\ntarget here\n\ntarget again\n')
    got = find_lines('gaps.txt', 'target')
    expected = [(3, 'target here'), (5, 'target again')]
    assert got == expected, f"line numbers start at 1 and blank lines count: expected {expected!r}, got {got!r}"


def test_keeps_leading_spaces_last_line_without_newline():
    """keeps leading spaces, last line without newline"""
    with open('code.txt', 'w', encoding='utf-8') as f:
        f.write('def f():\n    return MATCH')
    got = find_lines('code.txt', 'match')
    expected = [(2, '    return MATCH')]
    assert got == expected, f"remove only the newline, keep the indentation: expected {expected!r}, got {got!r}"


def test_one_entry_per_line():
    """one entry per line"""
    with open('echo.txt', 'w', encoding='utf-8') as f:
        f.write('cat cat cat\ndog\n')
    got = find_lines('echo.txt', 'cat')
    assert got == [(1, 'cat cat cat')], f"a line with the word three times should appear once: expected [(1, 'cat cat cat')], got {got!r}"
