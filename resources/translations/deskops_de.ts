<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackfillDialog</name>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="184"/>
        <source>Paper backfill</source>
        <translation>Nachtrag von der Papierliste</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="185"/>
        <source>Enter the guests ticked on the paper list. Set the approximate time, search, press Enter to record the chosen guest as arrived (from paper).</source>
        <translation>Gäste eintragen, die auf der Papierliste abgehakt wurden: ungefähre Uhrzeit einstellen, suchen, mit Enter den gewählten Gast als angekommen (von Papier) erfassen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="190"/>
        <source>Approximate time</source>
        <translation>Ungefähre Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="191"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="199"/>
        <source>Recorded:</source>
        <translation>Erfasst:</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="123"/>
        <source>Correct details</source>
        <translation>Angaben korrigieren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="124"/>
        <source>Correct what is wrong; the original stays in the journal for the office.</source>
        <translation>Falsches korrigieren; der ursprüngliche Wert bleibt für das Büro im Journal.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="125"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="125"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="126"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="126"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="127"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="134"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="135"/>
        <source>Reprint the badge now</source>
        <translation>Namensschild sofort neu drucken</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="361"/>
        <source>Walk-in…</source>
        <translation>Vor-Ort-Anmeldung…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="362"/>
        <source>Guest…</source>
        <translation>Gast…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="363"/>
        <source>Paper list…</source>
        <translation>Papierliste…</translation>
    </message>
