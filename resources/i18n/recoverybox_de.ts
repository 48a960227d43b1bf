<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AgendaView</name>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>{weekday}, {date} · today</source>
            <translation>{weekday}, {date} · heute</translation>
        </message>
        <message>
            <source>{weekday}, {date}</source>
            <translation>{weekday}, {date}</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nichts geplant</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Ganztägig</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
    </context>
    <context>
        <name>AppLock</name>
        <message>
            <source>RecoveryBox — locked</source>
            <translation>RecoveryBox — gesperrt</translation>
        </message>
        <message>
            <source>Locked. Your data is encrypted on this computer.</source>
            <translation>Gesperrt. Deine Daten sind auf diesem Computer verschlüsselt.</translation>
        </message>
        <message>
            <source>That does not open the data open now.</source>
            <translation>Damit lassen sich die gerade geöffneten Daten nicht öffnen.</translation>
        </message>
        <message>
            <source>Your data and its backups are now encrypted.</source>
            <translation>Deine Daten und ihre Sicherungen sind jetzt verschlüsselt.</translation>
        </message>
        <message>
            <source>Encrypting your data…</source>
            <translation>Deine Daten werden verschlüsselt …</translation>
        </message>
        <message>
            <source>Protection is off: your data is a plain file again.</source>
            <translation>Der Schutz ist aus: Deine Daten sind wieder eine gewöhnliche Datei.</translation>
        </message>
        <message>
            <source>Decrypting your data…</source>
            <translation>Deine Daten werden entschlüsselt …</translation>
        </message>
        <message>
            <source>Nothing changed</source>
            <translation>Nichts geändert</translation>
        </message>
        <message>
            <source>Passphrase not changed</source>
            <translation>Passphrase nicht geändert</translation>
        </message>
        <message>
            <source>Passphrase changed.</source>
            <translation>Passphrase geändert.</translation>
        </message>
        <message>
            <source>Make a new recovery key?</source>
            <translation>Einen neuen Wiederherstellungsschlüssel erstellen?</translation>
        </message>
        <message>
            <source>The recovery key you have now will stop working. The new one is shown once.</source>
            <translation>Dein jetziger Wiederherstellungsschlüssel funktioniert dann nicht mehr. Der neue wird nur einmal angezeigt.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundPage</name>
        <message>
            <source>Reminders only arrive while RecoveryBox runs. Running in the background, it shows no window; open it again from your applications menu. File › Quit always stops it.</source>
            <translation>Erinnerungen kommen nur, solange RecoveryBox läuft. Im Hintergrund zeigt es kein Fenster; öffne es wieder über dein Anwendungsmenü. Datei › Beenden hält es immer an.</translation>
        </message>
    </context>
    <context>
        <name>BoxBreathing</name>
        <message>
            <source>Breathe in</source>
            <translation>Einatmen</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Breathe out</source>
            <translation>Ausatmen</translation>
        </message>
        <message>
            <source>Box breathing guide</source>
            <translation>Anleitung zur Quadratatmung</translation>
        </message>
        <message>
            <source>Press Start when you're ready.</source>
            <translation>Beginne, wenn du so weit bist.</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <source>recoverybox: {value}</source>
            <translation>recoverybox: {value}</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n event(s) to {file}.</source>
            <translation>
                <numerusform>%n Termin nach {file} exportiert.</numerusform>
                <numerusform>%n Termine nach {file} exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>give either --week or --from/--to, not both.</source>
            <translation>gib entweder --week oder --from/--to an, nicht beides.</translation>
        </message>
        <message>
            <source>dates look like 2026-12-01.</source>
            <translation>Datumsangaben sehen so aus: 2026-12-01.</translation>
        </message>
        <message>
            <source>--to ({last}) is before --from ({first}).</source>
            <translation>--to ({last}) liegt vor --from ({first}).</translation>
        </message>
        <message>
            <source>a range can be up to {MAX_AGENDA_DAYS} days; split a longer one.</source>
            <translation>ein Zeitraum kann bis zu {MAX_AGENDA_DAYS} Tage umfassen; teil einen längeren auf.</translation>
        </message>
        <message>
            <source>{first} – {last}, {zone}</source>
            <translation>{first} – {last}, {zone}</translation>
        </message>
        <message>
            <source>Week {week} ({first} – {last}), {zone}</source>
            <translation>Woche {week} ({first} – {last}), {zone}</translation>
        </message>
        <message>
            <source>  Nothing planned this week.</source>
            <translation>  Diese Woche ist nichts geplant.</translation>
        </message>
        <message>
            <source>  Nothing planned on these days.</source>
            <translation>  An diesen Tagen ist nichts geplant.</translation>
        </message>
        <message>
            <source>all day</source>
            <translation>ganztägig</translation>
        </message>
        <message>
            <source>  [temporarily closed]</source>
            <translation>  [vorübergehend geschlossen]</translation>
        </message>
        <message>
            <source>  [no longer in its meeting list]</source>
            <translation>  [nicht mehr in seiner Meeting-Liste]</translation>
        </message>
        <message>
            <source>there is no data to back up yet.</source>
            <translation>es gibt noch keine Daten zum Sichern.</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Gesichert unter {path}</translation>
        </message>
        <message>
            <source>Exported to {value}</source>
            <translation>Exportiert nach {value}</translation>
        </message>
        <message>
            <source>Exported {value} CSV files to {dir}</source>
            <translation>{value} CSV-Dateien nach {dir} exportiert</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n row(s).</source>
            <translation>
                <numerusform>%n Zeile importiert.</numerusform>
                <numerusform>%n Zeilen importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n year(s) of demo data to {target}: {events} events, {check_ins} check-ins, {journal_entries} journal entries, {goals} goals.</source>
            <translation>
                <numerusform>%n Jahr Demodaten nach {target} geschrieben: {events} Termine, {check_ins} Einträge, {journal_entries} Tagebucheinträge, {goals} Ziele.</numerusform>
                <numerusform>%n Jahre Demodaten nach {target} geschrieben: {events} Termine, {check_ins} Einträge, {journal_entries} Tagebucheinträge, {goals} Ziele.</numerusform>
            </translation>
        </message>
        <message>
            <source>--years must be a whole number from 1 to 30.</source>
            <translation>--years muss eine ganze Zahl von 1 bis 30 sein.</translation>
        </message>
        <message>
            <source>{target} is not empty; demo data goes only into a new or empty folder.</source>
            <translation>{target} ist nicht leer; Demodaten kommen nur in einen neuen oder leeren Ordner.</translation>
        </message>
        <message>
            <source>nothing changed: {value}.</source>
            <translation>nichts geändert: {value}.</translation>
        </message>
        <message>
            <source>your data is already protected.</source>
            <translation>deine Daten sind schon geschützt.</translation>
        </message>
        <message>
            <source>Your data is now protected. Your recovery key (shown this once; write it down or print it):</source>
            <translation>Deine Daten sind jetzt geschützt. Dein Wiederherstellungsschlüssel (nur dieses eine Mal angezeigt; schreib ihn auf oder druck ihn aus):</translation>
        </message>
        <message>
            <source>It opens your data if you forget your passphrase. Keep it away from this computer.</source>
            <translation>Er öffnet deine Daten, wenn du deine Passphrase vergisst. Bewahre ihn fern von diesem Computer auf.</translation>
        </message>
        <message>
            <source>your data is not protected.</source>
            <translation>deine Daten sind nicht geschützt.</translation>
        </message>
        <message>
            <source>Protection is off: your data and its backups are plain files again.</source>
            <translation>Der Schutz ist aus: Deine Daten und ihre Sicherungen sind wieder gewöhnliche Dateien.</translation>
        </message>
        <message>
            <source>Passphrase changed. Your recovery key is the same as before.</source>
            <translation>Passphrase geändert. Dein Wiederherstellungsschlüssel bleibt derselbe.</translation>
        </message>
        <message>
            <source>your data is not protected, so there is nothing to unlock.</source>
            <translation>deine Daten sind nicht geschützt, es gibt also nichts zu entsperren.</translation>
        </message>
        <message>
            <source>The passphrase opens your data.</source>
            <translation>Die Passphrase öffnet deine Daten.</translation>
        </message>
        <message>
            <source>Fetching {source} …</source>
            <translation>{source} wird geholt …</translation>
        </message>
        <message>
            <source>Reloaded “{name}” (list {id}).</source>
            <translation>„{name}“ neu geladen (Liste {id}).</translation>
        </message>
        <message>
            <source>Loaded “{name}” (list {id}).</source>
            <translation>„{name}“ geladen (Liste {id}).</translation>
        </message>
        <message numerus="yes">
            <source>Updated %n meeting(s) in your week, from their next date on.</source>
            <translation>
                <numerusform>%n Meeting in deiner Woche aktualisiert, ab seinem nächsten Termin.</numerusform>
                <numerusform>%n Meetings in deiner Woche aktualisiert, ab ihrem nächsten Termin.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting time(s), in {key}:</source>
            <translation>
                <numerusform>%n Meeting-Zeit, in {key}:</numerusform>
                <numerusform>%n Meeting-Zeiten, in {key}:</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing in your week was changed; run again with --update-added to update them.</source>
            <translation>In deiner Woche wurde nichts geändert; führ es mit --update-added erneut aus, um sie zu aktualisieren.</translation>
        </message>
        <message>
            <source>Added “{name}” to your week, every {value} (event {event_id}).</source>
            <translation>„{name}“ zu deiner Woche hinzugefügt, jeden {value} (Termin {event_id}).</translation>
        </message>
        <message>
            <source>no meeting list is kept yet; load one with `recoverybox meetings load FILE|URL`.</source>
            <translation>es wird noch keine Meeting-Liste aufbewahrt; lade eine mit `recoverybox meetings load FILE|URL`.</translation>
        </message>
        <message>
            <source>this computer's version</source>
            <translation>die Fassung dieses Computers</translation>
        </message>
        <message>
            <source>the server's version</source>
            <translation>die Fassung des Servers</translation>
        </message>
        <message>
            <source>Kept {kept} of “{value}”; the copy is gone.</source>
            <translation>Von „{value}“ wurde {kept} behalten; die Kopie ist weg.</translation>
        </message>
        <message>
            <source>The next sync sends it to the server.</source>
            <translation>Die nächste Synchronisation sendet sie an den Server.</translation>
        </message>
        <message>
            <source>calendar sync is not on.</source>
            <translation>die Kalendersynchronisation ist nicht eingeschaltet.</translation>
        </message>
        <message>
            <source>Calendar sync is off. Your events stay here and on the server; nothing more is sent.</source>
            <translation>Die Kalendersynchronisation ist aus. Deine Termine bleiben hier und auf dem Server; es wird nichts mehr gesendet.</translation>
        </message>
        <message>
            <source>calendar sync is not set up: run `recoverybox sync setup URL --user NAME` first.</source>
            <translation>die Kalendersynchronisation ist nicht eingerichtet: führ zuerst `recoverybox sync setup URL --user NAME` aus.</translation>
        </message>
        <message>
            <source> To allow it: recoverybox sync --allow-mass-delete</source>
            <translation> Um es zuzulassen: recoverybox sync --allow-mass-delete</translation>
        </message>
        <message>
            <source>Synced with “{calendar_name}”: {value}.</source>
            <translation>Mit „{calendar_name}“ synchronisiert: {value}.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) back in your calendar; the next sync sends them to the server again.</source>
            <translation>
                <numerusform>%n Termin wieder in deinem Kalender; die nächste Synchronisation sendet ihn erneut an den Server.</numerusform>
                <numerusform>%n Termine wieder in deinem Kalender; die nächste Synchronisation sendet sie erneut an den Server.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to settle: recoverybox sync conflicts</source>
            <translation>
                <numerusform>%n Konflikt zu klären: recoverybox sync conflicts</numerusform>
                <numerusform>%n Konflikte zu klären: recoverybox sync conflicts</numerusform>
            </translation>
        </message>
        <message>
            <source>give your user name on the server with --user NAME (or --no-password if it asks for none).</source>
            <translation>gib deinen Benutzernamen auf dem Server mit --user NAME an (oder --no-password, wenn er keins verlangt).</translation>
        </message>
        <message>
            <source>Made a calendar called “{name}” on the server.</source>
            <translation>Auf dem Server einen Kalender namens „{name}“ angelegt.</translation>
        </message>
        <message>
            <source>Calendar sync is on, with “{name}” ({url}).</source>
            <translation>Die Kalendersynchronisation ist eingeschaltet, mit „{name}“ ({url}).</translation>
        </message>
        <message>
            <source>Only the server's certificate you trusted is accepted; a changed one is refused.</source>
            <translation>Nur das Zertifikat des Servers, dem du vertraut hast, wird akzeptiert; ein geändertes wird abgelehnt.</translation>
        </message>
        <message>
            <source>The server asks for no password, so none is kept.</source>
            <translation>Der Server verlangt kein Passwort, deshalb wird keins aufbewahrt.</translation>
        </message>
        <message>
            <source>Only calendar events are sent; goals, check-ins, the journal and contacts stay here.</source>
            <translation>Nur Kalendertermine werden gesendet; Ziele, Einträge, das Tagebuch und die Kontakte bleiben hier.</translation>
        </message>
        <message>
            <source>No conflicts: every event is the same here and on the server.</source>
            <translation>Keine Konflikte: Jeder Termin ist hier und auf dem Server gleich.</translation>
        </message>
        <message>
            <source>  {when}  mine: “{value}”  theirs: “{theirs}”  {original}</source>
            <translation>  {when}  meine: „{value}“  ihre: „{theirs}“  {original}</translation>
        </message>
        <message>
            <source>The copies stay on this computer until you choose. End one with:</source>
            <translation>Die Kopien bleiben auf diesem Computer, bis du wählst. Lös einen so:</translation>
        </message>
        <message>
            <source>  recoverybox sync resolve UID --keep mine|theirs</source>
            <translation>  recoverybox sync resolve UID --keep mine|theirs</translation>
        </message>
        <message>
            <source>No events were deleted by a sync.</source>
            <translation>Durch keine Synchronisation wurden Termine gelöscht.</translation>
        </message>
        <message>
            <source>  {when}  {value}  (deleted on the server {deleted_at:%d %b %Y})  {uid}</source>
            <translation>  {when}  {value}  (auf dem Server gelöscht am {deleted_at:%d.%m.%Y})  {uid}</translation>
        </message>
        <message>
            <source>Bring them back with: recoverybox sync bring-back [UID …]</source>
            <translation>Hol sie zurück mit: recoverybox sync bring-back [UID …]</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <source>{title}, as a table</source>
            <translation>{title} als Tabelle</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>Show this chart's numbers as a table</source>
            <translation>Die Zahlen dieses Diagramms als Tabelle zeigen</translation>
        </message>
        <message>
            <source>Show {title} as a table</source>
            <translation>{title} als Tabelle zeigen</translation>
        </message>
        <message>
            <source>Save PNG…</source>
            <translation>PNG speichern …</translation>
        </message>
        <message>
            <source>Save {title} as PNG</source>
            <translation>{title} als PNG speichern</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Diagramm speichern</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <source>Save as &amp;PNG…</source>
            <translation>Als &amp;PNG speichern …</translation>
        </message>
    </context>
    <context>
        <name>ClockCard</name>
        <message>
            <source>Start &amp;again…</source>
            <translation>&amp;Neu beginnen …</translation>
        </message>
        <message>
            <source>After a slip: keep your history and begin a new count</source>
            <translation>Nach einem Rückfall: Deine Geschichte bleibt, eine neue Zählung beginnt</translation>
        </message>
        <message>
            <source>Start again for {name}</source>
            <translation>Neu beginnen mit {name}</translation>
        </message>
        <message>
            <source>Not counting</source>
            <translation>Zählt nicht</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s), {h} h {m:02d} min</source>
            <translation>
                <numerusform>%n Tag, {h} Std. {m:02d} Min.</numerusform>
                <numerusform>%n Tage, {h} Std. {m:02d} Min.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Next: {label} on {day}, %n day(s) to go</source>
            <translation>
                <numerusform>Als Nächstes: {label} am {day}, noch %n Tag</numerusform>
                <numerusform>Als Nächstes: {label} am {day}, noch %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>{percent}% of the way from {previous} to {label}</source>
            <translation>{percent} % des Wegs von {previous} bis {label}</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>dem Anfang</translation>
        </message>
        <message>
            <source>Since {day}.</source>
            <translation>Seit {day}.</translation>
        </message>
        <message>
            <source>Money not spent: {amount}.</source>
            <translation>Nicht ausgegebenes Geld: {amount}.</translation>
        </message>
        <message>
            <source>Time back for yourself: {hours} hours.</source>
            <translation>Zeit für dich zurückgewonnen: {hours} Stunden.</translation>
        </message>
        <message numerus="yes">
            <source>Longest stretch: %n day(s).</source>
            <translation>
                <numerusform>Längste Strecke: %n Tag.</numerusform>
                <numerusform>Längste Strecke: %n Tage.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n starts, on average {average} days each. Every start counts.</source>
            <translation>
                <numerusform>%n Anfang, im Schnitt je {average} Tage. Jeder Anfang zählt.</numerusform>
                <numerusform>%n Anfänge, im Schnitt je {average} Tage. Jeder Anfang zählt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Milestones reached: {list}.</source>
            <translation>Erreichte Meilensteine: {list}.</translation>
        </message>
    </context>
    <context>
        <name>ClockDialog</name>
        <message>
            <source>Add a sober-since clock</source>
            <translation>Einen Frei-seit-Zähler hinzufügen</translation>
        </message>
        <message>
            <source>e.g. Alcohol, Gambling, Smoking</source>
            <translation>z. B. Alkohol, Glücksspiel, Rauchen</translation>
        </message>
        <message>
            <source>Sober since</source>
            <translation>Frei seit</translation>
        </message>
        <message>
            <source>I know the &amp;time</source>
            <translation>Ich kenne die &amp;Uhrzeit</translation>
        </message>
        <message>
            <source>Sober since time</source>
            <translation>Frei seit (Uhrzeit)</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(nicht festgelegt)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>&amp;What it counts</source>
            <translation>&amp;Was er zählt</translation>
        </message>
        <message>
            <source>&amp;Sober since</source>
            <translation>&amp;Frei seit</translation>
        </message>
        <message>
            <source>Money it cost a &amp;day</source>
            <translation>&amp;Geld, das es pro Tag gekostet hat</translation>
        </message>
        <message>
            <source>T&amp;ime it took a day</source>
            <translation>&amp;Zeit, die es pro Tag gekostet hat</translation>
        </message>
    </context>
    <context>
        <name>ClosingQuestions</name>
        <message>
            <source>Keep your reminders running?</source>
            <translation>Erinnerungen weiterlaufen lassen?</translation>
        </message>
        <message>
            <source>Keep your reminders running after you close this window?</source>
            <translation>Sollen deine Erinnerungen weiterlaufen, wenn du dieses Fenster schließt?</translation>
        </message>
        <message>
            <source>RecoveryBox can stay running without a window, so reminders for your meetings and sessions still arrive. Open it again from your applications menu; File › Quit stops it. You can change this in Settings › In the background.</source>
            <translation>RecoveryBox kann ohne Fenster weiterlaufen, damit Erinnerungen an deine Meetings und Termine trotzdem ankommen. Öffne es wieder über dein Anwendungsmenü; Datei › Beenden hält es an. Du kannst das unter Einstellungen › Im Hintergrund ändern.</translation>
        </message>
        <message>
            <source>&amp;Keep reminders running</source>
            <translation>Erinnerungen &amp;weiterlaufen lassen</translation>
        </message>
        <message>
            <source>&amp;Quit RecoveryBox</source>
            <translation>RecoveryBox &amp;beenden</translation>
        </message>
        <message>
            <source>Not everything is saved</source>
            <translation>Nicht alles ist gespeichert</translation>
        </message>
        <message>
            <source>Some of what you wrote could not be saved yet.</source>
            <translation>Einiges von dem, was du geschrieben hast, konnte noch nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>The journal says why. If you close now, those words are lost. Copy them somewhere first?</source>
            <translation>Im Tagebuch steht, warum. Wenn du jetzt schließt, sind diese Worte verloren. Vorher woanders hin kopieren?</translation>
        </message>
        <message>
            <source>&amp;Stay and copy them</source>
            <translation>&amp;Bleiben und kopieren</translation>
        </message>
        <message>
            <source>&amp;Close anyway</source>
            <translation>&amp;Trotzdem schließen</translation>
        </message>
        <message>
            <source>RecoveryBox is still running</source>
            <translation>RecoveryBox läuft noch</translation>
        </message>
        <message>
            <source>Your reminders keep working here. Choose Quit in this menu to stop them.</source>
            <translation>Deine Erinnerungen funktionieren hier weiter. Wähle in diesem Menü Beenden, um sie anzuhalten.</translation>
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message>
            <source>Keep the other device's</source>
            <translation>Die des anderen Geräts behalten</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Meine behalten</translation>
        </message>
        <message>
            <source>Show mine</source>
            <translation>Meine zeigen</translation>
        </message>
        <message numerus="yes">
            <source>(%n more after this one.)</source>
            <translation>
                <numerusform>(Danach noch %n.)</numerusform>
                <numerusform>(Danach noch %n.)</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ “{title}” was changed here and on another device</source>
            <translation>⚠ „{title}“ wurde hier und auf einem anderen Gerät geändert</translation>
        </message>
        <message>
            <source>The other device deleted it; your version is kept ({when}). Keep it?</source>
            <translation>Das andere Gerät hat es gelöscht; deine Fassung bleibt erhalten ({when}). Behalten?</translation>
        </message>
        <message>
            <source>Both versions are in your calendar: the other device's as “{theirs}”, and yours, marked ⚠ conflict copy ({when}). Choose which one stays; the other is deleted here and on the server.</source>
            <translation>Beide Fassungen sind in deinem Kalender: die des anderen Geräts als „{theirs}“ und deine, markiert als ⚠ Konfliktkopie ({when}). Wähle, welche bleibt; die andere wird hier und auf dem Server gelöscht.</translation>
        </message>
        <message>
            <source>Delete mine</source>
            <translation>Meine löschen</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Sponsor</source>
            <translation>Sponsor/in</translation>
        </message>
        <message>
            <source>Therapist / counsellor</source>
            <translation>Therapeut/in, Berater/in</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familie</translation>
        </message>
        <message>
            <source>Friend</source>
            <translation>Freund/in</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>Weggefährt/in</translation>
        </message>
        <message>
            <source>Crisis line</source>
            <translation>Krisentelefon</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Kontakt bearbeiten</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message>
            <source>e.g. evenings after 6, not before 9 am</source>
            <translation>z. B. abends nach 18 Uhr, nicht vor 9 Uhr</translation>
        </message>
        <message>
            <source>&amp;Pin for the panic window</source>
            <translation>Im Hilfe-&amp;Fenster anheften</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Rolle</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>Tele&amp;fon</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-Mail</translation>
        </message>
        <message>
            <source>&amp;Best times to call</source>
            <translation>&amp;Gute Zeiten für Anrufe</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otizen</translation>
        </message>
    </context>
    <context>
        <name>CrisisFields</name>
        <message>
            <source>Crisis line</source>
            <translation>Krisentelefon</translation>
        </message>
        <message>
            <source>A name and number, e.g. Samaritans 116 123</source>
            <translation>Ein Name und eine Nummer, z. B. TelefonSeelsorge 0800 111 0 111</translation>
        </message>
        <message>
            <source>Emergency number</source>
            <translation>Notrufnummer</translation>
        </message>
        <message>
            <source>e.g. 999, 911, 112, 000</source>
            <translation>z. B. 112, 999, 911, 000</translation>
        </message>
        <message>
            <source>&amp;Use these numbers</source>
            <translation>Diese Nummern &amp;verwenden</translation>
        </message>
        <message>
            <source>For {country}: {line}; emergencies {emergency}. From {source}, checked {date}. Check them, and change them if they are wrong for you.</source>
            <translation>Für {country}: {line}; Notruf {emergency}. Aus {source}, geprüft am {date}. Prüfe sie und ändere sie, wenn sie für dich nicht stimmen.</translation>
        </message>
        <message>
            <source>Add the crisis or helpline number for your country. Without one, the help window shows 112.</source>
            <translation>Trage die Krisen- oder Beratungsnummer deines Landes ein. Ohne sie zeigt das Hilfe-Fenster die 112.</translation>
        </message>
        <message>
            <source>Cr&amp;isis line</source>
            <translation>Kr&amp;isentelefon</translation>
        </message>
        <message>
            <source>E&amp;mergency number</source>
            <translation>&amp;Notrufnummer</translation>
        </message>
    </context>
    <context>
        <name>DailyPanel</name>
        <message>
            <source>Easy</source>
            <translation>Leicht</translation>
        </message>
        <message>
            <source>Fairly easy</source>
            <translation>Eher leicht</translation>
        </message>
        <message>
            <source>Mixed</source>
            <translation>Gemischt</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>Schwer</translation>
        </message>
        <message>
            <source>Very hard</source>
            <translation>Sehr schwer</translation>
        </message>
        <message>
            <source>Today's reflection</source>
            <translation>Gedanke für heute</translation>
        </message>
        <message>
            <source>&amp;Write an answer…</source>
            <translation>Eine Antwort &amp;schreiben …</translation>
        </message>
        <message>
            <source>Morning pledge</source>
            <translation>Vorsatz am Morgen</translation>
        </message>
        <message>
            <source>Today I commit to</source>
            <translation>Heute nehme ich mir vor</translation>
        </message>
        <message>
            <source>Make today's &amp;pledge</source>
            <translation>Heutigen &amp;Vorsatz fassen</translation>
        </message>
        <message>
            <source>Evening review: how was today?</source>
            <translation>Abendrückblick: Wie war heute?</translation>
        </message>
        <message>
            <source>One line about today (optional)</source>
            <translation>Eine Zeile über heute (freiwillig)</translation>
        </message>
        <message>
            <source>About today</source>
            <translation>Über heute</translation>
        </message>
        <message>
            <source>Save &amp;review</source>
            <translation>Rückblick &amp;speichern</translation>
        </message>
        <message>
            <source>Pledged today ✓ · {n}-day streak</source>
            <translation>Heute vorgenommen ✓ · {n} Tage in Folge</translation>
        </message>
        <message>
            <source>{n}-day pledge streak</source>
            <translation>{n} Tage Vorsätze in Folge</translation>
        </message>
        <message>
            <source>Saved ✓</source>
            <translation>Gespeichert ✓</translation>
        </message>
        <message>
            <source>★ Starred</source>
            <translation>★ Markiert</translation>
        </message>
        <message>
            <source>☆ &amp;Star</source>
            <translation>☆ &amp;Markieren</translation>
        </message>
        <message>
            <source>Star this reflection</source>
            <translation>Diesen Gedanken markieren</translation>
        </message>
        <message>
            <source>One moment: your data is still opening.</source>
            <translation>Einen Moment: Deine Daten werden noch geöffnet.</translation>
        </message>
        <message>
            <source>Choose how the day went first.</source>
            <translation>Wähle zuerst, wie der Tag war.</translation>
        </message>
        <message>
            <source>Saved ✓ Thank you for checking in.</source>
            <translation>Gespeichert ✓ Danke, dass du dir die Zeit genommen hast.</translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message>
            <source>Import calendar</source>
            <translation>Kalender importieren</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Kalender (*.ics)</translation>
        </message>
        <message>
            <source>Imported, but some events were left out</source>
            <translation>Importiert, aber einige Termine wurden ausgelassen</translation>
        </message>
        <message>
            <source>Imported, with a few things read differently</source>
            <translation>Importiert, einiges wurde anders gelesen</translation>
        </message>
        <message>
            <source>Importing the calendar…</source>
            <translation>Der Kalender wird importiert …</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Nichts importiert</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Kalender exportieren</translation>
        </message>
        <message>
            <source>Writing the calendar…</source>
            <translation>Der Kalender wird geschrieben …</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n event(s) to {path}.</source>
            <translation>
                <numerusform>%n Termin nach {path} exportiert.</numerusform>
                <numerusform>%n Termine nach {path} exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Nicht exportiert</translation>
        </message>
        <message>
            <source>Export week as PDF</source>
            <translation>Woche als PDF exportieren</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Drawing the week…</source>
            <translation>Die Woche wird gezeichnet …</translation>
        </message>
        <message>
            <source>Saved the plan to {path}.</source>
            <translation>Plan unter {path} gespeichert.</translation>
        </message>
        <message>
            <source>The week was not saved</source>
            <translation>Die Woche wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>Backed up to {path}.</source>
            <translation>Gesichert unter {path}.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Eine Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>RecoveryBox data (*.sqlite3)</source>
            <translation>RecoveryBox-Daten (*.sqlite3)</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Nicht wiederhergestellt</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Diese Sicherung wiederherstellen?</translation>
        </message>
        <message>
            <source>Your data will be replaced by this backup. The current data is kept in the data folder under a new name, so nothing is lost.</source>
            <translation>Deine Daten werden durch diese Sicherung ersetzt. Die jetzigen Daten bleiben unter einem neuen Namen im Datenordner, es geht also nichts verloren.</translation>
        </message>
        <message>
            <source>Backup restored.</source>
            <translation>Sicherung wiederhergestellt.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Die Sicherung wird wiederhergestellt …</translation>
        </message>
        <message>
            <source>Export all my data to a folder</source>
            <translation>Alle meine Daten in einen Ordner exportieren</translation>
        </message>
        <message>
            <source>Exporting everything…</source>
            <translation>Alles wird exportiert …</translation>
        </message>
        <message>
            <source>Exported everything to {folder}.</source>
            <translation>Alles nach {folder} exportiert.</translation>
        </message>
        <message>
            <source>Not everything was exported</source>
            <translation>Nicht alles wurde exportiert</translation>
        </message>
        <message>
            <source>Load a RecoveryBox export</source>
            <translation>Einen RecoveryBox-Export laden</translation>
        </message>
        <message>
            <source>RecoveryBox export (*.json)</source>
            <translation>RecoveryBox-Export (*.json)</translation>
        </message>
        <message numerus="yes">
            <source>Loaded %n row(s) from the export.</source>
            <translation>
                <numerusform>%n Zeile aus dem Export geladen.</numerusform>
                <numerusform>%n Zeilen aus dem Export geladen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the export…</source>
            <translation>Der Export wird geladen …</translation>
        </message>
        <message>
            <source>Nothing was loaded</source>
            <translation>Nichts geladen</translation>
        </message>
    </context>
    <context>
        <name>DataSession</name>
        <message>
            <source>RecoveryBox reminder</source>
            <translation>Erinnerung von RecoveryBox</translation>
        </message>
        <message>
            <source>Could not change whether RecoveryBox starts at login.</source>
            <translation>Es ließ sich nicht ändern, ob RecoveryBox bei der Anmeldung startet.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Choose from a calendar</source>
            <translation>Aus einem Kalender wählen</translation>
        </message>
        <message>
            <source>e.g. 15 Mar 2026</source>
            <translation>z. B. 15.03.2026</translation>
        </message>
    </context>
    <context>
        <name>DateTimeField</name>
        <message>
            <source>{name} date</source>
            <translation>{name} (Datum)</translation>
        </message>
        <message>
            <source>{name} time</source>
            <translation>{name} (Uhrzeit)</translation>
        </message>
    </context>
    <context>
        <name>DeletedBySyncDialog</name>
        <message>
            <source>Deleted by sync</source>
            <translation>Durch Synchronisation gelöscht</translation>
        </message>
        <message>
            <source>These events were deleted on your server (or on another device) and so left your calendar here. Their attendance and reminders are kept. Tick the ones to bring back: they return here, and to the server at the next sync.</source>
            <translation>Diese Termine wurden auf deinem Server (oder auf einem anderen Gerät) gelöscht und sind deshalb hier aus deinem Kalender verschwunden. Teilnahme und Erinnerungen bleiben erhalten. Hake die an, die zurückkommen sollen: Sie erscheinen wieder hier und bei der nächsten Synchronisation auch auf dem Server.</translation>
        </message>
        <message>
            <source>Events deleted by sync</source>
            <translation>Durch Synchronisation gelöschte Termine</translation>
        </message>
        <message>
            <source>&amp;Bring back</source>
            <translation>&amp;Zurückholen</translation>
        </message>
        <message>
            <source>Tick the events to bring back first.</source>
            <translation>Hake zuerst die Termine an, die zurückkommen sollen.</translation>
        </message>
    </context>
    <context>
        <name>ErrorPanel</name>
        <message>
            <source>&lt;h3&gt;{view} could not be shown&lt;/h3&gt;&lt;p&gt;Something in it went wrong. Your data is safe, and the other views still work.&lt;/p&gt;&lt;p&gt;The details were written to the log file. You can try again, or carry on elsewhere.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{view} konnte nicht angezeigt werden&lt;/h3&gt;&lt;p&gt;Darin ist etwas schiefgegangen. Deine Daten sind sicher, und die anderen Ansichten funktionieren weiter.&lt;/p&gt;&lt;p&gt;Die Einzelheiten stehen in der Protokolldatei. Du kannst es noch einmal versuchen oder woanders weitermachen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Noch einmal versuchen</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>At the start</source>
            <translation>Zu Beginn</translation>
        </message>
        <message>
            <source>5 minutes before</source>
            <translation>5 Minuten vorher</translation>
        </message>
        <message>
            <source>10 minutes before</source>
            <translation>10 Minuten vorher</translation>
        </message>
        <message>
            <source>15 minutes before</source>
            <translation>15 Minuten vorher</translation>
        </message>
        <message>
            <source>30 minutes before</source>
            <translation>30 Minuten vorher</translation>
        </message>
        <message>
            <source>1 hour before</source>
            <translation>1 Stunde vorher</translation>
        </message>
        <message>
            <source>2 hours before</source>
            <translation>2 Stunden vorher</translation>
        </message>
        <message>
            <source>1 day before</source>
            <translation>1 Tag vorher</translation>
        </message>
        <message>
            <source>2 days before</source>
            <translation>2 Tage vorher</translation>
        </message>
        <message>
            <source>1 week before</source>
            <translation>1 Woche vorher</translation>
        </message>
        <message>
            <source>Edit event</source>
            <translation>Termin bearbeiten</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Neuer Termin</translation>
        </message>
        <message>
            <source>e.g. Tuesday home group</source>
            <translation>z. B. Dienstagsgruppe</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(nicht festgelegt)</translation>
        </message>
        <message>
            <source>In &amp;person</source>
            <translation>Vor &amp;Ort</translation>
        </message>
        <message>
            <source>O&amp;nline</source>
            <translation>O&amp;nline</translation>
        </message>
        <message>
            <source>Address or room</source>
            <translation>Adresse oder Raum</translation>
        </message>
        <message>
            <source>Online link</source>
            <translation>Online-Link</translation>
        </message>
        <message>
            <source>Open in &amp;browser</source>
            <translation>Im &amp;Browser öffnen</translation>
        </message>
        <message>
            <source>Open the meeting link in your browser</source>
            <translation>Den Meeting-Link im Browser öffnen</translation>
        </message>
        <message>
            <source>All da&amp;y</source>
            <translation>Ganz&amp;tägig</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Uhrzeit der Erinnerung</translation>
        </message>
        <message>
            <source>Add rem&amp;inder</source>
            <translation>Er&amp;innerung hinzufügen</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected reminder</source>
            <translation>Die ausgewählte Erinnerung entfernen</translation>
        </message>
        <message>
            <source>Remind me even during &amp;quiet hours</source>
            <translation>Auch in der &amp;Ruhezeit erinnern</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>&amp;Fellowship</source>
            <translation>&amp;Gemeinschaft</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Link</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otizen</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Beginn</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Ende</translation>
        </message>
        <message>
            <source>Time &amp;zone</source>
            <translation>&amp;Zeitzone</translation>
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Re&amp;minders</source>
            <translation>Erinne&amp;rungen</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen …</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) before</source>
            <translation>
                <numerusform>%n Minute vorher</numerusform>
                <numerusform>%n Minuten vorher</numerusform>
            </translation>
        </message>
        <message>
            <source>AA</source>
            <translation>AA</translation>
        </message>
        <message>
            <source>NA</source>
            <translation>NA</translation>
        </message>
        <message>
            <source>SMART Recovery</source>
            <translation>SMART Recovery</translation>
        </message>
        <message>
            <source>Women for Sobriety</source>
            <translation>Women for Sobriety</translation>
        </message>
        <message>
            <source>Secular Organizations for Sobriety</source>
            <translation>Secular Organizations for Sobriety</translation>
        </message>
        <message>
            <source>Other support group</source>
            <translation>Andere Selbsthilfegruppe</translation>
        </message>
    </context>
    <context>
        <name>FeedAddressDialog</name>
        <message>
            <source>Load a meeting list from the web</source>
            <translation>Eine Meeting-Liste aus dem Web laden</translation>
        </message>
        <message>
            <source>Paste the address of your area's meeting list (a Meeting Guide JSON feed or a CSV table, often ending in .json or .csv).

