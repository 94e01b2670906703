def test_int():
    """int"""
    got = type_name(3)
    assert got == "int", f"type_name(3) should return 'int', got {got!r}"


def test_float():
    """float"""
    got = type_name(3.0)
    assert got == "float", f"type_name(3.0) should return 'float' (a number with a decimal point), got {got!r}"


def test_a_string_of_digits_is_a_str():
    """a string of digits is a str"""
    got = type_name("3")
    assert got == "str", f"type_name('3') should return 'str': quotes make it text, got {got!r}"


def test_bool():
    """bool"""
    got = type_name(True)
    assert got == "bool", f"type_name(True) should return 'bool', got {got!r}"


def test_results_of_expressions():
    """results of expressions"""
    got = (type_name(7 / 7), type_name(7 // 7), type_name(1 < 2), type_name(str(5)))
    assert got == ("float", "int", "bool", "str"), f"expected ('float', 'int', 'bool', 'str'), got {got!r}"
