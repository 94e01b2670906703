SECRET = 7
guesses = 1
guess = int(input())
while guess != SECRET:
    if guess < SECRET:
        print("Too low")
    else:
        print("Too high")
    guess = int(input())
    guesses += 1
print(f"Correct! Guesses: {guesses}")
