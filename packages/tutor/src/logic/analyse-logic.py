"""Finds classic logic mistakes in student.py with Python's own ast, without running it.

Runs inside the sandbox (the student's code is untrusted data here, only parsed). Prints one line:
RESULT_PREFIX followed by a JSON list of findings {kind, line, name, confidence, detail}.
"""

import ast
import builtins
import json

RESULT_PREFIX = "__LEARNFLOW_LOGIC__"
MUTATORS = {"append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse", "add", "update",
            "discard", "setdefault", "popitem"}
SHADOWED = {"list", "str", "sum", "max", "min", "input", "dict", "len", "print", "int", "float", "set",
            "tuple", "type", "id", "sorted", "range", "abs", "round", "map", "filter", "open", "any", "all"}
METHODS = {"upper", "lower", "strip", "lstrip", "rstrip", "split", "title", "capitalize", "isdigit",
           "isalpha", "isnumeric", "isupper", "islower", "close", "sort", "reverse", "keys", "values",
           "items", "copy", "read", "readline", "readlines", "pop", "clear", "join", "replace"}
EXITS = (ast.Return, ast.Break, ast.Continue, ast.Raise)
# Methods of str that return a new string and leave the original unchanged.
NEW_STRING = {"upper", "lower", "strip", "lstrip", "rstrip", "replace", "title", "capitalize", "swapcase"}
# Names that hold the latest item on purpose, so `last = n` in a loop is what was meant.
KEEPS_LATEST = {"last", "prev", "previous", "current", "latest", "item", "value", "line", "word", "char"}
# `if item > best: best = item` keeps the largest; (comparison, the item's side) -> what the branch keeps.
KEEPS_BEST = {(ast.Gt, 0): "largest", (ast.GtE, 0): "largest", (ast.Lt, 0): "smallest", (ast.LtE, 0): "smallest",
              (ast.Gt, 1): "smallest", (ast.GtE, 1): "smallest", (ast.Lt, 1): "largest", (ast.LtE, 1): "largest"}
findings = []


def add(kind, node, name, confidence, **detail):
    findings.append({"kind": kind, "line": node.lineno, "name": name, "confidence": confidence,
                     "detail": {k: str(v) for k, v in detail.items()}})


def own_nodes(func):
    """The nodes of a function body, without those of functions or classes nested in it."""
    stack = list(func.body)
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            stack.extend(ast.iter_child_nodes(node))


