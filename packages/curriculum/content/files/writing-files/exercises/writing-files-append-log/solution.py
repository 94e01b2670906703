import os


def log(path, message):
    """Append '<n>: <message>' as a new line of the file at path and return n."""
    count = 0
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            count = sum(1 for _line in f)
    number = count + 1
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"{number}: {message}\n")
    return number
