def test_greets_ana():
    """greets Ana"""
    got = greet("Ana")
    assert got is not None, "greet('Ana') returned None -- use return, not print"
    assert got == "Hello, Ana!", f"greet('Ana') should return 'Hello, Ana!', got {got!r}"


def test_uses_the_name_it_is_given():
    """uses the name it is given"""
    got = greet("Bo")
    assert got == "Hello, Bo!", f"greet('Bo') should return 'Hello, Bo!', got {got!r}"


def test_returns_without_printing():
    """returns without printing"""
    import contextlib
    import io
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        got = greet("Cy")
    assert got == "Hello, Cy!", f"greet('Cy') should return 'Hello, Cy!', got {got!r}"
    assert buffer.getvalue() == "", f"greet should return the greeting, not print it; it printed {buffer.getvalue()!r}"


def test_empty_name():
    """empty name"""
    got = greet("")
    assert got == "Hello, !", f"greet('') should return 'Hello, !', got {got!r}"
