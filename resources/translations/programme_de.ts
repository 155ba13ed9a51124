<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DoorPanel</name>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="48"/>
        <source>Entry</source>
        <translation>Eintritt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="49"/>
        <source>Exit</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="74"/>
        <source>Scan a badge (or type the code and press Enter)</source>
        <translation>Namensschild scannen (oder Code eintippen und Enter drücken)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="78"/>
        <location filename="../../src/checkin/ui/programme/door.py" line="165"/>
        <source>Ready: scan a badge</source>
        <translation>Bereit: Namensschild scannen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="84"/>
        <source>Admit anyway</source>
        <translation>Trotzdem einlassen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="86"/>
        <source>Redirect (do not admit)</source>
        <translation>Weiterschicken (nicht einlassen)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="99"/>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="112"/>
        <source>Last scans</source>
        <translation>Letzte Scans</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="139"/>
        <location filename="../../src/checkin/ui/programme/door.py" line="192"/>
        <source>(no room)</source>
        <translation>(kein Raum)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="187"/>
        <source>Space available: %1 seats free</source>
        <translation>Platz frei: %1 Plätze</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="188"/>
        <source>Nearly full: only %1 seats left</source>
        <translation>Fast voll: nur noch %1 Plätze</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="189"/>
        <source>FULL – do not admit, redirect guests</source>
        <translation>VOLL – nicht mehr einlassen, Gäste weiterschicken</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="190"/>
        <source>No capacity limit</source>
        <translation>Keine Platzbegrenzung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="214"/>
        <source>Choose the session at this door first.</source>
        <translation>Bitte zuerst den Programmpunkt dieser Tür wählen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="229"/>
        <source>Redirected, not admitted.</source>
        <translation>Weitergeschickt, nicht eingelassen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="256"/>
        <source>Admitted</source>
        <translation>Eingelassen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="257"/>
        <source>Already inside</source>
        <translation>Bereits im Raum</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="258"/>
        <source>Left the room</source>
        <translation>Hat den Raum verlassen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="259"/>
        <source>Was not inside</source>
        <translation>War nicht im Raum</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="260"/>
        <source>FULL</source>
        <translation>VOLL</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="261"/>
        <source>Not registered for this session</source>
        <translation>Nicht für diesen Programmpunkt angemeldet</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="262"/>
        <source>Session has ended</source>
        <translation>Programmpunkt ist beendet</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="263"/>
        <source>Registration cancelled</source>
        <translation>Anmeldung storniert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="264"/>
        <source>Not on this station&apos;s list</source>
        <translation>Nicht auf der Liste dieser Station</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="265"/>
        <source>Replaced code</source>
        <translation>Ersetzter Code</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="266"/>
        <source>Not a badge of this event</source>
        <translation>Kein Namensschild dieser Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="267"/>
        <source>Badge of another event</source>
        <translation>Namensschild einer anderen Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="279"/>
        <source>Registered for: %1</source>
        <translation>Angemeldet für: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="281"/>
        <source>Send to the registration desk.</source>
        <translation>Bitte zur Registrierung schicken.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="283"/>
        <source>Admitted anyway</source>
        <translation>Trotzdem eingelassen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="287"/>
        <source>Counted as leaving: %1</source>
        <translation>Zählt als Verlassen von: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="303"/>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/door.py" line="305"/>
        <source>Space in: %1</source>
        <translation>Platz in: %1</translation>
    </message>
