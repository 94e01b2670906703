def test_division_by_zero():
    """division by zero"""
    got = error_name(lambda: 1 / 0)
    assert got == 'ZeroDivisionError', f"error_name(lambda: 1 / 0) should be 'ZeroDivisionError', got {got!r}"


def test_bad_conversion():
    """bad conversion"""
    got = error_name(lambda: int('abc'))
    assert got == 'ValueError', f"error_name(lambda: int('abc')) should be 'ValueError', got {got!r}"


def test_no_error():
    """no error"""
    got = error_name(lambda: 'fine')
    assert got == 'no error', f"a function that raises nothing should give 'no error', got {got!r}"


def test_more_built_in_errors():
    """more built-in errors"""
    cases = [
        (lambda: [1, 2][5], 'IndexError'),
        (lambda: {'a': 1}['b'], 'KeyError'),
        (lambda: None + 1, 'TypeError'),
        (lambda: open('no_such_file.txt'), 'FileNotFoundError'),
    ]
    for func, expected in cases:
        got = error_name(func)
        assert got == expected, f"expected {expected!r}, got {got!r}"


def test_an_exception_class_made_up_in_the_test():
    """an exception class made up in the test"""
    class OutOfCoffee(Exception):
        pass

    def brew():
        raise OutOfCoffee('empty pot')

    got = error_name(brew)
    assert got == 'OutOfCoffee', f"any exception class must work: expected 'OutOfCoffee', got {got!r}"


def test_func_is_called_exactly_once():
    """func is called exactly once"""
    calls = []
    def tracked():
        calls.append(1)
    got = error_name(tracked)
    assert len(calls) == 1, f"func should be called exactly once, it was called {len(calls)} times"
    assert got == 'no error', f"expected 'no error', got {got!r}"
