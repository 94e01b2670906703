"""LearnFlow mutant maker (standard library only). Runs in the sandbox, never on the host.

Reads the reference solution from student.py, makes small wrong versions of it with Python's own
``ast`` and prints one line: RESULT_PREFIX + JSON list of
  {"kind": str, "line": int, "change": str, "code": str}
in a stable order (source order within each kind, the kinds interleaved), at most MAX_MUTANTS
(read from stdin) of them, each compiling and differing from the reference.
"""

import ast
import copy
import json
import sys

RESULT_PREFIX = "@@learnflow-mutants@@ "
SNIPPET_CAP = 60

FLIPPED = {ast.Lt: ast.Gt, ast.Gt: ast.Lt, ast.LtE: ast.GtE, ast.GtE: ast.LtE, ast.Eq: ast.NotEq,
           ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is}
BOUNDARY = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt}
ARITHMETIC = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
              ast.FloorDiv: ast.Div, ast.Mod: ast.FloorDiv, ast.Pow: ast.Mult}
# Calls whose result is the first argument made tidier: dropping them breaks a stated rule
# (rounding, absolute value, order) while the code still runs.
DROPPABLE_FUNCTIONS = {"round", "abs", "sorted"}
DROPPABLE_METHODS = {"strip", "lstrip", "rstrip", "lower", "upper", "title", "capitalize", "casefold"}
# Calls easily confused with another that still runs: a test of the stated rule tells them apart.
SWAPPED_FUNCTIONS = {"int": "float", "float": "int", "min": "max", "max": "min", "any": "all", "all": "any"}
SWAPPED_METHODS = {"isalpha": "isalnum", "isalnum": "isalpha", "isdigit": "isnumeric", "lower": "upper",
                   "upper": "lower", "lstrip": "strip", "rstrip": "strip"}
BOOLEAN_METHODS = {"isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "isnumeric",
                   "startswith", "endswith", "isdecimal", "isidentifier"}
KINDS = ["off-by-one", "flipped-comparison", "dropped-branch", "constant-return", "wrong-edge-case",
         "dropped-call", "swapped-call", "swapped-operator"]


def snippet(node):
    text = " ".join(ast.unparse(node).split())
    return text if len(text) <= SNIPPET_CAP else text[: SNIPPET_CAP - 3] + "..."


def looks_boolean(node):
    if isinstance(node, (ast.Compare, ast.BoolOp)):
        return True
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return True
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        return name in BOOLEAN_METHODS or name in {"isinstance", "any", "all", "bool"}
    return False


def is_exit(statement):
    return isinstance(statement, (ast.Return, ast.Raise, ast.Continue, ast.Break))


