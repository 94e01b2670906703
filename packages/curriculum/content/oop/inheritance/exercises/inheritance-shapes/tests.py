def test_class_hierarchy():
    """class hierarchy"""
    assert issubclass(Rectangle, Shape), "Rectangle must be a subclass of Shape"
    assert issubclass(Square, Rectangle), "Square must be a subclass of Rectangle (a square is a special rectangle)"
    assert issubclass(Circle, Shape) and not issubclass(Circle, Rectangle), "Circle must be a subclass of Shape, but not of Rectangle"


def test_areas():
    """areas"""
    assert Rectangle(2, 3).area() == 6, f"Rectangle(2, 3).area() should be 6, got {Rectangle(2, 3).area()!r}"
    assert Square(4).area() == 16, f"Square(4).area() should be 16, got {Square(4).area()!r}"
    got = Circle(1).area()
    assert got is not None and round(got, 4) == 3.1416, f"Circle(1).area() should be about 3.1416 (math.pi * 1 ** 2), got {got!r}"
    got = Circle(2).area()
    assert got is not None and round(got, 4) == 12.5664, f"Circle(2).area() should be about 12.5664 (math.pi * 2 ** 2), got {got!r}"


def test_describe():
    """describe"""
    for shape, expected in [(Square(2), 'square with area 4.00'), (Circle(1), 'circle with area 3.14'), (Rectangle(1.5, 2), 'rectangle with area 3.00')]:
        got = shape.describe()
        assert got == expected, f"describe() should return {expected!r}, got {got!r}"


def test_square_reuses_rectangle():
    """Square reuses Rectangle"""
    s = Square(3)
    assert (getattr(s, 'width', None), getattr(s, 'height', None)) == (3, 3), "Square(3) should have width 3 and height 3: call super().__init__(side, side)"
    assert 'area' not in Square.__dict__, "Square should not define its own area(): it inherits the one from Rectangle"


def test_shape_area_is_abstract():
    """Shape.area is abstract"""
    try:
        Shape().area()
    except NotImplementedError:
        pass
    except Exception as e:
        raise AssertionError(f"Shape().area() should raise NotImplementedError, not {type(e).__name__}")
    else:
        raise AssertionError("Shape().area() should raise NotImplementedError, but it returned normally")


def test_largest():
    """largest"""
    shapes = [Square(2), Circle(1.2), Rectangle(1, 5)]
    got = largest(shapes)
    assert got is shapes[2], f"largest([Square(2), Circle(1.2), Rectangle(1, 5)]) should return the Rectangle (area 5), got {got!r}"
    assert largest([]) is None, f"largest([]) should be None, got {largest([])!r}"


def test_describe_works_for_a_brand_new_subclass():
    """describe works for a brand-new subclass"""
    class Triangle(Shape):
        name = 'triangle'

        def __init__(self, base, height):
            self.base = base
            self.height = height

        def area(self):
            return self.base * self.height / 2

    got = Triangle(3, 5).describe()
    assert got == 'triangle with area 7.50', f"Shape.describe() should work for any subclass: Triangle(3, 5).describe() should be 'triangle with area 7.50', got {got!r}"
    assert largest([Triangle(3, 5), Square(2)]).name == 'triangle', "largest() should work with any Shape subclass"
