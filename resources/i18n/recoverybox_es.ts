<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AgendaView</name>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>{weekday}, {date} · today</source>
            <translation>{weekday}, {date} · hoy</translation>
        </message>
        <message>
            <source>{weekday}, {date}</source>
            <translation>{weekday}, {date}</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nada previsto</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Todo el día</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En línea</translation>
        </message>
    </context>
    <context>
        <name>AppLock</name>
        <message>
            <source>RecoveryBox — locked</source>
            <translation>RecoveryBox — bloqueado</translation>
        </message>
        <message>
            <source>Locked. Your data is encrypted on this computer.</source>
            <translation>Bloqueado. Tus datos están cifrados en este ordenador.</translation>
        </message>
        <message>
            <source>That does not open the data open now.</source>
            <translation>Eso no abre los datos que están abiertos ahora.</translation>
        </message>
        <message>
            <source>Your data and its backups are now encrypted.</source>
            <translation>Tus datos y sus copias de seguridad ya están cifrados.</translation>
        </message>
        <message>
            <source>Encrypting your data…</source>
            <translation>Cifrando tus datos…</translation>
        </message>
        <message>
            <source>Protection is off: your data is a plain file again.</source>
            <translation>La protección está desactivada: tus datos vuelven a ser un archivo normal.</translation>
        </message>
        <message>
            <source>Decrypting your data…</source>
            <translation>Descifrando tus datos…</translation>
        </message>
        <message>
            <source>Nothing changed</source>
            <translation>No ha cambiado nada</translation>
        </message>
        <message>
            <source>Passphrase not changed</source>
            <translation>La frase de contraseña no ha cambiado</translation>
        </message>
        <message>
            <source>Passphrase changed.</source>
            <translation>Frase de contraseña cambiada.</translation>
        </message>
        <message>
            <source>Make a new recovery key?</source>
            <translation>¿Crear una nueva clave de recuperación?</translation>
        </message>
        <message>
            <source>The recovery key you have now will stop working. The new one is shown once.</source>
            <translation>La clave de recuperación que tienes ahora dejará de funcionar. La nueva se muestra una sola vez.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundPage</name>
        <message>
            <source>Reminders only arrive while RecoveryBox runs. Running in the background, it shows no window; open it again from your applications menu. File › Quit always stops it.</source>
            <translation>Los recordatorios solo llegan mientras RecoveryBox está en marcha. En segundo plano no muestra ninguna ventana; ábrelo de nuevo desde el menú de aplicaciones. Archivo › Salir siempre lo detiene.</translation>
        </message>
    </context>
    <context>
        <name>BoxBreathing</name>
        <message>
            <source>Breathe in</source>
            <translation>Inspira</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Mantén</translation>
        </message>
        <message>
            <source>Breathe out</source>
            <translation>Espira</translation>
        </message>
        <message>
            <source>Box breathing guide</source>
            <translation>Guía de respiración en cuadrado</translation>
        </message>
        <message>
            <source>Press Start when you're ready.</source>
            <translation>Empieza cuando quieras.</translation>
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
                <numerusform>%n evento exportado a {file}.</numerusform>
                <numerusform>%n eventos exportados a {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>give either --week or --from/--to, not both.</source>
            <translation>indica --week o --from/--to, no las dos cosas.</translation>
        </message>
        <message>
            <source>dates look like 2026-12-01.</source>
            <translation>las fechas se escriben así: 2026-12-01.</translation>
        </message>
        <message>
            <source>--to ({last}) is before --from ({first}).</source>
            <translation>--to ({last}) es anterior a --from ({first}).</translation>
        </message>
        <message>
            <source>a range can be up to {MAX_AGENDA_DAYS} days; split a longer one.</source>
            <translation>un periodo puede tener hasta {MAX_AGENDA_DAYS} días; divide uno más largo.</translation>
        </message>
        <message>
            <source>{first} – {last}, {zone}</source>
            <translation>{first} – {last}, {zone}</translation>
        </message>
        <message>
            <source>Week {week} ({first} – {last}), {zone}</source>
            <translation>Semana {week} ({first} – {last}), {zone}</translation>
        </message>
        <message>
            <source>  Nothing planned this week.</source>
            <translation>  Nada previsto esta semana.</translation>
        </message>
        <message>
            <source>  Nothing planned on these days.</source>
            <translation>  Nada previsto en estos días.</translation>
        </message>
        <message>
            <source>all day</source>
            <translation>todo el día</translation>
        </message>
        <message>
            <source>  [temporarily closed]</source>
            <translation>  [cerrada temporalmente]</translation>
        </message>
        <message>
            <source>  [no longer in its meeting list]</source>
            <translation>  [ya no está en su lista de reuniones]</translation>
        </message>
        <message>
            <source>there is no data to back up yet.</source>
            <translation>aún no hay datos de los que hacer copia de seguridad.</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Copia de seguridad guardada en {path}</translation>
        </message>
        <message>
            <source>Exported to {value}</source>
            <translation>Exportado a {value}</translation>
        </message>
        <message>
            <source>Exported {value} CSV files to {dir}</source>
            <translation>{value} archivos CSV exportados a {dir}</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n row(s).</source>
            <translation>
                <numerusform>%n fila importada.</numerusform>
                <numerusform>%n filas importadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n year(s) of demo data to {target}: {events} events, {check_ins} check-ins, {journal_entries} journal entries, {goals} goals.</source>
            <translation>
                <numerusform>%n año de datos de demostración escrito en {target}: {events} eventos, {check_ins} marcas, {journal_entries} entradas del diario, {goals} objetivos.</numerusform>
                <numerusform>%n años de datos de demostración escritos en {target}: {events} eventos, {check_ins} marcas, {journal_entries} entradas del diario, {goals} objetivos.</numerusform>
            </translation>
        </message>
        <message>
            <source>--years must be a whole number from 1 to 30.</source>
            <translation>--years tiene que ser un número entero de 1 a 30.</translation>
        </message>
        <message>
            <source>{target} is not empty; demo data goes only into a new or empty folder.</source>
            <translation>{target} no está vacía; los datos de demostración solo van a una carpeta nueva o vacía.</translation>
        </message>
        <message>
            <source>nothing changed: {value}.</source>
            <translation>no ha cambiado nada: {value}.</translation>
        </message>
        <message>
            <source>your data is already protected.</source>
            <translation>tus datos ya están protegidos.</translation>
        </message>
        <message>
            <source>Your data is now protected. Your recovery key (shown this once; write it down or print it):</source>
            <translation>Tus datos ya están protegidos. Tu clave de recuperación (se muestra solo esta vez; apúntala o imprímela):</translation>
        </message>
        <message>
            <source>It opens your data if you forget your passphrase. Keep it away from this computer.</source>
            <translation>Abre tus datos si olvidas tu frase de contraseña. Guárdala lejos de este ordenador.</translation>
        </message>
        <message>
            <source>your data is not protected.</source>
            <translation>tus datos no están protegidos.</translation>
        </message>
        <message>
            <source>Protection is off: your data and its backups are plain files again.</source>
            <translation>La protección está desactivada: tus datos y sus copias de seguridad vuelven a ser archivos normales.</translation>
        </message>
        <message>
            <source>Passphrase changed. Your recovery key is the same as before.</source>
            <translation>Frase de contraseña cambiada. Tu clave de recuperación sigue siendo la misma.</translation>
        </message>
        <message>
            <source>your data is not protected, so there is nothing to unlock.</source>
            <translation>tus datos no están protegidos, así que no hay nada que desbloquear.</translation>
        </message>
        <message>
            <source>The passphrase opens your data.</source>
            <translation>La frase de contraseña abre tus datos.</translation>
        </message>
        <message>
            <source>Fetching {source} …</source>
            <translation>Descargando {source} …</translation>
        </message>
        <message>
            <source>Reloaded “{name}” (list {id}).</source>
            <translation>«{name}» recargada (lista {id}).</translation>
        </message>
        <message>
            <source>Loaded “{name}” (list {id}).</source>
            <translation>«{name}» cargada (lista {id}).</translation>
        </message>
        <message numerus="yes">
            <source>Updated %n meeting(s) in your week, from their next date on.</source>
            <translation>
                <numerusform>%n reunión actualizada en tu semana, desde su próxima fecha.</numerusform>
                <numerusform>%n reuniones actualizadas en tu semana, desde su próxima fecha.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting time(s), in {key}:</source>
            <translation>
                <numerusform>%n horario de reunión, en {key}:</numerusform>
                <numerusform>%n horarios de reunión, en {key}:</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing in your week was changed; run again with --update-added to update them.</source>
            <translation>No ha cambiado nada en tu semana; vuelve a ejecutarlo con --update-added para actualizarlas.</translation>
        </message>
        <message>
            <source>Added “{name}” to your week, every {value} (event {event_id}).</source>
            <translation>«{name}» añadida a tu semana, cada {value} (evento {event_id}).</translation>
        </message>
        <message>
            <source>no meeting list is kept yet; load one with `recoverybox meetings load FILE|URL`.</source>
            <translation>aún no hay ninguna lista de reuniones guardada; carga una con `recoverybox meetings load FILE|URL`.</translation>
        </message>
        <message>
            <source>this computer's version</source>
            <translation>la versión de este ordenador</translation>
        </message>
        <message>
            <source>the server's version</source>
            <translation>la versión del servidor</translation>
        </message>
        <message>
            <source>Kept {kept} of “{value}”; the copy is gone.</source>
            <translation>Se ha conservado {kept} de «{value}»; la copia ya no está.</translation>
        </message>
        <message>
            <source>The next sync sends it to the server.</source>
            <translation>La próxima sincronización la envía al servidor.</translation>
        </message>
        <message>
            <source>calendar sync is not on.</source>
            <translation>la sincronización del calendario no está activada.</translation>
        </message>
        <message>
            <source>Calendar sync is off. Your events stay here and on the server; nothing more is sent.</source>
            <translation>La sincronización del calendario está desactivada. Tus eventos se quedan aquí y en el servidor; no se envía nada más.</translation>
        </message>
        <message>
            <source>calendar sync is not set up: run `recoverybox sync setup URL --user NAME` first.</source>
            <translation>la sincronización del calendario no está configurada: ejecuta antes `recoverybox sync setup URL --user NAME`.</translation>
        </message>
        <message>
            <source> To allow it: recoverybox sync --allow-mass-delete</source>
            <translation> Para permitirlo: recoverybox sync --allow-mass-delete</translation>
        </message>
        <message>
            <source>Synced with “{calendar_name}”: {value}.</source>
            <translation>Sincronizado con «{calendar_name}»: {value}.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) back in your calendar; the next sync sends them to the server again.</source>
            <translation>
                <numerusform>%n evento de vuelta en tu calendario; la próxima sincronización lo vuelve a enviar al servidor.</numerusform>
                <numerusform>%n eventos de vuelta en tu calendario; la próxima sincronización los vuelve a enviar al servidor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to settle: recoverybox sync conflicts</source>
            <translation>
                <numerusform>%n conflicto por resolver: recoverybox sync conflicts</numerusform>
                <numerusform>%n conflictos por resolver: recoverybox sync conflicts</numerusform>
            </translation>
        </message>
        <message>
            <source>give your user name on the server with --user NAME (or --no-password if it asks for none).</source>
            <translation>indica tu nombre de usuario en el servidor con --user NAME (o --no-password si no pide ninguna).</translation>
        </message>
        <message>
            <source>Made a calendar called “{name}” on the server.</source>
            <translation>Se ha creado un calendario llamado «{name}» en el servidor.</translation>
        </message>
        <message>
            <source>Calendar sync is on, with “{name}” ({url}).</source>
            <translation>La sincronización del calendario está activada, con «{name}» ({url}).</translation>
        </message>
        <message>
            <source>Only the server's certificate you trusted is accepted; a changed one is refused.</source>
            <translation>Solo se acepta el certificado del servidor en el que confiaste; uno cambiado se rechaza.</translation>
        </message>
        <message>
            <source>The server asks for no password, so none is kept.</source>
            <translation>El servidor no pide contraseña, así que no se guarda ninguna.</translation>
        </message>
        <message>
            <source>Only calendar events are sent; goals, check-ins, the journal and contacts stay here.</source>
            <translation>Solo se envían los eventos del calendario; los objetivos, las marcas, el diario y los contactos se quedan aquí.</translation>
        </message>
        <message>
            <source>No conflicts: every event is the same here and on the server.</source>
            <translation>No hay conflictos: cada evento es igual aquí y en el servidor.</translation>
        </message>
        <message>
            <source>  {when}  mine: “{value}”  theirs: “{theirs}”  {original}</source>
            <translation>  {when}  mía: «{value}»  suya: «{theirs}»  {original}</translation>
        </message>
        <message>
            <source>The copies stay on this computer until you choose. End one with:</source>
            <translation>Las copias se quedan en este ordenador hasta que elijas. Resuelve uno con:</translation>
        </message>
        <message>
            <source>  recoverybox sync resolve UID --keep mine|theirs</source>
            <translation>  recoverybox sync resolve UID --keep mine|theirs</translation>
        </message>
        <message>
            <source>No events were deleted by a sync.</source>
            <translation>Ninguna sincronización ha borrado eventos.</translation>
        </message>
        <message>
            <source>  {when}  {value}  (deleted on the server {deleted_at:%d %b %Y})  {uid}</source>
            <translation>  {when}  {value}  (borrado en el servidor el {deleted_at:%d/%m/%Y})  {uid}</translation>
        </message>
        <message>
            <source>Bring them back with: recoverybox sync bring-back [UID …]</source>
            <translation>Recupéralos con: recoverybox sync bring-back [UID …]</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <source>{title}, as a table</source>
            <translation>{title}, como tabla</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabla</translation>
        </message>
        <message>
            <source>Show this chart's numbers as a table</source>
            <translation>Mostrar los números de este gráfico como tabla</translation>
        </message>
        <message>
            <source>Show {title} as a table</source>
            <translation>Mostrar {title} como tabla</translation>
        </message>
        <message>
            <source>Save PNG…</source>
            <translation>Guardar PNG…</translation>
        </message>
        <message>
            <source>Save {title} as PNG</source>
            <translation>Guardar {title} como PNG</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Guardar gráfico</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>Save as &amp;PNG…</source>
            <translation>Guardar como &amp;PNG…</translation>
        </message>
    </context>
    <context>
        <name>ClockCard</name>
        <message>
            <source>Start &amp;again…</source>
            <translation>Empezar de &amp;nuevo…</translation>
        </message>
        <message>
            <source>After a slip: keep your history and begin a new count</source>
            <translation>Tras una recaída: conserva tu historial y empieza una nueva cuenta</translation>
        </message>
        <message>
            <source>Start again for {name}</source>
            <translation>Empezar de nuevo con {name}</translation>
        </message>
        <message>
            <source>Not counting</source>
            <translation>Sin contar</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s), {h} h {m:02d} min</source>
            <translation>
                <numerusform>%n día, {h} h {m:02d} min</numerusform>
                <numerusform>%n días, {h} h {m:02d} min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Next: {label} on {day}, %n day(s) to go</source>
            <translation>
                <numerusform>Siguiente: {label} el {day}, falta %n día</numerusform>
                <numerusform>Siguiente: {label} el {day}, faltan %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>{percent}% of the way from {previous} to {label}</source>
            <translation>{percent}% del camino de {previous} a {label}</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>el comienzo</translation>
        </message>
        <message>
            <source>Since {day}.</source>
            <translation>Desde el {day}.</translation>
        </message>
        <message>
            <source>Money not spent: {amount}.</source>
            <translation>Dinero no gastado: {amount}.</translation>
        </message>
        <message>
            <source>Time back for yourself: {hours} hours.</source>
            <translation>Tiempo recuperado para ti: {hours} horas.</translation>
        </message>
        <message numerus="yes">
            <source>Longest stretch: %n day(s).</source>
            <translation>
                <numerusform>Racha más larga: %n día.</numerusform>
                <numerusform>Racha más larga: %n días.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n starts, on average {average} days each. Every start counts.</source>
            <translation>
                <numerusform>%n comienzo, de media {average} días cada uno. Cada comienzo cuenta.</numerusform>
                <numerusform>%n comienzos, de media {average} días cada uno. Cada comienzo cuenta.</numerusform>
            </translation>
        </message>
        <message>
            <source>Milestones reached: {list}.</source>
            <translation>Hitos alcanzados: {list}.</translation>
        </message>
    </context>
    <context>
        <name>ClockDialog</name>
        <message>
            <source>Add a sober-since clock</source>
            <translation>Añadir un contador de sobriedad</translation>
        </message>
        <message>
            <source>e.g. Alcohol, Gambling, Smoking</source>
            <translation>p. ej. Alcohol, Juego, Tabaco</translation>
        </message>
        <message>
            <source>Sober since</source>
            <translation>Libre desde</translation>
        </message>
        <message>
            <source>I know the &amp;time</source>
            <translation>Sé la &amp;hora</translation>
        </message>
        <message>
            <source>Sober since time</source>
            <translation>Hora de inicio</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(sin fijar)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;What it counts</source>
            <translation>&amp;Qué cuenta</translation>
        </message>
        <message>
            <source>&amp;Sober since</source>
            <translation>&amp;Libre desde</translation>
        </message>
        <message>
            <source>Money it cost a &amp;day</source>
            <translation>&amp;Dinero que costaba al día</translation>
        </message>
        <message>
            <source>T&amp;ime it took a day</source>
            <translation>T&amp;iempo que ocupaba al día</translation>
        </message>
    </context>
    <context>
        <name>ClosingQuestions</name>
        <message>
            <source>Keep your reminders running?</source>
            <translation>¿Mantener activos tus recordatorios?</translation>
        </message>
        <message>
            <source>Keep your reminders running after you close this window?</source>
            <translation>¿Mantener tus recordatorios activos después de cerrar esta ventana?</translation>
        </message>
        <message>
            <source>RecoveryBox can stay running without a window, so reminders for your meetings and sessions still arrive. Open it again from your applications menu; File › Quit stops it. You can change this in Settings › In the background.</source>
            <translation>RecoveryBox puede seguir en marcha sin ventana, para que sigan llegando los recordatorios de tus reuniones y sesiones. Ábrelo de nuevo desde el menú de aplicaciones; Archivo › Salir lo detiene. Puedes cambiarlo en Ajustes › En segundo plano.</translation>
        </message>
        <message>
            <source>&amp;Keep reminders running</source>
            <translation>&amp;Mantener los recordatorios</translation>
        </message>
        <message>
            <source>&amp;Quit RecoveryBox</source>
            <translation>&amp;Salir de RecoveryBox</translation>
        </message>
        <message>
            <source>Not everything is saved</source>
            <translation>No se ha guardado todo</translation>
        </message>
        <message>
            <source>Some of what you wrote could not be saved yet.</source>
            <translation>Parte de lo que escribiste aún no se ha podido guardar.</translation>
        </message>
        <message>
            <source>The journal says why. If you close now, those words are lost. Copy them somewhere first?</source>
            <translation>El diario explica por qué. Si cierras ahora, esas palabras se pierden. ¿Quieres copiarlas antes en otro sitio?</translation>
        </message>
        <message>
            <source>&amp;Stay and copy them</source>
            <translation>&amp;Quedarme y copiarlas</translation>
        </message>
        <message>
            <source>&amp;Close anyway</source>
            <translation>&amp;Cerrar de todos modos</translation>
        </message>
        <message>
            <source>RecoveryBox is still running</source>
            <translation>RecoveryBox sigue en marcha</translation>
        </message>
        <message>
            <source>Your reminders keep working here. Choose Quit in this menu to stop them.</source>
            <translation>Tus recordatorios siguen funcionando aquí. Elige Salir en este menú para detenerlos.</translation>
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message>
            <source>Keep the other device's</source>
            <translation>Quedarme con la del otro dispositivo</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Quedarme con la mía</translation>
        </message>
        <message>
            <source>Show mine</source>
            <translation>Mostrar la mía</translation>
        </message>
        <message numerus="yes">
            <source>(%n more after this one.)</source>
            <translation>
                <numerusform>(Queda %n más después de esta.)</numerusform>
                <numerusform>(Quedan %n más después de esta.)</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ “{title}” was changed here and on another device</source>
            <translation>⚠ «{title}» se cambió aquí y en otro dispositivo</translation>
        </message>
        <message>
            <source>The other device deleted it; your version is kept ({when}). Keep it?</source>
            <translation>El otro dispositivo lo borró; tu versión se conserva ({when}). ¿La conservas?</translation>
        </message>
        <message>
            <source>Both versions are in your calendar: the other device's as “{theirs}”, and yours, marked ⚠ conflict copy ({when}). Choose which one stays; the other is deleted here and on the server.</source>
            <translation>Las dos versiones están en tu calendario: la del otro dispositivo como «{theirs}» y la tuya, marcada ⚠ copia en conflicto ({when}). Elige cuál se queda; la otra se borra aquí y en el servidor.</translation>
        </message>
        <message>
            <source>Delete mine</source>
            <translation>Borrar la mía</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Sponsor</source>
            <translation>Padrino o madrina</translation>
        </message>
        <message>
            <source>Therapist / counsellor</source>
            <translation>Terapeuta / orientador</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familia</translation>
        </message>
        <message>
            <source>Friend</source>
            <translation>Amistad</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>Compañero/a</translation>
        </message>
        <message>
            <source>Crisis line</source>
            <translation>Línea de crisis</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Editar contacto</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nuevo contacto</translation>
        </message>
        <message>
            <source>e.g. evenings after 6, not before 9 am</source>
            <translation>p. ej. por las tardes después de las 6, no antes de las 9</translation>
        </message>
        <message>
            <source>&amp;Pin for the panic window</source>
            <translation>&amp;Fijar en la ventana de ayuda</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Relación</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>Telé&amp;fono</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;Correo electrónico</translation>
        </message>
        <message>
            <source>&amp;Best times to call</source>
            <translation>&amp;Mejores horas para llamar</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
    </context>
    <context>
        <name>CrisisFields</name>
        <message>
            <source>Crisis line</source>
            <translation>Línea de crisis</translation>
        </message>
        <message>
            <source>A name and number, e.g. Samaritans 116 123</source>
            <translation>Un nombre y un número, p. ej. Teléfono de la Esperanza 717 003 717</translation>
        </message>
        <message>
            <source>Emergency number</source>
            <translation>Número de emergencias</translation>
        </message>
        <message>
            <source>e.g. 999, 911, 112, 000</source>
            <translation>p. ej. 112, 911, 999, 000</translation>
        </message>
        <message>
            <source>&amp;Use these numbers</source>
            <translation>&amp;Usar estos números</translation>
        </message>
        <message>
            <source>For {country}: {line}; emergencies {emergency}. From {source}, checked {date}. Check them, and change them if they are wrong for you.</source>
            <translation>Para {country}: {line}; emergencias {emergency}. Según {source}, comprobado el {date}. Revísalos y cámbialos si no son los adecuados para ti.</translation>
        </message>
        <message>
            <source>Add the crisis or helpline number for your country. Without one, the help window shows 112.</source>
            <translation>Añade el número de crisis o de ayuda de tu país. Sin él, la ventana de ayuda muestra el 112.</translation>
        </message>
        <message>
            <source>Cr&amp;isis line</source>
            <translation>Línea de cr&amp;isis</translation>
        </message>
        <message>
            <source>E&amp;mergency number</source>
            <translation>Número de e&amp;mergencias</translation>
        </message>
    </context>
    <context>
        <name>DailyPanel</name>
        <message>
            <source>Easy</source>
            <translation>Fácil</translation>
        </message>
        <message>
            <source>Fairly easy</source>
            <translation>Bastante fácil</translation>
        </message>
        <message>
            <source>Mixed</source>
            <translation>Regular</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>Difícil</translation>
        </message>
        <message>
            <source>Very hard</source>
            <translation>Muy difícil</translation>
        </message>
        <message>
            <source>Today's reflection</source>
            <translation>Reflexión de hoy</translation>
        </message>
        <message>
            <source>&amp;Write an answer…</source>
            <translation>&amp;Escribir una respuesta…</translation>
        </message>
        <message>
            <source>Morning pledge</source>
            <translation>Compromiso de la mañana</translation>
        </message>
        <message>
            <source>Today I commit to</source>
            <translation>Hoy me comprometo a</translation>
        </message>
        <message>
            <source>Make today's &amp;pledge</source>
            <translation>Hacer el &amp;compromiso de hoy</translation>
        </message>
        <message>
            <source>Evening review: how was today?</source>
            <translation>Repaso de la tarde: ¿qué tal ha ido hoy?</translation>
        </message>
        <message>
            <source>One line about today (optional)</source>
            <translation>Una línea sobre hoy (opcional)</translation>
        </message>
        <message>
            <source>About today</source>
            <translation>Sobre hoy</translation>
        </message>
        <message>
            <source>Save &amp;review</source>
            <translation>Guardar &amp;repaso</translation>
        </message>
        <message>
            <source>Pledged today ✓ · {n}-day streak</source>
            <translation>Compromiso de hoy hecho ✓ · racha de {n} días</translation>
        </message>
        <message>
            <source>{n}-day pledge streak</source>
            <translation>Racha de compromisos de {n} días</translation>
        </message>
        <message>
            <source>Saved ✓</source>
            <translation>Guardado ✓</translation>
        </message>
        <message>
            <source>★ Starred</source>
            <translation>★ Destacada</translation>
        </message>
        <message>
            <source>☆ &amp;Star</source>
            <translation>☆ &amp;Destacar</translation>
        </message>
        <message>
            <source>Star this reflection</source>
            <translation>Destacar esta reflexión</translation>
        </message>
        <message>
            <source>One moment: your data is still opening.</source>
            <translation>Un momento: tus datos todavía se están abriendo.</translation>
        </message>
        <message>
            <source>Choose how the day went first.</source>
            <translation>Elige primero cómo ha ido el día.</translation>
        </message>
        <message>
            <source>Saved ✓ Thank you for checking in.</source>
            <translation>Guardado ✓ Gracias por contarlo.</translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message>
            <source>Import calendar</source>
            <translation>Importar calendario</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Calendario (*.ics)</translation>
        </message>
        <message>
            <source>Imported, but some events were left out</source>
            <translation>Importado, pero algunos eventos se han quedado fuera</translation>
        </message>
        <message>
            <source>Imported, with a few things read differently</source>
            <translation>Importado, con algunas cosas leídas de otra forma</translation>
        </message>
        <message>
            <source>Importing the calendar…</source>
            <translation>Importando el calendario…</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se ha importado nada</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exportar calendario</translation>
        </message>
        <message>
            <source>Writing the calendar…</source>
            <translation>Escribiendo el calendario…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n event(s) to {path}.</source>
            <translation>
                <numerusform>%n evento exportado a {path}.</numerusform>
                <numerusform>%n eventos exportados a {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>No exportado</translation>
        </message>
        <message>
            <source>Export week as PDF</source>
            <translation>Exportar la semana como PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Drawing the week…</source>
            <translation>Dibujando la semana…</translation>
        </message>
        <message>
            <source>Saved the plan to {path}.</source>
            <translation>Plan guardado en {path}.</translation>
        </message>
        <message>
            <source>The week was not saved</source>
            <translation>La semana no se ha guardado</translation>
        </message>
        <message>
            <source>Backed up to {path}.</source>
            <translation>Copia de seguridad guardada en {path}.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>RecoveryBox data (*.sqlite3)</source>
            <translation>Datos de RecoveryBox (*.sqlite3)</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>No restaurado</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia de seguridad?</translation>
        </message>
        <message>
            <source>Your data will be replaced by this backup. The current data is kept in the data folder under a new name, so nothing is lost.</source>
            <translation>Tus datos se sustituirán por esta copia. Los datos actuales se guardan en la carpeta de datos con otro nombre, así que no se pierde nada.</translation>
        </message>
        <message>
            <source>Backup restored.</source>
            <translation>Copia de seguridad restaurada.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restaurando la copia de seguridad…</translation>
        </message>
        <message>
            <source>Export all my data to a folder</source>
            <translation>Exportar todos mis datos a una carpeta</translation>
        </message>
        <message>
            <source>Exporting everything…</source>
            <translation>Exportando todo…</translation>
        </message>
        <message>
            <source>Exported everything to {folder}.</source>
            <translation>Todo exportado a {folder}.</translation>
        </message>
        <message>
            <source>Not everything was exported</source>
            <translation>No se ha exportado todo</translation>
        </message>
        <message>
            <source>Load a RecoveryBox export</source>
            <translation>Cargar una exportación de RecoveryBox</translation>
        </message>
        <message>
            <source>RecoveryBox export (*.json)</source>
            <translation>Exportación de RecoveryBox (*.json)</translation>
        </message>
        <message numerus="yes">
            <source>Loaded %n row(s) from the export.</source>
            <translation>
                <numerusform>%n fila cargada de la exportación.</numerusform>
                <numerusform>%n filas cargadas de la exportación.</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the export…</source>
            <translation>Cargando la exportación…</translation>
        </message>
        <message>
            <source>Nothing was loaded</source>
            <translation>No se ha cargado nada</translation>
        </message>
    </context>
    <context>
        <name>DataSession</name>
        <message>
            <source>RecoveryBox reminder</source>
            <translation>Recordatorio de RecoveryBox</translation>
        </message>
        <message>
            <source>Could not change whether RecoveryBox starts at login.</source>
            <translation>No se ha podido cambiar si RecoveryBox se inicia al entrar en la sesión.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Choose from a calendar</source>
            <translation>Elegir en un calendario</translation>
        </message>
        <message>
            <source>e.g. 15 Mar 2026</source>
            <translation>p. ej. 15/03/2026</translation>
        </message>
    </context>
    <context>
        <name>DateTimeField</name>
        <message>
            <source>{name} date</source>
            <translation>Fecha de {name}</translation>
        </message>
        <message>
            <source>{name} time</source>
            <translation>Hora de {name}</translation>
        </message>
    </context>
    <context>
        <name>DeletedBySyncDialog</name>
        <message>
            <source>Deleted by sync</source>
            <translation>Borrados por la sincronización</translation>
        </message>
        <message>
            <source>These events were deleted on your server (or on another device) and so left your calendar here. Their attendance and reminders are kept. Tick the ones to bring back: they return here, and to the server at the next sync.</source>
            <translation>Estos eventos se borraron en tu servidor (o en otro dispositivo) y por eso salieron de tu calendario aquí. Se conservan su asistencia y sus recordatorios. Marca los que quieras recuperar: vuelven aquí, y al servidor en la próxima sincronización.</translation>
        </message>
        <message>
            <source>Events deleted by sync</source>
            <translation>Eventos borrados por la sincronización</translation>
        </message>
        <message>
            <source>&amp;Bring back</source>
            <translation>&amp;Recuperar</translation>
        </message>
        <message>
            <source>Tick the events to bring back first.</source>
            <translation>Marca primero los eventos que quieres recuperar.</translation>
        </message>
    </context>
    <context>
        <name>ErrorPanel</name>
        <message>
            <source>&lt;h3&gt;{view} could not be shown&lt;/h3&gt;&lt;p&gt;Something in it went wrong. Your data is safe, and the other views still work.&lt;/p&gt;&lt;p&gt;The details were written to the log file. You can try again, or carry on elsewhere.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;No se ha podido mostrar {view}&lt;/h3&gt;&lt;p&gt;Algo ha fallado en esta vista. Tus datos están a salvo y las demás vistas siguen funcionando.&lt;/p&gt;&lt;p&gt;Los detalles se han escrito en el archivo de registro. Puedes volver a intentarlo o seguir en otra parte.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Intentar de nuevo</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>At the start</source>
            <translation>Al empezar</translation>
        </message>
        <message>
            <source>5 minutes before</source>
            <translation>5 minutos antes</translation>
        </message>
        <message>
            <source>10 minutes before</source>
            <translation>10 minutos antes</translation>
        </message>
        <message>
            <source>15 minutes before</source>
            <translation>15 minutos antes</translation>
        </message>
        <message>
            <source>30 minutes before</source>
            <translation>30 minutos antes</translation>
        </message>
        <message>
            <source>1 hour before</source>
            <translation>1 hora antes</translation>
        </message>
        <message>
            <source>2 hours before</source>
            <translation>2 horas antes</translation>
        </message>
        <message>
            <source>1 day before</source>
            <translation>1 día antes</translation>
        </message>
        <message>
            <source>2 days before</source>
            <translation>2 días antes</translation>
        </message>
        <message>
            <source>1 week before</source>
            <translation>1 semana antes</translation>
        </message>
        <message>
            <source>Edit event</source>
            <translation>Editar evento</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Nuevo evento</translation>
        </message>
        <message>
            <source>e.g. Tuesday home group</source>
            <translation>p. ej. Grupo de los martes</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(sin fijar)</translation>
        </message>
        <message>
            <source>In &amp;person</source>
            <translation>&amp;Presencial</translation>
        </message>
        <message>
            <source>O&amp;nline</source>
            <translation>En lí&amp;nea</translation>
        </message>
        <message>
            <source>Address or room</source>
            <translation>Dirección o sala</translation>
        </message>
        <message>
            <source>Online link</source>
            <translation>Enlace en línea</translation>
        </message>
        <message>
            <source>Open in &amp;browser</source>
            <translation>Abrir en el &amp;navegador</translation>
        </message>
        <message>
            <source>Open the meeting link in your browser</source>
            <translation>Abrir el enlace de la reunión en el navegador</translation>
        </message>
        <message>
            <source>All da&amp;y</source>
            <translation>Todo el &amp;día</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Recordatorios</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Hora del recordatorio</translation>
        </message>
        <message>
            <source>Add rem&amp;inder</source>
            <translation>Añadir record&amp;atorio</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Remove the selected reminder</source>
            <translation>Quitar el recordatorio seleccionado</translation>
        </message>
        <message>
            <source>Remind me even during &amp;quiet hours</source>
            <translation>Avisarme también en las horas de &amp;silencio</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;Fellowship</source>
            <translation>&amp;Comunidad</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Dirección</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>En&amp;lace</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Empieza</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Termina</translation>
        </message>
        <message>
            <source>Time &amp;zone</source>
            <translation>&amp;Zona horaria</translation>
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation>&amp;Repetir</translation>
        </message>
        <message>
            <source>Re&amp;minders</source>
            <translation>Recorda&amp;torios</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Borrar…</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) before</source>
            <translation>
                <numerusform>%n minuto antes</numerusform>
                <numerusform>%n minutos antes</numerusform>
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
            <translation>Otro grupo de apoyo</translation>
        </message>
    </context>
    <context>
        <name>FeedAddressDialog</name>
        <message>
            <source>Load a meeting list from the web</source>
            <translation>Cargar una lista de reuniones desde la web</translation>
        </message>
        <message>
            <source>Paste the address of your area's meeting list (a Meeting Guide JSON feed or a CSV table, often ending in .json or .csv).

