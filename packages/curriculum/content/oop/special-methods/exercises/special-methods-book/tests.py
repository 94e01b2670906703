def test_attributes():
    """attributes"""
    b = Book('Dune', 'Frank Herbert', 1965)
    assert (getattr(b, 'title', None), getattr(b, 'author', None), getattr(b, 'year', None)) == ('Dune', 'Frank Herbert', 1965), "Book('Dune', 'Frank Herbert', 1965) should store title, author and year as attributes"


def test_str_for_people():
    """str for people"""
    b = Book('Dune', 'Frank Herbert', 1965)
    assert str(b) == 'Dune by Frank Herbert (1965)', f"str(book) should be 'Dune by Frank Herbert (1965)', got {str(b)!r}"
    assert f"{b}" == 'Dune by Frank Herbert (1965)', "f-strings and print() use __str__ too"


def test_repr_for_programmers():
    """repr for programmers"""
    b = Book('Dune', 'Frank Herbert', 1965)
    expected = "Book('Dune', 'Frank Herbert', 1965)"
    assert repr(b) == expected, f"repr(book) should be {expected!r}, got {repr(b)!r}"


def test_a_list_shows_the_repr():
    """a list shows the repr"""
    books = [Book('Emma', 'Jane Austen', 1815), Book('Dune', 'Frank Herbert', 1965)]
    expected = "[Book('Emma', 'Jane Austen', 1815), Book('Dune', 'Frank Herbert', 1965)]"
    assert str(books) == expected, f"printing a list of books should show {expected!r}, got {str(books)!r}"


def test_repr_with_a_quote_in_the_title():
    """repr with a quote in the title"""
    b = Book("Ender's Game", 'Orson Scott Card', 1985)
    expected = "Book(\"Ender's Game\", 'Orson Scott Card', 1985)"
    assert repr(b) == expected, f"repr should quote values the way Python does (use !r): expected {expected}, got {repr(b)}"
    assert str(b) == "Ender's Game by Orson Scott Card (1985)", f"str(book) is wrong: {str(b)!r}"
