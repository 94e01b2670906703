def test_two_most_common_words():
    """two most common words"""
    got = top_words('the cat and the hat and the bat', 2)
    assert got == [('the', 3), ('and', 2)], f"expected [('the', 3), ('and', 2)], got {got!r}"


def test_case_is_ignored():
    """case is ignored"""
    got = top_words('Python python PYTHON code Code', 2)
    assert got == [('python', 3), ('code', 2)], f"words are lowercased before counting: expected [('python', 3), ('code', 2)], got {got!r}"


def test_ties_keep_first_appearance_order():
    """ties keep first-appearance order"""
    got = top_words('b a b a c', 2)
    assert got == [('b', 2), ('a', 2)], f"'b' and 'a' both appear twice and 'b' comes first: expected [('b', 2), ('a', 2)], got {got!r}"


def test_n_larger_than_the_number_of_words():
    """n larger than the number of words"""
    got = top_words('one two two', 10)
    assert got == [('two', 2), ('one', 1)], f"with fewer words than n, return them all: expected [('two', 2), ('one', 1)], got {got!r}"


def test_empty_text():
    """empty text"""
    got = top_words('', 3)
    assert got == [], f"an empty text has no words: expected [], got {got!r}"
    got = top_words('   \n  ', 3)
    assert got == [], f"a text made of whitespace has no words: expected [], got {got!r}"


def test_punctuation_is_kept():
    """punctuation is kept"""
    got = top_words('Stop. stop, STOP stop! go', 4)
    expected = [('stop.', 1), ('stop,', 1), ('stop', 1), ('stop!', 1)]
    assert got == expected, f"punctuation is not removed, so the four words differ: expected {expected!r}, got {got!r}"
