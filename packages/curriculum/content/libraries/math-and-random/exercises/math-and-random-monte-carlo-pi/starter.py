import math
import random


def estimate_pi(samples, seed):
    """Estimate pi from a number of random points drawn with random.Random(seed)."""
    pass
