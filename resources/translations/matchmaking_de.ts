<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DeskMeetingLines</name>
    <message>
        <source>partner is here</source>
        <translation>Partner/in ist da</translation>
    </message>
    <message>
        <source>partner not arrived yet</source>
        <translation>Partner/in noch nicht angekommen</translation>
    </message>
    <message>
        <source>%1  table %2  with %3  %4</source>
        <translation>%1  Tisch %2  mit %3  %4</translation>
    </message>
    <message>
        <source>Meetings today:</source>
        <translation>Gespräche heute:</translation>
    </message>
</context>
<context>
    <name>MatchmakingBoard</name>
    <message>
        <source>Table no. (its whole day)</source>
        <translation>Tisch-Nr. (ganzer Tag)</translation>
    </message>
    <message>
        <source>Scan a badge at the matchmaking area</source>
        <translation>Namensschild am Matchmaking-Bereich scannen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Als stattgefunden markieren</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Als nicht erschienen markieren</translation>
    </message>
    <message>
        <source>Take mark back</source>
        <translation>Markierung zurücknehmen</translation>
    </message>
    <message>
        <source>Rematch…</source>
        <translation>Neu vermitteln …</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>No meetings at table %1 today.</source>
        <translation>Heute keine Gespräche an Tisch %1.</translation>
    </message>
    <message>
        <source>here since %1</source>
        <translation>da seit %1</translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>nicht angekommen</translation>
    </message>
    <message>
        <source>at the table</source>
        <translation>am Tisch</translation>
    </message>
    <message>
        <source>rematch</source>
        <translation>neu vermittelt</translation>
    </message>
    <message>
        <source>replaced by a rematch</source>
        <translation>durch Neuvermittlung ersetzt</translation>
    </message>
    <message>
        <source>marked at the desk</source>
        <translation>am Schalter markiert</translation>
    </message>
    <message>
        <source>Table %1: marked held.</source>
        <translation>Tisch %1: als stattgefunden markiert.</translation>
    </message>
    <message>
        <source>Table %1: marked no-show.</source>
        <translation>Tisch %1: als nicht erschienen markiert.</translation>
    </message>
    <message>
        <source>Table %1: mark taken back.</source>
        <translation>Tisch %1: Markierung zurückgenommen.</translation>
    </message>
    <message>
        <source>Not a badge of this event.</source>
        <translation>Kein Namensschild dieser Veranstaltung.</translation>
    </message>
    <message>
        <source>%1 has no meeting now.</source>
        <translation>%1 hat gerade kein Gespräch.</translation>
    </message>
    <message>
        <source>%1: table %2, %3.</source>
        <translation>%1: Tisch %2, %3.</translation>
    </message>
</context>
<context>
    <name>MatchmakingStates</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
</context>
<context>
    <name>RematchDialog</name>
    <message>
        <source>Rematch</source>
        <translation>Neu vermitteln</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Book and print slips</source>
        <translation>Buchen und Zettel drucken</translation>
    </message>
    <message>
        <source>A new partner for %1 at %2</source>
        <translation>Neues Gespräch für %1 um %2</translation>
    </message>
    <message>
        <source>at table %1</source>
        <translation>an Tisch %1</translation>
    </message>
    <message>
        <source>at a free table</source>
        <translation>an einem freien Tisch</translation>
    </message>
    <message>
        <source>Present guests who are free at %1, best match first; the meeting will be %2.</source>
        <translation>Anwesende Gäste, die um %1 frei sind, die passendsten zuerst; das Gespräch findet %2 statt.</translation>
    </message>
    <message>
        <source>Nobody who is here is free in this slot.</source>
        <translation>Niemand Anwesendes ist in diesem Zeitfenster frei.</translation>
    </message>
    <message>
        <source>their partner is missing too</source>
        <translation>deren Partner/in fehlt auch</translation>
    </message>
    <message>
        <source>Booked: table %1 at %2 with %3.</source>
        <translation>Gebucht: Tisch %1 um %2 mit %3.</translation>
    </message>
    <message>
        <source>Slips sent to %1.</source>
        <translation>Zettel an %1 geschickt.</translation>
    </message>
    <message>
        <source>Slips saved in %1.</source>
        <translation>Zettel gespeichert in %1.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Matchmaking</source>
        <translation>Matchmaking</translation>
    </message>
</context>
<context>
    <name>SignageScreen</name>
    <message>
        <source>Entrance: programme and matchmaking table changes</source>
        <translation>Eingang: Programm und Tischänderungen im Matchmaking</translation>
    </message>
    <message>
        <source>Matchmaking area: next slot's table plan</source>
        <translation>Matchmaking-Bereich: Tischplan des nächsten Zeitfensters</translation>
    </message>
</context>
</TS>
