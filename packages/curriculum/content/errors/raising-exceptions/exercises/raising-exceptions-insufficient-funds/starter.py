class InsufficientFundsError(Exception):
    """Raised when a withdrawal is bigger than the balance."""

    def __init__(self, balance, amount):
        """Store balance and amount, and build the message."""
        pass


def withdraw(balance, amount):
    """Return the new balance, or raise ValueError / InsufficientFundsError (see the task)."""
    pass