def names_loaded(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def names_changed(body):
    changed = set()
    for node in (n for stmt in body for n in ast.walk(stmt)):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            changed.add(node.id)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if isinstance(node.func.value, ast.Name) and node.func.attr in MUTATORS:
                changed.add(node.func.value.id)
        elif isinstance(node, (ast.Subscript, ast.Attribute)) and isinstance(node.ctx, (ast.Store, ast.Del)):
            base = node.value
            while isinstance(base, (ast.Subscript, ast.Attribute)):
                base = base.value
            if isinstance(base, ast.Name):
                changed.add(base.id)
    return changed


def check_functions(tree, parents):
    funcs = {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    used = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in funcs:
            if not isinstance(parents.get(node), ast.Expr):
                used.setdefault(node.func.id, node)
    for name, func in funcs.items():
        if isinstance(parents.get(func), ast.ClassDef):
            continue
        body = list(own_nodes(func))
        if any(isinstance(n, (ast.Return, ast.Yield, ast.YieldFrom)) and getattr(n, "value", None) is not None
               for n in body) or name not in used:
            continue
        prints = [n for n in body if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "print"]
        if prints:
            add("print-instead-of-return", prints[0], name, 0.9, function=name, callLine=used[name].lineno)
        else:
            add("no-return", func, name, 0.85, function=name, callLine=used[name].lineno)


def check_methods(node):
    for method in node.body:
        if not isinstance(method, ast.FunctionDef):
            continue
        decorators = {d.id for d in method.decorator_list if isinstance(d, ast.Name)}
        if decorators & {"staticmethod", "classmethod"}:
            continue
        params = [a.arg for a in method.args.posonlyargs + method.args.args]
        if not params:
            add("missing-self", method, method.name, 0.95, cls=node.name)
        elif params[0] != "self" and "self" in names_loaded(method):
            add("missing-self", method, method.name, 0.9, cls=node.name, first=params[0])


def check_while(node):
    test = node.test
    exits = any(isinstance(n, (ast.Break, ast.Return, ast.Raise)) for s in node.body for n in ast.walk(s))
    calls = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("exit", "quit")
                for s in node.body for n in ast.walk(s))
    if exits or calls:
        return
    if isinstance(test, ast.Constant):
        if test.value:
            add("while-never-ends", node, "True", 0.9, condition=ast.unparse(test))
        return
    variables = sorted(names_loaded(test) - set(dir(builtins)))
    if variables and not (set(variables) & names_changed(node.body)):
        user_calls = any(isinstance(n, ast.Call) for s in node.body for n in ast.walk(s)
                         if not (isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "print"))
        add("while-never-ends", node, variables[0], 0.6 if user_calls else 0.85,
            condition=ast.unparse(test), variables=", ".join(variables))


def check_loop_runs(node):
    """Every loop is a candidate for a body that never runs; only the traced run can tell (confirm-with-trace.ts)."""
    first = node.body[0].lineno
    if first == node.lineno or (isinstance(node, ast.While) and isinstance(node.test, ast.Constant)):
        return
    if isinstance(node, ast.For):
        names = sorted(names_loaded(node.iter) - set(dir(builtins)))
        add("loop-never-runs", node, ast.unparse(node.iter), 0.0, bodyLine=first, loop="for",
            iterable=ast.unparse(node.iter), variables=", ".join(names))
        return
    names = sorted(names_loaded(node.test) - set(dir(builtins)))
    flipped = {ast.Lt: ">", ast.LtE: ">=", ast.Gt: "<", ast.GtE: "<="}
    test = node.test
    detail = {"bodyLine": first, "loop": "while", "condition": ast.unparse(test), "variables": ", ".join(names)}
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in flipped:
        detail["flipped"] = f"{ast.unparse(test.left)} {flipped[type(test.ops[0])]} {ast.unparse(test.comparators[0])}"
    add("loop-never-runs", node, names[0] if names else ast.unparse(test), 0.0, **detail)


def check_for(node):
    body_nodes = [n for s in node.body for n in ast.walk(s)]
    it = node.iter
    if isinstance(it, ast.Name):
        for n in body_nodes:
            mutates = (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                       and isinstance(n.func.value, ast.Name) and n.func.value.id == it.id
                       and n.func.attr in {"remove", "append", "pop", "insert", "extend", "clear"})
            deletes = (isinstance(n, ast.Delete) and any(isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)
                                                        and t.value.id == it.id for t in n.targets))
            if mutates or deletes:
                add("modify-while-iterating", n, it.id, 0.9, method=getattr(getattr(n, "func", None), "attr", "del"))
                break
    last = node.body[-1]
    always_returns = isinstance(last, ast.Return) or (
        isinstance(last, ast.If) and last.orelse and isinstance(last.body[-1], ast.Return)
        and isinstance(last.orelse[-1], ast.Return))
    if always_returns and not node.orelse:
        ending = last.orelse[-1] if isinstance(last, ast.If) else last
        add("return-in-loop", ending, ast.unparse(node.target), 0.85 if isinstance(last, ast.If) else 0.8)
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range":
        check_range(node, it, body_nodes)


