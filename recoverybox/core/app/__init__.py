"""The rooms put together: opening the data and the services the window and the command line use, and
the demo data."""