</context>
<context>
    <name>MatchmakingPanel</name>
    <message>
        <location filename="../../src/checkin/ui/programme/matchmaking.py" line="37"/>
        <source>Only meetings where a partner has not arrived</source>
        <translation>Nur Termine, bei denen ein Partner noch nicht da ist</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/matchmaking.py" line="43"/>
        <source>Table no.</source>
        <translation>Tisch-Nr.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/matchmaking.py" line="54"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/matchmaking.py" line="54"/>
        <location filename="../../src/checkin/ui/programme/matchmaking.py" line="67"/>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/matchmaking.py" line="54"/>
        <source>Partner 1</source>
        <translation>Partner 1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/matchmaking.py" line="55"/>
        <source>Arrived?</source>
        <translation>Angekommen?</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/matchmaking.py" line="55"/>
        <source>Partner 2</source>
        <translation>Partner 2</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/matchmaking.py" line="62"/>
        <source>Slot</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/matchmaking.py" line="83"/>
        <source>All slots</source>
        <translation>Alle Zeitfenster</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/matchmaking.py" line="135"/>
        <source>yes, %1</source>
        <translation>ja, %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/matchmaking.py" line="138"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/matchmaking.py" line="144"/>
        <source>No meetings at table %1.</source>
        <translation>Keine Termine an Tisch %1.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/matchmaking.py" line="146"/>
        <source>%1 meetings, %2 with a partner not arrived yet</source>
        <translation>%1 Termine, bei %2 ist ein Partner noch nicht da</translation>
    </message>
</context>
<context>
    <name>NowNextStrip</name>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="55"/>
        <source>nothing running</source>
        <translation>gerade nichts</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="56"/>
        <source>nothing more today</source>
        <translation>heute nichts mehr</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="57"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="57"/>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="52"/>
        <source>Name, organisation or e-mail (e.g. celik)</source>
        <translation>Name, Organisation oder E-Mail (z. B. celik)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="66"/>
        <source>Search a person to see their day.</source>
        <translation>Person suchen, um ihren Tag zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="72"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="72"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="72"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="73"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="73"/>
        <source>Partner arrived?</source>
        <translation>Partner angekommen?</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="84"/>
        <source>Personal agenda as PDF…</source>
        <translation>Persönliches Programm als PDF…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="139"/>
        <source>checked in today at %1</source>
        <translation>heute eingecheckt um %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="141"/>
        <source>not checked in today</source>
        <translation>heute noch nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="151"/>
        <source>1:1 meeting</source>
        <translation>1:1-Gespräch</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="152"/>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="157"/>
        <source>(no room)</source>
        <translation>(kein Raum)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="167"/>
        <source>yes, %1</source>
        <translation>ja, %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="168"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="175"/>
        <source>No sessions or meetings for this person.</source>
        <translation>Keine Programmpunkte oder Termine für diese Person.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="184"/>
        <source>Save personal agenda</source>
        <translation>Persönliches Programm speichern</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/person.py" line="195"/>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="86"/>
        <source>Door check-in for this session</source>
        <translation>Einlass für diesen Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="100"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="100"/>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="100"/>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="100"/>
        <source>Capacity</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="100"/>
        <source>Directions</source>
        <translation>Wegbeschreibung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="101"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="122"/>
        <source>Timetable</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="123"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="124"/>
        <source>Find a person</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="125"/>
        <source>Matchmaking</source>
        <translation>Matchmaking</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="126"/>
        <source>Door check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="129"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="223"/>
        <source>No floor plan for this room</source>
        <translation>Kein Raumplan für diesen Raum</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="230"/>
        <source>Floor plan not found: %1</source>
        <translation>Raumplan nicht gefunden: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/view.py" line="244"/>
        <source>(no room)</source>
        <translation>(kein Raum)</translation>
    </message>
</context>
<context>
    <name>TimelineGrid</name>
    <message>
        <location filename="../../src/checkin/ui/programme/grid.py" line="62"/>
        <location filename="../../src/checkin/ui/programme/grid.py" line="278"/>
        <source>(no room)</source>
        <translation>(kein Raum)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/programme/grid.py" line="195"/>
        <source>%n seats</source>
        <translation>
                <numerusform>%n Platz</numerusform>
                <numerusform>%n Plätze</numerusform>
            </translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/grid.py" line="246"/>
        <source>in room %1</source>
        <translation>im Raum %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/grid.py" line="248"/>
        <source>FULL</source>
        <translation>VOLL</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/grid.py" line="250"/>
        <source>nearly full</source>
        <translation>fast voll</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/grid.py" line="253"/>
        <source>%1 seats</source>
        <translation>%1 Plätze</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/programme/grid.py" line="255"/>
        <source>%1 assigned · %2 arrived</source>
        <translation>%1 angemeldet · %2 angekommen</translation>
    </message>
</context>
</TS>
