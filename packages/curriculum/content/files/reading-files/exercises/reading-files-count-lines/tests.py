def test_three_lines():
    """three lines"""
    with open('three.txt', 'w', encoding='utf-8') as f:
        f.write('apple\nbanana\ncherry\n')
    got = count_lines('three.txt')
    assert got == 3, f"a file containing 'apple\\nbanana\\ncherry\\n' has 3 lines, got {got!r}"


def test_last_line_without_a_newline():
    """last line without a newline"""
    with open('no_newline.txt', 'w', encoding='utf-8') as f:
        f.write('first\nsecond')
    got = count_lines('no_newline.txt')
    assert got == 2, f"a file containing 'first\\nsecond' has 2 lines (the last one has no newline), got {got!r}"


def test_empty_file():
    """empty file"""
    open('empty.txt', 'w', encoding='utf-8').close()
    got = count_lines('empty.txt')
    assert got == 0, f"an empty file has 0 lines, got {got!r}"


def test_blank_lines_count():
    """blank lines count"""
    with open('blanks.txt', 'w', encoding='utf-8') as f:
        f.write('a\n\n\nb\n')
    got = count_lines('blanks.txt')
    assert got == 4, f"a file containing 'a\\n\\n\\nb\\n' has 4 lines (2 of them blank), got {got!r}"


def test_a_long_file():
    """a long file"""
    with open('long.txt', 'w', encoding='utf-8') as f:
        for i in range(1000):
            f.write(f'line {i}\n')
    got = count_lines('long.txt')
    assert got == 1000, f"a file with 1000 lines should give 1000, got {got!r}"
