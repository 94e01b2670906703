import type { QuizDefinition } from '@learnflow/contracts';
import { withCode } from './format.ts';

/** Quizzes of the module "Object-Oriented Programming". */
export const oopQuizzes: QuizDefinition[] = [
  {
    slug: 'classes-and-objects-quiz',
    topic: 'classes-and-objects',
    title: 'Classes and Objects Quiz',
    questions: [
      {
        prompt: 'What is `self` inside a method?',
        choices: [
          'The class itself',
          'The object the method was called on',
          'A reserved keyword that must always be spelled self',
          'The parent class',
        ],
        answer: 1,
        explanation:
          '`rex.bark()` runs `bark` with `self` set to `rex`, the object before the dot. `self` is only a naming convention, not a keyword, and it refers to the instance, not the class.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
class Counter:
    def __init__(self):
        self.value = 0

    def add(self):
        self.value += 1

a = Counter()
b = Counter()
a.add()
a.add()
b.add()
print(a.value, b.value)
`,
        ),
        choices: ['3 3', '1 2', '2 2', '2 1'],
        answer: 3,
        explanation:
          'Each instance has its own `value` attribute, set to 0 by `__init__`. `a` is increased twice and `b` once. The attributes are not shared, so the answer is not `3 3`.',
      },
      {
        prompt: withCode(
          'What happens when this code runs?',
          `
class Dog:
    def bark():
        print("Woof")

Dog().bark()
`,
        ),
        choices: [
          'It prints Woof',
          'TypeError: Dog.bark() takes 0 positional arguments but 1 was given',
          "NameError: name 'bark' is not defined",
          'Nothing is printed',
        ],
        answer: 1,
        explanation:
          'Python passes the object as the first argument of every method call, but `bark` accepts no parameters. Adding `self` (`def bark(self):`) fixes it.',
      },
      {
        prompt: 'When is `__init__` called?',
        choices: [
          'Automatically, each time a new object is created from the class',
          'Once, when the class is defined',
          'Only when you call obj.__init__() yourself',
          'When the program ends',
        ],
        answer: 0,
        explanation:
          'Calling the class, as in `Dog("Rex", 3)`, creates a new object and runs `__init__` on it to set its attributes. Defining the class does not run it, and you normally never call it yourself.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
class Car:
    wheels = 4

    def __init__(self, color):
        self.color = color

c = Car("red")
print(c.wheels, c.color)
`,
        ),
        choices: [
          "AttributeError: 'Car' object has no attribute 'wheels'",
          'None red',
          '4 red',
          'wheels color',
        ],
        answer: 2,
        explanation:
          '`wheels` is a class attribute: if an instance has no attribute of that name, Python finds it on the class, so `c.wheels` is 4. `color` is an instance attribute set in `__init__`.',
      },
      {
        prompt: 'What is the difference between a class and an object?',
        choices: [
          'They are the same thing',
          'A class is a blueprint; an object is one instance built from it',
          'An object is a blueprint; a class is one instance built from it',
          'Classes hold data and objects hold methods',
        ],
        answer: 1,
        explanation:
          'The class describes the attributes and methods; each object (instance) created from it has its own data. The reversed statement is a common mix-up, and both data and methods are defined in the class.',
      },
    ],
  },
  {
    slug: 'inheritance-quiz',
    topic: 'inheritance',
    title: 'Inheritance Quiz',
    questions: [
      {
        prompt: withCode(
          'What does this code print?',
          `
class Animal:
    def speak(self):
        return "..."

class Cat(Animal):
    def speak(self):
        return "Meow"

print(Cat().speak(), Animal().speak())
`,
        ),
        choices: ['Meow Meow', '... ...', 'Meow ...', '... Meow'],
        answer: 2,
        explanation:
          '`Cat` overrides `speak`, so a cat says "Meow". Overriding does not change the parent: a plain `Animal` still uses its own `speak`.',
      },
      {
        prompt: 'Which line makes `Truck` a subclass of `Vehicle`?',
        choices: [
          'class Truck inherits Vehicle:',
          'class Truck(Vehicle):',
          'class Vehicle(Truck):',
          'class Truck extends Vehicle:',
        ],
        answer: 1,
        explanation:
          'The parent class goes in parentheses after the child name. `class Vehicle(Truck):` would make it the other way round, and `extends` is Java syntax.',
      },
      {
        prompt: withCode(
          'What happens when this code runs?',
          `
class Person:
    def __init__(self, name):
        self.name = name

class Student(Person):
    def __init__(self, name, school):
        self.school = school

s = Student("Ana", "MIT")
print(s.name)
`,
        ),
        choices: [
          'It prints Ana',
          'It prints MIT',
          "AttributeError: 'Student' object has no attribute 'name'",
          'It prints None',
        ],
        answer: 2,
        explanation:
          "`Student` defines its own `__init__`, which replaces the parent's, and it never calls `super().__init__(name)`. So `self.name` is never set. The parent's `__init__` is not run automatically.",
      },
      {
        prompt: "What does `super().__init__(name)` do inside a child class's `__init__`?",
        choices: [
          "Runs the parent class's __init__ on the current object",
          'Creates a separate parent object',
          'Deletes the parent method',
          "Calls the child's __init__ again",
        ],
        answer: 0,
        explanation:
          "`super()` gives access to the parent class, so the parent's initializer sets up its attributes on the same object. No second object is created.",
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
class Shape:
    pass

class Circle(Shape):
    pass

c = Circle()
print(isinstance(c, Shape), isinstance(Shape(), Circle))
`,
        ),
        choices: ['True True', 'False False', 'False True', 'True False'],
        answer: 3,
        explanation:
          'A `Circle` is a `Shape`, so the first check is True. The reverse does not hold: a plain `Shape` object is not a `Circle`.',
      },
      {
        prompt: 'A car has an engine. What is the better design?',
        choices: [
          'class Car(Engine):',
          'Give Car an attribute such as self.engine = Engine() (composition)',
          'class Engine(Car):',
          'Copy all the Engine methods into Car',
        ],
        answer: 1,
        explanation:
          'Inheritance models an "is-a" relationship, and a car is not an engine; it *has* one. Storing an `Engine` object as an attribute (composition) models "has-a" correctly.',
      },
    ],
  },
  {
    slug: 'special-methods-quiz',
    topic: 'special-methods',
    title: 'Special Methods Quiz',
    questions: [
      {
        prompt: 'A class defines both `__str__` and `__repr__`. Which one does `print(obj)` use?',
        choices: ['__repr__', '__str__', '__print__', '__init__'],
        answer: 1,
        explanation:
          '`print()` calls `str()`, which uses `__str__`. `__repr__` is used by `repr()`, inside lists, and as a fallback when there is no `__str__`; `__print__` does not exist.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

print(len(Box([1, 2, 3])))
`,
        ),
        choices: ["TypeError: object of type 'Box' has no len()", '1', '[1, 2, 3]', '3'],
        answer: 3,
        explanation:
          '`len(obj)` calls `obj.__len__()`, which returns the length of the inner list, 3. The TypeError would only happen if `__len__` were not defined.',
      },
      {
        prompt: 'Which method lets you use `+` between two of your objects?',
        choices: ['__plus__', '__sum__', '__add__', '__concat__'],
        answer: 2,
        explanation:
          '`a + b` calls `a.__add__(b)`. The other names are not special methods, so Python would never call them for `+`.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
class Point:
    def __init__(self, x):
        self.x = x

print(Point(1) == Point(1))
`,
        ),
        choices: ['True', 'False', 'TypeError', 'None'],
        answer: 1,
        explanation:
          'Without `__eq__`, `==` checks whether both sides are the very same object, and these are two different objects. Defining `__eq__` to compare `x` would make it True.',
      },
      {
        prompt:
          'What happens if `__str__` returns a number, for example `return 42`, and you print the object?',
        choices: [
          'TypeError: __str__ returned non-string (type int)',
          'print shows 42',
          'print shows nothing',
          'Python silently converts the number with str()',
        ],
        answer: 0,
        explanation:
          '`__str__` must return a string, and Python checks this instead of converting for you. Return `str(42)` or an f-string.',
      },
      {
        prompt: 'What should `__repr__` return, compared with `__str__`?',
        choices: [
          'Exactly the same text as __str__',
          'An unambiguous, developer-oriented text, ideally looking like code that recreates the object',
          'Only the memory address of the object',
          'A friendly message for end users',
        ],
        answer: 1,
        explanation:
          "`__repr__` is for developers, e.g. `Book('Dune', 'Frank Herbert')`, while `__str__` gives the friendly text for users. The memory address is only what the default `__repr__` shows.",
      },
    ],
  },
];
