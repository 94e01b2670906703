/** The public methods and attributes of the built-in types a beginner meets, by type name. */
export const typeMethods: Readonly<Record<string, readonly string[]>> = {
  str: (
    'capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha ' +
    'isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower ' +
    'lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip ' +
    'split splitlines startswith strip swapcase title translate upper zfill'
  ).split(' '),
  list: 'append clear copy count extend index insert pop remove reverse sort'.split(' '),
  dict: 'clear copy fromkeys get items keys pop popitem setdefault update values'.split(' '),
  set: (
    'add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset ' +
    'issuperset pop remove symmetric_difference symmetric_difference_update union update'
  ).split(' '),
  tuple: ['count', 'index'],
  int: 'as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real to_bytes'.split(
    ' ',
  ),
  float: 'as_integer_ratio conjugate fromhex hex imag is_integer real'.split(' '),
};
