def test_save_then_load():
    """save then load"""
    data = {'theme': 'dark', 'font_size': 14}
    save_settings('settings.json', data)
    got = load_settings('settings.json')
    assert got == data, f"loading what was saved should give {data!r}, got {got!r}"


def test_the_file_is_real_json():
    """the file is real JSON"""
    import json
    import os
    save_settings('real.json', {'volume': 7, 'muted': False})
    assert os.path.exists('real.json'), "save_settings('real.json', ...) did not create real.json"
    with open('real.json', encoding='utf-8') as f:
        got = json.load(f)
    assert got == {'volume': 7, 'muted': False}, f"the file should contain the settings as JSON, json.load gave {got!r}"


def test_loads_a_file_written_elsewhere():
    """loads a file written elsewhere"""
    with open('given.json', 'w', encoding='utf-8') as f:
        f.write('{"language": "python", "level": 3}')
    got = load_settings('given.json')
    assert got == {'language': 'python', 'level': 3}, f"expected {{'language': 'python', 'level': 3}}, got {got!r}"


def test_missing_file():
    """missing file"""
    got = load_settings('nowhere.json')
    assert got == {}, f"load_settings on a missing file should return {{}}, got {got!r}"


def test_nested_values_and_non_ascii_text():
    """nested values and non-ASCII text"""
    data = {'name': 'Zoë', 'recent': ['a.py', 'b.py'], 'editor': {'tabs': 4, 'wrap': True}}
    save_settings('nested.json', data)
    save_settings('nested.json', data)
    got = load_settings('nested.json')
    assert got == data, f"expected {data!r}, got {got!r}"