RecoveryBox connects to this address only now and when you click “Check for updates”, to fetch the list. It sends nothing about you and makes no other connection.</source>
            <translation>Füge die Adresse der Meeting-Liste deiner Gegend ein (ein JSON-Feed im Meeting-Guide-Format oder eine CSV-Tabelle, oft mit der Endung .json oder .csv).

RecoveryBox verbindet sich nur jetzt mit dieser Adresse und wenn du auf „Nach Aktualisierungen suchen“ klickst, um die Liste zu holen. Es sendet nichts über dich und baut keine andere Verbindung auf.</translation>
        </message>
        <message>
            <source>Web address of the meeting list</source>
            <translation>Webadresse der Meeting-Liste</translation>
        </message>
        <message>
            <source>Fetch the list</source>
            <translation>Liste holen</translation>
        </message>
    </context>
    <context>
        <name>FieldErrors</name>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Alcoholics Anonymous (AA)</source>
            <translation>Anonyme Alkoholiker (AA)</translation>
        </message>
        <message>
            <source>Narcotics Anonymous (NA)</source>
            <translation>Narcotics Anonymous (NA)</translation>
        </message>
        <message>
            <source>SMART Recovery</source>
            <translation>SMART Recovery</translation>
        </message>
        <message>
            <source>Women for Sobriety</source>
            <translation>Women for Sobriety</translation>
        </message>
        <message>
            <source>Secular Organizations for Sobriety (SOS)</source>
            <translation>Secular Organizations for Sobriety (SOS)</translation>
        </message>
        <message>
            <source>Therapy or counselling</source>
            <translation>Therapie oder Beratung</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Noch keine</translation>
        </message>
        <message>
            <source>Attend 3 meetings a week</source>
            <translation>3 Meetings pro Woche besuchen</translation>
        </message>
        <message>
            <source>Go to my therapy sessions</source>
            <translation>Zu meinen Therapiesitzungen gehen</translation>
        </message>
        <message>
            <source>Journal daily</source>
            <translation>Täglich Tagebuch schreiben</translation>
        </message>
        <message>
            <source>Make my morning pledge</source>
            <translation>Meinen Vorsatz am Morgen fassen</translation>
        </message>
        <message>
            <source>Walk 20 minutes</source>
            <translation>20 Minuten spazieren gehen</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Call someone in my support network</source>
            <translation>Jemanden aus meinem Unterstützungsnetz anrufen</translation>
        </message>
        <message>
            <source>Welcome to RecoveryBox</source>
            <translation>Willkommen bei RecoveryBox</translation>
        </message>
        <message>
            <source>RecoveryBox helps you plan your week, keep track of what matters to you and get through hard moments.

Everything you enter stays on this computer: there is no account and nothing is sent anywhere. It is kept in a file that anyone who can use your computer account could open, until you protect it with a passphrase (offered at the end of this setup, or any time in Settings › Privacy).

A few questions follow. Skip any of them, or the whole setup; you can come back to it from Help.</source>
            <translation>RecoveryBox hilft dir, deine Woche zu planen, im Blick zu behalten, was dir wichtig ist, und durch schwere Momente zu kommen.

Alles, was du einträgst, bleibt auf diesem Computer: Es gibt kein Konto, und nichts wird irgendwohin gesendet. Es liegt in einer Datei, die jede Person öffnen könnte, die dein Benutzerkonto auf diesem Computer nutzen kann – bis du sie mit einer Passphrase schützt (angeboten am Ende dieser Einrichtung oder jederzeit unter Einstellungen › Privatsphäre).

Es folgen ein paar Fragen. Überspring einzelne davon oder die ganze Einrichtung; du kannst über Hilfe jederzeit zurückkommen.</translation>
        </message>
        <message>
            <source>Sober since</source>
            <translation>Frei seit</translation>
        </message>
        <message>
            <source>If you like, RecoveryBox can count your days. Leave the name empty to skip.</source>
            <translation>Wenn du möchtest, kann RecoveryBox deine Tage zählen. Lass den Namen leer, um das zu überspringen.</translation>
        </message>
        <message>
            <source>e.g. Alcohol</source>
            <translation>z. B. Alkohol</translation>
        </message>
        <message>
            <source>Another (optional)</source>
            <translation>Noch einer (freiwillig)</translation>
        </message>
        <message>
            <source>What it counts</source>
            <translation>Was er zählt</translation>
        </message>
        <message>
            <source>Your support</source>
            <translation>Deine Unterstützung</translation>
        </message>
        <message>
            <source>Which do you follow? Choose any.</source>
            <translation>Woran orientierst du dich? Wähle beliebig viele.</translation>
        </message>
        <message>
            <source>A regular meeting or session</source>
            <translation>Ein regelmäßiges Meeting oder ein regelmäßiger Termin</translation>
        </message>
        <message>
            <source>Add one meeting or therapy session that repeats every week. Leave the name empty to skip.</source>
            <translation>Füge ein Meeting oder eine Therapiesitzung hinzu, die jede Woche stattfindet. Lass den Namen leer, um das zu überspringen.</translation>
        </message>
        <message>
            <source>e.g. Tuesday home group</source>
            <translation>z. B. Dienstagsgruppe</translation>
        </message>
        <message>
            <source>Support meeting</source>
            <translation>Selbsthilfe-Meeting</translation>
        </message>
        <message>
            <source>Therapy / counselling</source>
            <translation>Therapie / Beratung</translation>
        </message>
        <message>
            <source>At</source>
            <translation>Um</translation>
        </message>
        <message>
            <source>Address, or a https:// link for an online meeting</source>
            <translation>Adresse oder ein https://-Link für ein Online-Meeting</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Jeden</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Someone you trust</source>
            <translation>Jemand, dem du vertraust</translation>
        </message>
        <message>
            <source>A sponsor, therapist, friend or family member you could call on a hard day. Leave empty to skip.</source>
            <translation>Ein Sponsor, eine Therapeutin, ein Freund oder jemand aus der Familie, den du an einem schweren Tag anrufen könntest. Leer lassen, um das zu überspringen.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Help in a crisis</source>
            <translation>Hilfe in der Krise</translation>
        </message>
        <message>
            <source>The “I need help now” window shows a crisis line you can call with one click, and the number for an emergency. RecoveryBox has a short list of national numbers; check the suggestion, or type your own.</source>
            <translation>Das Fenster „Ich brauche jetzt Hilfe“ zeigt ein Krisentelefon, das du mit einem Klick anrufen kannst, und die Notrufnummer. RecoveryBox kennt eine kurze Liste landesweiter Nummern; prüfe den Vorschlag oder trag deine eigene ein.</translation>
        </message>
        <message>
            <source>Gentle reminders</source>
            <translation>Sanfte Erinnerungen</translation>
        </message>
        <message>
            <source>A short morning reflection and an evening check-in. Change or turn them off any time in Settings.</source>
            <translation>Ein kurzer Gedanke am Morgen und ein Rückblick am Abend. Jederzeit in den Einstellungen änderbar oder abschaltbar.</translation>
        </message>
        <message>
            <source>Morning</source>
            <translation>Morgens</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>Abends</translation>
        </message>
        <message>
            <source>Start when I log in, so reminders arrive (no window)</source>
            <translation>Bei der Anmeldung starten, damit Erinnerungen ankommen (ohne Fenster)</translation>
        </message>
        <message>
            <source>A first goal</source>
            <translation>Ein erstes Ziel</translation>
        </message>
        <message>
            <source>Pick one or two to start. Small is good.</source>
            <translation>Wähl für den Anfang eins oder zwei. Klein ist gut.</translation>
        </message>
        <message>
            <source>Suggested goals</source>
            <translation>Vorgeschlagene Ziele</translation>
        </message>
        <message>
            <source>Keep it private</source>
            <translation>Privat halten</translation>
        </message>
        <message>
            <source>If other people use this computer, a passphrase can encrypt everything you write here, backups included. RecoveryBox then asks for it when it starts and locks itself when you leave it.

If you forget the passphrase and lose the recovery key you will be given, nobody can open your data. You can turn this on or off later in Settings › Privacy.</source>
            <translation>Wenn auch andere diesen Computer nutzen, kann eine Passphrase alles verschlüsseln, was du hier schreibst, Sicherungen eingeschlossen. RecoveryBox fragt dann beim Start danach und sperrt sich, wenn du es verlässt.

