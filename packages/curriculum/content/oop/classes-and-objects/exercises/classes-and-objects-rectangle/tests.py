def test_stores_width_and_height():
    """stores width and height"""
    r = Rectangle(3, 4)
    assert hasattr(r, 'width') and hasattr(r, 'height'), "Rectangle(3, 4) has no 'width'/'height' attribute: did you write self.width = width in __init__?"
    assert (r.width, r.height) == (3, 4), f"Rectangle(3, 4) should have width 3 and height 4, got {r.width!r} and {r.height!r}"


def test_area():
    """area"""
    assert Rectangle(3, 4).area() == 12, f"Rectangle(3, 4).area() should be 12, got {Rectangle(3, 4).area()!r}"
    assert Rectangle(2.5, 2).area() == 5.0, f"Rectangle(2.5, 2).area() should be 5.0, got {Rectangle(2.5, 2).area()!r}"


def test_perimeter():
    """perimeter"""
    assert Rectangle(3, 4).perimeter() == 14, f"Rectangle(3, 4).perimeter() should be 14, got {Rectangle(3, 4).perimeter()!r}"
    assert Rectangle(10, 1).perimeter() == 22, f"Rectangle(10, 1).perimeter() should be 22, got {Rectangle(10, 1).perimeter()!r}"


def test_a_square_is_a_rectangle_too():
    """a square is a rectangle too"""
    s = Rectangle(5, 5)
    assert s.area() == 25, f"Rectangle(5, 5).area() should be 25, got {s.area()!r}"
    assert s.perimeter() == 20, f"Rectangle(5, 5).perimeter() should be 20, got {s.perimeter()!r}"


def test_zero_width():
    """zero width"""
    r = Rectangle(0, 7)
    assert r.area() == 0, f"Rectangle(0, 7).area() should be 0, got {r.area()!r}"
    assert r.perimeter() == 14, f"Rectangle(0, 7).perimeter() should be 14, got {r.perimeter()!r}"


def test_each_object_keeps_its_own_size():
    """each object keeps its own size"""
    a = Rectangle(1, 2)
    b = Rectangle(10, 20)
    assert (a.area(), b.area()) == (2, 200), f"Rectangle(1, 2) and Rectangle(10, 20) should have areas 2 and 200, got {a.area()!r} and {b.area()!r}"
    a.width = 5
    assert a.area() == 10, f"after setting width to 5, Rectangle(1, 2).area() should be 10 (compute it from self.width and self.height each time), got {a.area()!r}"