def is_empty_start(value):
    """0, 0.0, "", [], {} or set(): the start of a total, a count, a text or a collection built up in a loop."""
    if isinstance(value, ast.Constant):
        return value.value in (0, "") and not isinstance(value.value, bool)
    if isinstance(value, ast.Call):
        return getattr(value.func, "id", None) in ("list", "dict", "set") and not value.args and not value.keywords
    return isinstance(value, (ast.List, ast.Dict)) and not (getattr(value, "elts", None) or getattr(value, "keys", None))


def added_to(name, start, value):
    """How one pass should add `value` to the collection or total `name` that started as `start`."""
    kind = getattr(start.func, "id", None) if isinstance(start, ast.Call) else type(start).__name__
    if kind in ("List", "list"):
        return (f"{name}.append({ast.unparse(value.elts[0])})"
                if isinstance(value, ast.List) and len(value.elts) == 1 else f"{name}.append(...)")
    if kind in ("Dict", "dict"):
        return (f"{name}[{ast.unparse(value.keys[0])}] = {ast.unparse(value.values[0])}"
                if isinstance(value, ast.Dict) and len(value.keys) == 1 and value.keys[0] is not None
                else f"{name}[key] = value")
    if kind == "set":
        return (f"{name}.add({ast.unparse(value.elts[0])})"
                if isinstance(value, ast.Set) and len(value.elts) == 1 else f"{name}.add(...)")
    return f"{name} += {ast.unparse(value)}"


def check_overwritten(loop, parents):
    """`total = 0` before a loop, `total = n` straight in its body: each pass replaces the total."""
    block, index = block_around(loop, parents)
    if block is None:
        return
    starts = {stmt.targets[0].id: stmt for stmt in block[:index]
              if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
              and isinstance(stmt.targets[0], ast.Name) and is_empty_start(stmt.value)}
    targets = names_loaded_or_stored(loop.target) if isinstance(loop, ast.For) else set()
    updated = {n.target.id for n in ast.walk(loop) if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name)}
    read_after = reads_after(block, index)
    for stmt in loop.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            continue
        name = stmt.targets[0].id
        used = names_loaded(stmt.value)
        if (name in starts and name not in used and name not in updated and name not in KEEPS_LATEST
                and name in read_after and (not targets or targets & used)):
            start = starts[name].value
            add("overwritten-total", stmt, name, 0.75, value=ast.unparse(stmt.value), start=ast.unparse(start),
                startLine=starts[name].lineno, loopLine=loop.lineno, fix=added_to(name, start, stmt.value))


def is_list_display(node):
    """`[...]`, `{...}` or `[0] * 3`: a new mutable value each time it is evaluated."""
    return isinstance(node, (ast.List, ast.Dict)) or (isinstance(node, ast.BinOp) and isinstance(node.left, ast.List))


def check_shared_rows(tree):
    """`grid = [[0] * 3] * 3` (or `[[]] * n`), then one row changed: every row is the same list."""
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            continue
        value = node.value
        if not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult) and isinstance(value.left, ast.List)
                and len(value.left.elts) == 1 and is_list_display(value.left.elts[0])):
            continue
        name = node.targets[0].id
        for use in ast.walk(tree):
            row = use.value if isinstance(use, ast.Subscript) and isinstance(use.ctx, ast.Store) else (
                use.func.value if isinstance(use, ast.Call) and isinstance(use.func, ast.Attribute)
                and use.func.attr in MUTATORS else None)
            if isinstance(row, ast.Subscript) and isinstance(row.value, ast.Name) and row.value.id == name:
                add("shared-rows", node, name, 0.85, expression=ast.unparse(value), changeLine=use.lineno,
                    row=ast.unparse(value.left.elts[0]), times=ast.unparse(value.right))
                break


def check_collection_not_item(loop):
    """`for word in words:` whose body uses `words`, the whole collection, and never `word`."""
    if not (isinstance(loop.target, ast.Name) and isinstance(loop.iter, ast.Name)) or loop.target.id == "_":
        return
    item, collection = loop.target.id, loop.iter.id
    uses = [n for stmt in loop.body for n in ast.walk(stmt)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id in (item, collection)]
    if uses and all(n.id == collection for n in uses) and collection not in names_changed(loop.body):
        add("collection-not-item", uses[0], collection, 0.8, item=item, loopLine=loop.lineno)


