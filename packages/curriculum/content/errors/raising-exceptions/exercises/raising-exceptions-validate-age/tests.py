def test_valid_ages_are_returned():
    """valid ages are returned"""
    for age in [1, 42, 99]:
        got = validate_age(age)
        assert got == age, f"validate_age({age}) should return {age}, got {got!r}"


def test_negative_age():
    """negative age"""
    try:
        validate_age(-5)
    except ValueError:
        pass
    except Exception as e:
        raise AssertionError(f"validate_age(-5) should raise ValueError, not {type(e).__name__}")
    else:
        raise AssertionError("validate_age(-5) should raise ValueError, but it returned normally")
    try:
        validate_age(-1)
    except ValueError:
        pass
    else:
        raise AssertionError("validate_age(-1) should raise ValueError: every age below 0 is invalid")


def test_too_old():
    """too old"""
    try:
        validate_age(151)
    except ValueError:
        pass
    except Exception as e:
        raise AssertionError(f"validate_age(151) should raise ValueError, not {type(e).__name__}")
    else:
        raise AssertionError("validate_age(151) should raise ValueError, but it returned normally")


def test_the_limits_are_valid():
    """the limits are valid"""
    for age in [0, 150]:
        try:
            got = validate_age(age)
        except Exception as e:
            raise AssertionError(f"{age} is a valid age, but validate_age({age}) raised {type(e).__name__}") from None
        assert got == age, f"validate_age({age}) should return {age}, got {got!r}"


def test_wrong_types():
    """wrong types"""
    for bad in ['30', 30.5, None]:
        try:
            validate_age(bad)
        except TypeError:
            pass
        except Exception as e:
            raise AssertionError(f"validate_age({bad!r}) should raise TypeError, not {type(e).__name__}") from None
        else:
            raise AssertionError(f"validate_age({bad!r}) should raise TypeError, but it returned normally")


def test_the_message_shows_the_value():
    """the message shows the value"""
    try:
        validate_age(-5)
    except ValueError as e:
        assert '-5' in str(e), f"the ValueError message should contain the bad value -5, got {str(e)!r}"
    else:
        raise AssertionError("validate_age(-5) should raise ValueError")
