def test_rows_become_objects():
    """rows become objects"""
    import json
    import os
    with open('pets.csv', 'w', encoding='utf-8') as f:
        f.write('name,kind\nRex,dog\nTom,cat\n')
    got = csv_to_json('pets.csv', 'pets.json')
    assert os.path.exists('pets.json'), "csv_to_json did not create pets.json: open it with mode 'w' and json.dump the rows"
    assert got == 2, f"csv_to_json should return the number of data rows (2), got {got!r}"
    with open('pets.json', encoding='utf-8') as f:
        data = json.load(f)
    expected = [{'name': 'Rex', 'kind': 'dog'}, {'name': 'Tom', 'kind': 'cat'}]
    assert data == expected, f"pets.json should contain {expected!r}, got {data!r}"


def test_whole_numbers_become_ints():
    """whole numbers become ints"""
    import json
    import os
    with open('values.csv', 'w', encoding='utf-8') as f:
        f.write('a,b,c,d,e,f\n42,-7,3.5,abc,,-\n')
    csv_to_json('values.csv', 'values.json')
    assert os.path.exists('values.json'), "csv_to_json did not create values.json: open it with mode 'w' and json.dump the rows"
    with open('values.json', encoding='utf-8') as f:
        data = json.load(f)
    expected = [{'a': 42, 'b': -7, 'c': '3.5', 'd': 'abc', 'e': '', 'f': '-'}]
    assert data == expected, f"only whole numbers become ints: expected {expected!r}, got {data!r}"
    assert type(data[0]['a']) is int and type(data[0]['b']) is int, f"'42' and '-7' should become the ints 42 and -7, not {data[0]['a']!r} and {data[0]['b']!r}"


def test_quoted_commas_are_kept():
    """quoted commas are kept"""
    import json
    import os
    with open('team.csv', 'w', encoding='utf-8') as f:
        f.write('name,age,city\nAna,31,"Oslo, NO"\n')
    csv_to_json('team.csv', 'team.json')
    assert os.path.exists('team.json'), "csv_to_json did not create team.json: open it with mode 'w' and json.dump the rows"
    with open('team.json', encoding='utf-8') as f:
        data = json.load(f)
    expected = [{'name': 'Ana', 'age': 31, 'city': 'Oslo, NO'}]
    assert data == expected, f"expected {expected!r}, got {data!r}"


def test_header_only():
    """header only"""
    import json
    import os
    with open('empty.csv', 'w', encoding='utf-8') as f:
        f.write('name,age\n')
    got = csv_to_json('empty.csv', 'empty.json')
    assert os.path.exists('empty.json'), "csv_to_json did not create empty.json: open it with mode 'w' and json.dump the rows"
    assert got == 0, f"a CSV with only a header has 0 rows, got {got!r}"
    with open('empty.json', encoding='utf-8') as f:
        data = json.load(f)
    assert data == [], f"empty.json should contain [], got {data!r}"


def test_keys_follow_the_header_order():
    """keys follow the header order"""
    import json
    import os
    with open('order.csv', 'w', encoding='utf-8') as f:
        f.write('zeta,alpha,mid\n1,2,3\n4,5,6\n')
    csv_to_json('order.csv', 'order.json')
    assert os.path.exists('order.json'), "csv_to_json did not create order.json: open it with mode 'w' and json.dump the rows"
    with open('order.json', encoding='utf-8') as f:
        data = json.load(f)
    assert [list(row) for row in data] == [['zeta', 'alpha', 'mid']] * 2, f"keys should be in header order ['zeta', 'alpha', 'mid'], got {[list(row) for row in data]!r}"
    assert data[1] == {'zeta': 4, 'alpha': 5, 'mid': 6}, f"second row should be {{'zeta': 4, 'alpha': 5, 'mid': 6}}, got {data[1]!r}"


def test_non_ascii_text():
    """non-ASCII text"""
    import json
    import os
    with open('names.csv', 'w', encoding='utf-8') as f:
        f.write('name,city\nZoë,Zürich\n')
    csv_to_json('names.csv', 'names.json')
    assert os.path.exists('names.json'), "csv_to_json did not create names.json: open it with mode 'w' and json.dump the rows"
    with open('names.json', encoding='utf-8') as f:
        data = json.load(f)
    assert data == [{'name': 'Zoë', 'city': 'Zürich'}], f"expected [{{'name': 'Zoë', 'city': 'Zürich'}}], got {data!r}"
