n = int(input())
for i in range(1, n + 1):
    # TODO: build the row i*1 ... i*n and print it
    pass
