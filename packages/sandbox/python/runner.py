"""LearnFlow sandbox runner: runs inside bubblewrap, before any untrusted code.

Protocol: write b"ready\\n" on fd 3 once warm; read one request (marshal format, until EOF) on fd 0; write
the request's files into the private temp dir; apply the limits; run the student's code (or the entry harness);
write one JSON line of results on fd 3 (a trace that reached its cap goes out early, on a line of its own); exit
with the program's exit code. The student owns this process once their code runs, so the host treats these lines
as advisory and validates them.
"""
import atexit
import builtins
import io
import marshal
import os
import reprlib
import resource
import sys
import types

META_FD = 3
WORKDIR = '/tmp'
# Address space kept back from the student so a MemoryError can still be reported.
MEMORY_RESERVE = 8 << 20
MAX_STEPS = 2000
TRACE_BUDGET = 2_000_000
RUNNER_GLOBALS = globals()


# json and traceback cost more to import than the interpreter takes to start: results are written by hand,
# and traceback is imported only when there is an error to report.
ESCAPES = {code: f'\\u{code:04x}' for code in range(32)}
ESCAPES.update({ord('"'): '\\"', ord('\\'): '\\\\'})


def to_json(value):
    if value is None:
        return 'null'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dict):
        return '{' + ','.join(f'{to_json(str(k))}:{to_json(v)}' for k, v in value.items()) + '}'
    if isinstance(value, (list, tuple)):
        return '[' + ','.join(map(to_json, value)) + ']'
    return '"' + str(value).translate(ESCAPES) + '"'


def send(value):
    # A lone surrogate becomes the text \udcxx, which JSON reads back as that same escape.
    write_all(META_FD, to_json(value).encode('utf-8', 'backslashreplace') + b'\n')


def write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class CappedOutput(io.TextIOBase):
    """Unbuffered, so what was printed before a time-out is kept; stops writing one byte past the cap."""

    encoding = 'utf-8'
    errors = 'backslashreplace'

    def __init__(self, fd, cap, name, keep):
        super().__init__()
        self._fd = fd
        self._cap = cap
        self._name = name
        self._sent = 0
        self._keep = keep
        self.text = ''
        self.buffer = CappedBytes(self)

    @property
    def name(self):
        return self._name

    def writable(self):
        return True

    def isatty(self):
        return False

    def fileno(self):
        return self._fd

    def flush(self):
        pass

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        self.emit(s.encode('utf-8', 'backslashreplace'))
        if self._keep and len(self.text) < self._cap:
            self.text += s[: self._cap - len(self.text)]
        return len(s)

    def emit(self, data):
        if self._sent > self._cap or not data:
            return
        data = data[: self._cap + 1 - self._sent]
        self._sent += len(data)
        try:
            write_all(self._fd, data)
        except OSError:
            self._sent = self._cap + 1


class CappedBytes:
    def __init__(self, owner):
        self._owner = owner

    def write(self, data):
        self._owner.emit(bytes(data))
        return len(data)

    def flush(self):
        pass


SHORT = reprlib.Repr()
SHORT.maxstring = SHORT.maxother = 60
SHORT.maxlist = SHORT.maxtuple = SHORT.maxset = SHORT.maxfrozenset = SHORT.maxdeque = SHORT.maxdict = 10
SHORT.maxlevel = 3


def short_repr(value):
    if isinstance(value, types.FunctionType):
        return f'<function {value.__qualname__}>'
    if isinstance(value, type):
        return f'<class {value.__qualname__}>'
    if isinstance(value, types.ModuleType):
        return f'<module {value.__name__}>'
    try:
        text = SHORT.repr(value)
    except BaseException:
        text = '<unprintable>'
    return text if len(text) <= 120 else text[:117] + '...'


def variables(mapping):
    out = {}
    for name, value in list(mapping.items()):
        if name.startswith('__') and name.endswith('__'):
            continue
        if len(out) == 50:
            out['...'] = 'more variables not shown'
            break
        out[name] = short_repr(value)
    return out


class Tracer:
    """sys.settrace hook recording the student's frames only, like Python Tutor."""

    def __init__(self, files, stdout):
        self.files = files
        self.stdout = stdout
        self.steps = []
        self.truncated = False
        self.sent = False
        self.size = 0

    def on_call(self, frame, event, arg):
        if self.truncated or frame.f_code.co_filename not in self.files:
            return None
        if frame.f_code.co_name != '<module>':
            self.record(frame, 'call', arg)
        return self.on_event

    def on_event(self, frame, event, arg):
        if self.truncated:
            return None
        if event in ('line', 'return', 'exception'):
            self.record(frame, event, arg)
        return self.on_event

    def send(self):
        # Sent as soon as the cap is reached: a program that then loops forever still has its trace.
        self.sent = True
        send({'trace': {'steps': self.steps, 'truncated': self.truncated}})

    def record(self, frame, event, arg):
        if len(self.steps) >= MAX_STEPS or self.size > TRACE_BUDGET:
            self.truncated = True
            sys.settrace(None)
            self.send()
            return
        local_vars = {} if frame.f_code.co_name == '<module>' else variables(frame.f_locals)
        if event == 'return':
            local_vars['__return__'] = short_repr(arg)
        elif event == 'exception':
            local_vars['__exception__'] = f'{arg[0].__name__}: {short_repr(arg[1])}'
        global_vars = variables(frame.f_globals)
        out = self.stdout.text
        self.size += 64 + len(out) + sum(len(k) + len(v) for k, v in (*local_vars.items(), *global_vars.items()))
        self.steps.append(
            {
                'line': frame.f_lineno,
                'event': event,
                'function': frame.f_code.co_name,
                'locals': local_vars,
                'globals': global_vars,
                'stdout': out,
            }
        )


