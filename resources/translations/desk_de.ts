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
        <location filename="../../src/checkin/ui/desk/actions.py" line="43"/>
        <source>Ctrl+</source>
        <translation>Strg+</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/actions.py" line="78"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/actions.py" line="79"/>
        <source>Undo last check-in</source>
        <translation>Check-in rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/actions.py" line="80"/>
        <source>Admit anyway…</source>
        <translation>Trotzdem einlassen…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/actions.py" line="81"/>
        <source>Camera on/off</source>
        <translation>Kamera an/aus</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/actions.py" line="82"/>
        <source>Scanner set-up…</source>
        <translation>Scanner einrichten…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/actions.py" line="131"/>
        <source>%1 does nothing now: it needs another result on screen (scan or search first).</source>
        <translation>%1 geht gerade nicht: dafür muss ein anderes Ergebnis angezeigt sein (erst scannen oder suchen).</translation>
    </message>
</context>
<context>
    <name>DeskPanel</name>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="43"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="43"/>
        <source>Speaker</source>
        <translation>Redner/in</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="43"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="43"/>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="44"/>
        <source>Exhibitor</source>
        <translation>Aussteller/in</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="44"/>
        <source>Ministry</source>
        <translation>Ministerium</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="51"/>
        <source>ATTENTION</source>
        <translation>ACHTUNG</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="51"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="52"/>
        <source>Already checked in</source>
        <translation>Bereits eingecheckt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="53"/>
        <source>Invalid code</source>
        <translation>Ungültiger Code</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="54"/>
        <source>Code of another event</source>
        <translation>Code einer anderen Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="55"/>
        <source>Code replaced</source>
        <translation>Code ersetzt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="56"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="57"/>
        <source>Not on the list</source>
        <translation>Nicht auf der Liste</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="58"/>
        <source>Not registered here</source>
        <translation>Hier nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="66"/>
        <source>Confirm with Enter before the next guest.</source>
        <translation>Vor dem nächsten Gast mit Enter bestätigen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="68"/>
        <source>Admitted by override: %1</source>
        <translation>Eingelassen per Ausnahme: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="70"/>
        <source>Hand over the badge.</source>
        <translation>Namensschild aushändigen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="72"/>
        <source>Returning guest: no new badge unless asked.</source>
        <translation>Wiederkehrender Gast: kein neues Namensschild, außer auf Wunsch.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="75"/>
        <source>Today at %1 at station %2.</source>
        <translation>Heute um %1 an Station %2.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="77"/>
        <source>Not a code of this event. Search the guest by name.</source>
        <translation>Kein Code dieser Veranstaltung. Gast nach Namen suchen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="79"/>
        <source>This invitation is for another event.</source>
        <translation>Diese Einladung gilt für eine andere Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="81"/>
        <source>A newer code was issued to this guest. Search by name.</source>
        <translation>Für diesen Gast wurde ein neuer Code ausgestellt. Bitte nach Namen suchen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="83"/>
        <source>The guest cancelled. Call the organiser.</source>
        <translation>Der Gast hat abgesagt. Bitte Veranstalter anrufen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="85"/>
        <source>Valid invitation, but not in this list (invited late?).</source>
        <translation>Gültige Einladung, aber nicht in dieser Liste (spät eingeladen?).</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="88"/>
        <source>This check-in point is not open today.</source>
        <translation>Dieser Check-in-Punkt ist heute nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="90"/>
        <source>Registered for another day.</source>
        <translation>Für einen anderen Tag angemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="92"/>
        <source>Not registered for this check-in point.</source>
        <translation>Für diesen Check-in-Punkt nicht angemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="95"/>
        <source>Wrong organiser PIN.</source>
        <translation>Falsche Veranstalter-PIN.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="96"/>
        <source>Admit anyway: F8 (reason required).</source>
        <translation>Trotzdem einlassen: F8 (mit Begründung).</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="98"/>
        <source>Note: today is not an event day.</source>
        <translation>Hinweis: Heute ist kein Veranstaltungstag.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="212"/>
        <source>Ready to scan</source>
        <translation>Bereit zum Scannen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="213"/>
        <source>Scan a code, or type a name (F2). Undo: Ctrl+Z.</source>
        <translation>Code scannen oder Namen eintippen (F2). Rückgängig: Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="218"/>
        <source>Scan %1 · %2</source>
        <translation>Scan %1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="225"/>
        <source>Invitation no. %1</source>
        <translation>Einladung Nr. %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="228"/>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="236"/>
        <source>Check-in undone</source>
        <translation>Check-in rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/panel.py" line="236"/>
        <source>The arrival is no longer counted.</source>
        <translation>Die Ankunft wird nicht mehr gezählt.</translation>
    </message>
