def test_unit_circle():
    """unit circle"""
    got = circle_stats(1)
    assert got == (3.14, 6.28), f"circle_stats(1) should be (3.14, 6.28), got {got!r}"


def test_radius_2_5():
    """radius 2.5"""
    got = circle_stats(2.5)
    assert got == (19.63, 15.71), f"circle_stats(2.5) should be (19.63, 15.71), got {got!r}"


def test_returns_a_tuple_of_two_numbers():
    """returns a tuple of two numbers"""
    got = circle_stats(3)
    assert isinstance(got, tuple) and len(got) == 2, f"circle_stats should return a tuple (area, circumference), got {got!r}"


def test_radius_zero():
    """radius zero"""
    got = circle_stats(0)
    assert got == (0.0, 0.0), f"circle_stats(0) should be (0.0, 0.0), got {got!r}"


def test_big_radius_needs_math_pi():
    """big radius needs math.pi"""
    got = circle_stats(100)
    assert got == (31415.93, 628.32), f"circle_stats(100) should be (31415.93, 628.32); 3.14 is not precise enough, use math.pi. Got {got!r}"
