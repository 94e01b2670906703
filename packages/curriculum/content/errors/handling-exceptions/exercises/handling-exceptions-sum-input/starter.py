def main():
    """Read lines until EOF, add up the whole numbers, report invalid lines, print the total."""
    pass


main()
