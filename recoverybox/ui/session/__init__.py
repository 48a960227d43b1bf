"""The data session (who opens, locks and closes the data and runs what lives on it) and the small window
interface the parts around the window are written against."""
