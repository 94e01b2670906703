def test_the_family_classes_themselves():
    """the family classes themselves"""
    for error, expected in [(LookupError(), 'lookup'), (ArithmeticError(), 'arithmetic'), (OSError(), 'os'), (ValueError('bad'), 'value')]:
        got = error_family(error)
        assert got == expected, f"error_family({error!r}) should be {expected!r}, got {got!r}"


def test_built_in_subclasses():
    """built-in subclasses"""
    for error, expected in [(IndexError('x'), 'lookup'), (KeyError('k'), 'lookup'), (ZeroDivisionError(), 'arithmetic'), (OverflowError(), 'arithmetic'), (FileNotFoundError(), 'os'), (PermissionError(), 'os')]:
        got = error_family(error)
        assert got == expected, f"{type(error).__name__} belongs to the {expected!r} family (use isinstance), got {got!r}"


def test_other_errors():
    """other errors"""
    for error in [TypeError('oops'), NameError('x'), RuntimeError(), Exception()]:
        got = error_family(error)
        assert got == 'other', f"error_family({error!r}) should be 'other', got {got!r}"


def test_a_decoding_error_is_a_valueerror():
    """a decoding error is a ValueError"""
    try:
        b'\xff'.decode('utf-8')
    except UnicodeDecodeError as e:
        error = e
    got = error_family(error)
    assert got == 'value', f"UnicodeDecodeError is a subclass of ValueError, so the family is 'value', got {got!r}"


def test_subclasses_made_up_in_the_test():
    """subclasses made up in the test"""
    class MissingItem(KeyError):
        pass

    class BadTemperature(ValueError):
        pass

    assert error_family(MissingItem('milk')) == 'lookup', f"a subclass of KeyError belongs to 'lookup', got {error_family(MissingItem('milk'))!r}"
    assert error_family(BadTemperature()) == 'value', f"a subclass of ValueError belongs to 'value', got {error_family(BadTemperature())!r}"
