def test_it_is_an_exception():
    """it is an Exception"""
    assert issubclass(InsufficientFundsError, Exception), "InsufficientFundsError must inherit from Exception: class InsufficientFundsError(Exception):"


def test_a_normal_withdrawal():
    """a normal withdrawal"""
    got = withdraw(100, 30)
    assert got == 70, f"withdraw(100, 30) should return 70, got {got!r}"
    got = withdraw(100, 1)
    assert got == 99, f"withdraw(100, 1) should return 99, got {got!r}"


def test_too_much_raises_insufficientfundserror():
    """too much raises InsufficientFundsError"""
    try:
        withdraw(20, 50)
    except InsufficientFundsError:
        pass
    except Exception as e:
        raise AssertionError(f"withdraw(20, 50) should raise InsufficientFundsError, not {type(e).__name__}")
    else:
        raise AssertionError("withdraw(20, 50) should raise InsufficientFundsError, but it returned normally")


def test_attributes_and_message():
    """attributes and message"""
    error = InsufficientFundsError(20, 50)
    assert getattr(error, 'balance', None) == 20 and getattr(error, 'amount', None) == 50, "InsufficientFundsError(20, 50) should have .balance == 20 and .amount == 50"
    expected = 'cannot withdraw 50 from a balance of 20'
    assert str(error) == expected, f"str(error) should be {expected!r}, got {str(error)!r}: pass the message to super().__init__()"


def test_zero_or_negative_amounts():
    """zero or negative amounts"""
    for amount in [0, -5]:
        try:
            withdraw(100, amount)
        except ValueError:
            pass
        except Exception as e:
            raise AssertionError(f"withdraw(100, {amount}) should raise ValueError, not {type(e).__name__}") from None
        else:
            raise AssertionError(f"withdraw(100, {amount}) should raise ValueError, but it returned normally")


def test_the_whole_balance():
    """the whole balance"""
    try:
        got = withdraw(20, 20)
    except Exception as e:
        raise AssertionError(f"withdrawing the whole balance should work, but withdraw(20, 20) raised {type(e).__name__}") from None
    assert got == 0, f"withdraw(20, 20) should return 0, got {got!r}"


def test_the_raised_error_carries_the_numbers():
    """the raised error carries the numbers"""
    try:
        withdraw(35, 80)
    except Exception as e:
        assert isinstance(e, InsufficientFundsError), f"expected InsufficientFundsError, got {type(e).__name__}"
        assert (e.balance, e.amount) == (35, 80), f"the error should carry balance 35 and amount 80, got {e.balance!r} and {e.amount!r}"
        assert str(e) == 'cannot withdraw 80 from a balance of 35', f"unexpected message {str(e)!r}"
    else:
        raise AssertionError("withdraw(35, 80) should raise InsufficientFundsError")
