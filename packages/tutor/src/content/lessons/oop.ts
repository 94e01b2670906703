import type { Lesson } from '@learnflow/contracts';

/** Module "Object-Oriented Programming": classes and objects, inheritance, special methods. */
export const oopLessons: Record<string, Lesson> = {
  'classes-and-objects': {
    summary:
      'A class is a blueprint that bundles data (attributes) and behaviour (methods); each object made from it is an instance.',
    explanation: [
      'A **class** is a blueprint for creating your own kind of value. An **object** built from that blueprint is called an **instance** of the class. For example, a `Dog` class can describe what every dog has (a name, an age) and what every dog can do (bark); `rex` and `fido` are two instances, each with its own data.',
      '```python\nclass Dog:\n    def __init__(self, name, age):\n        self.name = name\n        self.age = age\n\n    def bark(self):\n        print(f"{self.name} says woof!")\n\nrex = Dog("Rex", 3)\nrex.bark()\n```',
      'Class names use `CapitalizedWords` by convention. Calling the class like a function, `Dog("Rex", 3)`, creates a new object and automatically runs the special method **`__init__`** (the initializer, often called the constructor) to set it up. Its arguments become the values after `self`.',
      '**`self`** is the object the method is working on. Python passes it automatically: `rex.bark()` runs `bark` with `self` set to `rex`. That is why every method lists `self` as its first parameter, even though you never pass it yourself.',
      "An **attribute** is a variable that belongs to an object, created with `self.name = name` and read with a dot: `rex.name`. Each instance has its own attributes, so changing `rex.age` does not affect `fido.age`. A **method** is a function defined inside the class; it can read and change the object's attributes through `self`, like `account.deposit(50)` updating `self.balance`.",
      'A **class attribute** is defined directly in the class body, outside any method. It is shared by all instances, which makes it useful for constants such as `wheels = 4`.',
      '`isinstance(rex, Dog)` checks whether an object is an instance of a class. Classes let you keep related data and the code that works on it together, which becomes more and more useful as programs grow.',
    ].join('\n\n'),
    examples: [
      {
        title: 'A class with attributes and a method',
        code: `class Dog:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def bark(self):
        print(f"{self.name} says woof!")

rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
rex.bark()
fido.bark()
print(rex.age + fido.age)
`,
        expectedOutput: `Rex says woof!
Fido says woof!
8
`,
        explanation:
          'Each call to `Dog(...)` runs `__init__` for a new object. `rex` and `fido` store their own `name` and `age`, and `bark` uses `self` to reach the right one.',
      },
      {
        title: 'Methods that change an object',
        code: `class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount

    def withdraw(self, amount):
        if amount > self.balance:
            print("Not enough money!")
            return
        self.balance -= amount

account = BankAccount("Ana", 100)
account.deposit(50)
account.withdraw(30)
account.withdraw(500)
print(account.owner, "has", account.balance)
`,
        expectedOutput: `Not enough money!
Ana has 120
`,
        explanation:
          'The methods update `self.balance`, so the object remembers its state between calls: 100 + 50 - 30 = 120. The 500 withdrawal is refused and changes nothing.',
      },
      {
        title: 'Class attributes and isinstance()',
        code: `class Circle:
    pi = 3.14159

    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return Circle.pi * self.radius ** 2

small = Circle(1)
big = Circle(10)
print(round(small.area(), 2))
print(round(big.area(), 2))
print(small.pi == big.pi)
print(isinstance(big, Circle))
`,
        expectedOutput: `3.14
314.16
True
True
`,
        explanation:
          '`pi` is a class attribute shared by every circle, while `radius` is different for each instance. `isinstance()` confirms that `big` was made from `Circle`.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          'Leaving `self` out of a method definition: `def bark():` and then `rex.bark()` raises `TypeError: Dog.bark() takes 0 positional arguments but 1 was given`.',
        fix: 'Make `self` the first parameter of every method: `def bark(self):`.',
      },
      {
        mistake:
          "Forgetting `self.` when storing data, as in `name = name` inside `__init__`; later `rex.name` raises `AttributeError: 'Dog' object has no attribute 'name'`.",
        fix: 'Store attributes on the object: `self.name = name`.',
      },
      {
        mistake:
          'Misspelling `__init__` (for example `__int__` or `_init_`), so `Dog("Rex", 3)` raises `TypeError: Dog() takes no arguments`.',
        fix: 'The name is exactly two underscores, `init`, two underscores: `__init__`.',
      },
      {
        mistake: 'Printing an object and getting `<__main__.Dog object at 0x7f...>` instead of useful text.',
        fix: 'Print specific attributes (`rex.name`), or define a `__str__` method (see Special Methods).',
      },
      {
        mistake:
          'Forgetting the parentheses when creating an object: `rex = Dog` makes `rex` another name for the class, not a new dog.',
        fix: 'Call the class with its arguments: `rex = Dog("Rex", 3)`.',
      },
    ],
    keyTerms: [
      {
        term: 'class',
        definition: 'A blueprint that defines the attributes and methods of a kind of object.',
      },
      { term: 'object', definition: 'A value built from a class, holding its own data.' },
      {
        term: 'instance',
        definition: 'An object created from a particular class, e.g. `rex` is an instance of `Dog`.',
      },
      { term: '__init__', definition: 'The special method that runs automatically to set up a new object.' },
      { term: 'self', definition: 'The first parameter of a method: the object the method was called on.' },
      {
        term: 'attribute',
        definition: 'A variable that belongs to an object, accessed with a dot like `rex.name`.',
      },
      { term: 'method', definition: 'A function defined inside a class that works on its objects.' },
      {
        term: 'class attribute',
        definition: 'A variable defined in the class body, shared by all instances.',
      },
    ],
  },

  inheritance: {
    summary:
      'Inheritance lets a child class reuse and extend a parent class, overriding the methods that should behave differently.',
    explanation: [
      '**Inheritance** lets you create a new class from an existing one. The new class, called the **child class** or **subclass**, automatically gets all the attributes and methods of the **parent class** (also called the base class or superclass). You name the parent in parentheses:',
      '```python\nclass Animal:\n    def __init__(self, name):\n        self.name = name\n\n    def speak(self):\n        return "..."\n\nclass Dog(Animal):\n    def speak(self):\n        return "Woof"\n```',
      '`Dog` did not define `__init__`, so `Dog("Rex")` uses the one from `Animal`. But `Dog` defines its own `speak`, which **overrides** the parent version. When you call a method, Python looks in the object\'s own class first, then in the parent, then the parent\'s parent, and uses the first one it finds.',
      "Often a child needs to *extend* a parent method rather than replace it completely. **super()** gives access to the parent class, so `super().__init__(name, salary)` runs the parent's setup before the child adds its own attributes. If a child defines `__init__` and forgets to call `super().__init__(...)`, the parent's attributes are never created.",
      'An instance of a child class also counts as an instance of the parent: **isinstance()** returns `True` for both, and `issubclass(Dog, Animal)` is `True`. This is why code written for `Animal` objects also works for dogs and cats: each one responds to `speak()` in its own way.',
      'Use inheritance for an **is-a relationship**: a dog *is an* animal, a manager *is an* employee. When one thing merely *has* another (a car *has an* engine), use **composition** instead: store the other object as an attribute, `self.engine = Engine()`.',
      "Every class ultimately inherits from Python's built-in `object` class, which is where default behaviour such as printing `<... object at 0x...>` comes from.",
    ].join('\n\n'),
    examples: [
      {
        title: 'Inheriting and overriding methods',
        code: `class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def introduce(self):
        return f"I am {self.name} and I say {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "Woof"

class Cat(Animal):
    def speak(self):
        return "Meow"

for pet in [Dog("Rex"), Cat("Tom"), Animal("Generic")]:
    print(pet.introduce())
`,
        expectedOutput: `I am Rex and I say Woof
I am Tom and I say Meow
I am Generic and I say ...
`,
        explanation:
          "`Dog` and `Cat` inherit `__init__` and `introduce` from `Animal`. Inside `introduce`, `self.speak()` finds the overriding version in the object's own class first.",
      },
      {
        title: 'Extending the parent with super()',
        code: `class Employee:
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def describe(self):
        return f"{self.name} earns {self.salary}"

class Manager(Employee):
    def __init__(self, name, salary, team_size):
        super().__init__(name, salary)
        self.team_size = team_size

    def describe(self):
        return super().describe() + f" and manages {self.team_size} people"

print(Employee("Ana", 3000).describe())
print(Manager("Ben", 5000, 4).describe())
`,
        expectedOutput: `Ana earns 3000
Ben earns 5000 and manages 4 people
`,
        explanation:
          "`super().__init__` lets the parent set `name` and `salary`, then the child adds `team_size`. `Manager.describe` reuses the parent's text and extends it.",
      },
      {
        title: 'isinstance() and issubclass()',
        code: `class Shape:
    pass

class Square(Shape):
    pass

sq = Square()
print(isinstance(sq, Square))
print(isinstance(sq, Shape))
print(isinstance(Shape(), Square))
print(issubclass(Square, Shape))
print(Square.__name__, "inherits from", Square.__base__.__name__)
`,
        expectedOutput: `True
True
False
True
Square inherits from Shape
`,
        explanation:
          'A square is a shape, so `sq` is an instance of both classes. The reverse is not true: a plain `Shape` is not a `Square`.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          "Defining `__init__` in the child without calling the parent's, so `Manager(...).name` raises `AttributeError: 'Manager' object has no attribute 'name'`.",
        fix: 'Call `super().__init__(...)` with the arguments the parent needs, usually as the first line.',
      },
      {
        mistake:
          'Passing `self` to `super().__init__`: `super().__init__(self, name, salary)` raises `TypeError: Employee.__init__() takes 3 positional arguments but 4 were given`.',
        fix: '`super()` already binds the object, so write `super().__init__(name, salary)`.',
      },
      {
        mistake:
          'Forgetting the parent in the class line (`class Dog:` instead of `class Dog(Animal):`), so inherited methods raise `AttributeError`.',
        fix: 'Name the parent class in parentheses after the class name.',
      },
      {
        mistake:
          'Misspelling the method name when overriding (e.g. `speek`), so the parent version silently runs instead.',
        fix: 'Use exactly the same method name and parameters as the parent.',
      },
      {
        mistake: 'Using inheritance for a "has-a" relationship, such as `class Car(Engine):`.',
        fix: 'Use composition: give `Car` an attribute `self.engine = Engine()`.',
      },
    ],
    keyTerms: [
      {
        term: 'inheritance',
        definition: 'Creating a class that automatically gets the attributes and methods of another class.',
      },
      {
        term: 'parent class',
        definition: 'The class being inherited from, also called the base class or superclass.',
      },
      { term: 'child class', definition: 'A class that inherits from another, also called a subclass.' },
      {
        term: 'override',
        definition:
          'To define a method in a child class with the same name as one in the parent, replacing it.',
      },
      {
        term: 'super()',
        definition: 'A built-in that gives access to the parent class, used to call its methods.',
      },
      {
        term: 'isinstance()',
        definition:
          'A built-in that checks whether an object is an instance of a class or one of its subclasses.',
      },
      {
        term: 'is-a relationship',
        definition: 'The kind of relationship inheritance models: a Dog is an Animal.',
      },
      {
        term: 'composition',
        definition: 'Building a class by storing other objects as attributes (a "has-a" relationship).',
      },
    ],
  },

  'special-methods': {
    summary:
      'Special (dunder) methods such as `__str__`, `__eq__` and `__len__` let your objects work with built-in functions and operators.',
    explanation: [
      '**Special methods** have names that start and end with two underscores, so they are also called **dunder methods** ("double underscore"). You rarely call them yourself; Python calls them when your object is used with a built-in function or an operator. You already know one: `__init__`, which runs when an object is created.',
      "**`__str__`** decides what `print(obj)` and `str(obj)` show, so it should return a friendly, readable string. **`__repr__`** returns a precise, developer-oriented description, ideally looking like the code that would recreate the object, such as `Book('Dune', 'Frank Herbert')`. Python uses `__repr__` when it shows an object inside a list and as a fallback when there is no `__str__`. Both must **return** a string, not print it.",
      '```python\ndef __str__(self):\n    return f"{self.title} by {self.author}"\n```',
      '**Operator overloading** lets your objects work with operators:\n\n- `a + b` calls `a.__add__(b)`; `-` and `*` use `__sub__` and `__mul__`.\n- `a == b` calls `__eq__`. Without it, `==` only checks whether both names refer to the very same object.\n- `a < b` calls `__lt__`, which also lets `sorted()` and `max()` compare your objects.',
      'Container-like classes can define **`__len__`** (for `len(obj)`), `__getitem__` (for `obj[i]`) and `__contains__` (for `x in obj`).',
      'When an operator method receives a value it does not know how to handle, it should `return NotImplemented`. **NotImplemented** is a special value that tells Python to try the other operand or report a clear error, instead of crashing inside your method.',
      'Special methods make your classes feel like built-in types: code that uses them can simply write `len(playlist)` or `v1 + v2`. Only define the ones that make sense for your class.',
    ].join('\n\n'),
    examples: [
      {
        title: '__str__ and __repr__',
        code: `class Book:
    def __init__(self, title, author):
        self.title = title
        self.author = author

    def __str__(self):
        return f"{self.title} by {self.author}"

    def __repr__(self):
        return f"Book({self.title!r}, {self.author!r})"

book = Book("Dune", "Frank Herbert")
print(book)
print(str(book))
print(repr(book))
print([book])
`,
        expectedOutput: `Dune by Frank Herbert
Dune by Frank Herbert
Book('Dune', 'Frank Herbert')
[Book('Dune', 'Frank Herbert')]
`,
        explanation:
          '`print()` and `str()` use `__str__`. `repr()` and the display of a list use `__repr__`. The `!r` in the f-string inserts the repr of each value, adding the quotes.',
      },
      {
        title: 'Operator overloading with __add__ and __eq__',
        code: `class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

a = Vector(1, 2)
b = Vector(3, 4)
print(a + b)
print(a == Vector(1, 2))
print(a == b)
print(a == 5)
`,
        expectedOutput: `Vector(4, 6)
True
False
False
`,
        explanation:
          '`a + b` calls `a.__add__(b)` and `==` calls `__eq__`. Comparing with the number 5 returns `NotImplemented`, so Python falls back to its default and answers `False` instead of crashing.',
      },
      {
        title: 'Container methods: __len__, __getitem__, __contains__',
        code: `class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __contains__(self, song):
        return song in self.songs

mix = Playlist(["Intro", "Sunrise", "Finale"])
print(len(mix))
print(mix[0], "/", mix[-1])
print("Sunrise" in mix)
print("Encore" in mix)
`,
        expectedOutput: `3
Intro / Finale
True
False
`,
        explanation:
          '`len(mix)` calls `__len__`, `mix[0]` calls `__getitem__` and `in` calls `__contains__`, so a `Playlist` behaves much like a list.',
      },
      {
        title: '__lt__ makes objects sortable',
        code: `class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade

    def __lt__(self, other):
        return self.grade < other.grade

    def __repr__(self):
        return f"{self.name}({self.grade})"

group = [Student("Ana", 88), Student("Ben", 72), Student("Cleo", 95)]
print(sorted(group))
print(min(group))
`,
        expectedOutput: `[Ben(72), Ana(88), Cleo(95)]
Ben(72)
`,
        explanation:
          "`sorted()` and `min()` compare items with `<`, which calls `__lt__`. Without it they would raise `TypeError: '<' not supported between instances of 'Student' and 'Student'`.",
      },
    ],
    commonMistakes: [
      {
        mistake:
          'Printing inside `__str__` instead of returning a string, which raises `TypeError: __str__ returned non-string (type NoneType)`.',
        fix: 'Build the text and `return` it: `return f"{self.title} by {self.author}"`.',
      },
      {
        mistake:
          'Using single underscores, like `_str_`, so Python ignores the method and still prints `<__main__.Book object at 0x...>`.',
        fix: 'Special method names have two underscores on each side: `__str__`.',
      },
      {
        mistake:
          "Assuming other values are always your class: `Vector(1, 2) == 5` with a naive `__eq__` raises `AttributeError: 'int' object has no attribute 'x'`.",
        fix: 'Check the type first and `return NotImplemented` for values you do not support.',
      },
      {
        mistake:
          "Sorting objects with no comparison method: `sorted(students)` raises `TypeError: '<' not supported between instances of 'Student' and 'Student'`.",
        fix: 'Define `__lt__`, or pass a key function: `sorted(students, key=lambda s: s.grade)`.',
      },
      {
        mistake: 'Calling special methods directly, like `book.__str__()` or `mix.__len__()`.',
        fix: 'Use the built-in function or operator (`str(book)`, `len(mix)`); Python calls the special method for you.',
      },
    ],
    keyTerms: [
      {
        term: 'special method',
        definition:
          'A method with a double-underscore name that Python calls automatically for built-in operations.',
      },
      { term: 'dunder method', definition: 'Another name for a special method, from "double underscore".' },
      { term: '__str__', definition: 'Returns the readable text shown by `print()` and `str()`.' },
      {
        term: '__repr__',
        definition: 'Returns an unambiguous, developer-oriented text, used by `repr()` and inside lists.',
      },
      {
        term: 'operator overloading',
        definition: 'Defining methods such as `__add__` or `__eq__` so operators work on your objects.',
      },
      { term: '__len__', definition: 'Returns the size of an object for the built-in `len()`.' },
      {
        term: 'NotImplemented',
        definition: 'A special value an operator method returns to say it cannot handle the other operand.',
      },
    ],
  },
};
