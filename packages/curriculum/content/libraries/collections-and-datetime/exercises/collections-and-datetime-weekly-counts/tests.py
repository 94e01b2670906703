def test_counts_per_week():
    """counts per week"""
    got = weekly_counts(['2024-03-04', '2024-03-05', '2024-03-11'])
    assert got == {'2024-W10': 2, '2024-W11': 1}, f"expected {{'2024-W10': 2, '2024-W11': 1}}, got {got!r}"


def test_labels_in_ascending_order():
    """labels in ascending order"""
    got = weekly_counts(['2024-05-20', '2024-01-10', '2024-03-04', '2024-01-11'])
    assert isinstance(got, dict), f"weekly_counts should return a dict, got {got!r}"
    assert list(got) == ['2024-W02', '2024-W10', '2024-W21'], f"the keys should be in ascending order ['2024-W02', '2024-W10', '2024-W21'], got {list(got)!r}"


def test_two_digit_week_numbers():
    """two-digit week numbers"""
    got = weekly_counts(['2024-01-03'])
    assert got == {'2024-W01': 1}, f"the week number has two digits: expected {{'2024-W01': 1}}, got {got!r}"


def test_iso_year_around_new_year():
    """ISO year around New Year"""
    got = weekly_counts(['2024-12-30', '2021-01-01', '2025-01-02'])
    expected = {'2020-W53': 1, '2025-W01': 2}
    assert got == expected, f"use the ISO year from isocalendar(): expected {expected!r}, got {got!r}"


def test_busiest_week():
    """busiest week"""
    got = busiest_week(['2024-03-11', '2024-03-04', '2024-03-05', '2024-03-12', '2024-03-13'])
    assert got == '2024-W11', f"week 2024-W11 has 3 dates: expected '2024-W11', got {got!r}"


def test_ties_and_empty_lists():
    """ties and empty lists"""
    got = busiest_week(['2024-03-11', '2024-03-12', '2024-03-04', '2024-03-05'])
    assert got == '2024-W10', f"on a tie the earliest week wins: expected '2024-W10', got {got!r}"
    assert busiest_week([]) is None, f"busiest_week([]) should be None, got {busiest_week([])!r}"
    assert weekly_counts([]) == {}, f"weekly_counts([]) should be {{}}, got {weekly_counts([])!r}"


def test_invalid_dates():
    """invalid dates"""
    try:
        weekly_counts(['2024-02-30'])
    except ValueError:
        pass
    else:
        raise AssertionError("'2024-02-30' is not a real date: weekly_counts should raise ValueError")
