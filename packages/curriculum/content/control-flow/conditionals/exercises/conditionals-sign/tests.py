def test_positive_number():
    """positive number"""
    got = sign(5)
    assert got == "positive", f"sign(5) should return 'positive', got {got!r}"


def test_negative_number():
    """negative number"""
    got = sign(-2)
    assert got == "negative", f"sign(-2) should return 'negative', got {got!r}"


def test_zero():
    """zero"""
    got = sign(0)
    assert got == "zero", f"sign(0) should return 'zero' -- zero is neither positive nor negative, got {got!r}"


def test_decimals_close_to_zero():
    """decimals close to zero"""
    got = (sign(0.001), sign(-0.001))
    assert got == ("positive", "negative"), f"sign(0.001) and sign(-0.001) should be ('positive', 'negative'), got {got!r}"
