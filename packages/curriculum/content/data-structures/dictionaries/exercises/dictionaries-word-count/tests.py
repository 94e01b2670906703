def test_repeated_word():
    """repeated word"""
    got = word_count("the cat and the hat")
    assert got == {"the": 2, "cat": 1, "and": 1, "hat": 1}, f"word_count('the cat and the hat') gave {got!r}"


def test_ignores_case():
    """ignores case"""
    got = word_count("Go go GO")
    assert got == {"go": 3}, f"word_count('Go go GO') should return {{'go': 3}} -- count words in lower case, got {got!r}"


def test_empty_text():
    """empty text"""
    got = word_count("")
    assert got == {}, f"word_count('') should return an empty dict, got {got!r}"


def test_extra_whitespace():
    """extra whitespace"""
    got = word_count("  a  b\n a\tb  ")
    assert got == {"a": 2, "b": 2}, f"Extra spaces, tabs and newlines only separate words: expected {{'a': 2, 'b': 2}}, got {got!r}"


def test_a_longer_text():
    """a longer text"""
    got = word_count("one fish two fish red fish blue fish")
    assert got == {"one": 1, "fish": 4, "two": 1, "red": 1, "blue": 1}, f"got {got!r}"