def check_print_after_loop(loop, parents):
    """`result = name.upper()` on each pass, `print(result)` just after the loop: only the last pass is shown."""
    block, index = block_around(loop, parents)
    if block is None or index + 1 >= len(block):
        return
    after = block[index + 1]
    if not (isinstance(after, ast.Expr) and isinstance(after.value, ast.Call)
            and getattr(after.value.func, "id", None) == "print"):
        return
    printed = names_loaded(after)
    targets = names_loaded_or_stored(loop.target)
    loaded = set().union(*(names_loaded(stmt) for stmt in loop.body))
    started = {name for stmt in block[:index] if isinstance(stmt, ast.Assign)
               for target in stmt.targets for name in names_loaded_or_stored(target)}
    for stmt in loop.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            continue
        name = stmt.targets[0].id
        if (name in printed and name not in loaded and name not in started and name not in KEEPS_LATEST
                and targets & names_loaded(stmt.value)):
            add("print-after-loop", after, name, 0.65, assignLine=stmt.lineno, loopLine=loop.lineno)
            return


def check_extreme_start(loop, parents):
    """`biggest = 0` before `for n in nums: if n > biggest: biggest = n`: with only negative numbers (or, for the
    smallest, only positive ones) the if never holds. Proposed with confidence 0; the traced run confirms it."""
    block, index = block_around(loop, parents)
    if block is None or not isinstance(loop.target, ast.Name):
        return
    item = loop.target.id
    starts = {stmt.targets[0].id: stmt.value for stmt in block[:index]
              if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
              and isinstance(stmt.value, ast.Constant) and type(stmt.value.value) in (int, float)}
    for stmt in loop.body:
        if not (isinstance(stmt, ast.If) and isinstance(stmt.test, ast.Compare) and len(stmt.test.ops) == 1):
            continue
        test = stmt.test
        sides = (ast.unparse(test.left), ast.unparse(test.comparators[0]))
        if item not in sides:
            continue
        at = sides.index(item)
        name = sides[1 - at]
        wanted = KEEPS_BEST.get((type(test.ops[0]), at))
        assigned = next((s for s in stmt.body if isinstance(s, ast.Assign) and len(s.targets) == 1
                         and ast.unparse(s.targets[0]) == name and ast.unparse(s.value) == item), None)
        if name in starts and assigned is not None and wanted is not None:
            add("extreme-start-value", stmt, name, 0.0, bodyLine=assigned.lineno, start=ast.unparse(starts[name]),
                iterable=ast.unparse(loop.iter), wanted=wanted,
                variables=", ".join(sorted(names_loaded(loop.iter) - set(dir(builtins)))))


def check_reset_in_loop(loop, parents):
    """`count = 0` (or `items = []`) as a statement of the loop's own body, counted up (or appended to) in it,
    read only after it."""
    block, index = block_around(loop, parents)
    if block is None:
        return
    read_after = reads_after(block, index)
    loaded = set().union(*(names_loaded(stmt) for stmt in loop.body))
    for stmt in loop.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                and is_empty_start(stmt.value)):
            continue
        name = stmt.targets[0].id
        counted = any(isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name) and n.target.id == name
                      for n in ast.walk(loop))
        if counted and name not in loaded and name in read_after:
            add("reset-in-loop", stmt, name, 0.8, start=ast.unparse(stmt.value), loopLine=loop.lineno,
                built="counted")
        elif isinstance(stmt.value, ast.List) and name in read_after and only_built_up(loop, name):
            add("reset-in-loop", stmt, name, 0.8, start="[]", loopLine=loop.lineno, built="collected")