</context>
<context>
    <name>DeskPrint</name>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="23"/>
        <source>waiting to print</source>
        <translation>wartet auf den Druck</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="24"/>
        <source>sent to the printer</source>
        <translation>an den Drucker gesendet</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="25"/>
        <source>printing</source>
        <translation>wird gedruckt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="26"/>
        <source>held: the printer is stopped</source>
        <translation>angehalten: der Drucker ist gestoppt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="27"/>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="28"/>
        <source>not printed</source>
        <translation>nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="29"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="82"/>
        <source>⚠ Badge for %1 waits: %2 (%3).</source>
        <translation>⚠ Namensschild für %1 wartet: %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="88"/>
        <source>Badge for %1: %2 (%3)</source>
        <translation>Namensschild für %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="94"/>
        <source>⚠ Badge for %1 not printed%2: %3. The check-in is saved; reprint on the Badges screen.</source>
        <translation>⚠ Namensschild für %1 nicht gedruckt%2: %3. Der Check-in ist gespeichert; neu drucken unter „Namensschilder“.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="98"/>
        <source>no badge printer chosen (Badges screen)</source>
        <translation>kein Namensschild-Drucker gewählt (unter „Namensschilder“)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="0"/>
        <source>this guest is not in the event file</source>
        <translation>dieser Gast ist nicht in der Veranstaltungsdatei</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="0"/>
        <source>no print system on this computer, or it does not answer (CUPS)</source>
        <translation>kein Drucksystem auf diesem Computer, oder es antwortet nicht (CUPS)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="0"/>
        <source>this computer does not know the printer</source>
        <translation>dieser Computer kennt den Drucker nicht</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="0"/>
        <source>the printer takes no new jobs</source>
        <translation>der Drucker nimmt keine neuen Aufträge an</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="0"/>
        <source>the printer is stopped</source>
        <translation>der Drucker ist angehalten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="0"/>
        <source>the print system refused the job</source>
        <translation>das Drucksystem hat den Auftrag abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="0"/>
        <source>the print system dropped the job</source>
        <translation>das Drucksystem hat den Auftrag verworfen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/badge_line.py" line="0"/>
        <source>the badge could not be made</source>
        <translation>das Namensschild konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>DeskScan</name>
    <message>
        <location filename="../../src/checkin/ui/desk/scan_notice.py" line="22"/>
        <source>✖ Incomplete scan: please scan the code again.</source>
        <translation>✖ Unvollständiger Scan: bitte den Code erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/scan_notice.py" line="24"/>
        <source>✖ Scan not taken%1: confirm the notice first (Enter), then scan again.</source>
        <translation>✖ Scan nicht übernommen%1: erst den Hinweis bestätigen (Enter), dann erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/scan_notice.py" line="27"/>
        <source>✖ Scan not taken%1: finish or close the open window first, then scan again.</source>
        <translation>✖ Scan nicht übernommen%1: erst das offene Fenster abschließen oder schließen, dann erneut scannen.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="73"/>
        <source>Check-in point (F6):</source>
        <translation>Check-in-Punkt (F6):</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="86"/>
        <source>Name, organisation, e-mail (F2)</source>
        <translation>Name, Organisation, E-Mail (F2)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="291"/>
        <source>arrived %1</source>
        <translation>angekommen %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="372"/>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="372"/>
        <source>This station has no check-in left to undo.</source>
        <translation>An diesem Platz gibt es keinen Check-in mehr zum Rückgängigmachen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="388"/>
        <source>Nothing undone</source>
        <translation>Nichts rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="388"/>
        <source>The last check-in changed meanwhile.</source>
        <translation>Der letzte Check-in hat sich inzwischen geändert.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="427"/>
        <source>Wrong organiser PIN.</source>
        <translation>Falsche Veranstalter-PIN.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="427"/>
        <source>Not admitted.</source>
        <translation>Nicht eingelassen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="462"/>
        <source>Arrived today: %1 / %2</source>
        <translation>Heute angekommen: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/view.py" line="481"/>
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
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../src/checkin/ui/desk/dialogs.py" line="71"/>
        <location filename="../../src/checkin/ui/desk/dialogs.py" line="79"/>
        <source>Undo check-in</source>
        <translation>Check-in rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/dialogs.py" line="73"/>
        <source>Undo the check-in of %1 (%2, %3)?
The arrival will no longer count.</source>
        <translation>Check-in von %1 (%2, %3) rückgängig machen?
Die Ankunft zählt dann nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/desk/dialogs.py" line="81"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
</TS>
