<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BadgesScreen</name>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="137"/>
        <source>Save as new layout…</source>
        <translation>Als neues Layout speichern …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="140"/>
        <source>Use for this event</source>
        <translation>Für diese Veranstaltung verwenden</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="160"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="162"/>
        <source>Preview with</source>
        <translation>Vorschau mit</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="237"/>
        <source>Longest name</source>
        <translation>Längster Name</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="239"/>
        <source>Longest organisation</source>
        <translation>Längste Organisation</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="262"/>
        <source>Page %1 × %2 mm, %3 badge(s) per page</source>
        <translation>Seite %1 × %2 mm, %3 Namensschild(er) pro Seite</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/badges/view.py" line="273"/>
        <source>Badge already printed %n time(s)</source>
        <translation>
            <numerusform>Namensschild bereits %n-mal gedruckt</numerusform>
            <numerusform>Namensschild bereits %n-mal gedruckt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="273"/>
        <source>Not printed yet</source>
        <translation>Noch nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="305"/>
        <source>All names print with the installed fonts.</source>
        <translation>Alle Namen lassen sich mit den installierten Schriften drucken.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) print right to left; look at the first such badge: </source>
        <translation>
            <numerusform>%n Name wird von rechts nach links gedruckt; das erste solche Namensschild ansehen: </numerusform>
            <numerusform>%n Namen werden von rechts nach links gedruckt; das erste solche Namensschild ansehen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/badges/view.py" line="308"/>
        <source>%n name(s) need a look before printing: </source>
        <translation>
            <numerusform>%n Name vor dem Druck prüfen: </numerusform>
            <numerusform>%n Namen vor dem Druck prüfen: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="326"/>
        <source>Save as new layout</source>
        <translation>Als neues Layout speichern</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="326"/>
        <source>Name (letters, digits, -)</source>
        <translation>Name (Buchstaben, Ziffern, -)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="336"/>
        <location filename="../../src/checkin/ui/badges/view.py" line="347"/>
        <source>Layout not saved</source>
        <translation>Layout nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="357"/>
        <source>Choose a printer first.</source>
        <translation>Bitte zuerst einen Drucker wählen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="0"/>
        <source>joined script: letters print unjoined, check the badge by eye</source>
        <translation>verbundene Schrift: Buchstaben werden unverbunden gedruckt, Namensschild prüfen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="0"/>
        <source>written right to left: check the badge by eye</source>
        <translation>von rechts nach links geschrieben: Namensschild prüfen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="0"/>
        <source>characters missing in the fonts: %1</source>
        <translation>Zeichen fehlen in den Schriften: %1</translation>
    </message>
</context>
<context>
    <name>ElementPanel</name>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="38"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="45"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="47"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="47"/>
        <source>centre</source>
        <translation>zentriert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="47"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="54"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="55"/>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="57"/>
        <source>Alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="58"/>
        <source>Text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="59"/>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="60"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="60"/>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="60"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="60"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="63"/>
        <source>Fields: {title} {first_name} {last_name} {organisation} {country} {category_label} {event_title}</source>
        <translation>Felder: {title} {first_name} {last_name} {organisation} {country} {category_label} {event_title}</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/view.py" line="95"/>
        <source>(category colour / none)</source>
        <translation>(Kategoriefarbe / keine)</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="75"/>
        <source>Printer of this desk</source>
        <translation>Drucker dieses Schalters</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="83"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="90"/>
        <source>Print the badge on check-in at this desk</source>
        <translation>Namensschild beim Check-in an diesem Schalter drucken</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="95"/>
        <source>Send pages as images at the printer&apos;s resolution (for printers that take no PDF)</source>
        <translation>Seiten als Bild in der Auflösung des Druckers senden (für Drucker, die kein PDF annehmen)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="101"/>
        <source>Print test badge</source>
        <translation>Test-Namensschild drucken</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="107"/>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="154"/>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="324"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="109"/>
        <source>Copies</source>
        <translation>Kopien</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="113"/>
        <source>Offset right / down</source>
        <translation>Versatz rechts / unten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="119"/>
        <source>Print in bulk</source>
        <translation>Sammeldruck</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="122"/>
        <source>Only badges not printed yet</source>
        <translation>Nur noch nicht gedruckte Namensschilder</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="124"/>
        <source>from, e.g. A</source>
        <translation>von, z. B. A</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="125"/>
        <source>to, e.g. K</source>
        <translation>bis, z. B. K</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="126"/>
        <source>Print selection</source>
        <translation>Auswahl drucken</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="129"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="137"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="141"/>
        <source>Family names</source>
        <translation>Nachnamen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="151"/>
        <source>Print jobs</source>
        <translation>Druckaufträge</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="154"/>
        <source>Badges</source>
        <translation>Schilder</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="154"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="155"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="159"/>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="162"/>
        <source>Send to another printer…</source>
        <translation>An anderen Drucker senden …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="203"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="234"/>
        <source>No print system: %1</source>
        <translation>Kein Drucksystem: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="238"/>
        <source>Choose a printer</source>
        <translation>Drucker wählen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="240"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="241"/>
        <source>printing</source>
        <translation>druckt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="241"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="242"/>
        <source>not accepting jobs</source>
        <translation>nimmt keine Aufträge an</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="242"/>
        <source>unknown printer</source>
        <translation>unbekannter Drucker</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="245"/>
        <source> · %n job(s) waiting</source>
        <translation>
            <numerusform> · %n Auftrag wartet</numerusform>
            <numerusform> · %n Aufträge warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="264"/>
        <source>Nothing to print for this selection.</source>
        <translation>Für diese Auswahl gibt es nichts zu drucken.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="267"/>
        <source>Choose a printer first.</source>
        <translation>Bitte zuerst einen Drucker wählen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="278"/>
        <source>%n badge(s) queued</source>
        <translation>
            <numerusform>%n Namensschild in der Warteschlange</numerusform>
            <numerusform>%n Namensschilder in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="304"/>
        <source>test print</source>
        <translation>Testdruck</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="324"/>
        <source>Send to another printer</source>
        <translation>An anderen Drucker senden</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/badges/print_panel.py" line="0"/>
        <source>Send pages as images (printers without PDF)</source>
        <translation>Seiten als Bilder senden (Drucker ohne PDF)</translation>
    </message>
</context>
</TS>
