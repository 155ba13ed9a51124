<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ops</name>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Nothing was lost. Try again, or note the message for the organiser.</source>
        <translation>Es ging nichts verloren. Bitte erneut versuchen oder die Meldung für die Organisation notieren.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
</TS>
