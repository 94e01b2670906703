def test_simple_palindrome():
    """simple palindrome"""
    got = is_palindrome("level")
    assert got is True, f"is_palindrome('level') should return True, got {got!r}"


def test_not_a_palindrome():
    """not a palindrome"""
    got = is_palindrome("python")
    assert got is False, f"is_palindrome('python') should return False, got {got!r}"


def test_ignores_case():
    """ignores case"""
    got = is_palindrome("Racecar")
    assert got is True, f"is_palindrome('Racecar') should return True -- ignore upper/lower case, got {got!r}"


def test_ignores_spaces():
    """ignores spaces"""
    got = is_palindrome("Never odd or even")
    assert got is True, f"is_palindrome('Never odd or even') should return True -- ignore spaces, got {got!r}"


def test_empty_and_one_letter():
    """empty and one letter"""
    got = (is_palindrome(""), is_palindrome("x"))
    assert got == (True, True), f"'' and 'x' are palindromes, got {got!r}"


def test_almost_a_palindrome():
    """almost a palindrome"""
    got = is_palindrome("abca")
    assert got is False, f"is_palindrome('abca') should return False, got {got!r}"
