"""How the window changes data: ``perform`` runs every write (long ones off the GUI thread with ``Operation``),
shows a problem in ``words`` and announces the ``Changes`` on ``changes_hub()``."""
