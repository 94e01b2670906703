def test_hello():
    """hello"""
    got = count_vowels("hello")
    assert got == 2, f"count_vowels('hello') should return 2, got {got!r}"


def test_upper_case_vowels():
    """upper-case vowels"""
    got = count_vowels("PYTHON")
    assert got == 1, f"count_vowels('PYTHON') should return 1 -- upper-case vowels count, got {got!r}"


def test_no_vowels():
    """no vowels"""
    got = count_vowels("rhythm")
    assert got == 0, f"count_vowels('rhythm') should return 0, got {got!r}"


def test_empty_string():
    """empty string"""
    got = count_vowels("")
    assert got == 0, f"count_vowels('') should return 0, got {got!r}"


def test_sentence_with_mixed_case():
    """sentence with mixed case"""
    got = count_vowels("A quick brown fox, Eh?")
    assert got == 6, f"count_vowels('A quick brown fox, Eh?') should return 6, got {got!r}"
