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
