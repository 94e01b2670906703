item = input()
quantity = input()
price = input()
# TODO: convert quantity and price, then print the two lines
