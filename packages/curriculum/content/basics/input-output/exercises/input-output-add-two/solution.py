a = int(input())
b = int(input())
print(f"{a} + {b} = {a + b}")
