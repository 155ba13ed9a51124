<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<!-- English plural forms only ("1 attendee shown", "2 attendees shown"): the English text is the source;
     without this catalogue every count read "attendee(s)". Regenerate with: pyside6-lupdate -pluralonly. -->
<context>
    <name>AttendeesScreen</name>
    <message numerus="yes">
        <source>%n attendee(s) shown</source>
        <translation>
            <numerusform>%n attendee shown</numerusform>
            <numerusform>%n attendees shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgesScreen</name>
    <message numerus="yes">
        <source>Badge already printed %n time(s)</source>
        <translation>
            <numerusform>Badge already printed %n time</numerusform>
            <numerusform>Badge already printed %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) print right to left; look at the first such badge: </source>
        <translation>
            <numerusform>%n name prints right to left; look at the first such badge: </numerusform>
            <numerusform>%n names print right to left; look at the first such badge: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) need a look before printing: </source>
        <translation>
            <numerusform>%n name needs a look before printing: </numerusform>
            <numerusform>%n names need a look before printing: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayCloseScreen</name>
    <message numerus="yes">
        <source>%n hand-out(s) not returned</source>
        <translation>
            <numerusform>%n hand-out not returned</numerusform>
            <numerusform>%n hand-outs not returned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s) not yet sent (see Sync back)</source>
        <translation>
            <numerusform>%n arrival not yet sent (see Sync back)</numerusform>
            <numerusform>%n arrivals not yet sent (see Sync back)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportButtons</name>
    <message numerus="yes">
        <source>%n name(s) need a look before printing: </source>
        <translation>
            <numerusform>%n name needs a look before printing: </numerusform>
            <numerusform>%n names need a look before printing: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message numerus="yes">
        <source>%n row(s) skipped (red)</source>
        <translation>
            <numerusform>%n row skipped (red)</numerusform>
            <numerusform>%n rows skipped (red)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) (yellow)</source>
        <translation>
            <numerusform>%n warning (yellow)</numerusform>
            <numerusform>%n warnings (yellow)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) keep the venue's correction</source>
        <translation>
            <numerusform>%n field keeps the venue's correction</numerusform>
            <numerusform>%n fields keep the venue's correction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked cancelled</source>
        <translation>
            <numerusform>%n marked cancelled</numerusform>
            <numerusform>%n marked cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message numerus="yes">
        <source>%n more notice(s) waiting</source>
        <translation>
            <numerusform>%n more notice waiting</numerusform>
            <numerusform>%n more notices waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message numerus="yes">
        <source> · %n job(s) waiting</source>
        <translation>
            <numerusform> · %n job waiting</numerusform>
            <numerusform> · %n jobs waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) queued</source>
        <translation>
            <numerusform>%n badge queued</numerusform>
            <numerusform>%n badges queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationsScreen</name>
    <message numerus="yes">
        <source>In sync with %n station(s).</source>
        <translation>
            <numerusform>In sync with %n station.</numerusform>
            <numerusform>In sync with %n stations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineGrid</name>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message numerus="yes">
        <source>Refused %n record(s) from other stations (they changed nothing):</source>
        <translation>
            <numerusform>Refused %n record from other stations (they changed nothing):</numerusform>
            <numerusform>Refused %n records from other stations (they changed nothing):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence number(s) used by two different records (two laptops under one station name); all records are kept:</source>
        <translation>
            <numerusform>%n sequence number used by two different records (two laptops under one station name); all records are kept:</numerusform>
            <numerusform>%n sequence numbers used by two different records (two laptops under one station name); all records are kept:</numerusform>
        </translation>
    </message>
</context>
</TS>
