import math
import random


def estimate_pi(samples, seed):
    """Estimate pi from a number of random points drawn with random.Random(seed)."""
    if samples < 1:
        raise ValueError("samples must be at least 1")
    rng = random.Random(seed)
    inside = 0
    for _ in range(samples):
        x = rng.random()
        y = rng.random()
        if math.hypot(x, y) <= 1:
            inside += 1
    return 4 * inside / samples
