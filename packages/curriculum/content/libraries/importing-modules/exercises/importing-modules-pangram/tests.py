def test_a_classic_pangram():
    """a classic pangram"""
    got = is_pangram('The quick brown fox jumps over the lazy dog')
    assert got is True, f"'The quick brown fox jumps over the lazy dog' is a pangram, got {got!r}"


def test_not_a_pangram():
    """not a pangram"""
    got = is_pangram('Hello world')
    assert got is False, f"'Hello world' is not a pangram, got {got!r}"


def test_case_does_not_matter():
    """case does not matter"""
    got = is_pangram('THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG')
    assert got is True, f"upper case letters count too: expected True, got {got!r}"


def test_punctuation_and_digits_are_ignored():
    """punctuation and digits are ignored"""
    got = is_pangram('Pack my box with five dozen liquor jugs!!! 123')
    assert got is True, f"'Pack my box with five dozen liquor jugs!!! 123' is a pangram, got {got!r}"


def test_one_letter_missing():
    """one letter missing"""
    got = is_pangram('The quick brown fox jumps over the lay dog')
    assert got is False, f"this sentence has no 'z', so it is not a pangram, got {got!r}"
    got = is_pangram('The quick brown fox jumps over the lay dog é')
    assert got is False, f"only the letters a to z count: 'é' does not stand in for the missing 'z', got {got!r}"


def test_empty_text():
    """empty text"""
    got = is_pangram('')
    assert got is False, f"the empty string is not a pangram, got {got!r}"
