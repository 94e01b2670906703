def test_three_lines():
    """three lines"""
    with open('poem.txt', 'w', encoding='utf-8') as f:
        f.write('roses\nviolets\nsugar\n')
    got = number_lines('poem.txt', 'poem_numbered.txt')
    import os
    assert os.path.exists('poem_numbered.txt'), "number_lines('poem.txt', 'poem_numbered.txt') did not create poem_numbered.txt: open dst with mode 'w'"
    with open('poem_numbered.txt', encoding='utf-8') as f:
        content = f.read()
    expected = '1 | roses\n2 | violets\n3 | sugar\n'
    assert content == expected, f"expected {expected!r}, got {content!r}"
    assert got == 3, f"number_lines should return 3, got {got!r}"


def test_numbers_are_right_aligned():
    """numbers are right-aligned"""
    with open('twelve.txt', 'w', encoding='utf-8') as f:
        for i in range(1, 13):
            f.write(f'line {i}\n')
    number_lines('twelve.txt', 'twelve_numbered.txt')
    import os
    assert os.path.exists('twelve_numbered.txt'), "number_lines did not create twelve_numbered.txt"
    with open('twelve_numbered.txt', encoding='utf-8') as f:
        lines = f.read().splitlines()
    assert len(lines) == 12, f"expected 12 output lines, got {len(lines)}"
    assert lines[0] == ' 1 | line 1', f"with 12 lines the numbers are 2 wide: the first line should be ' 1 | line 1', got {lines[0]!r}"
    assert lines[11] == '12 | line 12', f"the last line should be '12 | line 12', got {lines[11]!r}"


def test_source_is_unchanged():
    """source is unchanged"""
    with open('keep.txt', 'w', encoding='utf-8') as f:
        f.write('a\nb\n')
    number_lines('keep.txt', 'keep_numbered.txt')
    with open('keep.txt', encoding='utf-8') as f:
        content = f.read()
    assert content == 'a\nb\n', f"the source file must not change, it now contains {content!r}"


def test_last_line_without_a_newline():
    """last line without a newline"""
    with open('open_end.txt', 'w', encoding='utf-8') as f:
        f.write('x\ny')
    got = number_lines('open_end.txt', 'open_end_numbered.txt')
    import os
    assert os.path.exists('open_end_numbered.txt'), "number_lines did not create open_end_numbered.txt"
    with open('open_end_numbered.txt', encoding='utf-8') as f:
        content = f.read()
    assert content == '1 | x\n2 | y\n', f"every output line ends with a newline: expected '1 | x\\n2 | y\\n', got {content!r}"
    assert got == 2, f"should return 2, got {got!r}"


def test_blank_lines_are_numbered():
    """blank lines are numbered"""
    with open('gaps.txt', 'w', encoding='utf-8') as f:
        f.write('a\n\nb\n')
    number_lines('gaps.txt', 'gaps_numbered.txt')
    import os
    assert os.path.exists('gaps_numbered.txt'), "number_lines did not create gaps_numbered.txt"
    with open('gaps_numbered.txt', encoding='utf-8') as f:
        content = f.read()
    assert content == '1 | a\n2 | \n3 | b\n', f"expected '1 | a\\n2 | \\n3 | b\\n', got {content!r}"


def test_empty_source():
    """empty source"""
    import os
    open('void.txt', 'w', encoding='utf-8').close()
    got = number_lines('void.txt', 'void_numbered.txt')
    assert got == 0, f"an empty file has 0 lines, got {got!r}"
    assert os.path.exists('void_numbered.txt'), "the destination file should be created even when the source is empty"
    with open('void_numbered.txt', encoding='utf-8') as f:
        content = f.read()
    assert content == '', f"the destination should be empty, got {content!r}"
