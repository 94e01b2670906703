n = int(input())
# TODO: a for loop that prints n, n-1, ..., 1
print("Liftoff!")
