"""The main window's views, one module each; ``view_base`` is what they share."""
