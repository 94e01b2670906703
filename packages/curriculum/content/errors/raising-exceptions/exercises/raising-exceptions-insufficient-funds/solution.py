class InsufficientFundsError(Exception):
    """Raised when a withdrawal is bigger than the balance."""

    def __init__(self, balance, amount):
        """Store balance and amount, and build the message."""
        super().__init__(f"cannot withdraw {amount} from a balance of {balance}")
        self.balance = balance
        self.amount = amount


def withdraw(balance, amount):
    """Return the new balance, or raise ValueError / InsufficientFundsError (see the task)."""
    if amount <= 0:
        raise ValueError("amount must be positive")
    if amount > balance:
        raise InsufficientFundsError(balance, amount)
    return balance - amount
