"""Dialogs: each validates through core and shows messages beside the field they concern."""
