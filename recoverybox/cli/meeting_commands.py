"""``recoverybox meetings``: load a list, list and add meetings. No Qt here."""

from __future__ import annotations

import json
import sys
from argparse import Namespace

from recoverybox.cli.common import fail, with_services
from recoverybox.cli.speech import translate
from recoverybox.core.app.services import Services
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError


def _meeting_list_id(services: Services, name: str | None) -> int | None:
    """The kept list a ``--list`` names (its number or name, any case); None for all lists."""
    if not name:
        return None
    lists = services.meeting_lists.lists()
    for info in lists:
        if name == str(info.id) or name.casefold() == info.name.casefold():
            return info.id
    names = ", ".join(f"{info.id} ({info.name})" for info in lists) or "none yet"
    raise ValidationError(
        "list",
        QT_TRANSLATE_NOOP("errors", "No kept meeting list is called “{name}”. Kept lists: {names}."),
        name=name,
        names=names,
    )


@with_services(writes=lambda args: args.meetings_command in ("load", "add"))
def meetings(args: Namespace, services: Services) -> int:
    """``meetings load FILE|URL`` / ``meetings list [filters] [--json]`` / ``meetings add SLUG``."""
    from recoverybox.core.meetings.feed_fields import is_web_address

    lists = services.meeting_lists
    if args.meetings_command == "load":
        if is_web_address(args.source):
            print(translate("CLI", "Fetching {source} …").format(source=args.source), file=sys.stderr)
        result = lists.load_source(args.source, args.fellowship)
        info = next(i for i in lists.lists() if i.id == result.list_id)
        if result.reloaded:
            print(translate("CLI", "Reloaded “{name}” (list {id}).").format(name=info.name, id=info.id))
        else:
            print(translate("CLI", "Loaded “{name}” (list {id}).").format(name=info.name, id=info.id))
        print(_summary(result))
        if result.in_week and args.update_added:
            updated = len(lists.apply_changes(result.list_id).ids)
            print(translate("CLI", "Updated %n meeting(s) in your week, from their next date on.", None, updated))
        elif result.in_week:
            print(translate("CLI", "Nothing in your week was changed; run again with --update-added to update them."))
        return 0
    if args.meetings_command == "add":
        list_id, meeting = lists.find(args.slug, _meeting_list_id(services, args.list_name))
        from recoverybox.cli.speech import problem

        lists.speak_with(problem)  # the notes written into the event in the person's language
        event_id = lists.add_to_week(list_id, meeting.slug).id
        print(
            translate("CLI", "Added “{name}” to your week, every {value} (event {event_id}).").format(
                name=meeting.name, value=_days_text(meeting.days), event_id=event_id
            )
        )
        return 0
    return _list_meetings(args, services)


def _days_text(days: tuple[int, ...]) -> str:
    from recoverybox.core.meetings.feed_fields import DAY_NAMES

    return ", ".join(DAY_NAMES[day] for day in days)


def _list_meetings(args: Namespace, services: Services) -> int:
    from recoverybox.core.meetings.feed_fields import DAY_NAMES
    from recoverybox.core.meetings.listings import MeetingFilter, filter_listings
    from recoverybox.core.meetings.type_codes import type_code, type_words

    lists = services.meeting_lists
    if not lists.lists():
        return fail(
            translate("CLI", "no meeting list is kept yet; load one with `recoverybox meetings load FILE|URL`.")
        )
    wanted = MeetingFilter(
        day=args.day,
        attendance="online" if args.online else "in_person" if args.in_person else "both",
        types=frozenset(type_code(code) for code in args.types),
        text=args.text,
    )
    found = filter_listings(lists.listings(_meeting_list_id(services, args.list_name)), wanted)
    zone = services.zone
    if args.json:
        # Written a meeting at a time (the same text as one json.dumps of the whole list): 50,000 meetings
        # never stand in memory twice over as dicts and one long string.
        out = sys.stdout
        out.write("[")
        for index, listing in enumerate(found):
            meeting = listing.meeting
            row = {
                "slug": meeting.slug,
                "name": meeting.name,
                "day": listing.user_day,
                "time": f"{listing.start:%H:%M}",
                "end_time": f"{listing.end:%H:%M}",
                "timezone": zone.key,
                "meeting_day": listing.day,
                "meeting_time": f"{meeting.time:%H:%M}",
                "meeting_end_time": f"{meeting.end_time:%H:%M}",
                "meeting_timezone": meeting.timezone,
                "types": list(meeting.types),
                "online": meeting.online,
                "in_person": meeting.in_person,
                "temporarily_closed": meeting.closed,
                "conference_url": meeting.conference_url or None,
                "conference_phone": meeting.conference_phone or None,
                "location": meeting.location or None,
                "address": meeting.address or None,
                "region": meeting.region or None,
            }
            text = json.dumps(row, indent=2, ensure_ascii=False).replace("\n", "\n  ")
            out.write(("," if index else "") + "\n  " + text)
        out.write("\n]\n" if found else "]\n")
        return 0
    shown = len(found)
    print(translate("CLI", "%n meeting time(s), in {key}:", None, shown).format(key=zone.key))
    for listing in found:
        meeting = listing.meeting
        when = f"{DAY_NAMES[listing.user_day][:3]} {listing.start:%H:%M}–{listing.end:%H:%M}"
        own = f" ({DAY_NAMES[listing.day][:3]} {meeting.time:%H:%M} {meeting.timezone})" if listing.other_zone else ""
        where = "online" if meeting.online and not meeting.in_person else meeting.address or meeting.location
        closed = " [temporarily closed]" if meeting.closed else ""
        print(f"  {when}{own}  {meeting.name}{closed}  ·  {where}  ·  {type_words(meeting.types)}  [{meeting.slug}]")
    return 0


def _summary(result) -> str:  # noqa: ANN001 (a LoadResult)
    from recoverybox.cli.speech import said

    def made(result) -> str:  # noqa: ANN001
        from recoverybox.ui.ops.words import load_summary, week_text

        week = week_text(result)
        return load_summary(result.read) + (f"\n{week}" if week else "")

    return said(made, result)
