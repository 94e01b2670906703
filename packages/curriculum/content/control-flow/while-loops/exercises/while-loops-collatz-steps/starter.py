def collatz_steps(n):
    """Return the number of Collatz steps from n down to 1."""
    steps = 0
    # TODO: while n is not 1, replace n by the next number and count the step
    return steps
