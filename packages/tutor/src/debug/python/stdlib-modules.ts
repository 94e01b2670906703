/** The standard library's public modules (Python 3.11): the only modules the sandbox can import. */
export const stdlibModules: ReadonlySet<string> = new Set(
  (
    'abc argparse array ast asyncio atexit base64 bdb binascii bisect builtins bz2 cProfile calendar cmath cmd ' +
    'code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy ' +
    'copyreg csv ctypes dataclasses datetime dbm decimal difflib dis doctest email enum errno faulthandler ' +
    'filecmp fileinput fnmatch fractions ftplib functools gc getopt getpass gettext glob graphlib gzip hashlib ' +
    'heapq hmac html http imaplib importlib inspect io ipaddress itertools json keyword linecache locale logging ' +
    'lzma mailbox marshal math mimetypes modulefinder multiprocessing netrc numbers opcode operator optparse os ' +
    'pathlib pdb pickle pickletools pkgutil platform plistlib poplib pprint profile pstats py_compile pyclbr ' +
    'pydoc queue quopri random re reprlib rlcompleter runpy sched secrets shelve shlex shutil signal site smtplib ' +
    'socket socketserver sqlite3 ssl stat statistics string stringprep struct subprocess symtable sys sysconfig ' +
    'tabnanny tarfile tempfile textwrap threading time timeit token tokenize tomllib trace traceback tracemalloc ' +
    'types typing unicodedata unittest urllib uuid warnings wave weakref webbrowser wsgiref xml xmlrpc zipapp ' +
    'zipfile zlib zoneinfo'
  ).split(' '),
);
