def test_creates_the_file():
    """creates the file"""
    got = log('first.log', 'started')
    assert got == 1, f"the first log line should be number 1, got {got!r}"
    with open('first.log', encoding='utf-8') as f:
        content = f.read()
    assert content == '1: started\n', f"first.log should contain '1: started\\n', got {content!r}"


def test_numbering_continues():
    """numbering continues"""
    log('run.log', 'started')
    got = log('run.log', 'working')
    assert got == 2, f"the second call should return 2, got {got!r}"
    with open('run.log', encoding='utf-8') as f:
        content = f.read()
    assert content == '1: started\n2: working\n', f"run.log should contain '1: started\\n2: working\\n', got {content!r}"


def test_many_lines():
    """many lines"""
    for i in range(1, 11):
        got = log('many.log', f'event {i}')
    assert got == 10, f"the tenth call should return 10, got {got!r}"
    with open('many.log', encoding='utf-8') as f:
        lines = f.read().splitlines()
    assert lines[-1] == '10: event 10' and len(lines) == 10, f"expected 10 lines ending with '10: event 10', got {lines!r}"


def test_existing_content_is_kept():
    """existing content is kept"""
    with open('old.log', 'w', encoding='utf-8') as f:
        f.write('written by someone else\n')
    got = log('old.log', 'hello')
    assert got == 2, f"the file already had 1 line, so log() should return 2, got {got!r}"
    with open('old.log', encoding='utf-8') as f:
        content = f.read()
    assert content == 'written by someone else\n2: hello\n', f"append, do not overwrite: expected 'written by someone else\\n2: hello\\n', got {content!r}"


def test_two_files_are_numbered_separately():
    """two files are numbered separately"""
    log('a.log', 'one')
    log('a.log', 'two')
    got = log('b.log', 'alpha')
    assert got == 1, f"b.log is a new file, so its first line should be number 1, got {got!r}: count the lines of the file instead of using a global counter"