</context>
<context>
    <name>DeskOps</name>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="47"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="68"/>
        <source>Someone without an invitation: register, admit, print the badge.</source>
        <translation>Jemand ohne Einladung: erfassen, einlassen, Namensschild drucken.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="70"/>
        <source>Someone without an invitation: register and admit (this desk does not print on check-in).</source>
        <translation>Jemand ohne Einladung: erfassen und einlassen (dieser Platz druckt beim Check-in nicht).</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="73"/>
        <source>This event is invitation-only: the organiser PIN is needed.</source>
        <translation>Diese Veranstaltung ist nur mit Einladung: die PIN der Veranstaltungsleitung ist nötig.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="75"/>
        <source>Walk-in</source>
        <translation>Vor-Ort-Anmeldung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="92"/>
        <source>Walk-in registered: %1</source>
        <translation>Vor Ort angemeldet: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="108"/>
        <source>Replaced already</source>
        <translation>Bereits vertreten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="109"/>
        <location filename="../../src/checkin/ui/deskops/messages.py" line="27"/>
        <source>%1 was replaced by %2.</source>
        <translation>%1 wird bereits von %2 vertreten.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="119"/>
        <source>Came instead of %1 (%2).</source>
        <translation>Kommt in Vertretung von %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="125"/>
        <source>Substitution</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="130"/>
        <source>Check in the person who came now</source>
        <translation>Die erschienene Person jetzt einchecken</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="134"/>
        <source>Move today&apos;s check-in of %1 to the person who came</source>
        <translation>Heutigen Check-in von %1 auf die erschienene Person übertragen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="155"/>
        <source>%1 came instead of %2.</source>
        <translation>%1 kommt in Vertretung von %2.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="171"/>
        <source>No badge printer chosen (Badges screen): badge not reprinted.</source>
        <translation>Kein Namensschild-Drucker gewählt (Bildschirm Namensschilder): nicht neu gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="172"/>
        <source>Badge sent to %1.</source>
        <translation>Namensschild an %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="186"/>
        <source>Corrected: %1</source>
        <translation>Korrigiert: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="201"/>
        <source>Companion of %1.</source>
        <translation>Begleitung von %1.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="203"/>
        <source>Listed already: %1</source>
        <translation>Bereits erfasst: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="206"/>
        <source>Companion</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="221"/>
        <source>Companion registered: %1</source>
        <translation>Begleitung erfasst: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="242"/>
        <source>%1 returned.</source>
        <translation>%1 zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="243"/>
        <source>Give back: %1</source>
        <translation>Zurückgeben: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="246"/>
        <source>%1 issued to %2.</source>
        <translation>%1 an %2 ausgegeben.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="264"/>
        <source>Badge collected already</source>
        <translation>Namensschild bereits abgeholt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="265"/>
        <source>%1 took the badge at %2.</source>
        <translation>%1 hat das Namensschild um %2 abgeholt.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="268"/>
        <source>Badge collected: %1</source>
        <translation>Namensschild abgeholt: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="303"/>
        <source>arrived %1 (paper)</source>
        <translation>angekommen %1 (Papier)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="304"/>
        <source>was already checked in</source>
        <translation>war bereits eingecheckt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="322"/>
        <source>&amp;Came instead of the invited guest…</source>
        <translation>&amp;Vertretung für den eingeladenen Gast…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="323"/>
        <source>C&amp;orrect details and reprint…</source>
        <translation>Angaben &amp;korrigieren und neu drucken…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="324"/>
        <source>Add a co&amp;mpanion…</source>
        <translation>&amp;Begleitung hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="325"/>
        <source>&amp;Hand-out / take back…</source>
        <translation>&amp;Ausgabe / Rücknahme…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/actions.py" line="326"/>
        <source>&amp;Badge collected</source>
        <translation>Namensschild a&amp;bgeholt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/messages.py" line="15"/>
        <source>A name is needed (first or last name).</source>
        <translation>Ein Name wird gebraucht (Vor- oder Nachname).</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/messages.py" line="16"/>
        <source>Nothing to change: the values are as before.</source>
        <translation>Nichts zu ändern: die Angaben sind wie vorher.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/messages.py" line="17"/>
        <source>Not an e-mail address: %1</source>
        <translation>Keine E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/messages.py" line="18"/>
        <source>The category cannot be empty.</source>
        <translation>Die Kategorie darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/messages.py" line="19"/>
        <source>Wrong organiser PIN.</source>
        <translation>Falsche Veranstalter-PIN.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/messages.py" line="21"/>
        <source>This event is invitation-only: a walk-in needs the organiser PIN.</source>
        <translation>Diese Veranstaltung ist nur mit Einladung: eine Vor-Ort-Anmeldung braucht die Veranstalter-PIN.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/messages.py" line="23"/>
        <source>%1 holds a %2 already; take it back first.</source>
        <translation>%1 hat bereits ein(e) %2; bitte zuerst zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/messages.py" line="24"/>
        <source>%1 holds no %2.</source>
        <translation>%1 hat kein(e) %2.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/messages.py" line="25"/>
        <source>Which item? (e.g. receiver)</source>
        <translation>Welcher Gegenstand? (z. B. Empfänger)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/messages.py" line="26"/>
        <source>A paper arrival cannot lie in the future.</source>
        <translation>Eine Ankunft von der Papierliste kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/messages.py" line="29"/>
        <source>Country: a two-letter code such as DE, TR, CZ.</source>
        <translation>Land: ein Code aus zwei Buchstaben wie DE, TR, CZ.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/messages.py" line="30"/>
        <source>Unknown category: %1</source>
        <translation>Unbekannte Kategorie: %1</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="152"/>
        <source>Hand-out</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="158"/>
        <source>Item</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="159"/>
        <source>Deposit</source>
        <translation>Pfand</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="160"/>
        <source>e.g. ID card</source>
        <translation>z. B. Personalausweis</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="162"/>
        <source>Holds now: %1</source>
        <translation>Hat gerade: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="162"/>
        <source>Holds nothing.</source>
        <translation>Hat nichts ausgeliehen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="165"/>
        <source>Issue</source>
        <translation>Ausgeben</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="166"/>
        <source>Take back</source>
        <translation>Zurücknehmen</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../src/checkin/ui/deskops/banner.py" line="37"/>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/banner.py" line="68"/>
        <source>VIP arrived: %1 (%2) at %3, %4.</source>
        <translation>VIP angekommen: %1 (%2) an %3, %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/deskops/banner.py" line="74"/>
        <source>%n more notice(s) waiting</source>
        <translation>
            <numerusform>%n weiterer Hinweis wartet</numerusform>
            <numerusform>%n weitere Hinweise warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="88"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="89"/>
        <source>e.g. Dr.</source>
        <translation>z. B. Dr.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="90"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="91"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="92"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="98"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="99"/>
        <source>E-mail (optional)</source>
        <translation>E-Mail (optional)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="104"/>
        <source>Organiser PIN</source>
        <translation>PIN der Veranstaltungsleitung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/deskops/forms.py" line="105"/>
        <source>Check in now</source>
        <translation>Jetzt einchecken</translation>
    </message>
</context>
</TS>
