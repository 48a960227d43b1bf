"""Meeting lists: the Meeting Guide format read, the one fetch from a typed address, and lists kept in the
data."""
