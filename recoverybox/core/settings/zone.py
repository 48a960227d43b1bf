"""Where the person is in time: their zone (their setting, else the system's), the clock, and today's date there."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from recoverybox.core.base.clock import Clock, local_today
from recoverybox.core.base.timezones import system_zone_name
from recoverybox.core.settings.service import SettingsService


class PersonsTime:
    """The person's zone and clock, as the services that count local days and hours need them."""

    def __init__(self, settings: SettingsService, clock: Clock) -> None:
        self.clock = clock
        self._settings = settings
        self._zone: ZoneInfo | None = None

    @property
    def zone_name(self) -> str:
        return self._settings.get("timezone") or system_zone_name()

    @property
    def zone(self) -> ZoneInfo:
        """The person's zone, read once and kept until ``zone_changed()``."""
        if self._zone is None:
            self._zone = ZoneInfo(self.zone_name)
        return self._zone

    def zone_changed(self) -> None:
        self._zone = None

    def today(self) -> date:
        return local_today(self.clock, self.zone)
