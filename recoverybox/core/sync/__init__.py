"""Two-way sync with the person's CalDAV server, the connection to it and the password in the keyring."""