Wenn du die Passphrase vergisst und den Wiederherstellungsschlüssel verlierst, den du bekommst, kann niemand deine Daten öffnen. Du kannst das später unter Einstellungen › Privatsphäre ein- oder ausschalten.</translation>
        </message>
        <message>
            <source>&amp;Protect my data with a passphrase (asked for next)</source>
            <translation>Meine Daten mit einer &amp;Passphrase schützen (wird als Nächstes abgefragt)</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Set up RecoveryBox</source>
            <translation>RecoveryBox einrichten</translation>
        </message>
        <message>
            <source>S&amp;kip setup</source>
            <translation>Einrichtung &amp;überspringen</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>Skip setup</source>
            <translation>Einrichtung überspringen</translation>
        </message>
        <message>
            <source>Skip the rest of the setup? You can open it again from Help › Set up RecoveryBox.</source>
            <translation>Den Rest der Einrichtung überspringen? Du kannst sie über Hilfe › RecoveryBox einrichten wieder öffnen.</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Sobriety</source>
            <translation>Nüchternheit</translation>
        </message>
        <message>
            <source>Support meetings</source>
            <translation>Selbsthilfe-Meetings</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Gesundheit</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <source>Self-care</source>
            <translation>Selbstfürsorge</translation>
        </message>
        <message>
            <source>My own</source>
            <translation>Eigene</translation>
        </message>
        <message>
            <source>Every day (yes or no)</source>
            <translation>Jeden Tag (ja oder nein)</translation>
        </message>
        <message>
            <source>A number of times a week</source>
            <translation>Eine Anzahl pro Woche</translation>
        </message>
        <message>
            <source>A measured amount a day (e.g. minutes)</source>
            <translation>Eine gemessene Menge pro Tag (z. B. Minuten)</translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>Nichts</translation>
        </message>
        <message>
            <source>Support meetings I attend</source>
            <translation>Selbsthilfe-Meetings, die ich besuche</translation>
        </message>
        <message>
            <source>Therapy sessions I attend</source>
            <translation>Therapiesitzungen, die ich besuche</translation>
        </message>
        <message>
            <source>Self-care events I attend</source>
            <translation>Selbstfürsorge-Termine, die ich wahrnehme</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Ziel bearbeiten</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Neues Ziel</translation>
        </message>
        <message>
            <source>e.g. Journal today, 3 meetings a week, 20 minutes walking</source>
            <translation>z. B. Tagebuch schreiben, 3 Meetings pro Woche, 20 Minuten spazieren</translation>
        </message>
        <message>
            <source>minutes, pages, glasses…</source>
            <translation>Minuten, Seiten, Gläser …</translation>
        </message>
        <message>
            <source>&amp;Remind me if it's not done by</source>
            <translation>&amp;Erinnern, wenn es nicht erledigt ist bis</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Uhrzeit der Erinnerung</translation>
        </message>
        <message>
            <source>&amp;Goal</source>
            <translation>&amp;Ziel</translation>
        </message>
        <message>
            <source>&amp;Area</source>
            <translation>&amp;Bereich</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>Targ&amp;et</source>
            <translation>Zielw&amp;ert</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Einheit</translation>
        </message>
        <message>
            <source>&amp;Counts automatically</source>
            <translation>Zählt &amp;automatisch</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notizen</translation>
        </message>
        <message>
            <source> times a week</source>
            <translation> pro Woche</translation>
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message>
            <source>Sobriety</source>
            <translation>Nüchternheit</translation>
        </message>
        <message>
            <source>Support meetings</source>
            <translation>Selbsthilfe-Meetings</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Gesundheit</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <source>Self-care</source>
            <translation>Selbstfürsorge</translation>
        </message>
        <message>
            <source>My own goals</source>
            <translation>Meine eigenen Ziele</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Jeden Tag</translation>
        </message>
        <message>
            <source>Times a week</source>
            <translation>Mal pro Woche</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Gemessen</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>Best</source>
            <translation>Beste</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Erinnerung</translation>
        </message>
        <message>
            <source>Space checks in the selected goal for today; Enter edits it</source>
            <translation>Leertaste hakt das ausgewählte Ziel für heute ab; Eingabe bearbeitet es</translation>
        </message>
        <message>
            <source>No goals yet. A goal can be as small as “drink a glass of water”. Press New goal to add one.</source>
            <translation>Noch keine Ziele. Ein Ziel kann so klein sein wie „ein Glas Wasser trinken“. Drück auf Neues Ziel, um eins hinzuzufügen.</translation>
        </message>
        <message>
            <source>&amp;New goal…</source>
            <translation>&amp;Neues Ziel …</translation>
        </message>
        <message>
            <source>Add a goal (Ctrl+N)</source>
            <translation>Ein Ziel hinzufügen (Strg+N)</translation>
        </message>
        <message>
            <source>&amp;Check in today</source>
            <translation>Heute &amp;abhaken</translation>
        </message>
        <message>
            <source>Check in the selected goal for today (Space)</source>
            <translation>Das ausgewählte Ziel für heute abhaken (Leertaste)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten …</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pausieren</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>Arc&amp;hivieren</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen …</translation>
        </message>
        <message>
            <source>Show a&amp;rchived</source>
            <translation>A&amp;rchivierte zeigen</translation>
        </message>
        <message>
            <source>Habit strength: every day's result counts, the newest most. A day's weight halves every {n} days, so one missed day lowers it a little instead of wiping it out like a streak, and it takes weeks of steady days to reach 100%.</source>
            <translation>Gewohnheitsstärke: Jeder Tag zählt, die jüngsten am meisten. Das Gewicht eines Tages halbiert sich alle {n} Tage, ein verpasster Tag senkt sie also nur ein wenig, statt sie wie eine Serie auszulöschen, und es braucht Wochen stetiger Tage bis 100 %.</translation>
        </message>
        <message>
            <source>Another day</source>
            <translation>Ein anderer Tag</translation>
        </message>
        <message>
            <source>Check in &amp;that day</source>
            <translation>&amp;Diesen Tag abhaken</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n Woche</numerusform>
                <numerusform>%n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} (paused)</source>
            <translation>{title} (pausiert)</translation>
        </message>
        <message>
            <source>{title} (archived)</source>
            <translation>{title} (archiviert)</translation>
        </message>
        <message>
            <source>Done this week ✓</source>
            <translation>Diese Woche erledigt ✓</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Erledigt ✓</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Noch nicht</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>Un&amp;archive</source>
            <translation>Aus dem Archiv &amp;holen</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>part</source>
            <translation>teilweise</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>verpasst</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>nicht erledigt</translation>
        </message>
        <message>
            <source>not yet a goal</source>
            <translation>noch kein Ziel</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>teilweise erledigt</translation>
        </message>
        <message>
            <source>{day}: {state}. Click to change.</source>
            <translation>{day}: {state}. Zum Ändern klicken.</translation>
        </message>
        <message>
            <source>Choose a goal to see its history.</source>
            <translation>Wähle ein Ziel, um seinen Verlauf zu sehen.</translation>
        </message>
        <message>
            <source>· Habit strength {n}%</source>
            <translation>· Gewohnheitsstärke {n} %</translation>
        </message>
        <message>
            <source>· Reminder at {time}</source>
            <translation>· Erinnerung um {time}</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Abhaken</translation>
        </message>
        <message>
            <source>How much on {day}? ({unit})</source>
            <translation>Wie viel am {day}? ({unit})</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Ziel löschen</translation>
        </message>
        <message>
            <source>Delete “{title}” and all its check-ins? This can't be undone. (Archive keeps the history instead.)</source>
            <translation>„{title}“ und alle Einträge dazu löschen? Das lässt sich nicht rückgängig machen. (Archivieren behält den Verlauf.)</translation>
        </message>
    </context>
    <context>
        <name>HabitHeatmap</name>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>teilweise erledigt</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>verpasst</translation>
        </message>
        <message>
            <source>no check-in needed</source>
            <translation>kein Eintrag nötig</translation>
        </message>
        <message>
            <source>History, one square a day</source>
            <translation>Verlauf, ein Quadrat pro Tag</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) done in the time shown</source>
            <translation>
                <numerusform>%n Tag erledigt im gezeigten Zeitraum</numerusform>
                <numerusform>%n Tage erledigt im gezeigten Zeitraum</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportNotes</name>
        <message numerus="yes">
            <source>%n event(s) had no UID: each was given one made from its contents, so importing this file again updates it ({titles}).</source>
            <translation>
                <numerusform>%n Termin hatte keine UID: Er bekam eine aus seinem Inhalt, ein erneuter Import dieser Datei aktualisiert ihn also ({titles}).</numerusform>
                <numerusform>%n Termine hatten keine UID: Jeder bekam eine aus seinem Inhalt, ein erneuter Import dieser Datei aktualisiert sie also ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) were older copies of an event in the same file (same UID, lower SEQUENCE): the newest copy was kept ({titles}).</source>
            <translation>
                <numerusform>%n Termin war eine ältere Kopie eines Termins in derselben Datei (gleiche UID, niedrigere SEQUENCE): Die neueste Kopie wurde behalten ({titles}).</numerusform>
                <numerusform>%n Termine waren ältere Kopien eines Termins in derselben Datei (gleiche UID, niedrigere SEQUENCE): Die neueste Kopie wurde behalten ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) had a changed occurrence for a date the series does not have: it was kept as an extra occurrence ({titles}).</source>
            <translation>
                <numerusform>%n Termin hatte ein geändertes Vorkommen an einem Datum, das die Serie nicht hat: Es wurde als zusätzliches Vorkommen behalten ({titles}).</numerusform>
                <numerusform>%n Termine hatten ein geändertes Vorkommen an einem Datum, das die Serie nicht hat: Es wurde als zusätzliches Vorkommen behalten ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) start on a date but end at a time of day, or the reverse: they were read as timed from midnight ({titles}).</source>
            <translation>
                <numerusform>%n Termin beginnt an einem Datum, endet aber zu einer Uhrzeit, oder umgekehrt: Er wurde als Termin mit Uhrzeit ab Mitternacht gelesen ({titles}).</numerusform>
                <numerusform>%n Termine beginnen an einem Datum, enden aber zu einer Uhrzeit, oder umgekehrt: Sie wurden als Termine mit Uhrzeit ab Mitternacht gelesen ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) were changed from one date on (“this and following”): the series was split there in two ({titles}).</source>
            <translation>
                <numerusform>%n Termin wurde ab einem Datum geändert („dieser und alle folgenden“): Die Serie wurde dort in zwei geteilt ({titles}).</numerusform>
                <numerusform>%n Termine wurden ab einem Datum geändert („dieser und alle folgenden“): Die Serie wurde dort in zwei geteilt ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) ended before they started: their start and end were read the other way round ({titles}).</source>
            <translation>
                <numerusform>%n Termin endete, bevor er begann: Beginn und Ende wurden umgekehrt gelesen ({titles}).</numerusform>
                <numerusform>%n Termine endeten, bevor sie begannen: Beginn und Ende wurden umgekehrt gelesen ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) had one of start and end in a time zone and the other without: both were read in that zone ({titles}).</source>
            <translation>
                <numerusform>%n Termin hatte Beginn oder Ende in einer Zeitzone und das andere ohne: Beide wurden in dieser Zone gelesen ({titles}).</numerusform>
                <numerusform>%n Termine hatten Beginn oder Ende in einer Zeitzone und das andere ohne: Beide wurden in dieser Zone gelesen ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) had a repeat rule with both an end date and a number of times, or a count below one: the end date was used ({titles}).</source>
            <translation>
                <numerusform>%n Termin hatte eine Wiederholungsregel mit Enddatum und Anzahl zugleich oder einer Anzahl unter eins: Das Enddatum wurde verwendet ({titles}).</numerusform>
                <numerusform>%n Termine hatten eine Wiederholungsregel mit Enddatum und Anzahl zugleich oder einer Anzahl unter eins: Das Enddatum wurde verwendet ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) had a repeat rule that gives no date after the first: they were read as single events ({titles}).</source>
            <translation>
                <numerusform>%n Termin hatte eine Wiederholungsregel, die nach dem ersten kein Datum ergibt: Er wurde als einzelner Termin gelesen ({titles}).</numerusform>
                <numerusform>%n Termine hatten eine Wiederholungsregel, die nach dem ersten kein Datum ergibt: Sie wurden als einzelne Termine gelesen ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) use the time zone “{tzid}” defined in the file: RecoveryBox keeps them in {zone}, which has the same clock changes ({titles}).</source>
            <translation>
                <numerusform>%n Termin nutzt die in der Datei festgelegte Zeitzone „{tzid}“: RecoveryBox führt ihn in {zone}, die dieselben Zeitumstellungen hat ({titles}).</numerusform>
                <numerusform>%n Termine nutzen die in der Datei festgelegte Zeitzone „{tzid}“: RecoveryBox führt sie in {zone}, die dieselben Zeitumstellungen hat ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) use the time zone “{tzid}” defined in the file, which no time zone RecoveryBox knows matches in every year: RecoveryBox keeps them in {zone}, the closest (the same time on their first date); check their times after a clock change ({titles}).</source>
            <translation>
                <numerusform>%n Termin nutzt die in der Datei festgelegte Zeitzone „{tzid}“, zu der keine RecoveryBox bekannte Zeitzone in jedem Jahr passt: RecoveryBox führt ihn in {zone}, der nächstliegenden (dieselbe Uhrzeit an seinem ersten Datum); prüf seine Uhrzeit nach einer Zeitumstellung ({titles}).</numerusform>
                <numerusform>%n Termine nutzen die in der Datei festgelegte Zeitzone „{tzid}“, zu der keine RecoveryBox bekannte Zeitzone in jedem Jahr passt: RecoveryBox führt sie in {zone}, der nächstliegenden (dieselbe Uhrzeit an ihrem ersten Datum); prüf ihre Uhrzeiten nach einer Zeitumstellung ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) use the time zone “{tzid}” defined in the file, which could not be matched: their times were kept ({titles}).</source>
            <translation>
                <numerusform>%n Termin nutzt die in der Datei festgelegte Zeitzone „{tzid}“, die sich nicht zuordnen ließ: Seine Zeit wurde beibehalten ({titles}).</numerusform>
                <numerusform>%n Termine nutzen die in der Datei festgelegte Zeitzone „{tzid}“, die sich nicht zuordnen ließ: Ihre Zeiten wurden beibehalten ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Could not be read, so left out: %n event(s).</source>
            <translation>
                <numerusform>Nicht lesbar, daher ausgelassen: %n Termin.</numerusform>
                <numerusform>Nicht lesbar, daher ausgelassen: %n Termine.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  • and %n more.</source>
            <translation>
                <numerusform>  • und %n weiterer.</numerusform>
                <numerusform>  • und %n weitere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new event(s)</source>
            <translation>
                <numerusform>%n neuen Termin</numerusform>
                <numerusform>%n neue Termine</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {new}.</source>
            <translation>{new} importiert.</translation>
        </message>
        <message numerus="yes">
            <source>%n existing event(s)</source>
            <translation>
                <numerusform>%n vorhandenen Termin</numerusform>
                <numerusform>%n vorhandene Termine</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {new} and updated {old}.</source>
            <translation>{new} importiert und {old} aktualisiert.</translation>
        </message>
    </context>
    <context>
        <name>JournalEditor</name>
        <message>
            <source>Mood</source>
            <translation>Stimmung</translation>
        </message>
        <message>
            <source>Craving</source>
            <translation>Verlangen</translation>
        </message>
        <message>
            <source>H&amp;ungry</source>
            <translation>&amp;Hungrig</translation>
        </message>
        <message>
            <source>An&amp;gry</source>
            <translation>&amp;Wütend</translation>
        </message>
        <message>
            <source>&amp;Lonely</source>
            <translation>E&amp;insam</translation>
        </message>
        <message>
            <source>T&amp;ired</source>
            <translation>&amp;Müde</translation>
        </message>
        <message>
            <source>Triggers, separated by commas</source>
            <translation>Auslöser, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>One thing I'm grateful for</source>
            <translation>Etwas, wofür ich dankbar bin</translation>
        </message>
        <message>
            <source>What happened today</source>
            <translation>Was heute passiert ist</translation>
        </message>
        <message>
            <source>Write as much or as little as you like. It saves itself.</source>
            <translation>Schreib so viel oder so wenig, wie du magst. Es speichert sich selbst.</translation>
        </message>
        <message>
            <source>Da&amp;y</source>
            <translation>&amp;Tag</translation>
        </message>
        <message>
            <source>&amp;Mood</source>
            <translation>&amp;Stimmung</translation>
        </message>
        <message>
            <source>&amp;Craving</source>
            <translation>&amp;Verlangen</translation>
        </message>
        <message>
            <source>HALT</source>
            <translation>HALT</translation>
        </message>
        <message>
            <source>&amp;Triggers</source>
            <translation>&amp;Auslöser</translation>
        </message>
        <message>
            <source>Gr&amp;ateful for</source>
            <translation>Dank&amp;bar für</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Neuer Eintrag</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>Not saved. {why}</source>
            <translation>Nicht gespeichert. {why}</translation>
        </message>
        <message>
            <source>Not saved: {why}</source>
            <translation>Nicht gespeichert: {why}</translation>
        </message>
        <message>
            <source>Not saved yet. {why} Your words stay here meanwhile.</source>
            <translation>Noch nicht gespeichert. {why} Deine Worte bleiben solange hier.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert …</translation>
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message>
            <source>Reflection</source>
            <translation>Gedanke</translation>
        </message>
        <message>
            <source>Pledge</source>
            <translation>Vorsatz</translation>
        </message>
        <message>
            <source>Evening review</source>
            <translation>Abendrückblick</translation>
        </message>
        <message>
            <source>&amp;Entries</source>
            <translation>&amp;Einträge</translation>
        </message>
        <message>
            <source>U&amp;rges</source>
            <translation>&amp;Suchtdruck</translation>
        </message>
        <message>
            <source>Search entries and triggers…</source>
            <translation>Einträge und Auslöser durchsuchen …</translation>
        </message>
        <message>
            <source>Search the journal</source>
            <translation>Das Tagebuch durchsuchen</translation>
        </message>
        <message>
            <source>Journal entries</source>
            <translation>Tagebucheinträge</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Stimmung</translation>
        </message>
        <message>
            <source>Craving</source>
            <translation>Verlangen</translation>
        </message>
        <message>
            <source>Triggers</source>
            <translation>Auslöser</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;Neuer Eintrag</translation>
        </message>
        <message>
            <source>Start a new entry for today (Ctrl+N)</source>
            <translation>Einen neuen Eintrag für heute beginnen (Strg+N)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen …</translation>
        </message>
        <message>
            <source>Your journal is empty. Writing a line a day helps you spot patterns.</source>
            <translation>Dein Tagebuch ist leer. Eine Zeile am Tag hilft dir, Muster zu erkennen.</translation>
        </message>
        <message>
            <source>Urges</source>
            <translation>Suchtdruck</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Auslöser</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>What helped</source>
            <translation>Was geholfen hat</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Vorbei</translation>
        </message>
        <message>
            <source>I have an &amp;urge…</source>
            <translation>Ich habe &amp;Suchtdruck …</translation>
        </message>
        <message>
            <source>Mood {n}</source>
            <translation>Stimmung {n}</translation>
        </message>
        <message>
            <source>Craving {n}</source>
            <translation>Verlangen {n}</translation>
        </message>
        <message>
            <source>Triggers: {t}</source>
            <translation>Auslöser: {t}</translation>
        </message>
        <message>
            <source>Strength {n}</source>
            <translation>Stärke {n}</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Not passed yet</source>
            <translation>Noch nicht vorbei</translation>
        </message>
        <message>
            <source>Trigger: {t}</source>
            <translation>Auslöser: {t}</translation>
        </message>
        <message>
            <source>Where: {p}</source>
            <translation>Wo: {p}</translation>
        </message>
        <message>
            <source>What helped: {h}</source>
            <translation>Was geholfen hat: {h}</translation>
        </message>
        <message>
            <source>Found: {words}</source>
            <translation>Gefunden: {words}</translation>
        </message>
        <message>
            <source>mood {n}</source>
            <translation>Stimmung {n}</translation>
        </message>
        <message>
            <source>craving {n}</source>
            <translation>Verlangen {n}</translation>
        </message>
        <message>
            <source>triggers: {t}</source>
            <translation>Auslöser: {t}</translation>
        </message>
        <message>
            <source>{kind} ({rating})</source>
            <translation>{kind} ({rating})</translation>
        </message>
        <message>
            <source>No entries match “{q}”.</source>
            <translation>Keine Einträge passen zu „{q}“.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries.</source>
            <translation>
                <numerusform>%n Eintrag.</numerusform>
                <numerusform>%n Einträge.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n urge(s) logged this week. Each one you noticed is one you met.</source>
            <translation>
                <numerusform>Diese Woche %n-mal Suchtdruck notiert. Jedes Mal, das du bemerkt hast, hast du gemeistert.</numerusform>
                <numerusform>Diese Woche %n-mal Suchtdruck notiert. Jedes Mal, das du bemerkt hast, hast du gemeistert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Noch nicht</translation>
        </message>
        <message>
            <source>1 urge logged this week. You noticed it; that matters.</source>
            <translation>Diese Woche einmal Suchtdruck notiert. Du hast es bemerkt; das zählt.</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Eintrag löschen</translation>
        </message>
        <message>
            <source>Delete this journal entry? This can't be undone.</source>
            <translation>Diesen Tagebucheintrag löschen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Your words were not saved</source>
            <translation>Deine Worte wurden nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>RecoveryBox is locked</source>
            <translation>RecoveryBox ist gesperrt</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Entsperren</translation>
        </message>
        <message>
            <source>I need help &amp;now</source>
            <translation>Ich brauche jetzt &amp;Hilfe</translation>
        </message>
        <message>
            <source>Type the recovery key you were given when you turned protection on.</source>
            <translation>Gib den Wiederherstellungsschlüssel ein, den du beim Einschalten des Schutzes bekommen hast.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>Use my &amp;passphrase instead</source>
            <translation>Stattdessen meine &amp;Passphrase verwenden</translation>
        </message>
        <message>
            <source>Type your passphrase to open your data.</source>
            <translation>Gib deine Passphrase ein, um deine Daten zu öffnen.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>&amp;Forgot it? Use the recovery key</source>
            <translation>&amp;Vergessen? Den Wiederherstellungsschlüssel verwenden</translation>
        </message>
        <message>
            <source>Your data is encrypted on this computer. Reminders still arrive while it is locked.</source>
            <translation>Deine Daten sind auf diesem Computer verschlüsselt. Erinnerungen kommen auch, während es gesperrt ist.</translation>
        </message>
        <message>
            <source>Your data is encrypted on this computer. Reminders begin once it is unlocked.</source>
            <translation>Deine Daten sind auf diesem Computer verschlüsselt. Erinnerungen beginnen, sobald es entsperrt ist.</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Wird entsperrt …</translation>
        </message>
        <message>
            <source>Type your passphrase first.</source>
            <translation>Gib zuerst deine Passphrase ein.</translation>
        </message>
        <message>
            <source>Type the key.</source>
            <translation>Gib den Schlüssel ein.</translation>
        </message>
    </context>
    <context>
        <name>LookPage</name>
        <message>
            <source>e.g. £, €, $</source>
            <translation>z. B. €, £, $</translation>
        </message>
        <message>
            <source>A new language is used from the next time RecoveryBox starts.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von RecoveryBox.</translation>
        </message>
        <message>
            <source>For money not spent on the sober-since clocks; empty uses your system's</source>
            <translation>Für nicht ausgegebenes Geld bei den Frei-seit-Zählern; leer bedeutet: die deines Systems</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About RecoveryBox</source>
            <translation>Über RecoveryBox</translation>
        </message>
        <message>
            <source>&lt;h3&gt;RecoveryBox {version}&lt;/h3&gt;&lt;p&gt;A planner for your recovery: meetings, goals, journal and reminders.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. No account, no tracking, and no network connection except fetching a meeting list from a web address you type, when you ask.&lt;/p&gt;&lt;p&gt;Your data folder: {folder}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;RecoveryBox {version}&lt;/h3&gt;&lt;p&gt;Ein Planer für deine Genesung: Meetings, Ziele, Tagebuch und Erinnerungen.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer. Kein Konto, keine Verfolgung und keine Netzwerkverbindung, außer um eine Meeting-Liste von einer Webadresse zu holen, die du eingibst, wenn du darum bittest.&lt;/p&gt;&lt;p&gt;Dein Datenordner: {folder}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>RecoveryBox</source>
            <translation>RecoveryBox</translation>
        </message>
        <message>
            <source>Everything stays on this computer.</source>
            <translation>Alles bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <source>Calendar sync is not set up (Settings › Sync).</source>
            <translation>Die Kalendersynchronisation ist nicht eingerichtet (Einstellungen › Synchronisation).</translation>
        </message>
        <message>
            <source>{view} — RecoveryBox</source>
            <translation>{view} — RecoveryBox</translation>
        </message>
        <message>
            <source>Urge noted. Well done for noticing it.</source>
            <translation>Suchtdruck notiert. Gut, dass du es bemerkt hast.</translation>
        </message>
    </context>
    <context>
        <name>MeetingDetails</name>
        <message>
            <source>The list says this meeting's location is temporarily closed.</source>
            <translation>Laut Liste ist der Ort dieses Meetings vorübergehend geschlossen.</translation>
        </message>
        <message>
            <source>Choose a meeting to see it in full.</source>
            <translation>Wähle ein Meeting, um es ganz zu sehen.</translation>
        </message>
        <message>
            <source>{when} your time</source>
            <translation>{when} deine Zeit</translation>
        </message>
        <message>
            <source>({when} in {zone}, the meeting's own time)</source>
            <translation>({when} in {zone}, die eigene Zeit des Meetings)</translation>
        </message>
        <message>
            <source>Meets on {days}</source>
            <translation>Trifft sich: {days}</translation>
        </message>
        <message>
            <source>Region: {region}</source>
            <translation>Region: {region}</translation>
        </message>
        <message>
            <source>Online: {notes}</source>
            <translation>Online: {notes}</translation>
        </message>
        <message>
            <source>By phone: {phone}</source>
            <translation>Per Telefon: {phone}</translation>
        </message>
        <message>
            <source>updated {when}</source>
            <translation>aktualisiert {when}</translation>
        </message>
        <message>
            <source>Join online</source>
            <translation>Online teilnehmen</translation>
        </message>
        <message>
            <source>The meeting's page</source>
            <translation>Die Seite des Meetings</translation>
        </message>
    </context>
    <context>
        <name>MeetingTableModel</name>
        <message>
            <source>When (your time)</source>
            <translation>Wann (deine Zeit)</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>{place} + online</source>
            <translation>{place} + online</translation>
        </message>
        <message>
            <source>Online and by phone</source>
            <translation>Online und per Telefon</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>temporarily closed</source>
            <translation>vorübergehend geschlossen</translation>
        </message>
        <message>
            <source>in your week</source>
            <translation>in deiner Woche</translation>
        </message>
    </context>
    <context>
        <name>MeetingTypes</name>
        <message>
            <source>11th Step Meditation</source>
            <translation>Meditation zum 11. Schritt</translation>
        </message>
        <message>
            <source>12 Steps &amp; 12 Traditions</source>
            <translation>Zwölf Schritte und Zwölf Traditionen</translation>
        </message>
        <message>
            <source>Secular</source>
            <translation>Säkular</translation>
        </message>
        <message>
            <source>As Bill Sees It</source>
            <translation>Wie Bill es sieht</translation>
        </message>
        <message>
            <source>Afrikaans</source>
            <translation>Afrikaans</translation>
        </message>
        <message>
            <source>Concurrent with Alateen</source>
            <translation>Zeitgleich mit Alateen</translation>
        </message>
        <message>
            <source>Concurrent with Al-Anon</source>
            <translation>Zeitgleich mit Al-Anon</translation>
        </message>
        <message>
            <source>Amharic</source>
            <translation>Amharisch</translation>
        </message>
        <message>
            <source>American Sign Language</source>
            <translation>Amerikanische Gebärdensprache</translation>
        </message>
        <message>
            <source>Big Book</source>
            <translation>Blaues Buch (Big Book)</translation>
        </message>
        <message>
            <source>Babysitting Available</source>
            <translation>Kinderbetreuung</translation>
        </message>
        <message>
            <source>Newcomer</source>
            <translation>Für Neue</translation>
        </message>
        <message>
            <source>Bisexual</source>
            <translation>Bisexuell</translation>
        </message>
        <message>
            <source>Breakfast</source>
            <translation>Frühstück</translation>
        </message>
        <message>
            <source>Closed meeting (members only)</source>
            <translation>Geschlossenes Meeting (nur Mitglieder)</translation>
        </message>
        <message>
            <source>Candlelight</source>
            <translation>Bei Kerzenschein</translation>
        </message>
        <message>
            <source>Child-Friendly</source>
            <translation>Kinderfreundlich</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Gesprächsrunde</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Dänisch</translation>
        </message>
        <message>
            <source>Digital Basket</source>
            <translation>Digitaler Spendenkorb</translation>
        </message>
        <message>
            <source>Dual Diagnosis</source>
            <translation>Doppeldiagnose</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>Daily Reflections</source>
            <translation>Tägliche Betrachtungen</translation>
        </message>
        <message>
            <source>Greek</source>
            <translation>Griechisch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Persisch</translation>
        </message>
        <message>
            <source>Fragrance Free</source>
            <translation>Duftfrei</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Französisch</translation>
        </message>
        <message>
            <source>Gay</source>
            <translation>Schwul</translation>
        </message>
        <message>
            <source>Grapevine</source>
            <translation>Grapevine</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>Hebräisch</translation>
        </message>
        <message>
            <source>Hindi</source>
            <translation>Hindi</translation>
        </message>
        <message>
            <source>Croatian</source>
            <translation>Kroatisch</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <translation>Ungarisch</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italienisch</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Japanisch</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Koreanisch</translation>
        </message>
        <message>
            <source>Lesbian</source>
            <translation>Lesbisch</translation>
        </message>
        <message>
            <source>LGBTQ</source>
            <translation>LGBTQ</translation>
        </message>
        <message>
            <source>Literature</source>
            <translation>Literatur</translation>
        </message>
        <message>
            <source>Living Sober</source>
            <translation>Nüchtern leben</translation>
        </message>
        <message>
            <source>Lithuanian</source>
            <translation>Litauisch</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Männer</translation>
        </message>
        <message>
            <source>Meditation</source>
            <translation>Meditation</translation>
        </message>
        <message>
            <source>Malayalam</source>
            <translation>Malayalam</translation>
        </message>
        <message>
            <source>Native American</source>
            <translation>Indigene Amerikaner</translation>
        </message>
        <message>
            <source>Indigenous</source>
            <translation>Indigen</translation>
        </message>
        <message>
            <source>Norwegian</source>
            <translation>Norwegisch</translation>
        </message>
        <message>
            <source>Open meeting (anyone welcome)</source>
            <translation>Offenes Meeting (alle willkommen)</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Outdoor</source>
            <translation>Im Freien</translation>
        </message>
        <message>
            <source>Professionals</source>
            <translation>Fachleute</translation>
        </message>
        <message>
            <source>Proof of Attendance</source>
            <translation>Teilnahmebestätigung</translation>
        </message>
        <message>
            <source>People of Color</source>
            <translation>People of Color</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polnisch</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugiesisch</translation>
        </message>
        <message>
            <source>Punjabi</source>
            <translation>Panjabi</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russisch</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanisch</translation>
        </message>
        <message>
            <source>Seniors</source>
            <translation>Ältere Menschen</translation>
        </message>
        <message>
            <source>Slovak</source>
            <translation>Slowakisch</translation>
        </message>
        <message>
            <source>Smoking Permitted</source>
            <translation>Rauchen erlaubt</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Sprecher-Meeting</translation>
        </message>
        <message>
            <source>Step Study</source>
            <translation>Schritte-Meeting</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Schwedisch</translation>
        </message>
        <message>
            <source>Transgender</source>
            <translation>Trans</translation>
        </message>
        <message>
            <source>Temporarily closed</source>
            <translation>Vorübergehend geschlossen</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>Thailändisch</translation>
        </message>
        <message>
            <source>Tagalog</source>
            <translation>Tagalog</translation>
        </message>
        <message>
            <source>Tradition Study</source>
            <translation>Traditionen-Meeting</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukrainisch</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Frauen</translation>
        </message>
        <message>
            <source>Wheelchair Access</source>
            <translation>Rollstuhlgerecht</translation>
        </message>
        <message>
            <source>Wheelchair-Accessible Bathroom</source>
            <translation>Rollstuhlgerechtes WC</translation>
        </message>
        <message>
            <source>Cross Talk Permitted</source>
            <translation>Direkte Antworten erlaubt</translation>
        </message>
        <message>
            <source>Young People</source>
            <translation>Junge Menschen</translation>
        </message>
    </context>
    <context>
        <name>MeetingsView</name>
        <message>
            <source>Morning (before 12:00)</source>
            <translation>Morgens (vor 12:00)</translation>
        </message>
        <message>
            <source>Afternoon (12:00–17:00)</source>
            <translation>Nachmittags (12:00–17:00)</translation>
        </message>
        <message>
            <source>Evening (17:00–21:00)</source>
            <translation>Abends (17:00–21:00)</translation>
        </message>
        <message>
            <source>Night (from 21:00)</source>
            <translation>Nachts (ab 21:00)</translation>
        </message>
        <message>
            <source>Load a meeting list</source>
            <translation>Eine Meeting-Liste laden</translation>
        </message>
        <message>
            <source>Meeting lists (*.json *.csv);;All files (*)</source>
            <translation>Meeting-Listen (*.json *.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Fetching {source}…</source>
            <translation>{source} wird geholt …</translation>
        </message>
        <message>
            <source>Reading the meeting list…</source>
            <translation>Die Meeting-Liste wird gelesen …</translation>
        </message>
        <message>
            <source>The meeting list was not loaded</source>
            <translation>Die Meeting-Liste wurde nicht geladen</translation>
        </message>
        <message>
            <source>Meeting list loaded</source>
            <translation>Meeting-Liste geladen</translation>
        </message>
        <message>
            <source>Meetings in your week changed</source>
            <translation>Meetings in deiner Woche haben sich geändert</translation>
        </message>
        <message numerus="yes">
            <source>The list gives %n meeting(s) you added a new time, place or link:

{lines}

Update them in your week, from their next date on? Dates gone by stay as they were.</source>
            <translation>
                <numerusform>Die Liste nennt für %n Meeting, das du hinzugefügt hast, eine neue Zeit, einen neuen Ort oder Link:

{lines}

In deiner Woche ab dem nächsten Termin aktualisieren? Vergangene Termine bleiben, wie sie waren.</numerusform>
                <numerusform>Die Liste nennt für %n Meetings, die du hinzugefügt hast, eine neue Zeit, einen neuen Ort oder Link:

{lines}

In deiner Woche ab dem nächsten Termin aktualisieren? Vergangene Termine bleiben, wie sie waren.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Updated %n meeting(s) in your week.</source>
            <translation>
                <numerusform>%n Meeting in deiner Woche aktualisiert.</numerusform>
                <numerusform>%n Meetings in deiner Woche aktualisiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) by appointment (no day or time).</source>
            <translation>
                <numerusform>%n Meeting nach Vereinbarung (ohne Tag oder Uhrzeit).</numerusform>
                <numerusform>%n Meetings nach Vereinbarung (ohne Tag oder Uhrzeit).</numerusform>
            </translation>
        </message>
        <message>
            <source>Left out of “{name}”</source>
            <translation>Aus „{name}“ ausgelassen</translation>
        </message>
        <message>
            <source>… and {n} more (Show Details).</source>
            <translation>… und {n} weitere (Details zeigen).</translation>
        </message>
        <message>
            <source>Remove the meeting list?</source>
            <translation>Die Meeting-Liste entfernen?</translation>
        </message>
        <message>
            <source>Remove “{name}” from RecoveryBox? Meetings you added from it stay in your week; they are just no longer checked against the list.</source>
            <translation>„{name}“ aus RecoveryBox entfernen? Meetings, die du daraus hinzugefügt hast, bleiben in deiner Woche; sie werden nur nicht mehr mit der Liste abgeglichen.</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) read.</source>
            <translation>
                <numerusform>%n Meeting gelesen.</numerusform>
                <numerusform>%n Meetings gelesen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n by appointment (no day or time) not listed.</source>
            <translation>
                <numerusform>%n nach Vereinbarung (ohne Tag oder Uhrzeit) nicht aufgeführt.</numerusform>
                <numerusform>%n nach Vereinbarung (ohne Tag oder Uhrzeit) nicht aufgeführt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gave no time zone; your own zone was used for them.</source>
            <translation>
                <numerusform>%n ohne Zeitzone; deine eigene Zone wurde verwendet.</numerusform>
                <numerusform>%n ohne Zeitzone; deine eigene Zone wurde verwendet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s):</source>
            <translation>
                <numerusform>%n Problem:</numerusform>
                <numerusform>%n Probleme:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… und %n weiteres.</numerusform>
                <numerusform>… und %n weitere.</numerusform>
            </translation>
        </message>
        <message>
            <source>time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>online link</source>
            <translation>Online-Link</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) in your week changed in the list:</source>
            <translation>
                <numerusform>%n Meeting deiner Woche hat sich in der Liste geändert:</numerusform>
                <numerusform>%n Meetings deiner Woche haben sich in der Liste geändert:</numerusform>
            </translation>
        </message>
        <message>
            <source>Now temporarily closed (marked in your week): {names}</source>
            <translation>Jetzt vorübergehend geschlossen (in deiner Woche markiert): {names}</translation>
        </message>
        <message>
            <source>No longer in the list (marked in your week, not removed): {names}</source>
            <translation>Nicht mehr in der Liste (in deiner Woche markiert, nicht entfernt): {names}</translation>
        </message>
        <message>
            <source>Listed as meeting again: {names}</source>
            <translation>Wieder als stattfindend aufgeführt: {names}</translation>
        </message>
        <message>
            <source>In person or online</source>
            <translation>Vor Ort oder online</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Vor Ort</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Find meetings</source>
            <translation>Meetings finden</translation>
        </message>
        <message>
            <source>Meeting list</source>
            <translation>Meeting-Liste</translation>
        </message>
        <message>
            <source>Load a fi&amp;le…</source>
            <translation>Eine &amp;Datei laden …</translation>
        </message>
        <message>
            <source>From a &amp;web address…</source>
            <translation>Von einer &amp;Webadresse …</translation>
        </message>
        <message>
            <source>Check for updates</source>
            <translation>Nach Aktualisierungen suchen</translation>
        </message>
        <message>
            <source>Read the list again from where it came from (F5)</source>
            <translation>Die Liste erneut von dort lesen, woher sie kam (F5)</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>What was left out of the list, its fellowship, removing it</source>
            <translation>Was aus der Liste ausgelassen wurde, ihre Gemeinschaft, sie entfernen</translation>
        </message>
        <message>
            <source>What was left out of this list…</source>
            <translation>Was aus dieser Liste ausgelassen wurde …</translation>
        </message>
        <message>
            <source>Fellowship of its meetings</source>
            <translation>Gemeinschaft ihrer Meetings</translation>
        </message>
        <message>
            <source>Remove this list…</source>
            <translation>Diese Liste entfernen …</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Any day</source>
            <translation>Jeder Tag</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Tageszeit</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Jede Zeit</translation>
        </message>
        <message>
            <source>Meeting types</source>
            <translation>Meeting-Arten</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Search meetings</source>
            <translation>Meetings durchsuchen</translation>
        </message>
        <message>
            <source>Name, place, notes… (Ctrl+F)</source>
            <translation>Name, Ort, Notizen … (Strg+F)</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>&amp;Add to my week</source>
            <translation>Zu meiner Woche &amp;hinzufügen</translation>
        </message>
        <message>
            <source>A weekly meeting in your week, with a reminder (Enter or Alt+A)</source>
            <translation>Ein wöchentliches Meeting in deiner Woche, mit Erinnerung (Eingabe oder Alt+H)</translation>
        </message>
        <message>
            <source>Show my week</source>
            <translation>Meine Woche zeigen</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Load your area's meeting list to find meetings near you or online.