def describe(exc, files):
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_globals is RUNNER_GLOBALS:
        tb = tb.tb_next
    exc.__traceback__ = tb
    # The tracer's own frames after the student's (a RecursionError raised inside the tracer) are not theirs.
    last = None
    walk = tb
    while walk is not None:
        if walk.tb_frame.f_globals is not RUNNER_GLOBALS:
            last = walk
        walk = walk.tb_next
    if last is not None:
        last.tb_next = None
    line = None
    walk = tb
    while walk is not None:
        if walk.tb_frame.f_code.co_filename in files:
            line = walk.tb_lineno
        walk = walk.tb_next
    if isinstance(exc, SyntaxError) and exc.filename in files and exc.lineno:
        line = exc.lineno
    try:
        message = exc.msg if isinstance(exc, SyntaxError) else str(exc)
    except BaseException:
        message = ''
    try:
        import traceback

        text = ''.join(traceback.format_exception(type(exc), exc, tb))
    except BaseException:
        text = f'{type(exc).__name__}: {message}\n'
    return {'type': type(exc).__name__, 'message': message, 'line': line, 'traceback': text}


def exit_status(exc, stderr):
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    stderr.write(f'{code}\n')
    return 1


def vm_size():
    try:
        with open('/proc/self/statm') as f:
            return int(f.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError):
        return 64 << 20


def apply_limits(limits):
    memory = vm_size() + limits['memoryBytes']
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory + MEMORY_RESERVE))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = int(usage.ru_utime + usage.ru_stime + limits['cpuTimeMs'] / 1000 + 0.999)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    for name, value in (
        ('RLIMIT_NPROC', limits['processes']),
        ('RLIMIT_FSIZE', limits['fileSizeBytes']),
        ('RLIMIT_NOFILE', limits['openFiles']),
        ('RLIMIT_CORE', 0),
        ('RLIMIT_MEMLOCK', 0),
        ('RLIMIT_MSGQUEUE', 0),
    ):
        resource.setrlimit(getattr(resource, name), (value, value))


def release_reserve():
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))


def finish():
    threading = sys.modules.get('threading')
    if threading is not None:
        threading._shutdown()
    atexit._run_exitfuncs()


def run(request):
    entry = request.get('entry')
    student_file = 'student.py' if entry else 'main.py'
    main_file = entry or student_file
    files = {student_file, os.path.join(WORKDIR, student_file)}
    os.chdir(WORKDIR)
    for name, content in {**(request.get('files') or {}), student_file: request['code']}.items():
        with open(name, 'w', encoding='utf-8') as f:
            f.write(content)
    limits = request['limits']
    stdout = CappedOutput(1, limits['outputBytes'], '<stdout>', bool(request.get('trace')))
    stderr = CappedOutput(2, limits['outputBytes'], '<stderr>', False)
    sys.stdout = sys.__stdout__ = stdout
    sys.stderr = sys.__stderr__ = stderr
    sys.stdin = sys.__stdin__ = io.StringIO(request.get('stdin') or '')
    sys.argv = [main_file]
    sys.path.insert(0, WORKDIR)
    module = types.ModuleType('__main__')
    module.__file__ = main_file
    module.__builtins__ = builtins
    sys.modules['__main__'] = module
    tracer = Tracer(files, stdout) if request.get('trace') else None
    with open(main_file, encoding='utf-8') as f:
        source = f.read()
    exit_code, error, memory = 0, None, False
    apply_limits(limits)
    try:
        try:
            code = compile(source, main_file, 'exec', dont_inherit=True)
            if tracer is not None:
                sys.settrace(tracer.on_call)
            try:
                exec(code, module.__dict__)
            finally:
                sys.settrace(None)
        finally:
            finish()
    except SystemExit as exc:
        exit_code = exit_status(exc, stderr)
    except BaseException as exc:
        release_reserve()
        if isinstance(exc, MemoryError):
            memory = True
            module.__dict__.clear()
        error = describe(exc, files)
        stderr.write(error['traceback'])
        exit_code = 1
    release_reserve()
    trace = None
    if tracer is not None and not tracer.sent:
        trace = {'steps': tracer.steps, 'truncated': tracer.truncated}
    meta = {'exitCode': exit_code, 'error': error, 'memoryError': memory, 'trace': trace}
    send(meta)
    os._exit(exit_code)


def main():
    # Descriptors the host process happened to inherit must not reach the student.
    os.closerange(META_FD + 1, resource.getrlimit(resource.RLIMIT_NOFILE)[0])
    write_all(META_FD, b'ready\n')
    data = sys.stdin.buffer.read()
    if not data:
        os._exit(0)
    try:
        run(marshal.loads(data))
    except BaseException as exc:
        os.write(2, f'sandbox runner failed: {type(exc).__name__}: {exc}\n'.encode())
        os._exit(70)


main()
