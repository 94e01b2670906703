def test_an_a():
    """an A"""
    got = letter_grade(95)
    assert got == "A", f"letter_grade(95) should return 'A', got {got!r}"


def test_middle_grades():
    """middle grades"""
    got = [letter_grade(s) for s in (85, 75, 65)]
    assert got == ["B", "C", "D"], f"letter_grade of 85, 75, 65 should be ['B', 'C', 'D'], got {got!r}"


def test_exact_boundaries():
    """exact boundaries"""
    for score, letter in [(90, "A"), (89, "B"), (80, "B"), (79, "C"), (70, "C"), (69, "D"), (60, "D")]:
        got = letter_grade(score)
        assert got == letter, f"letter_grade({score}) should return {letter!r} -- use >= for the boundary, got {got!r}"


def test_failing_scores():
    """failing scores"""
    got = (letter_grade(59), letter_grade(0))
    assert got == ("F", "F"), f"letter_grade(59) and letter_grade(0) should both be 'F', got {got!r}"


def test_invalid_scores():
    """invalid scores"""
    for score in (-1, 101, 250):
        got = letter_grade(score)
        assert got == "invalid", f"letter_grade({score}) should return 'invalid', got {got!r}"


def test_perfect_and_decimal_scores():
    """perfect and decimal scores"""
    got = (letter_grade(100), letter_grade(89.5))
    assert got == ("A", "B"), f"expected ('A', 'B'), got {got!r}"