Many AA areas and intergroups publish their list in the Meeting Guide format (a .json feed) or as a table (.csv). Save it and choose “Load a file…”, or paste its address with “From a web address…”.

The list stays on this computer. A web address is fetched only when you click, and only from the address you give.</source>
            <translation>Lade die Meeting-Liste deiner Gegend, um Meetings in deiner Nähe oder online zu finden.

Viele AA-Gebiete und Intergruppen veröffentlichen ihre Liste im Meeting-Guide-Format (ein .json-Feed) oder als Tabelle (.csv). Speichere sie und wähle „Eine Datei laden …“ oder füge ihre Adresse mit „Von einer Webadresse …“ ein.

Die Liste bleibt auf diesem Computer. Eine Webadresse wird nur geholt, wenn du klickst, und nur von der Adresse, die du angibst.</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s), loaded {when} from the web: {source}</source>
            <translation>
                <numerusform>%n Meeting, geladen am {when} aus dem Web: {source}</numerusform>
                <numerusform>%n Meetings, geladen am {when} aus dem Web: {source}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s), loaded {when} from a file: {source}</source>
            <translation>
                <numerusform>%n Meeting, geladen am {when} aus einer Datei: {source}</numerusform>
                <numerusform>%n Meetings, geladen am {when} aus einer Datei: {source}</numerusform>
            </translation>
        </message>
        <message>
            <source>{left} left out (List › What was left out).</source>
            <translation>{left} ausgelassen (Liste › Was ausgelassen wurde).</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Jede Art</translation>
        </message>
        <message>
            <source>Any region</source>
            <translation>Jede Region</translation>
        </message>
        <message>
            <source>Types: {types}</source>
            <translation>Arten: {types}</translation>
        </message>
        <message>
            <source>any</source>
            <translation>alle</translation>
        </message>
        <message numerus="yes">
            <source>Showing {shown} of %n meeting time(s), in your time zone ({zone}).</source>
            <translation>
                <numerusform>{shown} von %n Meeting-Zeit, in deiner Zeitzone ({zone}).</numerusform>
                <numerusform>{shown} von %n Meeting-Zeiten, in deiner Zeitzone ({zone}).</numerusform>
            </translation>
        </message>
        <message>
            <source>In your week ✓</source>
            <translation>In deiner Woche ✓</translation>
        </message>
        <message>
            <source>Not added</source>
            <translation>Nicht hinzugefügt</translation>
        </message>
        <message>
            <source>Added “{name}” to your week: every {days} at {time} ({zone}), with a reminder.</source>
            <translation>„{name}“ zu deiner Woche hinzugefügt: jeden {days} um {time} ({zone}), mit Erinnerung.</translation>
        </message>
        <message>
            <source>Taken out of your week again.</source>
            <translation>Wieder aus deiner Woche genommen.</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Import calendar (.ics)…</source>
            <translation>Kalender &amp;importieren (.ics) …</translation>
        </message>
        <message>
            <source>E&amp;xport calendar (.ics)…</source>
            <translation>Kalender e&amp;xportieren (.ics) …</translation>
        </message>
        <message>
            <source>Export week as &amp;PDF…</source>
            <translation>Woche als &amp;PDF exportieren …</translation>
        </message>
        <message>
            <source>Export &amp;all my data…</source>
            <translation>&amp;Alle meine Daten exportieren …</translation>
        </message>
        <message>
            <source>&amp;Load an export into empty data…</source>
            <translation>Einen Export in leere Daten &amp;laden …</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>Eine Sicherung &amp;wiederherstellen …</translation>
        </message>
        <message>
            <source>S&amp;ync calendar now</source>
            <translation>Kalender jetzt s&amp;ynchronisieren</translation>
        </message>
        <message>
            <source>Send and fetch calendar changes with your server (Ctrl+Shift+S)</source>
            <translation>Kalenderänderungen mit deinem Server austauschen (Strg+Umschalt+S)</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Sperren</translation>
        </message>
        <message>
            <source>Hide your data until the passphrase is typed (Ctrl+L)</source>
            <translation>Deine Daten verbergen, bis die Passphrase eingegeben wird (Strg+L)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>I need help &amp;now</source>
            <translation>Ich brauche jetzt &amp;Hilfe</translation>
        </message>
        <message>
            <source>Breathing, reasons, coping tools and people to call (Ctrl+Shift+P)</source>
            <translation>Atmen, Gründe, Hilfen und Menschen zum Anrufen (Strg+Umschalt+P)</translation>
        </message>
        <message>
            <source>Help now</source>
            <translation>Hilfe jetzt</translation>
        </message>
        <message>
            <source>I have an &amp;urge…</source>
            <translation>Ich habe &amp;Suchtdruck …</translation>
        </message>
        <message>
            <source>T&amp;ools</source>
            <translation>&amp;Werkzeuge</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen …</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;Set up RecoveryBox…</source>
            <translation>RecoveryBox &amp;einrichten …</translation>
        </message>
        <message>
            <source>&amp;About RecoveryBox</source>
            <translation>Über &amp;RecoveryBox</translation>
        </message>
        <message>
            <source>Calendar events sync with your server; everything else stays on this computer.</source>
            <translation>Kalendertermine werden mit deinem Server synchronisiert; alles andere bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <source>Everything stays on this computer.</source>
            <translation>Alles bleibt auf diesem Computer.</translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message>
            <source>+{n} more</source>
            <translation>+{n} weitere</translation>
        </message>
        <message>
            <source>Month overview</source>
            <translation>Monatsübersicht</translation>
        </message>
        <message>
            <source>Click a day (or press Enter) to open its week; “+N more” opens the day</source>
            <translation>Klick auf einen Tag (oder drück Eingabe), um seine Woche zu öffnen; „+N weitere“ öffnet den Tag</translation>
        </message>
        <message>
            <source>all day</source>
            <translation>ganztägig</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nichts geplant</translation>
        </message>
        <message>
            <source>nothing planned</source>
            <translation>nichts geplant</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <source>Stopping…</source>
            <translation>Wird angehalten …</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>RecoveryBox</source>
            <translation>RecoveryBox</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>Abgebrochen: Es wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>PanicWindow</name>
        <message>
            <source>Right now — RecoveryBox</source>
            <translation>Jetzt gerade — RecoveryBox</translation>
        </message>
        <message>
            <source>You reached out. That's a strong thing to do.</source>
            <translation>Du hast dir Hilfe geholt. Das ist stark.</translation>
        </message>
        <message>
            <source>Take this one minute at a time. Nothing here needs to be done perfectly.</source>
            <translation>Nimm es Minute für Minute. Nichts hier muss perfekt sein.</translation>
        </message>
        <message>
            <source>&amp;Breathe</source>
            <translation>&amp;Atmen</translation>
        </message>
        <message>
            <source>Ride the &amp;wave</source>
            <translation>Die &amp;Welle reiten</translation>
        </message>
        <message>
            <source>HALT &amp;check</source>
            <translation>HALT-&amp;Check</translation>
        </message>
        <message>
            <source>My &amp;reasons</source>
            <translation>Meine &amp;Gründe</translation>
        </message>
        <message>
            <source>&amp;Ideas that help</source>
            <translation>&amp;Ideen, die helfen</translation>
        </message>
        <message>
            <source>Log this &amp;urge…</source>
            <translation>Diesen &amp;Suchtdruck notieren …</translation>
        </message>
        <message>
            <source>Show my &amp;plan</source>
            <translation>Meinen &amp;Plan zeigen</translation>
        </message>
        <message>
            <source>I'm &amp;OK for now</source>
            <translation>Mir geht es &amp;erst mal gut</translation>
        </message>
        <message>
            <source>Breathe with the square</source>
            <translation>Atme mit dem Quadrat</translation>
        </message>
        <message>
            <source>&amp;Start breathing</source>
            <translation>Mit dem Atmen &amp;beginnen</translation>
        </message>
        <message>
            <source>Ride the wave (15 minutes)</source>
            <translation>Die Welle reiten (15 Minuten)</translation>
        </message>
        <message>
            <source>Urges rise, peak and fall, like a wave. Start the timer and ride this one.</source>
            <translation>Suchtdruck steigt, erreicht einen Höhepunkt und ebbt ab, wie eine Welle. Starte den Timer und reite diese eine.</translation>
        </message>
        <message>
            <source>%v s of 15 minutes</source>
            <translation>%v s von 15 Minuten</translation>
        </message>
        <message>
            <source>Urge surfing time</source>
            <translation>Zeit auf der Welle</translation>
        </message>
        <message>
            <source>Start &amp;riding the wave</source>
            <translation>Die Welle &amp;reiten</translation>
        </message>
        <message>
            <source>Am I hungry, angry, lonely or tired?</source>
            <translation>Bin ich hungrig, wütend, einsam oder müde?</translation>
        </message>
        <message>
            <source>Hungry</source>
            <translation>Hungrig</translation>
        </message>
        <message>
            <source>Angry</source>
            <translation>Wütend</translation>
        </message>
        <message>
            <source>Lonely</source>
            <translation>Einsam</translation>
        </message>
        <message>
            <source>Tired</source>
            <translation>Müde</translation>
        </message>
        <message>
            <source>Why I'm doing this</source>
            <translation>Warum ich das mache</translation>
        </message>
        <message>
            <source>My reasons</source>
            <translation>Meine Gründe</translation>
        </message>
        <message>
            <source>More &amp;reasons ›</source>
            <translation>Weitere &amp;Gründe ›</translation>
        </message>
        <message>
            <source>One idea at a time</source>
            <translation>Eine Idee nach der anderen</translation>
        </message>
        <message>
            <source>A&amp;nother idea ›</source>
            <translation>&amp;Noch eine Idee ›</translation>
        </message>
        <message>
            <source>People I can call</source>
            <translation>Menschen, die ich anrufen kann</translation>
        </message>
        <message>
            <source>&amp;Copy number</source>
            <translation>Nummer &amp;kopieren</translation>
        </message>
        <message>
            <source>One of mine</source>
            <translation>Eine von meinen</translation>
        </message>
        <message>
            <source>Call {name}  ({phone})</source>
            <translation>{name} anrufen  ({phone})</translation>
        </message>
        <message>
            <source>Call {name}</source>
            <translation>{name} anrufen</translation>
        </message>
        <message>
            <source>Pin a contact with a phone number in Support to see it here.</source>
            <translation>Hefte unter Unterstützung einen Kontakt mit Telefonnummer an, um ihn hier zu sehen.</translation>
        </message>
        <message>
            <source>Your own reasons show here once RecoveryBox is unlocked.</source>
            <translation>Deine eigenen Gründe erscheinen hier, sobald RecoveryBox entsperrt ist.</translation>
        </message>
        <message>
            <source>Your contacts show here once RecoveryBox is unlocked.</source>
            <translation>Deine Kontakte erscheinen hier, sobald RecoveryBox entsperrt ist.</translation>
        </message>
        <message>
            <source>the crisis line</source>
            <translation>das Krisentelefon</translation>
        </message>
        <message>
            <source>Crisis line: {line}</source>
            <translation>Krisentelefon: {line}</translation>
        </message>
        <message>
            <source>No crisis line set yet. Add your local one in Tools › Settings › Safety and data.</source>
            <translation>Noch kein Krisentelefon eingetragen. Trag deins unter Werkzeuge › Einstellungen › Sicherheit und Daten ein.</translation>
        </message>
        <message>
            <source>Call {line}</source>
            <translation>{line} anrufen</translation>
        </message>
        <message>
            <source>Call the crisis line, {line}</source>
            <translation>Das Krisentelefon anrufen, {line}</translation>
        </message>
        <message>
            <source>In an emergency, call {number}.</source>
            <translation>Im Notfall ruf {number} an.</translation>
        </message>
        <message>
            <source>Add your reasons in Support › My plan. They help on hard days.</source>
            <translation>Trag deine Gründe unter Unterstützung › Mein Plan ein. Sie helfen an schweren Tagen.</translation>
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation>{n} von {total}</translation>
        </message>
        <message>
            <source>No phone app is set up here. Call {name} on:</source>
            <translation>Hier ist keine Telefon-App eingerichtet. Ruf {name} an unter:</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Stopp</translation>
        </message>
        <message>
            <source>&amp;Stop the timer</source>
            <translation>Timer &amp;stoppen</translation>
        </message>
        <message>
            <source>Ride &amp;another wave</source>
            <translation>Noch eine &amp;Welle reiten</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>If you forget your passphrase and lose your recovery key, nobody can open your data: not you, not us, not a repair shop. There is no back door.</source>
            <translation>Wenn du deine Passphrase vergisst und deinen Wiederherstellungsschlüssel verlierst, kann niemand deine Daten öffnen: nicht du, nicht wir, keine Reparaturwerkstatt. Es gibt keine Hintertür.</translation>
        </message>
        <message>
            <source>Protect my data with a passphrase</source>
            <translation>Meine Daten mit einer Passphrase schützen</translation>
        </message>
        <message>
            <source>Change my passphrase</source>
            <translation>Meine Passphrase ändern</translation>
        </message>
        <message>
            <source>Turn protection off</source>
            <translation>Schutz ausschalten</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Eine neue Passphrase wählen</translation>
        </message>
        <message>
            <source>&amp;Passphrase now</source>
            <translation>&amp;Jetzige Passphrase</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <source>At least 8 characters; a short sentence is good</source>
            <translation>Mindestens 8 Zeichen; ein kurzer Satz ist gut</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>&amp;Neue Passphrase</translation>
        </message>
        <message>
            <source>Type it &amp;again</source>
            <translation>Noch &amp;einmal eingeben</translation>
        </message>
        <message>
            <source>I understand that without my passphrase or recovery key my data is lost</source>
            <translation>Ich verstehe, dass meine Daten ohne Passphrase oder Wiederherstellungsschlüssel verloren sind</translation>
        </message>
        <message>
            <source>&amp;Protect my data</source>
            <translation>Meine Daten &amp;schützen</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>&amp;Ändern</translation>
        </message>
        <message>
            <source>&amp;Turn off</source>
            <translation>&amp;Ausschalten</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Your journal, goals, calendar, contacts and every backup will be encrypted on this computer. RecoveryBox will ask for this passphrase when it starts, and lock itself when you leave it.

You will also get a recovery key, shown once, to write down or print.</source>
            <translation>Dein Tagebuch, deine Ziele, dein Kalender, deine Kontakte und jede Sicherung werden auf diesem Computer verschlüsselt. RecoveryBox fragt beim Start nach dieser Passphrase und sperrt sich, wenn du es verlässt.