RecoveryBox connects to this address only now and when you click “Check for updates”, to fetch the list. It sends nothing about you and makes no other connection.</source>
            <translation>Pega la dirección de la lista de reuniones de tu zona (un feed JSON de Meeting Guide o una tabla CSV, que suelen acabar en .json o .csv).

RecoveryBox se conecta a esta dirección solo ahora y cuando pulses «Buscar actualizaciones», para descargar la lista. No envía nada sobre ti ni hace ninguna otra conexión.</translation>
        </message>
        <message>
            <source>Web address of the meeting list</source>
            <translation>Dirección web de la lista de reuniones</translation>
        </message>
        <message>
            <source>Fetch the list</source>
            <translation>Descargar la lista</translation>
        </message>
    </context>
    <context>
        <name>FieldErrors</name>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Alcoholics Anonymous (AA)</source>
            <translation>Alcohólicos Anónimos (AA)</translation>
        </message>
        <message>
            <source>Narcotics Anonymous (NA)</source>
            <translation>Narcóticos Anónimos (NA)</translation>
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
            <translation>Terapia u orientación</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Ninguno todavía</translation>
        </message>
        <message>
            <source>Attend 3 meetings a week</source>
            <translation>Ir a 3 reuniones a la semana</translation>
        </message>
        <message>
            <source>Go to my therapy sessions</source>
            <translation>Ir a mis sesiones de terapia</translation>
        </message>
        <message>
            <source>Journal daily</source>
            <translation>Escribir en el diario cada día</translation>
        </message>
        <message>
            <source>Make my morning pledge</source>
            <translation>Hacer mi compromiso de la mañana</translation>
        </message>
        <message>
            <source>Walk 20 minutes</source>
            <translation>Caminar 20 minutos</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutos</translation>
        </message>
        <message>
            <source>Call someone in my support network</source>
            <translation>Llamar a alguien de mi red de apoyo</translation>
        </message>
        <message>
            <source>Welcome to RecoveryBox</source>
            <translation>Te damos la bienvenida a RecoveryBox</translation>
        </message>
        <message>
            <source>RecoveryBox helps you plan your week, keep track of what matters to you and get through hard moments.

Everything you enter stays on this computer: there is no account and nothing is sent anywhere. It is kept in a file that anyone who can use your computer account could open, until you protect it with a passphrase (offered at the end of this setup, or any time in Settings › Privacy).

A few questions follow. Skip any of them, or the whole setup; you can come back to it from Help.</source>
            <translation>RecoveryBox te ayuda a planificar tu semana, seguir lo que te importa y atravesar los momentos difíciles.

Todo lo que escribes se queda en este ordenador: no hay cuenta y no se envía nada a ninguna parte. Se guarda en un archivo que cualquiera que use tu cuenta de este ordenador podría abrir, hasta que lo protejas con una frase de contraseña (te lo ofrecemos al final de esta configuración, o en cualquier momento en Ajustes › Privacidad).

A continuación vienen unas preguntas. Puedes saltarte cualquiera, o toda la configuración; puedes volver a ella desde Ayuda.</translation>
        </message>
        <message>
            <source>Sober since</source>
            <translation>Libre desde</translation>
        </message>
        <message>
            <source>If you like, RecoveryBox can count your days. Leave the name empty to skip.</source>
            <translation>Si quieres, RecoveryBox puede contar tus días. Deja el nombre vacío para saltarlo.</translation>
        </message>
        <message>
            <source>e.g. Alcohol</source>
            <translation>p. ej. Alcohol</translation>
        </message>
        <message>
            <source>Another (optional)</source>
            <translation>Otro (opcional)</translation>
        </message>
        <message>
            <source>What it counts</source>
            <translation>Qué cuenta</translation>
        </message>
        <message>
            <source>Your support</source>
            <translation>Tu apoyo</translation>
        </message>
        <message>
            <source>Which do you follow? Choose any.</source>
            <translation>¿Qué sigues? Elige los que quieras.</translation>
        </message>
        <message>
            <source>A regular meeting or session</source>
            <translation>Una reunión o sesión habitual</translation>
        </message>
        <message>
            <source>Add one meeting or therapy session that repeats every week. Leave the name empty to skip.</source>
            <translation>Añade una reunión o sesión de terapia que se repita cada semana. Deja el nombre vacío para saltarlo.</translation>
        </message>
        <message>
            <source>e.g. Tuesday home group</source>
            <translation>p. ej. Grupo de los martes</translation>
        </message>
        <message>
            <source>Support meeting</source>
            <translation>Reunión de apoyo</translation>
        </message>
        <message>
            <source>Therapy / counselling</source>
            <translation>Terapia / orientación</translation>
        </message>
        <message>
            <source>At</source>
            <translation>A las</translation>
        </message>
        <message>
            <source>Address, or a https:// link for an online meeting</source>
            <translation>Dirección, o un enlace https:// para una reunión en línea</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Cada</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Someone you trust</source>
            <translation>Alguien de confianza</translation>
        </message>
        <message>
            <source>A sponsor, therapist, friend or family member you could call on a hard day. Leave empty to skip.</source>
            <translation>Un padrino o madrina, terapeuta, amigo o familiar a quien podrías llamar en un día difícil. Déjalo vacío para saltarlo.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Relación</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Help in a crisis</source>
            <translation>Ayuda en una crisis</translation>
        </message>
        <message>
            <source>The “I need help now” window shows a crisis line you can call with one click, and the number for an emergency. RecoveryBox has a short list of national numbers; check the suggestion, or type your own.</source>
            <translation>La ventana «Necesito ayuda ya» muestra una línea de crisis a la que puedes llamar con un clic, y el número de emergencias. RecoveryBox tiene una lista breve de números nacionales; revisa la sugerencia o escribe el tuyo.</translation>
        </message>
        <message>
            <source>Gentle reminders</source>
            <translation>Recordatorios amables</translation>
        </message>
        <message>
            <source>A short morning reflection and an evening check-in. Change or turn them off any time in Settings.</source>
            <translation>Una breve reflexión por la mañana y un repaso por la tarde. Cámbialos o desactívalos cuando quieras en Ajustes.</translation>
        </message>
        <message>
            <source>Morning</source>
            <translation>Mañana</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>Tarde</translation>
        </message>
        <message>
            <source>Start when I log in, so reminders arrive (no window)</source>
            <translation>Iniciar al entrar en la sesión, para que lleguen los recordatorios (sin ventana)</translation>
        </message>
        <message>
            <source>A first goal</source>
            <translation>Un primer objetivo</translation>
        </message>
        <message>
            <source>Pick one or two to start. Small is good.</source>
            <translation>Elige uno o dos para empezar. Lo pequeño está bien.</translation>
        </message>
        <message>
            <source>Suggested goals</source>
            <translation>Objetivos sugeridos</translation>
        </message>
        <message>
            <source>Keep it private</source>
            <translation>Mantenlo en privado</translation>
        </message>
        <message>
            <source>If other people use this computer, a passphrase can encrypt everything you write here, backups included. RecoveryBox then asks for it when it starts and locks itself when you leave it.

If you forget the passphrase and lose the recovery key you will be given, nobody can open your data. You can turn this on or off later in Settings › Privacy.</source>
            <translation>Si otras personas usan este ordenador, una frase de contraseña puede cifrar todo lo que escribes aquí, copias de seguridad incluidas. RecoveryBox te la pedirá al arrancar y se bloqueará cuando lo dejes.

