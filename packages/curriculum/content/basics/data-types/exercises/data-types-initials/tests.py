def test_two_words():
    """two words"""
    got = initials("Ada Lovelace")
    assert got == "A.L.", f'initials("Ada Lovelace") should return "A.L.", got {got!r}'


def test_three_words():
    """three words"""
    got = initials("Guido van Rossum")
    assert got == "G.V.R.", f'initials("Guido van Rossum") should return "G.V.R.", got {got!r}'


def test_one_word():
    """one word"""
    got = initials("Plato")
    assert got == "P.", f'initials("Plato") should return "P.", got {got!r}'


def test_lower_case():
    """lower case"""
    got = initials("grace brewster hopper")
    assert got == "G.B.H.", f'initials("grace brewster hopper") should return "G.B.H." (capitals), got {got!r}'


def test_extra_spaces():
    """extra spaces"""
    got = initials("  alan   turing ")
    assert got == "A.T.", f'initials("  alan   turing ") should return "A.T.", got {got!r}'
