"""Which reminders fall due when (the Qt scheduler that fires them is ``recoverybox.reminders``)."""
