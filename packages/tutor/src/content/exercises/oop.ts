import type { ExerciseDefinition } from '@learnflow/contracts';

/** Exercise bank of the "Object-Oriented Programming" module: one easy, one medium and one hard per topic. */
export const oopExercises: ExerciseDefinition[] = [
  // ---------------------------------------------------------------- classes-and-objects
  {
    slug: 'classes-and-objects-rectangle',
    topic: 'classes-and-objects',
    difficulty: 'easy',
    title: 'A Rectangle class',
    prompt: `Write a class \`Rectangle\` that models a rectangle.

- \`Rectangle(width, height)\` stores the two numbers in the attributes \`width\` and \`height\`.
- \`area()\` returns \`width * height\`.
- \`perimeter()\` returns \`2 * (width + height)\`.

The methods must use the object's current attributes, so changing \`r.width\` later changes the area too.

\`\`\`python
r = Rectangle(3, 4)
print(r.width, r.height)  # 3 4
print(r.area())           # 12
print(r.perimeter())      # 14
\`\`\``,
    starterCode: `class Rectangle:
    """A rectangle with a width and a height."""

    def __init__(self, width, height):
        """Store width and height on the new object."""
        pass

    def area(self):
        """Return the area of the rectangle."""
        pass

    def perimeter(self):
        """Return the perimeter of the rectangle."""
        pass
`,
    solution: `class Rectangle:
    """A rectangle with a width and a height."""

    def __init__(self, width, height):
        """Store width and height on the new object."""
        self.width = width
        self.height = height

    def area(self):
        """Return the area of the rectangle."""
        return self.width * self.height

    def perimeter(self):
        """Return the perimeter of the rectangle."""
        return 2 * (self.width + self.height)
`,
    hints: [
      'Start with `__init__`: it runs when you write `Rectangle(3, 4)` and receives the two numbers as `width` and `height`.',
      'Parameters disappear when `__init__` returns. To keep them, attach them to the object through `self`; the other methods then read them back from `self`.',
      'In `__init__` write `self.width = width` (and the same for the height). In `area` return `self.width * self.height`, and build `perimeter` the same way from the attributes.',
    ],
    tests: [
      {
        name: 'stores width and height',
        code: `r = Rectangle(3, 4)
assert hasattr(r, 'width') and hasattr(r, 'height'), "Rectangle(3, 4) has no 'width'/'height' attribute: did you write self.width = width in __init__?"
assert (r.width, r.height) == (3, 4), f"Rectangle(3, 4) should have width 3 and height 4, got {r.width!r} and {r.height!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'area',
        code: `assert Rectangle(3, 4).area() == 12, f"Rectangle(3, 4).area() should be 12, got {Rectangle(3, 4).area()!r}"
assert Rectangle(2.5, 2).area() == 5.0, f"Rectangle(2.5, 2).area() should be 5.0, got {Rectangle(2.5, 2).area()!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'perimeter',
        code: `assert Rectangle(3, 4).perimeter() == 14, f"Rectangle(3, 4).perimeter() should be 14, got {Rectangle(3, 4).perimeter()!r}"
assert Rectangle(10, 1).perimeter() == 22, f"Rectangle(10, 1).perimeter() should be 22, got {Rectangle(10, 1).perimeter()!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'a square is a rectangle too',
        code: `s = Rectangle(5, 5)
assert s.area() == 25, f"Rectangle(5, 5).area() should be 25, got {s.area()!r}"
assert s.perimeter() == 20, f"Rectangle(5, 5).perimeter() should be 20, got {s.perimeter()!r}"`,
        weight: 1,
        hidden: true,
        rule: 'area and perimeter work when width and height are equal',
      },
      {
        name: 'zero width',
        code: `r = Rectangle(0, 7)
assert r.area() == 0, f"Rectangle(0, 7).area() should be 0, got {r.area()!r}"
assert r.perimeter() == 14, f"Rectangle(0, 7).perimeter() should be 14, got {r.perimeter()!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a side of 0 gives an area of 0 and the perimeter of the other two sides',
      },
      {
        name: 'each object keeps its own size',
        code: `a = Rectangle(1, 2)
b = Rectangle(10, 20)
assert (a.area(), b.area()) == (2, 200), f"Rectangle(1, 2) and Rectangle(10, 20) should have areas 2 and 200, got {a.area()!r} and {b.area()!r}"
a.width = 5
assert a.area() == 10, f"after setting width to 5, Rectangle(1, 2).area() should be 10 (compute it from self.width and self.height each time), got {a.area()!r}"`,
        weight: 2,
        hidden: true,
        rule: "area and perimeter are computed from the object's own current width and height",
      },
    ],
  },
  {
    slug: 'classes-and-objects-bank-account',
    topic: 'classes-and-objects',
    difficulty: 'medium',
    title: 'A simple bank account',
    prompt: `Write a class \`BankAccount\`.

- \`BankAccount(owner, balance=0)\` stores \`owner\` and \`balance\` as attributes (the opening balance is optional and defaults to \`0\`).
- \`deposit(amount)\` adds \`amount\` to the balance and returns the new balance. If \`amount\` is zero or negative, nothing changes and the unchanged balance is returned.
- \`withdraw(amount)\` takes \`amount\` out of the balance and returns \`True\`. If \`amount\` is zero or negative, or bigger than the balance, nothing changes and it returns \`False\`. Withdrawing exactly the whole balance is allowed.

\`\`\`python
acc = BankAccount('Ada')
print(acc.balance)          # 0
print(acc.deposit(100))     # 100
print(acc.withdraw(30))     # True
print(acc.withdraw(500))    # False
print(acc.balance)          # 70
\`\`\``,
    starterCode: `class BankAccount:
    """A bank account with an owner and a balance."""

    def __init__(self, owner, balance=0):
        """Store the owner and the opening balance."""
        pass

    def deposit(self, amount):
        """Add a positive amount and return the new balance."""
        pass

    def withdraw(self, amount):
        """Take a positive amount out if the balance allows it; return True or False."""
        pass
`,
    solution: `class BankAccount:
    """A bank account with an owner and a balance."""

    def __init__(self, owner, balance=0):
        """Store the owner and the opening balance."""
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        """Add a positive amount and return the new balance."""
        if amount > 0:
            self.balance += amount
        return self.balance

    def withdraw(self, amount):
        """Take a positive amount out if the balance allows it; return True or False."""
        if amount <= 0 or amount > self.balance:
            return False
        self.balance -= amount
        return True
`,
    acceptedMutants: [
      {
        mutant: 'off-by-one line 11: `amount > 0` becomes `amount >= 0`',
        reason: 'depositing 0 adds nothing, so accepting it changes no balance or result.',
      },
    ],
    hints: [
      'Every method reads and changes the same piece of state: the balance stored on the object in `__init__` as `self.balance`.',
      '`deposit` must `return` the new balance (not print it), and `withdraw` must check the amount *before* changing anything, so a refused withdrawal leaves the balance untouched.',
      'In `withdraw`, first `return False` when `amount <= 0 or amount > self.balance`; only after that subtract with `self.balance -= amount` and `return True`. Use `>` (not `>=`) so emptying the account is allowed.',
    ],
    tests: [
      {
        name: 'opening balance',
        code: `acc = BankAccount('Ada')
assert hasattr(acc, 'balance'), "BankAccount('Ada') has no 'balance' attribute: store it with self.balance = balance"
assert acc.owner == 'Ada', f"owner should be 'Ada', got {acc.owner!r}"
assert acc.balance == 0, f"BankAccount('Ada').balance should default to 0, got {acc.balance!r}"
assert BankAccount('Bo', 50).balance == 50, f"BankAccount('Bo', 50).balance should be 50, got {BankAccount('Bo', 50).balance!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'deposit returns the new balance',
        code: `acc = BankAccount('Ada', 10)
got = acc.deposit(90)
assert got == 100, f"deposit(90) on a balance of 10 should return 100, got {got!r}"
assert acc.balance == 100, f"after deposit(90) the balance should be 100, got {acc.balance!r}"
got = acc.deposit(1)
assert got == 101, f"deposit(1) on a balance of 100 should return 101, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'withdraw within the balance',
        code: `acc = BankAccount('Ada', 100)
got = acc.withdraw(30)
assert got is True, f"withdraw(30) from 100 should return True, got {got!r}"
assert acc.balance == 70, f"after withdraw(30) from 100 the balance should be 70, got {acc.balance!r}"
got = acc.withdraw(1)
assert got is True and acc.balance == 69, f"withdraw(1) from 70 should return True and leave 69, got {got!r} and {acc.balance!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'withdraw more than the balance',
        code: `acc = BankAccount('Ada', 20)
got = acc.withdraw(50)
assert got is False, f"withdraw(50) from a balance of 20 should return False, got {got!r}"
assert acc.balance == 20, f"a refused withdrawal must not change the balance: expected 20, got {acc.balance!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'withdraw the whole balance',
        code: `acc = BankAccount('Ada', 40)
got = acc.withdraw(40)
assert got is True, f"withdrawing exactly the whole balance (40 from 40) should be allowed and return True, got {got!r}"
assert acc.balance == 0, f"after withdrawing everything the balance should be 0, got {acc.balance!r}"`,
        weight: 2,
        hidden: true,
        rule: 'withdrawing exactly the whole balance is allowed',
      },
      {
        name: 'zero or negative amounts change nothing',
        code: `acc = BankAccount('Ada', 50)
got = acc.deposit(-10)
assert got == 50 and acc.balance == 50, f"deposit(-10) should leave the balance at 50 and return 50, got return {got!r}, balance {acc.balance!r}"
got = acc.deposit(-0.5)
assert got == 50 and acc.balance == 50, f"deposit(-0.5) should leave the balance at 50 and return 50, got return {got!r}, balance {acc.balance!r}"
got = acc.withdraw(-10)
assert got is False and acc.balance == 50, f"withdraw(-10) should return False and leave 50, got return {got!r}, balance {acc.balance!r}"
got = acc.withdraw(0)
assert got is False, f"withdraw(0) should return False, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a zero or negative amount changes nothing (deposit returns the balance, withdraw returns False)',
      },
      {
        name: 'accounts are independent',
        code: `a = BankAccount('Ada')
b = BankAccount('Bo')
a.deposit(100)
assert b.balance == 0, f"depositing into one account must not change another: the second account has {b.balance!r}"`,
        weight: 1,
        hidden: true,
        rule: 'each account keeps its own balance',
      },
    ],
  },
  {
    slug: 'classes-and-objects-inventory',
    topic: 'classes-and-objects',
    difficulty: 'hard',
    title: 'An inventory that keeps its own stock',
    prompt: `Write a class \`Inventory\` that counts items in a shop.

- \`Inventory(stock=None)\` creates an inventory. \`stock\` is an optional dict \`{item: quantity}\` to start with. The inventory must keep **its own copy**: changing the inventory never changes the dict that was passed in, and two inventories never share their stock.
- \`add(item, qty=1)\` adds \`qty\` units of \`item\`.
- \`remove(item, qty=1)\` removes \`qty\` units and returns \`True\`; if there are fewer than \`qty\` units it changes nothing and returns \`False\`.
- \`count(item)\` returns how many units there are (\`0\` for an unknown item).
- \`items()\` returns a **sorted** list of the item names that have at least one unit.
- \`total()\` returns the total number of units of all items.

\`\`\`python
inv = Inventory({'pen': 2})
inv.add('apple', 3)
inv.remove('pen', 2)      # True
print(inv.items())        # ['apple']
print(inv.count('pen'))   # 0
print(inv.total())        # 3
\`\`\`

Beware of a classic trap: a mutable default value such as \`def __init__(self, stock={})\` or a class attribute \`stock = {}\` is shared by every object.`,
    starterCode: `class Inventory:
    """Counts how many units of each item a shop has."""

    def __init__(self, stock=None):
        """Start from a copy of stock (a dict item -> quantity), or from nothing."""
        pass

    def add(self, item, qty=1):
        """Add qty units of item."""
        pass

    def remove(self, item, qty=1):
        """Remove qty units of item and return True, or return False if there are not enough."""
        pass

    def count(self, item):
        """Return the number of units of item (0 if unknown)."""
        pass

    def items(self):
        """Return the sorted names of the items that are in stock."""
        pass

    def total(self):
        """Return the total number of units."""
        pass
`,
    solution: `class Inventory:
    """Counts how many units of each item a shop has."""

    def __init__(self, stock=None):
        """Start from a copy of stock (a dict item -> quantity), or from nothing."""
        self.stock = dict(stock) if stock else {}

    def add(self, item, qty=1):
        """Add qty units of item."""
        self.stock[item] = self.stock.get(item, 0) + qty

    def remove(self, item, qty=1):
        """Remove qty units of item and return True, or return False if there are not enough."""
        if self.stock.get(item, 0) < qty:
            return False
        self.stock[item] -= qty
        if self.stock[item] == 0:
            del self.stock[item]
        return True

    def count(self, item):
        """Return the number of units of item (0 if unknown)."""
        return self.stock.get(item, 0)

    def items(self):
        """Return the sorted names of the items that are in stock."""
        return sorted(name for name, qty in self.stock.items() if qty > 0)

    def total(self):
        """Return the total number of units."""
        return sum(self.stock.values())
`,
    acceptedMutants: [
      {
        mutant: 'dropped-branch line 17: the branch `if self.stock[item] == 0:` is skipped',
        reason:
          'an item left with 0 units is still counted as 0 and items() skips it, so deleting the key is not visible.',
      },
      {
        mutant: 'off-by-one line 17: 0 becomes -1',
        reason: 'the same as skipping the delete: an item with 0 units behaves as a missing one.',
      },
      {
        mutant: 'off-by-one line 14: 0 becomes -1',
        reason:
          'an unknown item refuses every remove of 1 or more units either way; removing 0 or fewer units is not part of the task.',
      },
    ],
    hints: [
      'Store the stock as a dict on the object (for example `self.stock`) and let every method work on that dict; `dict.get(item, 0)` is handy for unknown items.',
      'If `__init__` does `self.stock = stock`, the inventory and the caller share one dict, and a default of `{}` (or a class attribute) is shared by every inventory. Each object needs a brand-new dict.',
      'In `__init__`, build a fresh dict: `dict(stock)` when a stock was given, `{}` otherwise. In `remove`, compare `self.stock.get(item, 0) < qty` before subtracting, and delete the key once its count reaches 0 so `items()` stays clean.',
    ],
    tests: [
      {
        name: 'a new inventory is empty',
        code: `inv = Inventory()
assert inv.count('apple') == 0, f"count('apple') on an empty inventory should be 0, got {inv.count('apple')!r}"
assert inv.items() == [], f"items() on an empty inventory should be [], got {inv.items()!r}"
assert inv.total() == 0, f"total() on an empty inventory should be 0, got {inv.total()!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'add and count',
        code: `inv = Inventory()
inv.add('apple')
inv.add('apple', 4)
inv.add('pear', 2)
assert inv.count('apple') == 5, f"after add('apple') and add('apple', 4), count('apple') should be 5, got {inv.count('apple')!r}"
assert inv.total() == 7, f"total() should be 7 (5 apples + 2 pears), got {inv.total()!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'starting stock and sorted items',
        code: `inv = Inventory({'pear': 1, 'apple': 2, 'fig': 3})
assert inv.items() == ['apple', 'fig', 'pear'], f"items() should be sorted: ['apple', 'fig', 'pear'], got {inv.items()!r}"
assert inv.count('fig') == 3, f"count('fig') should be 3, got {inv.count('fig')!r}"
inv = Inventory({'pen': 0, 'cup': 1})
assert inv.items() == ['cup'], f"items() lists only items with at least one unit: Inventory({{'pen': 0, 'cup': 1}}).items() should be ['cup'], got {inv.items()!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'remove with and without enough units',
        code: `inv = Inventory({'pen': 3})
got = inv.remove('pen', 2)
assert got is True and inv.count('pen') == 1, f"remove('pen', 2) from 3 pens should return True and leave 1, got {got!r} and {inv.count('pen')!r}"
got = inv.remove('pen', 5)
assert got is False and inv.count('pen') == 1, f"remove('pen', 5) with 1 pen should return False and leave 1, got {got!r} and {inv.count('pen')!r}"
got = inv.remove('ghost')
assert got is False, f"removing an unknown item should return False, got {got!r}"
got = inv.remove('pen')
assert got is True and inv.count('pen') == 0, f"remove('pen') removes 1 unit by default: with 1 pen it should return True and leave 0, got {got!r} and {inv.count('pen')!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'an item removed completely disappears',
        code: `inv = Inventory({'pen': 2, 'cup': 1})
inv.remove('pen', 2)
assert inv.items() == ['cup'], f"after removing both pens, items() should be ['cup'], got {inv.items()!r}"
assert inv.count('pen') == 0, f"count('pen') should be 0, got {inv.count('pen')!r}"`,
        weight: 2,
        hidden: true,
        rule: 'an item whose units are all removed has count 0 and is no longer listed',
      },
      {
        name: 'two inventories do not share stock',
        code: `a = Inventory()
b = Inventory()
a.add('apple', 3)
assert b.count('apple') == 0, f"adding to one inventory changed another one (count is {b.count('apple')!r}): each object needs its own dict, created inside __init__"`,
        weight: 2,
        hidden: true,
        rule: 'two inventories never share stock',
      },
      {
        name: "the caller's dict is never changed",
        code: `start = {'pen': 2}
inv = Inventory(start)
inv.add('pen', 5)
inv.add('cup')
assert start == {'pen': 2}, f"Inventory changed the dict it was given (now {start!r}): keep a copy, e.g. dict(stock)"
assert inv.count('pen') == 7, f"count('pen') should be 7, got {inv.count('pen')!r}"`,
        weight: 2,
        hidden: true,
        rule: 'the inventory keeps its own copy of the starting dict and never changes it',
      },
    ],
  },

  // ---------------------------------------------------------------- inheritance
  {
    slug: 'inheritance-animal-sounds',
    topic: 'inheritance',
    difficulty: 'easy',
    title: 'Dogs and cats are animals',
    prompt: `The class \`Animal\` below is already written; do not change it.

\`\`\`python
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"
\`\`\`

Write two subclasses of \`Animal\`:

- \`Dog\`, whose \`speak()\` returns \`"<name> says Woof!"\`
- \`Cat\`, whose \`speak()\` returns \`"<name> says Meow!"\`

Do not write an \`__init__\` in the subclasses: they inherit the one from \`Animal\`.

\`\`\`python
print(Dog('Rex').speak())   # Rex says Woof!
print(Cat('Tom').speak())   # Tom says Meow!
\`\`\``,
    starterCode: `class Animal:
    """A generic animal. Do not change this class."""

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"


class Dog(Animal):
    """A dog: speak() returns '<name> says Woof!'."""

    def speak(self):
        """Return what this dog says."""
        pass


class Cat(Animal):
    """A cat: speak() returns '<name> says Meow!'."""

    def speak(self):
        """Return what this cat says."""
        pass
`,
    solution: `class Animal:
    """A generic animal. Do not change this class."""

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"


class Dog(Animal):
    """A dog: speak() returns '<name> says Woof!'."""

    def speak(self):
        """Return what this dog says."""
        return f"{self.name} says Woof!"


class Cat(Animal):
    """A cat: speak() returns '<name> says Meow!'."""

    def speak(self):
        """Return what this cat says."""
        return f"{self.name} says Meow!"
`,
    hints: [
      '`class Dog(Animal):` makes `Dog` a subclass: it inherits `__init__` (so `self.name` is set for you) and may replace `speak` with its own version.',
      'The overriding `speak` must `return` a string, not print it, and it should use `self.name` rather than a fixed name.',
      'Inside `Dog.speak` return an f-string built from `self.name` followed by `" says Woof!"`; do the same in `Cat` with `" says Meow!"`.',
    ],
    tests: [
      {
        name: 'Dog and Cat are Animals',
        code: `assert issubclass(Dog, Animal), "Dog must be a subclass of Animal: class Dog(Animal): ..."
assert issubclass(Cat, Animal), "Cat must be a subclass of Animal: class Cat(Animal): ..."`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'a dog says Woof',
        code: `got = Dog('Rex').speak()
assert got == 'Rex says Woof!', f"Dog('Rex').speak() should return 'Rex says Woof!', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'a cat says Meow',
        code: `got = Cat('Tom').speak()
assert got == 'Tom says Meow!', f"Cat('Tom').speak() should return 'Tom says Meow!', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'the name comes from Animal',
        code: `d = Dog('Luna')
assert d.name == 'Luna', f"Dog('Luna').name should be 'Luna' (set by Animal.__init__), got {d.name!r}"
got = Cat('Mia').speak()
assert got == 'Mia says Meow!', f"Cat('Mia').speak() should return 'Mia says Meow!', got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: "the name is stored by Animal's `__init__` and used by every subclass",
      },
      {
        name: 'Animal itself is unchanged',
        code: `pets = [Dog('A'), Cat('B'), Animal('C')]
got = [p.speak() for p in pets]
expected = ['A says Woof!', 'B says Meow!', 'C makes a sound']
assert got == expected, f"speaking in turn should give {expected!r}, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'Animal keeps its own generic sound while the subclasses override it',
      },
    ],
  },
  {
    slug: 'inheritance-manager',
    topic: 'inheritance',
    difficulty: 'medium',
    title: 'A Manager is an Employee',
    prompt: `The class \`Employee\` is given (do not change it):

\`\`\`python
class Employee:
    def __init__(self, name, monthly_salary):
        self.name = name
        self.monthly_salary = monthly_salary

    def annual_pay(self):
        return self.monthly_salary * 12

    def describe(self):
        return f"{self.name} earns {self.annual_pay()} per year"
\`\`\`

Write a subclass \`Manager(Employee)\`:

- \`Manager(name, monthly_salary, bonus)\` sets up the \`Employee\` part by calling \`super().__init__(...)\`, then stores \`bonus\` and an empty list \`reports\`.
- \`add_report(employee)\` appends an employee to the manager's \`reports\`.
- \`annual_pay()\` returns the normal employee pay **plus** the bonus (reuse \`Employee.annual_pay\` through \`super()\`).

\`describe()\` is inherited and will use your \`annual_pay\` automatically:

\`\`\`python
boss = Manager('Ana', 3000, 5000)
print(boss.annual_pay())   # 41000
print(boss.describe())     # Ana earns 41000 per year
\`\`\``,
    starterCode: `class Employee:
    """An employee paid every month. Do not change this class."""

    def __init__(self, name, monthly_salary):
        self.name = name
        self.monthly_salary = monthly_salary

    def annual_pay(self):
        return self.monthly_salary * 12

    def describe(self):
        return f"{self.name} earns {self.annual_pay()} per year"


class Manager(Employee):
    """An employee with a yearly bonus and a list of direct reports."""

    def __init__(self, name, monthly_salary, bonus):
        """Set up the Employee part with super(), then store bonus and an empty reports list."""
        pass

    def add_report(self, employee):
        """Add an employee to this manager's reports."""
        pass

    def annual_pay(self):
        """Return the normal annual pay plus the bonus."""
        pass
`,
    solution: `class Employee:
    """An employee paid every month. Do not change this class."""

    def __init__(self, name, monthly_salary):
        self.name = name
        self.monthly_salary = monthly_salary

    def annual_pay(self):
        return self.monthly_salary * 12

    def describe(self):
        return f"{self.name} earns {self.annual_pay()} per year"


class Manager(Employee):
    """An employee with a yearly bonus and a list of direct reports."""

    def __init__(self, name, monthly_salary, bonus):
        """Set up the Employee part with super(), then store bonus and an empty reports list."""
        super().__init__(name, monthly_salary)
        self.bonus = bonus
        self.reports = []

    def add_report(self, employee):
        """Add an employee to this manager's reports."""
        self.reports.append(employee)

    def annual_pay(self):
        """Return the normal annual pay plus the bonus."""
        return super().annual_pay() + self.bonus
`,
    hints: [
      'Two methods of `Manager` extend what `Employee` already does; `super()` gives you access to the parent versions of `__init__` and `annual_pay`.',
      'Without `super().__init__(name, monthly_salary)` the manager never gets `name` and `monthly_salary`. The `reports` list must be created inside `__init__` so each manager has its own list.',
      'In `__init__`: call `super().__init__(name, monthly_salary)`, then set `self.bonus` and `self.reports = []`. In `annual_pay`: return `super().annual_pay()` plus `self.bonus`.',
    ],
    tests: [
      {
        name: 'a Manager is an Employee',
        code: `m = Manager('Ana', 3000, 5000)
assert isinstance(m, Employee), "Manager must be a subclass of Employee: class Manager(Employee): ..."`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'stores name, salary and bonus',
        code: `m = Manager('Ana', 3000, 5000)
assert hasattr(m, 'name'), "Manager('Ana', 3000, 5000) has no 'name': call super().__init__(name, monthly_salary) in Manager.__init__"
assert (m.name, m.monthly_salary) == ('Ana', 3000), f"name and monthly_salary should be 'Ana' and 3000, got {m.name!r} and {m.monthly_salary!r}"
assert getattr(m, 'bonus', None) == 5000, f"bonus should be 5000, got {getattr(m, 'bonus', 'no bonus attribute')!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'annual pay includes the bonus',
        code: `got = Manager('Ana', 3000, 5000).annual_pay()
assert got == 41000, f"Manager('Ana', 3000, 5000).annual_pay() should be 3000 * 12 + 5000 = 41000, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'reports',
        code: `m = Manager('Ana', 3000, 5000)
assert getattr(m, 'reports', None) == [], f"a new manager should have reports == [], got {getattr(m, 'reports', 'no reports attribute')!r}"
e = Employee('Bo', 2000)
m.add_report(e)
assert m.reports == [e], f"after add_report(bo), reports should contain exactly that employee, got {m.reports!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'describe uses the overridden annual_pay',
        code: `got = Manager('Ana', 3000, 5000).describe()
assert got == 'Ana earns 41000 per year', f"the inherited describe() should say 'Ana earns 41000 per year', got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: "the inherited describe uses the manager's own annual_pay",
      },
      {
        name: 'every manager has its own reports',
        code: `a = Manager('Ana', 3000, 5000)
b = Manager('Cy', 3500, 1000)
a.add_report(Employee('Bo', 2000))
assert b.reports == [], f"adding a report to one manager changed another one's reports ({b.reports!r}): create the list inside __init__"`,
        weight: 2,
        hidden: true,
        rule: 'every manager has a reports list of their own',
      },
      {
        name: 'Employee still works on its own',
        code: `e = Employee('Bo', 2000)
assert e.annual_pay() == 24000, f"Employee('Bo', 2000).annual_pay() should still be 24000, got {e.annual_pay()!r}"
assert e.describe() == 'Bo earns 24000 per year', f"Employee('Bo', 2000).describe() should be 'Bo earns 24000 per year', got {e.describe()!r}"`,
        weight: 1,
        hidden: true,
        rule: 'Employee keeps working as before, apart from Manager',
      },
    ],
  },
  {
    slug: 'inheritance-shapes',
    topic: 'inheritance',
    difficulty: 'hard',
    title: 'A family of shapes',
    prompt: `Build a small class hierarchy of shapes.

- \`Shape\` is the base class. It has a class attribute \`name = "shape"\`, a method \`area()\` that raises \`NotImplementedError\` (subclasses must override it), and a method \`describe()\` that returns \`"<name> with area <area>"\` with the area formatted to 2 decimals, e.g. \`"square with area 4.00"\`. \`describe()\` must work for **any** subclass, so build it from \`self.name\` and \`self.area()\`.
- \`Rectangle(width, height)\` is a \`Shape\` with \`name = "rectangle"\`; it stores \`width\` and \`height\`.
- \`Square(side)\` is a \`Rectangle\` with \`name = "square"\`. Its \`__init__\` calls \`super().__init__(side, side)\`, and it must **not** define its own \`area\`: it inherits Rectangle's.
- \`Circle(radius)\` is a \`Shape\` with \`name = "circle"\`; its area is \`math.pi * radius ** 2\`.

Also write a function \`largest(shapes)\` that returns the shape with the biggest area from a list (the object itself), or \`None\` for an empty list.

\`\`\`python
print(Square(2).describe())                  # square with area 4.00
print(Circle(1).describe())                  # circle with area 3.14
print(largest([Square(2), Circle(1)]).name)  # square
\`\`\``,
    starterCode: `import math


class Shape:
    """Base class of all shapes."""

    name = "shape"

    def area(self):
        """Subclasses must override this: raise NotImplementedError here."""
        pass

    def describe(self):
        """Return '<name> with area <area with 2 decimals>'."""
        pass


class Rectangle(Shape):
    """A rectangle with a width and a height."""

    name = "rectangle"

    def __init__(self, width, height):
        pass

    def area(self):
        pass


class Square(Rectangle):
    """A rectangle whose sides are all equal. Reuse Rectangle!"""

    name = "square"

    def __init__(self, side):
        pass


class Circle(Shape):
    """A circle with a radius."""

    name = "circle"

    def __init__(self, radius):
        pass

    def area(self):
        pass


def largest(shapes):
    """Return the shape with the biggest area, or None if shapes is empty."""
    pass
`,
    solution: `import math


class Shape:
    """Base class of all shapes."""

    name = "shape"

    def area(self):
        """Subclasses must override this: raise NotImplementedError here."""
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def describe(self):
        """Return '<name> with area <area with 2 decimals>'."""
        return f"{self.name} with area {self.area():.2f}"


class Rectangle(Shape):
    """A rectangle with a width and a height."""

    name = "rectangle"

    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height


class Square(Rectangle):
    """A rectangle whose sides are all equal. Reuse Rectangle!"""

    name = "square"

    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    """A circle with a radius."""

    name = "circle"

    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2


def largest(shapes):
    """Return the shape with the biggest area, or None if shapes is empty."""
    if not shapes:
        return None
    return max(shapes, key=lambda shape: shape.area())
`,
    hints: [
      'Put everything shared in `Shape` (`describe`) and only what differs in the subclasses (`__init__`, `area`, `name`). When `describe` calls `self.area()`, Python runs the subclass version.',
      "`Square` should not repeat Rectangle's code: if its `__init__` stores `width` and `height` through `super().__init__(side, side)`, the inherited `area` just works. `Shape.area` must `raise NotImplementedError`, not return something.",
      'Write `describe` as `f"{self.name} with area {self.area():.2f}"`. For `largest`, return `None` on an empty list, otherwise use `max(shapes, key=...)` with a key function that returns a shape\'s area.',
    ],
    tests: [
      {
        name: 'class hierarchy',
        code: `assert issubclass(Rectangle, Shape), "Rectangle must be a subclass of Shape"
assert issubclass(Square, Rectangle), "Square must be a subclass of Rectangle (a square is a special rectangle)"
assert issubclass(Circle, Shape) and not issubclass(Circle, Rectangle), "Circle must be a subclass of Shape, but not of Rectangle"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'areas',
        code: `assert Rectangle(2, 3).area() == 6, f"Rectangle(2, 3).area() should be 6, got {Rectangle(2, 3).area()!r}"
assert Square(4).area() == 16, f"Square(4).area() should be 16, got {Square(4).area()!r}"
got = Circle(1).area()
assert got is not None and round(got, 4) == 3.1416, f"Circle(1).area() should be about 3.1416 (math.pi * 1 ** 2), got {got!r}"
got = Circle(2).area()
assert got is not None and round(got, 4) == 12.5664, f"Circle(2).area() should be about 12.5664 (math.pi * 2 ** 2), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'describe',
        code: `for shape, expected in [(Square(2), 'square with area 4.00'), (Circle(1), 'circle with area 3.14'), (Rectangle(1.5, 2), 'rectangle with area 3.00')]:
    got = shape.describe()
    assert got == expected, f"describe() should return {expected!r}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'Square reuses Rectangle',
        code: `s = Square(3)
assert (getattr(s, 'width', None), getattr(s, 'height', None)) == (3, 3), "Square(3) should have width 3 and height 3: call super().__init__(side, side)"
assert 'area' not in Square.__dict__, "Square should not define its own area(): it inherits the one from Rectangle"`,
        weight: 2,
        hidden: true,
        rule: "Square calls `super().__init__(side, side)` and inherits Rectangle's area",
      },
      {
        name: 'Shape.area is abstract',
        code: `try:
    Shape().area()
except NotImplementedError:
    pass
except Exception as e:
    raise AssertionError(f"Shape().area() should raise NotImplementedError, not {type(e).__name__}")
else:
    raise AssertionError("Shape().area() should raise NotImplementedError, but it returned normally")`,
        weight: 2,
        hidden: true,
        rule: 'Shape.area() raises NotImplementedError',
      },
      {
        name: 'largest',
        code: `shapes = [Square(2), Circle(1.2), Rectangle(1, 5)]
got = largest(shapes)
assert got is shapes[2], f"largest([Square(2), Circle(1.2), Rectangle(1, 5)]) should return the Rectangle (area 5), got {got!r}"
assert largest([]) is None, f"largest([]) should be None, got {largest([])!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'describe works for a brand-new subclass',
        code: `class Triangle(Shape):
    name = 'triangle'

    def __init__(self, base, height):
        self.base = base
        self.height = height

    def area(self):
        return self.base * self.height / 2

got = Triangle(3, 5).describe()
assert got == 'triangle with area 7.50', f"Shape.describe() should work for any subclass: Triangle(3, 5).describe() should be 'triangle with area 7.50', got {got!r}"
assert largest([Triangle(3, 5), Square(2)]).name == 'triangle', "largest() should work with any Shape subclass"`,
        weight: 2,
        hidden: true,
        rule: 'describe and largest work for any Shape subclass, not only the ones you wrote',
      },
    ],
  },

  // ---------------------------------------------------------------- special-methods
  {
    slug: 'special-methods-book',
    topic: 'special-methods',
    difficulty: 'easy',
    title: 'Printing a Book nicely',
    prompt: `Write a class \`Book\` with two special methods.

- \`Book(title, author, year)\` stores \`title\`, \`author\` and \`year\` as attributes.
- \`__str__\` returns a friendly text for people: \`"<title> by <author> (<year>)"\`.
- \`__repr__\` returns a text for programmers that looks like the code to create the book: \`Book('<title>', '<author>', <year>)\`. Use the \`repr()\` of each value (the \`!r\` conversion in an f-string), so quotes are chosen correctly.

\`\`\`python
b = Book('Dune', 'Frank Herbert', 1965)
print(b)        # Dune by Frank Herbert (1965)
print(repr(b))  # Book('Dune', 'Frank Herbert', 1965)
print([b])      # [Book('Dune', 'Frank Herbert', 1965)]
\`\`\``,
    starterCode: `class Book:
    """A book with a title, an author and a publication year."""

    def __init__(self, title, author, year):
        """Store title, author and year."""
        pass

    def __str__(self):
        """Return '<title> by <author> (<year>)'."""
        pass

    def __repr__(self):
        """Return "Book('<title>', '<author>', <year>)"."""
        pass
`,
    solution: `class Book:
    """A book with a title, an author and a publication year."""

    def __init__(self, title, author, year):
        """Store title, author and year."""
        self.title = title
        self.author = author
        self.year = year

    def __str__(self):
        """Return '<title> by <author> (<year>)'."""
        return f"{self.title} by {self.author} ({self.year})"

    def __repr__(self):
        """Return "Book('<title>', '<author>', <year>)"."""
        return f"Book({self.title!r}, {self.author!r}, {self.year!r})"
`,
    hints: [
      '`print(b)` and f-strings call `__str__`; the interactive shell and containers such as lists call `__repr__`. Both must `return` a string.',
      "If `__repr__` writes the quotes by hand, a title such as `Ender's Game` produces broken code. Let Python quote the values for you.",
      'Return `f"{self.title} by {self.author} ({self.year})"` from `__str__`, and use `{self.title!r}`, `{self.author!r}` and `{self.year!r}` inside `f"Book(...)"` for `__repr__`.',
    ],
    tests: [
      {
        name: 'attributes',
        code: `b = Book('Dune', 'Frank Herbert', 1965)
assert (getattr(b, 'title', None), getattr(b, 'author', None), getattr(b, 'year', None)) == ('Dune', 'Frank Herbert', 1965), "Book('Dune', 'Frank Herbert', 1965) should store title, author and year as attributes"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'str for people',
        code: `b = Book('Dune', 'Frank Herbert', 1965)
assert str(b) == 'Dune by Frank Herbert (1965)', f"str(book) should be 'Dune by Frank Herbert (1965)', got {str(b)!r}"
assert f"{b}" == 'Dune by Frank Herbert (1965)', "f-strings and print() use __str__ too"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'repr for programmers',
        code: `b = Book('Dune', 'Frank Herbert', 1965)
expected = "Book('Dune', 'Frank Herbert', 1965)"
assert repr(b) == expected, f"repr(book) should be {expected!r}, got {repr(b)!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'a list shows the repr',
        code: `books = [Book('Emma', 'Jane Austen', 1815), Book('Dune', 'Frank Herbert', 1965)]
expected = "[Book('Emma', 'Jane Austen', 1815), Book('Dune', 'Frank Herbert', 1965)]"
assert str(books) == expected, f"printing a list of books should show {expected!r}, got {str(books)!r}"`,
        weight: 1,
        hidden: true,
        rule: "a list of books shows each book's repr",
      },
      {
        name: 'repr with a quote in the title',
        code: `b = Book("Ender's Game", 'Orson Scott Card', 1985)
expected = "Book(\\"Ender's Game\\", 'Orson Scott Card', 1985)"
assert repr(b) == expected, f"repr should quote values the way Python does (use !r): expected {expected}, got {repr(b)}"
assert str(b) == "Ender's Game by Orson Scott Card (1985)", f"str(book) is wrong: {str(b)!r}"`,
        weight: 2,
        hidden: true,
        rule: 'repr quotes its values the way Python does (with !r)',
      },
    ],
  },
  {
    slug: 'special-methods-vector',
    topic: 'special-methods',
    difficulty: 'medium',
    title: 'Vectors with operators',
    prompt: `Write a class \`Vector\` for 2D vectors that works with Python's operators.

- \`Vector(x, y)\` stores \`x\` and \`y\`.
- \`repr(v)\` returns \`"Vector(x, y)"\`, e.g. \`Vector(1, 2)\`.
- \`v == w\` is \`True\` when both coordinates are equal. Comparing a \`Vector\` with something that is not a \`Vector\` (like a tuple) must simply give \`False\`, never crash: return \`NotImplemented\` in that case.
- \`v + w\` and \`v - w\` return a **new** \`Vector\` (the operands are not changed).
- \`v * k\` and \`k * v\` (for a number \`k\`) return a new, scaled \`Vector\`.
- \`abs(v)\` returns the length \`sqrt(x**2 + y**2)\` as a float.

\`\`\`python
v = Vector(3, 4)
print(v + Vector(1, 1))   # Vector(4, 5)
print(v * 2, 2 * v)       # Vector(6, 8) Vector(6, 8)
print(abs(v))             # 5.0
print(v == Vector(3, 4))  # True
\`\`\``,
    starterCode: `import math


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
`,
    solution: `import math


class Vector:
    """A 2D vector that supports +, -, * (by a number), == and abs()."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __abs__(self):
        return math.hypot(self.x, self.y)
`,
    hints: [
      'Each operator calls a special method on the left operand: `v + w` is `v.__add__(w)`, `v * 3` is `v.__mul__(3)`, `abs(v)` is `v.__abs__()`. For `3 * v`, Python falls back to `v.__rmul__(3)`.',
      'Operators must return a **new** `Vector(...)` instead of changing `self`. Without `__eq__`, two equal vectors are only `==` if they are the same object; and `__eq__` must check the type of `other` before reading `other.x`.',
      'In `__eq__`, start with `if not isinstance(other, Vector): return NotImplemented`. `__rmul__` can simply `return self * k`, and `math.hypot(self.x, self.y)` gives the length.',
    ],
    tests: [
      {
        name: 'repr',
        code: `assert repr(Vector(1, 2)) == 'Vector(1, 2)', f"repr(Vector(1, 2)) should be 'Vector(1, 2)', got {repr(Vector(1, 2))!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'equality',
        code: `assert Vector(1, 2) == Vector(1, 2), "Vector(1, 2) == Vector(1, 2) should be True: define __eq__"
assert not (Vector(1, 2) == Vector(2, 1)), "Vector(1, 2) == Vector(2, 1) should be False"
assert Vector(1, 2) != Vector(1, 3), "Vector(1, 2) != Vector(1, 3) should be True"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'addition and subtraction make new vectors',
        code: `a, b = Vector(3, 4), Vector(1, 1)
total, diff = a + b, a - b
assert isinstance(total, Vector) and (total.x, total.y) == (4, 5), f"Vector(3, 4) + Vector(1, 1) should be Vector(4, 5), got {total!r}"
assert isinstance(diff, Vector) and (diff.x, diff.y) == (2, 3), f"Vector(3, 4) - Vector(1, 1) should be Vector(2, 3), got {diff!r}"
assert (a.x, a.y) == (3, 4), f"a + b must not change a: it is now {a!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'multiply by a number',
        code: `got = Vector(3, 4) * 2
assert isinstance(got, Vector) and (got.x, got.y) == (6, 8), f"Vector(3, 4) * 2 should be Vector(6, 8), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'number times vector',
        code: `try:
    got = 3 * Vector(1, -2)
except TypeError as e:
    raise AssertionError(f"3 * Vector(1, -2) raised TypeError ({e}): define __rmul__") from None
assert isinstance(got, Vector) and (got.x, got.y) == (3, -6), f"3 * Vector(1, -2) should be Vector(3, -6), got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a number times a vector works too (`__rmul__`)',
      },
      {
        name: 'length with abs()',
        code: `got = abs(Vector(3, 4))
assert got == 5.0, f"abs(Vector(3, 4)) should be 5.0, got {got!r}"
got = abs(Vector(1, 1))
assert got is not None and round(got, 3) == 1.414, f"abs(Vector(1, 1)) should be about 1.414, got {got!r}"
assert abs(Vector(0, 0)) == 0, "abs(Vector(0, 0)) should be 0.0"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'comparing with other types',
        code: `try:
    result = Vector(1, 2) == (1, 2)
    other = Vector(0, 0) == None
except Exception as e:
    raise AssertionError(f"comparing a Vector with a tuple or None should give False, but it raised {type(e).__name__}: {e}. Return NotImplemented when other is not a Vector.") from None
assert result is False, f"Vector(1, 2) == (1, 2) should be False, got {result!r}"
assert other is False, f"Vector(0, 0) == None should be False, got {other!r}"`,
        weight: 2,
        hidden: true,
        rule: 'comparing a Vector with something that is not a Vector gives False, never an error',
      },
    ],
  },
  {
    slug: 'special-methods-playlist',
    topic: 'special-methods',
    difficulty: 'hard',
    title: 'A Playlist that behaves like a list',
    prompt: `Write a class \`Playlist\` that supports Python's container protocol.

- \`Playlist(name, songs=None)\` stores \`name\` and its **own copy** of the list of song titles (\`songs\` may be omitted: empty playlist).
- \`len(p)\` is the number of songs; an empty playlist is therefore falsy (\`bool(p)\` is \`False\`).
- \`p[i]\` returns the song at index \`i\` (negative indexes work; an index out of range raises \`IndexError\`).
- \`title in p\` is **case-insensitive**: \`'yesterday' in p\` is \`True\` if \`p\` contains \`'Yesterday'\`.
- \`for song in p:\` iterates over the songs in order, and can be done any number of times.
- \`p + q\` returns a **new** \`Playlist\` named \`"<p.name> + <q.name>"\` with the songs of \`p\` then those of \`q\`, skipping songs already present (case-insensitive, first occurrence wins). \`p\` and \`q\` are not changed.
- \`repr(p)\` is \`"Playlist('<name>', <n> songs)"\`, with \`song\` instead of \`songs\` when there is exactly one.

\`\`\`python
p = Playlist('Road trip', ['Holiday', 'Yesterday'])
print(len(p), p[-1], 'holiday' in p)  # 2 Yesterday True
both = p + Playlist('Chill', ['yesterday', 'Angie'])
print(list(both))   # ['Holiday', 'Yesterday', 'Angie']
print(both)         # Playlist('Road trip + Chill', 3 songs)
\`\`\``,
    starterCode: `class Playlist:
    """A named list of song titles that behaves like a container."""

    def __init__(self, name, songs=None):
        pass

    def __len__(self):
        pass

    def __getitem__(self, index):
        pass

    def __contains__(self, title):
        pass

    def __iter__(self):
        pass

    def __add__(self, other):
        pass

    def __repr__(self):
        pass
`,
    solution: `class Playlist:
    """A named list of song titles that behaves like a container."""

    def __init__(self, name, songs=None):
        self.name = name
        self.songs = list(songs) if songs else []

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __contains__(self, title):
        wanted = title.lower()
        return any(song.lower() == wanted for song in self.songs)

    def __iter__(self):
        return iter(self.songs)

    def __add__(self, other):
        combined = Playlist(f"{self.name} + {other.name}")
        for song in list(self) + list(other):
            if song not in combined:
                combined.songs.append(song)
        return combined

    def __repr__(self):
        count = len(self.songs)
        word = "song" if count == 1 else "songs"
        return f"Playlist({self.name!r}, {count} {word})"
`,
    hints: [
      'Keep the songs in a list attribute and let each special method delegate to it: `len()` calls `__len__`, `p[i]` calls `__getitem__`, `in` calls `__contains__`, `for` calls `__iter__`, `+` calls `__add__`.',
      'Copy the incoming list with `list(songs)`, otherwise the caller can change your playlist. `__iter__` should hand out a fresh iterator each time (`iter(self.songs)`), and `__contains__` must compare lowercased titles.',
      'For `__add__`, create an empty `Playlist(f"{self.name} + {other.name}")`, then loop over the songs of both playlists and append a song only if it is `not in` the new playlist yet (your case-insensitive `__contains__` does the work).',
    ],
    tests: [
      {
        name: 'length and truthiness',
        code: `p = Playlist('Road trip', ['Holiday', 'Yesterday'])
assert len(p) == 2, f"len() of a playlist with 2 songs should be 2, got {len(p)!r}"
empty = Playlist('Empty')
assert len(empty) == 0 and not empty, "Playlist('Empty') should have len 0 and be falsy"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'indexing',
        code: `p = Playlist('Road trip', ['Holiday', 'Yesterday', 'Angie'])
assert p[0] == 'Holiday' and p[-1] == 'Angie', f"p[0] should be 'Holiday' and p[-1] 'Angie', got {p[0]!r} and {p[-1]!r}"
try:
    p[10]
except IndexError:
    pass
else:
    raise AssertionError("p[10] on a 3-song playlist should raise IndexError")`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'membership ignores case',
        code: `p = Playlist('Road trip', ['Holiday', 'Yesterday'])
assert 'Holiday' in p, "'Holiday' in p should be True"
assert 'yesterday' in p and 'HOLIDAY' in p, "'in' should be case-insensitive: 'yesterday' in p should be True"
assert 'Angie' not in p, "'Angie' in p should be False"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'iteration, twice',
        code: `p = Playlist('Road trip', ['Holiday', 'Yesterday'])
first = [song for song in p]
second = [song for song in p]
assert first == ['Holiday', 'Yesterday'], f"iterating over p should give ['Holiday', 'Yesterday'], got {first!r}"
assert second == first, f"iterating a second time should give the same songs, got {second!r}: return a new iterator from __iter__"
pairs = [(a, b) for a in p for b in p]
assert len(pairs) == 4, f"two nested loops over a 2-song playlist should give 4 pairs, got {len(pairs)}: return a new iterator from __iter__, e.g. iter(self.songs)"`,
        weight: 2,
        hidden: true,
        rule: 'a playlist can be iterated over more than once',
      },
      {
        name: 'repr says song or songs',
        code: `for songs, expected in [(['A', 'B', 'C'], "Playlist('Mix', 3 songs)"), (['A'], "Playlist('Mix', 1 song)"), ([], "Playlist('Mix', 0 songs)")]:
    got = repr(Playlist('Mix', songs))
    assert got == expected, f"repr should be {expected!r}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'adding two playlists',
        code: `p = Playlist('Road trip', ['Holiday', 'Yesterday'])
q = Playlist('Chill', ['yesterday', 'Angie', 'angie'])
both = p + q
assert isinstance(both, Playlist), f"p + q should be a new Playlist, got {both!r}"
assert both.name == 'Road trip + Chill', f"the name should be 'Road trip + Chill', got {both.name!r}"
assert list(both) == ['Holiday', 'Yesterday', 'Angie'], f"songs should be ['Holiday', 'Yesterday', 'Angie'] (duplicates skipped, ignoring case), got {list(both)!r}"
assert list(p) == ['Holiday', 'Yesterday'] and len(q) == 3, "p + q must not change p or q"`,
        weight: 2,
        hidden: true,
        rule: 'adding two playlists gives a new Playlist with both names and all the songs',
      },
      {
        name: 'keeps its own copy of the songs',
        code: `songs = ['Holiday']
p = Playlist('Mine', songs)
songs.append('Angie')
assert len(p) == 1, f"changing the original list afterwards changed the playlist (len is {len(p)}): store list(songs)"`,
        weight: 2,
        hidden: true,
        rule: 'the playlist keeps its own copy of the songs list',
      },
    ],
  },
];