Si olvidas la frase de contraseña y pierdes la clave de recuperación que recibirás, nadie podrá abrir tus datos. Puedes activarlo o desactivarlo más adelante en Ajustes › Privacidad.</translation>
        </message>
        <message>
            <source>&amp;Protect my data with a passphrase (asked for next)</source>
            <translation>&amp;Proteger mis datos con una frase de contraseña (se pide a continuación)</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Set up RecoveryBox</source>
            <translation>Configurar RecoveryBox</translation>
        </message>
        <message>
            <source>S&amp;kip setup</source>
            <translation>&amp;Saltar la configuración</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>Más &amp;tarde</translation>
        </message>
        <message>
            <source>Skip setup</source>
            <translation>Saltar la configuración</translation>
        </message>
        <message>
            <source>Skip the rest of the setup? You can open it again from Help › Set up RecoveryBox.</source>
            <translation>¿Saltar el resto de la configuración? Puedes abrirla de nuevo desde Ayuda › Configurar RecoveryBox.</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Sobriety</source>
            <translation>Sobriedad</translation>
        </message>
        <message>
            <source>Support meetings</source>
            <translation>Reuniones de apoyo</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Salud</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>Relaciones</translation>
        </message>
        <message>
            <source>Self-care</source>
            <translation>Autocuidado</translation>
        </message>
        <message>
            <source>My own</source>
            <translation>Propios</translation>
        </message>
        <message>
            <source>Every day (yes or no)</source>
            <translation>Cada día (sí o no)</translation>
        </message>
        <message>
            <source>A number of times a week</source>
            <translation>Un número de veces por semana</translation>
        </message>
        <message>
            <source>A measured amount a day (e.g. minutes)</source>
            <translation>Una cantidad medida al día (p. ej. minutos)</translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>Nada</translation>
        </message>
        <message>
            <source>Support meetings I attend</source>
            <translation>Las reuniones de apoyo a las que asisto</translation>
        </message>
        <message>
            <source>Therapy sessions I attend</source>
            <translation>Las sesiones de terapia a las que asisto</translation>
        </message>
        <message>
            <source>Self-care events I attend</source>
            <translation>Los eventos de autocuidado a los que asisto</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Editar objetivo</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Nuevo objetivo</translation>
        </message>
        <message>
            <source>e.g. Journal today, 3 meetings a week, 20 minutes walking</source>
            <translation>p. ej. Escribir en el diario, 3 reuniones a la semana, 20 minutos de paseo</translation>
        </message>
        <message>
            <source>minutes, pages, glasses…</source>
            <translation>minutos, páginas, vasos…</translation>
        </message>
        <message>
            <source>&amp;Remind me if it's not done by</source>
            <translation>&amp;Avisarme si no está hecho a las</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Hora del recordatorio</translation>
        </message>
        <message>
            <source>&amp;Goal</source>
            <translation>&amp;Objetivo</translation>
        </message>
        <message>
            <source>&amp;Area</source>
            <translation>Á&amp;rea</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Targ&amp;et</source>
            <translation>M&amp;eta</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Unidad</translation>
        </message>
        <message>
            <source>&amp;Counts automatically</source>
            <translation>Se &amp;cuenta solo</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <source> times a week</source>
            <translation> veces por semana</translation>
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message>
            <source>Sobriety</source>
            <translation>Sobriedad</translation>
        </message>
        <message>
            <source>Support meetings</source>
            <translation>Reuniones de apoyo</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Salud</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>Relaciones</translation>
        </message>
        <message>
            <source>Self-care</source>
            <translation>Autocuidado</translation>
        </message>
        <message>
            <source>My own goals</source>
            <translation>Mis propios objetivos</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Cada día</translation>
        </message>
        <message>
            <source>Times a week</source>
            <translation>Veces por semana</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Medido</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Racha</translation>
        </message>
        <message>
            <source>Best</source>
            <translation>Mejor</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Recordatorio</translation>
        </message>
        <message>
            <source>Space checks in the selected goal for today; Enter edits it</source>
            <translation>Espacio marca el objetivo seleccionado como hecho hoy; Intro lo edita</translation>
        </message>
        <message>
            <source>No goals yet. A goal can be as small as “drink a glass of water”. Press New goal to add one.</source>
            <translation>Aún no hay objetivos. Un objetivo puede ser tan pequeño como «beber un vaso de agua». Pulsa Nuevo objetivo para añadir uno.</translation>
        </message>
        <message>
            <source>&amp;New goal…</source>
            <translation>&amp;Nuevo objetivo…</translation>
        </message>
        <message>
            <source>Add a goal (Ctrl+N)</source>
            <translation>Añadir un objetivo (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Check in today</source>
            <translation>&amp;Marcar hoy</translation>
        </message>
        <message>
            <source>Check in the selected goal for today (Space)</source>
            <translation>Marcar hoy el objetivo seleccionado (Espacio)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pausar</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archivar</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Borrar…</translation>
        </message>
        <message>
            <source>Show a&amp;rchived</source>
            <translation>Mostrar a&amp;rchivados</translation>
        </message>
        <message>
            <source>Habit strength: every day's result counts, the newest most. A day's weight halves every {n} days, so one missed day lowers it a little instead of wiping it out like a streak, and it takes weeks of steady days to reach 100%.</source>
            <translation>Fuerza del hábito: cuenta el resultado de cada día, más el de los días recientes. El peso de un día se reduce a la mitad cada {n} días, así que un día perdido la baja un poco en lugar de borrarla como una racha, y hacen falta semanas de días constantes para llegar al 100%.</translation>
        </message>
        <message>
            <source>Another day</source>
            <translation>Otro día</translation>
        </message>
        <message>
            <source>Check in &amp;that day</source>
            <translation>Marcar &amp;ese día</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semana</numerusform>
                <numerusform>%n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} (paused)</source>
            <translation>{title} (en pausa)</translation>
        </message>
        <message>
            <source>{title} (archived)</source>
            <translation>{title} (archivado)</translation>
        </message>
        <message>
            <source>Done this week ✓</source>
            <translation>Hecho esta semana ✓</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Hecho ✓</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>Rean&amp;udar</translation>
        </message>
        <message>
            <source>Un&amp;archive</source>
            <translation>Desar&amp;chivar</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>part</source>
            <translation>en parte</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>no hecho</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>sin hacer</translation>
        </message>
        <message>
            <source>not yet a goal</source>
            <translation>aún no era objetivo</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>hecho en parte</translation>
        </message>
        <message>
            <source>{day}: {state}. Click to change.</source>
            <translation>{day}: {state}. Haz clic para cambiarlo.</translation>
        </message>
        <message>
            <source>Choose a goal to see its history.</source>
            <translation>Elige un objetivo para ver su historial.</translation>
        </message>
        <message>
            <source>· Habit strength {n}%</source>
            <translation>· Fuerza del hábito {n}%</translation>
        </message>
        <message>
            <source>· Reminder at {time}</source>
            <translation>· Recordatorio a las {time}</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Marcar</translation>
        </message>
        <message>
            <source>How much on {day}? ({unit})</source>
            <translation>¿Cuánto el {day}? ({unit})</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>cantidad</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Borrar objetivo</translation>
        </message>
        <message>
            <source>Delete “{title}” and all its check-ins? This can't be undone. (Archive keeps the history instead.)</source>
            <translation>¿Borrar «{title}» y todas sus marcas? No se puede deshacer. (Archivar conserva el historial).</translation>
        </message>
    </context>
    <context>
        <name>HabitHeatmap</name>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>hecho en parte</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>no hecho</translation>
        </message>
        <message>
            <source>no check-in needed</source>
            <translation>no hacía falta marcar</translation>
        </message>
        <message>
            <source>History, one square a day</source>
            <translation>Historial, un cuadrado por día</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) done in the time shown</source>
            <translation>
                <numerusform>%n día hecho en el periodo mostrado</numerusform>
                <numerusform>%n días hechos en el periodo mostrado</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportNotes</name>
        <message numerus="yes">
            <source>%n event(s) had no UID: each was given one made from its contents, so importing this file again updates it ({titles}).</source>
            <translation>
                <numerusform>%n evento no tenía UID: se le dio uno a partir de su contenido, así que importar de nuevo este archivo lo actualiza ({titles}).</numerusform>
                <numerusform>%n eventos no tenían UID: a cada uno se le dio uno a partir de su contenido, así que importar de nuevo este archivo los actualiza ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) were older copies of an event in the same file (same UID, lower SEQUENCE): the newest copy was kept ({titles}).</source>
            <translation>
                <numerusform>%n evento era una copia antigua de otro del mismo archivo (mismo UID, SEQUENCE menor): se conservó la copia más reciente ({titles}).</numerusform>
                <numerusform>%n eventos eran copias antiguas de otro del mismo archivo (mismo UID, SEQUENCE menor): se conservó la copia más reciente ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) had a changed occurrence for a date the series does not have: it was kept as an extra occurrence ({titles}).</source>
            <translation>
                <numerusform>%n evento tenía una aparición cambiada en una fecha que la serie no tiene: se conservó como aparición adicional ({titles}).</numerusform>
                <numerusform>%n eventos tenían una aparición cambiada en una fecha que la serie no tiene: se conservó como aparición adicional ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) start on a date but end at a time of day, or the reverse: they were read as timed from midnight ({titles}).</source>
            <translation>
                <numerusform>%n evento empieza en una fecha pero termina a una hora del día, o al revés: se leyó con hora desde medianoche ({titles}).</numerusform>
                <numerusform>%n eventos empiezan en una fecha pero terminan a una hora del día, o al revés: se leyeron con hora desde medianoche ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) were changed from one date on (“this and following”): the series was split there in two ({titles}).</source>
            <translation>
                <numerusform>%n evento se cambió a partir de una fecha («este y los siguientes»): la serie se dividió ahí en dos ({titles}).</numerusform>
                <numerusform>%n eventos se cambiaron a partir de una fecha («este y los siguientes»): la serie se dividió ahí en dos ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) ended before they started: their start and end were read the other way round ({titles}).</source>
            <translation>
                <numerusform>%n evento terminaba antes de empezar: su inicio y su final se leyeron al revés ({titles}).</numerusform>
                <numerusform>%n eventos terminaban antes de empezar: su inicio y su final se leyeron al revés ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) had one of start and end in a time zone and the other without: both were read in that zone ({titles}).</source>
            <translation>
                <numerusform>%n evento tenía el inicio o el final en una zona horaria y el otro sin ella: los dos se leyeron en esa zona ({titles}).</numerusform>
                <numerusform>%n eventos tenían el inicio o el final en una zona horaria y el otro sin ella: los dos se leyeron en esa zona ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) had a repeat rule with both an end date and a number of times, or a count below one: the end date was used ({titles}).</source>
            <translation>
                <numerusform>%n evento tenía una regla de repetición con fecha de fin y número de veces a la vez, o un número menor que uno: se usó la fecha de fin ({titles}).</numerusform>
                <numerusform>%n eventos tenían una regla de repetición con fecha de fin y número de veces a la vez, o un número menor que uno: se usó la fecha de fin ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) had a repeat rule that gives no date after the first: they were read as single events ({titles}).</source>
            <translation>
                <numerusform>%n evento tenía una regla de repetición que no da ninguna fecha después de la primera: se leyó como evento único ({titles}).</numerusform>
                <numerusform>%n eventos tenían una regla de repetición que no da ninguna fecha después de la primera: se leyeron como eventos únicos ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) use the time zone “{tzid}” defined in the file: RecoveryBox keeps them in {zone}, which has the same clock changes ({titles}).</source>
            <translation>
                <numerusform>%n evento usa la zona horaria «{tzid}» definida en el archivo: RecoveryBox lo guarda en {zone}, que tiene los mismos cambios de hora ({titles}).</numerusform>
                <numerusform>%n eventos usan la zona horaria «{tzid}» definida en el archivo: RecoveryBox los guarda en {zone}, que tiene los mismos cambios de hora ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) use the time zone “{tzid}” defined in the file, which no time zone RecoveryBox knows matches in every year: RecoveryBox keeps them in {zone}, the closest (the same time on their first date); check their times after a clock change ({titles}).</source>
            <translation>
                <numerusform>%n evento usa la zona horaria «{tzid}» definida en el archivo, con la que ninguna zona que RecoveryBox conoce coincide todos los años: RecoveryBox lo guarda en {zone}, la más parecida (la misma hora en su primera fecha); revisa su hora tras un cambio de hora ({titles}).</numerusform>
                <numerusform>%n eventos usan la zona horaria «{tzid}» definida en el archivo, con la que ninguna zona que RecoveryBox conoce coincide todos los años: RecoveryBox los guarda en {zone}, la más parecida (la misma hora en su primera fecha); revisa sus horas tras un cambio de hora ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) use the time zone “{tzid}” defined in the file, which could not be matched: their times were kept ({titles}).</source>
            <translation>
                <numerusform>%n evento usa la zona horaria «{tzid}» definida en el archivo, que no se ha podido identificar: se conservó su hora ({titles}).</numerusform>
                <numerusform>%n eventos usan la zona horaria «{tzid}» definida en el archivo, que no se ha podido identificar: se conservaron sus horas ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Could not be read, so left out: %n event(s).</source>
            <translation>
                <numerusform>No se pudo leer, así que se dejó fuera: %n evento.</numerusform>
                <numerusform>No se pudieron leer, así que se dejaron fuera: %n eventos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  • and %n more.</source>
            <translation>
                <numerusform>  • y %n más.</numerusform>
                <numerusform>  • y %n más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new event(s)</source>
            <translation>
                <numerusform>%n evento nuevo</numerusform>
                <numerusform>%n eventos nuevos</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {new}.</source>
            <translation>Importado: {new}.</translation>
        </message>
        <message numerus="yes">
            <source>%n existing event(s)</source>
            <translation>
                <numerusform>%n evento existente</numerusform>
                <numerusform>%n eventos existentes</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {new} and updated {old}.</source>
            <translation>Importado: {new}; actualizado: {old}.</translation>
        </message>
    </context>
    <context>
        <name>JournalEditor</name>
        <message>
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <source>Craving</source>
            <translation>Ansia</translation>
        </message>
        <message>
            <source>H&amp;ungry</source>
            <translation>&amp;Hambre</translation>
        </message>
        <message>
            <source>An&amp;gry</source>
            <translation>En&amp;fado</translation>
        </message>
        <message>
            <source>&amp;Lonely</source>
            <translation>&amp;Soledad</translation>
        </message>
        <message>
            <source>T&amp;ired</source>
            <translation>&amp;Cansancio</translation>
        </message>
        <message>
            <source>Triggers, separated by commas</source>
            <translation>Desencadenantes, separados por comas</translation>
        </message>
        <message>
            <source>One thing I'm grateful for</source>
            <translation>Algo por lo que doy las gracias</translation>
        </message>
        <message>
            <source>What happened today</source>
            <translation>Qué ha pasado hoy</translation>
        </message>
        <message>
            <source>Write as much or as little as you like. It saves itself.</source>
            <translation>Escribe tanto o tan poco como quieras. Se guarda solo.</translation>
        </message>
        <message>
            <source>Da&amp;y</source>
            <translation>Dí&amp;a</translation>
        </message>
        <message>
            <source>&amp;Mood</source>
            <translation>Á&amp;nimo</translation>
        </message>
        <message>
            <source>&amp;Craving</source>
            <translation>Ans&amp;ia</translation>
        </message>
        <message>
            <source>HALT</source>
            <translation>HALT</translation>
        </message>
        <message>
            <source>&amp;Triggers</source>
            <translation>&amp;Desencadenantes</translation>
        </message>
        <message>
            <source>Gr&amp;ateful for</source>
            <translation>A&amp;gradecido por</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Not saved. {why}</source>
            <translation>No guardado. {why}</translation>
        </message>
        <message>
            <source>Not saved: {why}</source>
            <translation>No guardado: {why}</translation>
        </message>
        <message>
            <source>Not saved yet. {why} Your words stay here meanwhile.</source>
            <translation>Aún no guardado. {why} Mientras tanto, tus palabras se quedan aquí.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message>
            <source>Reflection</source>
            <translation>Reflexión</translation>
        </message>
        <message>
            <source>Pledge</source>
            <translation>Compromiso</translation>
        </message>
        <message>
            <source>Evening review</source>
            <translation>Repaso de la tarde</translation>
        </message>
        <message>
            <source>&amp;Entries</source>
            <translation>&amp;Entradas</translation>
        </message>
        <message>
            <source>U&amp;rges</source>
            <translation>I&amp;mpulsos</translation>
        </message>
        <message>
            <source>Search entries and triggers…</source>
            <translation>Buscar en entradas y desencadenantes…</translation>
        </message>
        <message>
            <source>Search the journal</source>
            <translation>Buscar en el diario</translation>
        </message>
        <message>
            <source>Journal entries</source>
            <translation>Entradas del diario</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <source>Craving</source>
            <translation>Ansia</translation>
        </message>
        <message>
            <source>Triggers</source>
            <translation>Desencadenantes</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;Nueva entrada</translation>
        </message>
        <message>
            <source>Start a new entry for today (Ctrl+N)</source>
            <translation>Empezar una entrada nueva para hoy (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Borrar…</translation>
        </message>
        <message>
            <source>Your journal is empty. Writing a line a day helps you spot patterns.</source>
            <translation>Tu diario está vacío. Escribir una línea al día te ayuda a ver patrones.</translation>
        </message>
        <message>
            <source>Urges</source>
            <translation>Impulsos</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Intensidad</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Desencadenante</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>What helped</source>
            <translation>Qué ayudó</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Pasó</translation>
        </message>
        <message>
            <source>I have an &amp;urge…</source>
            <translation>Tengo un &amp;impulso…</translation>
        </message>
        <message>
            <source>Mood {n}</source>
            <translation>Ánimo {n}</translation>
        </message>
        <message>
            <source>Craving {n}</source>
            <translation>Ansia {n}</translation>
        </message>
        <message>
            <source>Triggers: {t}</source>
            <translation>Desencadenantes: {t}</translation>
        </message>
        <message>
            <source>Strength {n}</source>
            <translation>Intensidad {n}</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Not passed yet</source>
            <translation>Aún no ha pasado</translation>
        </message>
        <message>
            <source>Trigger: {t}</source>
            <translation>Desencadenante: {t}</translation>
        </message>
        <message>
            <source>Where: {p}</source>
            <translation>Dónde: {p}</translation>
        </message>
        <message>
            <source>What helped: {h}</source>
            <translation>Qué ayudó: {h}</translation>
        </message>
        <message>
            <source>Found: {words}</source>
            <translation>Encontrado: {words}</translation>
        </message>
        <message>
            <source>mood {n}</source>
            <translation>ánimo {n}</translation>
        </message>
        <message>
            <source>craving {n}</source>
            <translation>ansia {n}</translation>
        </message>
        <message>
            <source>triggers: {t}</source>
            <translation>desencadenantes: {t}</translation>
        </message>
        <message>
            <source>{kind} ({rating})</source>
            <translation>{kind} ({rating})</translation>
        </message>
        <message>
            <source>No entries match “{q}”.</source>
            <translation>Ninguna entrada coincide con «{q}».</translation>
        </message>
        <message numerus="yes">
            <source>%n entries.</source>
            <translation>
                <numerusform>%n entrada.</numerusform>
                <numerusform>%n entradas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n urge(s) logged this week. Each one you noticed is one you met.</source>
            <translation>
                <numerusform>%n impulso anotado esta semana. Cada uno que notaste es uno que afrontaste.</numerusform>
                <numerusform>%n impulsos anotados esta semana. Cada uno que notaste es uno que afrontaste.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message>
            <source>1 urge logged this week. You noticed it; that matters.</source>
            <translation>1 impulso anotado esta semana. Lo notaste, y eso importa.</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Borrar entrada</translation>
        </message>
        <message>
            <source>Delete this journal entry? This can't be undone.</source>
            <translation>¿Borrar esta entrada del diario? No se puede deshacer.</translation>
        </message>
        <message>
            <source>Your words were not saved</source>
            <translation>Tus palabras no se han guardado</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>RecoveryBox is locked</source>
            <translation>RecoveryBox está bloqueado</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>I need help &amp;now</source>
            <translation>Necesito ayuda &amp;ya</translation>
        </message>
        <message>
            <source>Type the recovery key you were given when you turned protection on.</source>
            <translation>Escribe la clave de recuperación que recibiste al activar la protección.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>Use my &amp;passphrase instead</source>
            <translation>Usar mi &amp;frase de contraseña</translation>
        </message>
        <message>
            <source>Type your passphrase to open your data.</source>
            <translation>Escribe tu frase de contraseña para abrir tus datos.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Forgot it? Use the recovery key</source>
            <translation>¿La has &amp;olvidado? Usa la clave de recuperación</translation>
        </message>
        <message>
            <source>Your data is encrypted on this computer. Reminders still arrive while it is locked.</source>
            <translation>Tus datos están cifrados en este ordenador. Los recordatorios siguen llegando mientras está bloqueado.</translation>
        </message>
        <message>
            <source>Your data is encrypted on this computer. Reminders begin once it is unlocked.</source>
            <translation>Tus datos están cifrados en este ordenador. Los recordatorios empiezan en cuanto se desbloquea.</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Desbloqueando…</translation>
        </message>
        <message>
            <source>Type your passphrase first.</source>
            <translation>Escribe primero tu frase de contraseña.</translation>
        </message>
        <message>
            <source>Type the key.</source>
            <translation>Escribe la clave.</translation>
        </message>
    </context>
    <context>
        <name>LookPage</name>
        <message>
            <source>e.g. £, €, $</source>
            <translation>p. ej. €, $, £</translation>
        </message>
        <message>
            <source>A new language is used from the next time RecoveryBox starts.</source>
            <translation>El nuevo idioma se usará la próxima vez que se inicie RecoveryBox.</translation>
        </message>
        <message>
            <source>For money not spent on the sober-since clocks; empty uses your system's</source>
            <translation>Para el dinero no gastado en los contadores de sobriedad; si está vacío se usa el de tu sistema</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About RecoveryBox</source>
            <translation>Acerca de RecoveryBox</translation>
        </message>
        <message>
            <source>&lt;h3&gt;RecoveryBox {version}&lt;/h3&gt;&lt;p&gt;A planner for your recovery: meetings, goals, journal and reminders.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. No account, no tracking, and no network connection except fetching a meeting list from a web address you type, when you ask.&lt;/p&gt;&lt;p&gt;Your data folder: {folder}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;RecoveryBox {version}&lt;/h3&gt;&lt;p&gt;Un planificador para tu recuperación: reuniones, objetivos, diario y recordatorios.&lt;/p&gt;&lt;p&gt;Todo se queda en este ordenador. Sin cuenta, sin seguimiento y sin conexiones de red, salvo para descargar una lista de reuniones desde una dirección web que escribas, cuando lo pidas.&lt;/p&gt;&lt;p&gt;Tu carpeta de datos: {folder}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>RecoveryBox</source>
            <translation>RecoveryBox</translation>
        </message>
        <message>
            <source>Everything stays on this computer.</source>
            <translation>Todo se queda en este ordenador.</translation>
        </message>
        <message>
            <source>Calendar sync is not set up (Settings › Sync).</source>
            <translation>La sincronización del calendario no está configurada (Ajustes › Sincronización).</translation>
        </message>
        <message>
            <source>{view} — RecoveryBox</source>
            <translation>{view} — RecoveryBox</translation>
        </message>
        <message>
            <source>Urge noted. Well done for noticing it.</source>
            <translation>Impulso anotado. Bien hecho por darte cuenta.</translation>
        </message>
    </context>
    <context>
        <name>MeetingDetails</name>
        <message>
            <source>The list says this meeting's location is temporarily closed.</source>
            <translation>La lista dice que el lugar de esta reunión está cerrado temporalmente.</translation>
        </message>
        <message>
            <source>Choose a meeting to see it in full.</source>
            <translation>Elige una reunión para verla completa.</translation>
        </message>
        <message>
            <source>{when} your time</source>
            <translation>{when} en tu hora</translation>
        </message>
        <message>
            <source>({when} in {zone}, the meeting's own time)</source>
            <translation>({when} en {zone}, la hora de la propia reunión)</translation>
        </message>
        <message>
            <source>Meets on {days}</source>
            <translation>Se reúne: {days}</translation>
        </message>
        <message>
            <source>Region: {region}</source>
            <translation>Región: {region}</translation>
        </message>
        <message>
            <source>Online: {notes}</source>
            <translation>En línea: {notes}</translation>
        </message>
        <message>
            <source>By phone: {phone}</source>
            <translation>Por teléfono: {phone}</translation>
        </message>
        <message>
            <source>updated {when}</source>
            <translation>actualizada {when}</translation>
        </message>
        <message>
            <source>Join online</source>
            <translation>Unirse en línea</translation>
        </message>
        <message>
            <source>The meeting's page</source>
            <translation>La página de la reunión</translation>
        </message>
    </context>
    <context>
        <name>MeetingTableModel</name>
        <message>
            <source>When (your time)</source>
            <translation>Cuándo (tu hora)</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>{place} + online</source>
            <translation>{place} + en línea</translation>
        </message>
        <message>
            <source>Online and by phone</source>
            <translation>En línea y por teléfono</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <source>temporarily closed</source>
            <translation>cerrada temporalmente</translation>
        </message>
        <message>
            <source>in your week</source>
            <translation>en tu semana</translation>
        </message>
    </context>
    <context>
        <name>MeetingTypes</name>
        <message>
            <source>11th Step Meditation</source>
            <translation>Meditación del Paso 11</translation>
        </message>
        <message>
            <source>12 Steps &amp; 12 Traditions</source>
            <translation>Doce Pasos y Doce Tradiciones</translation>
        </message>
        <message>
            <source>Secular</source>
            <translation>Laica</translation>
        </message>
        <message>
            <source>As Bill Sees It</source>
            <translation>Como lo ve Bill</translation>
        </message>
        <message>
            <source>Afrikaans</source>
            <translation>Afrikáans</translation>
        </message>
        <message>
            <source>Concurrent with Alateen</source>
            <translation>A la vez que Alateen</translation>
        </message>
        <message>
            <source>Concurrent with Al-Anon</source>
            <translation>A la vez que Al-Anon</translation>
        </message>
        <message>
            <source>Amharic</source>
            <translation>Amárico</translation>
        </message>
        <message>
            <source>American Sign Language</source>
            <translation>Lengua de signos americana</translation>
        </message>
        <message>
            <source>Big Book</source>
            <translation>Libro Grande</translation>
        </message>
        <message>
            <source>Babysitting Available</source>
            <translation>Con cuidado de niños</translation>
        </message>
        <message>
            <source>Newcomer</source>
            <translation>Para recién llegados</translation>
        </message>
        <message>
            <source>Bisexual</source>
            <translation>Bisexual</translation>
        </message>
        <message>
            <source>Breakfast</source>
            <translation>Desayuno</translation>
        </message>
        <message>
            <source>Closed meeting (members only)</source>
            <translation>Reunión cerrada (solo miembros)</translation>
        </message>
        <message>
            <source>Candlelight</source>
            <translation>A la luz de las velas</translation>
        </message>
        <message>
            <source>Child-Friendly</source>
            <translation>Se admiten niños</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Debate</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Danés</translation>
        </message>
        <message>
            <source>Digital Basket</source>
            <translation>Cesta digital</translation>
        </message>
        <message>
            <source>Dual Diagnosis</source>
            <translation>Patología dual</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Alemán</translation>
        </message>
        <message>
            <source>Daily Reflections</source>
            <translation>Reflexiones diarias</translation>
        </message>
        <message>
            <source>Greek</source>
            <translation>Griego</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Persa</translation>
        </message>
        <message>
            <source>Fragrance Free</source>
            <translation>Sin perfumes</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francés</translation>
        </message>
        <message>
            <source>Gay</source>
            <translation>Gay</translation>
        </message>
        <message>
            <source>Grapevine</source>
            <translation>Grapevine</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Aniversario</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>Hebreo</translation>
        </message>
        <message>
            <source>Hindi</source>
            <translation>Hindi</translation>
        </message>
        <message>
            <source>Croatian</source>
            <translation>Croata</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <translation>Húngaro</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italiano</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Japonés</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Coreano</translation>
        </message>
        <message>
            <source>Lesbian</source>
            <translation>Lesbiana</translation>
        </message>
        <message>
            <source>LGBTQ</source>
            <translation>LGBTQ</translation>
        </message>
        <message>
            <source>Literature</source>
            <translation>Literatura</translation>
        </message>
        <message>
            <source>Living Sober</source>
            <translation>Viviendo sobrio</translation>
        </message>
        <message>
            <source>Lithuanian</source>
            <translation>Lituano</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Hombres</translation>
        </message>
        <message>
            <source>Meditation</source>
            <translation>Meditación</translation>
        </message>
        <message>
            <source>Malayalam</source>
            <translation>Malayalam</translation>
        </message>
        <message>
            <source>Native American</source>
            <translation>Nativos americanos</translation>
        </message>
        <message>
            <source>Indigenous</source>
            <translation>Indígena</translation>
        </message>
        <message>
            <source>Norwegian</source>
            <translation>Noruego</translation>
        </message>
        <message>
            <source>Open meeting (anyone welcome)</source>
            <translation>Reunión abierta (cualquiera es bienvenido)</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <source>Outdoor</source>
            <translation>Al aire libre</translation>
        </message>
        <message>
            <source>Professionals</source>
            <translation>Profesionales</translation>
        </message>
        <message>
            <source>Proof of Attendance</source>
            <translation>Justificante de asistencia</translation>
        </message>
        <message>
            <source>People of Color</source>
            <translation>Personas racializadas</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polaco</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugués</translation>
        </message>
        <message>
            <source>Punjabi</source>
            <translation>Panyabí</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Ruso</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>Seniors</source>
            <translation>Personas mayores</translation>
        </message>
        <message>
            <source>Slovak</source>
            <translation>Eslovaco</translation>
        </message>
        <message>
            <source>Smoking Permitted</source>
            <translation>Se permite fumar</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Oradores</translation>
        </message>
        <message>
            <source>Step Study</source>
            <translation>Estudio de los Pasos</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Sueco</translation>
        </message>
        <message>
            <source>Transgender</source>
            <translation>Trans</translation>
        </message>
        <message>
            <source>Temporarily closed</source>
            <translation>Cerrada temporalmente</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>Tailandés</translation>
        </message>
        <message>
            <source>Tagalog</source>
            <translation>Tagalo</translation>
        </message>
        <message>
            <source>Tradition Study</source>
            <translation>Estudio de las Tradiciones</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ucraniano</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Mujeres</translation>
        </message>
        <message>
            <source>Wheelchair Access</source>
            <translation>Acceso en silla de ruedas</translation>
        </message>
        <message>
            <source>Wheelchair-Accessible Bathroom</source>
            <translation>Baño accesible en silla de ruedas</translation>
        </message>
        <message>
            <source>Cross Talk Permitted</source>
            <translation>Se permite responder a otros</translation>
        </message>
        <message>
            <source>Young People</source>
            <translation>Jóvenes</translation>
        </message>
    </context>
    <context>
        <name>MeetingsView</name>
        <message>
            <source>Morning (before 12:00)</source>
            <translation>Mañana (antes de las 12:00)</translation>
        </message>
        <message>
            <source>Afternoon (12:00–17:00)</source>
            <translation>Tarde (12:00–17:00)</translation>
        </message>
        <message>
            <source>Evening (17:00–21:00)</source>
            <translation>Tarde-noche (17:00–21:00)</translation>
        </message>
        <message>
            <source>Night (from 21:00)</source>
            <translation>Noche (desde las 21:00)</translation>
        </message>
        <message>
            <source>Load a meeting list</source>
            <translation>Cargar una lista de reuniones</translation>
        </message>
        <message>
            <source>Meeting lists (*.json *.csv);;All files (*)</source>
            <translation>Listas de reuniones (*.json *.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Fetching {source}…</source>
            <translation>Descargando {source}…</translation>
        </message>
        <message>
            <source>Reading the meeting list…</source>
            <translation>Leyendo la lista de reuniones…</translation>
        </message>
        <message>
            <source>The meeting list was not loaded</source>
            <translation>La lista de reuniones no se ha cargado</translation>
        </message>
        <message>
            <source>Meeting list loaded</source>
            <translation>Lista de reuniones cargada</translation>
        </message>
        <message>
            <source>Meetings in your week changed</source>
            <translation>Han cambiado reuniones de tu semana</translation>
        </message>
        <message numerus="yes">
            <source>The list gives %n meeting(s) you added a new time, place or link:

{lines}

Update them in your week, from their next date on? Dates gone by stay as they were.</source>
            <translation>
                <numerusform>La lista da a %n reunión que añadiste una hora, un lugar o un enlace nuevos:

{lines}

¿Actualizarla en tu semana, desde su próxima fecha? Las fechas pasadas se quedan como estaban.</numerusform>
                <numerusform>La lista da a %n reuniones que añadiste una hora, un lugar o un enlace nuevos:

{lines}

¿Actualizarlas en tu semana, desde su próxima fecha? Las fechas pasadas se quedan como estaban.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Updated %n meeting(s) in your week.</source>
            <translation>
                <numerusform>%n reunión actualizada en tu semana.</numerusform>
                <numerusform>%n reuniones actualizadas en tu semana.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) by appointment (no day or time).</source>
            <translation>
                <numerusform>%n reunión con cita previa (sin día ni hora).</numerusform>
                <numerusform>%n reuniones con cita previa (sin día ni hora).</numerusform>
            </translation>
        </message>
        <message>
            <source>Left out of “{name}”</source>
            <translation>Fuera de «{name}»</translation>
        </message>
        <message>
            <source>… and {n} more (Show Details).</source>
            <translation>… y {n} más (Mostrar detalles).</translation>
        </message>
        <message>
            <source>Remove the meeting list?</source>
            <translation>¿Quitar la lista de reuniones?</translation>
        </message>
        <message>
            <source>Remove “{name}” from RecoveryBox? Meetings you added from it stay in your week; they are just no longer checked against the list.</source>
            <translation>¿Quitar «{name}» de RecoveryBox? Las reuniones que añadiste desde ella se quedan en tu semana; simplemente ya no se comparan con la lista.</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) read.</source>
            <translation>
                <numerusform>%n reunión leída.</numerusform>
                <numerusform>%n reuniones leídas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n by appointment (no day or time) not listed.</source>
            <translation>
                <numerusform>%n con cita previa (sin día ni hora) no aparece.</numerusform>
                <numerusform>%n con cita previa (sin día ni hora) no aparecen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gave no time zone; your own zone was used for them.</source>
            <translation>
                <numerusform>%n no indicaba zona horaria; se usó la tuya.</numerusform>
                <numerusform>%n no indicaban zona horaria; se usó la tuya.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s):</source>
            <translation>
                <numerusform>%n problema:</numerusform>
                <numerusform>%n problemas:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… y %n más.</numerusform>
                <numerusform>… y %n más.</numerusform>
            </translation>
        </message>
        <message>
            <source>time</source>
            <translation>hora</translation>
        </message>
        <message>
            <source>place</source>
            <translation>lugar</translation>
        </message>
        <message>
            <source>online link</source>
            <translation>enlace en línea</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>teléfono</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) in your week changed in the list:</source>
            <translation>
                <numerusform>%n reunión de tu semana ha cambiado en la lista:</numerusform>
                <numerusform>%n reuniones de tu semana han cambiado en la lista:</numerusform>
            </translation>
        </message>
        <message>
            <source>Now temporarily closed (marked in your week): {names}</source>
            <translation>Ahora cerradas temporalmente (marcadas en tu semana): {names}</translation>
        </message>
        <message>
            <source>No longer in the list (marked in your week, not removed): {names}</source>
            <translation>Ya no están en la lista (marcadas en tu semana, no quitadas): {names}</translation>
        </message>
        <message>
            <source>Listed as meeting again: {names}</source>
            <translation>De nuevo en la lista como activas: {names}</translation>
        </message>
        <message>
            <source>In person or online</source>
            <translation>Presencial o en línea</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <source>Find meetings</source>
            <translation>Buscar reuniones</translation>
        </message>
        <message>
            <source>Meeting list</source>
            <translation>Lista de reuniones</translation>
        </message>
        <message>
            <source>Load a fi&amp;le…</source>
            <translation>Cargar un arc&amp;hivo…</translation>
        </message>
        <message>
            <source>From a &amp;web address…</source>
            <translation>Desde una dirección &amp;web…</translation>
        </message>
        <message>
            <source>Check for updates</source>
            <translation>Buscar actualizaciones</translation>
        </message>
        <message>
            <source>Read the list again from where it came from (F5)</source>
            <translation>Volver a leer la lista desde su origen (F5)</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>What was left out of the list, its fellowship, removing it</source>
            <translation>Qué quedó fuera de la lista, su comunidad, quitarla</translation>
        </message>
        <message>
            <source>What was left out of this list…</source>
            <translation>Qué quedó fuera de esta lista…</translation>
        </message>
        <message>
            <source>Fellowship of its meetings</source>
            <translation>Comunidad de sus reuniones</translation>
        </message>
        <message>
            <source>Remove this list…</source>
            <translation>Quitar esta lista…</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Any day</source>
            <translation>Cualquier día</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Momento del día</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Cualquier hora</translation>
        </message>
        <message>
            <source>Meeting types</source>
            <translation>Tipos de reunión</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Search meetings</source>
            <translation>Buscar reuniones</translation>
        </message>
        <message>
            <source>Name, place, notes… (Ctrl+F)</source>
            <translation>Nombre, lugar, notas… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <source>&amp;Add to my week</source>
            <translation>&amp;Añadir a mi semana</translation>
        </message>
        <message>
            <source>A weekly meeting in your week, with a reminder (Enter or Alt+A)</source>
            <translation>Una reunión semanal en tu semana, con recordatorio (Intro o Alt+A)</translation>
        </message>
        <message>
            <source>Show my week</source>
            <translation>Ver mi semana</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Load your area's meeting list to find meetings near you or online.

