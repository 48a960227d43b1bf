"""Protection at rest: the passphrase, the recovery key and the key file that unlock the data key."""
