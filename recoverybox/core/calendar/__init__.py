"""Events and their occurrences: recurrence in local time, changes to one occurrence or the following ones,
and iCalendar files in and out with their time zones."""
