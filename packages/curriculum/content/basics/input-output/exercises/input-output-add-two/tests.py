def test_adds_3_and_4():
    """adds 3 and 4"""
    out = run("3\n4\n")
    assert out.strip() == "3 + 4 = 7", f"For the inputs 3 and 4 your program should print '3 + 4 = 7', but it printed {out!r}"


def test_adds_numbers_not_text():
    """adds numbers, not text"""
    out = run("10\n20\n")
    assert "1020" not in out, "Your program joined the text '10' and '20': convert the inputs with int() before adding"
    assert out.strip() == "10 + 20 = 30", f"For the inputs 10 and 20 your program should print '10 + 20 = 30', but it printed {out!r}"


def test_negative_numbers():
    """negative numbers"""
    out = run("-2\n10\n")
    assert out.strip() == "-2 + 10 = 8", f"For the inputs -2 and 10 your program should print '-2 + 10 = 8', but it printed {out!r}"


def test_zeros():
    """zeros"""
    out = run("0\n0\n")
    assert out.strip() == "0 + 0 = 0", f"For the inputs 0 and 0 your program should print '0 + 0 = 0', but it printed {out!r}"


def test_large_numbers():
    """large numbers"""
    out = run("123456789\n987654321\n")
    assert out.strip() == "123456789 + 987654321 = 1111111110", f"got {out!r}"
