class Animal:
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
