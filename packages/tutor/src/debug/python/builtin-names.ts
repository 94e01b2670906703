/** Python's built-in names a beginner is likely to mean, in the order a misspelling should prefer them. */
export const builtinNames: readonly string[] = (
  'print input len range int str float list dict set tuple bool sum min max abs round sorted reversed enumerate ' +
  'zip map filter open type isinstance any all chr ord pow divmod help id iter next repr format super object ' +
  'hash callable getattr setattr hasattr bin hex True False None Exception ValueError TypeError KeyError ' +
  'IndexError NameError ZeroDivisionError AttributeError RuntimeError StopIteration FileNotFoundError exit quit'
).split(' ');
