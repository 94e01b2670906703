a = input()
b = input()
# TODO: convert both to numbers and print "a + b = total"
