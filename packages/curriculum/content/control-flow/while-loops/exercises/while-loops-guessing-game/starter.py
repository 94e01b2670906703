SECRET = 7
guesses = 0
guess = int(input())
# TODO: while the guess is wrong, say "Too low" or "Too high" and read another guess
