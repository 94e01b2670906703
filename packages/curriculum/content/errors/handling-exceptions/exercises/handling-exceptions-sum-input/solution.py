def main():
    """Read lines until EOF, add up the whole numbers, report invalid lines, print the total."""
    total = 0
    while True:
        try:
            line = input()
        except EOFError:
            break
        line = line.strip()
        if not line:
            continue
        try:
            total += int(line)
        except ValueError:
            print(f"Skipping invalid line: {line}")
    print(f"Total: {total}")


main()
