<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