Many AA areas and intergroups publish their list in the Meeting Guide format (a .json feed) or as a table (.csv). Save it and choose “Load a file…”, or paste its address with “From a web address…”.

The list stays on this computer. A web address is fetched only when you click, and only from the address you give.</source>
            <translation>Carga la lista de reuniones de tu zona para encontrar reuniones cerca de ti o en línea.

Muchas áreas e intergrupos de AA publican su lista en el formato Meeting Guide (un feed .json) o como tabla (.csv). Guárdala y elige «Cargar un archivo…», o pega su dirección con «Desde una dirección web…».

La lista se queda en este ordenador. Una dirección web solo se descarga cuando haces clic, y solo desde la dirección que das.</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s), loaded {when} from the web: {source}</source>
            <translation>
                <numerusform>%n reunión, cargada el {when} desde la web: {source}</numerusform>
                <numerusform>%n reuniones, cargadas el {when} desde la web: {source}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s), loaded {when} from a file: {source}</source>
            <translation>
                <numerusform>%n reunión, cargada el {when} desde un archivo: {source}</numerusform>
                <numerusform>%n reuniones, cargadas el {when} desde un archivo: {source}</numerusform>
            </translation>
        </message>
        <message>
            <source>{left} left out (List › What was left out).</source>
            <translation>{left} fuera (Lista › Qué quedó fuera).</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Cualquier tipo</translation>
        </message>
        <message>
            <source>Any region</source>
            <translation>Cualquier región</translation>
        </message>
        <message>
            <source>Types: {types}</source>
            <translation>Tipos: {types}</translation>
        </message>
        <message>
            <source>any</source>
            <translation>cualquiera</translation>
        </message>
        <message numerus="yes">
            <source>Showing {shown} of %n meeting time(s), in your time zone ({zone}).</source>
            <translation>
                <numerusform>Se muestran {shown} de %n horario de reunión, en tu zona horaria ({zone}).</numerusform>
                <numerusform>Se muestran {shown} de %n horarios de reunión, en tu zona horaria ({zone}).</numerusform>
            </translation>
        </message>
        <message>
            <source>In your week ✓</source>
            <translation>En tu semana ✓</translation>
        </message>
        <message>
            <source>Not added</source>
            <translation>No añadida</translation>
        </message>
        <message>
            <source>Added “{name}” to your week: every {days} at {time} ({zone}), with a reminder.</source>
            <translation>«{name}» añadida a tu semana: cada {days} a las {time} ({zone}), con recordatorio.</translation>
        </message>
        <message>
            <source>Taken out of your week again.</source>
            <translation>Quitada de nuevo de tu semana.</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Import calendar (.ics)…</source>
            <translation>&amp;Importar calendario (.ics)…</translation>
        </message>
        <message>
            <source>E&amp;xport calendar (.ics)…</source>
            <translation>E&amp;xportar calendario (.ics)…</translation>
        </message>
        <message>
            <source>Export week as &amp;PDF…</source>
            <translation>Exportar la semana como &amp;PDF…</translation>
        </message>
        <message>
            <source>Export &amp;all my data…</source>
            <translation>Exportar &amp;todos mis datos…</translation>
        </message>
        <message>
            <source>&amp;Load an export into empty data…</source>
            <translation>&amp;Cargar una exportación en datos vacíos…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Hacer copia de &amp;seguridad ahora</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restaurar una copia de seguridad…</translation>
        </message>
        <message>
            <source>S&amp;ync calendar now</source>
            <translation>Si&amp;ncronizar el calendario ahora</translation>
        </message>
        <message>
            <source>Send and fetch calendar changes with your server (Ctrl+Shift+S)</source>
            <translation>Enviar y recibir los cambios del calendario con tu servidor (Ctrl+Mayús+S)</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <source>Hide your data until the passphrase is typed (Ctrl+L)</source>
            <translation>Ocultar tus datos hasta que se escriba la frase de contraseña (Ctrl+L)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>I need help &amp;now</source>
            <translation>Necesito ayuda &amp;ya</translation>
        </message>
        <message>
            <source>Breathing, reasons, coping tools and people to call (Ctrl+Shift+P)</source>
            <translation>Respiración, razones, herramientas y personas a quienes llamar (Ctrl+Mayús+P)</translation>
        </message>
        <message>
            <source>Help now</source>
            <translation>Ayuda ya</translation>
        </message>
        <message>
            <source>I have an &amp;urge…</source>
            <translation>Tengo un &amp;impulso…</translation>
        </message>
        <message>
            <source>T&amp;ools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Ajustes…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;Set up RecoveryBox…</source>
            <translation>&amp;Configurar RecoveryBox…</translation>
        </message>
        <message>
            <source>&amp;About RecoveryBox</source>
            <translation>A&amp;cerca de RecoveryBox</translation>
        </message>
        <message>
            <source>Calendar events sync with your server; everything else stays on this computer.</source>
            <translation>Los eventos del calendario se sincronizan con tu servidor; todo lo demás se queda en este ordenador.</translation>
        </message>
        <message>
            <source>Everything stays on this computer.</source>
            <translation>Todo se queda en este ordenador.</translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message>
            <source>+{n} more</source>
            <translation>+{n} más</translation>
        </message>
        <message>
            <source>Month overview</source>
            <translation>Vista del mes</translation>
        </message>
        <message>
            <source>Click a day (or press Enter) to open its week; “+N more” opens the day</source>
            <translation>Haz clic en un día (o pulsa Intro) para abrir su semana; «+N más» abre el día</translation>
        </message>
        <message>
            <source>all day</source>
            <translation>todo el día</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nada previsto</translation>
        </message>
        <message>
            <source>nothing planned</source>
            <translation>nada previsto</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>RecoveryBox</source>
            <translation>RecoveryBox</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>Cancelado: no ha cambiado nada.</translation>
        </message>
    </context>
    <context>
        <name>PanicWindow</name>
        <message>
            <source>Right now — RecoveryBox</source>
            <translation>Ahora mismo — RecoveryBox</translation>
        </message>
        <message>
            <source>You reached out. That's a strong thing to do.</source>
            <translation>Has pedido ayuda. Eso es algo muy valiente.</translation>
        </message>
        <message>
            <source>Take this one minute at a time. Nothing here needs to be done perfectly.</source>
            <translation>Ve minuto a minuto. Nada de esto tiene que salir perfecto.</translation>
        </message>
        <message>
            <source>&amp;Breathe</source>
            <translation>&amp;Respirar</translation>
        </message>
        <message>
            <source>Ride the &amp;wave</source>
            <translation>Surfear la &amp;ola</translation>
        </message>
        <message>
            <source>HALT &amp;check</source>
            <translation>Comprobar &amp;HALT</translation>
        </message>
        <message>
            <source>My &amp;reasons</source>
            <translation>Mis &amp;razones</translation>
        </message>
        <message>
            <source>&amp;Ideas that help</source>
            <translation>&amp;Ideas que ayudan</translation>
        </message>
        <message>
            <source>Log this &amp;urge…</source>
            <translation>Anotar este &amp;impulso…</translation>
        </message>
        <message>
            <source>Show my &amp;plan</source>
            <translation>Ver mi &amp;plan</translation>
        </message>
        <message>
            <source>I'm &amp;OK for now</source>
            <translation>Estoy &amp;bien por ahora</translation>
        </message>
        <message>
            <source>Breathe with the square</source>
            <translation>Respira con el cuadrado</translation>
        </message>
        <message>
            <source>&amp;Start breathing</source>
            <translation>&amp;Empezar a respirar</translation>
        </message>
        <message>
            <source>Ride the wave (15 minutes)</source>
            <translation>Surfea la ola (15 minutos)</translation>
        </message>
        <message>
            <source>Urges rise, peak and fall, like a wave. Start the timer and ride this one.</source>
            <translation>Los impulsos suben, llegan a su punto más alto y bajan, como una ola. Pon el temporizador y surfea esta.</translation>
        </message>
        <message>
            <source>%v s of 15 minutes</source>
            <translation>%v s de 15 minutos</translation>
        </message>
        <message>
            <source>Urge surfing time</source>
            <translation>Tiempo surfeando el impulso</translation>
        </message>
        <message>
            <source>Start &amp;riding the wave</source>
            <translation>Empezar a &amp;surfear la ola</translation>
        </message>
        <message>
            <source>Am I hungry, angry, lonely or tired?</source>
            <translation>¿Tengo hambre, enfado, soledad o cansancio?</translation>
        </message>
        <message>
            <source>Hungry</source>
            <translation>Hambre</translation>
        </message>
        <message>
            <source>Angry</source>
            <translation>Enfado</translation>
        </message>
        <message>
            <source>Lonely</source>
            <translation>Soledad</translation>
        </message>
        <message>
            <source>Tired</source>
            <translation>Cansancio</translation>
        </message>
        <message>
            <source>Why I'm doing this</source>
            <translation>Por qué hago esto</translation>
        </message>
        <message>
            <source>My reasons</source>
            <translation>Mis razones</translation>
        </message>
        <message>
            <source>More &amp;reasons ›</source>
            <translation>Más &amp;razones ›</translation>
        </message>
        <message>
            <source>One idea at a time</source>
            <translation>Una idea cada vez</translation>
        </message>
        <message>
            <source>A&amp;nother idea ›</source>
            <translation>&amp;Otra idea ›</translation>
        </message>
        <message>
            <source>People I can call</source>
            <translation>Personas a quienes puedo llamar</translation>
        </message>
        <message>
            <source>&amp;Copy number</source>
            <translation>&amp;Copiar número</translation>
        </message>
        <message>
            <source>One of mine</source>
            <translation>Una de las mías</translation>
        </message>
        <message>
            <source>Call {name}  ({phone})</source>
            <translation>Llamar a {name}  ({phone})</translation>
        </message>
        <message>
            <source>Call {name}</source>
            <translation>Llamar a {name}</translation>
        </message>
        <message>
            <source>Pin a contact with a phone number in Support to see it here.</source>
            <translation>Fija en Apoyo un contacto con número de teléfono para verlo aquí.</translation>
        </message>
        <message>
            <source>Your own reasons show here once RecoveryBox is unlocked.</source>
            <translation>Tus propias razones aparecen aquí cuando RecoveryBox está desbloqueado.</translation>
        </message>
        <message>
            <source>Your contacts show here once RecoveryBox is unlocked.</source>
            <translation>Tus contactos aparecen aquí cuando RecoveryBox está desbloqueado.</translation>
        </message>
        <message>
            <source>the crisis line</source>
            <translation>la línea de crisis</translation>
        </message>
        <message>
            <source>Crisis line: {line}</source>
            <translation>Línea de crisis: {line}</translation>
        </message>
        <message>
            <source>No crisis line set yet. Add your local one in Tools › Settings › Safety and data.</source>
            <translation>Aún no hay línea de crisis. Añade la de tu zona en Herramientas › Ajustes › Seguridad y datos.</translation>
        </message>
        <message>
            <source>Call {line}</source>
            <translation>Llamar a {line}</translation>
        </message>
        <message>
            <source>Call the crisis line, {line}</source>
            <translation>Llamar a la línea de crisis, {line}</translation>
        </message>
        <message>
            <source>In an emergency, call {number}.</source>
            <translation>En una emergencia, llama al {number}.</translation>
        </message>
        <message>
            <source>Add your reasons in Support › My plan. They help on hard days.</source>
            <translation>Añade tus razones en Apoyo › Mi plan. Ayudan en los días difíciles.</translation>
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation>{n} de {total}</translation>
        </message>
        <message>
            <source>No phone app is set up here. Call {name} on:</source>
            <translation>No hay ninguna aplicación de teléfono configurada aquí. Llama a {name} al:</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Parar</translation>
        </message>
        <message>
            <source>&amp;Stop the timer</source>
            <translation>&amp;Parar el temporizador</translation>
        </message>
        <message>
            <source>Ride &amp;another wave</source>
            <translation>Surfear &amp;otra ola</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>If you forget your passphrase and lose your recovery key, nobody can open your data: not you, not us, not a repair shop. There is no back door.</source>
            <translation>Si olvidas tu frase de contraseña y pierdes tu clave de recuperación, nadie podrá abrir tus datos: ni tú, ni nosotros, ni un servicio técnico. No hay puerta trasera.</translation>
        </message>
        <message>
            <source>Protect my data with a passphrase</source>
            <translation>Proteger mis datos con una frase de contraseña</translation>
        </message>
        <message>
            <source>Change my passphrase</source>
            <translation>Cambiar mi frase de contraseña</translation>
        </message>
        <message>
            <source>Turn protection off</source>
            <translation>Desactivar la protección</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Elegir una nueva frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Passphrase now</source>
            <translation>&amp;Frase de contraseña actual</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Frase de contraseña</translation>
        </message>
        <message>
            <source>At least 8 characters; a short sentence is good</source>
            <translation>Al menos 8 caracteres; una frase corta va bien</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>&amp;Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Type it &amp;again</source>
            <translation>Escríbela &amp;otra vez</translation>
        </message>
        <message>
            <source>I understand that without my passphrase or recovery key my data is lost</source>
            <translation>Entiendo que sin mi frase de contraseña ni mi clave de recuperación mis datos se pierden</translation>
        </message>
        <message>
            <source>&amp;Protect my data</source>
            <translation>&amp;Proteger mis datos</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>&amp;Cambiar</translation>
        </message>
        <message>
            <source>&amp;Turn off</source>
            <translation>&amp;Desactivar</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Your journal, goals, calendar, contacts and every backup will be encrypted on this computer. RecoveryBox will ask for this passphrase when it starts, and lock itself when you leave it.

You will also get a recovery key, shown once, to write down or print.</source>
            <translation>Tu diario, objetivos, calendario, contactos y todas las copias de seguridad se cifrarán en este ordenador. RecoveryBox pedirá esta frase de contraseña al arrancar y se bloqueará cuando lo dejes.

