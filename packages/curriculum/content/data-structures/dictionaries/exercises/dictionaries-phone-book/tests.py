def test_known_name():
    """known name"""
    book = {"Ana": "555-0101", "Bo": "555-0199"}
    got = lookup(book, "Ana")
    assert got == "555-0101", f"lookup(book, 'Ana') should return '555-0101', got {got!r}"


def test_unknown_name():
    """unknown name"""
    book = {"Ana": "555-0101"}
    got = lookup(book, "Cy")
    assert got == "unknown", f"lookup(book, 'Cy') should return 'unknown' when 'Cy' is not in the book, got {got!r}"


def test_empty_book():
    """empty book"""
    got = lookup({}, "Ana")
    assert got == "unknown", f"lookup({{}}, 'Ana') should return 'unknown', got {got!r}"


def test_does_not_add_the_name():
    """does not add the name"""
    book = {"Ana": "555-0101"}
    lookup(book, "Cy")
    assert book == {"Ana": "555-0101"}, f"lookup should not change the book; it became {book!r}"


def test_names_are_case_sensitive():
    """names are case-sensitive"""
    book = {"Ana": "555-0101", "ana": "555-0000"}
    got = (lookup(book, "ana"), lookup(book, "ANA"))
    assert got == ("555-0000", "unknown"), f"expected ('555-0000', 'unknown'), got {got!r}"
