def test_greets_ana():
    """greets Ana"""
    out = run("Ana\n")
    assert out.strip() == "Hello, Ana!", f"For the input 'Ana' your program should print 'Hello, Ana!', but it printed {out!r}"


def test_greets_a_full_name():
    """greets a full name"""
    out = run("Sam Lee\n")
    assert out.strip() == "Hello, Sam Lee!", f"For the input 'Sam Lee' your program should print 'Hello, Sam Lee!', but it printed {out!r}"


def test_prints_exactly_one_line():
    """prints exactly one line"""
    out = run("Bo\n")
    lines = out.strip().splitlines()
    assert len(lines) == 1, f"Your program should print one line, but it printed {len(lines)}: {out!r}"


def test_uses_the_name_it_reads():
    """uses the name it reads"""
    out = run("Zoe\n")
    assert out.strip() == "Hello, Zoe!", f"For the input 'Zoe' your program should print 'Hello, Zoe!', but it printed {out!r}"
