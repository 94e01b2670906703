def test_ten_days_later():
    """ten days later"""
    got = due_date('2024-03-01', 10)
    assert got == ('2024-03-11', 'Monday'), f"due_date('2024-03-01', 10) should be ('2024-03-11', 'Monday'), got {got!r}"


def test_across_the_end_of_a_month():
    """across the end of a month"""
    got = due_date('2023-01-25', 10)
    assert got == ('2023-02-04', 'Saturday'), f"due_date('2023-01-25', 10) should be ('2023-02-04', 'Saturday'), got {got!r}"


def test_leap_years():
    """leap years"""
    got = due_date('2024-02-28', 1)
    assert got == ('2024-02-29', 'Thursday'), f"2024 is a leap year: due_date('2024-02-28', 1) should be ('2024-02-29', 'Thursday'), got {got!r}"
    got = due_date('2023-02-28', 1)
    assert got == ('2023-03-01', 'Wednesday'), f"2023 is not a leap year: due_date('2023-02-28', 1) should be ('2023-03-01', 'Wednesday'), got {got!r}"


def test_into_the_next_year():
    """into the next year"""
    got = due_date('2023-12-25', 7)
    assert got == ('2024-01-01', 'Monday'), f"due_date('2023-12-25', 7) should be ('2024-01-01', 'Monday'), got {got!r}"
    got = due_date('2024-01-01', 365)
    assert got == ('2024-12-31', 'Tuesday'), f"due_date('2024-01-01', 365) should be ('2024-12-31', 'Tuesday'), got {got!r}"


def test_zero_and_negative_days():
    """zero and negative days"""
    got = due_date('2024-03-01', 0)
    assert got == ('2024-03-01', 'Friday'), f"due_date('2024-03-01', 0) should be ('2024-03-01', 'Friday'), got {got!r}"
    got = due_date('2024-03-01', -1)
    assert got == ('2024-02-29', 'Thursday'), f"due_date('2024-03-01', -1) should be ('2024-02-29', 'Thursday'), got {got!r}"
