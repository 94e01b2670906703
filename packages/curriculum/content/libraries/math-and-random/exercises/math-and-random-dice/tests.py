def test_right_number_of_rolls_in_range():
    """right number of rolls in range"""
    rolls = roll_dice(50, seed=1)
    assert isinstance(rolls, list) and len(rolls) == 50, f"roll_dice(50, seed=1) should return a list of 50 rolls, got {rolls!r}"
    assert all(isinstance(r, int) and 1 <= r <= 6 for r in rolls), f"every roll of a 6-sided die is an int from 1 to 6, got {rolls!r}"
    faces = set(roll_dice(300, seed=2))
    assert faces == {1, 2, 3, 4, 5, 6}, f"a die has 6 sides by default: 300 rolls should show every face 1 to 6, got {sorted(faces)!r}"


def test_same_seed_same_rolls():
    """same seed, same rolls"""
    a = roll_dice(10, seed=42)
    b = roll_dice(10, seed=42)
    assert a == b, f"the same seed should give the same rolls, got {a!r} and {b!r}"


def test_every_face_comes_up():
    """every face comes up"""
    rolls = roll_dice(600, sides=20, seed=7)
    assert isinstance(rolls, list) and len(rolls) == 600, f"roll_dice(600, sides=20, seed=7) should return a list of 600 rolls, got {rolls!r}"
    assert all(1 <= r <= 20 for r in rolls), f"a 20-sided die rolls 1 to 20, got values outside: {sorted(set(rolls))!r}"
    assert set(rolls) == set(range(1, 21)), f"in 600 rolls of a 20-sided die every face from 1 to 20 should appear; missing: {sorted(set(range(1, 21)) - set(rolls))!r}"


def test_different_seeds_different_rolls():
    """different seeds, different rolls"""
    a = roll_dice(20, seed=1)
    b = roll_dice(20, seed=2)
    assert a != b, f"different seeds should give different rolls, both gave {a!r}"


def test_the_global_generator_is_left_alone():
    """the global generator is left alone"""
    import random
    random.seed(99)
    expected = [random.random() for _ in range(3)]
    random.seed(99)
    roll_dice(5, seed=1)
    got = [random.random() for _ in range(3)]
    assert got == expected, "roll_dice changed the global random generator: use rng = random.Random(seed) instead of random.seed() or random.randint()"


def test_edge_cases():
    """edge cases"""
    assert roll_dice(0, seed=3) == [], f"roll_dice(0) should be [], got {roll_dice(0, seed=3)!r}"
    got = roll_dice(5, sides=1, seed=3)
    assert got == [1, 1, 1, 1, 1], f"a 1-sided die always rolls 1, got {got!r}"