def only_built_up(loop, name):
    """`name` is read in the loop only to add to it (`name.append(x)`), at least once."""
    reads = [n for n in ast.walk(loop) if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)]
    added = [n for n in ast.walk(loop) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
             and isinstance(n.func.value, ast.Name) and n.func.value.id == name
             and n.func.attr in ("append", "extend", "insert")]
    return bool(added) and len(reads) == len(added)


def block_around(stmt, parents):
    """The list of statements that holds `stmt`, and its index there; (None, -1) when there is none."""
    parent = parents.get(stmt)
    block = next((getattr(parent, field) for field in ("body", "orelse", "finalbody")
                  if stmt in (getattr(parent, field, None) or [])), None)
    return (block, block.index(stmt)) if block is not None else (None, -1)


def reads_after(block, index):
    """The names read by the statements after `block[index]`."""
    return set().union(*(names_loaded(stmt) for stmt in block[index + 1:]))


def names_loaded_or_stored(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def check_range(node, call, body_nodes):
    args = call.args
    target = node.target.id if isinstance(node.target, ast.Name) else None
    if target is None:
        return
    indexed = [n for n in body_nodes if isinstance(n, ast.Subscript) and target in names_loaded(n.slice)]
    stop = args[-1] if len(args) in (1, 2) else None
    if (isinstance(stop, ast.BinOp) and isinstance(stop.op, ast.Sub) and isinstance(stop.right, ast.Constant)
            and stop.right.value == 1 and isinstance(stop.left, ast.Call)
            and getattr(stop.left.func, "id", None) == "len"):
        ahead = any(isinstance(n.slice, ast.BinOp) and isinstance(n.slice.op, ast.Add) for n in indexed)
        if not ahead:
            add("range-off-by-one", call, target, 0.75, range=ast.unparse(call), missing="last item")
    elif (len(args) == 2 and isinstance(args[0], ast.Constant) and args[0].value == 1
          and isinstance(args[1], ast.Name) and not indexed):
        add("range-off-by-one", call, target, 0.6, range=ast.unparse(call), stop=args[1].id, missing="last number")


def check_expr_statement(node):
    value = node.value
    if isinstance(value, ast.Compare) and len(value.ops) == 1 and isinstance(value.ops[0], ast.Eq) \
            and isinstance(value.left, (ast.Name, ast.Attribute, ast.Subscript)):
        add("compare-as-statement", node, ast.unparse(value.left), 0.9, statement=ast.unparse(value))
    elif isinstance(value, ast.Attribute) and value.attr in METHODS:
        add("method-not-called", node, ast.unparse(value), 0.9, method=value.attr)
    elif isinstance(value, ast.Name) and value.id in FUNCTION_NAMES:
        add("method-not-called", node, value.id, 0.9, method=value.id)
    elif isinstance(value, ast.BinOp) and isinstance(value.left, (ast.Name, ast.Subscript, ast.Attribute)):
        add("result-discarded", node, ast.unparse(value.left), 0.85, expression=ast.unparse(value),
            fix=f"{ast.unparse(value.left)} = {ast.unparse(value)}")
    elif isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr in NEW_STRING \
            and isinstance(value.func.value, ast.Name):
        target = value.func.value.id
        add("result-discarded", node, target, 0.8, expression=ast.unparse(value),
            fix=f"{target} = {ast.unparse(value)}")
    elif isinstance(value, ast.Call) and getattr(value.func, "id", None) == "sorted" and value.args \
            and isinstance(value.args[0], ast.Name):
        target = value.args[0].id
        add("result-discarded", node, target, 0.85, expression=ast.unparse(value),
            fix=f"{target} = {ast.unparse(value)}` (or `{target}.sort()")


def check_condition(test):
    if isinstance(test, ast.NamedExpr) and isinstance(test.value, ast.Constant):
        add("walrus-in-condition", test, test.target.id, 0.85, value=ast.unparse(test.value))
    elif isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        for value in test.values[1:]:
            if isinstance(value, ast.Constant) and isinstance(value.value, (str, int)) and value.value not in (0, ""):
                first = test.values[0]
                compared = first.left if isinstance(first, ast.Compare) else first
                add("or-always-true", test, ast.unparse(compared), 0.85, condition=ast.unparse(test),
                    constant=ast.unparse(value))
                break
    elif isinstance(test, ast.Attribute) and test.attr in METHODS:
        add("method-not-called", test, ast.unparse(test), 0.85, method=test.attr)


def check_node(node, parents):
    if isinstance(node, ast.FunctionDef):
        for arg, default in zip(reversed(node.args.args), reversed(node.args.defaults)):
            if isinstance(default, (ast.List, ast.Dict, ast.Set)) and arg.arg in names_changed(node.body):
                add("mutable-default", default, arg.arg, 0.9, function=node.name)
    if isinstance(node, ast.ClassDef):
        check_methods(node)
    if isinstance(node, ast.While):
        check_while(node)
    if isinstance(node, ast.For):
        check_for(node)
        check_print_after_loop(node, parents)
        check_extreme_start(node, parents)
        check_collection_not_item(node)
    if isinstance(node, (ast.For, ast.While)):
        check_loop_runs(node)
        check_overwritten(node, parents)
        check_reset_in_loop(node, parents)
    if isinstance(node, (ast.If, ast.While)):
        check_condition(node.test)
    if isinstance(node, ast.Expr):
        check_expr_statement(node)
    if isinstance(node, ast.Compare):
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Is, ast.IsNot)) and isinstance(right, ast.Constant) \
                    and right.value not in (None, True, False, ...):
                add("is-literal", node, ast.unparse(node.left), 0.9, literal=ast.unparse(right),
                    op="is not" if isinstance(op, ast.IsNot) else "is")
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.FloorDiv) and isinstance(node.right, ast.Call) \
            and getattr(node.right.func, "id", None) == "len":
        add("floor-division", node, ast.unparse(node.left), 0.7, expression=ast.unparse(node))
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "int" and node.args \
            and isinstance(node.args[0], ast.BinOp) and isinstance(node.args[0].op, ast.Div):
        add("int-of-division", node, ast.unparse(node.args[0]), 0.55, expression=ast.unparse(node))
    check_precedence(node)
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
        for arg in node.args:
            if isinstance(arg, ast.Attribute) and arg.attr in METHODS:
                add("method-not-called", arg, ast.unparse(arg), 0.85, method=arg.attr)
    for body in ("body", "orelse", "finalbody"):
        statements = getattr(node, body, None)
        if isinstance(statements, list):
            for i, stmt in enumerate(statements[:-1]):
                if isinstance(stmt, EXITS):
                    after = statements[i + 1]
                    add("unreachable-code", after, type(stmt).__name__.lower(), 0.95, exitLine=stmt.lineno)
                    break


