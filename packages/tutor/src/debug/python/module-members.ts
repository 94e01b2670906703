/** The public names of the standard modules beginners use most, to suggest the one a misspelling meant. */
export const moduleMembers: Readonly<Record<string, readonly string[]>> = {
  math: (
    'sqrt pi e tau inf nan ceil floor trunc fabs factorial gcd lcm isqrt pow exp log log2 log10 sin cos tan asin ' +
    'acos atan atan2 degrees radians hypot dist comb perm prod fsum isclose isfinite isinf isnan copysign fmod ' +
    'modf remainder cbrt exp2'
  ).split(' '),
  random:
    'random randint randrange choice choices sample shuffle uniform seed gauss triangular getrandbits'.split(
      ' ',
    ),
  string:
    'ascii_letters ascii_lowercase ascii_uppercase digits hexdigits octdigits printable punctuation whitespace capwords'.split(
      ' ',
    ),
  time: 'time sleep perf_counter monotonic localtime gmtime strftime strptime ctime asctime mktime process_time'.split(
    ' ',
  ),
  statistics:
    'mean median mode multimode stdev pstdev variance pvariance fmean geometric_mean harmonic_mean quantiles median_low median_high'.split(
      ' ',
    ),
  datetime: 'date time datetime timedelta timezone MINYEAR MAXYEAR'.split(' '),
  os: 'getcwd listdir mkdir makedirs remove rename rmdir path environ sep linesep walk'.split(' '),
  sys: 'argv exit path version platform stdin stdout stderr maxsize getsizeof setrecursionlimit getrecursionlimit'.split(
    ' ',
  ),
  json: 'dumps loads dump load JSONDecodeError'.split(' '),
  collections: 'Counter defaultdict deque namedtuple OrderedDict ChainMap'.split(' '),
  itertools:
    'count cycle repeat accumulate chain combinations permutations product groupby islice zip_longest'.split(
      ' ',
    ),
};
