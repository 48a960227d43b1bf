"""Act on an application through its accessibility tree, as a screen reader user's tools do: find a control by
its role and accessible name, focus it, press it, toggle it, read its text. Run by the system Python 3 (Debian
``python3-pyatspi``) as a separate process that never imports RecoveryBox.

``python3 atspi_driver.py APP_NAME`` reads one JSON request a line on stdin and answers one JSON line:

    {"op": "tree"}                                   -> {"ok": true, "lines": [...]}   (role | name | text | showing)
    {"op": "find", "role": R, "name": N}             -> {"ok": true, "found": [{"role", "name", "text", "actions"}]}
    {"op": "act", "role": R, "name": N, "action": A} -> {"ok": true} or {"ok": false, "error": "..."}
    {"op": "text", "role": R, "name": N}             -> {"ok": true, "text": "..."}

``name`` matches exactly, or as a prefix when it ends with "*"; only showing objects are used, newest window
first (a dialog before the window under it). ``action`` is an AT-SPI action name ("Press", "SetFocus",
"Toggle") matched without case.
"""

import json
import sys

import pyatspi  # the system Python's (Debian python3-pyatspi)

LIMIT = 20000


def apps(wanted):
    """The application objects, read fresh: libatspi caches states, and Qt does not announce every change of
    SHOWING (a view hidden in a stack kept saying it was showing), so the cache is cleared and turned off."""
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and wanted in (app.name or "").lower():
            try:
                app.set_cache_mask(0)
                app.clear_cache()
            except Exception:
                pass
            yield app


def text_of(node):
    """The object's text, or else its description (what a screen reader reads after the name)."""
    try:
        content = node.queryText()
        return content.getText(0, min(content.characterCount, 2000))
    except Exception:
        try:
            return node.description or ""
        except Exception:
            return ""


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def walk(node, depth, out, visit, parent_showing=True):
    """Visit ``node`` and everything under it with whether it is on screen: its own SHOWING state and its
    parent's (Qt says the rows and cells of a list in a hidden view are showing; their view is not)."""
    if node is None or len(out) > LIMIT:
        return
    try:
        shown = parent_showing and showing(node)
        visit(node, depth, out, shown)
        for index in range(node.childCount):
            walk(node.getChildAtIndex(index), depth + 1, out, visit, shown)
    except Exception as error:  # an object that went away while being read
        out.append(("!", type(error).__name__))


def tree(wanted):
    out = []

    def visit(node, depth, found, shown):
        text = text_of(node)[:500]
        state = "showing" if shown else "-"
        found.append(f"{'  ' * depth}{node.getRoleName()} | {node.name or ''} | {text} | {state}")

    for app in apps(wanted):
        walk(app, 0, out, visit)
    return [line for line in out if isinstance(line, str)]


def matches(node, role, name):
    if role and node.getRoleName() != role:
        return False
    label = node.name or ""
    if name is None:
        return True
    if name.endswith("*"):
        return label.startswith(name[:-1])
    return label == name


def actions(node):
    try:
        action = node.queryAction()
        return [action.getName(i) for i in range(action.nActions)]
    except Exception:
        return []


def find(wanted, role, name):
    """Showing objects that match, from the most recently opened top-level window down."""
    found = []
    for app in apps(wanted):
        windows = [app.getChildAtIndex(i) for i in range(app.childCount)]
        for window in reversed(windows):
            out = []

            def visit(node, depth, hits, shown):
                if shown and matches(node, role, name):
                    hits.append(node)

            walk(window, 0, out, visit)
            found += [node for node in out if not isinstance(node, tuple)]
    return found


def describe(node):
    return {"role": node.getRoleName(), "name": node.name or "", "text": text_of(node)[:500], "actions": actions(node)}


def act(wanted, role, name, wanted_action):
    nodes = find(wanted, role, name)
    if not nodes:
        return {"ok": False, "error": f"no showing {role or 'object'} named {name!r}"}
    node = nodes[0]
    try:
        action = node.queryAction()
    except NotImplementedError:
        return {"ok": False, "error": f"{name!r} has no actions"}
    for index in range(action.nActions):
        if action.getName(index).lower() == wanted_action.lower():
            action.doAction(index)
            return {"ok": True}
    if wanted_action.lower() == "setfocus":
        try:
            if node.queryComponent().grabFocus():
                return {"ok": True}
        except Exception:
            pass
    return {"ok": False, "error": f"{name!r} has no action {wanted_action!r} (it has {actions(node)})"}


def answer(wanted, request):
    op = request.get("op")
    role, name = request.get("role"), request.get("name")
    if op == "tree":
        return {"ok": True, "lines": tree(wanted)}
    if op == "find":
        return {"ok": True, "found": [describe(node) for node in find(wanted, role, name)[:20]]}
    if op == "act":
        return act(wanted, role, name, request.get("action", "Press"))
    if op == "text":
        nodes = find(wanted, role, name)
        return {"ok": bool(nodes), "text": text_of(nodes[0]) if nodes else ""}
    return {"ok": False, "error": f"unknown op {op!r}"}


def main():
    wanted = sys.argv[1].lower()
    for line in sys.stdin:
        try:
            reply = answer(wanted, json.loads(line))
        except Exception as error:  # the tree changed under us; the caller retries
            reply = {"ok": False, "error": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
