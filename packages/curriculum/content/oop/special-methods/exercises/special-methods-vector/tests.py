def test_repr():
    """repr"""
    assert repr(Vector(1, 2)) == 'Vector(1, 2)', f"repr(Vector(1, 2)) should be 'Vector(1, 2)', got {repr(Vector(1, 2))!r}"


def test_equality():
    """equality"""
    assert Vector(1, 2) == Vector(1, 2), "Vector(1, 2) == Vector(1, 2) should be True: define __eq__"
    assert not (Vector(1, 2) == Vector(2, 1)), "Vector(1, 2) == Vector(2, 1) should be False"
    assert Vector(1, 2) != Vector(1, 3), "Vector(1, 2) != Vector(1, 3) should be True"


def test_addition_and_subtraction_make_new_vectors():
    """addition and subtraction make new vectors"""
    a, b = Vector(3, 4), Vector(1, 1)
    total, diff = a + b, a - b
    assert isinstance(total, Vector) and (total.x, total.y) == (4, 5), f"Vector(3, 4) + Vector(1, 1) should be Vector(4, 5), got {total!r}"
    assert isinstance(diff, Vector) and (diff.x, diff.y) == (2, 3), f"Vector(3, 4) - Vector(1, 1) should be Vector(2, 3), got {diff!r}"
    assert (a.x, a.y) == (3, 4), f"a + b must not change a: it is now {a!r}"


def test_multiply_by_a_number():
    """multiply by a number"""
    got = Vector(3, 4) * 2
    assert isinstance(got, Vector) and (got.x, got.y) == (6, 8), f"Vector(3, 4) * 2 should be Vector(6, 8), got {got!r}"


def test_number_times_vector():
    """number times vector"""
    try:
        got = 3 * Vector(1, -2)
    except TypeError as e:
        raise AssertionError(f"3 * Vector(1, -2) raised TypeError ({e}): define __rmul__") from None
    assert isinstance(got, Vector) and (got.x, got.y) == (3, -6), f"3 * Vector(1, -2) should be Vector(3, -6), got {got!r}"


def test_length_with_abs():
    """length with abs()"""
    got = abs(Vector(3, 4))
    assert got == 5.0, f"abs(Vector(3, 4)) should be 5.0, got {got!r}"
    got = abs(Vector(1, 1))
    assert got is not None and round(got, 3) == 1.414, f"abs(Vector(1, 1)) should be about 1.414, got {got!r}"
    assert abs(Vector(0, 0)) == 0, "abs(Vector(0, 0)) should be 0.0"


def test_comparing_with_other_types():
    """comparing with other types"""
    try:
        result = Vector(1, 2) == (1, 2)
        other = Vector(0, 0) == None  # noqa: E711 (what __eq__ answers for None is the test)
    except Exception as e:
        raise AssertionError(f"comparing a Vector with a tuple or None should give False, but it raised {type(e).__name__}: {e}. Return NotImplemented when other is not a Vector.") from None
    assert result is False, f"Vector(1, 2) == (1, 2) should be False, got {result!r}"
    assert other is False, f"Vector(0, 0) == None should be False, got {other!r}"
