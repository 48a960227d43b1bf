"""Print what a screen reader can read of one application over AT-SPI: a line per accessible object,
``role | name | text | showing``. Run by the system Python 3 (Debian ``python3-pyatspi``), never importing
RecoveryBox: it sees what assistive technology sees. ``python3 atspi_tree.py APP_NAME``."""

import sys

import pyatspi  # the system Python's (Debian python3-pyatspi)

LIMIT = 20000


def walk(node, depth, out):
    if node is None or len(out) > LIMIT:
        return
    try:
        text = ""
        try:
            content = node.queryText()
            text = content.getText(0, min(content.characterCount, 500))
        except NotImplementedError:
            pass
        except Exception:
            pass
        showing = node.getState().contains(pyatspi.STATE_SHOWING)
        out.append(f"{'  ' * depth}{node.getRoleName()} | {node.name or ''} | {text} | {'showing' if showing else '-'}")
        for index in range(node.childCount):
            walk(node.getChildAtIndex(index), depth + 1, out)
    except Exception as error:  # an object that went away while being read
        out.append(f"{'  ' * depth}! {type(error).__name__}")


def main():
    wanted = sys.argv[1].lower()
    desktop = pyatspi.Registry.getDesktop(0)
    out = []
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and wanted in (app.name or "").lower():
            walk(app, 0, out)
    print("\n".join(out))
    return 0 if out else 3


if __name__ == "__main__":
    sys.exit(main())
