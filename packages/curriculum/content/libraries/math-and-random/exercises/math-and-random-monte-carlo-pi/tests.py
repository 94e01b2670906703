def test_returns_a_float():
    """returns a float"""
    got = estimate_pi(1000, seed=1)
    assert isinstance(got, float), f"estimate_pi should return a float, got {got!r}"


def test_same_seed_same_estimate():
    """same seed, same estimate"""
    a = estimate_pi(5000, seed=3)
    b = estimate_pi(5000, seed=3)
    assert a == b, f"the same seed should give the same estimate, got {a!r} and {b!r}"


def test_close_to_pi():
    """close to pi"""
    import math
    got = estimate_pi(200_000, seed=7)
    assert got is not None and abs(got - math.pi) < 0.02, f"with 200000 samples the estimate should be within 0.02 of {math.pi:.5f}, got {got!r}"


def test_a_single_sample():
    """a single sample"""
    results = [estimate_pi(1, seed=s) for s in range(10)]
    assert all(r in (0.0, 4.0) for r in results), f"with one point the estimate is 0.0 or 4.0, got {results!r}"
    assert 4.0 in results, f"over 10 seeds at least one single point should be inside the circle, got {results!r}"


def test_invalid_number_of_samples():
    """invalid number of samples"""
    for bad in [0, -10]:
        try:
            estimate_pi(bad, seed=1)
        except ValueError:
            pass
        except Exception as e:
            raise AssertionError(f"estimate_pi({bad}, seed=1) should raise ValueError, not {type(e).__name__}") from None
        else:
            raise AssertionError(f"estimate_pi({bad}, seed=1) should raise ValueError")


def test_the_global_generator_is_left_alone():
    """the global generator is left alone"""
    import random
    random.seed(5)
    expected = random.random()
    random.seed(5)
    estimate_pi(100, seed=1)
    got = random.random()
    assert got == expected, "estimate_pi changed the global random generator: use rng = random.Random(seed)"


def test_different_seeds_give_different_estimates():
    """different seeds give different estimates"""
    results = {estimate_pi(1000, seed=s) for s in range(5)}
    assert len(results) > 1, f"five different seeds all gave the same estimate {results!r}: is the seed used?"
