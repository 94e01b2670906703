def test_one_item_per_line():
    """one item per line"""
    save_lines('fruits.txt', ['apple', 'banana', 'cherry'])
    import os
    assert os.path.exists('fruits.txt'), "save_lines('fruits.txt', [...]) did not create fruits.txt: open the file with mode 'w'"
    with open('fruits.txt', encoding='utf-8') as f:
        got = f.read()
    assert got == 'apple\nbanana\ncherry\n', f"the file should contain 'apple\\nbanana\\ncherry\\n', got {got!r}"


def test_numbers_are_converted():
    """numbers are converted"""
    save_lines('numbers.txt', [1, 2.5, True])
    import os
    assert os.path.exists('numbers.txt'), "save_lines('numbers.txt', [...]) did not create numbers.txt"
    with open('numbers.txt', encoding='utf-8') as f:
        got = f.read()
    assert got == '1\n2.5\nTrue\n', f"convert items with str(): expected '1\\n2.5\\nTrue\\n', got {got!r}"


def test_old_content_is_replaced():
    """old content is replaced"""
    with open('old.txt', 'w', encoding='utf-8') as f:
        f.write('this should disappear\n')
    save_lines('old.txt', ['new'])
    with open('old.txt', encoding='utf-8') as f:
        got = f.read()
    assert got == 'new\n', f"the old content should be replaced (open with mode 'w'): expected 'new\\n', got {got!r}"


def test_empty_list_makes_an_empty_file():
    """empty list makes an empty file"""
    import os
    save_lines('nothing.txt', [])
    assert os.path.exists('nothing.txt'), "save_lines('nothing.txt', []) should still create the file"
    with open('nothing.txt', encoding='utf-8') as f:
        got = f.read()
    assert got == '', f"the file should be empty, got {got!r}"


def test_lines_read_back():
    """lines read back"""
    items = ['first line', 'second, with comma', 'Zoë']
    save_lines('mixed.txt', items)
    import os
    assert os.path.exists('mixed.txt'), "save_lines('mixed.txt', [...]) did not create mixed.txt"
    with open('mixed.txt', encoding='utf-8') as f:
        got = f.read().splitlines()
    assert got == items, f"reading the file back should give {items!r}, got {got!r}"
