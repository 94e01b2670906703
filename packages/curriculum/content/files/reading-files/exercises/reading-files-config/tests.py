def test_reads_key_value_lines():
    """reads key = value lines"""
    with open('app.cfg', 'w', encoding='utf-8') as f:
        f.write('name = LearnFlow\ntheme = dark\n')
    got = load_config('app.cfg')
    expected = {'name': 'LearnFlow', 'theme': 'dark'}
    assert got == expected, f"expected {expected!r}, got {got!r}"


def test_comments_blank_lines_and_spaces():
    """comments, blank lines and spaces"""
    with open('messy.cfg', 'w', encoding='utf-8') as f:
        f.write('# settings\n\n   theme=dark   \n    # indented comment\nsize   =  12\n\n')
    got = load_config('messy.cfg')
    expected = {'theme': 'dark', 'size': '12'}
    assert got == expected, f"skip comments and blank lines, strip spaces around keys and values: expected {expected!r}, got {got!r}"


def test_missing_file_gives_an_empty_dict():
    """missing file gives an empty dict"""
    got = load_config('does_not_exist.cfg')
    assert got == {}, f"a missing file should give {{}}, got {got!r}"


def test_values_may_contain():
    """values may contain ="""
    with open('url.cfg', 'w', encoding='utf-8') as f:
        f.write('url = https://example.org/?a=1&b=2\n')
    got = load_config('url.cfg')
    expected = {'url': 'https://example.org/?a=1&b=2'}
    assert got == expected, f"split on the first '=' only: expected {expected!r}, got {got!r}"


def test_later_values_win():
    """later values win"""
    with open('twice.cfg', 'w', encoding='utf-8') as f:
        f.write('theme = light\nsize = 10\ntheme = dark\n')
    got = load_config('twice.cfg')
    expected = {'theme': 'dark', 'size': '10'}
    assert got == expected, f"the later 'theme' should win: expected {expected!r}, got {got!r}"


def test_invalid_line_names_its_number():
    """invalid line names its number"""
    with open('broken.cfg', 'w', encoding='utf-8') as f:
        f.write('# header\nname = x\njust some words\n')
    try:
        load_config('broken.cfg')
    except ValueError as e:
        assert 'line 3' in str(e), f"the ValueError message should mention 'line 3', got {str(e)!r}"
    except Exception as e:
        raise AssertionError(f"a line without '=' should raise ValueError, not {type(e).__name__}: {e}")
    else:
        raise AssertionError("the line 'just some words' has no '=': load_config should raise ValueError")


def test_non_ascii_text():
    """non-ASCII text"""
    with open('intl.cfg', 'w', encoding='utf-8') as f:
        f.write('greeting = héllo wörld\ncity = Zürich\n')
    got = load_config('intl.cfg')
    expected = {'greeting': 'héllo wörld', 'city': 'Zürich'}
    assert got == expected, f"read the file as UTF-8: expected {expected!r}, got {got!r}"
