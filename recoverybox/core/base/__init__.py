"""What every room stands on: the clock, errors a person can cause, typed input, long-work reports, text
folding, the system zone and the one network rule. Imports no other room."""
