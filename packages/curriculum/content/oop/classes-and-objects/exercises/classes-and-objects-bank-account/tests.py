def test_opening_balance():
    """opening balance"""
    acc = BankAccount('Ada')
    assert hasattr(acc, 'balance'), "BankAccount('Ada') has no 'balance' attribute: store it with self.balance = balance"
    assert acc.owner == 'Ada', f"owner should be 'Ada', got {acc.owner!r}"
    assert acc.balance == 0, f"BankAccount('Ada').balance should default to 0, got {acc.balance!r}"
    assert BankAccount('Bo', 50).balance == 50, f"BankAccount('Bo', 50).balance should be 50, got {BankAccount('Bo', 50).balance!r}"


def test_deposit_returns_the_new_balance():
    """deposit returns the new balance"""
    acc = BankAccount('Ada', 10)
    got = acc.deposit(90)
    assert got == 100, f"deposit(90) on a balance of 10 should return 100, got {got!r}"
    assert acc.balance == 100, f"after deposit(90) the balance should be 100, got {acc.balance!r}"
    got = acc.deposit(1)
    assert got == 101, f"deposit(1) on a balance of 100 should return 101, got {got!r}"


def test_withdraw_within_the_balance():
    """withdraw within the balance"""
    acc = BankAccount('Ada', 100)
    got = acc.withdraw(30)
    assert got is True, f"withdraw(30) from 100 should return True, got {got!r}"
    assert acc.balance == 70, f"after withdraw(30) from 100 the balance should be 70, got {acc.balance!r}"
    got = acc.withdraw(1)
    assert got is True and acc.balance == 69, f"withdraw(1) from 70 should return True and leave 69, got {got!r} and {acc.balance!r}"


def test_withdraw_more_than_the_balance():
    """withdraw more than the balance"""
    acc = BankAccount('Ada', 20)
    got = acc.withdraw(50)
    assert got is False, f"withdraw(50) from a balance of 20 should return False, got {got!r}"
    assert acc.balance == 20, f"a refused withdrawal must not change the balance: expected 20, got {acc.balance!r}"


def test_withdraw_the_whole_balance():
    """withdraw the whole balance"""
    acc = BankAccount('Ada', 40)
    got = acc.withdraw(40)
    assert got is True, f"withdrawing exactly the whole balance (40 from 40) should be allowed and return True, got {got!r}"
    assert acc.balance == 0, f"after withdrawing everything the balance should be 0, got {acc.balance!r}"


def test_zero_or_negative_amounts_change_nothing():
    """zero or negative amounts change nothing"""
    acc = BankAccount('Ada', 50)
    got = acc.deposit(-10)
    assert got == 50 and acc.balance == 50, f"deposit(-10) should leave the balance at 50 and return 50, got return {got!r}, balance {acc.balance!r}"
    got = acc.deposit(-0.5)
    assert got == 50 and acc.balance == 50, f"deposit(-0.5) should leave the balance at 50 and return 50, got return {got!r}, balance {acc.balance!r}"
    got = acc.withdraw(-10)
    assert got is False and acc.balance == 50, f"withdraw(-10) should return False and leave 50, got return {got!r}, balance {acc.balance!r}"
    got = acc.withdraw(0)
    assert got is False, f"withdraw(0) should return False, got {got!r}"


def test_accounts_are_independent():
    """accounts are independent"""
    a = BankAccount('Ada')
    b = BankAccount('Bo')
    a.deposit(100)
    assert b.balance == 0, f"depositing into one account must not change another: the second account has {b.balance!r}"
