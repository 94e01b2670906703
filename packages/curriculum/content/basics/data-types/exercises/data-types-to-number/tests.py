def test_whole_number():
    """whole number"""
    got = to_number("42")
    assert got == 42 and type(got) is int, f"to_number('42') should return the int 42, got {got!r}"


def test_decimal_number():
    """decimal number"""
    got = to_number("3.14")
    assert got == 3.14 and type(got) is float, f"to_number('3.14') should return the float 3.14, got {got!r}"


def test_signs_and_spaces():
    """signs and spaces"""
    got = (to_number(" -7 "), to_number("+5"), to_number("-0.5"))
    assert got == (-7, 5, -0.5), f"expected (-7, 5, -0.5) for ' -7 ', '+5', '-0.5', got {got!r}"
    assert type(got[0]) is int, "to_number(' -7 ') should be an int"


def test_not_a_number():
    """not a number"""
    for text in ["abc", "", "12a"]:
        got = to_number(text)
        assert got is None, f"to_number({text!r}) should return None, got {got!r}"


def test_tricky_non_numbers():
    """tricky non-numbers"""
    for text in ["1.2.3", "-", ".", "--1", "1-"]:
        got = to_number(text)
        assert got is None, f"to_number({text!r}) should return None, got {got!r}"


def test_trailing_point_is_a_float():
    """trailing point is a float"""
    got = to_number("2.")
    assert got == 2.0 and type(got) is float, f"to_number('2.') should return 2.0, got {got!r}"