def check_inputs(tree):
    """Text from input() used in arithmetic, or compared with a number, without int() or float()."""
    texts = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                and getattr(node.value.func, "id", None) == "input":
            texts.update(t.id for t in node.targets if isinstance(t, ast.Name))
    converted = {t.id for n in ast.walk(tree) if isinstance(n, ast.Assign)
                 and isinstance(n.value, ast.Call) and getattr(n.value.func, "id", None) in ("int", "float")
                 for t in n.targets if isinstance(t, ast.Name)}
    texts -= converted
    check_input_compared(tree, texts)
    quoted = digits_in_quotes(tree)
    texts |= quoted
    for node in ast.walk(tree):
        if isinstance(node, (ast.BinOp, ast.AugAssign)) and isinstance(node.op, (ast.Add, ast.Mult)):
            left = node.target if isinstance(node, ast.AugAssign) else node.left
            right = node.value if isinstance(node, ast.AugAssign) else node.right
            sides = [s.id for s in (left, right) if isinstance(s, ast.Name) and s.id in texts]
            numeric = [s for s in (left, right) if isinstance(s, ast.Constant) and type(s.value) in (int, float)]
            if sides and (len(sides) == 2 or numeric):
                fails = bool(numeric) and isinstance(node.op, ast.Add)
                add("input-not-converted", node, sides[0], 0.9, expression=ast.unparse(node),
                    outcome="fails" if fails else "joins", source="quotes" if sides[0] in quoted else "input")
                return


