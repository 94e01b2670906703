def test_divisible_by_4():
    """divisible by 4"""
    got = is_leap_year(2024)
    assert got is True, f"is_leap_year(2024) should return True, got {got!r}"


def test_not_divisible_by_4():
    """not divisible by 4"""
    got = is_leap_year(2023)
    assert got is False, f"is_leap_year(2023) should return False, got {got!r}"


def test_century_years_are_not_leap_years():
    """century years are not leap years"""
    got = is_leap_year(1900)
    assert got is False, f"is_leap_year(1900) should return False: divisible by 100 but not by 400, got {got!r}"


def test_years_divisible_by_400_are_leap_years():
    """years divisible by 400 are leap years"""
    got = is_leap_year(2000)
    assert got is True, f"is_leap_year(2000) should return True: divisible by 400, got {got!r}"


def test_more_centuries():
    """more centuries"""
    got = [is_leap_year(y) for y in (1600, 1700, 1800, 2100, 2400)]
    assert got == [True, False, False, False, True], f"expected [True, False, False, False, True], got {got!r}"


def test_ordinary_years():
    """ordinary years"""
    got = [is_leap_year(y) for y in (1996, 1999, 2004, 2026)]
    assert got == [True, False, True, False], f"expected [True, False, True, False], got {got!r}"
