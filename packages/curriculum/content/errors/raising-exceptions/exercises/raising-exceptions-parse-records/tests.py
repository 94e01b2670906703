def test_a_valid_record():
    """a valid record"""
    got = parse_record('  Ada ,36,  ada@example.org ')
    expected = {'name': 'Ada', 'age': 36, 'email': 'ada@example.org'}
    assert got == expected, f"expected {expected!r} (fields stripped, age as int), got {got!r}"
    assert type(got['age']) is int, f"age should be the int 36, got {got['age']!r}"
    got = parse_record('Kit, 0, kit@example.org')
    assert got == {'name': 'Kit', 'age': 0, 'email': 'kit@example.org'}, f"an age of 0 is valid: expected {{'name': 'Kit', 'age': 0, 'email': 'kit@example.org'}}, got {got!r}"


def test_recorderror_is_a_valueerror():
    """RecordError is a ValueError"""
    assert issubclass(RecordError, ValueError), "RecordError must inherit from ValueError: class RecordError(ValueError):"


def test_wrong_number_of_fields():
    """wrong number of fields"""
    for line, expected in [('Ada, 36', 'expected 3 fields, got 2'), ('a,1,b@c,d', 'expected 3 fields, got 4')]:
        try:
            parse_record(line)
        except RecordError as e:
            assert str(e) == expected, f"parse_record({line!r}) should say {expected!r}, got {str(e)!r}"
        except Exception as e:
            raise AssertionError(f"parse_record({line!r}) should raise RecordError, not {type(e).__name__}: {e}") from None
        else:
            raise AssertionError(f"parse_record({line!r}) should raise RecordError")


def test_bad_age_keeps_its_cause():
    """bad age keeps its cause"""
    try:
        parse_record('Bob, forty, bob@example.org')
    except RecordError as e:
        assert str(e) == "invalid age: 'forty'", f"the message should be \"invalid age: 'forty'\", got {str(e)!r}"
        assert isinstance(e.__cause__, ValueError), f"raise the RecordError 'from' the ValueError of int(): __cause__ is {e.__cause__!r}"
    except Exception as e:
        raise AssertionError(f"a bad age should raise RecordError, not {type(e).__name__}: {e}") from None
    else:
        raise AssertionError("parse_record('Bob, forty, bob@example.org') should raise RecordError")


def test_other_invalid_fields():
    """other invalid fields"""
    cases = [
        (' , 30, x@y.org', 'name is empty'),
        ('Cy, -1, cy@example.org', 'age cannot be negative'),
        ('Di, 30, di.example.org', "invalid email: 'di.example.org'"),
    ]
    for line, expected in cases:
        try:
            parse_record(line)
        except RecordError as e:
            assert str(e) == expected, f"parse_record({line!r}) should say {expected!r}, got {str(e)!r}"
        except Exception as e:
            raise AssertionError(f"parse_record({line!r}) should raise RecordError, not {type(e).__name__}: {e}") from None
        else:
            raise AssertionError(f"parse_record({line!r}) should raise RecordError({expected!r})")


def test_parse_all_collects_records_and_errors():
    """parse_all collects records and errors"""
    result = parse_all(['Ada, 36, ada@example.org', 'Bob, x, bob@example.org', 'Cy, 7, cy@example.org'])
    assert isinstance(result, tuple) and len(result) == 2, f"parse_all should return a tuple (records, errors), got {result!r}"
    records, errors = result
    assert records == [{'name': 'Ada', 'age': 36, 'email': 'ada@example.org'}, {'name': 'Cy', 'age': 7, 'email': 'cy@example.org'}], f"unexpected records: {records!r}"
    assert errors == ["line 2: invalid age: 'x'"], f"errors should be [\"line 2: invalid age: 'x'\"], got {errors!r}"


def test_blank_lines_are_skipped_but_counted():
    """blank lines are skipped but counted"""
    result = parse_all(['', 'Ada, 36, ada@example.org', '   ', 'broken', 'Eve, 5'])
    assert isinstance(result, tuple) and len(result) == 2, f"parse_all should return a tuple (records, errors), got {result!r}"
    records, errors = result
    assert len(records) == 1, f"only one valid record, got {records!r}"
    expected = ['line 4: expected 3 fields, got 1', 'line 5: expected 3 fields, got 2']
    assert errors == expected, f"blank lines are skipped but still counted: expected {expected!r}, got {errors!r}"
