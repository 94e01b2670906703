def test_apple_grape():
    """apple and grape"""
    got = common_letters("apple", "grape")
    assert got == ["a", "e", "p"], f'common_letters("apple", "grape") should return [\'a\', \'e\', \'p\'], got {got!r}'


def test_returns_a_list():
    """returns a sorted list"""
    got = common_letters("bca", "cab")
    assert got == ["a", "b", "c"], f'common_letters("bca", "cab") should return the sorted list [\'a\', \'b\', \'c\'], got {got!r}'


def test_repeated_letters():
    """repeated letters count once"""
    got = common_letters("hello", "world")
    assert got == ["l", "o"], f'common_letters("hello", "world") should return [\'l\', \'o\'] (each letter once), got {got!r}'


def test_no_letters_in_common():
    """no letters in common"""
    got = common_letters("cat", "dog")
    assert got == [], f'common_letters("cat", "dog") should return [], got {got!r}'


def test_same_word():
    """the same word"""
    got = common_letters("banana", "banana")
    assert got == ["a", "b", "n"], f'common_letters("banana", "banana") should return [\'a\', \'b\', \'n\'], got {got!r}'
