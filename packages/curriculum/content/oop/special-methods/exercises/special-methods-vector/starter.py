import math


class Vector:
    """A 2D vector that supports +, -, * (by a number), == and abs()."""

    def __init__(self, x, y):
        pass

    def __repr__(self):
        pass

    def __eq__(self, other):
        pass

    def __add__(self, other):
        pass

    def __sub__(self, other):
        pass

    def __mul__(self, k):
        pass

    def __rmul__(self, k):
        pass

    def __abs__(self):
        pass