Du bekommst außerdem einen Wiederherstellungsschlüssel, der nur einmal angezeigt wird, zum Aufschreiben oder Ausdrucken.</translation>
        </message>
        <message>
            <source>Your data and its backups will be plain files again: anyone who can open this folder can read them. Type your passphrase to go on.</source>
            <translation>Deine Daten und ihre Sicherungen werden wieder gewöhnliche Dateien: Wer diesen Ordner öffnen kann, kann sie lesen. Gib deine Passphrase ein, um fortzufahren.</translation>
        </message>
        <message>
            <source>You opened your data with the recovery key. Choose a new passphrase now; the recovery key keeps working too.</source>
            <translation>Du hast deine Daten mit dem Wiederherstellungsschlüssel geöffnet. Wähle jetzt eine neue Passphrase; der Wiederherstellungsschlüssel funktioniert weiterhin.</translation>
        </message>
        <message>
            <source>Your data is not rewritten; only the key that opens it changes.</source>
            <translation>Deine Daten werden nicht neu geschrieben; nur der Schlüssel, der sie öffnet, ändert sich.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Die beiden Passphrasen sind nicht gleich.</translation>
        </message>
        <message>
            <source>Tick this to show you have read the warning above.</source>
            <translation>Hake das an, um zu zeigen, dass du die Warnung oben gelesen hast.</translation>
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation>Gib deine Passphrase ein.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>RecoveryBox recovery key</source>
            <translation>Wiederherstellungsschlüssel für RecoveryBox</translation>
        </message>
        <message>
            <source>Made on {date}.</source>
            <translation>Erstellt am {date}.</translation>
        </message>
        <message>
            <source>If you forget your RecoveryBox passphrase, choose “Forgot it? Use the recovery key” on the lock screen and type this key. Anyone with this key and your computer can read your data: keep this page somewhere safe, away from the computer, and delete the PDF file once it is printed.</source>
            <translation>Wenn du deine Passphrase für RecoveryBox vergisst, wähle auf dem Sperrbildschirm „Vergessen? Den Wiederherstellungsschlüssel verwenden“ und gib diesen Schlüssel ein. Wer diesen Schlüssel und deinen Computer hat, kann deine Daten lesen: Bewahre dieses Blatt an einem sicheren Ort auf, fern vom Computer, und lösch die PDF-Datei, sobald sie gedruckt ist.</translation>
        </message>
        <message>
            <source>My relapse-prevention plan</source>
            <translation>Mein Plan gegen Rückfälle</translation>
        </message>
        <message>
            <source>(not filled in yet)</source>
            <translation>(noch nicht ausgefüllt)</translation>
        </message>
        <message>
            <source>Crisis line</source>
            <translation>Krisentelefon</translation>
        </message>
        <message>
            <source>RecoveryBox plan, week of {day}</source>
            <translation>RecoveryBox-Plan, Woche vom {day}</translation>
        </message>
        <message>
            <source>My week: {first} – {last}</source>
            <translation>Meine Woche: {first} – {last}</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Ganztägig</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>My goals</source>
            <translation>Meine Ziele</translation>
        </message>
        <message>
            <source>People I can call</source>
            <translation>Menschen, die ich anrufen kann</translation>
        </message>
        <message>
            <source>a week</source>
            <translation>pro Woche</translation>
        </message>
        <message>
            <source>No goals yet.</source>
            <translation>Noch keine Ziele.</translation>
        </message>
        <message>
            <source>Crisis line: {line}</source>
            <translation>Krisentelefon: {line}</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Show what reminders are about while locked</source>
            <translation>Inhalt von Erinnerungen auch im gesperrten Zustand zeigen</translation>
        </message>
        <message>
            <source>Ctrl+L locks at once. While locked, reminders say only “RecoveryBox reminder” (unless ticked above) and “I need help now” still works, without your private data.</source>
            <translation>Strg+L sperrt sofort. Im gesperrten Zustand sagen Erinnerungen nur „Erinnerung von RecoveryBox“ (außer oben ist es angehakt), und „Ich brauche jetzt Hilfe“ funktioniert weiter, ohne deine privaten Daten.</translation>
        </message>
        <message>
            <source>Your data and its backups are encrypted with your passphrase. RecoveryBox asks for it when it starts and locks itself when you leave it.</source>
            <translation>Deine Daten und ihre Sicherungen sind mit deiner Passphrase verschlüsselt. RecoveryBox fragt beim Start danach und sperrt sich, wenn du es verlässt.</translation>
        </message>
        <message>
            <source>Your data is a plain file that anyone who can use this computer account (or a stolen disk) can read. A passphrase encrypts it, its backups included.</source>
            <translation>Deine Daten sind eine gewöhnliche Datei, die jede Person lesen kann, die dieses Benutzerkonto nutzen kann (oder eine gestohlene Festplatte hat). Eine Passphrase verschlüsselt sie, Sicherungen eingeschlossen.</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation>Passphrase &amp;ändern …</translation>
        </message>
        <message>
            <source>New recovery &amp;key…</source>
            <translation>Neuer Wiederherstellungs&amp;schlüssel …</translation>
        </message>
        <message>
            <source>&amp;Turn protection off…</source>
            <translation>Schutz &amp;ausschalten …</translation>
        </message>
        <message>
            <source>Protect my &amp;data with a passphrase…</source>
            <translation>Meine &amp;Daten mit einer Passphrase schützen …</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Last 4 weeks</source>
            <translation>Letzte 4 Wochen</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Letzte 3 Monate</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Letztes Jahr</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Gesamte Zeit</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Dein Fortschritt</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Zeigen</translation>
        </message>
        <message>
            <source>&amp;Goal</source>
            <translation>&amp;Ziel</translation>
        </message>
        <message>
            <source>Weekly completion</source>
            <translation>Wöchentliche Erfüllung</translation>
        </message>
        <message>
            <source>Add a goal to see how your weeks go.</source>
            <translation>Füge ein Ziel hinzu, um zu sehen, wie deine Wochen laufen.</translation>
        </message>
        <message>
            <source>Streak history</source>
            <translation>Verlauf der Serien</translation>
        </message>
        <message>
            <source>Check in on a goal to start a streak.</source>
            <translation>Hake ein Ziel ab, um eine Serie zu beginnen.</translation>
        </message>
        <message>
            <source>Sober days over time</source>
            <translation>Nüchterne Tage im Verlauf</translation>
        </message>
        <message>
            <source>Add a sober-since clock to see it grow.</source>
            <translation>Füge einen Frei-seit-Zähler hinzu, um ihn wachsen zu sehen.</translation>
        </message>
        <message>
            <source>Meetings and therapy attended</source>
            <translation>Besuchte Meetings und Therapie</translation>
        </message>
        <message>
            <source>Mark meetings and sessions attended in the Week view to see them here.</source>
            <translation>Markiere in der Wochenansicht besuchte Meetings und Sitzungen, um sie hier zu sehen.</translation>
        </message>
        <message>
            <source>Mood and cravings</source>
            <translation>Stimmung und Verlangen</translation>
        </message>
        <message>
            <source>Write in your journal to see mood and cravings.</source>
            <translation>Schreib in dein Tagebuch, um Stimmung und Verlangen zu sehen.</translation>
        </message>
        <message>
            <source>Q{number} {year}</source>
            <translation>Q{number} {year}</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>Woche vom {day}</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Woche vom</translation>
        </message>
        <message>
            <source>per week</source>
            <translation>pro Woche</translation>
        </message>
        <message>
            <source>Month of {day}</source>
            <translation>Monat vom {day}</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>pro Monat</translation>
        </message>
        <message>
            <source>Quarter from {day}</source>
            <translation>Quartal ab {day}</translation>
        </message>
        <message>
            <source>Quarter from</source>
            <translation>Quartal ab</translation>
        </message>
        <message>
            <source>per quarter</source>
            <translation>pro Quartal</translation>
        </message>
        <message>
            <source>Year from {day}</source>
            <translation>Jahr ab {day}</translation>
        </message>
        <message>
            <source>Year from</source>
            <translation>Jahr ab</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>pro Jahr</translation>
        </message>
        <message>
            <source>{when}: {value}% done</source>
            <translation>{when}: {value} % erledigt</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>weeks in a row</source>
            <translation>Wochen in Folge</translation>
        </message>
        <message>
            <source>days in a row</source>
            <translation>Tage in Folge</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>today, still going</source>
            <translation>heute, läuft noch</translation>
        </message>
        <message numerus="yes">
            <source>{clock}: %n day(s), {start} to {end}</source>
            <translation>
                <numerusform>{clock}: %n Tag, {start} bis {end}</numerusform>
                <numerusform>{clock}: %n Tage, {start} bis {end}</numerusform>
            </translation>
        </message>
        <message>
            <source>Days in each stretch</source>
            <translation>Tage je Strecke</translation>
        </message>
        <message>
            <source>Still going</source>
            <translation>Läuft noch</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Zähler</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>still going</source>
            <translation>läuft noch</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Therapy</source>
            <translation>Therapie</translation>
        </message>
        <message>
            <source>0–10</source>
            <translation>0–10</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Stimmung</translation>
        </message>
        <message>
            <source>Mood, 7-day average</source>
            <translation>Stimmung, 7-Tage-Schnitt</translation>
        </message>
        <message>
            <source>Craving</source>
            <translation>Verlangen</translation>
        </message>
        <message>
            <source>Craving, 7-day average</source>
            <translation>Verlangen, 7-Tage-Schnitt</translation>
        </message>
        <message>
            <source>Mood (weekly mean)</source>
            <translation>Stimmung (Wochenmittel)</translation>
        </message>
        <message>
            <source>Mood, 4-week average</source>
            <translation>Stimmung, 4-Wochen-Schnitt</translation>
        </message>
        <message>
            <source>Craving (weekly mean)</source>
            <translation>Verlangen (Wochenmittel)</translation>
        </message>
        <message>
            <source>Craving, 4-week average</source>
            <translation>Verlangen, 4-Wochen-Schnitt</translation>
        </message>
        <message>
            <source>Mood (monthly mean)</source>
            <translation>Stimmung (Monatsmittel)</translation>
        </message>
        <message>
            <source>Mood, 3-month average</source>
            <translation>Stimmung, 3-Monats-Schnitt</translation>
        </message>
        <message>
            <source>Craving (monthly mean)</source>
            <translation>Verlangen (Monatsmittel)</translation>
        </message>
        <message>
            <source>Craving, 3-month average</source>
            <translation>Verlangen, 3-Monats-Schnitt</translation>
        </message>
        <message>
            <source>Mood (quarterly mean)</source>
            <translation>Stimmung (Quartalsmittel)</translation>
        </message>
        <message>
            <source>Mood, 1-year average</source>
            <translation>Stimmung, 1-Jahres-Schnitt</translation>
        </message>
        <message>
            <source>Craving (quarterly mean)</source>
            <translation>Verlangen (Quartalsmittel)</translation>
        </message>
        <message>
            <source>Craving, 1-year average</source>
            <translation>Verlangen, 1-Jahres-Schnitt</translation>
        </message>
    </context>
    <context>
        <name>ProtectionDialogs</name>
        <message>
            <source>This file will not be protected</source>
            <translation>Diese Datei wird nicht geschützt</translation>
        </message>
        <message>
            <source>Your data is encrypted here, but the file you are about to save will be readable: by anyone who can open it under your user account, or wherever you copy it. Save it anyway?</source>
            <translation>Deine Daten sind hier verschlüsselt, aber die Datei, die du gleich speicherst, ist lesbar: für jede Person, die sie unter deinem Benutzerkonto öffnen kann, oder überall, wohin du sie kopierst. Trotzdem speichern?</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Dein Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>Write this down, or print it, and keep it away from this computer</source>
            <translation>Schreib ihn auf oder druck ihn aus, und bewahre ihn fern von diesem Computer auf</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this key opens your data. It is shown only now; RecoveryBox does not keep it anywhere it can show you again (you can make a new one in Settings › Privacy while unlocked).</source>
            <translation>Wenn du deine Passphrase vergisst, öffnet dieser Schlüssel deine Daten. Er wird nur jetzt angezeigt; RecoveryBox bewahrt ihn nirgends auf, wo es ihn dir noch einmal zeigen könnte (einen neuen kannst du unter Einstellungen › Privatsphäre erstellen, solange es entsperrt ist).</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Save as &amp;PDF to print…</source>
            <translation>Als &amp;PDF zum Drucken speichern …</translation>
        </message>
        <message>
            <source>I have written it down or saved it somewhere safe</source>
            <translation>Ich habe ihn aufgeschrieben oder an einem sicheren Ort gespeichert</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Fertig</translation>
        </message>
        <message>
            <source>Save the recovery key</source>
            <translation>Den Wiederherstellungsschlüssel speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to {path}. Print it, then delete the file: anyone who finds it can open your data.</source>
            <translation>Unter {path} gespeichert. Druck ihn aus und lösch dann die Datei: Wer sie findet, kann deine Daten öffnen.</translation>
        </message>
    </context>
    <context>
        <name>ReminderCard</name>
        <message>
            <source>Where: {place}</source>
            <translation>Wo: {place}</translation>
        </message>
        <message>
            <source>Join &amp;online</source>
            <translation>&amp;Online teilnehmen</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Show this in RecoveryBox</source>
            <translation>Das in RecoveryBox zeigen</translation>
        </message>
        <message>
            <source>&amp;Snooze</source>
            <translation>&amp;Später erinnern</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Später erinnern</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 Stunde</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Verwerfen</translation>
        </message>
    </context>
    <context>
        <name>ReminderPopup</name>
        <message>
            <source>Reminders — RecoveryBox</source>
            <translation>Erinnerungen — RecoveryBox</translation>
        </message>
        <message>
            <source>Dismiss &amp;all</source>
            <translation>&amp;Alle verwerfen</translation>
        </message>
        <message numerus="yes">
            <source>%n reminder(s)</source>
            <translation>
                <numerusform>%n Erinnerung</numerusform>
                <numerusform>%n Erinnerungen</numerusform>
            </translation>
        </message>
        <message>
            <source>+{n} more</source>
            <translation>+{n} weitere</translation>
        </message>
    </context>
    <context>
        <name>ReminderWiring</name>
        <message>
            <source>Where: {place}</source>
            <translation>Wo: {place}</translation>
        </message>
        <message>
            <source>RecoveryBox</source>
            <translation>RecoveryBox</translation>
        </message>
        <message>
            <source>I need help now</source>
            <translation>Ich brauche jetzt Hilfe</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <source>Show RecoveryBox</source>
            <translation>RecoveryBox zeigen</translation>
        </message>
        <message>
            <source>Today's plan</source>
            <translation>Plan für heute</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Missed: {title}</source>
            <translation>Verpasst: {title}</translation>
        </message>
        <message numerus="yes">
            <source>{detail} (and %n more)</source>
            <translation>
                <numerusform>{detail} (und %n weitere)</numerusform>
                <numerusform>{detail} (und %n weitere)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n Jahr</numerusform>
                <numerusform>%n Jahre</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n Monat</numerusform>
                <numerusform>%n Monate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Good morning</source>
            <translation>Guten Morgen</translation>
        </message>
        <message>
            <source>Evening check-in</source>
            <translation>Rückblick am Abend</translation>
        </message>
        <message>
            <source>{time} free from {name}</source>
            <translation>{time} frei von {name}</translation>
        </message>
        <message>
            <source>A moment for today's reflection and your pledge.</source>
            <translation>Ein Moment für den Gedanken des Tages und deinen Vorsatz.</translation>
        </message>
        <message>
            <source>How was today? A line in the journal helps.</source>
            <translation>Wie war heute? Eine Zeile im Tagebuch hilft.</translation>
        </message>
        <message>
            <source>Not checked in yet today.</source>
            <translation>Heute noch nicht abgehakt.</translation>
        </message>
        <message>
            <source>Look how far you've come. Take a moment to be proud of this.</source>
            <translation>Schau, wie weit du gekommen bist. Nimm dir einen Moment, um stolz darauf zu sein.</translation>
        </message>
        <message>
            <source>Starting now</source>
            <translation>Beginnt jetzt</translation>
        </message>
        <message numerus="yes">
            <source>Starts in %n day(s)</source>
            <translation>
                <numerusform>Beginnt in %n Tag</numerusform>
                <numerusform>Beginnt in %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Starts in %n hour(s)</source>
            <translation>
                <numerusform>Beginnt in %n Stunde</numerusform>
                <numerusform>Beginnt in %n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Starts in %n minute(s)</source>
            <translation>
                <numerusform>Beginnt in %n Minute</numerusform>
                <numerusform>Beginnt in %n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>Missed while RecoveryBox was closed · {when}</source>
            <translation>Verpasst, während RecoveryBox geschlossen war · {when}</translation>
        </message>
        <message>
            <source>{what} · starts at {when}</source>
            <translation>{what} · beginnt um {when}</translation>
        </message>
        <message>
            <source>Snoozed · was due at {when}, {ago}</source>
            <translation>Zurückgestellt · war fällig um {when}, {ago}</translation>
        </message>
        <message>
            <source>Late · was due at {when}, {ago}</source>
            <translation>Verspätet · war fällig um {when}, {ago}</translation>
        </message>
        <message>
            <source>Snoozed · started at {when}, {ago}</source>
            <translation>Zurückgestellt · hat um {when} begonnen, {ago}</translation>
        </message>
        <message>
            <source>Late · started at {when}, {ago}</source>
            <translation>Verspätet · hat um {when} begonnen, {ago}</translation>
        </message>
        <message>
            <source>Snoozed · starts at {when}, in {span}</source>
            <translation>Zurückgestellt · beginnt um {when}, in {span}</translation>
        </message>
        <message>
            <source>Late · starts at {when}, in {span}</source>
            <translation>Verspätet · beginnt um {when}, in {span}</translation>
        </message>
        <message>
            <source>yesterday {time}</source>
            <translation>gestern {time}</translation>
        </message>
        <message>
            <source>tomorrow {time}</source>
            <translation>morgen {time}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>{hours} {minutes}</source>
            <translation>{hours} {minutes}</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message>
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message>
            <source>{span} ago</source>
            <translation>vor {span}</translation>
        </message>
    </context>
    <context>
        <name>RemindersPage</name>
        <message>
            <source>&amp;Quiet hours: hold reminders until they end</source>
            <translation>&amp;Ruhezeit: Erinnerungen bis zu ihrem Ende zurückhalten</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Default reminders for new events</source>
            <translation>Standard-Erinnerungen für neue Termine</translation>
        </message>
        <message>
            <source>Quiet hours need a different start and end.</source>
            <translation>Die Ruhezeit braucht einen anderen Beginn als ihr Ende.</translation>
        </message>
    </context>
    <context>
        <name>RepeatRows</name>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} und {last}</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Jeden Tag</translation>
        </message>
        <message>
            <source>Every week on {days}</source>
            <translation>Jede Woche am {days}</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Jeden Monat</translation>
        </message>
        <message>
            <source>Every month on day {day}</source>
            <translation>Jeden Monat am {day}.</translation>
        </message>
        <message>
            <source>Every year on {day}</source>
            <translation>Jedes Jahr am {day}</translation>
        </message>
        <message numerus="yes">
            <source>Every %n day(s)</source>
            <translation>
                <numerusform>Jeden %n. Tag</numerusform>
                <numerusform>Alle %n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n week(s) on {days}</source>
            <translation>
                <numerusform>Jede %n. Woche am {days}</numerusform>
                <numerusform>Alle %n Wochen am {days}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n month(s)</source>
            <translation>
                <numerusform>Jeden %n. Monat</numerusform>
                <numerusform>Alle %n Monate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n month(s) on day {day}</source>
            <translation>
                <numerusform>Jeden %n. Monat am {day}.</numerusform>
                <numerusform>Alle %n Monate am {day}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n year(s) on {day}</source>
            <translation>
                <numerusform>Jedes %n. Jahr am {day}</numerusform>
                <numerusform>Alle %n Jahre am {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>{rule}, from {date}, once</source>
            <translation>{rule}, ab {date}, einmal</translation>
        </message>
        <message numerus="yes">
            <source>{rule}, from {date}, %n time(s)</source>
            <translation>
                <numerusform>{rule}, ab {date}, %n-mal</numerusform>
                <numerusform>{rule}, ab {date}, %n-mal</numerusform>
            </translation>
        </message>
        <message>
            <source>{rule}, from {date}, until {until}</source>
            <translation>{rule}, ab {date}, bis {until}</translation>
        </message>
        <message>
            <source>{rule}, from {date}</source>
            <translation>{rule}, ab {date}</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Wiederholt sich nicht</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Jede Woche</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Jedes Jahr</translation>
        </message>
        <message>
            <source>every </source>
            <translation>alle </translation>
        </message>
        <message>
            <source>Repeat interval</source>
            <translation>Wiederholungsabstand</translation>
        </message>
        <message>
            <source>Never ends</source>
            <translation>Endet nie</translation>
        </message>
        <message>
            <source>Ends on a date</source>
            <translation>Endet an einem Datum</translation>
        </message>
        <message>
            <source>Ends after a number of times</source>
            <translation>Endet nach einer Anzahl</translation>
        </message>
        <message>
            <source>Repeat until</source>
            <translation>Wiederholen bis</translation>
        </message>
        <message>
            <source> times</source>
            <translation> Mal</translation>
        </message>
        <message>
            <source>Number of times</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Am</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
    </context>
    <context>
        <name>ResetDialog</name>
        <message>
            <source>Start again</source>
            <translation>Neu beginnen</translation>
        </message>
        <message>
            <source>A slip doesn't erase what you've done. The days you had are kept in your history, and starting again is part of recovery. Be kind to yourself today, and consider telling someone you trust.</source>
            <translation>Ein Rückfall löscht nicht aus, was du geschafft hast. Deine Tage bleiben in deinem Verlauf, und der Neubeginn gehört zur Genesung dazu. Sei heute gut zu dir, und überleg, ob du es jemandem erzählst, dem du vertraust.</translation>
        </message>
        <message>
            <source>New start</source>
            <translation>Neuer Anfang</translation>
        </message>
        <message>
            <source>Optional: what happened, what might help next time (only you see this)</source>
            <translation>Freiwillig: Was ist passiert, was könnte nächstes Mal helfen (nur du siehst das)</translation>
        </message>
        <message>
            <source>&amp;New start</source>
            <translation>&amp;Neuer Anfang</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <source>&amp;Start again</source>
            <translation>Neu &amp;beginnen</translation>
        </message>
    </context>
    <context>
        <name>SafetyPage</name>
        <message>
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>Ordner &amp;öffnen</translation>
        </message>
    </context>
    <context>
        <name>ScaleSlider</name>
        <message>
            <source>Not set</source>
            <translation>Nicht festgelegt</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Clear {what}</source>
            <translation>{what} leeren</translation>
        </message>
        <message>
            <source>Back to not set</source>
            <translation>Zurück auf nicht festgelegt</translation>
        </message>
    </context>
    <context>
        <name>ScopeDialog</name>
        <message>
            <source>Repeating event</source>
            <translation>Wiederkehrender Termin</translation>
        </message>
        <message>
            <source>This event repeats. Which ones do you want to {action}?</source>
            <translation>Dieser Termin wiederholt sich. Welche möchtest du {action}?</translation>
        </message>
        <message>
            <source>Only &amp;this one</source>
            <translation>Nur &amp;diesen</translation>
        </message>
        <message>
            <source>This and &amp;following</source>
            <translation>Diesen und alle &amp;folgenden</translation>
        </message>
        <message>
            <source>&amp;All of them</source>
            <translation>&amp;Alle</translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>No events match.</source>
            <translation>Keine Termine gefunden.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>S&amp;ync</source>
            <translation>S&amp;ynchronisation</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Anywhere</source>
            <translation>Überall</translation>
        </message>
        <message>
            <source>Ctrl+1 … Ctrl+7</source>
            <translation>Strg+1 … Strg+7</translation>
        </message>
        <message>
            <source>Today, Week, Goals, Progress, Journal, Support, Find meetings</source>
            <translation>Heute, Woche, Ziele, Fortschritt, Tagebuch, Unterstützung, Meetings finden</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation>Strg+Umschalt+P</translation>
        </message>
        <message>
            <source>I need help now (breathing, reasons, people to call)</source>
            <translation>Ich brauche jetzt Hilfe (Atmen, Gründe, Menschen zum Anrufen)</translation>
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation>Strg+,</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation>Strg+L</translation>
        </message>
        <message>
            <source>Lock (when your data is protected with a passphrase)</source>
            <translation>Sperren (wenn deine Daten mit einer Passphrase geschützt sind)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Strg+Umschalt+S</translation>
        </message>
        <message>
            <source>Sync the calendar now (when calendar sync is set up)</source>
            <translation>Den Kalender jetzt synchronisieren (wenn die Synchronisation eingerichtet ist)</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Strg+Q</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>Alt+Left / Alt+Right</source>
            <translation>Alt+Links / Alt+Rechts</translation>
        </message>
        <message>
            <source>Previous / next day, week, month or two weeks</source>
            <translation>Vorheriger / nächster Tag, Woche, Monat oder zwei Wochen</translation>
        </message>
        <message>
            <source>T</source>
            <translation>T</translation>
        </message>
        <message>
            <source>Back to today</source>
            <translation>Zurück zu heute</translation>
        </message>
        <message>
            <source>D / W / M / A</source>
            <translation>D / W / M / A</translation>
        </message>
        <message>
            <source>Day, week, month or agenda (the coming two weeks)</source>
            <translation>Tag, Woche, Monat oder Agenda (die kommenden zwei Wochen)</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Strg+F</translation>
        </message>
        <message>
            <source>Search events by title, place or notes</source>
            <translation>Termine nach Titel, Ort oder Notizen suchen</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Strg+N</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Neuer Termin</translation>
        </message>
        <message>
            <source>Enter / Delete</source>
            <translation>Eingabe / Entf</translation>
        </message>
        <message>
            <source>Edit / delete the selected event</source>
            <translation>Ausgewählten Termin bearbeiten / löschen</translation>
        </message>
        <message>
            <source>Ctrl+Z</source>
            <translation>Strg+Z</translation>
        </message>
        <message>
            <source>Undo the last move or change</source>
            <translation>Letzte Verschiebung oder Änderung rückgängig machen</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>Check in the selected goal for today (again to undo)</source>
            <translation>Das ausgewählte Ziel für heute abhaken (noch einmal zum Rückgängigmachen)</translation>
        </message>
        <message>
            <source>Ctrl+N / Enter</source>
            <translation>Strg+N / Eingabe</translation>
        </message>
        <message>
            <source>New goal / edit the selected goal</source>
            <translation>Neues Ziel / ausgewähltes Ziel bearbeiten</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Tagebuch</translation>
        </message>
        <message>
            <source>New entry (entries save as you type)</source>
            <translation>Neuer Eintrag (Einträge speichern sich beim Tippen)</translation>
        </message>
        <message>
            <source>Find meetings</source>
            <translation>Meetings finden</translation>
        </message>
        <message>
            <source>Search the meeting list by name, place or notes</source>
            <translation>Die Meeting-Liste nach Name, Ort oder Notizen durchsuchen</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>Add the selected meeting to your week</source>
            <translation>Das ausgewählte Meeting zu deiner Woche hinzufügen</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>Check the list for updates (fetches it again from a web address)</source>
            <translation>Die Liste auf Aktualisierungen prüfen (holt sie erneut von einer Webadresse)</translation>
        </message>
        <message>
            <source>Reminder pop-up</source>
            <translation>Erinnerungsfenster</translation>
        </message>
        <message>
            <source>Alt+O / Alt+S / Alt+D</source>
            <translation>Alt+F / Alt+S / Alt+V</translation>
        </message>
        <message>
            <source>Open / Snooze / Dismiss</source>
            <translation>Öffnen / Später erinnern / Verwerfen</translation>
        </message>
        <message>
            <source>Any window</source>
            <translation>Jedes Fenster</translation>
        </message>
        <message>
            <source>Alt + underlined letter</source>
            <translation>Alt + unterstrichener Buchstabe</translation>
        </message>
        <message>
            <source>Go to that button or field</source>
            <translation>Zu dieser Schaltfläche oder diesem Feld springen</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Was sie tun</translation>
        </message>
    </context>
    <context>
        <name>SoberTime</name>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n Jahr</numerusform>
                <numerusform>%n Jahre</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n Monat</numerusform>
                <numerusform>%n Monate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Day one</source>
            <translation>Tag eins</translation>
        </message>
    </context>
    <context>
        <name>SobrietyPanel</name>
        <message>
            <source>Add a &amp;clock…</source>
            <translation>&amp;Zähler hinzufügen …</translation>
        </message>
        <message>
            <source>Count days free from a substance or behaviour</source>
            <translation>Tage frei von einer Substanz oder einem Verhalten zählen</translation>
        </message>
        <message>
            <source>No sober-since clock yet. Add one when you're ready; there's no rush.</source>
            <translation>Noch kein Frei-seit-Zähler. Füg einen hinzu, wenn du so weit bist; es eilt nicht.</translation>
        </message>
    </context>
    <context>
        <name>StartupProblem</name>
        <message>
            <source>RecoveryBox can't open your data</source>
            <translation>RecoveryBox kann deine Daten nicht öffnen</translation>
        </message>
        <message>
            <source>Your file will be kept, renamed, in the data folder; nothing is deleted. You can restore the newest backup, start with an empty data file, or quit and ask for help.</source>
            <translation>Deine Datei bleibt, umbenannt, im Datenordner; nichts wird gelöscht. Du kannst die neueste Sicherung wiederherstellen, mit einer leeren Datendatei beginnen oder beenden und um Hilfe bitten.</translation>
        </message>
        <message>
            <source>&amp;Restore the newest backup</source>
            <translation>Die neueste Sicherung &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>Start &amp;fresh</source>
            <translation>&amp;Neu anfangen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
    </context>
    <context>
        <name>SupportView</name>
        <message>
            <source>My warning signs</source>
            <translation>Meine Warnzeichen</translation>
        </message>
        <message>
            <source>Triggers and high-risk situations</source>
            <translation>Auslöser und riskante Situationen</translation>
        </message>
        <message>
            <source>What I will do about each</source>
            <translation>Was ich jeweils dagegen tue</translation>
        </message>
        <message>
            <source>People I will call</source>
            <translation>Menschen, die ich anrufe</translation>
        </message>
        <message>
            <source>Healthy things I can do instead</source>
            <translation>Gesunde Dinge, die ich stattdessen tun kann</translation>
        </message>
        <message>
            <source>If I slip: what I will do next</source>
            <translation>Wenn ich rückfällig werde: was ich als Nächstes tue</translation>
        </message>
        <message>
            <source>Reasons I'm doing this</source>
            <translation>Warum ich das mache</translation>
        </message>
        <message>
            <source>My own coping strategies</source>
            <translation>Meine eigenen Strategien</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Menschen</translation>
        </message>
        <message>
            <source>My p&amp;lan</source>
            <translation>Mein &amp;Plan</translation>
        </message>
        <message>
            <source>Your support network</source>
            <translation>Dein Unterstützungsnetz</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Best times</source>
            <translation>Gute Zeiten</translation>
        </message>
        <message>
            <source>No contacts yet. Who could you call on a hard day? Add them here.</source>
            <translation>Noch keine Kontakte. Wen könntest du an einem schweren Tag anrufen? Füg sie hier hinzu.</translation>
        </message>
        <message>
            <source>&amp;Add contact…</source>
            <translation>Kontakt &amp;hinzufügen …</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten …</translation>
        </message>
        <message>
            <source>&amp;Call</source>
            <translation>&amp;Anrufen</translation>
        </message>
        <message>
            <source>Call with your phone app</source>
            <translation>Mit deiner Telefon-App anrufen</translation>
        </message>
        <message>
            <source>E-&amp;mail</source>
            <translation>E-&amp;Mail</translation>
        </message>
        <message>
            <source>Write an e-mail</source>
            <translation>Eine E-Mail schreiben</translation>
        </message>
        <message>
            <source>P&amp;in</source>
            <translation>&amp;Anheften</translation>
        </message>
        <message>
            <source>Pinned contacts appear in the panic window</source>
            <translation>Angeheftete Kontakte erscheinen im Hilfe-Fenster</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen …</translation>
        </message>
        <message>
            <source>A plan written on a calm day helps on a hard one. Only you see it. It saves itself.</source>
            <translation>Ein Plan, der an einem ruhigen Tag geschrieben wurde, hilft an einem schweren. Nur du siehst ihn. Er speichert sich selbst.</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>Einer pro Zeile</translation>
        </message>
        <message>
            <source>Export plan as P&amp;DF…</source>
            <translation>Plan als P&amp;DF exportieren …</translation>
        </message>
        <message>
            <source>Unp&amp;in</source>
            <translation>&amp;Lösen</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Kontakt löschen</translation>
        </message>
        <message>
            <source>Remove {name} from your contacts?</source>
            <translation>{name} aus deinen Kontakten entfernen?</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>Export plan</source>
            <translation>Plan exportieren</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Drawing your plan…</source>
            <translation>Dein Plan wird gezeichnet …</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Unter {path} gespeichert.</translation>
        </message>
        <message>
            <source>The plan was not saved</source>
            <translation>Der Plan wurde nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>SyncRunner</name>
        <message>
            <source>Calendar sync: {problem}</source>
            <translation>Kalendersynchronisation: {problem}</translation>
        </message>
        <message>
            <source>Calendar sync waits for your password: choose File › Sync calendar now.</source>
            <translation>Die Kalendersynchronisation wartet auf dein Passwort: Wähle Datei › Kalender jetzt synchronisieren.</translation>
        </message>
        <message>
            <source>Syncing the calendar…</source>
            <translation>Der Kalender wird synchronisiert …</translation>
        </message>
        <message>
            <source>Calendar sync</source>
            <translation>Kalendersynchronisation</translation>
        </message>
        <message>
            <source>Password for {user} at {server}
(no system keyring here, so it is kept only until you quit):</source>
            <translation>Passwort für {user} auf {server}
(hier gibt es keinen Systemschlüsselbund, deshalb wird es nur bis zum Beenden behalten):</translation>
        </message>
        <message>
            <source>Most of your calendar was deleted on the server</source>
            <translation>Der Großteil deines Kalenders wurde auf dem Server gelöscht</translation>
        </message>
        <message>
            <source>Follow the server now? (Choose No to keep everything here and check the server first.)</source>
            <translation>Jetzt dem Server folgen? (Wähle Nein, um hier alles zu behalten und zuerst den Server zu prüfen.)</translation>
        </message>
        <message>
            <source>Calendar synced at {time}</source>
            <translation>Kalender um {time} synchronisiert</translation>
        </message>
        <message numerus="yes">
            <source>; %n deleted on the server, kept in “Deleted by sync”</source>
            <translation>
                <numerusform>; %n auf dem Server gelöscht, aufbewahrt unter „Durch Synchronisation gelöscht“</numerusform>
                <numerusform>; %n auf dem Server gelöscht, aufbewahrt unter „Durch Synchronisation gelöscht“</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n server event(s) could not be read and were left alone</source>
            <translation>
                <numerusform>; %n Termin des Servers ließ sich nicht lesen und blieb unberührt</numerusform>
                <numerusform>; %n Termine des Servers ließen sich nicht lesen und blieben unberührt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> und %n weiterer</numerusform>
                <numerusform> und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>; skipped as too big (over {size} MB): {names}</source>
            <translation>; übersprungen, weil zu groß (über {size} MB): {names}</translation>
        </message>
        <message numerus="yes">
            <source>%n sent</source>
            <translation>
                <numerusform>%n gesendet</numerusform>
                <numerusform>%n gesendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n received</source>
            <translation>
                <numerusform>%n empfangen</numerusform>
                <numerusform>%n empfangen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation>
                <numerusform>%n gelöscht</numerusform>
                <numerusform>%n gelöscht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in conflict</source>
            <translation>
                <numerusform>%n im Konflikt</numerusform>
                <numerusform>%n im Konflikt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsPage</name>
        <message>
            <source>Only calendar events are sent (meetings, sessions, self-care, with their places, links, notes and reminders), to the server you name here and nowhere else. Your goals, check-ins, journal, contacts and everything else stay on this computer.</source>
            <translation>Nur Kalendertermine werden gesendet (Meetings, Sitzungen, Selbstfürsorge, mit Orten, Links, Notizen und Erinnerungen), und zwar an den Server, den du hier angibst, und nirgendwohin sonst. Deine Ziele, Einträge, dein Tagebuch, deine Kontakte und alles andere bleiben auf diesem Computer.</translation>
        </message>
        <message>
            <source>Keep your calendar on your phone and other computers too: sync it with a CalDAV server you use (Nextcloud, Radicale, Baïkal, Fastmail, iCloud, mailbox.org…).</source>
            <translation>Hab deinen Kalender auch auf dem Handy und anderen Computern: Synchronisiere ihn mit einem CalDAV-Server, den du nutzt (Nextcloud, Radicale, Baïkal, Fastmail, iCloud, mailbox.org …).</translation>
        </message>
        <message>
            <source>an app password, if your server offers them</source>
            <translation>ein App-Passwort, falls dein Server welche anbietet</translation>
        </message>
        <message>
            <source>The server asks for &amp;no password</source>
            <translation>Der Server verlangt &amp;kein Passwort</translation>
        </message>
        <message>
            <source>Server &amp;address</source>
            <translation>Server&amp;adresse</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Benutzername</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>Pass&amp;wort</translation>
        </message>
        <message>
            <source>&amp;Find my calendars</source>
            <translation>Meine Kalender &amp;finden</translation>
        </message>
        <message>
            <source>Calendar to sync with</source>
            <translation>Kalender zum Synchronisieren</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>&amp;Turn sync on</source>
            <translation>Synchronisation &amp;einschalten</translation>
        </message>
        <message>
            <source>&amp;Trust this certificate</source>
            <translation>Diesem Zertifikat &amp;vertrauen</translation>
        </message>
        <message>
            <source>Only if the fingerprint above is the one your server shows: then this one certificate is accepted, and a different one is refused.</source>
            <translation>Nur wenn der Fingerabdruck oben der ist, den dein Server anzeigt: Dann wird genau dieses Zertifikat akzeptiert und jedes andere abgelehnt.</translation>
        </message>
        <message>
            <source>Type your server's address (your provider's help pages name its CalDAV address).</source>
            <translation>Gib die Adresse deines Servers ein (die Hilfeseiten deines Anbieters nennen seine CalDAV-Adresse).</translation>
        </message>
        <message>
            <source>Type your user name and password for the server (or tick “no password”).</source>
            <translation>Gib deinen Benutzernamen und dein Passwort für den Server ein (oder hake „kein Passwort“ an).</translation>
        </message>
        <message>
            <source>Finding your calendars…</source>
            <translation>Deine Kalender werden gesucht …</translation>
        </message>
        <message>
            <source>New calendar “{name}”</source>
            <translation>Neuer Kalender „{name}“</translation>
        </message>
        <message>
            <source>Making the calendar…</source>
            <translation>Der Kalender wird angelegt …</translation>
        </message>
        <message>
            <source>Something went wrong: {e}</source>
            <translation>Etwas ist schiefgegangen: {e}</translation>
        </message>
        <message>
            <source>Your calendar syncs with “{calendar}” at {server}, as {user}.</source>
            <translation>Dein Kalender wird mit „{calendar}“ auf {server} synchronisiert, als {user}.</translation>
        </message>
        <message>
            <source>Your calendar syncs with “{calendar}” at {server}.</source>
            <translation>Dein Kalender wird mit „{calendar}“ auf {server} synchronisiert.</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Letzte Synchronisation</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Hier</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>The server asks for none.</source>
            <translation>Der Server verlangt keins.</translation>
        </message>
        <message>
            <source>Kept in your system keyring.</source>
            <translation>In deinem Systemschlüsselbund gespeichert.</translation>
        </message>
        <message>
            <source>No system keyring here: kept only until you quit, and asked again at the first Sync now.</source>
            <translation>Hier gibt es keinen Systemschlüsselbund: nur bis zum Beenden behalten und bei der ersten Synchronisation erneut abgefragt.</translation>
        </message>
        <message>
            <source>Your server's own, trusted by its fingerprint (SHA-256 {fingerprint}); a different one is refused.</source>
            <translation>Das eigene deines Servers, vertraut über seinen Fingerabdruck (SHA-256 {fingerprint}); ein anderes wird abgelehnt.</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Zertifikat</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>Jetzt &amp;synchronisieren</translation>
        </message>
        <message>
            <source>Turn sync &amp;off…</source>
            <translation>Synchronisation &amp;ausschalten …</translation>
        </message>
        <message>
            <source>&amp;Deleted by sync…</source>
            <translation>Durch Synchronisation &amp;gelöscht …</translation>
        </message>
        <message>
            <source>Failed: {problem}</source>
            <translation>Fehlgeschlagen: {problem}</translation>
        </message>
        <message>
            <source>Not yet.</source>
            <translation>Noch nicht.</translation>
        </message>
        <message>
            <source>Nothing waiting to be sent.</source>
            <translation>Nichts wartet auf das Senden.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n Änderung wartet auf das Senden.</numerusform>
                <numerusform>%n Änderungen warten auf das Senden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Turn calendar sync off?</source>
            <translation>Kalendersynchronisation ausschalten?</translation>
        </message>
        <message>
            <source>RecoveryBox stops sending and fetching calendar changes. Your events stay here, and on the server. Changes not yet sent stay here only.</source>
            <translation>RecoveryBox hört auf, Kalenderänderungen zu senden und zu holen. Deine Termine bleiben hier und auf dem Server. Noch nicht gesendete Änderungen bleiben nur hier.</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>e.g. 19:30</source>
            <translation>z. B. 19:30</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>Today's plan</source>
            <translation>Plan für heute</translation>
        </message>
        <message>
            <source>Today's goals</source>
            <translation>Ziele für heute</translation>
        </message>
        <message>
            <source>Tick a goal (click or Space) to check in for today.</source>
            <translation>Hake ein Ziel ab (Klick oder Leertaste), um es für heute einzutragen.</translation>
        </message>
        <message>
            <source>Today's p&amp;lan</source>
            <translation>&amp;Plan für heute</translation>
        </message>
        <message>
            <source>Today's &amp;goals</source>
            <translation>&amp;Ziele für heute</translation>
        </message>
        <message>
            <source>{time} free from {name}</source>
            <translation>{time} frei von {name}</translation>
        </message>
        <message>
            <source>No sober-since date set yet.</source>
            <translation>Noch kein Frei-seit-Datum eingetragen.</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Ganztägig</translation>
        </message>
        <message>
            <source>Nothing planned for today. A quiet day is fine too.</source>
            <translation>Für heute ist nichts geplant. Ein ruhiger Tag ist auch gut.</translation>
        </message>
        <message>
            <source>No goals yet. Add one in Goals: small and kind to yourself works best.</source>
            <translation>Noch keine Ziele. Füg eins unter Ziele hinzu: klein und freundlich zu dir selbst wirkt am besten.</translation>
        </message>
        <message numerus="yes">
            <source>· %n-week streak</source>
            <translation>
                <numerusform>· Serie: %n Woche</numerusform>
                <numerusform>· Serie: %n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>· %n-day streak</source>
            <translation>
                <numerusform>· Serie: %n Tag</numerusform>
                <numerusform>· Serie: %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Check-in not saved</source>
            <translation>Eintrag nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>UndoNotice</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Undo what was just saved (Ctrl+Z)</source>
            <translation>Das gerade Gespeicherte rückgängig machen (Strg+Z)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
    </context>
    <context>
        <name>UrgeDialog</name>
        <message>
            <source>I have an urge</source>
            <translation>Ich habe Suchtdruck</translation>
        </message>
        <message>
            <source>Noticing an urge is a strong thing to do. Jot down a few words; it passes.</source>
            <translation>Suchtdruck zu bemerken ist stark. Schreib ein paar Worte auf; er geht vorbei.</translation>
        </message>
        <message>
            <source>What set it off?</source>
            <translation>Was hat ihn ausgelöst?</translation>
        </message>
        <message>
            <source>Where are you?</source>
            <translation>Wo bist du?</translation>
        </message>
        <message>
            <source>What helped (or might help)?</source>
            <translation>Was hat geholfen (oder könnte helfen)?</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <source>&amp;Not yet</source>
            <translation>&amp;Noch nicht</translation>
        </message>
        <message>
            <source>&amp;Don't know</source>
            <translation>&amp;Weiß nicht</translation>
        </message>
        <message>
            <source>&amp;How strong</source>
            <translation>&amp;Wie stark</translation>
        </message>
        <message>
            <source>&amp;Trigger</source>
            <translation>&amp;Auslöser</translation>
        </message>
        <message>
            <source>&amp;Where</source>
            <translation>W&amp;o</translation>
        </message>
        <message>
            <source>What he&amp;lped</source>
            <translation>Was &amp;geholfen hat</translation>
        </message>
        <message>
            <source>Did it pass?</source>
            <translation>Ist er vorbei?</translation>
        </message>
    </context>
    <context>
        <name>ViewPages</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Tagebuch</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Unterstützung</translation>
        </message>
        <message>
            <source>Find meetings</source>
            <translation>Meetings finden</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Ansichten</translation>
        </message>
        <message>
            <source>{label} (Ctrl+{n})</source>
            <translation>{label} (Strg+{n})</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Deine Daten werden geöffnet …</translation>
        </message>
    </context>
    <context>
        <name>WeekGrid</name>
        <message>
            <source>Week grid</source>
            <translation>Wochenraster</translation>
        </message>
        <message>
            <source>Nothing planned in these days.</source>
            <translation>Nichts geplant an diesen Tagen.</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
    </context>
    <context>
        <name>WeekHeader</name>
        <message>
            <source>Days of the week and all-day events</source>
            <translation>Wochentage und ganztägige Termine</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>{day} {date} at {time}</source>
            <translation>{day}, {date} um {time}</translation>
        </message>
        <message>
            <source>Saved “{title}”, {when}.</source>
            <translation>„{title}“ gespeichert, {when}.</translation>
        </message>
        <message>
            <source>change</source>
            <translation>ändern</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>löschen</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>Termin löschen</translation>
        </message>
        <message>
            <source>Delete “{title}”? You can undo this with Ctrl+Z.</source>
            <translation>„{title}“ löschen? Mit Strg+Z kannst du das rückgängig machen.</translation>
        </message>
        <message>
            <source>move</source>
            <translation>verschieben</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Nichts rückgängig zu machen.</translation>
        </message>
        <message>
            <source>Undone.</source>
            <translation>Rückgängig gemacht.</translation>
        </message>
        <message>
            <source>Keep the other device's version?</source>
            <translation>Die Fassung des anderen Geräts behalten?</translation>
        </message>
        <message>
            <source>Your version (the conflict copy) is deleted, here and on the server.</source>
            <translation>Deine Fassung (die Konfliktkopie) wird gelöscht, hier und auf dem Server.</translation>
        </message>
        <message>
            <source>Keep your version?</source>
            <translation>Deine Fassung behalten?</translation>
        </message>
        <message>
            <source>Your version replaces the other device's, here and on the server at the next sync.</source>
            <translation>Deine Fassung ersetzt die des anderen Geräts, hier und bei der nächsten Synchronisation auf dem Server.</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten …</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen …</translation>
        </message>
        <message>
            <source>Mark &amp;attended</source>
            <translation>Als &amp;besucht markieren</translation>
        </message>
        <message>
            <source>Mark &amp;missed</source>
            <translation>Als &amp;verpasst markieren</translation>
        </message>
        <message>
            <source>&amp;Clear attendance</source>
            <translation>Teilnahme &amp;zurücksetzen</translation>
        </message>
        <message>
            <source>Open online &amp;link</source>
            <translation>Online-&amp;Link öffnen</translation>
        </message>
        <message>
            <source>Previous (Alt+Left)</source>
            <translation>Zurück (Alt+Links)</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Heute</translation>
        </message>
        <message>
            <source>Back to today (T)</source>
            <translation>Zurück zu heute (T)</translation>
        </message>
        <message>
            <source>Next (Alt+Right)</source>
            <translation>Weiter (Alt+Rechts)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Go to date</source>
            <translation>Zu einem Datum</translation>
        </message>
        <message>
            <source>Go to a date</source>
            <translation>Zu einem Datum springen</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Tag</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Woche</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Monat</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>A&amp;genda</translation>
        </message>
        <message>
            <source>Show {what} ({key})</source>
            <translation>{what} zeigen ({key})</translation>
        </message>
        <message>
            <source>M&amp;ini month</source>
            <translation>Mini-Mo&amp;nat</translation>
        </message>
        <message>
            <source>Show or hide the month beside the calendar</source>
            <translation>Den Monat neben dem Kalender ein- oder ausblenden</translation>
        </message>
        <message>
            <source>New &amp;event…</source>
            <translation>Neuer T&amp;ermin …</translation>
        </message>
        <message>
            <source>Add an event (Ctrl+N)</source>
            <translation>Einen Termin hinzufügen (Strg+N)</translation>
        </message>
        <message>
            <source>Find meetings…</source>
            <translation>Meetings finden …</translation>
        </message>
        <message>
            <source>Load your area's meeting list and add meetings to your week (Ctrl+7)</source>
            <translation>Die Meeting-Liste deiner Gegend laden und Meetings zu deiner Woche hinzufügen (Strg+7)</translation>
        </message>
        <message>
            <source>Search events (Ctrl+F)</source>
            <translation>Termine suchen (Strg+F)</translation>
        </message>
        <message>
            <source>Search events</source>
            <translation>Termine suchen</translation>
        </message>
        <message>
            <source>Mini month: choose a day</source>
            <translation>Mini-Monat: einen Tag wählen</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Two weeks · {range}</source>
            <translation>Zwei Wochen · {range}</translation>
        </message>
        <message>
            <source>Week {n} · {range}</source>
            <translation>Woche {n} · {range}</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{env_var} names a file that cannot be read ({exc}).</source>
            <translation>{env_var} nennt eine Datei, die sich nicht lesen lässt ({exc}).</translation>
        </message>
        <message>
            <source>The two passphrases are not the same; nothing changed.</source>
            <translation>Die beiden Passphrasen sind nicht gleich; nichts geändert.</translation>
        </message>
        <message>
            <source>Dates look like 2026-12-01.</source>
            <translation>Datumsangaben sehen so aus: 2026-12-01.</translation>
        </message>
        <message>
            <source>No kept meeting list is called “{name}”. Kept lists: {names}.</source>
            <translation>Keine gespeicherte Meeting-Liste heißt „{name}“. Gespeicherte Listen: {names}.</translation>
        </message>
        <message>
            <source>Type a date, for example 15 Mar 2026.</source>
            <translation>Gib ein Datum ein, zum Beispiel 15.03.2026.</translation>
        </message>
        <message>
            <source>“{cleaned}” isn't a date I can read. Try 15 Mar 2026.</source>
            <translation>„{cleaned}“ ist kein Datum, das ich lesen kann. Versuch es mit 15.03.2026.</translation>
        </message>
        <message>
            <source>“{cleaned}” needs a day and a month, for example 15 Mar 2026.</source>
            <translation>„{cleaned}“ braucht einen Tag und einen Monat, zum Beispiel 15.03.2026.</translation>
        </message>
        <message>
            <source>Choose a year between {first_year} and {last_year}.</source>
            <translation>Wähle ein Jahr zwischen {first_year} und {last_year}.</translation>
        </message>
        <message>
            <source>That date is still to come. Choose today or a day before.</source>
            <translation>Dieses Datum liegt noch in der Zukunft. Wähle heute oder einen Tag davor.</translation>
        </message>
        <message>
            <source>“{text}” isn't a time I can read. Try 19:30 or 7:30 pm.</source>
            <translation>„{text}“ ist keine Uhrzeit, die ich lesen kann. Versuch es mit 19:30 oder 7:30 pm.</translation>
        </message>
        <message>
            <source>With am or pm, the hour goes from 1 to 12.</source>
            <translation>Mit am oder pm geht die Stunde von 1 bis 12.</translation>
        </message>
        <message>
            <source>“{text}” isn't a time of day. Try 19:30 or 7:30 pm.</source>
            <translation>„{text}“ ist keine Tageszeit. Versuch es mit 19:30 oder 7:30 pm.</translation>
        </message>
        <message>
            <source>Please enter a name.</source>
            <translation>Bitte gib einen Namen ein.</translation>
        </message>
        <message>
            <source>Please keep this under {limit} characters (it has {length}).</source>
            <translation>Bitte bleib unter {limit} Zeichen (es sind {length}).</translation>
        </message>
        <message>
            <source>Please use a single line without control characters.</source>
            <translation>Bitte nutze eine einzige Zeile ohne Steuerzeichen.</translation>
        </message>
        <message>
            <source>This text is too long ({length} characters; the limit is {limit}).</source>
            <translation>Dieser Text ist zu lang ({length} Zeichen; die Grenze ist {limit}).</translation>
        </message>
        <message>
            <source>Please keep this under {limit} characters.</source>
            <translation>Bitte bleib unter {limit} Zeichen.</translation>
        </message>
        <message>
            <source>{label} must be a whole number from {low} to {high}.</source>
            <translation>{label} muss eine ganze Zahl von {low} bis {high} sein.</translation>
        </message>
        <message>
            <source>{label} must be from {low} to {high} (got {number}).</source>
            <translation>{label} muss zwischen {low} und {high} liegen (ist {number}).</translation>
        </message>
        <message>
            <source>Please choose a {label} ({choices}).</source>
            <translation>Bitte wähle {label} ({choices}).</translation>
        </message>
        <message>
            <source>Please choose a time zone.</source>
            <translation>Bitte wähle eine Zeitzone.</translation>
        </message>
        <message>
            <source>Unknown time zone “{name}”.</source>
            <translation>Unbekannte Zeitzone „{name}“.</translation>
        </message>
        <message>
            <source>Please enter a time like 18:30.</source>
            <translation>Bitte gib eine Uhrzeit wie 18:30 ein.</translation>
        </message>
        <message>
            <source>Please enter a time between 00:00 and 23:59.</source>
            <translation>Bitte gib eine Uhrzeit zwischen 00:00 und 23:59 ein.</translation>
        </message>
        <message>
            <source>kind of event</source>
            <translation>eine Art von Termin</translation>
        </message>
        <message>
            <source>The end must be after the start.</source>
            <translation>Das Ende muss nach dem Beginn liegen.</translation>
        </message>
        <message>
            <source>An event can last at most a year.</source>
            <translation>Ein Termin kann höchstens ein Jahr dauern.</translation>
        </message>
        <message>
            <source>fellowship</source>
            <translation>eine Gemeinschaft</translation>
        </message>
        <message>
            <source>An online link must start with https:// or http://.</source>
            <translation>Ein Online-Link muss mit https:// oder http:// beginnen.</translation>
        </message>
        <message>
            <source>A reminder cannot come after the event starts.</source>
            <translation>Eine Erinnerung kann nicht nach dem Beginn des Termins kommen.</translation>
        </message>
        <message>
            <source>A reminder offset (minutes)</source>
            <translation>Ein Erinnerungsabstand (Minuten)</translation>
        </message>
        <message>
            <source>At most {max_rdates} extra dates are supported.</source>
            <translation>Höchstens {max_rdates} zusätzliche Daten werden unterstützt.</translation>
        </message>
        <message>
            <source>Please enter a date and time.</source>
            <translation>Bitte gib ein Datum und eine Uhrzeit ein.</translation>
        </message>
        <message>
            <source>The start</source>
            <translation>Der Beginn</translation>
        </message>
        <message>
            <source>The end</source>
            <translation>Das Ende</translation>
        </message>
        <message>
            <source>An extra date (RDATE)</source>
            <translation>Ein zusätzliches Datum (RDATE)</translation>
        </message>
        <message>
            <source>A date</source>
            <translation>Ein Datum</translation>
        </message>
        <message>
            <source>{what} is in the year {year}; dates from {first_year} to {last_year} can be used.</source>
            <translation>{what} liegt im Jahr {year}; Daten von {first_year} bis {last_year} sind möglich.</translation>
        </message>
        <message>
            <source>This event no longer exists.</source>
            <translation>Diesen Termin gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Only a repeating event has single occurrences to change.</source>
            <translation>Nur ein wiederkehrender Termin hat einzelne Vorkommen, die sich ändern lassen.</translation>
        </message>
        <message>
            <source>This event does not happen at that time.</source>
            <translation>Dieser Termin findet zu dieser Zeit nicht statt.</translation>
        </message>
        <message>
            <source>“{spec}” is not a week like 2026-W49.</source>
            <translation>„{spec}“ ist keine Woche wie 2026-W49.</translation>
        </message>
        <message>
            <source>Weeks from {first_year} to {value} can be shown; “{spec}” is not one.</source>
            <translation>Wochen von {first_year} bis {value} lassen sich zeigen; „{spec}“ gehört nicht dazu.</translation>
        </message>
        <message>
            <source>This is not a calendar file but a folder, device or pipe, so it was not read.</source>
            <translation>Das ist keine Kalenderdatei, sondern ein Ordner, ein Gerät oder eine Pipe, deshalb wurde sie nicht gelesen.</translation>
        </message>
        <message>
            <source>This file is {value} MB; calendars up to 5 MB can be imported.</source>
            <translation>Diese Datei ist {value} MB groß; Kalender bis 5 MB lassen sich importieren.</translation>
        </message>
        <message>
            <source>The file could not be read ({strerror}).</source>
            <translation>Die Datei konnte nicht gelesen werden ({strerror}).</translation>
        </message>
        <message>
            <source>None of the {count} events could be read. The first: {first}</source>
            <translation>Keiner der {count} Termine ließ sich lesen. Der erste: {first}</translation>
        </message>
        <message>
            <source>{label}: a changed occurrence has a date that is not valid ({short_reason_exc}).</source>
            <translation>{label}: Ein geändertes Vorkommen hat ein ungültiges Datum ({short_reason_exc}).</translation>
        </message>
        <message>
            <source>This is not a calendar file (.ics): it does not start with BEGIN:VCALENDAR.</source>
            <translation>Das ist keine Kalenderdatei (.ics): Sie beginnt nicht mit BEGIN:VCALENDAR.</translation>
        </message>
        <message>
            <source>This calendar file is damaged and cannot be read ({short_reason_exc}).</source>
            <translation>Diese Kalenderdatei ist beschädigt und lässt sich nicht lesen ({short_reason_exc}).</translation>
        </message>
        <message>
            <source>This file has {length_vevents} events; up to {max_events} can be imported at once.</source>
            <translation>Diese Datei hat {length_vevents} Termine; bis zu {max_events} lassen sich auf einmal importieren.</translation>
        </message>
        <message>
            <source>This file has {length_events} events; up to {max_events} can be imported at once.</source>
            <translation>Diese Datei hat {length_events} Termine; bis zu {max_events} lassen sich auf einmal importieren.</translation>
        </message>
        <message>
            <source>{label}: {message}</source>
            <translation>{label}: {message}</translation>
        </message>
        <message>
            <source>{label}: a date or value in it is not valid ({short_reason_exc}).</source>
            <translation>{label}: Ein Datum oder Wert darin ist ungültig ({short_reason_exc}).</translation>
        </message>
        <message>
            <source>{label} has no DTSTART (start date).</source>
            <translation>{label} hat kein DTSTART (Beginndatum).</translation>
        </message>
        <message>
            <source>{label} has no {name} (start date).</source>
            <translation>{label} hat kein {name} (Beginndatum).</translation>
        </message>
        <message>
            <source>{label}: {name} is not a date or time.</source>
            <translation>{label}: {name} ist kein Datum und keine Uhrzeit.</translation>
        </message>
        <message>
            <source>{label}: {name} is in the year {year}, which looks wrong.</source>
            <translation>{label}: {name} liegt im Jahr {year}, das sieht falsch aus.</translation>
        </message>
        <message>
            <source>{label}: its time zone “{tzid}” is not defined in the file and is not one RecoveryBox knows, so its times could not be placed.</source>
            <translation>{label}: Seine Zeitzone „{tzid}“ ist weder in der Datei festgelegt noch RecoveryBox bekannt, deshalb ließen sich seine Zeiten nicht einordnen.</translation>
        </message>
        <message>
            <source>This calendar file says it is in {name}, but it cannot be read as that.</source>
            <translation>Diese Kalenderdatei sagt, sie sei in {name}, lässt sich so aber nicht lesen.</translation>
        </message>
        <message>
            <source>This calendar file is not in UTF-8 and does not say which character set it uses, so letters could be lost. Export it again as UTF-8 (most calendar apps do this by default).</source>
            <translation>Diese Kalenderdatei ist nicht in UTF-8 und sagt nicht, welchen Zeichensatz sie nutzt, deshalb könnten Buchstaben verloren gehen. Exportiere sie noch einmal als UTF-8 (die meisten Kalender-Apps tun das standardmäßig).</translation>
        </message>
        <message>
            <source>The event “{title}”</source>
            <translation>Der Termin „{title}“</translation>
        </message>
        <message>
            <source>An event without a title</source>
            <translation>Ein Termin ohne Titel</translation>
        </message>
        <message>
            <source>Choose attended or missed.</source>
            <translation>Wähle besucht oder verpasst.</translation>
        </message>
        <message>
            <source>You can mark attendance once the meeting or session has started.</source>
            <translation>Du kannst die Teilnahme markieren, sobald das Meeting oder die Sitzung begonnen hat.</translation>
        </message>
        <message>
            <source>Choose this occurrence, this and following, or the whole series.</source>
            <translation>Wähle dieses Vorkommen, dieses und alle folgenden oder die ganze Serie.</translation>
        </message>
        <message>
            <source>This repeat rule is not valid (“{chunk}” has no value).</source>
            <translation>Diese Wiederholungsregel ist ungültig („{chunk}“ hat keinen Wert).</translation>
        </message>
        <message>
            <source>This repeat rule is too long.</source>
            <translation>Diese Wiederholungsregel ist zu lang.</translation>
        </message>
        <message>
            <source>This repeat rule never produces a date after the start.</source>
            <translation>Diese Wiederholungsregel ergibt nie ein Datum nach dem Beginn.</translation>
        </message>
        <message>
            <source>This repeat rule names the same part twice.</source>
            <translation>Diese Wiederholungsregel nennt denselben Teil zweimal.</translation>
        </message>
        <message>
            <source>The repeat rule must not carry its own start time.</source>
            <translation>Die Wiederholungsregel darf keine eigene Beginnzeit enthalten.</translation>
        </message>
        <message>
            <source>Events can repeat daily, weekly, monthly or yearly.</source>
            <translation>Termine können sich täglich, wöchentlich, monatlich oder jährlich wiederholen.</translation>
        </message>
        <message>
            <source>A repeat rule can end on a date or after a number of times, not both.</source>
            <translation>Eine Wiederholungsregel kann an einem Datum oder nach einer Anzahl enden, nicht beides.</translation>
        </message>
        <message>
            <source>The number of times must be from 1 to {max_count}.</source>
            <translation>Die Anzahl muss zwischen 1 und {max_count} liegen.</translation>
        </message>
        <message>
            <source>This repeat rule is not valid ({exc}).</source>
            <translation>Diese Wiederholungsregel ist ungültig ({exc}).</translation>
        </message>
        <message>
            <source>The repeat rule's end date “{value}” is not a valid date.</source>
            <translation>Das Enddatum der Wiederholungsregel, „{value}“, ist kein gültiges Datum.</translation>
        </message>
        <message>
            <source>Each repeat rule must be a single RRULE.</source>
            <translation>Jede Wiederholungsregel muss eine einzige RRULE sein.</translation>
        </message>
        <message>
            <source>Choose at least one day of the week.</source>
            <translation>Wähle mindestens einen Wochentag.</translation>
        </message>
        <message>
            <source>This file is {value} MB, far larger than any export of ours.</source>
            <translation>Diese Datei ist {value} MB groß, weit größer als jeder Export von uns.</translation>
        </message>
        <message>
            <source>This export cannot be read ({exc}).</source>
            <translation>Dieser Export lässt sich nicht lesen ({exc}).</translation>
        </message>
        <message>
            <source>This is not a RecoveryBox export file.</source>
            <translation>Das ist keine Exportdatei von RecoveryBox.</translation>
        </message>
        <message>
            <source>This export was made by a newer RecoveryBox. Please update the app first.</source>
            <translation>Dieser Export stammt von einer neueren Version von RecoveryBox. Bitte aktualisiere zuerst die App.</translation>
        </message>
        <message>
            <source>Import into an empty data folder only, so nothing is mixed or overwritten.</source>
            <translation>Importiere nur in einen leeren Datenordner, damit nichts vermischt oder überschrieben wird.</translation>
        </message>
        <message>
            <source>{name}: some rows repeat a unique value or refer to rows that are not there ({orig}).</source>
            <translation>{name}: Einige Zeilen wiederholen einen eindeutigen Wert oder verweisen auf Zeilen, die es nicht gibt ({orig}).</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>This file is nested far too deeply to be a RecoveryBox export.</source>
            <translation>Diese Datei ist viel zu tief verschachtelt, um ein RecoveryBox-Export zu sein.</translation>
        </message>
        <message>
            <source>should map each table's name to its rows.</source>
            <translation>sollte jedem Tabellennamen seine Zeilen zuordnen.</translation>
        </message>
        <message>
            <source>unknown tables {names}.</source>
            <translation>unbekannte Tabellen {names}.</translation>
        </message>
        <message>
            <source>should be a list of rows.</source>
            <translation>sollte eine Liste von Zeilen sein.</translation>
        </message>
        <message>
            <source>the id {row_id} is used twice.</source>
            <translation>die ID {row_id} wird doppelt verwendet.</translation>
        </message>
        <message>
            <source>is not a row (an object of columns).</source>
            <translation>ist keine Zeile (ein Objekt aus Spalten).</translation>
        </message>
        <message>
            <source>unknown columns {names}.</source>
            <translation>unbekannte Spalten {names}.</translation>
        </message>
        <message>
            <source>is missing.</source>
            <translation>fehlt.</translation>
        </message>
        <message>
            <source>an id is needed.</source>
            <translation>eine ID wird gebraucht.</translation>
        </message>
        <message>
            <source>should be true or false.</source>
            <translation>sollte wahr oder falsch sein.</translation>
        </message>
        <message>
            <source>should be a whole number.</source>
            <translation>sollte eine ganze Zahl sein.</translation>
        </message>
        <message>
            <source>an id must be a positive whole number.</source>
            <translation>eine ID muss eine positive ganze Zahl sein.</translation>
        </message>
        <message>
            <source>should be a number.</source>
            <translation>sollte eine Zahl sein.</translation>
        </message>
        <message>
            <source>should be text.</source>
            <translation>sollte Text sein.</translation>
        </message>
        <message>
            <source>is too long ({length} characters; the limit is {limit}).</source>
            <translation>ist zu lang ({length} Zeichen; die Grenze ist {limit}).</translation>
        </message>
        <message>
            <source>holds control characters (such as terminal escape codes).</source>
            <translation>enthält Steuerzeichen (etwa Escape-Codes für Terminals).</translation>
        </message>
        <message>
            <source>should be a date or time in ISO 8601.</source>
            <translation>sollte ein Datum oder eine Uhrzeit nach ISO 8601 sein.</translation>
        </message>
        <message>
            <source>“{value}” is not a date or time in ISO 8601.</source>
            <translation>„{value}“ ist kein Datum und keine Uhrzeit nach ISO 8601.</translation>
        </message>
        <message>
            <source>the year {year} is outside {first}–{last}.</source>
            <translation>das Jahr {year} liegt außerhalb von {first}–{last}.</translation>
        </message>
        <message>
            <source>is not valid ({reason}).</source>
            <translation>ist ungültig ({reason}).</translation>
        </message>
        <message>
            <source>its meetings should be a list</source>
            <translation>ihre Meetings sollten eine Liste sein</translation>
        </message>
        <message>
            <source>its meetings do not match their count, or an id is used twice</source>
            <translation>ihre Meetings passen nicht zu ihrer Anzahl, oder eine ID kommt doppelt vor</translation>
        </message>
        <message>
            <source>its problems should be a list of texts</source>
            <translation>ihre Probleme sollten eine Liste von Texten sein</translation>
        </message>
        <message>
            <source>An event needs its start, end and time zone.</source>
            <translation>Ein Termin braucht Beginn, Ende und Zeitzone.</translation>
        </message>
        <message>
            <source>type of goal</source>
            <translation>eine Art von Ziel</translation>
        </message>
        <message>
            <source>area</source>
            <translation>einen Bereich</translation>
        </message>
        <message>
            <source>Please set a target above zero.</source>
            <translation>Bitte setz einen Zielwert über null.</translation>
        </message>
        <message>
            <source>A weekly count needs a whole number (up to 168).</source>
            <translation>Eine Wochenanzahl braucht eine ganze Zahl (bis 168).</translation>
        </message>
        <message>
            <source>state</source>
            <translation>einen Zustand</translation>
        </message>
        <message>
            <source>You can't check in for a day that hasn't come yet.</source>
            <translation>Du kannst keinen Tag abhaken, der noch nicht gekommen ist.</translation>
        </message>
        <message>
            <source>Please enter a number from 0 upward.</source>
            <translation>Bitte gib eine Zahl ab 0 ein.</translation>
        </message>
        <message>
            <source>This goal no longer exists.</source>
            <translation>Dieses Ziel gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Please choose a date.</source>
            <translation>Bitte wähle ein Datum.</translation>
        </message>
        <message>
            <source>A journal entry can't be dated in the future.</source>
            <translation>Ein Tagebucheintrag kann nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Stimmung</translation>
        </message>
        <message>
            <source>Craving</source>
            <translation>Verlangen</translation>
        </message>
        <message>
            <source>Unknown kind of entry.</source>
            <translation>Unbekannte Art von Eintrag.</translation>
        </message>
        <message>
            <source>How the day went</source>
            <translation>Wie der Tag war</translation>
        </message>
        <message>
            <source>This journal entry no longer exists.</source>
            <translation>Diesen Tagebucheintrag gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>a stored meeting should be an object</source>
            <translation>ein gespeichertes Meeting sollte ein Objekt sein</translation>
        </message>
        <message>
            <source>a stored meeting is incomplete or malformed ({exc})</source>
            <translation>ein gespeichertes Meeting ist unvollständig oder fehlerhaft ({exc})</translation>
        </message>
        <message>
            <source>meeting “{id}”: days should be numbers from 0 to 6</source>
            <translation>Meeting „{id}“: Tage sollten Zahlen von 0 bis 6 sein</translation>
        </message>
        <message>
            <source>meeting “{id}”: {name} is not plain text</source>
            <translation>Meeting „{id}“: {name} ist kein reiner Text</translation>
        </message>
        <message>
            <source>meeting “{id}”: {name} should be a list of short texts</source>
            <translation>Meeting „{id}“: {name} sollte eine Liste kurzer Texte sein</translation>
        </message>
        <message>
            <source>meeting “{id}”: a name, an id and a known time zone are needed</source>
            <translation>Meeting „{id}“: Name, ID und eine bekannte Zeitzone werden gebraucht</translation>
        </message>
        <message>
            <source>meeting “{id}”: “{link}” is not a web address</source>
            <translation>Meeting „{id}“: „{link}“ ist keine Webadresse</translation>
        </message>
        <message>
            <source>This list is {value:.0f} MB; a meeting list is at most {value2} MB. Nothing was changed.</source>
            <translation>Diese Liste ist {value:.0f} MB groß; eine Meeting-Liste hat höchstens {value2} MB. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>This file is empty. Nothing was changed.</source>
            <translation>Diese Datei ist leer. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>This is a web page (HTML), not a meeting list. Ask the meeting list's website for its Meeting Guide JSON feed address. Nothing was changed.</source>
            <translation>Das ist eine Webseite (HTML), keine Meeting-Liste. Frag bei der Website der Meeting-Liste nach der Adresse ihres JSON-Feeds im Meeting-Guide-Format. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>This list has {length_rows:,} meetings; at most {max_meetings:,} can be loaded.</source>
            <translation>Diese Liste hat {length_rows:,} Meetings; höchstens {max_meetings:,} lassen sich laden.</translation>
        </message>
        <message>
            <source>{where}: the id “{id}” was already used by {first}; left out.</source>
            <translation>{where}: Die ID „{id}“ wurde schon von {first} verwendet; ausgelassen.</translation>
        </message>
        <message>
            <source>Every meeting in this list is by appointment (no day or time), so none can be listed.</source>
            <translation>Jedes Meeting in dieser Liste ist nach Vereinbarung (ohne Tag oder Uhrzeit), deshalb lässt sich keins anzeigen.</translation>
        </message>
        <message>
            <source> The first problem: {problem}</source>
            <translation> Das erste Problem: {problem}</translation>
        </message>
        <message>
            <source>No meeting in this list could be read.{first} Nothing was changed.</source>
            <translation>Kein Meeting in dieser Liste ließ sich lesen.{first} Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>{where}: not a meeting (expected {{…}} with a name, a day and a time); left out.</source>
            <translation>{where}: kein Meeting (erwartet wurde {{…}} mit Name, Tag und Uhrzeit); ausgelassen.</translation>
        </message>
        <message>
            <source>{where} (“{name}”)</source>
            <translation>{where} („{name}“)</translation>
        </message>
        <message>
            <source>has no name</source>
            <translation>hat keinen Namen</translation>
        </message>
        <message>
            <source>“{value}” is not a time zone we know (e.g. America/New_York)</source>
            <translation>„{value}“ ist keine uns bekannte Zeitzone (z. B. Europe/Berlin)</translation>
        </message>
        <message>
            <source>{label}, {field}: {problem}; left out.</source>
            <translation>{label}, {field}: {problem}; ausgelassen.</translation>
        </message>
        <message>
            <source>{label}, {field}: {problem}; that field was left out.</source>
            <translation>{label}, {field}: {problem}; dieses Feld wurde ausgelassen.</translation>
        </message>
        <message>
            <source>This is not a text file, so it cannot be a meeting list. Nothing was changed.</source>
            <translation>Das ist keine Textdatei, also kann es keine Meeting-Liste sein. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>This is not valid JSON{at}, so it cannot be read as a meeting list. Nothing was changed.</source>
            <translation>Das ist kein gültiges JSON{at}, deshalb lässt es sich nicht als Meeting-Liste lesen. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>This JSON is not a meeting list: the Meeting Guide format is a list of meetings ([ {…}, {…} ]). Nothing was changed.</source>
            <translation>Dieses JSON ist keine Meeting-Liste: Das Meeting-Guide-Format ist eine Liste von Meetings ([ {…}, {…} ]). Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>This list has {length_data:,} meetings; at most {max_meetings:,} can be loaded.</source>
            <translation>Diese Liste hat {length_data:,} Meetings; höchstens {max_meetings:,} lassen sich laden.</translation>
        </message>
        <message>
            <source>This list has more than {max_meetings:,} meetings; at most {max_meetings:,} can be loaded.</source>
            <translation>Diese Liste hat mehr als {max_meetings:,} Meetings; höchstens {max_meetings:,} lassen sich laden.</translation>
        </message>
        <message>
            <source>This file is neither JSON nor a table, so it cannot be a meeting list.</source>
            <translation>Diese Datei ist weder JSON noch eine Tabelle, also kann sie keine Meeting-Liste sein.</translation>
        </message>
        <message>
            <source>This is not a meeting list: a table needs at least the columns Name, Day and Time (the first row names the columns). Nothing was changed.</source>
            <translation>Das ist keine Meeting-Liste: Eine Tabelle braucht mindestens die Spalten Name, Day und Time (die erste Zeile nennt die Spalten). Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Line {n}</source>
            <translation>Zeile {n}</translation>
        </message>
        <message>
            <source>The table cannot be read at line {line_num}: {exc}. Nothing was changed.</source>
            <translation>Die Tabelle lässt sich in Zeile {line_num} nicht lesen: {exc}. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Meeting {n}</source>
            <translation>Meeting {n}</translation>
        </message>
        <message>
            <source>“{url}” is not a web address I can use.</source>
            <translation>„{url}“ ist keine Webadresse, die ich verwenden kann.</translation>
        </message>
        <message>
            <source>“{url}” is not a web address; it should start with https://.</source>
            <translation>„{url}“ ist keine Webadresse; sie sollte mit https:// beginnen.</translation>
        </message>
        <message>
            <source>A meeting list address with a user name or password in it is not used, to keep them safe.</source>
            <translation>Eine Adresse einer Meeting-Liste mit Benutzername oder Passwort darin wird nicht verwendet, damit beide sicher bleiben.</translation>
        </message>
        <message>
            <source>“{url}” is not secure (http://). Meeting lists are fetched over https:// only, so no one on the way can change them or see what you looked up.</source>
            <translation>„{url}“ ist nicht sicher (http://). Meeting-Listen werden nur über https:// geholt, damit niemand unterwegs sie ändern oder sehen kann, wonach du gesucht hast.</translation>
        </message>
        <message>
            <source>The meeting list moved to {where}/…; it is not followed there. Check the address with the list's website.</source>
            <translation>Die Meeting-Liste ist nach {where}/… umgezogen; dorthin wird ihr nicht gefolgt. Prüfe die Adresse auf der Website der Liste.</translation>
        </message>
        <message>
            <source>{host} did not send the list within {deadline:.0f} seconds (it may be very slow, or stuck). Nothing was changed.</source>
            <translation>{host} hat die Liste nicht innerhalb von {deadline:.0f} Sekunden geschickt (vielleicht sehr langsam oder hängt). Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>The server answered {status} ({reason}) for {where}. Nothing was changed.</source>
            <translation>Der Server antwortete {status} ({reason}) für {where}. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Could not reach {host}: {reason_reason}. Nothing was changed.</source>
            <translation>{host} war nicht erreichbar: {reason_reason}. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>{host} did not answer within {timeout:.0f} seconds. Nothing was changed.</source>
            <translation>{host} hat nicht innerhalb von {timeout:.0f} Sekunden geantwortet. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>{host} sent an answer that is not a proper web reply ({name}). Nothing was changed.</source>
            <translation>{host} hat eine Antwort geschickt, die keine richtige Web-Antwort ist ({name}). Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>The fetch was stopped. Nothing was changed.</source>
            <translation>Das Holen wurde abgebrochen. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Could not fetch the list from {host}: {printable_value}. Nothing was changed.</source>
            <translation>Die Liste ließ sich nicht von {host} holen: {printable_value}. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>The list at this address is over {megabytes} MB (a meeting list is smaller); not loaded.</source>
            <translation>Die Liste unter dieser Adresse ist über {megabytes} MB groß (eine Meeting-Liste ist kleiner); nicht geladen.</translation>
        </message>
        <message>
            <source>no such server (check the address, or your connection)</source>
            <translation>diesen Server gibt es nicht (prüf die Adresse oder deine Verbindung)</translation>
        </message>
        <message>
            <source>the server refused the connection</source>
            <translation>der Server hat die Verbindung abgelehnt</translation>
        </message>
        <message>
            <source>it did not answer in time</source>
            <translation>er hat nicht rechtzeitig geantwortet</translation>
        </message>
        <message>
            <source>its security certificate could not be verified</source>
            <translation>sein Sicherheitszertifikat ließ sich nicht prüfen</translation>
        </message>
        <message>
            <source>Choose a fellowship from {value}.</source>
            <translation>Wähle eine Gemeinschaft aus {value}.</translation>
        </message>
        <message>
            <source>That meeting list is no longer kept; load it again.</source>
            <translation>Diese Meeting-Liste wird nicht mehr aufbewahrt; lade sie erneut.</translation>
        </message>
        <message>
            <source>No meeting with the id “{slug}” in the kept meeting lists.</source>
            <translation>Kein Meeting mit der ID „{slug}“ in den aufbewahrten Meeting-Listen.</translation>
        </message>
        <message>
            <source>Several lists have a meeting “{slug}”; say which list (--list).</source>
            <translation>Mehrere Listen haben ein Meeting „{slug}“; gib an, welche Liste (--list).</translation>
        </message>
        <message>
            <source>No meeting with the id “{slug}” in “{name}”.</source>
            <translation>Kein Meeting mit der ID „{slug}“ in „{name}“.</translation>
        </message>
        <message>
            <source>“{name}” is already in your week.</source>
            <translation>„{name}“ ist schon in deiner Woche.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Es gibt keine Datei {path}.</translation>
        </message>
        <message>
            <source>{path} cannot be read: {strerror}.</source>
            <translation>{path} lässt sich nicht lesen: {strerror}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a meeting list file.</source>
            <translation>{path} ist ein Ordner, keine Datei mit einer Meeting-Liste.</translation>
        </message>
        <message>
            <source>This file is {value:.0f} MB; a meeting list is at most {value2} MB. Nothing was changed.</source>
            <translation>Diese Datei ist {value:.0f} MB groß; eine Meeting-Liste hat höchstens {value2} MB. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>The list says this meeting's location is temporarily closed.</source>
            <translation>Laut Liste ist der Ort dieses Meetings vorübergehend geschlossen.</translation>
        </message>
        <message>
            <source>At the place: {notes}</source>
            <translation>Vor Ort: {notes}</translation>
        </message>
        <message>
            <source>Online: {notes}</source>
            <translation>Online: {notes}</translation>
        </message>
        <message>
            <source>By phone: {phone}</source>
            <translation>Per Telefon: {phone}</translation>
        </message>
        <message>
            <source>Meeting type: {types}</source>
            <translation>Art des Meetings: {types}</translation>
        </message>
        <message>
            <source>More: {url}</source>
            <translation>Mehr: {url}</translation>
        </message>
        <message>
            <source>From the meeting list “{name}” (id {id}).</source>
            <translation>Aus der Meeting-Liste „{name}“ (ID {id}).</translation>
        </message>
        <message>
            <source>Use at least {min_passphrase} characters; a short sentence is easy to remember.</source>
            <translation>Nimm mindestens {min_passphrase} Zeichen; ein kurzer Satz ist leicht zu merken.</translation>
        </message>
        <message>
            <source>The passphrase begins or ends with a space; take it out, or it is easy to miss.</source>
            <translation>Die Passphrase beginnt oder endet mit einem Leerzeichen; nimm es heraus, sonst übersieht man es leicht.</translation>
        </message>
        <message>
            <source>The key file {key_file} is damaged ({why}), so it cannot open your data even with the right passphrase. Put back a copy of it from your backup of the data folder.</source>
            <translation>Die Schlüsseldatei {key_file} ist beschädigt ({why}), deshalb kann sie deine Daten auch mit der richtigen Passphrase nicht öffnen. Leg eine Kopie davon aus deiner Sicherung des Datenordners zurück.</translation>
        </message>
        <message>
            <source>unknown key derivation</source>
            <translation>unbekannte Schlüsselableitung</translation>
        </message>
        <message>
            <source>{name} is {value}, not between {low} and {high}</source>
            <translation>{name} ist {value}, nicht zwischen {low} und {high}</translation>
        </message>
        <message>
            <source>no {label} entry</source>
            <translation>kein Eintrag {label}</translation>
        </message>
        <message>
            <source>its {label} entry does not match its own check</source>
            <translation>sein Eintrag {label} passt nicht zu seiner eigenen Prüfsumme</translation>
        </message>
        <message>
            <source>its {label} entry is unreadable: {reason}</source>
            <translation>sein Eintrag {label} ist unlesbar: {reason}</translation>
        </message>
        <message>
            <source>the {label} entry's {name} has {count} bytes</source>
            <translation>{name} des Eintrags {label} hat {count} Bytes</translation>
        </message>
        <message>
            <source>That passphrase does not open your data. Check Caps Lock and try again.</source>
            <translation>Diese Passphrase öffnet deine Daten nicht. Prüf die Feststelltaste und versuch es noch einmal.</translation>
        </message>
        <message>
            <source>That recovery key does not open your data. Check each group of four.</source>
            <translation>Dieser Wiederherstellungsschlüssel öffnet deine Daten nicht. Prüf jede Vierergruppe.</translation>
        </message>
        <message>
            <source>The key file {key_file} cannot be read ({exc}).</source>
            <translation>Die Schlüsseldatei {key_file} lässt sich nicht lesen ({exc}).</translation>
        </message>
        <message>
            <source>The key file {key_file} is not one this version understands.</source>
            <translation>Die Schlüsseldatei {key_file} ist keine, die diese Version versteht.</translation>
        </message>
        <message>
            <source>Your data is already protected.</source>
            <translation>Deine Daten sind schon geschützt.</translation>
        </message>
        <message>
            <source>There is no data to protect yet.</source>
            <translation>Es gibt noch keine Daten zum Schützen.</translation>
        </message>
        <message>
            <source>Your data is not protected.</source>
            <translation>Deine Daten sind nicht geschützt.</translation>
        </message>
        <message>
            <source>The converted copy did not match your data; nothing changed.</source>
            <translation>Die umgewandelte Kopie stimmte nicht mit deinen Daten überein; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>The converted copy is not right ({problem}). Nothing changed.</source>
            <translation>Die umgewandelte Kopie ist nicht in Ordnung ({problem}). Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Your data could not be converted ({exc}). Nothing changed.</source>
            <translation>Deine Daten ließen sich nicht umwandeln ({exc}). Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>The disk is too full to convert your data (about {megabytes} MB more is needed). Nothing was changed: your data and its backups are as they were. Free some space and try again.</source>
            <translation>Der Datenträger ist zu voll, um deine Daten umzuwandeln (etwa {megabytes} MB mehr werden gebraucht). Nichts wurde geändert: Deine Daten und ihre Sicherungen sind wie vorher. Schaff etwas Platz und versuch es noch einmal.</translation>
        </message>
        <message>
            <source>The disk is too full to convert your data. Nothing was changed: your data and its backups are as they were. Free some space and try again.</source>
            <translation>Der Datenträger ist zu voll, um deine Daten umzuwandeln. Nichts wurde geändert: Deine Daten und ihre Sicherungen sind wie vorher. Schaff etwas Platz und versuch es noch einmal.</translation>
        </message>
        <message>
            <source>Write what you commit to today (or keep the suggested words).</source>
            <translation>Schreib, was du dir heute vornimmst (oder behalte die vorgeschlagenen Worte).</translation>
        </message>
        <message>
            <source>Intensity</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>An urge can't be logged in the future.</source>
            <translation>Suchtdruck lässt sich nicht für die Zukunft notieren.</translation>
        </message>
        <message>
            <source>Unknown plan section.</source>
            <translation>Unbekannter Abschnitt des Plans.</translation>
        </message>
        <message>
            <source>Please keep this to one line under 200 characters.</source>
            <translation>Bitte bleib bei einer Zeile unter 200 Zeichen.</translation>
        </message>
        <message>
            <source>Please enter an amount from 0 to 100,000, or leave it empty.</source>
            <translation>Bitte gib einen Betrag von 0 bis 100.000 ein oder lass das Feld leer.</translation>
        </message>
        <message>
            <source>This clock no longer exists.</source>
            <translation>Diesen Zähler gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>The new start can't be before the current one began.</source>
            <translation>Der neue Anfang kann nicht vor dem Beginn des jetzigen liegen.</translation>
        </message>
        <message>
            <source>The sober-since date can't be in the future.</source>
            <translation>Das Frei-seit-Datum kann nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>Snooze for 5, 10, 15 or 60 minutes.</source>
            <translation>Später erinnern nach 5, 10, 15 oder 60 Minuten.</translation>
        </message>
        <message>
            <source>Please keep the crisis line under 200 characters.</source>
            <translation>Bitte halte das Krisentelefon unter 200 Zeichen.</translation>
        </message>
        <message>
            <source>The emergency number can only hold digits (and spaces), like 999 or 112.</source>
            <translation>Die Notrufnummer kann nur Ziffern (und Leerzeichen) enthalten, etwa 112 oder 110.</translation>
        </message>
        <message>
            <source>Reminder offsets must be minutes from 0 to 7 days.</source>
            <translation>Erinnerungsabstände müssen zwischen 0 Minuten und 7 Tagen liegen.</translation>
        </message>
        <message>
            <source>Unknown setting.</source>
            <translation>Unbekannte Einstellung.</translation>
        </message>
        <message>
            <source>{label} must be a {name}.</source>
            <translation>{label} muss {name} sein.</translation>
        </message>
        <message>
            <source>{label}: choose one of {value}.</source>
            <translation>{label}: Wähle eins aus {value}.</translation>
        </message>
        <message>
            <source>{label} must be from {low} to {high}.</source>
            <translation>{label} muss zwischen {low} und {high} liegen.</translation>
        </message>
        <message>
            <source>the backup copy did not check out: {problem}</source>
            <translation>die Sicherungskopie hat die Prüfung nicht bestanden: {problem}</translation>
        </message>
        <message>
            <source>the disk is full. Free some space and try again.</source>
            <translation>der Datenträger ist voll. Schaff etwas Platz und versuch es noch einmal.</translation>
        </message>
        <message>
            <source>the copy could not be written ({exc}).</source>
            <translation>die Kopie ließ sich nicht schreiben ({exc}).</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>Die Datei existiert nicht.</translation>
        </message>
        <message>
            <source>The file cannot be read ({strerror}).</source>
            <translation>Die Datei lässt sich nicht lesen ({strerror}).</translation>
        </message>
        <message>
            <source>This file is protected with a passphrase (or it is not a RecoveryBox data file).</source>
            <translation>Diese Datei ist mit einer Passphrase geschützt (oder keine Datendatei von RecoveryBox).</translation>
        </message>
        <message>
            <source>This is not a RecoveryBox data file (it is not an SQLite database).</source>
            <translation>Das ist keine Datendatei von RecoveryBox (keine SQLite-Datenbank).</translation>
        </message>
        <message>
            <source>The file is damaged ({result}).</source>
            <translation>Die Datei ist beschädigt ({result}).</translation>
        </message>
        <message>
            <source>This is an SQLite database, but not a RecoveryBox one.</source>
            <translation>Das ist eine SQLite-Datenbank, aber keine von RecoveryBox.</translation>
        </message>
        <message>
            <source>This file is not a RecoveryBox data file, or it is protected with another passphrase.</source>
            <translation>Diese Datei ist keine Datendatei von RecoveryBox oder mit einer anderen Passphrase geschützt.</translation>
        </message>
        <message>
            <source>The file is damaged or unreadable ({exc}).</source>
            <translation>Die Datei ist beschädigt oder unlesbar ({exc}).</translation>
        </message>
        <message>
            <source>This file was made by a newer (or unknown) version of RecoveryBox. Please update the app first.</source>
            <translation>Diese Datei stammt von einer neueren (oder unbekannten) Version von RecoveryBox. Bitte aktualisiere zuerst die App.</translation>
        </message>
        <message>
            <source>This file's tables are not RecoveryBox's ({table} lacks {columns}).</source>
            <translation>Die Tabellen dieser Datei sind nicht die von RecoveryBox ({table} fehlt {columns}).</translation>
        </message>
        <message>
            <source>Not restored: {problem}</source>
            <translation>Nicht wiederhergestellt: {problem}</translation>
        </message>
        <message>
            <source>Not restored, and your data is unchanged: {write_problem_exc}</source>
            <translation>Nicht wiederhergestellt, und deine Daten sind unverändert: {write_problem_exc}</translation>
        </message>
        <message>
            <source>Not restored: the copy did not check out ({problem}).</source>
            <translation>Nicht wiederhergestellt: Die Kopie hat die Prüfung nicht bestanden ({problem}).</translation>
        </message>
        <message>
            <source>Your data is in use by another program (perhaps RecoveryBox is already open).</source>
            <translation>Deine Daten werden von einem anderen Programm verwendet (vielleicht ist RecoveryBox schon geöffnet).</translation>
        </message>
        <message>
            <source>RecoveryBox can't write to its data folder (it is read-only or not yours).</source>
            <translation>RecoveryBox kann nicht in seinen Datenordner schreiben (er ist schreibgeschützt oder gehört dir nicht).</translation>
        </message>
        <message>
            <source>The disk is full, so RecoveryBox can't save. Free some space and try again.</source>
            <translation>Der Datenträger ist voll, deshalb kann RecoveryBox nicht speichern. Schaff etwas Platz und versuch es noch einmal.</translation>
        </message>
        <message>
            <source>The data file is damaged or is not a RecoveryBox file.</source>
            <translation>Die Datendatei ist beschädigt oder keine Datei von RecoveryBox.</translation>
        </message>
        <message>
            <source>The data file could not be opened ({exc}).</source>
            <translation>Die Datendatei ließ sich nicht öffnen ({exc}).</translation>
        </message>
        <message>
            <source>The data file is damaged ({check}).</source>
            <translation>Die Datendatei ist beschädigt ({check}).</translation>
        </message>
        <message>
            <source>This file is an SQLite database, but not a RecoveryBox one.</source>
            <translation>Diese Datei ist eine SQLite-Datenbank, aber keine von RecoveryBox.</translation>
        </message>
        <message>
            <source>{name} was not saved: the file came out empty or incomplete.</source>
            <translation>{name} wurde nicht gespeichert: Die Datei ist leer oder unvollständig geworden.</translation>
        </message>
        <message>
            <source>{name} was not saved: {why_exc}</source>
            <translation>{name} wurde nicht gespeichert: {why_exc}</translation>
        </message>
        <message>
            <source>This data was written by a newer version of RecoveryBox. Please update the app to open it.</source>
            <translation>Diese Daten wurden von einer neueren Version von RecoveryBox geschrieben. Bitte aktualisiere die App, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>This doesn't look like an e-mail address.</source>
            <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
        </message>
        <message>
            <source>A phone number needs at least one digit.</source>
            <translation>Eine Telefonnummer braucht mindestens eine Ziffer.</translation>
        </message>
        <message>
            <source>role</source>
            <translation>eine Rolle</translation>
        </message>
        <message>
            <source>This contact no longer exists.</source>
            <translation>Diesen Kontakt gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>The calendar was not found on the server (was it deleted?). Set up sync again.</source>
            <translation>Der Kalender wurde auf dem Server nicht gefunden (wurde er gelöscht?). Richte die Synchronisation neu ein.</translation>
        </message>
        <message>
            <source>{host} sent an answer that could not be read ({name}).</source>
            <translation>{host} hat eine Antwort geschickt, die sich nicht lesen ließ ({name}).</translation>
        </message>
        <message>
            <source>The server {host} pointed to another address ({shown}). RecoveryBox sends your calendar and password only to the server you typed, so nothing was sent there. If you trust that address, type it as the server in Sync.</source>
            <translation>Der Server {host} hat auf eine andere Adresse verwiesen ({shown}). RecoveryBox sendet deinen Kalender und dein Passwort nur an den Server, den du eingegeben hast, deshalb wurde nichts dorthin gesendet. Wenn du dieser Adresse vertraust, gib sie unter Synchronisation als Server ein.</translation>
        </message>
        <message>
            <source>The server's storage for your account is full, so nothing more was sent.</source>
            <translation>Der Speicher deines Kontos auf dem Server ist voll, deshalb wurde nichts mehr gesendet.</translation>
        </message>
        <message>
            <source>{host} sent the request round in redirects; nothing was sent.</source>
            <translation>{host} hat die Anfrage im Kreis weitergeleitet; nichts wurde gesendet.</translation>
        </message>
        <message>
            <source>That is not a SHA-256 certificate fingerprint: it has 64 letters and digits (0–9, A–F), often written in pairs with colons.</source>
            <translation>Das ist kein SHA-256-Fingerabdruck eines Zertifikats: Er hat 64 Buchstaben und Ziffern (0–9, A–F), oft paarweise mit Doppelpunkten geschrieben.</translation>
        </message>
        <message>
            <source>The server does not let {user} use this address (403). Check the address.</source>
            <translation>Der Server erlaubt {user} diese Adresse nicht (403). Prüfe die Adresse.</translation>
        </message>
        <message>
            <source>The server did not accept the user name “{user}” and password. Check them in Sync.</source>
            <translation>Der Server hat den Benutzernamen „{user}“ und das Passwort nicht angenommen. Prüfe sie unter Synchronisation.</translation>
        </message>
        <message>
            <source>The server answered with an error: {printable_text}</source>
            <translation>Der Server antwortete mit einem Fehler: {printable_text}</translation>
        </message>
        <message>
            <source>{host} showed a different security certificate from the one you trusted, so nothing was sent to it. If you changed the server's certificate yourself, set up sync again and check the new one's fingerprint{value}; if not, someone may be pretending to be your server.</source>
            <translation>{host} hat ein anderes Sicherheitszertifikat gezeigt als das, dem du vertraut hast, deshalb wurde nichts dorthin gesendet. Wenn du das Zertifikat des Servers selbst geändert hast, richte die Synchronisation neu ein und prüf den Fingerabdruck des neuen{value}; wenn nicht, gibt sich vielleicht jemand als dein Server aus.</translation>
        </message>
        <message>
            <source> If this is your own server (a NAS, or one you run) with a certificate of its own, compare this fingerprint with the one the server shows, and trust it if they are the same: SHA-256 {fingerprint}</source>
            <translation> Wenn das dein eigener Server ist (ein NAS oder einer, den du betreibst) mit eigenem Zertifikat, vergleich diesen Fingerabdruck mit dem, den der Server anzeigt, und vertrau ihm, wenn sie gleich sind: SHA-256 {fingerprint}</translation>
        </message>
        <message>
            <source>{host}'s security certificate could not be verified, so nothing was sent to it.{own}</source>
            <translation>Das Sicherheitszertifikat von {host} ließ sich nicht prüfen, deshalb wurde nichts dorthin gesendet.{own}</translation>
        </message>
        <message>
            <source>A secure connection to {host} could not be made ({exc}).</source>
            <translation>Eine sichere Verbindung zu {host} ließ sich nicht aufbauen ({exc}).</translation>
        </message>
        <message>
            <source>{host} did not answer in time. Changes wait for the next sync.</source>
            <translation>{host} hat nicht rechtzeitig geantwortet. Änderungen warten auf die nächste Synchronisation.</translation>
        </message>
        <message>
            <source>{host} could not be found (check the address, or your connection).</source>
            <translation>{host} wurde nicht gefunden (prüfe die Adresse oder deine Verbindung).</translation>
        </message>
        <message>
            <source>Could not reach {host}: the server may be down or gone, or you are offline. Your changes are kept and sent at the next sync.</source>
            <translation>{host} war nicht erreichbar: Der Server ist vielleicht ausgefallen oder weg, oder du bist offline. Deine Änderungen bleiben erhalten und werden bei der nächsten Synchronisation gesendet.</translation>
        </message>
        <message>
            <source>{host} sent an answer over {megabytes} MB, so it was not read. Nothing was lost.</source>
            <translation>{host} hat eine Antwort über {megabytes} MB geschickt, deshalb wurde sie nicht gelesen. Nichts ging verloren.</translation>
        </message>
        <message>
            <source>The server says {count} of your {total} calendar events were deleted there. Nothing was deleted here: check the calendar on the server (or on another device) first. If they really were deleted, allow it (they are then kept in “Deleted by sync”, where you can bring them back).</source>
            <translation>Laut Server wurden dort {count} von deinen {total} Kalenderterminen gelöscht. Hier wurde nichts gelöscht: Prüfe zuerst den Kalender auf dem Server (oder auf einem anderen Gerät). Wenn sie wirklich gelöscht wurden, lass es zu (sie bleiben dann unter „Durch Synchronisation gelöscht“, wo du sie zurückholen kannst).</translation>
        </message>
        <message>
            <source>{host} did not finish answering within {seconds:.0f} seconds (it may be very slow, or stuck). Your changes are kept and sent at the next sync.</source>
            <translation>{host} hat nicht innerhalb von {seconds:.0f} Sekunden fertig geantwortet (vielleicht sehr langsam oder hängt). Deine Änderungen bleiben erhalten und werden bei der nächsten Synchronisation gesendet.</translation>
        </message>
        <message>
            <source>Choose which version to keep: mine or theirs.</source>
            <translation>Wähle, welche Fassung bleibt: meine oder ihre.</translation>
        </message>
        <message>
            <source>No event in conflict has the UID “{uid}”: see `recoverybox sync conflicts`.</source>
            <translation>Kein Termin im Konflikt hat die UID „{uid}“: siehe `recoverybox sync conflicts`.</translation>
        </message>
        <message>
            <source>This conflict was already resolved.</source>
            <translation>Dieser Konflikt wurde schon gelöst.</translation>
        </message>
        <message>
            <source>Calendar sync is not set up.</source>
            <translation>Die Kalendersynchronisation ist nicht eingerichtet.</translation>
        </message>
        <message>
            <source>nothing was received ({problem})</source>
            <translation>nichts wurde empfangen ({problem})</translation>
        </message>
        <message>
            <source>Your changes were sent, but {value}.</source>
            <translation>Deine Änderungen wurden gesendet, aber {value}.</translation>
        </message>
        <message>
            <source>{base} is a file, not a folder. Choose a folder for RecoveryBox's data.</source>
            <translation>{base} ist eine Datei, kein Ordner. Wähle einen Ordner für die Daten von RecoveryBox.</translation>
        </message>
        <message>
            <source>RecoveryBox can't create or use the folder {base} ({strerror}).</source>
            <translation>RecoveryBox kann den Ordner {base} nicht anlegen oder nutzen ({strerror}).</translation>
        </message>
        <message>
            <source>RecoveryBox may not write in {base} (it is read-only). Choose another folder.</source>
            <translation>RecoveryBox darf nicht in {base} schreiben (schreibgeschützt). Wähle einen anderen Ordner.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>Sorry, something went wrong inside RecoveryBox. Your saved data is safe.</source>
            <translation>Entschuldigung, in RecoveryBox ist etwas schiefgegangen. Deine gespeicherten Daten sind sicher.</translation>
        </message>
        <message>
            <source>What you were doing may not have finished. Details were written to the log file.</source>
            <translation>Was du gerade getan hast, ist vielleicht nicht fertig geworden. Die Einzelheiten stehen in der Protokolldatei.</translation>
        </message>
        <message>
            <source>The file could not be written or read ({reason}).</source>
            <translation>Die Datei ließ sich nicht schreiben oder lesen ({reason}).</translation>
        </message>
        <message>
            <source>expected text, found {kind}</source>
            <translation>Text erwartet, {kind} gefunden</translation>
        </message>
        <message>
            <source>a number far too long to be a meeting's text</source>
            <translation>eine Zahl, viel zu lang für den Text eines Meetings</translation>
        </message>
        <message>
            <source>“{value}” is not a day (0 = Sunday … 6 = Saturday, or a day's name)</source>
            <translation>„{value}“ ist kein Tag (0 = Sonntag … 6 = Samstag oder der Name eines Tages)</translation>
        </message>
        <message>
            <source>“{value}” is not a time of day (HH:MM, e.g. 19:30)</source>
            <translation>„{value}“ ist keine Uhrzeit (HH:MM, z. B. 19:30)</translation>
        </message>
        <message>
            <source>{label}, types: expected a list of type codes; that field was left out.</source>
            <translation>{label}, types: Liste von Art-Codes erwartet; dieses Feld wurde ausgelassen.</translation>
        </message>
        <message>
            <source>{label}, regions: expected a list of names; that field was left out.</source>
            <translation>{label}, regions: Liste von Namen erwartet; dieses Feld wurde ausgelassen.</translation>
        </message>
        <message>
            <source>“{value}” is not a web address (https://…)</source>
            <translation>„{value}“ ist keine Webadresse (https://…)</translation>
        </message>
        <message>
            <source>“{value}” is not a phone number</source>
            <translation>„{value}“ ist keine Telefonnummer</translation>
        </message>
    </context>
    <context>
        <name>kinds</name>
        <message>
            <source>Support meeting</source>
            <translation>Selbsthilfe-Meeting</translation>
        </message>
        <message>
            <source>Therapy / counselling</source>
            <translation>Therapie / Beratung</translation>
        </message>
        <message>
            <source>Self-care</source>
            <translation>Selbstfürsorge</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Therapy</source>
            <translation>Therapie</translation>
        </message>
    </context>
    <context>
        <name>perform</name>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>at the start</source>
            <translation>zu Beginn</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) before</source>
            <translation>
                <numerusform>%n Tag vorher</numerusform>
                <numerusform>%n Tage vorher</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} h before</source>
            <translation>{n} Std. vorher</translation>
        </message>
        <message>
            <source>{n} min before</source>
            <translation>{n} Min. vorher</translation>
        </message>
        <message>
            <source>Conflict copy: your version, kept because the event changed on another device too</source>
            <translation>Konfliktkopie: deine Fassung, behalten, weil der Termin auch auf einem anderen Gerät geändert wurde</translation>
        </message>
        <message>
            <source>all day</source>
            <translation>ganztägig</translation>
        </message>
        <message>
            <source>Where: {place}</source>
            <translation>Wo: {place}</translation>
        </message>
        <message>
            <source>Link: {url}</source>
            <translation>Link: {url}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Reminders: {list}</source>
            <translation>Erinnerungen: {list}</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Wiederholt sich</translation>
        </message>
        <message>
            <source>Temporarily closed, the meeting list says</source>
            <translation>Laut Meeting-Liste vorübergehend geschlossen</translation>
        </message>
        <message>
            <source>No longer in the meeting list</source>
            <translation>Nicht mehr in der Meeting-Liste</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Before events (meetings, therapy, self-care)</source>
            <translation>Vor Terminen (Meetings, Therapie, Selbstfürsorge)</translation>
        </message>
        <message>
            <source>Morning reflection and pledge</source>
            <translation>Gedanke und Vorsatz am Morgen</translation>
        </message>
        <message>
            <source>Evening check-in</source>
            <translation>Rückblick am Abend</translation>
        </message>
        <message>
            <source>Goal nudges (“if not done by …”)</source>
            <translation>Anstöße zu Zielen („wenn nicht erledigt bis …“)</translation>
        </message>
        <message>
            <source>Milestone celebrations</source>
            <translation>Meilensteine feiern</translation>
        </message>
        <message>
            <source>&amp;Morning reminder at</source>
            <translation>&amp;Morgenerinnerung um</translation>
        </message>
        <message>
            <source>&amp;Evening check-in at</source>
            <translation>&amp;Abendrückblick um</translation>
        </message>
        <message>
            <source>Quiet hours start</source>
            <translation>Ruhezeit beginnt</translation>
        </message>
        <message>
            <source>Quiet hours end</source>
            <translation>Ruhezeit endet</translation>
        </message>
        <message>
            <source>&amp;New events remind me</source>
            <translation>Neue &amp;Termine erinnern mich</translation>
        </message>
        <message>
            <source>Show reminders &amp;as</source>
            <translation>Erinnerungen zeigen &amp;als</translation>
        </message>
        <message>
            <source>The desktop's notifications, where there are any</source>
            <translation>Die Benachrichtigungen des Desktops, wo es welche gibt</translation>
        </message>
        <message>
            <source>RecoveryBox's own pop-up window</source>
            <translation>Das eigene Fenster von RecoveryBox</translation>
        </message>
        <message>
            <source>Start RecoveryBox when I &amp;log in (no window, just reminders)</source>
            <translation>RecoveryBox bei der &amp;Anmeldung starten (ohne Fenster, nur Erinnerungen)</translation>
        </message>
        <message>
            <source>When I close the &amp;window</source>
            <translation>Wenn ich das &amp;Fenster schließe</translation>
        </message>
        <message>
            <source>Ask me</source>
            <translation>Mich fragen</translation>
        </message>
        <message>
            <source>Keep reminders running in the background</source>
            <translation>Erinnerungen im Hintergrund weiterlaufen lassen</translation>
        </message>
        <message>
            <source>Quit RecoveryBox</source>
            <translation>RecoveryBox beenden</translation>
        </message>
        <message>
            <source>&amp;Week starts on</source>
            <translation>&amp;Woche beginnt am</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <source>&amp;First hour shown</source>
            <translation>&amp;Erste angezeigte Stunde</translation>
        </message>
        <message>
            <source>Cloc&amp;k</source>
            <translation>&amp;Uhr</translation>
        </message>
        <message>
            <source>Follow my language settings</source>
            <translation>Meinen Spracheinstellungen folgen</translation>
        </message>
        <message>
            <source>24-hour (18:30)</source>
            <translation>24 Stunden (18:30)</translation>
        </message>
        <message>
            <source>12-hour (6:30 PM)</source>
            <translation>12 Stunden (6:30 PM)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Dem System folgen</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>&amp;Währung</translation>
        </message>
        <message>
            <source>Crisis line</source>
            <translation>Krisentelefon</translation>
        </message>
        <message>
            <source>Emergency number</source>
            <translation>Notrufnummer</translation>
        </message>
        <message>
            <source>Keep &amp;daily backups</source>
            <translation>&amp;Tägliche Sicherungen behalten</translation>
        </message>
        <message>
            <source>Keep wee&amp;kly backups</source>
            <translation>&amp;Wöchentliche Sicherungen behalten</translation>
        </message>
        <message>
            <source>&amp;Lock after, unused</source>
            <translation>&amp;Sperren nach Nichtbenutzung</translation>
        </message>
        <message>
            <source>In the &amp;background</source>
            <translation>Im &amp;Hintergrund</translation>
        </message>
        <message>
            <source>&amp;Calendar and look</source>
            <translation>&amp;Kalender und Aussehen</translation>
        </message>
        <message>
            <source>&amp;Privacy</source>
            <translation>&amp;Privatsphäre</translation>
        </message>
        <message>
            <source>&amp;Reminders</source>
            <translation>&amp;Erinnerungen</translation>
        </message>
        <message>
            <source>&amp;Safety and data</source>
            <translation>&amp;Sicherheit und Daten</translation>
        </message>
    </context>
</TS>
