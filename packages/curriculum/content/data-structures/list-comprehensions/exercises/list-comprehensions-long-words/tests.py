def test_keeps_long_words_upper_cased():
    """keeps long words, upper-cased"""
    got = long_words(["hi", "hello", "hey", "howdy"], 4)
    assert got == ["HELLO", "HOWDY"], f"long_words(['hi', 'hello', 'hey', 'howdy'], 4) should return ['HELLO', 'HOWDY'], got {got!r}"


def test_exactly_min_length_counts():
    """exactly min_length counts"""
    got = long_words(["tree", "sky"], 3)
    assert got == ["TREE", "SKY"], f"'sky' has exactly 3 letters, so long_words(['tree', 'sky'], 3) should keep it: expected ['TREE', 'SKY'], got {got!r}"


def test_nothing_long_enough():
    """nothing long enough"""
    got = long_words(["a", "bb"], 5)
    assert got == [], f"long_words(['a', 'bb'], 5) should return [], got {got!r}"


def test_uses_a_list_comprehension():
    """uses a list comprehension"""
    import ast
    with open("student.py", encoding="utf-8") as source:
        tree = ast.parse(source.read())
    assert any(isinstance(node, ast.ListComp) for node in ast.walk(tree)), "Write the result as a list comprehension: [expression for item in items]"


def test_keeps_the_original_order():
    """keeps the original order"""
    got = long_words(["zebra", "apple", "kiwi", "mango"], 5)
    assert got == ["ZEBRA", "APPLE", "MANGO"], f"expected ['ZEBRA', 'APPLE', 'MANGO'], got {got!r}"


def test_zero_keeps_everything():
    """zero keeps everything"""
    got = long_words(["", "Ok"], 0)
    assert got == ["", "OK"], f"long_words(['', 'Ok'], 0) should return ['', 'OK'], got {got!r}"