También recibirás una clave de recuperación, que se muestra una sola vez, para apuntarla o imprimirla.</translation>
        </message>
        <message>
            <source>Your data and its backups will be plain files again: anyone who can open this folder can read them. Type your passphrase to go on.</source>
            <translation>Tus datos y sus copias de seguridad volverán a ser archivos normales: cualquiera que pueda abrir esta carpeta podrá leerlos. Escribe tu frase de contraseña para continuar.</translation>
        </message>
        <message>
            <source>You opened your data with the recovery key. Choose a new passphrase now; the recovery key keeps working too.</source>
            <translation>Has abierto tus datos con la clave de recuperación. Elige ahora una nueva frase de contraseña; la clave de recuperación también sigue funcionando.</translation>
        </message>
        <message>
            <source>Your data is not rewritten; only the key that opens it changes.</source>
            <translation>Tus datos no se reescriben; solo cambia la clave que los abre.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <source>Tick this to show you have read the warning above.</source>
            <translation>Marca esta casilla para indicar que has leído el aviso de arriba.</translation>
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation>Escribe tu frase de contraseña.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>RecoveryBox recovery key</source>
            <translation>Clave de recuperación de RecoveryBox</translation>
        </message>
        <message>
            <source>Made on {date}.</source>
            <translation>Creada el {date}.</translation>
        </message>
        <message>
            <source>If you forget your RecoveryBox passphrase, choose “Forgot it? Use the recovery key” on the lock screen and type this key. Anyone with this key and your computer can read your data: keep this page somewhere safe, away from the computer, and delete the PDF file once it is printed.</source>
            <translation>Si olvidas tu frase de contraseña de RecoveryBox, elige «¿La has olvidado? Usa la clave de recuperación» en la pantalla de bloqueo y escribe esta clave. Cualquiera que tenga esta clave y tu ordenador puede leer tus datos: guarda esta hoja en un lugar seguro, lejos del ordenador, y borra el archivo PDF en cuanto la imprimas.</translation>
        </message>
        <message>
            <source>My relapse-prevention plan</source>
            <translation>Mi plan de prevención de recaídas</translation>
        </message>
        <message>
            <source>(not filled in yet)</source>
            <translation>(aún sin rellenar)</translation>
        </message>
        <message>
            <source>Crisis line</source>
            <translation>Línea de crisis</translation>
        </message>
        <message>
            <source>RecoveryBox plan, week of {day}</source>
            <translation>Plan de RecoveryBox, semana del {day}</translation>
        </message>
        <message>
            <source>My week: {first} – {last}</source>
            <translation>Mi semana: {first} – {last}</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Todo el día</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <source>My goals</source>
            <translation>Mis objetivos</translation>
        </message>
        <message>
            <source>People I can call</source>
            <translation>Personas a quienes puedo llamar</translation>
        </message>
        <message>
            <source>a week</source>
            <translation>a la semana</translation>
        </message>
        <message>
            <source>No goals yet.</source>
            <translation>Aún no hay objetivos.</translation>
        </message>
        <message>
            <source>Crisis line: {line}</source>
            <translation>Línea de crisis: {line}</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>Show what reminders are about while locked</source>
            <translation>Mostrar de qué tratan los recordatorios mientras está bloqueado</translation>
        </message>
        <message>
            <source>Ctrl+L locks at once. While locked, reminders say only “RecoveryBox reminder” (unless ticked above) and “I need help now” still works, without your private data.</source>
            <translation>Ctrl+L bloquea al instante. Mientras está bloqueado, los recordatorios solo dicen «Recordatorio de RecoveryBox» (salvo que marques la casilla de arriba) y «Necesito ayuda ya» sigue funcionando, sin tus datos privados.</translation>
        </message>
        <message>
            <source>Your data and its backups are encrypted with your passphrase. RecoveryBox asks for it when it starts and locks itself when you leave it.</source>
            <translation>Tus datos y sus copias de seguridad están cifrados con tu frase de contraseña. RecoveryBox la pide al arrancar y se bloquea cuando lo dejas.</translation>
        </message>
        <message>
            <source>Your data is a plain file that anyone who can use this computer account (or a stolen disk) can read. A passphrase encrypts it, its backups included.</source>
            <translation>Tus datos son un archivo normal que cualquiera que use esta cuenta del ordenador (o un disco robado) puede leer. Una frase de contraseña lo cifra, copias de seguridad incluidas.</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation>Cambiar la frase de contrase&amp;ña…</translation>
        </message>
        <message>
            <source>New recovery &amp;key…</source>
            <translation>Nueva &amp;clave de recuperación…</translation>
        </message>
        <message>
            <source>&amp;Turn protection off…</source>
            <translation>&amp;Desactivar la protección…</translation>
        </message>
        <message>
            <source>Protect my &amp;data with a passphrase…</source>
            <translation>Proteger mis &amp;datos con una frase de contraseña…</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Last 4 weeks</source>
            <translation>Últimas 4 semanas</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Últimos 3 meses</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Último año</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Tu progreso</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Mostrar</translation>
        </message>
        <message>
            <source>&amp;Goal</source>
            <translation>&amp;Objetivo</translation>
        </message>
        <message>
            <source>Weekly completion</source>
            <translation>Cumplimiento semanal</translation>
        </message>
        <message>
            <source>Add a goal to see how your weeks go.</source>
            <translation>Añade un objetivo para ver cómo van tus semanas.</translation>
        </message>
        <message>
            <source>Streak history</source>
            <translation>Historial de rachas</translation>
        </message>
        <message>
            <source>Check in on a goal to start a streak.</source>
            <translation>Marca un objetivo para empezar una racha.</translation>
        </message>
        <message>
            <source>Sober days over time</source>
            <translation>Días de sobriedad a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Add a sober-since clock to see it grow.</source>
            <translation>Añade un contador de sobriedad para verlo crecer.</translation>
        </message>
        <message>
            <source>Meetings and therapy attended</source>
            <translation>Reuniones y terapia a las que asististe</translation>
        </message>
        <message>
            <source>Mark meetings and sessions attended in the Week view to see them here.</source>
            <translation>Marca en la vista Semana las reuniones y sesiones a las que asististe para verlas aquí.</translation>
        </message>
        <message>
            <source>Mood and cravings</source>
            <translation>Ánimo y ansia</translation>
        </message>
        <message>
            <source>Write in your journal to see mood and cravings.</source>
            <translation>Escribe en tu diario para ver tu ánimo y tu ansia.</translation>
        </message>
        <message>
            <source>Q{number} {year}</source>
            <translation>T{number} {year}</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>Semana del {day}</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Semana del</translation>
        </message>
        <message>
            <source>per week</source>
            <translation>por semana</translation>
        </message>
        <message>
            <source>Month of {day}</source>
            <translation>Mes del {day}</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>por mes</translation>
        </message>
        <message>
            <source>Quarter from {day}</source>
            <translation>Trimestre desde el {day}</translation>
        </message>
        <message>
            <source>Quarter from</source>
            <translation>Trimestre desde</translation>
        </message>
        <message>
            <source>per quarter</source>
            <translation>por trimestre</translation>
        </message>
        <message>
            <source>Year from {day}</source>
            <translation>Año desde el {day}</translation>
        </message>
        <message>
            <source>Year from</source>
            <translation>Año desde</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>por año</translation>
        </message>
        <message>
            <source>{when}: {value}% done</source>
            <translation>{when}: {value}% hecho</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>weeks in a row</source>
            <translation>semanas seguidas</translation>
        </message>
        <message>
            <source>days in a row</source>
            <translation>días seguidos</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>today, still going</source>
            <translation>hoy, sigue en marcha</translation>
        </message>
        <message numerus="yes">
            <source>{clock}: %n day(s), {start} to {end}</source>
            <translation>
                <numerusform>{clock}: %n día, del {start} al {end}</numerusform>
                <numerusform>{clock}: %n días, del {start} al {end}</numerusform>
            </translation>
        </message>
        <message>
            <source>Days in each stretch</source>
            <translation>Días de cada racha</translation>
        </message>
        <message>
            <source>Still going</source>
            <translation>Sigue en marcha</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Contador</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>still going</source>
            <translation>sigue en marcha</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <source>Therapy</source>
            <translation>Terapia</translation>
        </message>
        <message>
            <source>0–10</source>
            <translation>0–10</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <source>Mood, 7-day average</source>
            <translation>Ánimo, media de 7 días</translation>
        </message>
        <message>
            <source>Craving</source>
            <translation>Ansia</translation>
        </message>
        <message>
            <source>Craving, 7-day average</source>
            <translation>Ansia, media de 7 días</translation>
        </message>
        <message>
            <source>Mood (weekly mean)</source>
            <translation>Ánimo (media semanal)</translation>
        </message>
        <message>
            <source>Mood, 4-week average</source>
            <translation>Ánimo, media de 4 semanas</translation>
        </message>
        <message>
            <source>Craving (weekly mean)</source>
            <translation>Ansia (media semanal)</translation>
        </message>
        <message>
            <source>Craving, 4-week average</source>
            <translation>Ansia, media de 4 semanas</translation>
        </message>
        <message>
            <source>Mood (monthly mean)</source>
            <translation>Ánimo (media mensual)</translation>
        </message>
        <message>
            <source>Mood, 3-month average</source>
            <translation>Ánimo, media de 3 meses</translation>
        </message>
        <message>
            <source>Craving (monthly mean)</source>
            <translation>Ansia (media mensual)</translation>
        </message>
        <message>
            <source>Craving, 3-month average</source>
            <translation>Ansia, media de 3 meses</translation>
        </message>
        <message>
            <source>Mood (quarterly mean)</source>
            <translation>Ánimo (media trimestral)</translation>
        </message>
        <message>
            <source>Mood, 1-year average</source>
            <translation>Ánimo, media de 1 año</translation>
        </message>
        <message>
            <source>Craving (quarterly mean)</source>
            <translation>Ansia (media trimestral)</translation>
        </message>
        <message>
            <source>Craving, 1-year average</source>
            <translation>Ansia, media de 1 año</translation>
        </message>
    </context>
    <context>
        <name>ProtectionDialogs</name>
        <message>
            <source>This file will not be protected</source>
            <translation>Este archivo no estará protegido</translation>
        </message>
        <message>
            <source>Your data is encrypted here, but the file you are about to save will be readable: by anyone who can open it under your user account, or wherever you copy it. Save it anyway?</source>
            <translation>Tus datos están cifrados aquí, pero el archivo que vas a guardar se podrá leer: por cualquiera que pueda abrirlo con tu cuenta de usuario, o allí donde lo copies. ¿Guardarlo de todos modos?</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Tu clave de recuperación</translation>
        </message>
        <message>
            <source>Write this down, or print it, and keep it away from this computer</source>
            <translation>Apúntala o imprímela, y guárdala lejos de este ordenador</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this key opens your data. It is shown only now; RecoveryBox does not keep it anywhere it can show you again (you can make a new one in Settings › Privacy while unlocked).</source>
            <translation>Si olvidas tu frase de contraseña, esta clave abre tus datos. Solo se muestra ahora; RecoveryBox no la guarda en ningún sitio desde el que pueda volver a mostrártela (puedes crear una nueva en Ajustes › Privacidad mientras está desbloqueado).</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Save as &amp;PDF to print…</source>
            <translation>Guardar como &amp;PDF para imprimir…</translation>
        </message>
        <message>
            <source>I have written it down or saved it somewhere safe</source>
            <translation>La he apuntado o la he guardado en un lugar seguro</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Hecho</translation>
        </message>
        <message>
            <source>Save the recovery key</source>
            <translation>Guardar la clave de recuperación</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to {path}. Print it, then delete the file: anyone who finds it can open your data.</source>
            <translation>Guardada en {path}. Imprímela y después borra el archivo: cualquiera que lo encuentre puede abrir tus datos.</translation>
        </message>
    </context>
    <context>
        <name>ReminderCard</name>
        <message>
            <source>Where: {place}</source>
            <translation>Dónde: {place}</translation>
        </message>
        <message>
            <source>Join &amp;online</source>
            <translation>Unirse en &amp;línea</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Show this in RecoveryBox</source>
            <translation>Mostrar esto en RecoveryBox</translation>
        </message>
        <message>
            <source>&amp;Snooze</source>
            <translation>&amp;Posponer</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Posponer</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hora</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Descartar</translation>
        </message>
    </context>
    <context>
        <name>ReminderPopup</name>
        <message>
            <source>Reminders — RecoveryBox</source>
            <translation>Recordatorios — RecoveryBox</translation>
        </message>
        <message>
            <source>Dismiss &amp;all</source>
            <translation>Descartar &amp;todos</translation>
        </message>
        <message numerus="yes">
            <source>%n reminder(s)</source>
            <translation>
                <numerusform>%n recordatorio</numerusform>
                <numerusform>%n recordatorios</numerusform>
            </translation>
        </message>
        <message>
            <source>+{n} more</source>
            <translation>+{n} más</translation>
        </message>
    </context>
    <context>
        <name>ReminderWiring</name>
        <message>
            <source>Where: {place}</source>
            <translation>Dónde: {place}</translation>
        </message>
        <message>
            <source>RecoveryBox</source>
            <translation>RecoveryBox</translation>
        </message>
        <message>
            <source>I need help now</source>
            <translation>Necesito ayuda ya</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Show RecoveryBox</source>
            <translation>Mostrar RecoveryBox</translation>
        </message>
        <message>
            <source>Today's plan</source>
            <translation>Plan de hoy</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Missed: {title}</source>
            <translation>Perdido: {title}</translation>
        </message>
        <message numerus="yes">
            <source>{detail} (and %n more)</source>
            <translation>
                <numerusform>{detail} (y %n más)</numerusform>
                <numerusform>{detail} (y %n más)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n año</numerusform>
                <numerusform>%n años</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mes</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Good morning</source>
            <translation>Buenos días</translation>
        </message>
        <message>
            <source>Evening check-in</source>
            <translation>Repaso de la tarde</translation>
        </message>
        <message>
            <source>{time} free from {name}</source>
            <translation>{time} libre de {name}</translation>
        </message>
        <message>
            <source>A moment for today's reflection and your pledge.</source>
            <translation>Un momento para la reflexión de hoy y tu compromiso.</translation>
        </message>
        <message>
            <source>How was today? A line in the journal helps.</source>
            <translation>¿Qué tal ha ido hoy? Una línea en el diario ayuda.</translation>
        </message>
        <message>
            <source>Not checked in yet today.</source>
            <translation>Todavía no lo has marcado hoy.</translation>
        </message>
        <message>
            <source>Look how far you've come. Take a moment to be proud of this.</source>
            <translation>Mira todo lo que has avanzado. Tómate un momento para sentir orgullo por ello.</translation>
        </message>
        <message>
            <source>Starting now</source>
            <translation>Empieza ahora</translation>
        </message>
        <message numerus="yes">
            <source>Starts in %n day(s)</source>
            <translation>
                <numerusform>Empieza dentro de %n día</numerusform>
                <numerusform>Empieza dentro de %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Starts in %n hour(s)</source>
            <translation>
                <numerusform>Empieza dentro de %n hora</numerusform>
                <numerusform>Empieza dentro de %n horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Starts in %n minute(s)</source>
            <translation>
                <numerusform>Empieza dentro de %n minuto</numerusform>
                <numerusform>Empieza dentro de %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>Missed while RecoveryBox was closed · {when}</source>
            <translation>Perdido mientras RecoveryBox estaba cerrado · {when}</translation>
        </message>
        <message>
            <source>{what} · starts at {when}</source>
            <translation>{what} · empieza a las {when}</translation>
        </message>
        <message>
            <source>Snoozed · was due at {when}, {ago}</source>
            <translation>Pospuesto · era para las {when}, {ago}</translation>
        </message>
        <message>
            <source>Late · was due at {when}, {ago}</source>
            <translation>Con retraso · era para las {when}, {ago}</translation>
        </message>
        <message>
            <source>Snoozed · started at {when}, {ago}</source>
            <translation>Pospuesto · empezó a las {when}, {ago}</translation>
        </message>
        <message>
            <source>Late · started at {when}, {ago}</source>
            <translation>Con retraso · empezó a las {when}, {ago}</translation>
        </message>
        <message>
            <source>Snoozed · starts at {when}, in {span}</source>
            <translation>Pospuesto · empieza a las {when}, dentro de {span}</translation>
        </message>
        <message>
            <source>Late · starts at {when}, in {span}</source>
            <translation>Con retraso · empieza a las {when}, dentro de {span}</translation>
        </message>
        <message>
            <source>yesterday {time}</source>
            <translation>ayer {time}</translation>
        </message>
        <message>
            <source>tomorrow {time}</source>
            <translation>mañana {time}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>{hours} {minutes}</source>
            <translation>{hours} y {minutes}</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hora</numerusform>
                <numerusform>%n horas</numerusform>
            </translation>
        </message>
        <message>
            <source>just now</source>
            <translation>ahora mismo</translation>
        </message>
        <message>
            <source>{span} ago</source>
            <translation>hace {span}</translation>
        </message>
    </context>
    <context>
        <name>RemindersPage</name>
        <message>
            <source>&amp;Quiet hours: hold reminders until they end</source>
            <translation>&amp;Horas de silencio: retener los recordatorios hasta que terminen</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Default reminders for new events</source>
            <translation>Recordatorios predeterminados para los eventos nuevos</translation>
        </message>
        <message>
            <source>Quiet hours need a different start and end.</source>
            <translation>Las horas de silencio necesitan un inicio y un final distintos.</translation>
        </message>
    </context>
    <context>
        <name>RepeatRows</name>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Cada día</translation>
        </message>
        <message>
            <source>Every week on {days}</source>
            <translation>Cada semana el {days}</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Cada mes</translation>
        </message>
        <message>
            <source>Every month on day {day}</source>
            <translation>Cada mes el día {day}</translation>
        </message>
        <message>
            <source>Every year on {day}</source>
            <translation>Cada año el {day}</translation>
        </message>
        <message numerus="yes">
            <source>Every %n day(s)</source>
            <translation>
                <numerusform>Cada %n día</numerusform>
                <numerusform>Cada %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n week(s) on {days}</source>
            <translation>
                <numerusform>Cada %n semana el {days}</numerusform>
                <numerusform>Cada %n semanas el {days}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n month(s)</source>
            <translation>
                <numerusform>Cada %n mes</numerusform>
                <numerusform>Cada %n meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n month(s) on day {day}</source>
            <translation>
                <numerusform>Cada %n mes el día {day}</numerusform>
                <numerusform>Cada %n meses el día {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n year(s) on {day}</source>
            <translation>
                <numerusform>Cada %n año el {day}</numerusform>
                <numerusform>Cada %n años el {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>{rule}, from {date}, once</source>
            <translation>{rule}, desde el {date}, una vez</translation>
        </message>
        <message numerus="yes">
            <source>{rule}, from {date}, %n time(s)</source>
            <translation>
                <numerusform>{rule}, desde el {date}, %n vez</numerusform>
                <numerusform>{rule}, desde el {date}, %n veces</numerusform>
            </translation>
        </message>
        <message>
            <source>{rule}, from {date}, until {until}</source>
            <translation>{rule}, desde el {date}, hasta el {until}</translation>
        </message>
        <message>
            <source>{rule}, from {date}</source>
            <translation>{rule}, desde el {date}</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>No se repite</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Cada semana</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Cada año</translation>
        </message>
        <message>
            <source>every </source>
            <translation>cada </translation>
        </message>
        <message>
            <source>Repeat interval</source>
            <translation>Intervalo de repetición</translation>
        </message>
        <message>
            <source>Never ends</source>
            <translation>No termina nunca</translation>
        </message>
        <message>
            <source>Ends on a date</source>
            <translation>Termina en una fecha</translation>
        </message>
        <message>
            <source>Ends after a number of times</source>
            <translation>Termina tras un número de veces</translation>
        </message>
        <message>
            <source>Repeat until</source>
            <translation>Repetir hasta</translation>
        </message>
        <message>
            <source> times</source>
            <translation> veces</translation>
        </message>
        <message>
            <source>Number of times</source>
            <translation>Número de veces</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
    </context>
    <context>
        <name>ResetDialog</name>
        <message>
            <source>Start again</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>A slip doesn't erase what you've done. The days you had are kept in your history, and starting again is part of recovery. Be kind to yourself today, and consider telling someone you trust.</source>
            <translation>Una recaída no borra lo que has hecho. Los días que tuviste se guardan en tu historial, y volver a empezar forma parte de la recuperación. Sé amable contigo hoy, y piensa en contárselo a alguien de confianza.</translation>
        </message>
        <message>
            <source>New start</source>
            <translation>Nuevo comienzo</translation>
        </message>
        <message>
            <source>Optional: what happened, what might help next time (only you see this)</source>
            <translation>Opcional: qué pasó, qué podría ayudar la próxima vez (solo lo ves tú)</translation>
        </message>
        <message>
            <source>&amp;New start</source>
            <translation>&amp;Nuevo comienzo</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;ota</translation>
        </message>
        <message>
            <source>&amp;Start again</source>
            <translation>&amp;Empezar de nuevo</translation>
        </message>
    </context>
    <context>
        <name>SafetyPage</name>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Abrir carpeta</translation>
        </message>
    </context>
    <context>
        <name>ScaleSlider</name>
        <message>
            <source>Not set</source>
            <translation>Sin fijar</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Clear {what}</source>
            <translation>Borrar {what}</translation>
        </message>
        <message>
            <source>Back to not set</source>
            <translation>Volver a sin fijar</translation>
        </message>
    </context>
    <context>
        <name>ScopeDialog</name>
        <message>
            <source>Repeating event</source>
            <translation>Evento que se repite</translation>
        </message>
        <message>
            <source>This event repeats. Which ones do you want to {action}?</source>
            <translation>Este evento se repite. ¿Cuáles quieres {action}?</translation>
        </message>
        <message>
            <source>Only &amp;this one</source>
            <translation>Solo &amp;este</translation>
        </message>
        <message>
            <source>This and &amp;following</source>
            <translation>Este y los &amp;siguientes</translation>
        </message>
        <message>
            <source>&amp;All of them</source>
            <translation>&amp;Todos</translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>No events match.</source>
            <translation>Ningún evento coincide.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>S&amp;ync</source>
            <translation>Si&amp;ncronización</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Anywhere</source>
            <translation>En cualquier parte</translation>
        </message>
        <message>
            <source>Ctrl+1 … Ctrl+7</source>
            <translation>Ctrl+1 … Ctrl+7</translation>
        </message>
        <message>
            <source>Today, Week, Goals, Progress, Journal, Support, Find meetings</source>
            <translation>Hoy, Semana, Objetivos, Progreso, Diario, Apoyo, Buscar reuniones</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Mayús+P</translation>
        </message>
        <message>
            <source>I need help now (breathing, reasons, people to call)</source>
            <translation>Necesito ayuda ya (respiración, razones, personas a quienes llamar)</translation>
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <source>Lock (when your data is protected with a passphrase)</source>
            <translation>Bloquear (cuando tus datos están protegidos con una frase de contraseña)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Mayús+S</translation>
        </message>
        <message>
            <source>Sync the calendar now (when calendar sync is set up)</source>
            <translation>Sincronizar el calendario ahora (cuando la sincronización está configurada)</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <source>Alt+Left / Alt+Right</source>
            <translation>Alt+Izquierda / Alt+Derecha</translation>
        </message>
        <message>
            <source>Previous / next day, week, month or two weeks</source>
            <translation>Día, semana, mes o dos semanas anteriores / siguientes</translation>
        </message>
        <message>
            <source>T</source>
            <translation>T</translation>
        </message>
        <message>
            <source>Back to today</source>
            <translation>Volver a hoy</translation>
        </message>
        <message>
            <source>D / W / M / A</source>
            <translation>D / W / M / A</translation>
        </message>
        <message>
            <source>Day, week, month or agenda (the coming two weeks)</source>
            <translation>Día, semana, mes o agenda (las dos próximas semanas)</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>Search events by title, place or notes</source>
            <translation>Buscar eventos por título, lugar o notas</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Nuevo evento</translation>
        </message>
        <message>
            <source>Enter / Delete</source>
            <translation>Intro / Supr</translation>
        </message>
        <message>
            <source>Edit / delete the selected event</source>
            <translation>Editar / borrar el evento seleccionado</translation>
        </message>
        <message>
            <source>Ctrl+Z</source>
            <translation>Ctrl+Z</translation>
        </message>
        <message>
            <source>Undo the last move or change</source>
            <translation>Deshacer el último movimiento o cambio</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <source>Check in the selected goal for today (again to undo)</source>
            <translation>Marcar hoy el objetivo seleccionado (otra vez para deshacer)</translation>
        </message>
        <message>
            <source>Ctrl+N / Enter</source>
            <translation>Ctrl+N / Intro</translation>
        </message>
        <message>
            <source>New goal / edit the selected goal</source>
            <translation>Nuevo objetivo / editar el objetivo seleccionado</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>New entry (entries save as you type)</source>
            <translation>Nueva entrada (las entradas se guardan mientras escribes)</translation>
        </message>
        <message>
            <source>Find meetings</source>
            <translation>Buscar reuniones</translation>
        </message>
        <message>
            <source>Search the meeting list by name, place or notes</source>
            <translation>Buscar en la lista de reuniones por nombre, lugar o notas</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>Add the selected meeting to your week</source>
            <translation>Añadir la reunión seleccionada a tu semana</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>Check the list for updates (fetches it again from a web address)</source>
            <translation>Buscar actualizaciones de la lista (la vuelve a descargar de una dirección web)</translation>
        </message>
        <message>
            <source>Reminder pop-up</source>
            <translation>Ventana de recordatorio</translation>
        </message>
        <message>
            <source>Alt+O / Alt+S / Alt+D</source>
            <translation>Alt+A / Alt+P / Alt+D</translation>
        </message>
        <message>
            <source>Open / Snooze / Dismiss</source>
            <translation>Abrir / Posponer / Descartar</translation>
        </message>
        <message>
            <source>Any window</source>
            <translation>Cualquier ventana</translation>
        </message>
        <message>
            <source>Alt + underlined letter</source>
            <translation>Alt + letra subrayada</translation>
        </message>
        <message>
            <source>Go to that button or field</source>
            <translation>Ir a ese botón o campo</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Qué hace</translation>
        </message>
    </context>
    <context>
        <name>SoberTime</name>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hora</numerusform>
                <numerusform>%n horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n año</numerusform>
                <numerusform>%n años</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mes</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Day one</source>
            <translation>Día uno</translation>
        </message>
    </context>
    <context>
        <name>SobrietyPanel</name>
        <message>
            <source>Add a &amp;clock…</source>
            <translation>Añadir un &amp;contador…</translation>
        </message>
        <message>
            <source>Count days free from a substance or behaviour</source>
            <translation>Cuenta los días libre de una sustancia o conducta</translation>
        </message>
        <message>
            <source>No sober-since clock yet. Add one when you're ready; there's no rush.</source>
            <translation>Aún no hay ningún contador de sobriedad. Añade uno cuando te sientas con ganas; no hay prisa.</translation>
        </message>
    </context>
    <context>
        <name>StartupProblem</name>
        <message>
            <source>RecoveryBox can't open your data</source>
            <translation>RecoveryBox no puede abrir tus datos</translation>
        </message>
        <message>
            <source>Your file will be kept, renamed, in the data folder; nothing is deleted. You can restore the newest backup, start with an empty data file, or quit and ask for help.</source>
            <translation>Tu archivo se conservará, con otro nombre, en la carpeta de datos; no se borra nada. Puedes restaurar la copia de seguridad más reciente, empezar con un archivo de datos vacío, o salir y pedir ayuda.</translation>
        </message>
        <message>
            <source>&amp;Restore the newest backup</source>
            <translation>&amp;Restaurar la copia de seguridad más reciente</translation>
        </message>
        <message>
            <source>Start &amp;fresh</source>
            <translation>Empezar de &amp;cero</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
    </context>
    <context>
        <name>SupportView</name>
        <message>
            <source>My warning signs</source>
            <translation>Mis señales de alerta</translation>
        </message>
        <message>
            <source>Triggers and high-risk situations</source>
            <translation>Desencadenantes y situaciones de riesgo</translation>
        </message>
        <message>
            <source>What I will do about each</source>
            <translation>Qué haré con cada una</translation>
        </message>
        <message>
            <source>People I will call</source>
            <translation>Personas a quienes llamaré</translation>
        </message>
        <message>
            <source>Healthy things I can do instead</source>
            <translation>Cosas sanas que puedo hacer en su lugar</translation>
        </message>
        <message>
            <source>If I slip: what I will do next</source>
            <translation>Si recaigo: qué haré después</translation>
        </message>
        <message>
            <source>Reasons I'm doing this</source>
            <translation>Por qué hago esto</translation>
        </message>
        <message>
            <source>My own coping strategies</source>
            <translation>Mis propias estrategias</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Personas</translation>
        </message>
        <message>
            <source>My p&amp;lan</source>
            <translation>Mi p&amp;lan</translation>
        </message>
        <message>
            <source>Your support network</source>
            <translation>Tu red de apoyo</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Relación</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Best times</source>
            <translation>Mejores horas</translation>
        </message>
        <message>
            <source>No contacts yet. Who could you call on a hard day? Add them here.</source>
            <translation>Aún no hay contactos. ¿A quién podrías llamar en un día difícil? Añádelo aquí.</translation>
        </message>
        <message>
            <source>&amp;Add contact…</source>
            <translation>&amp;Añadir contacto…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Call</source>
            <translation>&amp;Llamar</translation>
        </message>
        <message>
            <source>Call with your phone app</source>
            <translation>Llamar con tu aplicación de teléfono</translation>
        </message>
        <message>
            <source>E-&amp;mail</source>
            <translation>&amp;Correo</translation>
        </message>
        <message>
            <source>Write an e-mail</source>
            <translation>Escribir un correo electrónico</translation>
        </message>
        <message>
            <source>P&amp;in</source>
            <translation>F&amp;ijar</translation>
        </message>
        <message>
            <source>Pinned contacts appear in the panic window</source>
            <translation>Los contactos fijados aparecen en la ventana de ayuda</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Borrar…</translation>
        </message>
        <message>
            <source>A plan written on a calm day helps on a hard one. Only you see it. It saves itself.</source>
            <translation>Un plan escrito en un día tranquilo ayuda en uno difícil. Solo lo ves tú. Se guarda solo.</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>Uno por línea</translation>
        </message>
        <message>
            <source>Export plan as P&amp;DF…</source>
            <translation>Exportar el plan como P&amp;DF…</translation>
        </message>
        <message>
            <source>Unp&amp;in</source>
            <translation>Desf&amp;ijar</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Borrar contacto</translation>
        </message>
        <message>
            <source>Remove {name} from your contacts?</source>
            <translation>¿Quitar a {name} de tus contactos?</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Export plan</source>
            <translation>Exportar el plan</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Drawing your plan…</source>
            <translation>Dibujando tu plan…</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Guardado en {path}.</translation>
        </message>
        <message>
            <source>The plan was not saved</source>
            <translation>El plan no se ha guardado</translation>
        </message>
    </context>
    <context>
        <name>SyncRunner</name>
        <message>
            <source>Calendar sync: {problem}</source>
            <translation>Sincronización del calendario: {problem}</translation>
        </message>
        <message>
            <source>Calendar sync waits for your password: choose File › Sync calendar now.</source>
            <translation>La sincronización del calendario espera tu contraseña: elige Archivo › Sincronizar el calendario ahora.</translation>
        </message>
        <message>
            <source>Syncing the calendar…</source>
            <translation>Sincronizando el calendario…</translation>
        </message>
        <message>
            <source>Calendar sync</source>
            <translation>Sincronización del calendario</translation>
        </message>
        <message>
            <source>Password for {user} at {server}
(no system keyring here, so it is kept only until you quit):</source>
            <translation>Contraseña de {user} en {server}
(aquí no hay llavero del sistema, así que solo se guarda hasta que salgas):</translation>
        </message>
        <message>
            <source>Most of your calendar was deleted on the server</source>
            <translation>La mayor parte de tu calendario se ha borrado en el servidor</translation>
        </message>
        <message>
            <source>Follow the server now? (Choose No to keep everything here and check the server first.)</source>
            <translation>¿Seguir al servidor ahora? (Elige No para conservarlo todo aquí y revisar antes el servidor).</translation>
        </message>
        <message>
            <source>Calendar synced at {time}</source>
            <translation>Calendario sincronizado a las {time}</translation>
        </message>
        <message numerus="yes">
            <source>; %n deleted on the server, kept in “Deleted by sync”</source>
            <translation>
                <numerusform>; %n borrado en el servidor, guardado en «Borrados por la sincronización»</numerusform>
                <numerusform>; %n borrados en el servidor, guardados en «Borrados por la sincronización»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n server event(s) could not be read and were left alone</source>
            <translation>
                <numerusform>; %n evento del servidor no se pudo leer y se dejó como estaba</numerusform>
                <numerusform>; %n eventos del servidor no se pudieron leer y se dejaron como estaban</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> y %n más</numerusform>
                <numerusform> y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>; skipped as too big (over {size} MB): {names}</source>
            <translation>; omitidos por ser demasiado grandes (más de {size} MB): {names}</translation>
        </message>
        <message numerus="yes">
            <source>%n sent</source>
            <translation>
                <numerusform>%n enviado</numerusform>
                <numerusform>%n enviados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n received</source>
            <translation>
                <numerusform>%n recibido</numerusform>
                <numerusform>%n recibidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation>
                <numerusform>%n borrado</numerusform>
                <numerusform>%n borrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in conflict</source>
            <translation>
                <numerusform>%n en conflicto</numerusform>
                <numerusform>%n en conflicto</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsPage</name>
        <message>
            <source>Only calendar events are sent (meetings, sessions, self-care, with their places, links, notes and reminders), to the server you name here and nowhere else. Your goals, check-ins, journal, contacts and everything else stay on this computer.</source>
            <translation>Solo se envían los eventos del calendario (reuniones, sesiones, autocuidado, con sus lugares, enlaces, notas y recordatorios), al servidor que indiques aquí y a ningún otro sitio. Tus objetivos, marcas, diario, contactos y todo lo demás se quedan en este ordenador.</translation>
        </message>
        <message>
            <source>Keep your calendar on your phone and other computers too: sync it with a CalDAV server you use (Nextcloud, Radicale, Baïkal, Fastmail, iCloud, mailbox.org…).</source>
            <translation>Ten tu calendario también en el móvil y en otros ordenadores: sincronízalo con un servidor CalDAV que uses (Nextcloud, Radicale, Baïkal, Fastmail, iCloud, mailbox.org…).</translation>
        </message>
        <message>
            <source>an app password, if your server offers them</source>
            <translation>una contraseña de aplicación, si tu servidor las ofrece</translation>
        </message>
        <message>
            <source>The server asks for &amp;no password</source>
            <translation>El servidor &amp;no pide contraseña</translation>
        </message>
        <message>
            <source>Server &amp;address</source>
            <translation>&amp;Dirección del servidor</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>Nombre de &amp;usuario</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>Contra&amp;seña</translation>
        </message>
        <message>
            <source>&amp;Find my calendars</source>
            <translation>&amp;Buscar mis calendarios</translation>
        </message>
        <message>
            <source>Calendar to sync with</source>
            <translation>Calendario con el que sincronizar</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <source>&amp;Turn sync on</source>
            <translation>&amp;Activar la sincronización</translation>
        </message>
        <message>
            <source>&amp;Trust this certificate</source>
            <translation>&amp;Confiar en este certificado</translation>
        </message>
        <message>
            <source>Only if the fingerprint above is the one your server shows: then this one certificate is accepted, and a different one is refused.</source>
            <translation>Solo si la huella de arriba es la que muestra tu servidor: entonces se acepta este certificado, y se rechaza cualquier otro.</translation>
        </message>
        <message>
            <source>Type your server's address (your provider's help pages name its CalDAV address).</source>
            <translation>Escribe la dirección de tu servidor (las páginas de ayuda de tu proveedor indican su dirección CalDAV).</translation>
        </message>
        <message>
            <source>Type your user name and password for the server (or tick “no password”).</source>
            <translation>Escribe tu nombre de usuario y tu contraseña del servidor (o marca «no pide contraseña»).</translation>
        </message>
        <message>
            <source>Finding your calendars…</source>
            <translation>Buscando tus calendarios…</translation>
        </message>
        <message>
            <source>New calendar “{name}”</source>
            <translation>Calendario nuevo «{name}»</translation>
        </message>
        <message>
            <source>Making the calendar…</source>
            <translation>Creando el calendario…</translation>
        </message>
        <message>
            <source>Something went wrong: {e}</source>
            <translation>Algo ha fallado: {e}</translation>
        </message>
        <message>
            <source>Your calendar syncs with “{calendar}” at {server}, as {user}.</source>
            <translation>Tu calendario se sincroniza con «{calendar}» en {server}, como {user}.</translation>
        </message>
        <message>
            <source>Your calendar syncs with “{calendar}” at {server}.</source>
            <translation>Tu calendario se sincroniza con «{calendar}» en {server}.</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Última sincronización</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Aquí</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>The server asks for none.</source>
            <translation>El servidor no pide ninguna.</translation>
        </message>
        <message>
            <source>Kept in your system keyring.</source>
            <translation>Guardada en el llavero de tu sistema.</translation>
        </message>
        <message>
            <source>No system keyring here: kept only until you quit, and asked again at the first Sync now.</source>
            <translation>Aquí no hay llavero del sistema: solo se guarda hasta que salgas, y se vuelve a pedir en la primera sincronización.</translation>
        </message>
        <message>
            <source>Your server's own, trusted by its fingerprint (SHA-256 {fingerprint}); a different one is refused.</source>
            <translation>El propio de tu servidor, de confianza por su huella (SHA-256 {fingerprint}); se rechaza cualquier otro.</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificado</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizar ahora</translation>
        </message>
        <message>
            <source>Turn sync &amp;off…</source>
            <translation>&amp;Desactivar la sincronización…</translation>
        </message>
        <message>
            <source>&amp;Deleted by sync…</source>
            <translation>&amp;Borrados por la sincronización…</translation>
        </message>
        <message>
            <source>Failed: {problem}</source>
            <translation>Ha fallado: {problem}</translation>
        </message>
        <message>
            <source>Not yet.</source>
            <translation>Todavía no.</translation>
        </message>
        <message>
            <source>Nothing waiting to be sent.</source>
            <translation>No hay nada pendiente de enviar.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n cambio pendiente de enviar.</numerusform>
                <numerusform>%n cambios pendientes de enviar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Turn calendar sync off?</source>
            <translation>¿Desactivar la sincronización del calendario?</translation>
        </message>
        <message>
            <source>RecoveryBox stops sending and fetching calendar changes. Your events stay here, and on the server. Changes not yet sent stay here only.</source>
            <translation>RecoveryBox deja de enviar y recibir cambios del calendario. Tus eventos se quedan aquí y en el servidor. Los cambios aún no enviados se quedan solo aquí.</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>e.g. 19:30</source>
            <translation>p. ej. 19:30</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>Today's plan</source>
            <translation>Plan de hoy</translation>
        </message>
        <message>
            <source>Today's goals</source>
            <translation>Objetivos de hoy</translation>
        </message>
        <message>
            <source>Tick a goal (click or Space) to check in for today.</source>
            <translation>Marca un objetivo (clic o Espacio) para registrarlo hoy.</translation>
        </message>
        <message>
            <source>Today's p&amp;lan</source>
            <translation>&amp;Plan de hoy</translation>
        </message>
        <message>
            <source>Today's &amp;goals</source>
            <translation>&amp;Objetivos de hoy</translation>
        </message>
        <message>
            <source>{time} free from {name}</source>
            <translation>{time} libre de {name}</translation>
        </message>
        <message>
            <source>No sober-since date set yet.</source>
            <translation>Aún no hay fecha de inicio de la sobriedad.</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Todo el día</translation>
        </message>
        <message>
            <source>Nothing planned for today. A quiet day is fine too.</source>
            <translation>Nada previsto para hoy. Un día tranquilo también está bien.</translation>
        </message>
        <message>
            <source>No goals yet. Add one in Goals: small and kind to yourself works best.</source>
            <translation>Aún no hay objetivos. Añade uno en Objetivos: lo pequeño y amable contigo funciona mejor.</translation>
        </message>
        <message numerus="yes">
            <source>· %n-week streak</source>
            <translation>
                <numerusform>· racha de %n semana</numerusform>
                <numerusform>· racha de %n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>· %n-day streak</source>
            <translation>
                <numerusform>· racha de %n día</numerusform>
                <numerusform>· racha de %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Check-in not saved</source>
            <translation>Marca no guardada</translation>
        </message>
    </context>
    <context>
        <name>UndoNotice</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Undo what was just saved (Ctrl+Z)</source>
            <translation>Deshacer lo que se acaba de guardar (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
    </context>
    <context>
        <name>UrgeDialog</name>
        <message>
            <source>I have an urge</source>
            <translation>Tengo un impulso</translation>
        </message>
        <message>
            <source>Noticing an urge is a strong thing to do. Jot down a few words; it passes.</source>
            <translation>Darte cuenta de un impulso es algo muy valioso. Apunta unas palabras; pasará.</translation>
        </message>
        <message>
            <source>What set it off?</source>
            <translation>¿Qué lo ha desencadenado?</translation>
        </message>
        <message>
            <source>Where are you?</source>
            <translation>¿Dónde estás?</translation>
        </message>
        <message>
            <source>What helped (or might help)?</source>
            <translation>¿Qué ha ayudado (o podría ayudar)?</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sí</translation>
        </message>
        <message>
            <source>&amp;Not yet</source>
            <translation>&amp;Todavía no</translation>
        </message>
        <message>
            <source>&amp;Don't know</source>
            <translation>&amp;No lo sé</translation>
        </message>
        <message>
            <source>&amp;How strong</source>
            <translation>¿&amp;Con qué fuerza?</translation>
        </message>
        <message>
            <source>&amp;Trigger</source>
            <translation>&amp;Desencadenante</translation>
        </message>
        <message>
            <source>&amp;Where</source>
            <translation>D&amp;ónde</translation>
        </message>
        <message>
            <source>What he&amp;lped</source>
            <translation>Qué a&amp;yudó</translation>
        </message>
        <message>
            <source>Did it pass?</source>
            <translation>¿Ha pasado?</translation>
        </message>
    </context>
    <context>
        <name>ViewPages</name>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Apoyo</translation>
        </message>
        <message>
            <source>Find meetings</source>
            <translation>Buscar reuniones</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Vistas</translation>
        </message>
        <message>
            <source>{label} (Ctrl+{n})</source>
            <translation>{label} (Ctrl+{n})</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Abriendo tus datos…</translation>
        </message>
    </context>
    <context>
        <name>WeekGrid</name>
        <message>
            <source>Week grid</source>
            <translation>Cuadrícula de la semana</translation>
        </message>
        <message>
            <source>Nothing planned in these days.</source>
            <translation>Nada previsto en estos días.</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En línea</translation>
        </message>
    </context>
    <context>
        <name>WeekHeader</name>
        <message>
            <source>Days of the week and all-day events</source>
            <translation>Días de la semana y eventos de todo el día</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>{day} {date} at {time}</source>
            <translation>{day} {date} a las {time}</translation>
        </message>
        <message>
            <source>Saved “{title}”, {when}.</source>
            <translation>Guardado «{title}», {when}.</translation>
        </message>
        <message>
            <source>change</source>
            <translation>cambiar</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>borrar</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>Borrar evento</translation>
        </message>
        <message>
            <source>Delete “{title}”? You can undo this with Ctrl+Z.</source>
            <translation>¿Borrar «{title}»? Puedes deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>move</source>
            <translation>mover</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>No hay nada que deshacer.</translation>
        </message>
        <message>
            <source>Undone.</source>
            <translation>Deshecho.</translation>
        </message>
        <message>
            <source>Keep the other device's version?</source>
            <translation>¿Quedarte con la versión del otro dispositivo?</translation>
        </message>
        <message>
            <source>Your version (the conflict copy) is deleted, here and on the server.</source>
            <translation>Tu versión (la copia en conflicto) se borra, aquí y en el servidor.</translation>
        </message>
        <message>
            <source>Keep your version?</source>
            <translation>¿Quedarte con tu versión?</translation>
        </message>
        <message>
            <source>Your version replaces the other device's, here and on the server at the next sync.</source>
            <translation>Tu versión sustituye a la del otro dispositivo, aquí y en el servidor en la próxima sincronización.</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Borrar…</translation>
        </message>
        <message>
            <source>Mark &amp;attended</source>
            <translation>Marcar como &amp;asistida</translation>
        </message>
        <message>
            <source>Mark &amp;missed</source>
            <translation>Marcar como &amp;perdida</translation>
        </message>
        <message>
            <source>&amp;Clear attendance</source>
            <translation>&amp;Quitar la asistencia</translation>
        </message>
        <message>
            <source>Open online &amp;link</source>
            <translation>Abrir el en&amp;lace en línea</translation>
        </message>
        <message>
            <source>Previous (Alt+Left)</source>
            <translation>Anterior (Alt+Izquierda)</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Hoy</translation>
        </message>
        <message>
            <source>Back to today (T)</source>
            <translation>Volver a hoy (T)</translation>
        </message>
        <message>
            <source>Next (Alt+Right)</source>
            <translation>Siguiente (Alt+Derecha)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Go to date</source>
            <translation>Ir a una fecha</translation>
        </message>
        <message>
            <source>Go to a date</source>
            <translation>Ir a una fecha</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Día</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Semana</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Mes</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <source>Show {what} ({key})</source>
            <translation>Mostrar {what} ({key})</translation>
        </message>
        <message>
            <source>M&amp;ini month</source>
            <translation>Mes en &amp;miniatura</translation>
        </message>
        <message>
            <source>Show or hide the month beside the calendar</source>
            <translation>Mostrar u ocultar el mes junto al calendario</translation>
        </message>
        <message>
            <source>New &amp;event…</source>
            <translation>Nuevo &amp;evento…</translation>
        </message>
        <message>
            <source>Add an event (Ctrl+N)</source>
            <translation>Añadir un evento (Ctrl+N)</translation>
        </message>
        <message>
            <source>Find meetings…</source>
            <translation>Buscar reuniones…</translation>
        </message>
        <message>
            <source>Load your area's meeting list and add meetings to your week (Ctrl+7)</source>
            <translation>Carga la lista de reuniones de tu zona y añade reuniones a tu semana (Ctrl+7)</translation>
        </message>
        <message>
            <source>Search events (Ctrl+F)</source>
            <translation>Buscar eventos (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search events</source>
            <translation>Buscar eventos</translation>
        </message>
        <message>
            <source>Mini month: choose a day</source>
            <translation>Mes en miniatura: elige un día</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Two weeks · {range}</source>
            <translation>Dos semanas · {range}</translation>
        </message>
        <message>
            <source>Week {n} · {range}</source>
            <translation>Semana {n} · {range}</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{env_var} names a file that cannot be read ({exc}).</source>
            <translation>{env_var} indica un archivo que no se puede leer ({exc}).</translation>
        </message>
        <message>
            <source>The two passphrases are not the same; nothing changed.</source>
            <translation>Las dos frases de contraseña no coinciden; no ha cambiado nada.</translation>
        </message>
        <message>
            <source>Dates look like 2026-12-01.</source>
            <translation>Las fechas se escriben así: 2026-12-01.</translation>
        </message>
        <message>
            <source>No kept meeting list is called “{name}”. Kept lists: {names}.</source>
            <translation>No hay ninguna lista de reuniones guardada llamada «{name}». Listas guardadas: {names}.</translation>
        </message>
        <message>
            <source>Type a date, for example 15 Mar 2026.</source>
            <translation>Escribe una fecha, por ejemplo 15/03/2026.</translation>
        </message>
        <message>
            <source>“{cleaned}” isn't a date I can read. Try 15 Mar 2026.</source>
            <translation>«{cleaned}» no es una fecha que pueda leer. Prueba con 15/03/2026.</translation>
        </message>
        <message>
            <source>“{cleaned}” needs a day and a month, for example 15 Mar 2026.</source>
            <translation>«{cleaned}» necesita un día y un mes, por ejemplo 15/03/2026.</translation>
        </message>
        <message>
            <source>Choose a year between {first_year} and {last_year}.</source>
            <translation>Elige un año entre {first_year} y {last_year}.</translation>
        </message>
        <message>
            <source>That date is still to come. Choose today or a day before.</source>
            <translation>Esa fecha aún no ha llegado. Elige hoy o un día anterior.</translation>
        </message>
        <message>
            <source>“{text}” isn't a time I can read. Try 19:30 or 7:30 pm.</source>
            <translation>«{text}» no es una hora que pueda leer. Prueba con 19:30 o 7:30 pm.</translation>
        </message>
        <message>
            <source>With am or pm, the hour goes from 1 to 12.</source>
            <translation>Con am o pm, la hora va de 1 a 12.</translation>
        </message>
        <message>
            <source>“{text}” isn't a time of day. Try 19:30 or 7:30 pm.</source>
            <translation>«{text}» no es una hora del día. Prueba con 19:30 o 7:30 pm.</translation>
        </message>
        <message>
            <source>Please enter a name.</source>
            <translation>Escribe un nombre.</translation>
        </message>
        <message>
            <source>Please keep this under {limit} characters (it has {length}).</source>
            <translation>Mantén esto por debajo de {limit} caracteres (tiene {length}).</translation>
        </message>
        <message>
            <source>Please use a single line without control characters.</source>
            <translation>Usa una sola línea, sin caracteres de control.</translation>
        </message>
        <message>
            <source>This text is too long ({length} characters; the limit is {limit}).</source>
            <translation>Este texto es demasiado largo ({length} caracteres; el límite es {limit}).</translation>
        </message>
        <message>
            <source>Please keep this under {limit} characters.</source>
            <translation>Mantén esto por debajo de {limit} caracteres.</translation>
        </message>
        <message>
            <source>{label} must be a whole number from {low} to {high}.</source>
            <translation>{label} debe ser un número entero de {low} a {high}.</translation>
        </message>
        <message>
            <source>{label} must be from {low} to {high} (got {number}).</source>
            <translation>{label} debe estar entre {low} y {high} (es {number}).</translation>
        </message>
        <message>
            <source>Please choose a {label} ({choices}).</source>
            <translation>Elige un valor para {label} ({choices}).</translation>
        </message>
        <message>
            <source>Please choose a time zone.</source>
            <translation>Elige una zona horaria.</translation>
        </message>
        <message>
            <source>Unknown time zone “{name}”.</source>
            <translation>Zona horaria desconocida: «{name}».</translation>
        </message>
        <message>
            <source>Please enter a time like 18:30.</source>
            <translation>Escribe una hora como 18:30.</translation>
        </message>
        <message>
            <source>Please enter a time between 00:00 and 23:59.</source>
            <translation>Escribe una hora entre 00:00 y 23:59.</translation>
        </message>
        <message>
            <source>kind of event</source>
            <translation>tipo de evento</translation>
        </message>
        <message>
            <source>The end must be after the start.</source>
            <translation>El final tiene que ser posterior al inicio.</translation>
        </message>
        <message>
            <source>An event can last at most a year.</source>
            <translation>Un evento puede durar como mucho un año.</translation>
        </message>
        <message>
            <source>fellowship</source>
            <translation>comunidad</translation>
        </message>
        <message>
            <source>An online link must start with https:// or http://.</source>
            <translation>Un enlace en línea tiene que empezar por https:// o http://.</translation>
        </message>
        <message>
            <source>A reminder cannot come after the event starts.</source>
            <translation>Un recordatorio no puede llegar después de que empiece el evento.</translation>
        </message>
        <message>
            <source>A reminder offset (minutes)</source>
            <translation>La antelación de un recordatorio (minutos)</translation>
        </message>
        <message>
            <source>At most {max_rdates} extra dates are supported.</source>
            <translation>Se admiten como mucho {max_rdates} fechas adicionales.</translation>
        </message>
        <message>
            <source>Please enter a date and time.</source>
            <translation>Escribe una fecha y una hora.</translation>
        </message>
        <message>
            <source>The start</source>
            <translation>El inicio</translation>
        </message>
        <message>
            <source>The end</source>
            <translation>El final</translation>
        </message>
        <message>
            <source>An extra date (RDATE)</source>
            <translation>Una fecha adicional (RDATE)</translation>
        </message>
        <message>
            <source>A date</source>
            <translation>Una fecha</translation>
        </message>
        <message>
            <source>{what} is in the year {year}; dates from {first_year} to {last_year} can be used.</source>
            <translation>{what} está en el año {year}; se pueden usar fechas de {first_year} a {last_year}.</translation>
        </message>
        <message>
            <source>This event no longer exists.</source>
            <translation>Este evento ya no existe.</translation>
        </message>
        <message>
            <source>Only a repeating event has single occurrences to change.</source>
            <translation>Solo un evento que se repite tiene apariciones sueltas que cambiar.</translation>
        </message>
        <message>
            <source>This event does not happen at that time.</source>
            <translation>Este evento no ocurre a esa hora.</translation>
        </message>
        <message>
            <source>“{spec}” is not a week like 2026-W49.</source>
            <translation>«{spec}» no es una semana como 2026-W49.</translation>
        </message>
        <message>
            <source>Weeks from {first_year} to {value} can be shown; “{spec}” is not one.</source>
            <translation>Se pueden mostrar semanas de {first_year} a {value}; «{spec}» no es una de ellas.</translation>
        </message>
        <message>
            <source>This is not a calendar file but a folder, device or pipe, so it was not read.</source>
            <translation>Esto no es un archivo de calendario, sino una carpeta, un dispositivo o una tubería, así que no se ha leído.</translation>
        </message>
        <message>
            <source>This file is {value} MB; calendars up to 5 MB can be imported.</source>
            <translation>Este archivo ocupa {value} MB; se pueden importar calendarios de hasta 5 MB.</translation>
        </message>
        <message>
            <source>The file could not be read ({strerror}).</source>
            <translation>No se ha podido leer el archivo ({strerror}).</translation>
        </message>
        <message>
            <source>None of the {count} events could be read. The first: {first}</source>
            <translation>No se ha podido leer ninguno de los {count} eventos. El primero: {first}</translation>
        </message>
        <message>
            <source>{label}: a changed occurrence has a date that is not valid ({short_reason_exc}).</source>
            <translation>{label}: una aparición cambiada tiene una fecha no válida ({short_reason_exc}).</translation>
        </message>
        <message>
            <source>This is not a calendar file (.ics): it does not start with BEGIN:VCALENDAR.</source>
            <translation>Esto no es un archivo de calendario (.ics): no empieza por BEGIN:VCALENDAR.</translation>
        </message>
        <message>
            <source>This calendar file is damaged and cannot be read ({short_reason_exc}).</source>
            <translation>Este archivo de calendario está dañado y no se puede leer ({short_reason_exc}).</translation>
        </message>
        <message>
            <source>This file has {length_vevents} events; up to {max_events} can be imported at once.</source>
            <translation>Este archivo tiene {length_vevents} eventos; se pueden importar hasta {max_events} a la vez.</translation>
        </message>
        <message>
            <source>This file has {length_events} events; up to {max_events} can be imported at once.</source>
            <translation>Este archivo tiene {length_events} eventos; se pueden importar hasta {max_events} a la vez.</translation>
        </message>
        <message>
            <source>{label}: {message}</source>
            <translation>{label}: {message}</translation>
        </message>
        <message>
            <source>{label}: a date or value in it is not valid ({short_reason_exc}).</source>
            <translation>{label}: una fecha o un valor no es válido ({short_reason_exc}).</translation>
        </message>
        <message>
            <source>{label} has no DTSTART (start date).</source>
            <translation>{label} no tiene DTSTART (fecha de inicio).</translation>
        </message>
        <message>
            <source>{label} has no {name} (start date).</source>
            <translation>{label} no tiene {name} (fecha de inicio).</translation>
        </message>
        <message>
            <source>{label}: {name} is not a date or time.</source>
            <translation>{label}: {name} no es una fecha ni una hora.</translation>
        </message>
        <message>
            <source>{label}: {name} is in the year {year}, which looks wrong.</source>
            <translation>{label}: {name} está en el año {year}, lo que parece un error.</translation>
        </message>
        <message>
            <source>{label}: its time zone “{tzid}” is not defined in the file and is not one RecoveryBox knows, so its times could not be placed.</source>
            <translation>{label}: su zona horaria «{tzid}» no está definida en el archivo ni es una que RecoveryBox conozca, así que no se han podido situar sus horas.</translation>
        </message>
        <message>
            <source>This calendar file says it is in {name}, but it cannot be read as that.</source>
            <translation>Este archivo de calendario dice que está en {name}, pero no se puede leer así.</translation>
        </message>
        <message>
            <source>This calendar file is not in UTF-8 and does not say which character set it uses, so letters could be lost. Export it again as UTF-8 (most calendar apps do this by default).</source>
            <translation>Este archivo de calendario no está en UTF-8 y no dice qué juego de caracteres usa, así que podrían perderse letras. Vuelve a exportarlo como UTF-8 (la mayoría de las aplicaciones de calendario lo hacen por defecto).</translation>
        </message>
        <message>
            <source>The event “{title}”</source>
            <translation>El evento «{title}»</translation>
        </message>
        <message>
            <source>An event without a title</source>
            <translation>Un evento sin título</translation>
        </message>
        <message>
            <source>Choose attended or missed.</source>
            <translation>Elige asistida o perdida.</translation>
        </message>
        <message>
            <source>You can mark attendance once the meeting or session has started.</source>
            <translation>Puedes marcar la asistencia cuando la reunión o la sesión haya empezado.</translation>
        </message>
        <message>
            <source>Choose this occurrence, this and following, or the whole series.</source>
            <translation>Elige esta aparición, esta y las siguientes, o toda la serie.</translation>
        </message>
        <message>
            <source>This repeat rule is not valid (“{chunk}” has no value).</source>
            <translation>Esta regla de repetición no es válida («{chunk}» no tiene valor).</translation>
        </message>
        <message>
            <source>This repeat rule is too long.</source>
            <translation>Esta regla de repetición es demasiado larga.</translation>
        </message>
        <message>
            <source>This repeat rule never produces a date after the start.</source>
            <translation>Esta regla de repetición nunca da una fecha posterior al inicio.</translation>
        </message>
        <message>
            <source>This repeat rule names the same part twice.</source>
            <translation>Esta regla de repetición nombra la misma parte dos veces.</translation>
        </message>
        <message>
            <source>The repeat rule must not carry its own start time.</source>
            <translation>La regla de repetición no debe llevar su propia hora de inicio.</translation>
        </message>
        <message>
            <source>Events can repeat daily, weekly, monthly or yearly.</source>
            <translation>Los eventos se pueden repetir cada día, semana, mes o año.</translation>
        </message>
        <message>
            <source>A repeat rule can end on a date or after a number of times, not both.</source>
            <translation>Una regla de repetición puede terminar en una fecha o tras un número de veces, no las dos cosas.</translation>
        </message>
        <message>
            <source>The number of times must be from 1 to {max_count}.</source>
            <translation>El número de veces tiene que ir de 1 a {max_count}.</translation>
        </message>
        <message>
            <source>This repeat rule is not valid ({exc}).</source>
            <translation>Esta regla de repetición no es válida ({exc}).</translation>
        </message>
        <message>
            <source>The repeat rule's end date “{value}” is not a valid date.</source>
            <translation>La fecha de fin de la regla de repetición, «{value}», no es una fecha válida.</translation>
        </message>
        <message>
            <source>Each repeat rule must be a single RRULE.</source>
            <translation>Cada regla de repetición tiene que ser una sola RRULE.</translation>
        </message>
        <message>
            <source>Choose at least one day of the week.</source>
            <translation>Elige al menos un día de la semana.</translation>
        </message>
        <message>
            <source>This file is {value} MB, far larger than any export of ours.</source>
            <translation>Este archivo ocupa {value} MB, mucho más que cualquier exportación nuestra.</translation>
        </message>
        <message>
            <source>This export cannot be read ({exc}).</source>
            <translation>No se puede leer esta exportación ({exc}).</translation>
        </message>
        <message>
            <source>This is not a RecoveryBox export file.</source>
            <translation>Esto no es un archivo de exportación de RecoveryBox.</translation>
        </message>
        <message>
            <source>This export was made by a newer RecoveryBox. Please update the app first.</source>
            <translation>Esta exportación la hizo una versión más nueva de RecoveryBox. Actualiza antes la aplicación.</translation>
        </message>
        <message>
            <source>Import into an empty data folder only, so nothing is mixed or overwritten.</source>
            <translation>Importa solo en una carpeta de datos vacía, para que no se mezcle ni se sobrescriba nada.</translation>
        </message>
        <message>
            <source>{name}: some rows repeat a unique value or refer to rows that are not there ({orig}).</source>
            <translation>{name}: algunas filas repiten un valor único o hacen referencia a filas que no existen ({orig}).</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>This file is nested far too deeply to be a RecoveryBox export.</source>
            <translation>Este archivo está anidado a demasiada profundidad para ser una exportación de RecoveryBox.</translation>
        </message>
        <message>
            <source>should map each table's name to its rows.</source>
            <translation>debería asociar el nombre de cada tabla con sus filas.</translation>
        </message>
        <message>
            <source>unknown tables {names}.</source>
            <translation>tablas desconocidas {names}.</translation>
        </message>
        <message>
            <source>should be a list of rows.</source>
            <translation>debería ser una lista de filas.</translation>
        </message>
        <message>
            <source>the id {row_id} is used twice.</source>
            <translation>el id {row_id} se usa dos veces.</translation>
        </message>
        <message>
            <source>is not a row (an object of columns).</source>
            <translation>no es una fila (un objeto de columnas).</translation>
        </message>
        <message>
            <source>unknown columns {names}.</source>
            <translation>columnas desconocidas {names}.</translation>
        </message>
        <message>
            <source>is missing.</source>
            <translation>falta.</translation>
        </message>
        <message>
            <source>an id is needed.</source>
            <translation>hace falta un id.</translation>
        </message>
        <message>
            <source>should be true or false.</source>
            <translation>debería ser verdadero o falso.</translation>
        </message>
        <message>
            <source>should be a whole number.</source>
            <translation>debería ser un número entero.</translation>
        </message>
        <message>
            <source>an id must be a positive whole number.</source>
            <translation>un id tiene que ser un número entero positivo.</translation>
        </message>
        <message>
            <source>should be a number.</source>
            <translation>debería ser un número.</translation>
        </message>
        <message>
            <source>should be text.</source>
            <translation>debería ser texto.</translation>
        </message>
        <message>
            <source>is too long ({length} characters; the limit is {limit}).</source>
            <translation>es demasiado largo ({length} caracteres; el límite es {limit}).</translation>
        </message>
        <message>
            <source>holds control characters (such as terminal escape codes).</source>
            <translation>contiene caracteres de control (como códigos de escape de terminal).</translation>
        </message>
        <message>
            <source>should be a date or time in ISO 8601.</source>
            <translation>debería ser una fecha u hora en ISO 8601.</translation>
        </message>
        <message>
            <source>“{value}” is not a date or time in ISO 8601.</source>
            <translation>«{value}» no es una fecha ni una hora en ISO 8601.</translation>
        </message>
        <message>
            <source>the year {year} is outside {first}–{last}.</source>
            <translation>el año {year} está fuera de {first}–{last}.</translation>
        </message>
        <message>
            <source>is not valid ({reason}).</source>
            <translation>no es válido ({reason}).</translation>
        </message>
        <message>
            <source>its meetings should be a list</source>
            <translation>sus reuniones deberían ser una lista</translation>
        </message>
        <message>
            <source>its meetings do not match their count, or an id is used twice</source>
            <translation>sus reuniones no coinciden con su número, o un id se usa dos veces</translation>
        </message>
        <message>
            <source>its problems should be a list of texts</source>
            <translation>sus problemas deberían ser una lista de textos</translation>
        </message>
        <message>
            <source>An event needs its start, end and time zone.</source>
            <translation>Un evento necesita su inicio, su final y su zona horaria.</translation>
        </message>
        <message>
            <source>type of goal</source>
            <translation>tipo de objetivo</translation>
        </message>
        <message>
            <source>area</source>
            <translation>área</translation>
        </message>
        <message>
            <source>Please set a target above zero.</source>
            <translation>Pon una meta mayor que cero.</translation>
        </message>
        <message>
            <source>A weekly count needs a whole number (up to 168).</source>
            <translation>Un recuento semanal necesita un número entero (hasta 168).</translation>
        </message>
        <message>
            <source>state</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>You can't check in for a day that hasn't come yet.</source>
            <translation>No puedes marcar un día que aún no ha llegado.</translation>
        </message>
        <message>
            <source>Please enter a number from 0 upward.</source>
            <translation>Escribe un número a partir de 0.</translation>
        </message>
        <message>
            <source>This goal no longer exists.</source>
            <translation>Este objetivo ya no existe.</translation>
        </message>
        <message>
            <source>Please choose a date.</source>
            <translation>Elige una fecha.</translation>
        </message>
        <message>
            <source>A journal entry can't be dated in the future.</source>
            <translation>Una entrada del diario no puede tener una fecha futura.</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <source>Craving</source>
            <translation>Ansia</translation>
        </message>
        <message>
            <source>Unknown kind of entry.</source>
            <translation>Tipo de entrada desconocido.</translation>
        </message>
        <message>
            <source>How the day went</source>
            <translation>Cómo fue el día</translation>
        </message>
        <message>
            <source>This journal entry no longer exists.</source>
            <translation>Esta entrada del diario ya no existe.</translation>
        </message>
        <message>
            <source>a stored meeting should be an object</source>
            <translation>una reunión guardada debería ser un objeto</translation>
        </message>
        <message>
            <source>a stored meeting is incomplete or malformed ({exc})</source>
            <translation>una reunión guardada está incompleta o mal formada ({exc})</translation>
        </message>
        <message>
            <source>meeting “{id}”: days should be numbers from 0 to 6</source>
            <translation>reunión «{id}»: los días deberían ser números de 0 a 6</translation>
        </message>
        <message>
            <source>meeting “{id}”: {name} is not plain text</source>
            <translation>reunión «{id}»: {name} no es texto sin formato</translation>
        </message>
        <message>
            <source>meeting “{id}”: {name} should be a list of short texts</source>
            <translation>reunión «{id}»: {name} debería ser una lista de textos cortos</translation>
        </message>
        <message>
            <source>meeting “{id}”: a name, an id and a known time zone are needed</source>
            <translation>reunión «{id}»: hacen falta un nombre, un id y una zona horaria conocida</translation>
        </message>
        <message>
            <source>meeting “{id}”: “{link}” is not a web address</source>
            <translation>reunión «{id}»: «{link}» no es una dirección web</translation>
        </message>
        <message>
            <source>This list is {value:.0f} MB; a meeting list is at most {value2} MB. Nothing was changed.</source>
            <translation>Esta lista ocupa {value:.0f} MB; una lista de reuniones ocupa como mucho {value2} MB. No ha cambiado nada.</translation>
        </message>
        <message>
            <source>This file is empty. Nothing was changed.</source>
            <translation>Este archivo está vacío. No ha cambiado nada.</translation>
        </message>
        <message>
            <source>This is a web page (HTML), not a meeting list. Ask the meeting list's website for its Meeting Guide JSON feed address. Nothing was changed.</source>
            <translation>Esto es una página web (HTML), no una lista de reuniones. Pide a la web de la lista de reuniones la dirección de su feed JSON de Meeting Guide. No ha cambiado nada.</translation>
        </message>
        <message>
            <source>This list has {length_rows:,} meetings; at most {max_meetings:,} can be loaded.</source>
            <translation>Esta lista tiene {length_rows:,} reuniones; se pueden cargar como mucho {max_meetings:,}.</translation>
        </message>
        <message>
            <source>{where}: the id “{id}” was already used by {first}; left out.</source>
            <translation>{where}: el id «{id}» ya lo usaba {first}; se ha dejado fuera.</translation>
        </message>
        <message>
            <source>Every meeting in this list is by appointment (no day or time), so none can be listed.</source>
            <translation>Todas las reuniones de esta lista son con cita previa (sin día ni hora), así que no se puede mostrar ninguna.</translation>
        </message>
        <message>
            <source> The first problem: {problem}</source>
            <translation> El primer problema: {problem}</translation>
        </message>
        <message>
            <source>No meeting in this list could be read.{first} Nothing was changed.</source>
            <translation>No se ha podido leer ninguna reunión de esta lista.{first} No ha cambiado nada.</translation>
        </message>
        <message>
            <source>{where}: not a meeting (expected {{…}} with a name, a day and a time); left out.</source>
            <translation>{where}: no es una reunión (se esperaba {{…}} con un nombre, un día y una hora); se ha dejado fuera.</translation>
        </message>
        <message>
            <source>{where} (“{name}”)</source>
            <translation>{where} («{name}»)</translation>
        </message>
        <message>
            <source>has no name</source>
            <translation>no tiene nombre</translation>
        </message>
        <message>
            <source>“{value}” is not a time zone we know (e.g. America/New_York)</source>
            <translation>«{value}» no es una zona horaria que conozcamos (p. ej. America/New_York)</translation>
        </message>
        <message>
            <source>{label}, {field}: {problem}; left out.</source>
            <translation>{label}, {field}: {problem}; se ha dejado fuera.</translation>
        </message>
        <message>
            <source>{label}, {field}: {problem}; that field was left out.</source>
            <translation>{label}, {field}: {problem}; ese campo se ha dejado fuera.</translation>
        </message>
        <message>
            <source>This is not a text file, so it cannot be a meeting list. Nothing was changed.</source>
            <translation>Esto no es un archivo de texto, así que no puede ser una lista de reuniones. No ha cambiado nada.</translation>
        </message>
        <message>
            <source>This is not valid JSON{at}, so it cannot be read as a meeting list. Nothing was changed.</source>
            <translation>Esto no es JSON válido{at}, así que no se puede leer como lista de reuniones. No ha cambiado nada.</translation>
        </message>
        <message>
            <source>This JSON is not a meeting list: the Meeting Guide format is a list of meetings ([ {…}, {…} ]). Nothing was changed.</source>
            <translation>Este JSON no es una lista de reuniones: el formato Meeting Guide es una lista de reuniones ([ {…}, {…} ]). No ha cambiado nada.</translation>
        </message>
        <message>
            <source>This list has {length_data:,} meetings; at most {max_meetings:,} can be loaded.</source>
            <translation>Esta lista tiene {length_data:,} reuniones; se pueden cargar como mucho {max_meetings:,}.</translation>
        </message>
        <message>
            <source>This list has more than {max_meetings:,} meetings; at most {max_meetings:,} can be loaded.</source>
            <translation>Esta lista tiene más de {max_meetings:,} reuniones; se pueden cargar como mucho {max_meetings:,}.</translation>
        </message>
        <message>
            <source>This file is neither JSON nor a table, so it cannot be a meeting list.</source>
            <translation>Este archivo no es ni JSON ni una tabla, así que no puede ser una lista de reuniones.</translation>
        </message>
        <message>
            <source>This is not a meeting list: a table needs at least the columns Name, Day and Time (the first row names the columns). Nothing was changed.</source>
            <translation>Esto no es una lista de reuniones: una tabla necesita al menos las columnas Name, Day y Time (la primera fila da nombre a las columnas). No ha cambiado nada.</translation>
        </message>
        <message>
            <source>Line {n}</source>
            <translation>Línea {n}</translation>
        </message>
        <message>
            <source>The table cannot be read at line {line_num}: {exc}. Nothing was changed.</source>
            <translation>No se puede leer la tabla en la línea {line_num}: {exc}. No ha cambiado nada.</translation>
        </message>
        <message>
            <source>Meeting {n}</source>
            <translation>Reunión {n}</translation>
        </message>
        <message>
            <source>“{url}” is not a web address I can use.</source>
            <translation>«{url}» no es una dirección web que pueda usar.</translation>
        </message>
        <message>
            <source>“{url}” is not a web address; it should start with https://.</source>
            <translation>«{url}» no es una dirección web; debería empezar por https://.</translation>
        </message>
        <message>
            <source>A meeting list address with a user name or password in it is not used, to keep them safe.</source>
            <translation>No se usa una dirección de lista de reuniones que lleve dentro un nombre de usuario o una contraseña, para mantenerlos a salvo.</translation>
        </message>
        <message>
            <source>“{url}” is not secure (http://). Meeting lists are fetched over https:// only, so no one on the way can change them or see what you looked up.</source>
            <translation>«{url}» no es segura (http://). Las listas de reuniones solo se descargan por https://, para que nadie por el camino pueda cambiarlas ni ver qué has buscado.</translation>
        </message>
        <message>
            <source>The meeting list moved to {where}/…; it is not followed there. Check the address with the list's website.</source>
            <translation>La lista de reuniones se ha movido a {where}/…; no se sigue hasta allí. Comprueba la dirección en la web de la lista.</translation>
        </message>
        <message>
            <source>{host} did not send the list within {deadline:.0f} seconds (it may be very slow, or stuck). Nothing was changed.</source>
            <translation>{host} no ha enviado la lista en {deadline:.0f} segundos (puede que vaya muy lento o esté atascado). No ha cambiado nada.</translation>
        </message>
        <message>
            <source>The server answered {status} ({reason}) for {where}. Nothing was changed.</source>
            <translation>El servidor ha respondido {status} ({reason}) para {where}. No ha cambiado nada.</translation>
        </message>
        <message>
            <source>Could not reach {host}: {reason_reason}. Nothing was changed.</source>
            <translation>No se ha podido llegar a {host}: {reason_reason}. No ha cambiado nada.</translation>
        </message>
        <message>
            <source>{host} did not answer within {timeout:.0f} seconds. Nothing was changed.</source>
            <translation>{host} no ha respondido en {timeout:.0f} segundos. No ha cambiado nada.</translation>
        </message>
        <message>
            <source>{host} sent an answer that is not a proper web reply ({name}). Nothing was changed.</source>
            <translation>{host} ha enviado una respuesta que no es una respuesta web correcta ({name}). No ha cambiado nada.</translation>
        </message>
        <message>
            <source>The fetch was stopped. Nothing was changed.</source>
            <translation>Se ha detenido la descarga. No ha cambiado nada.</translation>
        </message>
        <message>
            <source>Could not fetch the list from {host}: {printable_value}. Nothing was changed.</source>
            <translation>No se ha podido descargar la lista de {host}: {printable_value}. No ha cambiado nada.</translation>
        </message>
        <message>
            <source>The list at this address is over {megabytes} MB (a meeting list is smaller); not loaded.</source>
            <translation>La lista de esta dirección ocupa más de {megabytes} MB (una lista de reuniones es más pequeña); no se ha cargado.</translation>
        </message>
        <message>
            <source>no such server (check the address, or your connection)</source>
            <translation>no existe ese servidor (revisa la dirección o tu conexión)</translation>
        </message>
        <message>
            <source>the server refused the connection</source>
            <translation>el servidor rechazó la conexión</translation>
        </message>
        <message>
            <source>it did not answer in time</source>
            <translation>no respondió a tiempo</translation>
        </message>
        <message>
            <source>its security certificate could not be verified</source>
            <translation>no se pudo verificar su certificado de seguridad</translation>
        </message>
        <message>
            <source>Choose a fellowship from {value}.</source>
            <translation>Elige una comunidad de entre {value}.</translation>
        </message>
        <message>
            <source>That meeting list is no longer kept; load it again.</source>
            <translation>Esa lista de reuniones ya no está guardada; vuelve a cargarla.</translation>
        </message>
        <message>
            <source>No meeting with the id “{slug}” in the kept meeting lists.</source>
            <translation>No hay ninguna reunión con el id «{slug}» en las listas de reuniones guardadas.</translation>
        </message>
        <message>
            <source>Several lists have a meeting “{slug}”; say which list (--list).</source>
            <translation>Varias listas tienen una reunión «{slug}»; indica cuál (--list).</translation>
        </message>
        <message>
            <source>No meeting with the id “{slug}” in “{name}”.</source>
            <translation>No hay ninguna reunión con el id «{slug}» en «{name}».</translation>
        </message>
        <message>
            <source>“{name}” is already in your week.</source>
            <translation>«{name}» ya está en tu semana.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>No existe el archivo {path}.</translation>
        </message>
        <message>
            <source>{path} cannot be read: {strerror}.</source>
            <translation>No se puede leer {path}: {strerror}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a meeting list file.</source>
            <translation>{path} es una carpeta, no un archivo de lista de reuniones.</translation>
        </message>
        <message>
            <source>This file is {value:.0f} MB; a meeting list is at most {value2} MB. Nothing was changed.</source>
            <translation>Este archivo ocupa {value:.0f} MB; una lista de reuniones ocupa como mucho {value2} MB. No ha cambiado nada.</translation>
        </message>
        <message>
            <source>The list says this meeting's location is temporarily closed.</source>
            <translation>La lista dice que el lugar de esta reunión está cerrado temporalmente.</translation>
        </message>
        <message>
            <source>At the place: {notes}</source>
            <translation>En el lugar: {notes}</translation>
        </message>
        <message>
            <source>Online: {notes}</source>
            <translation>En línea: {notes}</translation>
        </message>
        <message>
            <source>By phone: {phone}</source>
            <translation>Por teléfono: {phone}</translation>
        </message>
        <message>
            <source>Meeting type: {types}</source>
            <translation>Tipo de reunión: {types}</translation>
        </message>
        <message>
            <source>More: {url}</source>
            <translation>Más: {url}</translation>
        </message>
        <message>
            <source>From the meeting list “{name}” (id {id}).</source>
            <translation>De la lista de reuniones «{name}» (id {id}).</translation>
        </message>
        <message>
            <source>Use at least {min_passphrase} characters; a short sentence is easy to remember.</source>
            <translation>Usa al menos {min_passphrase} caracteres; una frase corta es fácil de recordar.</translation>
        </message>
        <message>
            <source>The passphrase begins or ends with a space; take it out, or it is easy to miss.</source>
            <translation>La frase de contraseña empieza o termina con un espacio; quítalo, o será fácil olvidarlo.</translation>
        </message>
        <message>
            <source>The key file {key_file} is damaged ({why}), so it cannot open your data even with the right passphrase. Put back a copy of it from your backup of the data folder.</source>
            <translation>El archivo de claves {key_file} está dañado ({why}), así que no puede abrir tus datos ni con la frase de contraseña correcta. Vuelve a poner una copia suya de tu copia de seguridad de la carpeta de datos.</translation>
        </message>
        <message>
            <source>unknown key derivation</source>
            <translation>derivación de clave desconocida</translation>
        </message>
        <message>
            <source>{name} is {value}, not between {low} and {high}</source>
            <translation>{name} es {value}, no está entre {low} y {high}</translation>
        </message>
        <message>
            <source>no {label} entry</source>
            <translation>no hay entrada {label}</translation>
        </message>
        <message>
            <source>its {label} entry does not match its own check</source>
            <translation>su entrada {label} no coincide con su propia comprobación</translation>
        </message>
        <message>
            <source>its {label} entry is unreadable: {reason}</source>
            <translation>su entrada {label} no se puede leer: {reason}</translation>
        </message>
        <message>
            <source>the {label} entry's {name} has {count} bytes</source>
            <translation>el {name} de la entrada {label} tiene {count} bytes</translation>
        </message>
        <message>
            <source>That passphrase does not open your data. Check Caps Lock and try again.</source>
            <translation>Esa frase de contraseña no abre tus datos. Comprueba el Bloq Mayús y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>That recovery key does not open your data. Check each group of four.</source>
            <translation>Esa clave de recuperación no abre tus datos. Revisa cada grupo de cuatro.</translation>
        </message>
        <message>
            <source>The key file {key_file} cannot be read ({exc}).</source>
            <translation>No se puede leer el archivo de claves {key_file} ({exc}).</translation>
        </message>
        <message>
            <source>The key file {key_file} is not one this version understands.</source>
            <translation>El archivo de claves {key_file} no es de un tipo que esta versión entienda.</translation>
        </message>
        <message>
            <source>Your data is already protected.</source>
            <translation>Tus datos ya están protegidos.</translation>
        </message>
        <message>
            <source>There is no data to protect yet.</source>
            <translation>Aún no hay datos que proteger.</translation>
        </message>
        <message>
            <source>Your data is not protected.</source>
            <translation>Tus datos no están protegidos.</translation>
        </message>
        <message>
            <source>The converted copy did not match your data; nothing changed.</source>
            <translation>La copia convertida no coincidía con tus datos; no ha cambiado nada.</translation>
        </message>
        <message>
            <source>The converted copy is not right ({problem}). Nothing changed.</source>
            <translation>La copia convertida no es correcta ({problem}). No ha cambiado nada.</translation>
        </message>
        <message>
            <source>Your data could not be converted ({exc}). Nothing changed.</source>
            <translation>No se han podido convertir tus datos ({exc}). No ha cambiado nada.</translation>
        </message>
        <message>
            <source>The disk is too full to convert your data (about {megabytes} MB more is needed). Nothing was changed: your data and its backups are as they were. Free some space and try again.</source>
            <translation>El disco está demasiado lleno para convertir tus datos (hacen falta unos {megabytes} MB más). No ha cambiado nada: tus datos y sus copias de seguridad están como estaban. Libera algo de espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The disk is too full to convert your data. Nothing was changed: your data and its backups are as they were. Free some space and try again.</source>
            <translation>El disco está demasiado lleno para convertir tus datos. No ha cambiado nada: tus datos y sus copias de seguridad están como estaban. Libera algo de espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Write what you commit to today (or keep the suggested words).</source>
            <translation>Escribe a qué te comprometes hoy (o deja las palabras sugeridas).</translation>
        </message>
        <message>
            <source>Intensity</source>
            <translation>Intensidad</translation>
        </message>
        <message>
            <source>An urge can't be logged in the future.</source>
            <translation>Un impulso no se puede anotar en el futuro.</translation>
        </message>
        <message>
            <source>Unknown plan section.</source>
            <translation>Sección del plan desconocida.</translation>
        </message>
        <message>
            <source>Please keep this to one line under 200 characters.</source>
            <translation>Escríbelo en una línea de menos de 200 caracteres.</translation>
        </message>
        <message>
            <source>Please enter an amount from 0 to 100,000, or leave it empty.</source>
            <translation>Escribe una cantidad de 0 a 100.000, o déjalo vacío.</translation>
        </message>
        <message>
            <source>This clock no longer exists.</source>
            <translation>Este contador ya no existe.</translation>
        </message>
        <message>
            <source>The new start can't be before the current one began.</source>
            <translation>El nuevo comienzo no puede ser anterior al inicio del actual.</translation>
        </message>
        <message>
            <source>The sober-since date can't be in the future.</source>
            <translation>La fecha de inicio no puede estar en el futuro.</translation>
        </message>
        <message>
            <source>Snooze for 5, 10, 15 or 60 minutes.</source>
            <translation>Pospón 5, 10, 15 o 60 minutos.</translation>
        </message>
        <message>
            <source>Please keep the crisis line under 200 characters.</source>
            <translation>Mantén la línea de crisis por debajo de 200 caracteres.</translation>
        </message>
        <message>
            <source>The emergency number can only hold digits (and spaces), like 999 or 112.</source>
            <translation>El número de emergencias solo puede tener cifras (y espacios), como 112 o 911.</translation>
        </message>
        <message>
            <source>Reminder offsets must be minutes from 0 to 7 days.</source>
            <translation>Los avisos de los recordatorios tienen que ir de 0 minutos a 7 días.</translation>
        </message>
        <message>
            <source>Unknown setting.</source>
            <translation>Ajuste desconocido.</translation>
        </message>
        <message>
            <source>{label} must be a {name}.</source>
            <translation>{label} tiene que ser {name}.</translation>
        </message>
        <message>
            <source>{label}: choose one of {value}.</source>
            <translation>{label}: elige uno de {value}.</translation>
        </message>
        <message>
            <source>{label} must be from {low} to {high}.</source>
            <translation>{label} tiene que estar entre {low} y {high}.</translation>
        </message>
        <message>
            <source>the backup copy did not check out: {problem}</source>
            <translation>la copia de seguridad no ha pasado la comprobación: {problem}</translation>
        </message>
        <message>
            <source>the disk is full. Free some space and try again.</source>
            <translation>el disco está lleno. Libera algo de espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>the copy could not be written ({exc}).</source>
            <translation>no se ha podido escribir la copia ({exc}).</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>El archivo no existe.</translation>
        </message>
        <message>
            <source>The file cannot be read ({strerror}).</source>
            <translation>No se puede leer el archivo ({strerror}).</translation>
        </message>
        <message>
            <source>This file is protected with a passphrase (or it is not a RecoveryBox data file).</source>
            <translation>Este archivo está protegido con una frase de contraseña (o no es un archivo de datos de RecoveryBox).</translation>
        </message>
        <message>
            <source>This is not a RecoveryBox data file (it is not an SQLite database).</source>
            <translation>Esto no es un archivo de datos de RecoveryBox (no es una base de datos SQLite).</translation>
        </message>
        <message>
            <source>The file is damaged ({result}).</source>
            <translation>El archivo está dañado ({result}).</translation>
        </message>
        <message>
            <source>This is an SQLite database, but not a RecoveryBox one.</source>
            <translation>Es una base de datos SQLite, pero no de RecoveryBox.</translation>
        </message>
        <message>
            <source>This file is not a RecoveryBox data file, or it is protected with another passphrase.</source>
            <translation>Este archivo no es un archivo de datos de RecoveryBox, o está protegido con otra frase de contraseña.</translation>
        </message>
        <message>
            <source>The file is damaged or unreadable ({exc}).</source>
            <translation>El archivo está dañado o no se puede leer ({exc}).</translation>
        </message>
        <message>
            <source>This file was made by a newer (or unknown) version of RecoveryBox. Please update the app first.</source>
            <translation>Este archivo lo hizo una versión más nueva (o desconocida) de RecoveryBox. Actualiza antes la aplicación.</translation>
        </message>
        <message>
            <source>This file's tables are not RecoveryBox's ({table} lacks {columns}).</source>
            <translation>Las tablas de este archivo no son las de RecoveryBox (a {table} le falta {columns}).</translation>
        </message>
        <message>
            <source>Not restored: {problem}</source>
            <translation>No restaurado: {problem}</translation>
        </message>
        <message>
            <source>Not restored, and your data is unchanged: {write_problem_exc}</source>
            <translation>No restaurado, y tus datos no han cambiado: {write_problem_exc}</translation>
        </message>
        <message>
            <source>Not restored: the copy did not check out ({problem}).</source>
            <translation>No restaurado: la copia no ha pasado la comprobación ({problem}).</translation>
        </message>
        <message>
            <source>Your data is in use by another program (perhaps RecoveryBox is already open).</source>
            <translation>Otro programa está usando tus datos (quizá RecoveryBox ya está abierto).</translation>
        </message>
        <message>
            <source>RecoveryBox can't write to its data folder (it is read-only or not yours).</source>
            <translation>RecoveryBox no puede escribir en su carpeta de datos (es de solo lectura o no es tuya).</translation>
        </message>
        <message>
            <source>The disk is full, so RecoveryBox can't save. Free some space and try again.</source>
            <translation>El disco está lleno, así que RecoveryBox no puede guardar. Libera algo de espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The data file is damaged or is not a RecoveryBox file.</source>
            <translation>El archivo de datos está dañado o no es un archivo de RecoveryBox.</translation>
        </message>
        <message>
            <source>The data file could not be opened ({exc}).</source>
            <translation>No se ha podido abrir el archivo de datos ({exc}).</translation>
        </message>
        <message>
            <source>The data file is damaged ({check}).</source>
            <translation>El archivo de datos está dañado ({check}).</translation>
        </message>
        <message>
            <source>This file is an SQLite database, but not a RecoveryBox one.</source>
            <translation>Este archivo es una base de datos SQLite, pero no de RecoveryBox.</translation>
        </message>
        <message>
            <source>{name} was not saved: the file came out empty or incomplete.</source>
            <translation>{name} no se ha guardado: el archivo ha quedado vacío o incompleto.</translation>
        </message>
        <message>
            <source>{name} was not saved: {why_exc}</source>
            <translation>{name} no se ha guardado: {why_exc}</translation>
        </message>
        <message>
            <source>This data was written by a newer version of RecoveryBox. Please update the app to open it.</source>
            <translation>Estos datos los escribió una versión más nueva de RecoveryBox. Actualiza la aplicación para abrirlos.</translation>
        </message>
        <message>
            <source>This doesn't look like an e-mail address.</source>
            <translation>Esto no parece una dirección de correo electrónico.</translation>
        </message>
        <message>
            <source>A phone number needs at least one digit.</source>
            <translation>Un número de teléfono necesita al menos una cifra.</translation>
        </message>
        <message>
            <source>role</source>
            <translation>relación</translation>
        </message>
        <message>
            <source>This contact no longer exists.</source>
            <translation>Este contacto ya no existe.</translation>
        </message>
        <message>
            <source>The calendar was not found on the server (was it deleted?). Set up sync again.</source>
            <translation>No se ha encontrado el calendario en el servidor (¿se ha borrado?). Vuelve a configurar la sincronización.</translation>
        </message>
        <message>
            <source>{host} sent an answer that could not be read ({name}).</source>
            <translation>{host} ha enviado una respuesta que no se ha podido leer ({name}).</translation>
        </message>
        <message>
            <source>The server {host} pointed to another address ({shown}). RecoveryBox sends your calendar and password only to the server you typed, so nothing was sent there. If you trust that address, type it as the server in Sync.</source>
            <translation>El servidor {host} remitía a otra dirección ({shown}). RecoveryBox envía tu calendario y tu contraseña solo al servidor que escribiste, así que no se ha enviado nada allí. Si confías en esa dirección, escríbela como servidor en Sincronización.</translation>
        </message>
        <message>
            <source>The server's storage for your account is full, so nothing more was sent.</source>
            <translation>El espacio de tu cuenta en el servidor está lleno, así que no se ha enviado nada más.</translation>
        </message>
        <message>
            <source>{host} sent the request round in redirects; nothing was sent.</source>
            <translation>{host} ha enviado la petición en círculos de redirecciones; no se ha enviado nada.</translation>
        </message>
        <message>
            <source>That is not a SHA-256 certificate fingerprint: it has 64 letters and digits (0–9, A–F), often written in pairs with colons.</source>
            <translation>Eso no es una huella de certificado SHA-256: tiene 64 letras y cifras (0–9, A–F), a menudo escritas por parejas con dos puntos.</translation>
        </message>
        <message>
            <source>The server does not let {user} use this address (403). Check the address.</source>
            <translation>El servidor no permite a {user} usar esta dirección (403). Comprueba la dirección.</translation>
        </message>
        <message>
            <source>The server did not accept the user name “{user}” and password. Check them in Sync.</source>
            <translation>El servidor no ha aceptado el nombre de usuario «{user}» y la contraseña. Revísalos en Sincronización.</translation>
        </message>
        <message>
            <source>The server answered with an error: {printable_text}</source>
            <translation>El servidor ha respondido con un error: {printable_text}</translation>
        </message>
        <message>
            <source>{host} showed a different security certificate from the one you trusted, so nothing was sent to it. If you changed the server's certificate yourself, set up sync again and check the new one's fingerprint{value}; if not, someone may be pretending to be your server.</source>
            <translation>{host} ha mostrado un certificado de seguridad distinto del que aceptaste, así que no se le ha enviado nada. Si cambiaste tú el certificado del servidor, vuelve a configurar la sincronización y comprueba la huella del nuevo{value}; si no, puede que alguien se esté haciendo pasar por tu servidor.</translation>
        </message>
        <message>
            <source> If this is your own server (a NAS, or one you run) with a certificate of its own, compare this fingerprint with the one the server shows, and trust it if they are the same: SHA-256 {fingerprint}</source>
            <translation> Si es tu propio servidor (un NAS, o uno que administras) con un certificado propio, compara esta huella con la que muestra el servidor y confía en él si son iguales: SHA-256 {fingerprint}</translation>
        </message>
        <message>
            <source>{host}'s security certificate could not be verified, so nothing was sent to it.{own}</source>
            <translation>No se ha podido verificar el certificado de seguridad de {host}, así que no se le ha enviado nada.{own}</translation>
        </message>
        <message>
            <source>A secure connection to {host} could not be made ({exc}).</source>
            <translation>No se ha podido establecer una conexión segura con {host} ({exc}).</translation>
        </message>
        <message>
            <source>{host} did not answer in time. Changes wait for the next sync.</source>
            <translation>{host} no ha respondido a tiempo. Los cambios esperan a la próxima sincronización.</translation>
        </message>
        <message>
            <source>{host} could not be found (check the address, or your connection).</source>
            <translation>No se ha encontrado {host} (comprueba la dirección o tu conexión).</translation>
        </message>
        <message>
            <source>Could not reach {host}: the server may be down or gone, or you are offline. Your changes are kept and sent at the next sync.</source>
            <translation>No se ha podido llegar a {host}: puede que el servidor esté caído o ya no exista, o que no tengas conexión. Tus cambios se guardan y se envían en la próxima sincronización.</translation>
        </message>
        <message>
            <source>{host} sent an answer over {megabytes} MB, so it was not read. Nothing was lost.</source>
            <translation>{host} ha enviado una respuesta de más de {megabytes} MB, así que no se ha leído. No se ha perdido nada.</translation>
        </message>
        <message>
            <source>The server says {count} of your {total} calendar events were deleted there. Nothing was deleted here: check the calendar on the server (or on another device) first. If they really were deleted, allow it (they are then kept in “Deleted by sync”, where you can bring them back).</source>
            <translation>El servidor dice que {count} de tus {total} eventos del calendario se han borrado allí. Aquí no se ha borrado nada: revisa primero el calendario en el servidor (o en otro dispositivo). Si de verdad se borraron, permítelo (se guardan entonces en «Borrados por la sincronización», desde donde puedes recuperarlos).</translation>
        </message>
        <message>
            <source>{host} did not finish answering within {seconds:.0f} seconds (it may be very slow, or stuck). Your changes are kept and sent at the next sync.</source>
            <translation>{host} no ha terminado de responder en {seconds:.0f} segundos (puede que vaya muy lento o esté atascado). Tus cambios se guardan y se envían en la próxima sincronización.</translation>
        </message>
        <message>
            <source>Choose which version to keep: mine or theirs.</source>
            <translation>Elige qué versión conservar: la mía o la suya.</translation>
        </message>
        <message>
            <source>No event in conflict has the UID “{uid}”: see `recoverybox sync conflicts`.</source>
            <translation>Ningún evento en conflicto tiene el UID «{uid}»: mira `recoverybox sync conflicts`.</translation>
        </message>
        <message>
            <source>This conflict was already resolved.</source>
            <translation>Este conflicto ya se resolvió.</translation>
        </message>
        <message>
            <source>Calendar sync is not set up.</source>
            <translation>La sincronización del calendario no está configurada.</translation>
        </message>
        <message>
            <source>nothing was received ({problem})</source>
            <translation>no se ha recibido nada ({problem})</translation>
        </message>
        <message>
            <source>Your changes were sent, but {value}.</source>
            <translation>Tus cambios se han enviado, pero {value}.</translation>
        </message>
        <message>
            <source>{base} is a file, not a folder. Choose a folder for RecoveryBox's data.</source>
            <translation>{base} es un archivo, no una carpeta. Elige una carpeta para los datos de RecoveryBox.</translation>
        </message>
        <message>
            <source>RecoveryBox can't create or use the folder {base} ({strerror}).</source>
            <translation>RecoveryBox no puede crear ni usar la carpeta {base} ({strerror}).</translation>
        </message>
        <message>
            <source>RecoveryBox may not write in {base} (it is read-only). Choose another folder.</source>
            <translation>RecoveryBox no puede escribir en {base} (es de solo lectura). Elige otra carpeta.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo ha fallado</translation>
        </message>
        <message>
            <source>Sorry, something went wrong inside RecoveryBox. Your saved data is safe.</source>
            <translation>Lo sentimos, algo ha fallado dentro de RecoveryBox. Tus datos guardados están a salvo.</translation>
        </message>
        <message>
            <source>What you were doing may not have finished. Details were written to the log file.</source>
            <translation>Puede que lo que estabas haciendo no haya terminado. Los detalles se han escrito en el archivo de registro.</translation>
        </message>
        <message>
            <source>The file could not be written or read ({reason}).</source>
            <translation>No se ha podido escribir ni leer el archivo ({reason}).</translation>
        </message>
        <message>
            <source>expected text, found {kind}</source>
            <translation>se esperaba texto y se encontró {kind}</translation>
        </message>
        <message>
            <source>a number far too long to be a meeting's text</source>
            <translation>un número demasiado largo para ser el texto de una reunión</translation>
        </message>
        <message>
            <source>“{value}” is not a day (0 = Sunday … 6 = Saturday, or a day's name)</source>
            <translation>«{value}» no es un día (0 = domingo … 6 = sábado, o el nombre de un día)</translation>
        </message>
        <message>
            <source>“{value}” is not a time of day (HH:MM, e.g. 19:30)</source>
            <translation>«{value}» no es una hora del día (HH:MM, p. ej. 19:30)</translation>
        </message>
        <message>
            <source>{label}, types: expected a list of type codes; that field was left out.</source>
            <translation>{label}, types: se esperaba una lista de códigos de tipo; ese campo se ha dejado fuera.</translation>
        </message>
        <message>
            <source>{label}, regions: expected a list of names; that field was left out.</source>
            <translation>{label}, regions: se esperaba una lista de nombres; ese campo se ha dejado fuera.</translation>
        </message>
        <message>
            <source>“{value}” is not a web address (https://…)</source>
            <translation>«{value}» no es una dirección web (https://…)</translation>
        </message>
        <message>
            <source>“{value}” is not a phone number</source>
            <translation>«{value}» no es un número de teléfono</translation>
        </message>
    </context>
    <context>
        <name>kinds</name>
        <message>
            <source>Support meeting</source>
            <translation>Reunión de apoyo</translation>
        </message>
        <message>
            <source>Therapy / counselling</source>
            <translation>Terapia / orientación</translation>
        </message>
        <message>
            <source>Self-care</source>
            <translation>Autocuidado</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Therapy</source>
            <translation>Terapia</translation>
        </message>
    </context>
    <context>
        <name>perform</name>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>at the start</source>
            <translation>al empezar</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) before</source>
            <translation>
                <numerusform>%n día antes</numerusform>
                <numerusform>%n días antes</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} h before</source>
            <translation>{n} h antes</translation>
        </message>
        <message>
            <source>{n} min before</source>
            <translation>{n} min antes</translation>
        </message>
        <message>
            <source>Conflict copy: your version, kept because the event changed on another device too</source>
            <translation>Copia en conflicto: tu versión, conservada porque el evento también cambió en otro dispositivo</translation>
        </message>
        <message>
            <source>all day</source>
            <translation>todo el día</translation>
        </message>
        <message>
            <source>Where: {place}</source>
            <translation>Dónde: {place}</translation>
        </message>
        <message>
            <source>Link: {url}</source>
            <translation>Enlace: {url}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Reminders: {list}</source>
            <translation>Recordatorios: {list}</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Se repite</translation>
        </message>
        <message>
            <source>Temporarily closed, the meeting list says</source>
            <translation>Cerrada temporalmente, según la lista de reuniones</translation>
        </message>
        <message>
            <source>No longer in the meeting list</source>
            <translation>Ya no está en la lista de reuniones</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Before events (meetings, therapy, self-care)</source>
            <translation>Antes de los eventos (reuniones, terapia, autocuidado)</translation>
        </message>
        <message>
            <source>Morning reflection and pledge</source>
            <translation>Reflexión y compromiso de la mañana</translation>
        </message>
        <message>
            <source>Evening check-in</source>
            <translation>Repaso de la tarde</translation>
        </message>
        <message>
            <source>Goal nudges (“if not done by …”)</source>
            <translation>Avisos de objetivos («si no está hecho a las …»)</translation>
        </message>
        <message>
            <source>Milestone celebrations</source>
            <translation>Celebración de hitos</translation>
        </message>
        <message>
            <source>&amp;Morning reminder at</source>
            <translation>Recordatorio de la &amp;mañana a las</translation>
        </message>
        <message>
            <source>&amp;Evening check-in at</source>
            <translation>Repaso de la &amp;tarde a las</translation>
        </message>
        <message>
            <source>Quiet hours start</source>
            <translation>Inicio de las horas de silencio</translation>
        </message>
        <message>
            <source>Quiet hours end</source>
            <translation>Fin de las horas de silencio</translation>
        </message>
        <message>
            <source>&amp;New events remind me</source>
            <translation>Los eventos &amp;nuevos me avisan</translation>
        </message>
        <message>
            <source>Show reminders &amp;as</source>
            <translation>Mostrar los recordatorios &amp;como</translation>
        </message>
        <message>
            <source>The desktop's notifications, where there are any</source>
            <translation>Las notificaciones del escritorio, donde las haya</translation>
        </message>
        <message>
            <source>RecoveryBox's own pop-up window</source>
            <translation>La ventana propia de RecoveryBox</translation>
        </message>
        <message>
            <source>Start RecoveryBox when I &amp;log in (no window, just reminders)</source>
            <translation>Iniciar RecoveryBox al &amp;entrar en la sesión (sin ventana, solo recordatorios)</translation>
        </message>
        <message>
            <source>When I close the &amp;window</source>
            <translation>Al cerrar la &amp;ventana</translation>
        </message>
        <message>
            <source>Ask me</source>
            <translation>Preguntarme</translation>
        </message>
        <message>
            <source>Keep reminders running in the background</source>
            <translation>Mantener los recordatorios en segundo plano</translation>
        </message>
        <message>
            <source>Quit RecoveryBox</source>
            <translation>Salir de RecoveryBox</translation>
        </message>
        <message>
            <source>&amp;Week starts on</source>
            <translation>La &amp;semana empieza el</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Lunes</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Domingo</translation>
        </message>
        <message>
            <source>&amp;First hour shown</source>
            <translation>&amp;Primera hora visible</translation>
        </message>
        <message>
            <source>Cloc&amp;k</source>
            <translation>Relo&amp;j</translation>
        </message>
        <message>
            <source>Follow my language settings</source>
            <translation>Seguir mi configuración de idioma</translation>
        </message>
        <message>
            <source>24-hour (18:30)</source>
            <translation>24 horas (18:30)</translation>
        </message>
        <message>
            <source>12-hour (6:30 PM)</source>
            <translation>12 horas (6:30 PM)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>Mo&amp;neda</translation>
        </message>
        <message>
            <source>Crisis line</source>
            <translation>Línea de crisis</translation>
        </message>
        <message>
            <source>Emergency number</source>
            <translation>Número de emergencias</translation>
        </message>
        <message>
            <source>Keep &amp;daily backups</source>
            <translation>Conservar copias &amp;diarias</translation>
        </message>
        <message>
            <source>Keep wee&amp;kly backups</source>
            <translation>Conservar copias &amp;semanales</translation>
        </message>
        <message>
            <source>&amp;Lock after, unused</source>
            <translation>&amp;Bloquear tras un tiempo sin uso</translation>
        </message>
        <message>
            <source>In the &amp;background</source>
            <translation>En segundo &amp;plano</translation>
        </message>
        <message>
            <source>&amp;Calendar and look</source>
            <translation>&amp;Calendario y aspecto</translation>
        </message>
        <message>
            <source>&amp;Privacy</source>
            <translation>&amp;Privacidad</translation>
        </message>
        <message>
            <source>&amp;Reminders</source>
            <translation>&amp;Recordatorios</translation>
        </message>
        <message>
            <source>&amp;Safety and data</source>
            <translation>&amp;Seguridad y datos</translation>
        </message>
    </context>
</TS>
