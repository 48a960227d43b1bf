"""Sober-since clocks, daily reflections, the pledge and review, the urge log and the relapse plan."""
