def test_an_exception_without_a_cause():
    """an exception without a cause"""
    error = ValueError('alone')
    got = cause_chain(error)
    assert got == ['ValueError'], f"an exception with no cause gives a one-item chain ['ValueError'], got {got!r}"
    assert root_cause(error) is error, f"with no cause, root_cause should return the exception itself, got {root_cause(error)!r}"


def test_raise_from():
    """raise ... from ..."""
    try:
        try:
            {}['port']
        except KeyError as e:
            raise ValueError('bad config') from e
    except ValueError as e:
        error = e
    got = cause_chain(error)
    assert got == ['ValueError', 'KeyError'], f"expected ['ValueError', 'KeyError'], got {got!r}"
    root = root_cause(error)
    assert isinstance(root, KeyError), f"root_cause should return the KeyError object, got {root!r}"


def test_implicit_context():
    """implicit context"""
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            undefined_name_for_the_test
    except NameError as e:
        error = e
    got = cause_chain(error)
    assert got == ['NameError', 'ZeroDivisionError'], f"an error raised inside an except block is linked through __context__: expected ['NameError', 'ZeroDivisionError'], got {got!r}"


def test_three_levels():
    """three levels"""
    def level1():
        return int('x')

    def level2():
        try:
            level1()
        except ValueError as e:
            raise LookupError('level 2') from e

    def level3():
        try:
            level2()
        except LookupError:
            raise RuntimeError('level 3')

    try:
        level3()
    except RuntimeError as e:
        error = e
    got = cause_chain(error)
    assert got == ['RuntimeError', 'LookupError', 'ValueError'], f"expected ['RuntimeError', 'LookupError', 'ValueError'], got {got!r}"
    root = root_cause(error)
    assert isinstance(root, ValueError) and 'x' in str(root), f"root_cause should be the ValueError from int('x'), got {root!r}"


def test_from_none_hides_the_context():
    """from None hides the context"""
    try:
        try:
            [][0]
        except IndexError:
            raise KeyError('clean') from None
    except KeyError as e:
        error = e
    got = cause_chain(error)
    assert got == ['KeyError'], f"'raise ... from None' suppresses the context: expected ['KeyError'], got {got!r}"
    assert root_cause(error) is error, "with 'from None', root_cause should return the exception itself"


def test_an_explicit_cause_wins_over_the_context():
    """an explicit cause wins over the context"""
    try:
        try:
            {}['k']
        except KeyError:
            raise RuntimeError('wrapper') from ValueError('explicit')
    except RuntimeError as e:
        error = e
    got = cause_chain(error)
    assert got == ['RuntimeError', 'ValueError'], f"__cause__ must be checked before __context__: expected ['RuntimeError', 'ValueError'], got {got!r}"
