"""PDF exports drawn with Qt's printing support."""
