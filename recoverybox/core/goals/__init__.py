"""Goals, check-ins, the aggregates kept with them, streaks, habit strength and the Progress figures."""
