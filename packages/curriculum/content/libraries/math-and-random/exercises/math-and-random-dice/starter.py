import random


def roll_dice(count, sides=6, seed=None):
    """Return count rolls of a die with the given number of sides, using random.Random(seed)."""
    pass
