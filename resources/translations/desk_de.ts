<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CameraChooser</name>
    <message>
        <location filename="../../src/checkin/ui/desk/camerabar.py" line="37"/>
        <source>Camera (F7):</source>
        <translation>Kamera (F7):</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/camerabar.py" line="52"/>
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/camerabar.py" line="56"/>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/camerabar.py" line="57"/>
        <source>Video file…</source>
        <translation>Videodatei…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/camerabar.py" line="95"/>
        <source>Choose a video file</source>
        <translation>Videodatei wählen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/camerabar.py" line="96"/>
        <source>Videos (*.mp4 *.mkv *.mov *.avi *.webm *.m4v);;All files (*)</source>
        <translation>Videos (*.mp4 *.mkv *.mov *.avi *.webm *.m4v);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../src/checkin/ui/desk/actions.py" line="74"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/actions.py" line="75"/>
        <source>Undo last check-in</source>
        <translation>Letzten Check-in rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/actions.py" line="76"/>
        <source>Admit anyway…</source>
        <translation>Trotzdem einlassen…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/actions.py" line="77"/>
        <source>Camera on/off</source>
        <translation>Kamera an/aus</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/actions.py" line="78"/>
        <source>Scanner set-up…</source>
        <translation>Scanner einrichten…</translation>
    </message>
</context>
<context>
    <name>DeskPanel</name>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="35"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="35"/>
        <source>Speaker</source>
        <translation>Redner/in</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="35"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="35"/>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="36"/>
        <source>Exhibitor</source>
        <translation>Aussteller/in</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="36"/>
        <source>Ministry</source>
        <translation>Ministerium</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="43"/>
        <source>ATTENTION</source>
        <translation>ACHTUNG</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="43"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="44"/>
        <source>Already checked in</source>
        <translation>Bereits eingecheckt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="45"/>
        <source>Invalid code</source>
        <translation>Ungültiger Code</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="46"/>
        <source>Code of another event</source>
        <translation>Code einer anderen Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="47"/>
        <source>Code replaced</source>
        <translation>Code ersetzt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="48"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="49"/>
        <source>Not on the list</source>
        <translation>Nicht auf der Liste</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="50"/>
        <source>Not registered here</source>
        <translation>Hier nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="58"/>
        <source>Confirm with Enter before the next guest.</source>
        <translation>Vor dem nächsten Gast mit Enter bestätigen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="60"/>
        <source>Admitted by override: %1</source>
        <translation>Eingelassen per Ausnahme: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="62"/>
        <source>Hand over the badge.</source>
        <translation>Namensschild aushändigen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="64"/>
        <source>Returning guest: no new badge unless asked.</source>
        <translation>Wiederkehrender Gast: kein neues Namensschild, außer auf Wunsch.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="67"/>
        <source>Today at %1 at station %2.</source>
        <translation>Heute um %1 an Platz %2.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="69"/>
        <source>Not a code of this event. Search the guest by name.</source>
        <translation>Kein Code dieser Veranstaltung. Gast nach Namen suchen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="71"/>
        <source>This invitation is for another event.</source>
        <translation>Diese Einladung gilt für eine andere Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="73"/>
        <source>A newer code was issued to this guest. Search by name.</source>
        <translation>Für diesen Gast wurde ein neuer Code ausgestellt. Bitte nach Namen suchen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="75"/>
        <source>The guest cancelled. Call the organiser.</source>
        <translation>Der Gast hat abgesagt. Bitte Veranstalter anrufen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="77"/>
        <source>Valid invitation, but not in this list (invited late?).</source>
        <translation>Gültige Einladung, aber nicht in dieser Liste (spät eingeladen?).</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="80"/>
        <source>This check-in point is not open today.</source>
        <translation>Dieser Check-in-Punkt ist heute nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="82"/>
        <source>Registered for another day.</source>
        <translation>Für einen anderen Tag angemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="84"/>
        <source>Not registered for this check-in point.</source>
        <translation>Für diesen Check-in-Punkt nicht angemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="87"/>
        <source>Wrong organiser PIN.</source>
        <translation>Falsche Veranstalter-PIN.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="88"/>
        <source>Admit anyway: F8 (reason required).</source>
        <translation>Trotzdem einlassen: F8 (mit Begründung).</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="90"/>
        <source>Note: today is not an event day.</source>
        <translation>Hinweis: Heute ist kein Veranstaltungstag.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="142"/>
        <source>Ready to scan</source>
        <translation>Bereit zum Scannen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="143"/>
        <source>Scan a code, or type a name (F2). Undo: Ctrl+Z.</source>
        <translation>Code scannen oder Namen eintippen (F2). Rückgängig: Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="150"/>
        <source>Invitation no. %1</source>
        <translation>Einladung Nr. %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="153"/>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="160"/>
        <source>Check-in undone</source>
        <translation>Check-in rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="160"/>
        <source>The arrival is no longer counted.</source>
        <translation>Die Ankunft wird nicht mehr gezählt.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="70"/>
        <source>Check-in point (F6):</source>
        <translation>Check-in-Punkt (F6):</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="83"/>
        <source>Name, organisation, e-mail (F2)</source>
        <translation>Name, Organisation, E-Mail (F2)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="259"/>
        <source>arrived %1</source>
        <translation>angekommen %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="328"/>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="328"/>
        <source>This station has no check-in left to undo.</source>
        <translation>An diesem Platz gibt es keinen Check-in mehr zum Rückgängigmachen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="352"/>
        <source>Wrong organiser PIN.</source>
        <translation>Falsche Veranstalter-PIN.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="352"/>
        <source>Not admitted.</source>
        <translation>Nicht eingelassen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="388"/>
        <source>Arrived today: %1 / %2</source>
        <translation>Heute angekommen: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="407"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../src/checkin/ui/desk/dialogs.py" line="21"/>
        <source>Admit anyway</source>
        <translation>Trotzdem einlassen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/dialogs.py" line="24"/>
        <source>%1 was refused: %2.
Admitting is recorded with your reason.</source>
        <translation>%1 wurde abgewiesen: %2.
Der Einlass wird mit Ihrer Begründung protokolliert.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/dialogs.py" line="29"/>
        <source>e.g. organiser confirmed by phone</source>
        <translation>z. B. Veranstalter hat telefonisch bestätigt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/dialogs.py" line="37"/>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/dialogs.py" line="39"/>
        <source>Organiser PIN:</source>
        <translation>Veranstalter-PIN:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/dialogs.py" line="43"/>
        <source>Admit</source>
        <translation>Einlassen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/dialogs.py" line="44"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/dialogs.py" line="56"/>
        <source>Please give a reason.</source>
        <translation>Bitte eine Begründung angeben.</translation>
    </message>
</context>
</TS>
