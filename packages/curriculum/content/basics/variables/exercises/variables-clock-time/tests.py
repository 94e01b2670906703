def test_zero_seconds():
    """zero seconds"""
    got = clock_time(0)
    assert got == "0:00:00", f"clock_time(0) should return '0:00:00', got {got!r}"


def test_under_two_minutes():
    """under two minutes"""
    got = clock_time(75)
    assert got == "0:01:15", f"clock_time(75) should return '0:01:15', got {got!r}"


def test_pads_minutes_and_seconds():
    """pads minutes and seconds"""
    got = clock_time(3661)
    assert got == "1:01:01", f"clock_time(3661) should return '1:01:01' (two digits for minutes and seconds), got {got!r}"


def test_more_than_a_day():
    """more than a day"""
    got = clock_time(90000)
    assert got == "25:00:00", f"clock_time(90000) should return '25:00:00', got {got!r}"


def test_one_second_before_an_hour():
    """one second before an hour"""
    got = clock_time(3599)
    assert got == "0:59:59", f"clock_time(3599) should return '0:59:59', got {got!r}"
    got = clock_time(3540)
    assert got == "0:59:00", f"clock_time(3540) should return '0:59:00', got {got!r}"