def assigned_once(tree):
    """Each name given a value by exactly one plain assignment, and nothing else (no loop, `+=` or `with`), with it."""
    values = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                for name in names_loaded_or_stored(target):
                    values.setdefault(name, []).append(node.value if isinstance(target, ast.Name) else None)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.For, ast.withitem, ast.NamedExpr, ast.comprehension)):
            target = node.optional_vars if isinstance(node, ast.withitem) else getattr(node, "target", None)
            for name in names_loaded_or_stored(target) if target is not None else ():
                values.setdefault(name, []).append(None)
    return {name: assigned[0] for name, assigned in values.items() if len(assigned) == 1 and assigned[0] is not None}


def digits_in_quotes(tree):
    """Names given a number written in quotes (`a = "10"`) and nothing else: text that looks like a number."""
    return {name for name, value in assigned_once(tree).items() if isinstance(value, ast.Constant)
            and isinstance(value.value, str) and value.value.strip().lstrip("-").replace(".", "", 1).isdigit()}


def texts_of(node, known):
    """The strings a literal (or a name given one once) holds: "ann" -> ["ann"], ["Ann", "Bob"] -> both; else None."""
    node = known.get(node.id, node) if isinstance(node, ast.Name) else node
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)) and node.elts \
            and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        return [e.value for e in node.elts]
    return None


def check_case_mismatch(tree):
    """`"ann" in ["Ann", "Bob"]` or `word == "Yes"` with `word = "yes"`: texts that differ only in capitals."""
    known = assigned_once(tree)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Compare) and len(node.ops) == 1
                and isinstance(node.ops[0], (ast.Eq, ast.NotEq, ast.In, ast.NotIn))):
            continue
        left, right = texts_of(node.left, known), texts_of(node.comparators[0], known)
        if not left or not right or len(left) != 1:
            continue
        text = left[0]
        same_letters = [other for other in right if other != text and other.casefold() == text.casefold()]
        if same_letters and text not in right:
            add("case-mismatch", node, ast.unparse(node.left), 0.85, text=repr(text), other=repr(same_letters[0]),
                expression=ast.unparse(node))


def numeric_names(tree):
    """Names given a number (a literal, int()/float()/len()/randint(), arithmetic on those) or a list of numbers."""
    numeric, lists = set(), set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            continue
        if is_number(node.value, numeric):
            numeric.add(node.targets[0].id)
        elif isinstance(node.value, (ast.List, ast.Tuple, ast.Set)) and node.value.elts \
                and all(is_number(e, set()) for e in node.value.elts):
            lists.add(node.targets[0].id)
    return numeric, lists


def is_number(node, numeric):
    if isinstance(node, ast.Constant):
        return type(node.value) in (int, float)
    if isinstance(node, ast.Name):
        return node.id in numeric
    if isinstance(node, ast.UnaryOp):
        return is_number(node.operand, numeric)
    if isinstance(node, ast.BinOp):
        return is_number(node.left, numeric) and is_number(node.right, numeric)
    if isinstance(node, ast.Call):
        called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
        return called in ("int", "float", "len", "randint", "randrange", "round", "abs")
    return False


