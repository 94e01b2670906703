def test_simple_price():
    """simple price"""
    got = parse_price("$4.99")
    assert got == 4.99, f"parse_price('$4.99') should return 4.99, got {got!r}"


def test_returns_a_float():
    """returns a float"""
    got = parse_price("$4")
    assert isinstance(got, float) and got == 4.0, f"parse_price('$4') should return the float 4.0, got {got!r}"


def test_thousands_separator():
    """thousands separator"""
    got = parse_price("$1,234.50")
    assert got == 1234.5, f"parse_price('$1,234.50') should return 1234.5 -- remove the commas, got {got!r}"


def test_spaces_and_no_dollar_sign():
    """spaces and no dollar sign"""
    got = parse_price("  12 ")
    assert got == 12.0, f"parse_price('  12 ') should return 12.0, got {got!r}"


def test_large_amount():
    """large amount"""
    got = parse_price(" $1,000,000.01 ")
    assert got == 1000000.01, f"parse_price(' $1,000,000.01 ') should return 1000000.01, got {got!r}"
