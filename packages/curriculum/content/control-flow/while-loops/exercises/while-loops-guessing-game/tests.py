def test_low_high_correct():
    """low, high, correct"""
    out = run("3\n9\n7\n")
    lines = [line.strip() for line in out.strip().splitlines()]
    assert lines == ["Too low", "Too high", "Correct! Guesses: 3"], f"For the guesses 3, 9, 7 got {lines!r}"


def test_first_guess_right():
    """first guess right"""
    out = run("7\n")
    lines = [line.strip() for line in out.strip().splitlines()]
    assert lines == ["Correct! Guesses: 1"], f"For the single guess 7 expected only 'Correct! Guesses: 1', got {lines!r}"


def test_stops_reading_after_the_right_guess():
    """stops reading after the right guess"""
    out = run("7\n1\n2\n")
    assert "Too" not in out, f"Your program kept reading guesses after the correct one: {out!r}"


def test_several_low_guesses():
    """several low guesses"""
    out = run("1\n2\n3\n7\n")
    lines = [line.strip() for line in out.strip().splitlines()]
    assert lines == ["Too low", "Too low", "Too low", "Correct! Guesses: 4"], f"got {lines!r}"


def test_high_guesses():
    """high guesses"""
    out = run("100\n8\n7\n")
    lines = [line.strip() for line in out.strip().splitlines()]
    assert lines == ["Too high", "Too high", "Correct! Guesses: 3"], f"got {lines!r}"
