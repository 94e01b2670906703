name = input("What is your name? ")
# TODO: print the greeting
