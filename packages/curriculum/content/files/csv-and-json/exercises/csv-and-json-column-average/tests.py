def test_simple_average():
    """simple average"""
    with open('scores.csv', 'w', encoding='utf-8') as f:
        f.write('name,score\nAna,90\nBo,75\n')
    got = column_average('scores.csv', 'score')
    assert got == 82.5, f"the average of 90 and 75 is 82.5, got {got!r}"


def test_rounded_to_2_decimals():
    """rounded to 2 decimals"""
    with open('prices.csv', 'w', encoding='utf-8') as f:
        f.write('item,price,qty\npen,1.5,3\ncup,2.25,1\nink,4,2\n')
    got = column_average('prices.csv', 'price')
    assert got == 2.58, f"the average of 1.5, 2.25 and 4 is 2.5833..., rounded 2.58; got {got!r}"
    got = column_average('prices.csv', 'qty')
    assert got == 2.0, f"the average of the 'qty' column should be 2.0, got {got!r}"


def test_empty_values_are_skipped():
    """empty values are skipped"""
    with open('gaps.csv', 'w', encoding='utf-8') as f:
        f.write('name,score\nAna,10\nBo,\nCy,  \nDi,20\n')
    got = column_average('gaps.csv', 'score')
    assert got == 15.0, f"only 10 and 20 are numbers, so the average is 15.0, got {got!r}"


def test_quoted_fields_with_commas():
    """quoted fields with commas"""
    with open('people.csv', 'w', encoding='utf-8') as f:
        f.write('name,city,score\n"Smith, Anna",Oslo,90\n"Lee, Bo","Rome, IT",70\n')
    got = column_average('people.csv', 'score')
    assert got == 80.0, f"fields in quotes may contain commas (use the csv module): expected 80.0, got {got!r}"


def test_no_numbers_at_all():
    """no numbers at all"""
    with open('header_only.csv', 'w', encoding='utf-8') as f:
        f.write('name,score\n')
    got = column_average('header_only.csv', 'score')
    assert got == 0.0, f"a file with only a header has no numbers: expected 0.0, got {got!r}"


def test_unknown_column():
    """unknown column"""
    with open('small.csv', 'w', encoding='utf-8') as f:
        f.write('name,score\n')
    try:
        column_average('small.csv', 'age')
    except KeyError:
        pass
    except Exception as e:
        raise AssertionError(f"an unknown column should raise KeyError, not {type(e).__name__}: {e}")
    else:
        raise AssertionError("the header has no 'age' column: column_average should raise KeyError (check reader.fieldnames)")