class Finder(ast.NodeVisitor):
    """Collects (kind, line, change, edit) where ``edit(node)`` mutates a copy's node in place."""

    def __init__(self):
        self.found = []
        self.functions = []

    def add(self, kind, node, change, path, edit):
        self.found.append((kind, node.lineno, change, path, edit))

    def generic_visit(self, node):
        for field, value in ast.iter_fields(node):
            if isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, ast.AST):
                        item._lf_path = node._lf_path + ((field, index),)
                        self.visit(item)
            elif isinstance(value, ast.AST):
                value._lf_path = node._lf_path + ((field, None),)
                self.visit(value)

    def visit_JoinedStr(self, node):
        # Inside an f-string only the replaced expressions are code; their constants are messages.
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                value._lf_path = node._lf_path + (("values", node.values.index(value)),)
                self.visit(value)

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, int) and not isinstance(value, bool):
            for delta in (1, -1):
                def edit(target, delta=delta):
                    target.value = target.value + delta
                self.add("off-by-one", node, f"{value} becomes {value + delta}", node._lf_path, edit)

    def visit_Compare(self, node):
        for index, op in enumerate(node.ops):
            for table, kind in ((BOUNDARY, "off-by-one"), (FLIPPED, "flipped-comparison")):
                replacement = table.get(type(op))
                if replacement is None:
                    continue
                def edit(target, index=index, replacement=replacement):
                    target.ops[index] = replacement()
                mutated = copy.deepcopy(node)
                edit(mutated)
                self.add(kind, node, f"`{snippet(node)}` becomes `{snippet(mutated)}`", node._lf_path, edit)
        self.generic_visit(node)

    def visit_BinOp(self, node):
        replacement = ARITHMETIC.get(type(node.op))
        formats_text = isinstance(node.left, ast.Constant) and isinstance(node.left.value, str)
        if replacement is not None and not formats_text:
            def edit(target, replacement=replacement):
                target.op = replacement()
            mutated = copy.deepcopy(node)
            edit(mutated)
            self.add("swapped-operator", node, f"`{snippet(node)}` becomes `{snippet(mutated)}`",
                     node._lf_path, edit)
        self.generic_visit(node)

    def visit_BoolOp(self, node):
        def edit(target):
            target.op = ast.Or() if isinstance(target.op, ast.And) else ast.And()
        mutated = copy.deepcopy(node)
        edit(mutated)
        self.add("wrong-edge-case", node, f"`{snippet(node)}` becomes `{snippet(mutated)}`", node._lf_path, edit)
        self.generic_visit(node)

    def visit_If(self, node):
        guard = bool(node.body) and is_exit(node.body[-1])
        kind = "wrong-edge-case" if guard else "dropped-branch"
        what = "the edge case" if guard else "the branch"

        def drop_body(target):
            target.body = [ast.Pass()]
        self.add(kind, node, f"{what} `if {snippet(node.test)}:` is skipped", node._lf_path, drop_body)
        if node.orelse and not (len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If)):
            def drop_else(target):
                target.orelse = []
            self.add("dropped-branch", node.orelse[0], f"the `else` of `if {snippet(node.test)}:` is skipped",
                     node._lf_path, drop_else)
        self.generic_visit(node)

    def visit_comprehension(self, node):
        for index, condition in enumerate(node.ifs):
            def edit(target, index=index):
                del target.ifs[index]
            self.add("dropped-branch", condition, f"the filter `if {snippet(condition)}` is dropped",
                     node._lf_path, edit)
        self.generic_visit(node)

    def visit_Try(self, node):
        for index, handler in enumerate(node.handlers):
            def edit(target, index=index):
                target.handlers[index].body = [ast.Raise()]
            caught = snippet(handler.type) if handler.type is not None else "everything"
            self.add("wrong-edge-case", handler, f"the `except {caught}` handler re-raises instead",
                     node._lf_path, edit)
        self.generic_visit(node)

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Name) and func.id in DROPPABLE_FUNCTIONS and node.args:
            self.add_drop_call(node, lambda target: target.args[0])
        elif isinstance(func, ast.Attribute) and func.attr in DROPPABLE_METHODS:
            self.add_drop_call(node, lambda target: target.func.value)
        if isinstance(func, ast.Name) and func.id in SWAPPED_FUNCTIONS:
            self.add_swap_call(node, "id", SWAPPED_FUNCTIONS[func.id])
        elif isinstance(func, ast.Attribute) and func.attr in SWAPPED_METHODS:
            self.add_swap_call(node, "attr", SWAPPED_METHODS[func.attr])
        self.generic_visit(node)

    def add_swap_call(self, node, field, name):
        def edit(target):
            setattr(target.func, field, name)
        mutated = copy.deepcopy(node)
        edit(mutated)
        self.add("swapped-call", node, f"`{snippet(node)}` becomes `{snippet(mutated)}`", node._lf_path, edit)

    def add_drop_call(self, node, inner):
        self.add("dropped-call", node, f"`{snippet(node)}` becomes `{snippet(inner(node))}`", node._lf_path,
                 ("replace", inner))

    def visit_FunctionDef(self, node):
        returns = [n for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None]
        constants = []
        if any(looks_boolean(n.value) for n in returns):
            constants += [True, False]
        for n in returns:
            if isinstance(n.value, ast.Constant) and n.value.value not in constants:
                constants.append(n.value.value)
        has_docstring = bool(node.body) and isinstance(node.body[0], ast.Expr) and isinstance(
            getattr(node.body[0], "value", None), ast.Constant)
        for constant in constants[:3]:
            def edit(target, constant=constant):
                kept = target.body[:1] if has_docstring else []
                target.body = kept + [ast.Return(value=ast.Constant(value=constant))]
            self.add("constant-return", node, f"`{node.name}` always returns {constant!r}", node._lf_path, edit)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef


def locate(tree, path):
    """The node at ``path`` in ``tree``, with its parent slot."""
    parent, slot, node = None, None, tree
    for field, index in path:
        parent, slot = node, (field, index)
        value = getattr(node, field)
        node = value[index] if index is not None else value
    return node, parent, slot


def apply(tree, path, edit):
    mutated = copy.deepcopy(tree)
    node, parent, slot = locate(mutated, path)
    if isinstance(edit, tuple):
        replacement = edit[1](node)
        field, index = slot
        if index is None:
            setattr(parent, field, replacement)
        else:
            getattr(parent, field)[index] = replacement
    else:
        edit(node)
    return ast.unparse(ast.fix_missing_locations(mutated))


def interleave(found):
    by_kind = {kind: [item for item in found if item[0] == kind] for kind in KINDS}
    order = []
    while any(by_kind.values()):
        for kind in KINDS:
            if by_kind[kind]:
                order.append(by_kind[kind].pop(0))
    return order


def main():
    limit = int(sys.stdin.read().strip() or "30")
    with open("student.py", encoding="utf-8") as handle:
        source = handle.read()
    tree = ast.parse(source)
    tree._lf_path = ()
    finder = Finder()
    finder.visit(tree)
    reference = ast.unparse(tree)
    seen = {reference}
    mutants = []
    candidates = interleave(finder.found)
    for kind, line, change, path, edit in candidates:
        if len(mutants) >= limit:
            break
        try:
            code = apply(tree, path, edit)
            compile(code, "mutant.py", "exec")
        except (SyntaxError, ValueError, TypeError, AttributeError, IndexError):
            continue
        if code in seen:
            continue
        seen.add(code)
        mutants.append({"kind": kind, "line": line, "change": change, "code": code + "\n"})
    print(RESULT_PREFIX + json.dumps({"mutants": mutants, "candidates": len(candidates)}))


if __name__ == "__main__":
    main()
