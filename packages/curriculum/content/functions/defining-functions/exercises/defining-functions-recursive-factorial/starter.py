def factorial(n):
    """Return n! for n >= 0, computed recursively."""
    # TODO: the base case (n == 0), then n times the factorial of n - 1
    pass