def check_input_compared(tree, texts):
    """Text from input() compared with ==, != or in against numbers: the answer is never equal."""
    numeric, lists = numeric_names(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare) or len(node.ops) != 1:
            continue
        op, left, right = node.ops[0], node.left, node.comparators[0]
        if isinstance(op, (ast.Eq, ast.NotEq)):
            pairs = [(left, right), (right, left)]
            for text, other in pairs:
                if isinstance(text, ast.Name) and text.id in texts and is_number(other, numeric):
                    add("input-compared-to-number", node, text.id, 0.85, expression=ast.unparse(node),
                        number=ast.unparse(other))
                    return
        elif isinstance(op, (ast.In, ast.NotIn)) and isinstance(left, ast.Name) and left.id in texts:
            numbers = (isinstance(right, ast.Name) and right.id in lists) or (
                isinstance(right, (ast.List, ast.Tuple, ast.Set)) and right.elts
                and all(is_number(e, set()) for e in right.elts))
            if numbers:
                add("input-compared-to-number", node, left.id, 0.85, expression=ast.unparse(node),
                    number=ast.unparse(right))
                return


def added_terms(node):
    """The terms of a chain a + b + c, left to right."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return added_terms(node.left) + [node.right]
    return [node]


def is_average(division):
    """`sum(xs) / len(xs)` or `total / len(xs)`."""
    top, bottom = division.left, division.right
    counted = isinstance(bottom, ast.Call) and getattr(bottom.func, "id", None) == "len"
    summed = (isinstance(top, ast.Call) and getattr(top.func, "id", None) == "sum") or (
        isinstance(top, ast.Name) and ("total" in top.id or "sum" in top.id))
    return counted and summed


def check_precedence(node):
    """`a + b + c / 3` (only c is divided) and `total / len(xs) - 1` (the 1 comes off the quotient)."""
    if not isinstance(node, ast.BinOp):
        return
    if isinstance(node.op, ast.Add) and isinstance(node.right, ast.BinOp) and isinstance(node.right.op, ast.Div):
        divisor = node.right.right
        terms = added_terms(node.left) + [node.right.left]
        # A bracketed divided term, `low + (high - low) / 2`, was grouped on purpose.
        if isinstance(divisor, ast.Constant) and divisor.value == len(terms) \
                and not isinstance(node.right.left, ast.BinOp):
            whole = " + ".join(ast.unparse(t) for t in terms)
            add("operator-precedence", node, ast.unparse(node.right), 0.85, expression=ast.unparse(node),
                first=ast.unparse(node.right), fix=f"({whole}) / {ast.unparse(divisor)}")
    elif isinstance(node.op, (ast.Add, ast.Sub)) and isinstance(node.left, ast.BinOp) \
            and isinstance(node.left.op, ast.Div) and isinstance(node.right, ast.Constant) \
            and is_average(node.left):
        sign = "+" if isinstance(node.op, ast.Add) else "-"
        divisor = f"({ast.unparse(node.left.right)} {sign} {ast.unparse(node.right)})"
        add("operator-precedence", node, ast.unparse(node.left), 0.6, expression=ast.unparse(node),
            first=ast.unparse(node.left), fix=f"{ast.unparse(node.left.left)} / {divisor}")


def check_shadowing(tree):
    called = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    seen = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names = [node.id]
        elif isinstance(node, ast.FunctionDef):
            names = [node.name] + [a.arg for a in node.args.args]
        for name in names:
            if name in SHADOWED and name not in seen:
                seen.add(name)
                add("shadowed-builtin", node, name, 0.85 if name in called else 0.6)


with open("student.py", encoding="utf-8") as handle:
    source = handle.read()
try:
    tree = ast.parse(source, "student.py")
except SyntaxError:
    tree = None
if tree is not None:
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    FUNCTION_NAMES = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    check_functions(tree, parents)
    for each in ast.walk(tree):
        check_node(each, parents)
    check_inputs(tree)
    check_shared_rows(tree)
    check_case_mismatch(tree)
    check_shadowing(tree)
print(RESULT_PREFIX + json.dumps({"parsed": tree is not None, "findings": findings}))
