"""Calendar sync in the window: when it runs (``runner``) and Settings › Sync (``settings_page``)."""
