<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CLI</name>
        <message numerus="yes">
            <source>Exported %n event(s) to {file}.</source>
            <translation>
                <numerusform>Exported %n event to {file}.</numerusform>
                <numerusform>Exported %n events to {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n row(s).</source>
            <translation>
                <numerusform>Imported %n row.</numerusform>
                <numerusform>Imported %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n year(s) of demo data to {target}: {events} events, {check_ins} check-ins, {journal_entries} journal entries, {goals} goals.</source>
            <translation>
                <numerusform>Wrote %n year of demo data to {target}: {events} events, {check_ins} check-ins, {journal_entries} journal entries, {goals} goals.</numerusform>
                <numerusform>Wrote %n years of demo data to {target}: {events} events, {check_ins} check-ins, {journal_entries} journal entries, {goals} goals.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Updated %n meeting(s) in your week, from their next date on.</source>
            <translation>
                <numerusform>Updated %n meeting in your week, from their next date on.</numerusform>
                <numerusform>Updated %n meetings in your week, from their next date on.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting time(s), in {key}:</source>
            <translation>
                <numerusform>%n meeting time, in {key}:</numerusform>
                <numerusform>%n meeting times, in {key}:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) back in your calendar; the next sync sends them to the server again.</source>
            <translation>
                <numerusform>%n event back in your calendar; the next sync sends them to the server again.</numerusform>
                <numerusform>%n events back in your calendar; the next sync sends them to the server again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to settle: recoverybox sync conflicts</source>
            <translation>
                <numerusform>%n conflict to settle: recoverybox sync conflicts</numerusform>
                <numerusform>%n conflicts to settle: recoverybox sync conflicts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClockCard</name>
        <message numerus="yes">
            <source>%n day(s), {h} h {m:02d} min</source>
            <translation>
                <numerusform>%n day, {h} h {m:02d} min</numerusform>
                <numerusform>%n days, {h} h {m:02d} min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Next: {label} on {day}, %n day(s) to go</source>
            <translation>
                <numerusform>Next: {label} on {day}, %n day to go</numerusform>
                <numerusform>Next: {label} on {day}, %n days to go</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Longest stretch: %n day(s).</source>
            <translation>
                <numerusform>Longest stretch: %n day.</numerusform>
                <numerusform>Longest stretch: %n days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n starts, on average {average} days each. Every start counts.</source>
            <translation>
                <numerusform>%n starts, on average {average} days each. Every start counts.</numerusform>
                <numerusform>%n starts, on average {average} days each. Every start counts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message numerus="yes">
            <source>(%n more after this one.)</source>
            <translation>
                <numerusform>(%n more after this one.)</numerusform>
                <numerusform>(%n more after this one.)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message numerus="yes">
            <source>Exported %n event(s) to {path}.</source>
            <translation>
                <numerusform>Exported %n event to {path}.</numerusform>
                <numerusform>Exported %n events to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Loaded %n row(s) from the export.</source>
            <translation>
                <numerusform>Loaded %n row from the export.</numerusform>
                <numerusform>Loaded %n rows from the export.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message numerus="yes">
            <source>%n minute(s) before</source>
            <translation>
                <numerusform>%n minute before</numerusform>
                <numerusform>%n minutes before</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HabitHeatmap</name>
        <message numerus="yes">
            <source>%n day(s) done in the time shown</source>
            <translation>
                <numerusform>%n day done in the time shown</numerusform>
                <numerusform>%n days done in the time shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportNotes</name>
        <message numerus="yes">
            <source>%n event(s) had no UID: each was given one made from its contents, so importing this file again updates it ({titles}).</source>
            <translation>
                <numerusform>%n event had no UID: each was given one made from its contents, so importing this file again updates it ({titles}).</numerusform>
                <numerusform>%n events had no UID: each was given one made from its contents, so importing this file again updates it ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) were older copies of an event in the same file (same UID, lower SEQUENCE): the newest copy was kept ({titles}).</source>
            <translation>
                <numerusform>%n event were older copies of an event in the same file (same UID, lower SEQUENCE): the newest copy was kept ({titles}).</numerusform>
                <numerusform>%n events were older copies of an event in the same file (same UID, lower SEQUENCE): the newest copy was kept ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) had a changed occurrence for a date the series does not have: it was kept as an extra occurrence ({titles}).</source>
            <translation>
                <numerusform>%n event had a changed occurrence for a date the series does not have: it was kept as an extra occurrence ({titles}).</numerusform>
                <numerusform>%n events had a changed occurrence for a date the series does not have: it was kept as an extra occurrence ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) start on a date but end at a time of day, or the reverse: they were read as timed from midnight ({titles}).</source>
            <translation>
                <numerusform>%n event start on a date but end at a time of day, or the reverse: they were read as timed from midnight ({titles}).</numerusform>
                <numerusform>%n events start on a date but end at a time of day, or the reverse: they were read as timed from midnight ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) were changed from one date on (“this and following”): the series was split there in two ({titles}).</source>
            <translation>
                <numerusform>%n event were changed from one date on (“this and following”): the series was split there in two ({titles}).</numerusform>
                <numerusform>%n events were changed from one date on (“this and following”): the series was split there in two ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) ended before they started: their start and end were read the other way round ({titles}).</source>
            <translation>
                <numerusform>%n event ended before they started: their start and end were read the other way round ({titles}).</numerusform>
                <numerusform>%n events ended before they started: their start and end were read the other way round ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) had one of start and end in a time zone and the other without: both were read in that zone ({titles}).</source>
            <translation>
                <numerusform>%n event had one of start and end in a time zone and the other without: both were read in that zone ({titles}).</numerusform>
                <numerusform>%n events had one of start and end in a time zone and the other without: both were read in that zone ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) had a repeat rule with both an end date and a number of times, or a count below one: the end date was used ({titles}).</source>
            <translation>
                <numerusform>%n event had a repeat rule with both an end date and a number of times, or a count below one: the end date was used ({titles}).</numerusform>
                <numerusform>%n events had a repeat rule with both an end date and a number of times, or a count below one: the end date was used ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) had a repeat rule that gives no date after the first: they were read as single events ({titles}).</source>
            <translation>
                <numerusform>%n event had a repeat rule that gives no date after the first: they were read as single events ({titles}).</numerusform>
                <numerusform>%n events had a repeat rule that gives no date after the first: they were read as single events ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) use the time zone “{tzid}” defined in the file: RecoveryBox keeps them in {zone}, which has the same clock changes ({titles}).</source>
            <translation>
                <numerusform>%n event use the time zone “{tzid}” defined in the file: RecoveryBox keeps them in {zone}, which has the same clock changes ({titles}).</numerusform>
                <numerusform>%n events use the time zone “{tzid}” defined in the file: RecoveryBox keeps them in {zone}, which has the same clock changes ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) use the time zone “{tzid}” defined in the file, which no time zone RecoveryBox knows matches in every year: RecoveryBox keeps them in {zone}, the closest (the same time on their first date); check their times after a clock change ({titles}).</source>
            <translation>
                <numerusform>%n event use the time zone “{tzid}” defined in the file, which no time zone RecoveryBox knows matches in every year: RecoveryBox keeps them in {zone}, the closest (the same time on their first date); check their times after a clock change ({titles}).</numerusform>
                <numerusform>%n events use the time zone “{tzid}” defined in the file, which no time zone RecoveryBox knows matches in every year: RecoveryBox keeps them in {zone}, the closest (the same time on their first date); check their times after a clock change ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) use the time zone “{tzid}” defined in the file, which could not be matched: their times were kept ({titles}).</source>
            <translation>
                <numerusform>%n event use the time zone “{tzid}” defined in the file, which could not be matched: their times were kept ({titles}).</numerusform>
                <numerusform>%n events use the time zone “{tzid}” defined in the file, which could not be matched: their times were kept ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Could not be read, so left out: %n event(s).</source>
            <translation>
                <numerusform>Could not be read, so left out: %n event.</numerusform>
                <numerusform>Could not be read, so left out: %n events.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  • and %n more.</source>
            <translation>
                <numerusform>  • and %n more.</numerusform>
                <numerusform>  • and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new event(s)</source>
            <translation>
                <numerusform>%n new event</numerusform>
                <numerusform>%n new events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n existing event(s)</source>
            <translation>
                <numerusform>%n existing event</numerusform>
                <numerusform>%n existing events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message numerus="yes">
            <source>%n entries.</source>
            <translation>
                <numerusform>%n entry.</numerusform>
                <numerusform>%n entries.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n urge(s) logged this week. Each one you noticed is one you met.</source>
            <translation>
                <numerusform>%n urge logged this week. Each one you noticed is one you met.</numerusform>
                <numerusform>%n urges logged this week. Each one you noticed is one you met.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingsView</name>
        <message numerus="yes">
            <source>%n meeting(s) read.</source>
            <translation>
                <numerusform>%n meeting read.</numerusform>
                <numerusform>%n meetings read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n by appointment (no day or time) not listed.</source>
            <translation>
                <numerusform>%n by appointment (no day or time) not listed.</numerusform>
                <numerusform>%n by appointment (no day or time) not listed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gave no time zone; your own zone was used for them.</source>
            <translation>
                <numerusform>%n gave no time zone; your own zone was used for them.</numerusform>
                <numerusform>%n gave no time zone; your own zone was used for them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s):</source>
            <translation>
                <numerusform>%n problem:</numerusform>
                <numerusform>%n problems:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… and %n more.</numerusform>
                <numerusform>… and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) in your week changed in the list:</source>
            <translation>
                <numerusform>%n meeting in your week changed in the list:</numerusform>
                <numerusform>%n meetings in your week changed in the list:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s), loaded {when} from the web: {source}</source>
            <translation>
                <numerusform>%n meeting, loaded {when} from the web: {source}</numerusform>
                <numerusform>%n meetings, loaded {when} from the web: {source}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s), loaded {when} from a file: {source}</source>
            <translation>
                <numerusform>%n meeting, loaded {when} from a file: {source}</numerusform>
                <numerusform>%n meetings, loaded {when} from a file: {source}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing {shown} of %n meeting time(s), in your time zone ({zone}).</source>
            <translation>
                <numerusform>Showing {shown} of %n meeting time, in your time zone ({zone}).</numerusform>
                <numerusform>Showing {shown} of %n meeting times, in your time zone ({zone}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The list gives %n meeting(s) you added a new time, place or link:

{lines}

Update them in your week, from their next date on? Dates gone by stay as they were.</source>
            <translation>
                <numerusform>The list gives %n meeting you added a new time, place or link:

{lines}

Update them in your week, from their next date on? Dates gone by stay as they were.</numerusform>
                <numerusform>The list gives %n meetings you added a new time, place or link:

{lines}

Update them in your week, from their next date on? Dates gone by stay as they were.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Updated %n meeting(s) in your week.</source>
            <translation>
                <numerusform>Updated %n meeting in your week.</numerusform>
                <numerusform>Updated %n meetings in your week.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) by appointment (no day or time).</source>
            <translation>
                <numerusform>%n meeting by appointment (no day or time).</numerusform>
                <numerusform>%n meetings by appointment (no day or time).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message numerus="yes">
            <source>{clock}: %n day(s), {start} to {end}</source>
            <translation>
                <numerusform>{clock}: %n day, {start} to {end}</numerusform>
                <numerusform>{clock}: %n days, {start} to {end}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderCard</name>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderPopup</name>
        <message numerus="yes">
            <source>%n reminder(s)</source>
            <translation>
                <numerusform>%n reminder</numerusform>
                <numerusform>%n reminders</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <source>{detail} (and %n more)</source>
            <translation>
                <numerusform>{detail} (and %n more)</numerusform>
                <numerusform>{detail} (and %n more)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Starts in %n day(s)</source>
            <translation>
                <numerusform>Starts in %n day</numerusform>
                <numerusform>Starts in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Starts in %n hour(s)</source>
            <translation>
                <numerusform>Starts in %n hour</numerusform>
                <numerusform>Starts in %n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Starts in %n minute(s)</source>
            <translation>
                <numerusform>Starts in %n minute</numerusform>
                <numerusform>Starts in %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RepeatRows</name>
        <message numerus="yes">
            <source>Every %n day(s)</source>
            <translation>
                <numerusform>Every %n day</numerusform>
                <numerusform>Every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n week(s) on {days}</source>
            <translation>
                <numerusform>Every %n week on {days}</numerusform>
                <numerusform>Every %n weeks on {days}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n month(s)</source>
            <translation>
                <numerusform>Every %n month</numerusform>
                <numerusform>Every %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n month(s) on day {day}</source>
            <translation>
                <numerusform>Every %n month on day {day}</numerusform>
                <numerusform>Every %n months on day {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n year(s) on {day}</source>
            <translation>
                <numerusform>Every %n year on {day}</numerusform>
                <numerusform>Every %n years on {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rule}, from {date}, %n time(s)</source>
            <translation>
                <numerusform>{rule}, from {date}, %n time</numerusform>
                <numerusform>{rule}, from {date}, %n times</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SoberTime</name>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncRunner</name>
        <message numerus="yes">
            <source>; %n deleted on the server, kept in “Deleted by sync”</source>
            <translation>
                <numerusform>; %n deleted on the server, kept in “Deleted by sync”</numerusform>
                <numerusform>; %n deleted on the server, kept in “Deleted by sync”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n server event(s) could not be read and were left alone</source>
            <translation>
                <numerusform>; %n server event could not be read and were left alone</numerusform>
                <numerusform>; %n server events could not be read and were left alone</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sent</source>
            <translation>
                <numerusform>%n sent</numerusform>
                <numerusform>%n sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n received</source>
            <translation>
                <numerusform>%n received</numerusform>
                <numerusform>%n received</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation>
                <numerusform>%n deleted</numerusform>
                <numerusform>%n deleted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in conflict</source>
            <translation>
                <numerusform>%n in conflict</numerusform>
                <numerusform>%n in conflict</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsPage</name>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n change waiting to be sent.</numerusform>
                <numerusform>%n changes waiting to be sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message numerus="yes">
            <source>· %n-week streak</source>
            <translation>
                <numerusform>· %n-week streak</numerusform>
                <numerusform>· %n-week streak</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>· %n-day streak</source>
            <translation>
                <numerusform>· %n-day streak</numerusform>
                <numerusform>· %n-day streak</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message numerus="yes">
            <source>%n day(s) before</source>
            <translation>
                <numerusform>%n day before</numerusform>
                <numerusform>%n days before</numerusform>
            </translation>
        </message>
    </context>
</TS>
