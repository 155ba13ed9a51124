<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LockController</name>
    <message>
        <location filename="../../src/checkin/ui/lock/controller.py" line="95"/>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/lock/controller.py" line="137"/>
        <location filename="../../src/checkin/ui/lock/controller.py" line="144"/>
        <location filename="../../src/checkin/ui/lock/controller.py" line="149"/>
        <source>Switch role</source>
        <translation>Rolle wechseln</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/lock/controller.py" line="137"/>
        <source>Role of this station:</source>
        <translation>Rolle dieser Station:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/lock/controller.py" line="144"/>
        <source>Organiser PIN:</source>
        <translation>Organisations-PIN:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/lock/controller.py" line="150"/>
        <source>Not switched: the organiser PIN is wrong or not set.</source>
        <translation>Nicht gewechselt: Die Organisations-PIN ist falsch oder nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/lock/controller.py" line="154"/>
        <source>Organiser</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/lock/controller.py" line="155"/>
        <source>Desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/lock/controller.py" line="156"/>
        <source>Helper</source>
        <translation>Helfer/in</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../src/checkin/ui/lock/overlay.py" line="17"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/lock/overlay.py" line="24"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/lock/overlay.py" line="28"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/lock/overlay.py" line="49"/>
        <source>Enter the PIN of the role %1 to go on.</source>
        <translation>PIN der Rolle %1 eingeben, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/lock/overlay.py" line="50"/>
        <source>No PIN is set for this station: press Unlock.</source>
        <translation>Für diese Station ist keine PIN gesetzt: „Entsperren“ drücken.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/lock/overlay.py" line="61"/>
        <source>Wrong PIN. Try again in %1 s.</source>
        <translation>Falsche PIN. Neuer Versuch in %1 s.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../src/checkin/ui/lock/controller.py" line="187"/>
        <source>&amp;Lock screen</source>
        <translation>Bildschirm &amp;sperren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/lock/controller.py" line="192"/>
        <source>Switch &amp;role…</source>
        <translation>&amp;Rolle wechseln …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/lock/controller.py" line="194"/>
        <source>&amp;Station</source>
        <translation>&amp;Station</translation>
    </message>
</context>
</TS>
