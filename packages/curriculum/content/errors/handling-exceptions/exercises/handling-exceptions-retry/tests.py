def test_succeeds_at_once():
    """succeeds at once"""
    calls = []
    def ok():
        calls.append(1)
        return 'data'
    got = retry(ok)
    assert got == 'data', f"retry should return func's result 'data', got {got!r}"
    assert len(calls) == 1, f"a function that works at once should be called once, it was called {len(calls)} times"
    got = retry(ok, attempts=1)
    assert got == 'data', f"retry(ok, attempts=1) allows one call and should return 'data', got {got!r}"


def test_succeeds_after_two_failures():
    """succeeds after two failures"""
    calls = []
    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise ConnectionError(f'attempt {len(calls)} failed')
        return 42
    got = retry(flaky, attempts=5)
    assert got == 42, f"retry should return 42 once a call succeeds, got {got!r}"
    assert len(calls) == 3, f"two failures then a success means 3 calls, got {len(calls)}"


def test_gives_up_after_the_last_attempt():
    """gives up after the last attempt"""
    calls = []
    def down():
        calls.append(1)
        raise ConnectionError(f'attempt {len(calls)} failed')
    try:
        retry(down, attempts=4)
    except ConnectionError as e:
        assert str(e) == 'attempt 4 failed', f"the last error ('attempt 4 failed') should be re-raised, got {str(e)!r}"
    else:
        raise AssertionError("when every attempt fails, retry should re-raise the last ConnectionError")
    assert len(calls) == 4, f"with attempts=4, func should be called 4 times, it was called {len(calls)} times"


def test_other_errors_are_not_retried():
    """other errors are not retried"""
    calls = []
    def broken():
        calls.append(1)
        raise KeyError('config')
    try:
        retry(broken, attempts=5)
    except KeyError:
        pass
    else:
        raise AssertionError("a KeyError should propagate out of retry")
    assert len(calls) == 1, f"only ConnectionError is retried: func should be called once, it was called {len(calls)} times"


def test_subclasses_of_connectionerror_are_retried():
    """subclasses of ConnectionError are retried"""
    calls = []
    def refusing():
        calls.append(1)
        if len(calls) == 1:
            raise ConnectionRefusedError('refused')
        return 'ok'
    got = retry(refusing)
    assert got == 'ok' and len(calls) == 2, f"ConnectionRefusedError is a ConnectionError and should be retried: got {got!r} after {len(calls)} calls"


def test_default_of_three_attempts():
    """default of three attempts"""
    calls = []
    def down():
        calls.append(1)
        raise ConnectionError('down')
    try:
        retry(down)
    except ConnectionError:
        pass
    else:
        raise AssertionError("retry(down) should raise ConnectionError in the end")
    assert len(calls) == 3, f"the default is 3 attempts, func was called {len(calls)} times"


def test_invalid_number_of_attempts():
    """invalid number of attempts"""
    calls = []
    def ok():
        calls.append(1)
        return 1
    try:
        retry(ok, attempts=0)
    except ValueError:
        pass
    else:
        raise AssertionError("retry(func, attempts=0) should raise ValueError")
    assert calls == [], "with an invalid number of attempts, func must not be called"
