<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Conference Desk</source>
        <translation>Acerca de Conference Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Logistics of an international conference, from registration to the last badge scan: delegations, hotels, programme, interpreters, badges and check-in.</source>
        <translation>La logística de una conferencia internacional, desde la inscripción hasta el último gafete escaneado: delegaciones, hoteles, programa, intérpretes, gafetes y registro de entrada.</translation>
    </message>
    <message>
        <source>Conference: %1</source>
        <translation>Conferencia: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
</context>
<context>
    <name>Admissions</name>
    <message>
        <source>Checked in — %1</source>
        <translation>Registrados — %1</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>The conference at a glance: dates, venue, organisers and counts.</source>
        <translation>La conferencia de un vistazo: fechas, sede, organizadores y cifras.</translation>
    </message>
    <message>
        <source>Delegations &amp; participants</source>
        <translation>Delegaciones y participantes</translation>
    </message>
    <message>
        <source>Delegations of the Member States and organisations, every participant, registration imports, search and duplicate detection.</source>
        <translation>Delegaciones de los Estados Miembros y de las organizaciones, todos los participantes, importación de inscripciones, búsqueda y detección de duplicados.</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation>Hoteles</translation>
    </message>
    <message>
        <source>Room blocks per night, automatic allocation of guests to rooms, and rooming lists for the hotels.</source>
        <translation>Bloqueos de habitaciones por noche, asignación automática de huéspedes a habitaciones y listas de huéspedes (rooming lists) para los hoteles.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Arrivals per hour, airport pick-ups, runs to the airport and shuttles: who rides which vehicle, who is not covered and why.</source>
        <translation>Llegadas por hora, recogidas en el aeropuerto, traslados al aeropuerto y lanzaderas: quién viaja en qué vehículo, quién queda sin transporte y por qué.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Plenaries and parallel forums in the halls of the venue, speakers, sign-ups and conflict detection.</source>
        <translation>Plenarias y foros paralelos en los salones de la sede, ponentes, inscripciones y detección de conflictos.</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <source>Interpreters, their language combinations, booths and a roster that respects the profession&apos;s working conditions.</source>
        <translation>Los intérpretes, sus combinaciones lingüísticas, las cabinas y una programación que respeta las condiciones de trabajo de la profesión.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Gafetes</translation>
    </message>
    <message>
        <source>Badge design, signed QR codes, batch printing before the event and single badges at the desk.</source>
        <translation>Diseño de gafetes, códigos QR firmados, impresión por lotes antes del evento y gafetes individuales en el mostrador.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro de entrada</translation>
    </message>
    <message>
        <source>Scan a badge or type a name, see at once who it is, admit, and print badges for walk-ins.</source>
        <translation>Escanear un gafete o escribir un nombre, ver al instante de quién se trata, admitir e imprimir gafetes para quienes llegan sin inscripción.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Lists for hotels, interpreters and the press; attendance and occupancy figures.</source>
        <translation>Listas para hoteles, intérpretes y prensa; cifras de asistencia y ocupación.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Who changed what, when and at which desk: filter the log, see the values before and after, export it.</source>
        <translation>Quién cambió qué, cuándo y en qué mostrador: filtrar el registro, ver los valores antes y después, exportarlo.</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Write to participants: confirmations with e-badges, visa letters, hotel details, agendas and certificates; preview, queue and watch the outbox.</source>
        <translation>Escribir a los participantes: confirmaciones con gafete electrónico, cartas para el visado, datos del hotel, agendas y certificados; vista previa, cola y seguimiento de la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>No guest lands on this day</source>
        <translation>Nadie aterriza este día</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) land on this day</source>
        <translation>
            <numerusform>%n persona aterriza este día</numerusform>
            <numerusform>%n personas aterrizan este día</numerusform>
        </translation>
    </message>
    <message>
        <source>Guests landing</source>
        <translation>Aterrizajes</translation>
    </message>
    <message>
        <source>Airport pick-ups leaving</source>
        <translation>Traslados desde el aeropuerto</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Now in the %1 booth of this session: moves from there.</source>
        <translation>Ahora en la cabina de %1 de esta sesión: se trasladará desde allí.</translation>
    </message>
    <message>
        <source>Would break: %1</source>
        <translation>Incumpliría: %1</translation>
    </message>
    <message>
        <source>No interpreter in the pool can work in this booth at that time (languages and availability).</source>
        <translation>Ningún intérprete del equipo puede trabajar en esta cabina en ese momento (lenguas y disponibilidad).</translation>
    </message>
    <message>
        <source>Assign an interpreter</source>
        <translation>Asignar un intérprete</translation>
    </message>
    <message>
        <source>Who works in the %1 booth of %2 (%3, %4–%5)? Listed: everyone whose languages fit and who is available then; greyed: would break a rule.</source>
        <translation>¿Quién trabaja en la cabina de %1 de %2 (%3, %4–%5)? Se listan todos aquellos cuyas lenguas sirven y que están disponibles; en gris: incumpliría una regla.</translation>
    </message>
    <message>
        <source>&amp;Lock the assignment (a new roster keeps it)</source>
        <translation>&amp;Bloquear la asignación (una nueva planificación la conserva)</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Undo check-in…</source>
        <translation>Deshacer el registro…</translation>
    </message>
    <message>
        <source>undone: %1</source>
        <translation>deshecho: %1</translation>
    </message>
    <message>
        <source>admitted offline — to review: badge revoked before the scan</source>
        <translation>admitido sin conexión — por revisar: gafete revocado antes del escaneo</translation>
    </message>
    <message>
        <source>admitted offline — to review: registration cancelled</source>
        <translation>admitido sin conexión — por revisar: inscripción cancelada</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>admitido</translation>
    </message>
    <message numerus="yes">
        <source>%n admitted</source>
        <translation>
            <numerusform>%n admitido</numerusform>
            <numerusform>%n admitidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>create</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>update</source>
        <translation>modificación</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusión</translation>
    </message>
    <message>
        <source>set-up</source>
        <translation>configuración</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <source>badge print</source>
        <translation>impresión de gafetes</translation>
    </message>
    <message>
        <source>badge reprint</source>
        <translation>reimpresión de gafete</translation>
    </message>
    <message>
        <source>erase personal data</source>
        <translation>borrado de datos personales</translation>
    </message>
    <message>
        <source>hotel allocation</source>
        <translation>asignación hotelera</translation>
    </message>
    <message>
        <source>hotel move</source>
        <translation>hotel: traslado</translation>
    </message>
    <message>
        <source>hotel room share</source>
        <translation>hotel: habitación compartida</translation>
    </message>
    <message>
        <source>hotel lock</source>
        <translation>hotel: bloqueo</translation>
    </message>
    <message>
        <source>hotel unlock</source>
        <translation>hotel: desbloqueo</translation>
    </message>
    <message>
        <source>hotel edit</source>
        <translation>hotel: edición</translation>
    </message>
    <message>
        <source>programme: conflict accepted</source>
        <translation>programa: conflicto aceptado</translation>
    </message>
    <message>
        <source>programme: acceptance withdrawn</source>
        <translation>programa: aceptación retirada</translation>
    </message>
    <message>
        <source>programme settings</source>
        <translation>ajustes del programa</translation>
    </message>
    <message>
        <source>programme move</source>
        <translation>programa: traslado</translation>
    </message>
    <message>
        <source>programme: session created</source>
        <translation>programa: sesión creada</translation>
    </message>
    <message>
        <source>programme: session edited</source>
        <translation>programa: sesión editada</translation>
    </message>
    <message>
        <source>programme: session deleted</source>
        <translation>programa: sesión eliminada</translation>
    </message>
    <message>
        <source>programme: person added</source>
        <translation>programa: persona añadida</translation>
    </message>
    <message>
        <source>programme: person removed</source>
        <translation>programa: persona retirada</translation>
    </message>
    <message>
        <source>interpreter roster</source>
        <translation>turnos de intérpretes</translation>
    </message>
    <message>
        <source>interpreter assigned</source>
        <translation>intérprete asignado</translation>
    </message>
    <message>
        <source>interpreter unassigned</source>
        <translation>intérprete retirado</translation>
    </message>
    <message>
        <source>interpreter lock</source>
        <translation>intérprete: bloqueo</translation>
    </message>
    <message>
        <source>interpreter unlock</source>
        <translation>intérprete: desbloqueo</translation>
    </message>
    <message>
        <source>interpreter created</source>
        <translation>intérprete creado</translation>
    </message>
    <message>
        <source>interpreter edited</source>
        <translation>intérprete editado</translation>
    </message>
    <message>
        <source>interpreter deleted</source>
        <translation>intérprete eliminado</translation>
    </message>
    <message>
        <source>interpreter availability</source>
        <translation>disponibilidad de intérprete</translation>
    </message>
    <message>
        <source>interpreting rules</source>
        <translation>reglas de interpretación</translation>
    </message>
    <message>
        <source>operator added</source>
        <translation>operador añadido</translation>
    </message>
    <message>
        <source>operator deactivated</source>
        <translation>operador desactivado</translation>
    </message>
    <message>
        <source>operator reactivated</source>
        <translation>operador reactivado</translation>
    </message>
    <message>
        <source>operator PIN</source>
        <translation>PIN de operador</translation>
    </message>
    <message>
        <source>operator role</source>
        <translation>rol de operador</translation>
    </message>
</context>
<context>
    <name>AuditEntities</name>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>delegación</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>delegaciones</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>conferencia</translation>
    </message>
    <message>
        <source>room assignment</source>
        <translation>asignación de habitación</translation>
    </message>
    <message>
        <source>accepted conflict</source>
        <translation>conflicto aceptado</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <source>programme session</source>
        <translation>sesión del programa</translation>
    </message>
    <message>
        <source>interpreter assignment</source>
        <translation>asignación de intérprete</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>intérprete</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>registro de auditoría</translation>
    </message>
    <message>
        <source>List of Participants</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>rooming list</source>
        <translation>rooming list</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Seleccione una entrada para ver qué cambió.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Esta entrada ya no existe.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3, %4: %5</source>
        <translation>%1 por %2 en %3, %4: %5</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(ies) to %2.</source>
        <translation>
            <numerusform>%n entrada exportada a %2.</numerusform>
            <numerusform>%n entradas exportadas a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Words in the summary or the values</source>
        <translation>Palabras del resumen o de los valores</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>AuditSummaries</name>
    <message>
        <source>Registered walk-in {name} at {desk}</source>
        <translation>Registro in situ de {name} en el mostrador {desk}</translation>
    </message>
    <message>
        <source>Registered {name}</source>
        <translation>{name} registrado/a</translation>
    </message>
    <message>
        <source>Created session {code}</source>
        <translation>Sesión {code} creada</translation>
    </message>
    <message>
        <source>Edited session {code}</source>
        <translation>Sesión {code} editada</translation>
    </message>
    <message>
        <source>Edited {name}</source>
        <translation>{name}: datos editados</translation>
    </message>
    <message>
        <source>Head of delegation changed</source>
        <translation>Jefe/a de delegación cambiado</translation>
    </message>
    <message>
        <source>Merged {dropped} (#{drop}) into {keep} (#{kept})</source>
        <translation>{dropped} (n.º {drop}) fusionado/a en {keep} (n.º {kept})</translation>
    </message>
    <message>
        <source>Badge reprinted as version {version}: {reason}</source>
        <translation>Gafete reimpreso como versión {version}: {reason}</translation>
    </message>
    <message>
        <source>Set up conference {code} from {setup}</source>
        <translation>Conferencia {code} configurada desde {setup}</translation>
    </message>
    <message>
        <source>Imported {file}: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>Importado {file}: {new} nuevos, {updated} actualizados, {unchanged} sin cambios, {rejected} rechazados</translation>
    </message>
    <message>
        <source>Hotel allocation applied: {placed} placed, {unplaced} unplaced, {changes} changes</source>
        <translation>Asignación hotelera aplicada: {placed} alojados, {unplaced} sin alojar, {changes} cambios</translation>
    </message>
    <message>
        <source>{name}: moved to {where} (locked)</source>
        <translation>{name}: trasladado/a a {where} (bloqueado)</translation>
    </message>
    <message>
        <source>{name}: moved to {where}</source>
        <translation>{name}: trasladado/a a {where}</translation>
    </message>
    <message>
        <source>{name}: now shares room {room} with {others} (locked)</source>
        <translation>{name}: ahora comparte la habitación {room} con {others} (bloqueado)</translation>
    </message>
    <message>
        <source>{name}: now shares room {room} with {others}</source>
        <translation>{name}: ahora comparte la habitación {room} con {others}</translation>
    </message>
    <message>
        <source>{name}: room assignment locked</source>
        <translation>{name}: asignación de habitación bloqueada</translation>
    </message>
    <message>
        <source>{name}: room assignment unlocked</source>
        <translation>{name}: asignación de habitación desbloqueada</translation>
    </message>
    <message>
        <source>{name}: room assignment edited</source>
        <translation>{name}: asignación de habitación editada</translation>
    </message>
    <message>
        <source>Interpreter roster applied: {assigned} assignments, {unstaffed} booths unstaffed, {changes} changes</source>
        <translation>Turnos de intérpretes aplicados: {assigned} asignaciones, {unstaffed} cabinas sin cubrir, {changes} cambios</translation>
    </message>
    <message>
        <source>{name} assigned to the {booth} booth of {session} (was {was})</source>
        <translation>{name} asignado/a a la cabina {booth} de {session} (antes: {was})</translation>
    </message>
    <message>
        <source>{name} assigned to the {booth} booth of {session}</source>
        <translation>{name} asignado/a a la cabina {booth} de {session}</translation>
    </message>
    <message>
        <source>{name} taken out of the {booth} booth of {session}</source>
        <translation>{name} retirado/a de la cabina {booth} de {session}</translation>
    </message>
    <message>
        <source>Assignment to {session} {booth} locked</source>
        <translation>Asignación a {session} {booth} bloqueada</translation>
    </message>
    <message>
        <source>Assignment to {session} {booth} unlocked</source>
        <translation>Asignación a {session} {booth} desbloqueada</translation>
    </message>
    <message>
        <source>Interpreter {name} created</source>
        <translation>Intérprete {name} creado/a</translation>
    </message>
    <message>
        <source>Interpreter {name} edited</source>
        <translation>Intérprete {name} editado/a</translation>
    </message>
    <message>
        <source>Availability of {name}: available always</source>
        <translation>Disponibilidad de {name}: siempre disponible</translation>
    </message>
    <message>
        <source>Availability of {name}: not available {when}</source>
        <translation>Disponibilidad de {name}: no disponible {when}</translation>
    </message>
    <message>
        <source>Interpreting rules changed ({what})</source>
        <translation>Reglas de interpretación cambiadas ({what})</translation>
    </message>
    <message>
        <source>Accepted {what}</source>
        <translation>Aceptado: {what}</translation>
    </message>
    <message>
        <source>Withdrew the acceptance of {what}</source>
        <translation>Aceptación retirada: {what}</translation>
    </message>
    <message>
        <source>Programme settings: turnover {minutes} min, venue {opens}–{closes}</source>
        <translation>Ajustes del programa: intervalo {minutes} min, sede {opens}–{closes}</translation>
    </message>
    <message>
        <source>Moved {code} to unscheduled</source>
        <translation>{code} retirada del horario</translation>
    </message>
    <message>
        <source>Moved {code} to {where}</source>
        <translation>{code} trasladada: {where}</translation>
    </message>
    <message>
        <source>Deleted session {code} ({signups} sign-ups, {waiting} waiting)</source>
        <translation>Sesión {code} eliminada ({signups} inscripciones, {waiting} en espera)</translation>
    </message>
    <message>
        <source>{name} no longer {roles} in {code}</source>
        <translation>{name} ya no es {roles} en {code}</translation>
    </message>
    <message>
        <source>{name} {role} in {code}</source>
        <translation>{name}: {role} en {code}</translation>
    </message>
    <message>
        <source>Added operator {name} ({role})</source>
        <translation>Operador {name} añadido ({role})</translation>
    </message>
    <message>
        <source>Deactivated operator {name}</source>
        <translation>Operador {name} desactivado</translation>
    </message>
    <message>
        <source>Reactivated operator {name}</source>
        <translation>Operador {name} reactivado</translation>
    </message>
    <message>
        <source>Changed the PIN of {name}</source>
        <translation>PIN de {name} cambiado</translation>
    </message>
    <message>
        <source>{name}: {before} → {after}</source>
        <translation>{name}: {before} → {after}</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n badge(s) ({issued} newly issued, layout {layout}) to {file}</source>
        <translation>
            <numerusform>%n gafete impreso ({issued} emitidos por primera vez, formato {layout}) en {file}</numerusform>
            <numerusform>%n gafetes impresos ({issued} emitidos por primera vez, formato {layout}) en {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n participant(s) (everyone)</source>
        <translation>
            <numerusform>Datos personales de %n participante borrados (todos)</numerusform>
            <numerusform>Datos personales de %n participantes borrados (todos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n participant(s)</source>
        <translation>
            <numerusform>Datos personales de %n participante borrados</numerusform>
            <numerusform>Datos personales de %n participantes borrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) ({what}) to {file} ({format}), with sensitive data</source>
        <translation>
            <numerusform>%n fila exportada ({what}) a {file} ({format}), con datos sensibles</numerusform>
            <numerusform>%n filas exportadas ({what}) a {file} ({format}), con datos sensibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) ({what}) to {file} ({format})</source>
        <translation>
            <numerusform>%n fila exportada ({what}) a {file} ({format})</numerusform>
            <numerusform>%n filas exportadas ({what}) a {file} ({format})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interpreter {name} deleted (%n assignment(s) removed)</source>
        <translation>
            <numerusform>Intérprete {name} eliminado/a (%n asignación retirada)</numerusform>
            <numerusform>Intérprete {name} eliminado/a (%n asignaciones retiradas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Cuándo (%1)</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>speaker</source>
        <translation>ponente</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderador/a</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>relator/a</translation>
    </message>
    <message>
        <source>panellist</source>
        <translation>panelista</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
</context>
<context>
    <name>BadgePrinting</name>
    <message>
        <source>Save badges as PDF</source>
        <translation>Guardar los gafetes en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reprint badge</source>
        <translation>Reimprimir gafete</translation>
    </message>
    <message>
        <source>Why is the badge of %1 reprinted? The old badge will no longer be accepted.</source>
        <translation>¿Por qué se reimprime el gafete de %1? El gafete anterior dejará de ser válido.</translation>
    </message>
    <message>
        <source>Printing badges to %1…</source>
        <translation>Imprimiendo los gafetes en %1…</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Gafetes</translation>
    </message>
    <message>
        <source>Preparing badges for the printer…</source>
        <translation>Preparando los gafetes para la impresora…</translation>
    </message>
    <message>
        <source>A reprint needs a reason.</source>
        <translation>Una reimpresión necesita un motivo.</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>No se puede usar la impresora.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) printed</source>
        <translation>
            <numerusform>%n gafete impreso</numerusform>
            <numerusform>%n gafetes impresos</numerusform>
        </translation>
    </message>
    <message>
        <source>— printed in Latin script because no font can draw them: %1</source>
        <translation>— impresos en alfabeto latino porque ninguna fuente puede mostrarlos: %1</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Error al imprimir: %1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Printing cancelled: no badge was printed or recorded.</source>
        <translation>Impresión cancelada: no se imprimió ni se registró ningún gafete.</translation>
    </message>
</context>
<context>
    <name>BadgeStatusModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Gafete</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>version %1 (%2 reprints)</source>
        <translation>versión %1 (%2 reimpresiones)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>not printed</source>
        <translation>no impreso</translation>
    </message>
</context>
<context>
    <name>BadgesScreen</name>
    <message>
        <source>Reading the badges…</source>
        <translation>Leyendo los gafetes…</translation>
    </message>
    <message>
        <source>%1 of %2 have a printed badge</source>
        <translation>%1 de %2 tienen gafete impreso</translation>
    </message>
    <message>
        <source>Choose a participant to see their badge.</source>
        <translation>Elija un participante para ver su gafete.</translation>
    </message>
    <message>
        <source>A6 badge</source>
        <translation>gafete A6</translation>
    </message>
    <message>
        <source>ID-1 card</source>
        <translation>tarjeta ID-1</translation>
    </message>
    <message>
        <source>Preview: %1, as it will print.</source>
        <translation>Vista previa: %1, tal como se imprimirá.</translation>
    </message>
    <message>
        <source>Find a participant…</source>
        <translation>Buscar un participante…</translation>
    </message>
    <message>
        <source>Only people without a printed badge</source>
        <translation>Solo personas sin gafete impreso</translation>
    </message>
    <message>
        <source>&amp;Print badge</source>
        <translation>&amp;Imprimir gafete</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>&amp;Reimprimir…</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Category colours</source>
        <translation>Colores de las categorías</translation>
    </message>
    <message>
        <source>Batch printing</source>
        <translation>Impresión por lotes</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Header colour:</source>
        <translation>Color del encabezado:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Each holder&apos;s own</source>
        <translation>La de cada titular</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Two: the holder&apos;s, then English</source>
        <translation>Dos: la del titular y luego inglés</translation>
    </message>
    <message>
        <source>Cut marks on A4 sheets</source>
        <translation>Marcas de corte en las hojas A4</translation>
    </message>
    <message>
        <source>Show the logo area</source>
        <translation>Mostrar el área del logotipo</translation>
    </message>
    <message>
        <source>Show the delegation</source>
        <translation>Mostrar la delegación</translation>
    </message>
    <message>
        <source>Show the position</source>
        <translation>Mostrar el cargo</translation>
    </message>
    <message>
        <source>Show the city</source>
        <translation>Mostrar la ciudad</translation>
    </message>
    <message>
        <source>Show the category label</source>
        <translation>Mostrar la categoría</translation>
    </message>
    <message>
        <source>A6, four to an A4 sheet</source>
        <translation>A6, cuatro por hoja A4</translation>
    </message>
    <message>
        <source>ID-1 card (85.6 × 54 mm)</source>
        <translation>Tarjeta ID-1 (85,6 × 54 mm)</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Todos los participantes</translation>
    </message>
    <message>
        <source>One delegation</source>
        <translation>Una delegación</translation>
    </message>
    <message>
        <source>One category</source>
        <translation>Una categoría</translation>
    </message>
    <message>
        <source>Selected participants</source>
        <translation>Participantes seleccionados</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Imprimir:</translation>
    </message>
    <message>
        <source>Delegation:</source>
        <translation>Delegación:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Only badges not printed yet</source>
        <translation>Solo gafetes aún no impresos</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar en &amp;PDF…</translation>
    </message>
    <message>
        <source>Print &amp;to printer…</source>
        <translation>Imprimir en la i&amp;mpresora…</translation>
    </message>
</context>
<context>
    <name>BoothPanel</name>
    <message>
        <source>Select a booth in the grid.</source>
        <translation>Seleccione una cabina en la cuadrícula.</translation>
    </message>
    <message>
        <source>%1 — %2 booth</source>
        <translation>%1 — cabina de %2</translation>
    </message>
    <message>
        <source>In the booth:</source>
        <translation>En la cabina:</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(asignación bloqueada)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>No asignado: %1</translation>
    </message>
    <message>
        <source>%1 assigned to the %2 booth of %3.</source>
        <translation>%1 asignado/a a la cabina de %2 de %3.</translation>
    </message>
    <message>
        <source>%1 taken out of %2.</source>
        <translation>%1 retirado/a de %2.</translation>
    </message>
    <message>
        <source>%1: locked (a new roster keeps it).</source>
        <translation>%1: asignación bloqueada (una nueva planificación la conserva).</translation>
    </message>
    <message>
        <source>%1: unlocked.</source>
        <translation>%1: asignación desbloqueada.</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Asignar…</translation>
    </message>
    <message>
        <source>Choose who works in the selected booth (double-click a booth does the same).</source>
        <translation>Elegir quién trabaja en la cabina seleccionada (un doble clic en una cabina hace lo mismo).</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>A padlock marks a locked assignment: a new roster keeps it.</source>
        <translation>Un candado marca una asignación bloqueada: una nueva planificación la conserva.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>Hold the badge&apos;s QR code up to the camera.</source>
        <translation>Acerque el código QR del gafete a la cámara.</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No se encontró ninguna cámara</translation>
    </message>
    <message>
        <source>Press Start to scan badges with the camera.</source>
        <translation>Pulse Iniciar para escanear gafetes con la cámara.</translation>
    </message>
    <message>
        <source>Camera stopped. Press Start to scan badges with the camera.</source>
        <translation>Cámara detenida. Pulse Iniciar para escanear gafetes con la cámara.</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>La cámara se desconectó.</translation>
    </message>
    <message>
        <source>Camera scanning needs the zxing-cpp package, which is not installed.</source>
        <translation>El escaneo con cámara necesita el paquete zxing-cpp, que no está instalado.</translation>
    </message>
    <message>
        <source>Waiting for permission to use the camera…</source>
        <translation>Esperando permiso para usar la cámara…</translation>
    </message>
    <message>
        <source>This computer does not allow Conference Desk to use the camera. Allow it in the system&apos;s privacy settings.</source>
        <translation>Este equipo no permite que Conference Desk use la cámara. Permítalo en la configuración de privacidad del sistema.</translation>
    </message>
    <message>
        <source>The camera stopped: %1</source>
        <translation>La cámara se detuvo: %1</translation>
    </message>
    <message>
        <source>Read a badge.</source>
        <translation>Gafete leído.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
</context>
<context>
    <name>CameraSoundToggles</name>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Show or hide webcam scanning</source>
        <translation>Mostrar u ocultar el escaneo con cámara web</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Play a sound for every outcome</source>
        <translation>Reproducir un sonido para cada resultado</translation>
    </message>
</context>
<context>
    <name>CheckInCounter</name>
    <message>
        <source>Checked in today: %1 of %2 expected</source>
        <translation>Registrados hoy: %1 de %2 esperados</translation>
    </message>
    <message>
        <source>In this session: %1 (room capacity %2) · at the venue today: %3</source>
        <translation>En esta sesión: %1 (capacidad del salón %2) · en la sede hoy: %3</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>NO ONE FOUND</source>
        <translation>NO SE ENCONTRÓ A NADIE</translation>
    </message>
    <message>
        <source>Check the spelling, scan the badge, or register a walk-in.</source>
        <translation>Revise la ortografía, escanee el gafete o registre a la persona in situ.</translation>
    </message>
    <message>
        <source>SEVERAL PEOPLE MATCH</source>
        <translation>VARIAS PERSONAS COINCIDEN</translation>
    </message>
    <message>
        <source>“%1”: more than %2 people</source>
        <translation>«%1»: más de %2 personas</translation>
    </message>
    <message>
        <source>“%1”: %2 people</source>
        <translation>«%1»: %2 personas</translation>
    </message>
    <message>
        <source>Choose with ↑ ↓ and Enter, or type more of the name. Esc: no one.</source>
        <translation>Elija con ↑ ↓ e Intro, o escriba más del nombre. Esc: nadie.</translation>
    </message>
    <message>
        <source>%1 · desk %2</source>
        <translation>%1 · puesto %2</translation>
    </message>
    <message>
        <source>decided offline</source>
        <translation>decidido sin conexión</translation>
    </message>
    <message>
        <source>Ready — scan a badge</source>
        <translation>Listo — escanee un gafete</translation>
    </message>
    <message>
        <source>or type a name and press Enter</source>
        <translation>o escriba un nombre y pulse Intro</translation>
    </message>
    <message>
        <source>NOT CHECKED IN</source>
        <translation>NO REGISTRADO</translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation>NO DESHECHO</translation>
    </message>
    <message>
        <source>CHECK-IN UNDONE</source>
        <translation>REGISTRO DESHECHO</translation>
    </message>
    <message>
        <source>Admitted at %1 at %2</source>
        <translation>Admitido a las %1 en %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Check-in undone; the person can be checked in again.</source>
        <translation>Registro deshecho; la persona puede registrarse de nuevo.</translation>
    </message>
    <message>
        <source>Venue entry</source>
        <translation>Entrada a la sede</translation>
    </message>
    <message>
        <source>Checked in today…</source>
        <translation>Registrados hoy…</translation>
    </message>
    <message>
        <source>Everyone checked in here today; undo a check-in</source>
        <translation>Todas las personas registradas aquí hoy; deshacer un registro</translation>
    </message>
</context>
<context>
    <name>CommunicationsScreen</name>
    <message>
        <source>Confirmation with e-badge</source>
        <translation>Confirmación con gafete electrónico</translation>
    </message>
    <message>
        <source>Visa invitation letter</source>
        <translation>Carta de invitación para el visado</translation>
    </message>
    <message>
        <source>Hotel details</source>
        <translation>Datos del hotel</translation>
    </message>
    <message>
        <source>Personal agenda</source>
        <translation>Agenda personal</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Certificado de asistencia</translation>
    </message>
    <message>
        <source>Free message</source>
        <translation>Mensaje libre</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>A delegation (ISO3 code)</source>
        <translation>Una delegación (código ISO3)</translation>
    </message>
    <message>
        <source>A category (code)</source>
        <translation>Una categoría (código)</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Aún no confirmados</translation>
    </message>
    <message>
        <source>Participants (ids)</source>
        <translation>Participantes (identificadores)</translation>
    </message>
    <message>
        <source>The filter of the registration screen</source>
        <translation>El filtro de la pantalla de inscripciones</translation>
    </message>
    <message>
        <source>e.g. MEX, delegate, or 12 15 40</source>
        <translation>p. ej. MEX, delegate o 12 15 40</translation>
    </message>
    <message>
        <source>Each participant&apos;s language</source>
        <translation>El idioma de cada participante</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Poner en cola</translation>
    </message>
    <message>
        <source>Mail settings…</source>
        <translation>Configuración del correo…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinatarios:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Subject (free message):</source>
        <translation>Asunto (mensaje libre):</translation>
    </message>
    <message>
        <source>Text (free message):</source>
        <translation>Texto (mensaje libre):</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>Send queued messages</source>
        <translation>Enviar los mensajes en cola</translation>
    </message>
    <message>
        <source>Resend selected</source>
        <translation>Reenviar la selección</translation>
    </message>
    <message>
        <source>Mark selected as sent</source>
        <translation>Marcar la selección como enviada</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Redactar</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Type a name in &quot;Preview for&quot; and choose the person whose message you want to see.</source>
        <translation>Escriba un nombre en «Vista previa para» y elija la persona cuyo mensaje quiere ver.</translation>
    </message>
    <message>
        <source>Messages to participant:</source>
        <translation>Mensajes al participante:</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vista previa para:</translation>
    </message>
    <message>
        <source>Type a name to preview that person&apos;s message</source>
        <translation>Escriba un nombre para ver el mensaje de esa persona</translation>
    </message>
    <message>
        <source>Everyone&apos;s messages; type a name for one person&apos;s</source>
        <translation>Mensajes de todos; escriba un nombre para los de una persona</translation>
    </message>
    <message>
        <source>To: %1 — Subject: %2</source>
        <translation>Para: %1 — Asunto: %2</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Adjuntos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued.</source>
        <translation>
            <numerusform>%n mensaje puesto en cola.</numerusform>
            <numerusform>%n mensajes puestos en cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <source>Sending messages…</source>
        <translation>Enviando los mensajes…</translation>
    </message>
    <message>
        <source>Sent %1, failed %2, to retry later %3, unknown %4.</source>
        <translation>Enviados %1, fallidos %2, por reintentar %3, desconocidos %4.</translation>
    </message>
    <message>
        <source>Queued %1 · sending %2 · sent %3 · to retry %4 · failed %5 · unknown %6</source>
        <translation>En cola %1 · enviándose %2 · enviados %3 · por reintentar %4 · fallidos %5 · desconocidos %6</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>por reintentar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Remember the password</source>
        <translation>Recordar la contraseña</translation>
    </message>
    <message>
        <source>The password is then stored in plain text in this computer&apos;s settings file.</source>
        <translation>La contraseña se guarda entonces sin cifrar en el archivo de configuración de este equipo.</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Paste a &amp;URL:</source>
        <translation>Pegar una &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Conectar a un servidor</translation>
    </message>
    <message>
        <source>Not a database URL.</source>
        <translation>No es una URL de base de datos.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>No se puede conectar: %1</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Give the server&apos;s host and the database.</source>
        <translation>Indique el servidor y la base de datos.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>A shared (PostgreSQL) database is backed up on the server with pg_dump: {dump} (restore: {restore})</source>
        <translation>Una base de datos compartida (PostgreSQL) se respalda en el servidor con pg_dump: {dump} (restauración: {restore})</translation>
    </message>
    <message>
        <source>A shared (PostgreSQL) database is restored on the server with pg_restore: {restore}</source>
        <translation>Una base de datos compartida (PostgreSQL) se restaura en el servidor con pg_restore: {restore}</translation>
    </message>
    <message>
        <source>An in-memory database has no file to back up.</source>
        <translation>Una base de datos en memoria no tiene ningún archivo que respaldar.</translation>
    </message>
    <message>
        <source>An in-memory database cannot be restored.</source>
        <translation>Una base de datos en memoria no se puede restaurar.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself ({file}).</source>
        <translation>La copia de seguridad no puede sobrescribir la propia base de datos ({file}).</translation>
    </message>
    <message>
        <source>Cannot write the backup {file}: {reason}</source>
        <translation>No se puede escribir la copia de seguridad {file}: {reason}</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>The backup {file} failed its integrity check: {problem}</source>
        <translation>La copia de seguridad {file} no superó la comprobación de integridad: {problem}</translation>
    </message>
    <message>
        <source>Cannot back up {database}: {reason}</source>
        <translation>No se puede respaldar {database}: {reason}</translation>
    </message>
    <message>
        <source>No backup file at {file}.</source>
        <translation>No hay ningún archivo de copia de seguridad en {file}.</translation>
    </message>
    <message>
        <source>{file} is not a Conference Desk database.</source>
        <translation>{file} no es una base de datos de Conference Desk.</translation>
    </message>
    <message>
        <source>{file} is damaged: {problem}</source>
        <translation>{file} está dañado: {problem}</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of Conference Desk (schema {revision}); update the application to restore it.</source>
        <translation>{file} fue creado por una versión más reciente de Conference Desk (esquema {revision}); actualice la aplicación para restaurarlo.</translation>
    </message>
    <message>
        <source>The database {database} is in use by another program: close it there first, then restore.</source>
        <translation>La base de datos {database} está en uso por otro programa: ciérrela primero allí y luego restaure.</translation>
    </message>
    <message>
        <source>Cannot restore into {database}: the folder does not exist.</source>
        <translation>No se puede restaurar en {database}: la carpeta no existe.</translation>
    </message>
    <message>
        <source>Cannot restore {file}: {reason}</source>
        <translation>No se puede restaurar {file}: {reason}</translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>Restauración cancelada; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{count} check-in(s) name a participant who does not exist.</source>
        <translation>{count} registro(s) de entrada indican un participante que no existe.</translation>
    </message>
    <message>
        <source>{count} check-in(s) name a badge that does not exist.</source>
        <translation>{count} registro(s) de entrada indican un gafete que no existe.</translation>
    </message>
    <message>
        <source>{count} hotel night(s) have more rooms assigned than the block.</source>
        <translation>{count} noche(s) de hotel tienen más habitaciones asignadas que el cupo.</translation>
    </message>
    <message>
        <source>{count} badge code(s) do not verify with the conference key.</source>
        <translation>{count} código(s) de gafete no se verifican con la clave de la conferencia.</translation>
    </message>
    <message>
        <source>{count} check-in counter(s) do not match the admissions recorded.</source>
        <translation>{count} contador(es) de registro de entrada no coinciden con las admisiones registradas.</translation>
    </message>
    <message>
        <source>{count} participant(s) are not in the search&apos;s prefix table as their names say.</source>
        <translation>{count} participante(s) no figuran en la tabla de prefijos de búsqueda como indican sus nombres.</translation>
    </message>
    <message>
        <source>{count} participant(s) cannot be found by search (no search words).</source>
        <translation>{count} participante(s) no se pueden encontrar con la búsqueda (sin palabras de búsqueda).</translation>
    </message>
    <message>
        <source>No operator named {name}.</source>
        <translation>No hay ningún operador llamado {name}.</translation>
    </message>
    <message>
        <source>{name} is deactivated: ask an administrator.</source>
        <translation>{name} está desactivado: consulte a un administrador.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {name} is locked out for {seconds} s more.</source>
        <translation>Demasiados PIN incorrectos: {name} está bloqueado {seconds} s más.</translation>
    </message>
    <message>
        <source>Wrong PIN {count} times in a row: {name} is locked out for {seconds} s.</source>
        <translation>PIN incorrecto {count} veces seguidas: {name} queda bloqueado {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong PIN for {name}: {left} more wrong PIN(s) lock it for a minute.</source>
        <translation>PIN incorrecto para {name}: {left} error(es) más lo bloquean durante un minuto.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>Un PIN tiene de {low} a {high} cifras.</translation>
    </message>
    <message>
        <source>Unknown role {role}: clerk, organiser or administrator.</source>
        <translation>Rol desconocido {role}: clerk, organiser o administrator.</translation>
    </message>
    <message>
        <source>There is already an operator named {name}.</source>
        <translation>Ya existe un operador llamado {name}.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator: add another one first.</source>
        <translation>{name} es el último administrador activo: añada otro primero.</translation>
    </message>
    <message>
        <source>Too long: at most {n} characters.</source>
        <translation>Demasiado largo: {n} caracteres como máximo.</translation>
    </message>
    <message>
        <source>The database {database} needs a schema update that this connection may not make: ask the administrator to run server-setup.</source>
        <translation>La base de datos {database} necesita una actualización del esquema que esta conexión no puede hacer: pida al administrador que ejecute server-setup.</translation>
    </message>
    <message>
        <source>The target database is not empty ({tables}): copy only into a new, empty database.</source>
        <translation>La base de datos de destino no está vacía ({tables}): copie solo en una base nueva y vacía.</translation>
    </message>
    <message>
        <source>server-setup needs a PostgreSQL URL (postgresql+psycopg://…), not {url}.</source>
        <translation>server-setup necesita una URL de PostgreSQL (postgresql+psycopg://…), no {url}.</translation>
    </message>
    <message>
        <source>Cannot create the database {database}: {reason}</source>
        <translation>No se puede crear la base de datos {database}: {reason}</translation>
    </message>
    <message>
        <source>Cannot connect to the server: {reason}</source>
        <translation>No se puede conectar al servidor: {reason}</translation>
    </message>
    <message>
        <source>Cannot set up the roles of {database}: {reason}</source>
        <translation>No se pueden configurar los roles de {database}: {reason}</translation>
    </message>
    <message>
        <source>Unknown roles {roles}: clerk, organiser or admin.</source>
        <translation>Roles desconocidos {roles}: clerk, organiser o admin.</translation>
    </message>
    <message>
        <source>The first operator must be an administrator (who can then add the others).</source>
        <translation>El primer operador debe ser un administrador (que luego podrá añadir a los demás).</translation>
    </message>
    <message>
        <source>An operator needs a name.</source>
        <translation>Un operador necesita un nombre.</translation>
    </message>
    <message>
        <source>Valid badge, not in this desk&apos;s copy: admitted; checked when the server returns.</source>
        <translation>Gafete válido, no está en la copia de este mostrador: admitido; se comprobará cuando vuelva el servidor.</translation>
    </message>
    <message>
        <source>Cross-desk duplicate: admitted at another desk too while the server was out of reach.</source>
        <translation>Duplicado entre mostradores: admitido también en otro mostrador mientras el servidor estaba inaccesible.</translation>
    </message>
    <message>
        <source>Cannot use the desk&apos;s copy {path}: {reason}.</source>
        <translation>No se puede usar la copia del mostrador {path}: {reason}.</translation>
    </message>
    <message>
        <source>This desk has no copy of the conference yet: connect to the server once.</source>
        <translation>Este mostrador aún no tiene copia de la conferencia: conéctese una vez al servidor.</translation>
    </message>
    <message>
        <source>The server is out of reach ({reason}) and this desk has no copy to continue from.</source>
        <translation>El servidor está inaccesible ({reason}) y este mostrador no tiene copia para continuar.</translation>
    </message>
    <message>
        <source>Walk-in {name} was not registered: {problem}</source>
        <translation>La inscripción in situ de {name} no se registró: {problem}</translation>
    </message>
    <message>
        <source>{desk} admitted the code {code} at {time} while offline, but no such badge was issued.</source>
        <translation>{desk} admitió el código {code} a las {time} sin conexión, pero no se emitió ningún gafete con ese código.</translation>
    </message>
    <message>
        <source>This delegation has nobody to sign up.</source>
        <translation>Esta delegación no tiene a nadie que inscribir.</translation>
    </message>
    <message>
        <source>Passport number: {value} is not 5 to 20 letters or digits.</source>
        <translation>N.º de pasaporte: {value} no son de 5 a 20 letras o cifras.</translation>
    </message>
    <message>
        <source>Date of birth: {value} is not a date.</source>
        <translation>Fecha de nacimiento: {value} no es una fecha.</translation>
    </message>
    <message>
        <source>Date of birth: {date} is not in the past.</source>
        <translation>Fecha de nacimiento: el {date} no está en el pasado.</translation>
    </message>
    <message>
        <source>Date of birth: {date} is more than 120 years ago.</source>
        <translation>Fecha de nacimiento: el {date}, hace más de 120 años.</translation>
    </message>
    <message>
        <source>Say which participants to erase, or all of them.</source>
        <translation>Indique qué participantes borrar, o todos.</translation>
    </message>
    <message>
        <source>No participant #{id}: nothing was erased.</source>
        <translation>No hay participante n.º {id}: no se borró nada.</translation>
    </message>
    <message>
        <source>Give the venue&apos;s local time, without a time zone.</source>
        <translation>Indique la hora local de la sede, sin zona horaria.</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may.</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun.</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic.</translation>
    </message>
    <message>
        <source>{day} {start}–{end}</source>
        <translation>{day} {start}–{end}</translation>
    </message>
    <message>
        <source>{day} {start}–{end_day} {end}</source>
        <translation>{day} {start}–{end_day} {end}</translation>
    </message>
    <message>
        <source>{first}–{last} {year}</source>
        <translation>{first}–{last} {year}</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>ninguno definido</translation>
    </message>
    <message>
        <source>{room} is booked twice: {a} and {b} ({when}).</source>
        <translation>{room} está reservada dos veces: {a} y {b} ({when}).</translation>
    </message>
    <message>
        <source>{person} is in {a} and {b} at the same time ({when}).</source>
        <translation>{person} está en {a} y en {b} al mismo tiempo ({when}).</translation>
    </message>
    <message>
        <source>{person} has {gap} min between {a} (ends {a_end}) and {b} (starts {b_start}); the turnover gap is {turnover} min.</source>
        <translation>{person} tiene {gap} min entre {a} (termina {a_end}) y {b} (empieza {b_start}); el margen previsto es de {turnover} min.</translation>
    </message>
    <message>
        <source>{session} has {sign_ups} sign-ups but {room} holds {capacity}.</source>
        <translation>{session} tiene {sign_ups} inscripciones pero {room} solo admite {capacity} personas.</translation>
    </message>
    <message>
        <source>{session} expects {expected} people but {room} holds {capacity}.</source>
        <translation>{session} espera {expected} personas pero {room} solo admite {capacity}.</translation>
    </message>
    <message>
        <source>{session} accepts up to {cap} sign-ups but {room} holds {capacity}.</source>
        <translation>{session} admite hasta {cap} inscripciones pero {room} solo admite {capacity} personas.</translation>
    </message>
    <message>
        <source>{booths} booths for {wanted} target languages</source>
        <translation>{booths} cabinas para {wanted} idiomas de destino</translation>
    </message>
    <message>
        <source>{booths} booth for {wanted} target languages</source>
        <translation>{booths} cabina para {wanted} idiomas de destino</translation>
    </message>
    <message>
        <source>no booth for {languages}</source>
        <translation>ninguna cabina para {languages}</translation>
    </message>
    <message>
        <source>{session} needs interpretation into {languages} but {room} has {problems}.</source>
        <translation>{session} requiere interpretación a {languages} pero {room} tiene {problems}.</translation>
    </message>
    <message>
        <source>{session} ({when}) is not within the conference days ({span}).</source>
        <translation>{session} ({when}) no está dentro de los días de la conferencia ({span}).</translation>
    </message>
    <message>
        <source>{session} ({when}) is outside the venue&apos;s opening hours ({opens}–{closes}).</source>
        <translation>{session} ({when}) está fuera del horario de apertura de la sede ({opens}–{closes}).</translation>
    </message>
    <message>
        <source>{session} overlaps {plenary}, which all participants are expected at ({when}).</source>
        <translation>{session} coincide con {plenary}, a la que se espera a todos los participantes ({when}).</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>English booth</source>
        <translation>cabina inglesa</translation>
    </message>
    <message>
        <source>French booth</source>
        <translation>cabina francesa</translation>
    </message>
    <message>
        <source>Spanish booth</source>
        <translation>cabina española</translation>
    </message>
    <message>
        <source>Arabic booth</source>
        <translation>cabina árabe</translation>
    </message>
    <message>
        <source>Chinese booth</source>
        <translation>cabina china</translation>
    </message>
    <message>
        <source>Russian booth</source>
        <translation>cabina rusa</translation>
    </message>
    <message>
        <source>Portuguese booth</source>
        <translation>cabina portuguesa</translation>
    </message>
    <message>
        <source>German booth</source>
        <translation>cabina alemana</translation>
    </message>
    <message>
        <source>{code} booth</source>
        <translation>cabina {code}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>tarde</translation>
    </message>
    <message>
        <source>one</source>
        <translation>un</translation>
    </message>
    <message>
        <source>two</source>
        <translation>dos</translation>
    </message>
    <message>
        <source>three</source>
        <translation>tres</translation>
    </message>
    <message>
        <source>four</source>
        <translation>cuatro</translation>
    </message>
    <message>
        <source>five</source>
        <translation>cinco</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>{day} {half}</source>
        <translation>{day} ({half})</translation>
    </message>
    <message>
        <source>{first} or {rest}</source>
        <translation>{first} o {rest}</translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation>{first} y {rest}</translation>
    </message>
    <message>
        <source>the {booth} of {session}</source>
        <translation>la {booth} de {session}</translation>
    </message>
    <message>
        <source>The {booth} of {session}</source>
        <translation>La {booth} de {session}</translation>
    </message>
    <message>
        <source>{session} ({day} {start}-{end})</source>
        <translation>{session} ({day} {start}-{end})</translation>
    </message>
    <message>
        <source>{language} ({cls})</source>
        <translation>{language} ({cls})</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Assignment of interpreter {interpreter} to the {booth} booth of session {session}: no such session needing interpretation.</source>
        <translation>Asignación del intérprete {interpreter} a la cabina {booth} de la sesión {session}: no hay tal sesión que necesite interpretación.</translation>
    </message>
    <message>
        <source>Assignment of interpreter {interpreter} to the {booth} booth of session {session}: no such booth needing interpretation.</source>
        <translation>Asignación del intérprete {interpreter} a la cabina {booth} de la sesión {session}: esa cabina no existe o la sesión no necesita interpretación.</translation>
    </message>
    <message>
        <source>Assignment of interpreter {interpreter} to the {booth} booth of session {session}: no such interpreter.</source>
        <translation>Asignación del intérprete {interpreter} a la cabina {booth} de la sesión {session}: ese intérprete no existe.</translation>
    </message>
    <message>
        <source>{name} is in two booths of {session} ({first} and {second}).</source>
        <translation>{name} está en dos cabinas de {session} ({first} y {second}).</translation>
    </message>
    <message>
        <source>{language} is not one of their languages</source>
        <translation>el {language} no es una de sus lenguas</translation>
    </message>
    <message>
        <source>{language} is their C (passive) language</source>
        <translation>el {language} es su lengua C (pasiva)</translation>
    </message>
    <message>
        <source>{language} is their B and they do not work retour</source>
        <translation>el {language} es su lengua B y no trabaja en retour</translation>
    </message>
    <message>
        <source>{name} cannot work in {booth}: {why}.</source>
        <translation>{name} no puede trabajar en {booth}: {why}.</translation>
    </message>
    <message>
        <source>{name} would work in {booth} into their B {language} from {sources}: retour is done only from an A, never from a C into a B.</source>
        <translation>{name} trabajaría en {booth} hacia su lengua B ({language}) desde {sources}: el retour se hace solo desde una lengua A, nunca de una C a una B.</translation>
    </message>
    <message>
        <source>a language they do not have</source>
        <translation>una lengua que no tiene</translation>
    </message>
    <message>
        <source>{name} cannot work in {booth}: none of the languages spoken ({languages}) is one of their languages.</source>
        <translation>{name} no puede trabajar en {booth}: ninguna de las lenguas habladas ({languages}) es una de sus lenguas.</translation>
    </message>
    <message>
        <source>only {count} ({names})</source>
        <translation>solo {count} ({names})</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>No one in {booth} ({names}) works from {language}, and relay from {language} needs {count} interpreters in the other booths able to give it: {given}.</source>
        <translation>Nadie en {booth} ({names}) trabaja desde el {language}, y el relé desde el {language} necesita {count} intérpretes capaces de darlo en las otras cabinas: {given}.</translation>
    </message>
    <message>
        <source>{booth} ({minutes} min) has {count} interpreters ({names}); at least {need} are needed.</source>
        <translation>{booth} ({minutes} min) tiene {count} intérpretes ({names}); se necesitan al menos {need}.</translation>
    </message>
    <message>
        <source>{booth} ({minutes} min) has {count} interpreter ({names}); at least {need} are needed.</source>
        <translation>{booth} ({minutes} min) tiene {count} intérprete ({names}); se necesitan al menos {need}.</translation>
    </message>
    <message>
        <source>{booth} ({minutes} min, working retour) has {count} interpreters ({names}); at least {need} are needed.</source>
        <translation>{booth} ({minutes} min, con retour) tiene {count} intérpretes ({names}); se necesitan al menos {need}.</translation>
    </message>
    <message>
        <source>{booth} ({minutes} min, working retour) has {count} interpreter ({names}); at least {need} are needed.</source>
        <translation>{booth} ({minutes} min, con retour) tiene {count} intérprete ({names}); se necesitan al menos {need}.</translation>
    </message>
    <message>
        <source>{name} is not available on {day} {half} ({session}, {booth}).</source>
        <translation>{name} no está disponible el {day} por la {half} ({session}, {booth}).</translation>
    </message>
    <message>
        <source>{name} is in two places at once: {first} and {second}.</source>
        <translation>{name} está en dos sitios a la vez: {first} y {second}.</translation>
    </message>
    <message>
        <source>{name} has only {gap} minutes between {first} (ends {end}) and {second} (starts {start}); at least {minimum} are needed.</source>
        <translation>{name} solo tiene {gap} minutos entre {first} (termina a las {end}) y {second} (empieza a las {start}); se necesitan al menos {minimum}.</translation>
    </message>
    <message>
        <source>{name} works {count} sessions on {day} ({sessions}); at most {most} of up to {hours} hours are allowed.</source>
        <translation>{name} trabaja {count} sesiones el {day} ({sessions}); se permiten como máximo {most} sesiones de hasta {hours} horas.</translation>
    </message>
    <message>
        <source>{name} works {count} sessions on {day} ({sessions}); at most {most} of up to {hours} hours are allowed (a longer session counts as two).</source>
        <translation>{name} trabaja {count} sesiones el {day} ({sessions}); se permiten como máximo {most} sesiones de hasta {hours} horas (una sesión más larga cuenta como dos).</translation>
    </message>
    <message>
        <source>must be a whole number (got {value}).</source>
        <translation>debe ser un número entero (recibido: {value}).</translation>
    </message>
    <message>
        <source>must be between {low} and {high} (got {value}).</source>
        <translation>debe estar entre {low} y {high} (recibido: {value}).</translation>
    </message>
    <message>
        <source>must be an amount between 0 and 100000 (got {value}).</source>
        <translation>debe ser un importe entre 0 y 100000 (recibido: {value}).</translation>
    </message>
    <message>
        <source>must be a time like 13:00 (got {value}).</source>
        <translation>debe ser una hora como 13:00 (recibido: {value}).</translation>
    </message>
    <message>
        <source>must be more than solo_max_minutes.</source>
        <translation>debe ser mayor que solo_max_minutes.</translation>
    </message>
    <message>
        <source>no one in the pool works into {language} (an A, or a B with retour)</source>
        <translation>nadie en el equipo trabaja hacia el {language} (lengua A, o B con retour)</translation>
    </message>
    <message>
        <source>no one working into {language} has {languages}</source>
        <translation>nadie que trabaje hacia el {language} tiene {languages}</translation>
    </message>
    <message>
        <source>no one with {language} A available on {when}; the booth needs {need}</source>
        <translation>nadie con {language} como lengua A está disponible el {when}; la cabina necesita {need}</translation>
    </message>
    <message>
        <source>no one with {language} A available on {when} ({away} not available); the booth needs {need}</source>
        <translation>nadie con {language} como lengua A está disponible el {when} ({away} no disponible); la cabina necesita {need}</translation>
    </message>
    <message>
        <source>only {count} of the interpreters with {language} A available on {when}; the booth needs {need}</source>
        <translation>solo {count} de los intérpretes con {language} como lengua A disponibles el {when}; la cabina necesita {need}</translation>
    </message>
    <message>
        <source>only {count} of the interpreters with {language} A available on {when} ({away} not available); the booth needs {need}</source>
        <translation>solo {count} de los intérpretes con {language} como lengua A disponibles el {when} ({away} no disponible); la cabina necesita {need}</translation>
    </message>
    <message>
        <source>no one working into {language} available on {when} works from {source}, and relay from {source} needs {count} interpreters able to give it ({others} in the other booths)</source>
        <translation>nadie que trabaje hacia el {language} y esté disponible el {when} trabaja desde el {source}, y el relé desde el {source} necesita {count} intérpretes capaces de darlo ({others} en las otras cabinas)</translation>
    </message>
    <message>
        <source>{name} ({session})</source>
        <translation>{name} ({session})</translation>
    </message>
    <message>
        <source>{name} ({count} sessions that day)</source>
        <translation>{name} ({count} sesiones ese día)</translation>
    </message>
    <message>
        <source>{name} (another booth of {session})</source>
        <translation>{name} (otra cabina de {session})</translation>
    </message>
    <message>
        <source>no one with {language} A free on {when}; the booth needs {need}</source>
        <translation>nadie con {language} como lengua A está libre el {when}; la cabina necesita {need}</translation>
    </message>
    <message>
        <source>no one with {language} A free on {when}: {busy} already working then; the booth needs {need}</source>
        <translation>nadie con {language} como lengua A está libre el {when}: {busy} ya trabajando a esa hora; la cabina necesita {need}</translation>
    </message>
    <message>
        <source>only {count} interpreter with {language} A free on {when}; the booth needs {need}</source>
        <translation>solo {count} intérprete con {language} como lengua A libre el {when}; la cabina necesita {need}</translation>
    </message>
    <message>
        <source>only {count} interpreter with {language} A free on {when}: {busy} already working then; the booth needs {need}</source>
        <translation>solo {count} intérprete con {language} como lengua A libre el {when}: {busy} ya trabajando a esa hora; la cabina necesita {need}</translation>
    </message>
    <message>
        <source>only {count} interpreters with {language} A free on {when}; the booth needs {need}</source>
        <translation>solo {count} intérpretes con {language} como lengua A libres el {when}; la cabina necesita {need}</translation>
    </message>
    <message>
        <source>only {count} interpreters with {language} A free on {when}: {busy} already working then; the booth needs {need}</source>
        <translation>solo {count} intérpretes con {language} como lengua A libres el {when}: {busy} ya trabajando a esa hora; la cabina necesita {need}</translation>
    </message>
    <message>
        <source>the locked assignments break a rule: {violations}</source>
        <translation>las asignaciones bloqueadas incumplen una regla: {violations}</translation>
    </message>
    <message>
        <source>unlock or change the locked assignments of this booth</source>
        <translation>desbloquear o cambiar las asignaciones bloqueadas de esta cabina</translation>
    </message>
    <message>
        <source>the {count} free interpreters working into {language} on {when} cannot form a team that covers {languages} within the rules (team of {need}, relay from {givers})</source>
        <translation>los {count} intérpretes libres que trabajan hacia el {language} el {when} no pueden formar un equipo que cubra {languages} respetando las reglas (equipo de {need}, relé a partir de {givers})</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>la sesión</translation>
    </message>
    <message>
        <source>{count} {booth}-A interpreter for {when}</source>
        <translation>{count} intérprete {booth}-A para el {when}</translation>
    </message>
    <message>
        <source>{count} {booth}-A interpreters for {when}</source>
        <translation>{count} intérpretes {booth}-A para el {when}</translation>
    </message>
    <message>
        <source>{count} {booth}-A interpreter with {sources} C for {when}</source>
        <translation>{count} intérprete {booth}-A con {sources} C para el {when}</translation>
    </message>
    <message>
        <source>{count} {booth}-A interpreters with {sources} C for {when}</source>
        <translation>{count} intérpretes {booth}-A con {sources} C para el {when}</translation>
    </message>
    <message>
        <source>{count} more {booth}-A interpreter for {when}</source>
        <translation>{count} intérprete {booth}-A más para el {when}</translation>
    </message>
    <message>
        <source>{count} more {booth}-A interpreters for {when}</source>
        <translation>{count} intérpretes {booth}-A más para el {when}</translation>
    </message>
    <message>
        <source>{count} more {booth}-A interpreter with {sources} C for {when}</source>
        <translation>{count} intérprete {booth}-A más con {sources} C para el {when}</translation>
    </message>
    <message>
        <source>{count} more {booth}-A interpreters with {sources} C for {when}</source>
        <translation>{count} intérpretes {booth}-A más con {sources} C para el {when}</translation>
    </message>
    <message>
        <source>added {name} to the {booth} booth of {session}</source>
        <translation>{name} añadido a la cabina {booth} de {session}</translation>
    </message>
    <message>
        <source>removed {name} from the {booth} booth of {session}</source>
        <translation>{name} retirado de la cabina {booth} de {session}</translation>
    </message>
    <message>
        <source>The solver found no roster within {seconds} s ({status}); allow more time (--time-limit).</source>
        <translation>El solucionador no encontró ninguna planificación en {seconds} s ({status}); dé más tiempo (--time-limit).</translation>
    </message>
    <message>
        <source>No programme session with id {id}.</source>
        <translation>No hay ninguna sesión del programa con el identificador {id}.</translation>
    </message>
    <message>
        <source>No interpreter with id {id}.</source>
        <translation>No hay ningún intérprete con el identificador {id}.</translation>
    </message>
    <message>
        <source>Session {session} has no {booth} booth (its booths: {booths}).</source>
        <translation>La sesión {session} no tiene cabina {booth} (sus cabinas: {booths}).</translation>
    </message>
    <message>
        <source>Session {session} has no {booth} booth: it needs no interpretation.</source>
        <translation>La sesión {session} no tiene cabina {booth}: no necesita interpretación.</translation>
    </message>
    <message>
        <source>Session {session} has no times yet; schedule it first.</source>
        <translation>La sesión {session} aún no tiene horario; prográmela primero.</translation>
    </message>
    <message>
        <source>Not assigned: {violations}</source>
        <translation>No asignado: {violations}</translation>
    </message>
    <message>
        <source>Interpreter {id} is not assigned to session {session}.</source>
        <translation>El intérprete {id} no está asignado a la sesión {session}.</translation>
    </message>
    <message>
        <source>Availability of {name}: {day} is not a date.</source>
        <translation>Disponibilidad de {name}: {day} no es una fecha.</translation>
    </message>
    <message>
        <source>Availability of {name} on {day}: half must be &apos;am&apos; or &apos;pm&apos; (got {half}).</source>
        <translation>Disponibilidad de {name} el {day}: la media jornada debe ser «am» o «pm» (recibido: {half}).</translation>
    </message>
    <message>
        <source>Availability of {name}: {day} is outside the conference ({first}..{last}).</source>
        <translation>Disponibilidad de {name}: el {day} está fuera de la conferencia ({first}..{last}).</translation>
    </message>
    <message>
        <source>No session with interpretation on {day}.</source>
        <translation>No hay ninguna sesión con interpretación el {day}.</translation>
    </message>
    <message>
        <source>The family name is longer than {limit} characters.</source>
        <translation>El apellido tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>The given name is longer than {limit} characters.</source>
        <translation>El nombre tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The phone number is longer than {limit} characters.</source>
        <translation>El número de teléfono tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>The contract must be freelance or staff (got {value}).</source>
        <translation>El contrato debe ser freelance o staff (recibido: {value}).</translation>
    </message>
    <message>
        <source>The daily rate must be an amount of 0 or more (got {value}).</source>
        <translation>La tarifa diaria debe ser un importe de 0 o más (recibido: {value}).</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD (got {value}).</source>
        <translation>La moneda debe ser un código de tres letras como USD (recibido: {value}).</translation>
    </message>
    <message>
        <source>{code} is not a language code such as en, fr or es.</source>
        <translation>{code} no es un código de lengua como en, fr o es.</translation>
    </message>
    <message>
        <source>{language} is listed twice (rows {first} and {second}).</source>
        <translation>{language} figura dos veces (filas {first} y {second}).</translation>
    </message>
    <message>
        <source>The class of {language} must be A, B or C (got {value}).</source>
        <translation>La categoría del {language} debe ser A, B o C (recibido: {value}).</translation>
    </message>
    <message>
        <source>Retour applies only to a B language: {language} is {cls}.</source>
        <translation>El retour solo se aplica a una lengua B: el {language} es {cls}.</translation>
    </message>
    <message>
        <source>ceremony</source>
        <translation>ceremonia</translation>
    </message>
    <message>
        <source>plenary</source>
        <translation>sesión plenaria</translation>
    </message>
    <message>
        <source>thematic forum</source>
        <translation>foro temático</translation>
    </message>
    <message>
        <source>regional forum</source>
        <translation>foro regional</translation>
    </message>
    <message>
        <source>mayors forum</source>
        <translation>foro de alcaldes</translation>
    </message>
    <message>
        <source>break</source>
        <translation>pausa</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>ponente</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderador</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>relator</translation>
    </message>
    <message>
        <source>panellist</source>
        <translation>panelista</translation>
    </message>
    <message>
        <source>a role</source>
        <translation>titular de ningún papel</translation>
    </message>
    <message>
        <source>This database has no conference yet; initialise it first (conference-desk init).</source>
        <translation>Esta base de datos aún no contiene ninguna conferencia; inicialícela primero (conference-desk init).</translation>
    </message>
    <message>
        <source>No programme session with code {code}.</source>
        <translation>No hay ninguna sesión del programa con el código {code}.</translation>
    </message>
    <message>
        <source>Give both a start and an end time, or neither (unscheduled).</source>
        <translation>Indique una hora de inicio y una de fin, o ninguna (sin programar).</translation>
    </message>
    <message>
        <source>Start and end must be dates with a time of day.</source>
        <translation>El inicio y el fin deben ser fechas con hora.</translation>
    </message>
    <message>
        <source>The session must end after it starts (starts {start}, ends {end}).</source>
        <translation>La sesión debe terminar después de empezar (empieza {start}, termina {end}).</translation>
    </message>
    <message>
        <source>{start} is not a conference day ({first} to {last}).</source>
        <translation>{start} no es un día de la conferencia (del {first} al {last}).</translation>
    </message>
    <message>
        <source>{end} is after the last conference day ({last}).</source>
        <translation>{end} es posterior al último día de la conferencia ({last}).</translation>
    </message>
    <message>
        <source>No venue room with id {id}.</source>
        <translation>No hay ninguna sala con el identificador {id}.</translation>
    </message>
    <message>
        <source>A session code is required (e.g. TF1).</source>
        <translation>El código de la sesión es obligatorio (p. ej. TF1).</translation>
    </message>
    <message>
        <source>The code is {length} characters long; at most {limit}.</source>
        <translation>El código tiene {length} caracteres; {limit} como máximo.</translation>
    </message>
    <message>
        <source>The code {code} is already used by &apos;{title}&apos;.</source>
        <translation>El código {code} ya lo usa «{title}».</translation>
    </message>
    <message>
        <source>Unknown session type {value}; one of {known}.</source>
        <translation>Tipo de sesión desconocido {value}; uno de: {known}.</translation>
    </message>
    <message>
        <source>The English title is required.</source>
        <translation>El título en inglés es obligatorio.</translation>
    </message>
    <message>
        <source>The title is {length} characters long; at most {limit}.</source>
        <translation>El título tiene {length} caracteres; {limit} como máximo.</translation>
    </message>
    <message>
        <source>Unknown language {codes}: use en, fr, es.</source>
        <translation>Lengua desconocida {codes}: use en, fr, es.</translation>
    </message>
    <message>
        <source>Must be a whole number of at least {least} (got {value}).</source>
        <translation>Debe ser un número entero de al menos {least} (recibido: {value}).</translation>
    </message>
    <message>
        <source>{count} sign-ups would not fit {room} ({capacity} places).</source>
        <translation>{count} inscripciones no cabrían en {room} ({capacity} plazas).</translation>
    </message>
    <message>
        <source>Unknown region {value}; one of {known}.</source>
        <translation>Región desconocida {value}; una de: {known}.</translation>
    </message>
    <message>
        <source>The turnover gap must be a whole number of minutes between 0 and 240 (got {value}).</source>
        <translation>El margen entre sesiones debe ser un número entero de minutos entre 0 y 240 (recibido: {value}).</translation>
    </message>
    <message>
        <source>Opening hours must be times of day.</source>
        <translation>El horario de apertura debe ser horas del día.</translation>
    </message>
    <message>
        <source>The venue must close after it opens ({opens} – {closes}).</source>
        <translation>El recinto debe cerrar después de abrir ({opens} – {closes}).</translation>
    </message>
    <message>
        <source>{session} has {placed} sign-ups and {waiting} on the waiting list; cancel them first, or delete anyway.</source>
        <translation>{session} tiene {placed} inscripciones y {waiting} en lista de espera; cancélelas primero o elimínela de todos modos.</translation>
    </message>
    <message>
        <source>Unknown role {value}; one of {known}.</source>
        <translation>Papel desconocido {value}; uno de: {known}.</translation>
    </message>
    <message>
        <source>{name} has cancelled their participation and cannot be {role} in {session}.</source>
        <translation>{name} ha cancelado su participación y no puede ser {role} en {session}.</translation>
    </message>
    <message>
        <source>{name} is already {role} in {session}.</source>
        <translation>{name} ya es {role} en {session}.</translation>
    </message>
    <message>
        <source>{name} is not {role} in {session}.</source>
        <translation>{name} no es {role} en {session}.</translation>
    </message>
    <message>
        <source>A conflict fingerprint is 1 to 300 characters long.</source>
        <translation>La huella de un conflicto tiene de 1 a 300 caracteres.</translation>
    </message>
    <message>
        <source>{session} is a {type}, not a forum: only thematic, regional and mayors&apos; forums take sign-ups.</source>
        <translation>{session} es de tipo «{type}», no un foro: solo los foros temáticos, regionales y de alcaldes admiten inscripciones.</translation>
    </message>
    <message>
        <source>{name} has cancelled their participation and cannot sign up to {session}.</source>
        <translation>{name} ha cancelado su participación y no puede inscribirse en {session}.</translation>
    </message>
    <message>
        <source>is already signed up to {session} at the same time</source>
        <translation>ya está inscrito en {session} a la misma hora</translation>
    </message>
    <message>
        <source>is {role} in {session} at the same time</source>
        <translation>es {role} en {session} a la misma hora</translation>
    </message>
    <message>
        <source>{name} is already on the waiting list of {session} (position {position}).</source>
        <translation>{name} ya está en la lista de espera de {session} (posición {position}).</translation>
    </message>
    <message>
        <source>{name} is already signed up to {session}.</source>
        <translation>{name} ya está inscrito en {session}.</translation>
    </message>
    <message>
        <source>{name} {clash}; cannot sign up to {session}.</source>
        <translation>{name} {clash}; no puede inscribirse en {session}.</translation>
    </message>
    <message>
        <source>{session} is full ({placed} of {capacity} places); {name} was not signed up.</source>
        <translation>{session} está completo ({placed} de {capacity} plazas); {name} no ha sido inscrito.</translation>
    </message>
    <message>
        <source>{session} is full ({placed} of {capacity} places); {name} added to the waiting list, position {position}.</source>
        <translation>{session} está completo ({placed} de {capacity} plazas); {name} añadido a la lista de espera, posición {position}.</translation>
    </message>
    <message>
        <source>{name} signed up to {session} ({placed} of {capacity} places taken).</source>
        <translation>{name} inscrito en {session} ({placed} de {capacity} plazas ocupadas).</translation>
    </message>
    <message>
        <source>{name} signed up to {session}.</source>
        <translation>{name} inscrito en {session}.</translation>
    </message>
    <message>
        <source>{name} is not signed up to {session}.</source>
        <translation>{name} no está inscrito en {session}.</translation>
    </message>
    <message>
        <source>participant {id}</source>
        <translation>participante {id}</translation>
    </message>
    <message>
        <source>{name}&apos;s place on the waiting list for {session} was cancelled.</source>
        <translation>Se ha cancelado el puesto de {name} en la lista de espera de {session}.</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-up for {session} was cancelled.</source>
        <translation>Se ha cancelado la inscripción de {name} en {session}.</translation>
    </message>
    <message>
        <source>{cancelled} {promoted} moved up from the waiting list.</source>
        <translation>{cancelled} {promoted} pasa de la lista de espera a una plaza.</translation>
    </message>
    <message>
        <source>No participants to sign up.</source>
        <translation>No hay participantes que inscribir.</translation>
    </message>
    <message>
        <source>no participant with id {id}</source>
        <translation>ningún participante con el identificador {id}</translation>
    </message>
    <message>
        <source>{name} has cancelled</source>
        <translation>{name} ha cancelado su participación</translation>
    </message>
    <message>
        <source>{name} {clash}</source>
        <translation>{name} {clash}</translation>
    </message>
    <message>
        <source>{session} has {free} free places of {capacity} for {count} people</source>
        <translation>{session} tiene {free} plazas libres de {capacity} para {count} personas</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>Nobody was signed up to {session}: {problems}.</source>
        <translation>No se ha inscrito a nadie en {session}: {problems}.</translation>
    </message>
    <message>
        <source>{placed} signed up to {session}.</source>
        <translation>{placed} inscritos en {session}.</translation>
    </message>
    <message>
        <source>{placed} signed up to {session}, {waitlisted} on the waiting list (full: {capacity} places).</source>
        <translation>{placed} inscritos en {session}, {waitlisted} en la lista de espera (completo: {capacity} plazas).</translation>
    </message>
    <message>
        <source>{placed} signed up to {session}, {already} already signed up.</source>
        <translation>{placed} inscritos en {session}, {already} ya inscritos.</translation>
    </message>
    <message>
        <source>{placed} signed up to {session}, {waitlisted} on the waiting list (full: {capacity} places), {already} already signed up.</source>
        <translation>{placed} inscritos en {session}, {waitlisted} en la lista de espera (completo: {capacity} plazas), {already} ya inscritos.</translation>
    </message>
    <message>
        <source>Family name is required.</source>
        <translation>El apellido es obligatorio.</translation>
    </message>
    <message>
        <source>Category is required.</source>
        <translation>La categoría es obligatoria.</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@domain.org).</source>
        <translation>Dirección de correo no válida (nombre@dominio.org).</translation>
    </message>
    <message>
        <source>Departure is before arrival.</source>
        <translation>La salida es anterior a la llegada.</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Fecha no válida.</translation>
    </message>
    <message>
        <source>Not a date (no such day).</source>
        <translation>Fecha no válida (ese día no existe).</translation>
    </message>
    <message>
        <source>Not a date (the year is out of range).</source>
        <translation>Fecha no válida (año fuera de rango).</translation>
    </message>
    <message>
        <source>Not a date (use YYYY-MM-DD, DD/MM/YYYY or %1 September %2).</source>
        <translation>Fecha no válida (use AAAA-MM-DD, DD/MM/AAAA o %1 de septiembre de %2).</translation>
    </message>
    <message>
        <source>Not yes or no (yes/no, oui/non, sí/no, x, %1/%2).</source>
        <translation>Ni sí ni no (yes/no, oui/non, sí/no, x, %1/%2).</translation>
    </message>
    <message>
        <source>Too long: %1 characters.</source>
        <translation>Demasiado largo: %1 caracteres.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Demasiado largo: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters (%2 given).</source>
        <translation>Demasiado largo: %1 caracteres como máximo (se dieron %2).</translation>
    </message>
    <message>
        <source>Unknown column.</source>
        <translation>Columna desconocida.</translation>
    </message>
    <message>
        <source>Unknown value.</source>
        <translation>Valor desconocido.</translation>
    </message>
    <message>
        <source>Unknown country or not a Member State.</source>
        <translation>País desconocido o que no es Estado Miembro.</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>¿Quiso decir: %1?</translation>
    </message>
    <message>
        <source>Unknown category; use one of: %1.</source>
        <translation>Categoría desconocida; use una de estas: %1.</translation>
    </message>
    <message>
        <source>Unknown category; use one of: {categories}.</source>
        <translation>Categoría desconocida; use una de estas: {categories}.</translation>
    </message>
    <message>
        <source>Unknown hotel.</source>
        <translation>Hotel desconocido.</translation>
    </message>
    <message>
        <source>Unknown gender (F, M, X or female/male/other).</source>
        <translation>Género desconocido (F, M, X o mujer/hombre/otro).</translation>
    </message>
    <message>
        <source>Not a working language (English, French or Spanish).</source>
        <translation>No es un idioma de trabajo (inglés, francés o español).</translation>
    </message>
    <message>
        <source>Unknown status (registered, confirmed or cancelled).</source>
        <translation>Estado desconocido (inscrito, confirmado o cancelado).</translation>
    </message>
    <message>
        <source>Unknown delegation type (Member State, IGO, NGO, private sector, UNESCO or host).</source>
        <translation>Tipo de delegación desconocido (Estado Miembro, OIG, ONG, sector privado, UNESCO o anfitrión).</translation>
    </message>
    <message>
        <source>A Member State delegation needs its country.</source>
        <translation>Una delegación de Estado Miembro debe indicar su país.</translation>
    </message>
    <message>
        <source>An organisation&apos;s delegation needs the organisation&apos;s name.</source>
        <translation>La delegación de una organización debe indicar el nombre de la organización.</translation>
    </message>
    <message>
        <source>Same e-mail as row %1: the same person twice in this file.</source>
        <translation>Mismo correo que la fila %1: la misma persona aparece dos veces en este archivo.</translation>
    </message>
    <message>
        <source>Same registration ID as row %1: the same person twice in this file.</source>
        <translation>Mismo n.º de inscripción que la fila %1: la misma persona aparece dos veces en este archivo.</translation>
    </message>
    <message>
        <source>Refers to the same registered participant as row %1.</source>
        <translation>Se refiere al mismo participante inscrito que la fila %1.</translation>
    </message>
    <message>
        <source>Outside the conference period (%1 to %2).</source>
        <translation>Fuera del período de la conferencia (del %1 al %2).</translation>
    </message>
    <message>
        <source>Not a flight number (an airline code and 1 to 4 digits: AM 401, AF179, IB6401).</source>
        <translation>Número de vuelo no válido (un código de aerolínea y de 1 a 4 dígitos: AM 401, AF179, IB6401).</translation>
    </message>
    <message>
        <source>Not a time (use 14:35, 2:35 PM or 1435).</source>
        <translation>Hora no válida (use 14:35, 2:35 PM o 1435).</translation>
    </message>
    <message>
        <source>Not a terminal (use T1 or T2).</source>
        <translation>Terminal no válida (use T1 o T2).</translation>
    </message>
    <message>
        <source>An arrival flight needs its date: give the arrival date too.</source>
        <translation>Un vuelo de llegada necesita su fecha: indique también la fecha de llegada.</translation>
    </message>
    <message>
        <source>A departure flight needs its date: give the departure date too.</source>
        <translation>Un vuelo de salida necesita su fecha: indique también la fecha de salida.</translation>
    </message>
    <message>
        <source>Departure at {departure} is before the arrival at {arrival} on the same day.</source>
        <translation>Salida a las {departure}, antes de la llegada a las {arrival} el mismo día.</translation>
    </message>
    <message>
        <source>No hotel has this name: imported without a preferred hotel; the text is kept in the notes.</source>
        <translation>Ningún hotel tiene este nombre: se importa sin hotel preferido; el texto se conserva en las notas.</translation>
    </message>
    <message>
        <source>Matches several hotels ({hotels}): imported without a preferred hotel; the text is kept in the notes.</source>
        <translation>Coincide con varios hoteles ({hotels}): se importa sin hotel preferido; el texto se conserva en las notas.</translation>
    </message>
    <message>
        <source>Unknown room type (known: {types}): imported without a room type; the text is kept in the notes.</source>
        <translation>Tipo de habitación desconocido (conocidos: {types}): se importa sin tipo de habitación; el texto se conserva en las notas.</translation>
    </message>
    <message>
        <source>Too long for a room type (at most {limit} characters): the text is kept in the notes.</source>
        <translation>Demasiado largo para un tipo de habitación (como máximo {limit} caracteres): el texto se conserva en las notas.</translation>
    </message>
    <message>
        <source>Too long for dietary needs (at most {limit} characters): the text is kept in the notes.</source>
        <translation>Demasiado largo para la dieta (como máximo {limit} caracteres): el texto se conserva en las notas.</translation>
    </message>
    <message>
        <source>Not a working language (English, French or Spanish): the preferred language is left as it is; the text is kept in the notes.</source>
        <translation>No es un idioma de trabajo (inglés, francés o español): el idioma preferido no cambia; el texto se conserva en las notas.</translation>
    </message>
    <message>
        <source>{name} is not a date column whose day and month can be swapped (arrival or departure).</source>
        <translation>{name} no es una columna de fechas cuyo día y mes se puedan intercambiar (llegada o salida).</translation>
    </message>
    <message>
        <source>{field} dates (column {column}) look like day and month swapped ({before} → {after}) in {count} rows.</source>
        <translation>Las fechas de «{field}» (columna {column}) parecen tener el día y el mes invertidos ({before} → {after}) en {count} filas.</translation>
    </message>
    <message>
        <source>{field} (column {column}): day and month exchanged ({before} → {after}) in {count} rows.</source>
        <translation>{field} (columna {column}): día y mes intercambiados ({before} → {after}) en {count} filas.</translation>
    </message>
    <message>
        <source>Someone else saved this participant after you opened it; reopen it to see their changes.</source>
        <translation>Otra persona guardó a este participante después de que usted lo abriera; vuelva a abrirlo para ver sus cambios.</translation>
    </message>
    <message>
        <source>The head of a delegation must be one of its members.</source>
        <translation>El jefe o la jefa de una delegación debe ser uno de sus miembros.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Importación cancelada; no se guardó nada.</translation>
    </message>
    <message>
        <source>Already checked in.</source>
        <translation>Ya registrado.</translation>
    </message>
    <message>
        <source>Unknown code: no badge was issued with this code.</source>
        <translation>Código desconocido: no se emitió ningún gafete con este código.</translation>
    </message>
    <message>
        <source>Forged or altered code.</source>
        <translation>Código falsificado o alterado.</translation>
    </message>
    <message>
        <source>Revoked badge: it was replaced by a reprint.</source>
        <translation>Gafete revocado: fue sustituido por una reimpresión.</translation>
    </message>
    <message>
        <source>Badge of another conference.</source>
        <translation>Gafete de otra conferencia.</translation>
    </message>
    <message>
        <source>Registration cancelled.</source>
        <translation>Inscripción cancelada.</translation>
    </message>
    <message>
        <source>Not a badge code.</source>
        <translation>No es un código de gafete.</translation>
    </message>
    <message>
        <source>Could not read this code: scan it again, or type the name.</source>
        <translation>No se pudo leer este código: escanéelo de nuevo o escriba el nombre.</translation>
    </message>
    <message>
        <source>Admitted offline with a badge revoked before the scan: to review.</source>
        <translation>Admitido sin conexión con un gafete revocado antes del escaneo: por revisar.</translation>
    </message>
    <message>
        <source>The desk name is too long ({length} characters; at most {limit}).</source>
        <translation>El nombre del puesto es demasiado largo ({length} caracteres; como máximo {limit}).</translation>
    </message>
    <message>
        <source>The desk name contains control characters.</source>
        <translation>El nombre del puesto contiene caracteres de control.</translation>
    </message>
    <message>
        <source>{count} offline decision(s) of other operators wait until one of them signs in at this desk (a desk&apos;s role writes check-ins only in the signed-in operator&apos;s name).</source>
        <translation>{count} decisión(es) tomada(s) sin conexión por otros operadores esperan a que uno de ellos inicie sesión en este puesto (el rol de un puesto solo registra en nombre del operador conectado).</translation>
    </message>
    <message>
        <source>The operator name is too long ({length} characters; at most {limit}).</source>
        <translation>El nombre del operador es demasiado largo ({length} caracteres; como máximo {limit}).</translation>
    </message>
    <message>
        <source>The operator name contains control characters.</source>
        <translation>El nombre del operador contiene caracteres de control.</translation>
    </message>
    <message>
        <source>Contains a text-direction control ({code}) that can make it read as something else: remove it.</source>
        <translation>Contiene un carácter de control de la dirección del texto ({code}) que puede hacer que se lea de otra forma: elimínelo.</translation>
    </message>
    <message>
        <source>The name on the badge (given and family names) would be {length} characters, more than {limit}: give a shorter badge name or shorter names.</source>
        <translation>El nombre en el gafete (nombre y apellidos) tendría {length} caracteres, más de {limit}: indique un nombre de gafete más corto o nombres más cortos.</translation>
    </message>
    <message>
        <source>Admitted offline although the registration was cancelled: to review.</source>
        <translation>Admitido sin conexión aunque la inscripción estaba cancelada: por revisar.</translation>
    </message>
    <message>
        <source>{desk} admitted {name} at {time} while offline with badge version {version}, revoked at {revoked} ({why}): to review.</source>
        <translation>{desk} admitió a {name} a las {time} sin conexión con la versión {version} del gafete, revocada el {revoked} ({why}): por revisar.</translation>
    </message>
    <message>
        <source>{desk} admitted {name} at {time} while offline, but the registration is cancelled: to review.</source>
        <translation>{desk} admitió a {name} a las {time} sin conexión, pero la inscripción está cancelada: por revisar.</translation>
    </message>
    <message>
        <source>Give a reason for undoing the check-in.</source>
        <translation>Indique el motivo para deshacer el registro.</translation>
    </message>
    <message>
        <source>The reason is too long ({length} characters; at most {limit}).</source>
        <translation>El motivo es demasiado largo ({length} caracteres; como máximo {limit}).</translation>
    </message>
    <message>
        <source>No check-in {event} was recorded.</source>
        <translation>No se hizo ningún registro {event}.</translation>
    </message>
    <message>
        <source>Check-in {event} was already undone.</source>
        <translation>El registro {event} ya se deshizo.</translation>
    </message>
    <message>
        <source>Check-in {event} did not admit anyone: there is nothing to undo.</source>
        <translation>El registro {event} no admitió a nadie: no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Only {operator}, who made this check-in, or a supervisor may undo it.</source>
        <translation>Solo {operator}, quien hizo este registro, o un supervisor pueden deshacerlo.</translation>
    </message>
    <message>
        <source>A check-in can be undone only while the server answers: try again when it returns.</source>
        <translation>Un registro solo puede deshacerse mientras el servidor responde: inténtelo de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <source>Not signed up for this session.</source>
        <translation>No inscrito en esta sesión.</translation>
    </message>
    <message>
        <source>No such participant.</source>
        <translation>Participante inexistente.</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>No se escaneó nada.</translation>
    </message>
    <message>
        <source>Country or organisation is required.</source>
        <translation>El país o la organización es obligatorio.</translation>
    </message>
    <message>
        <source>Unknown country: give its ISO 3-letter code.</source>
        <translation>País desconocido: indique su código ISO de 3 letras.</translation>
    </message>
    <message>
        <source>Unknown category (known: %1).</source>
        <translation>Categoría desconocida (conocidas: %1).</translation>
    </message>
    <message>
        <source>A reprint needs a reason.</source>
        <translation>Una reimpresión necesita un motivo.</translation>
    </message>
    <message>
        <source>A reprint needs a reason (for example: lost, damaged, name corrected).</source>
        <translation>Una reimpresión necesita un motivo (por ejemplo: perdido, dañado, nombre corregido).</translation>
    </message>
    <message>
        <source>This database holds no conference yet: run init first.</source>
        <translation>Esta base de datos aún no contiene ninguna conferencia: ejecute primero init.</translation>
    </message>
    <message>
        <source>{participant}: new {before} -&gt; {after}</source>
        <translation>{participant}: nuevo {before} → {after}</translation>
    </message>
    <message>
        <source>{participant}: moved {before} -&gt; {after}</source>
        <translation>{participant}: movido {before} → {after}</translation>
    </message>
    <message>
        <source>{participant}: dates {before} -&gt; {after}</source>
        <translation>{participant}: fechas cambiadas {before} → {after}</translation>
    </message>
    <message>
        <source>{participant}: room {before} -&gt; {after}</source>
        <translation>{participant}: habitación cambiada {before} → {after}</translation>
    </message>
    <message>
        <source>{participant}: removed {before} -&gt; {after}</source>
        <translation>{participant}: retirado {before} → {after}</translation>
    </message>
    <message>
        <source>{participant}: {kind} {before} -&gt; {after}</source>
        <translation>{participant}: {kind} {before} → {after}</translation>
    </message>
    <message>
        <source>{hotel} {room_type} {arrival}..{departure} {room_label}</source>
        <translation>{hotel}, {room_type}, del {arrival} al {departure}, {room_label}</translation>
    </message>
    <message>
        <source>{guest} ({delegation}): sharer {sharer} is not a hotel guest of the same delegation; placed alone</source>
        <translation>{guest} ({delegation}): {sharer}, con quien compartir la habitación, no figura entre los huéspedes de hotel de la misma delegación; habitación aparte</translation>
    </message>
    <message>
        <source>{guest} (no delegation): sharer {sharer} is not a hotel guest of the same delegation; placed alone</source>
        <translation>{guest} (sin delegación): {sharer}, con quien compartir la habitación, no figura entre los huéspedes de hotel de la misma delegación; habitación aparte</translation>
    </message>
    <message>
        <source>{guest}: sharer note {note} matches several colleagues ({colleagues}); placed alone</source>
        <translation>{guest}: la nota de habitación compartida {note} coincide con varios colegas ({colleagues}); habitación aparte</translation>
    </message>
    <message>
        <source>{names}: {count} sharers but no room holds more than {capacity}; placed separately</source>
        <translation>{names}: {count} personas comparten habitación, pero ninguna habitación aloja a más de {capacity}; alojadas por separado</translation>
    </message>
    <message>
        <source>{names}: sharers locked in different rooms; each kept where locked</source>
        <translation>{names}: personas que comparten habitación bloqueadas en habitaciones distintas; cada una se queda donde está bloqueada</translation>
    </message>
    <message>
        <source>{names}: a sharer is locked in a room too small for the group; placed separately</source>
        <translation>{names}: una de las personas está bloqueada en una habitación demasiado pequeña para el grupo; alojadas por separado</translation>
    </message>
    <message>
        <source>{count} stays reach outside the block period ({first}..{last}): only the block nights are booked</source>
        <translation>{count} estancias se salen del periodo del bloqueo (del {first} al {last}): solo se reservan las noches del bloqueo</translation>
    </message>
    <message>
        <source>no night of the stay ({arrival}..{departure}) is in the block period</source>
        <translation>ninguna noche de la estancia (del {arrival} al {departure}) está en el periodo del bloqueo</translation>
    </message>
    <message>
        <source>no hotel has a room block</source>
        <translation>ningún hotel tiene un bloqueo de habitaciones</translation>
    </message>
    <message>
        <source>conflicting sharer: no room type holds {guests} guests</source>
        <translation>habitación compartida imposible: ningún tipo de habitación aloja a {guests} personas</translation>
    </message>
    <message>
        <source>not allowed: needs an accessible room for {guests} and no hotel has one</source>
        <translation>no permitido: necesita una habitación accesible para {guests} personas y ningún hotel tiene una</translation>
    </message>
    <message>
        <source>not allowed: needs an accessible room and no hotel has one</source>
        <translation>no permitido: necesita una habitación accesible y ningún hotel tiene una</translation>
    </message>
    <message>
        <source>no block that night: no accessible rooms for {guests} in any hotel on {nights}</source>
        <translation>no hay bloqueo esa noche: ningún hotel tiene habitaciones accesibles para {guests} personas (noche(s): {nights})</translation>
    </message>
    <message>
        <source>no block that night: no accessible rooms in any hotel on {nights}</source>
        <translation>no hay bloqueo esa noche: ningún hotel tiene habitaciones accesibles (noche(s): {nights})</translation>
    </message>
    <message>
        <source>no block that night: no rooms for {guests} in any hotel on {nights}</source>
        <translation>no hay bloqueo esa noche: ningún hotel tiene habitaciones para {guests} personas (noche(s): {nights})</translation>
    </message>
    <message>
        <source>no block that night: no rooms in any hotel on {nights}</source>
        <translation>no hay bloqueo esa noche: ningún hotel tiene habitaciones (noche(s): {nights})</translation>
    </message>
    <message>
        <source>no hotel has an accessible room type with a block on every night of the stay ({first}..{last})</source>
        <translation>ningún hotel tiene un tipo de habitación accesible con bloqueo en todas las noches de la estancia (del {first} al {last})</translation>
    </message>
    <message>
        <source>no hotel has a room type with a block on every night of the stay ({first}..{last})</source>
        <translation>ningún hotel tiene un tipo de habitación con bloqueo en todas las noches de la estancia (del {first} al {last})</translation>
    </message>
    <message>
        <source>room type exhausted: no hotel has one {room_types} room free for every night of the stay ({first}..{last})</source>
        <translation>tipo de habitación agotado: ningún hotel tiene una habitación de tipo {room_types} libre en todas las noches de la estancia (del {first} al {last})</translation>
    </message>
    <message>
        <source>room type exhausted: every {room_types} room for {guests} is taken on {nights}</source>
        <translation>tipo de habitación agotado: todas las habitaciones de tipo {room_types} para {guests} personas están ocupadas (noche(s): {nights})</translation>
    </message>
    <message>
        <source>room type exhausted: every {room_types} room is taken on {nights}</source>
        <translation>tipo de habitación agotado: todas las habitaciones de tipo {room_types} están ocupadas (noche(s): {nights})</translation>
    </message>
    <message>
        <source>locked assignments in more than one hotel</source>
        <translation>asignaciones bloqueadas en más de un hotel</translation>
    </message>
    <message>
        <source>{hotel} has no suitable room for {names}</source>
        <translation>{hotel} no tiene habitación adecuada para {names}</translation>
    </message>
    <message>
        <source>a locked guest stays outside {hotel}</source>
        <translation>un huésped bloqueado se aloja fuera de {hotel}</translation>
    </message>
    <message>
        <source>{hotel} has {free} suitable rooms free on {night} for the {needed} more needed</source>
        <translation>{hotel} tiene {free} habitaciones adecuadas libres el {night} para las {needed} adicionales que harían falta</translation>
    </message>
    <message>
        <source>{hotel} would need rooms taken by other delegations</source>
        <translation>{hotel} necesitaría habitaciones ocupadas por otras delegaciones</translation>
    </message>
    <message>
        <source>not enough rooms in one hotel: {reasons}</source>
        <translation>no hay suficientes habitaciones en un solo hotel: {reasons}</translation>
    </message>
    <message>
        <source>The time limit must be more than 0 seconds.</source>
        <translation>El tiempo límite debe ser mayor que 0 segundos.</translation>
    </message>
    <message>
        <source>There are no hotels: add hotels, room types and blocks first.</source>
        <translation>No hay hoteles: añada primero los hoteles, los tipos de habitación y los bloqueos.</translation>
    </message>
    <message>
        <source>{names}: locked in {hotel} {room_type} on nights without a block ({nights})</source>
        <translation>{names}: bloqueado en {hotel}, {room_type}, en noches sin bloqueo ({nights})</translation>
    </message>
    <message>
        <source>{hotel} {room_type} on {night}: {count} rooms for a block of {block} (locked assignments)</source>
        <translation>{hotel}, {room_type}, el {night}: {count} habitaciones para un bloqueo de {block} (asignaciones bloqueadas)</translation>
    </message>
    <message>
        <source>The room assignments changed since this allocation was computed; run the allocation again.</source>
        <translation>Las asignaciones de habitaciones cambiaron desde que se calculó esta asignación; vuelva a ejecutar la asignación.</translation>
    </message>
    <message>
        <source>Allocation not applied; nothing was changed.</source>
        <translation>Asignación no aplicada; no se cambió nada.</translation>
    </message>
    <message>
        <source>{guest} has no arrival/departure dates or there are no room blocks.</source>
        <translation>{guest} no tiene fechas de llegada o salida, o no hay bloqueos de habitaciones.</translation>
    </message>
    <message>
        <source>{guest}&apos;s stay ({arrival}..{departure}) has no night in the block period ({first}..{last}).</source>
        <translation>La estancia de {guest} (del {arrival} al {departure}) no tiene ninguna noche en el periodo del bloqueo (del {first} al {last}).</translation>
    </message>
    <message>
        <source>No participant with id {id}.</source>
        <translation>No hay ningún participante con el identificador {id}.</translation>
    </message>
    <message>
        <source>{guest} is not a hotel guest (no hotel needed, or cancelled).</source>
        <translation>{guest} no es huésped de hotel (no necesita hotel o su inscripción está cancelada).</translation>
    </message>
    <message>
        <source>That room type is not one of that hotel&apos;s.</source>
        <translation>Ese tipo de habitación no es de ese hotel.</translation>
    </message>
    <message>
        <source>A {room_type} room holds {capacity}; {guests} guests share this room.</source>
        <translation>Una habitación de tipo {room_type} aloja como máximo a {capacity} persona(s); {guests} personas comparten esta habitación.</translation>
    </message>
    <message>
        <source>{guest} needs an accessible room; {room_type} is not one.</source>
        <translation>{guest} necesita una habitación accesible; el tipo {room_type} no lo es.</translation>
    </message>
    <message>
        <source>Cannot move {guest}: {hotel} has no {room_type} rooms in the block on the night of {night}.</source>
        <translation>No se puede mover a {guest}: {hotel} no tiene habitaciones de tipo {room_type} en el bloqueo la noche del {night}.</translation>
    </message>
    <message>
        <source>Cannot move {guest}: {hotel} {room_type} is full on the night of {night} ({used} of {block} rooms taken).</source>
        <translation>No se puede mover a {guest}: en el hotel {hotel}, el tipo {room_type} está lleno la noche del {night} ({used} de {block} habitaciones ocupadas).</translation>
    </message>
    <message>
        <source>{guest} cannot share a room with themselves.</source>
        <translation>{guest} no puede compartir una habitación consigo mismo/a.</translation>
    </message>
    <message>
        <source>{host} has no room yet, so {guest} cannot share it: allocate or move {host} first.</source>
        <translation>{host} aún no tiene habitación, así que {guest} no puede compartirla: asigne o mueva primero a {host}.</translation>
    </message>
    <message>
        <source>{guest} already shares {host}&apos;s room {room}.</source>
        <translation>{guest} ya comparte la habitación {room} de {host}.</translation>
    </message>
    <message>
        <source>Cannot put {guest} in {host}&apos;s room {room}: a {room_type} room is for one guest only.</source>
        <translation>No se puede poner a {guest} en la habitación {room} de {host}: una habitación de tipo {room_type} es para una sola persona.</translation>
    </message>
    <message>
        <source>{guest} needs an accessible room; {host}&apos;s room {room} ({room_type}) is not one.</source>
        <translation>{guest} necesita una habitación accesible; la habitación {room} de {host} ({room_type}) no lo es.</translation>
    </message>
    <message>
        <source>Cannot put {guest} in {host}&apos;s room {room}: a {room_type} room holds {capacity} guests and it is full on the night of {night}.</source>
        <translation>No se puede poner a {guest} en la habitación {room} de {host}: una habitación de tipo {room_type} aloja a {capacity} personas y está llena la noche del {night}.</translation>
    </message>
    <message>
        <source>Cannot put {guest} in {host}&apos;s room {room}: {host} is not there on the night of {night} and {hotel} has no {room_type} rooms in the block that night.</source>
        <translation>No se puede poner a {guest} en la habitación {room} de {host}: {host} no está allí la noche del {night} y {hotel} no tiene habitaciones de tipo {room_type} en el bloqueo esa noche.</translation>
    </message>
    <message>
        <source>Cannot put {guest} in {host}&apos;s room {room}: {host} is not there on the night of {night} and {hotel} {room_type} is full that night ({used} of {block} rooms taken).</source>
        <translation>No se puede poner a {guest} en la habitación {room} de {host}: {host} no está allí la noche del {night} y en el hotel {hotel} el tipo {room_type} está lleno esa noche ({used} de {block} habitaciones ocupadas).</translation>
    </message>
    <message>
        <source>Participant {id} has no room assignment to lock.</source>
        <translation>El participante {id} no tiene ninguna asignación de habitación que bloquear.</translation>
    </message>
    <message>
        <source>Participant {id} has no room assignment to unlock.</source>
        <translation>El participante {id} no tiene ninguna asignación de habitación que desbloquear.</translation>
    </message>
    <message>
        <source>Participant {id} has no room assignment.</source>
        <translation>El participante {id} no tiene asignación de habitación.</translation>
    </message>
    <message>
        <source>No hotel with id {id}.</source>
        <translation>No hay ningún hotel con el identificador {id}.</translation>
    </message>
    <message>
        <source>Give (part of) a hotel&apos;s name.</source>
        <translation>Indique el nombre de un hotel (o parte del nombre).</translation>
    </message>
    <message>
        <source>No hotel matches {name} (hotels: none).</source>
        <translation>Ningún hotel coincide con {name} (no hay hoteles).</translation>
    </message>
    <message>
        <source>No hotel matches {name} (hotels: {hotels}).</source>
        <translation>Ningún hotel coincide con {name} (hoteles: {hotels}).</translation>
    </message>
    <message>
        <source>{name} matches several hotels ({hotels}): give more of the name.</source>
        <translation>{name} coincide con varios hoteles ({hotels}): indique más del nombre.</translation>
    </message>
    <message>
        <source>{hotel} has no room type {code} (types: none).</source>
        <translation>{hotel} no tiene el tipo de habitación {code} (no hay tipos).</translation>
    </message>
    <message>
        <source>{hotel} has no room type {code} (types: {types}).</source>
        <translation>{hotel} no tiene el tipo de habitación {code} (tipos: {types}).</translation>
    </message>
    <message>
        <source>Give the file to write (--out).</source>
        <translation>Indique el archivo que se va a escribir (--out).</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>llegada</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>{kind} {flight}: {reason}</source>
        <translation>{kind} {flight}: {reason}</translation>
    </message>
    <message>
        <source>No vehicle free between {start} and {end} (vehicles per hour used up).</source>
        <translation>Ningún vehículo libre entre {start} y {end} (vehículos por hora agotados).</translation>
    </message>
    <message>
        <source>No car free between {start} and {end} (vehicles per hour used up).</source>
        <translation>Ningún automóvil libre entre {start} y {end} (vehículos por hora agotados).</translation>
    </message>
    <message>
        <source>{bags} bags: more than any vehicle carries.</source>
        <translation>{bags} maletas: más de las que lleva cualquier vehículo.</translation>
    </message>
    <message>
        <source>No run within the waiting limit had room (the solver stopped early); plan again with more time.</source>
        <translation>Ningún traslado dentro del límite de espera tenía sitio (el solucionador se detuvo antes); planifique de nuevo con más tiempo.</translation>
    </message>
    <message>
        <source>The departure {value} is not after the arrival {arrival}.</source>
        <translation>La salida {value} no es posterior a la llegada {arrival}.</translation>
    </message>
    <message>
        <source>{value} is not a flight number: an airline code (AM, AF, IB, UA or AMX) and 1 to 4 digits, e.g. AM 401.</source>
        <translation>{value} no es un número de vuelo: un código de aerolínea (AM, AF, IB, UA o AMX) y de 1 a 4 cifras, p. ej. AM 401.</translation>
    </message>
    <message>
        <source>{value}: give the local time in Mexico City without a time zone.</source>
        <translation>{value}: indique la hora local de la Ciudad de México sin zona horaria.</translation>
    </message>
    <message>
        <source>Unknown terminal {value} (known: {known}).</source>
        <translation>Terminal desconocida {value} (conocidas: {known}).</translation>
    </message>
    <message>
        <source>No hotel: a run would not know where to go.</source>
        <translation>Sin hotel: un traslado no sabría adónde ir.</translation>
    </message>
    <message>
        <source>{value} bags: give a number of bags from 0.</source>
        <translation>{value} maletas: indique un número de maletas a partir de 0.</translation>
    </message>
    <message>
        <source>This leg belongs to participant {other}, not {participant}.</source>
        <translation>Este trayecto pertenece al participante {other}, no a {participant}.</translation>
    </message>
    <message>
        <source>Unknown kind of leg {value}: arrival or departure.</source>
        <translation>Tipo de trayecto desconocido {value}: llegada o salida.</translation>
    </message>
    <message>
        <source>A second {kind} ({flight}) besides {first}: keep the one the guest travels on.</source>
        <translation>Un segundo trayecto de {kind} ({flight}) además de {first}: conserve el que la persona toma realmente.</translation>
    </message>
    <message>
        <source>{value} is outside the travel window {start} to {end}.</source>
        <translation>{value} está fuera del periodo de viaje del {start} al {end}.</translation>
    </message>
    <message>
        <source>Own arrangement</source>
        <translation>Transporte propio</translation>
    </message>
    <message>
        <source>No hotel</source>
        <translation>Sin hotel</translation>
    </message>
    <message>
        <source>Arrival flight {flight} has no date or time.</source>
        <translation>El vuelo de llegada {flight} no tiene fecha u hora.</translation>
    </message>
    <message>
        <source>Departure flight {flight} has no date or time.</source>
        <translation>El vuelo de salida {flight} no tiene fecha u hora.</translation>
    </message>
    <message>
        <source>Planning cancelled; nothing was changed.</source>
        <translation>Planificación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>The stored runs changed since this plan was made; plan the transport again.</source>
        <translation>Los traslados guardados cambiaron desde que se hizo este plan; planifique el transporte de nuevo.</translation>
    </message>
    <message>
        <source>Not on a run yet: the flight was registered or changed after the last plan.</source>
        <translation>Sin traslado todavía: el vuelo se registró o cambió después del último plan.</translation>
    </message>
    <message>
        <source>Not on a run yet: no transport plan has been applied.</source>
        <translation>Sin traslado todavía: aún no se ha aplicado ningún plan de transporte.</translation>
    </message>
    <message>
        <source>Run {run} no longer fits: {problem}</source>
        <translation>El traslado {run} ya no sirve: {problem}</translation>
    </message>
    <message>
        <source>No run {run}.</source>
        <translation>No existe el traslado {run}.</translation>
    </message>
    <message>
        <source>No participant #{id}.</source>
        <translation>No existe el participante n.º {id}.</translation>
    </message>
    <message>
        <source>Cannot put {name} on run {run}: {reason}</source>
        <translation>No se puede asignar a {name} al traslado {run}: {reason}</translation>
    </message>
    <message>
        <source>the registration is cancelled.</source>
        <translation>la inscripción está cancelada.</translation>
    </message>
    <message>
        <source>no arrival flight is registered.</source>
        <translation>no hay ningún vuelo de llegada registrado.</translation>
    </message>
    <message>
        <source>no departure flight is registered.</source>
        <translation>no hay ningún vuelo de salida registrado.</translation>
    </message>
    <message>
        <source>it is full ({seats} seats taken).</source>
        <translation>está completo ({seats} plazas ocupadas).</translation>
    </message>
    <message>
        <source>its hold is full ({bags} of {hold} bags).</source>
        <translation>su maletero está lleno ({bags} de {hold} maletas).</translation>
    </message>
    <message>
        <source>it is a shuttle: shuttles carry head counts, not named guests.</source>
        <translation>es un autobús lanzadera: las lanzaderas se calculan por número de personas, no por nombre.</translation>
    </message>
    <message>
        <source>it is an arrival run and this is the guest&apos;s departure.</source>
        <translation>es un traslado de llegada y se trata de la salida de la persona.</translation>
    </message>
    <message>
        <source>it is a departure run and this is the guest&apos;s arrival.</source>
        <translation>es un traslado de salida y se trata de la llegada de la persona.</translation>
    </message>
    <message>
        <source>it leaves from {place}, not from the guest&apos;s terminal {terminal}.</source>
        <translation>sale de {place}, no de la terminal de la persona, {terminal}.</translation>
    </message>
    <message>
        <source>it goes to {place}, not to the guest&apos;s hotel {hotel}.</source>
        <translation>va a {place}, no al hotel de la persona, {hotel}.</translation>
    </message>
    <message>
        <source>it leaves from {place}, not from the guest&apos;s hotel {hotel}.</source>
        <translation>sale de {place}, no del hotel de la persona, {hotel}.</translation>
    </message>
    <message>
        <source>it goes to {place}, not to the guest&apos;s terminal {terminal}.</source>
        <translation>va a {place}, no a la terminal de la persona, {terminal}.</translation>
    </message>
    <message>
        <source>it leaves at {time}, before the guest is at the meeting point ({ready}).</source>
        <translation>sale a las {time}, antes de que la persona esté en el punto de encuentro ({ready}).</translation>
    </message>
    <message>
        <source>it leaves at {time}: the guest, at the meeting point at {ready}, would wait more than {minutes} minutes.</source>
        <translation>sale a las {time}: la persona, en el punto de encuentro a las {ready}, esperaría más de {minutes} minutos.</translation>
    </message>
    <message>
        <source>it reaches the airport at {time}, less than {minutes} minutes before the flight at {flight}.</source>
        <translation>llega al aeropuerto a las {time}, menos de {minutes} minutos antes del vuelo de las {flight}.</translation>
    </message>
    <message>
        <source>it leaves at {time}, more than {minutes} minutes before the guest&apos;s latest pick-up ({latest}).</source>
        <translation>sale a las {time}, más de {minutes} minutos antes de la recogida más tardía de la persona ({latest}).</translation>
    </message>
    <message>
        <source>The transport rules were not saved: {problems}</source>
        <translation>Las reglas de transporte no se guardaron: {problems}</translation>
    </message>
    <message>
        <source>The transport rules must be a JSON object.</source>
        <translation>Las reglas de transporte deben ser un objeto JSON.</translation>
    </message>
    <message>
        <source>{field}: not a transport rule.</source>
        <translation>{field}: no es una regla de transporte.</translation>
    </message>
    <message>
        <source>{field}: no vehicle type {code}.</source>
        <translation>{field}: no existe el tipo de vehículo {code}.</translation>
    </message>
    <message>
        <source>{value} cannot be read.</source>
        <translation>{value} no se puede leer.</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} no es un número entero.</translation>
    </message>
    <message>
        <source>{value} is not between {low} and {high}.</source>
        <translation>{value} no está entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{value} is not a place name (1 to 80 characters).</source>
        <translation>{value} no es un nombre de lugar (de 1 a 80 caracteres).</translation>
    </message>
    <message>
        <source>give at least one vehicle type (code, seats, luggage).</source>
        <translation>indique al menos un tipo de vehículo (código, plazas, maletas).</translation>
    </message>
    <message>
        <source>each vehicle type needs its own code of 1 to 10 characters.</source>
        <translation>cada tipo de vehículo necesita su propio código de 1 a 10 caracteres.</translation>
    </message>
    <message>
        <source>{value} is not a factor between 1 and 5.</source>
        <translation>{value} no es un factor entre 1 y 5.</translation>
    </message>
    <message>
        <source>give at least one terminal.</source>
        <translation>indique al menos una terminal.</translation>
    </message>
    <message>
        <source>the window ends before it starts ({start} to {end}).</source>
        <translation>el periodo termina antes de empezar ({start} a {end}).</translation>
    </message>
    <message>
        <source>a rush hour ends after it starts, within one day ({start} to {end}).</source>
        <translation>una hora punta termina después de empezar, en el mismo día ({start} a {end}).</translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation>El apellido es obligatorio.</translation>
    </message>
    <message>
        <source>Add the interpreter&apos;s languages: at least one A and one other language.</source>
        <translation>Añada las lenguas del intérprete: al menos una A y otra lengua.</translation>
    </message>
    <message>
        <source>At least one language must be an A (mother tongue).</source>
        <translation>Al menos una lengua debe ser A (lengua materna).</translation>
    </message>
    <message>
        <source>An interpreter needs at least two languages (one A and a B or C to work from).</source>
        <translation>Un intérprete necesita al menos dos lenguas (una A y una B o C desde la que trabajar).</translation>
    </message>
    <message>
        <source>The interpreter assignments changed since this roster was computed; compute the roster again.</source>
        <translation>Las asignaciones de intérpretes cambiaron desde que se calculó esta planificación; vuelva a calcularla.</translation>
    </message>
    <message>
        <source>Roster cancelled; nothing was changed.</source>
        <translation>Planificación cancelada; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>CorePlurals</name>
    <message numerus="yes">
        <source>{count} check-in(s) name a participant who does not exist.</source>
        <translation>
            <numerusform>{count} registro de entrada indica un participante que no existe.</numerusform>
            <numerusform>{count} registros de entrada indican un participante que no existe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} check-in(s) name a badge that does not exist.</source>
        <translation>
            <numerusform>{count} registro de entrada indica un gafete que no existe.</numerusform>
            <numerusform>{count} registros de entrada indican un gafete que no existe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} hotel night(s) have more rooms assigned than the block.</source>
        <translation>
            <numerusform>{count} noche de hotel tiene más habitaciones asignadas que el cupo.</numerusform>
            <numerusform>{count} noches de hotel tienen más habitaciones asignadas que el cupo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} badge code(s) do not verify with the conference key.</source>
        <translation>
            <numerusform>{count} código de gafete no se verifica con la clave de la conferencia.</numerusform>
            <numerusform>{count} códigos de gafete no se verifican con la clave de la conferencia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} check-in counter(s) do not match the admissions recorded.</source>
        <translation>
            <numerusform>{count} contador de registro de entrada no coincide con las admisiones registradas.</numerusform>
            <numerusform>{count} contadores de registro de entrada no coinciden con las admisiones registradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} participant(s) are not in the search&apos;s prefix table as their names say.</source>
        <translation>
            <numerusform>{count} participante no figura en la tabla de prefijos de búsqueda como indica su nombre.</numerusform>
            <numerusform>{count} participantes no figuran en la tabla de prefijos de búsqueda como indican sus nombres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} participant(s) cannot be found by search (no search words).</source>
        <translation>
            <numerusform>{count} participante no se puede encontrar con la búsqueda (sin palabras de búsqueda).</numerusform>
            <numerusform>{count} participantes no se pueden encontrar con la búsqueda (sin palabras de búsqueda).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for {name}: {left} more wrong PIN(s) lock it for a minute.</source>
        <translation>
            <numerusform>PIN incorrecto para {name}: {left} error más lo bloquea durante un minuto.</numerusform>
            <numerusform>PIN incorrecto para {name}: {left} errores más lo bloquean durante un minuto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Could not read the arrivals: %1</source>
        <translation>No se pudieron leer las llegadas: %1</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completas</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parciales</translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>sin llegar</translation>
    </message>
    <message>
        <source>Arrivals by hour</source>
        <translation>Llegadas por hora</translation>
    </message>
    <message>
        <source>Arrivals in the hour</source>
        <translation>Llegadas en la hora</translation>
    </message>
    <message>
        <source>Arrived so far</source>
        <translation>Llegadas hasta ahora</translation>
    </message>
    <message>
        <source>Arrived by gender</source>
        <translation>Llegadas por género</translation>
    </message>
    <message>
        <source>By UNESCO region: arrived of expected</source>
        <translation>Por región de la UNESCO: llegadas de esperadas</translation>
    </message>
    <message>
        <source>By category: arrived of expected</source>
        <translation>Por categoría: llegadas de esperadas</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <source>Loading the arrivals…</source>
        <translation>Cargando las llegadas…</translation>
    </message>
    <message>
        <source>Partial (%1)</source>
        <translation>Parciales (%1)</translation>
    </message>
    <message>
        <source>Not arrived (%1)</source>
        <translation>Sin llegar (%1)</translation>
    </message>
    <message>
        <source>Complete (%1)</source>
        <translation>Completas (%1)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (hoy)</translation>
    </message>
    <message>
        <source>Arrived today: %1 of %2 expected</source>
        <translation>Llegadas hoy: %1 de %2 esperadas</translation>
    </message>
    <message>
        <source>Arrived on %1: %2 of %3 expected</source>
        <translation>Llegadas el %1: %2 de %3 esperadas</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>%1% of those expected are in</source>
        <translation>Ha llegado el %1 % de las personas esperadas</translation>
    </message>
    <message>
        <source>Last arrival: %1 · Repeat scans: %2 · Rejected scans: %3</source>
        <translation>Última llegada: %1 · Escaneos repetidos: %2 · Escaneos rechazados: %3</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>No arrivals yet</source>
        <translation>Todavía no hay llegadas</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>Expected, not arrived</source>
        <translation>Esperadas, aún no llegadas</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>Arab States</source>
        <translation>Estados Árabes</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asia-Pacífico</translation>
    </message>
    <message>
        <source>Europe &amp; N. America</source>
        <translation>Europa y Am. del Norte</translation>
    </message>
    <message>
        <source>Latin Am. &amp; Caribbean</source>
        <translation>Am. Latina y Caribe</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>Sin delegación</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>DeskSetupBar</name>
    <message>
        <source>not set — choose “Change desk set-up…”</source>
        <translation>sin definir — elija «Cambiar el puesto…»</translation>
    </message>
    <message>
        <source>Checking in at: %1 · %2 · Desk: %3 · Operator: %4</source>
        <translation>Registro en: %1 · %2 · Puesto: %3 · Operador: %4</translation>
    </message>
    <message>
        <source>Change desk set-up…</source>
        <translation>Cambiar el puesto…</translation>
    </message>
</context>
<context>
    <name>DeskSetupDialog</name>
    <message>
        <source>Venue entry</source>
        <translation>Entrada de la sede</translation>
    </message>
    <message>
        <source>Checking in at:</source>
        <translation>Registro en:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>Desk name:</source>
        <translation>Nombre del puesto:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operador:</translation>
    </message>
    <message>
        <source>The signed-in operator; sign out from the File menu to change it.</source>
        <translation>El operador conectado; cierre la sesión desde el menú Archivo para cambiarlo.</translation>
    </message>
    <message>
        <source>Your name, as it is recorded with every check-in you make.</source>
        <translation>Su nombre, tal como se guarda con cada registro que haga.</translation>
    </message>
    <message>
        <source>Start checking in</source>
        <translation>Empezar el registro</translation>
    </message>
    <message>
        <source>Desk set-up</source>
        <translation>Configuración del puesto</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 es demasiado largo (como máximo %2 caracteres).</translation>
    </message>
    <message>
        <source>%1 looks like a badge code: a scan went into this field. Type the name.</source>
        <translation>%1 parece un código de gafete: un escaneo llegó a este campo. Escriba el nombre.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The desk name</source>
        <translation>El nombre del puesto</translation>
    </message>
    <message>
        <source>The operator&apos;s name</source>
        <translation>El nombre del operador</translation>
    </message>
</context>
<context>
    <name>DeskSync</name>
    <message numerus="yes">
        <source>Server back: %n check-in(s) from this desk uploaded.</source>
        <translation>
            <numerusform>Servidor de vuelta: %n registro de este mostrador enviado.</numerusform>
            <numerusform>Servidor de vuelta: %n registros de este mostrador enviados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) admitted at two desks meanwhile (cross-desk duplicates).</source>
        <translation>
            <numerusform>%n persona admitida en dos mostradores mientras tanto (duplicado entre mostradores).</numerusform>
            <numerusform>%n personas admitidas en dos mostradores mientras tanto (duplicados entre mostradores).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline admission(s) to review (see “Checked in today…”).</source>
        <translation>
            <numerusform>%n admisión sin conexión por revisar (vea «Registrados hoy…»).</numerusform>
            <numerusform>%n admisiones sin conexión por revisar (vea «Registrados hoy…»).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsButton</name>
    <message>
        <source>interpreter-schedules</source>
        <translation>horarios-interpretes</translation>
    </message>
    <message>
        <source>interpreter-schedule</source>
        <translation>horario-interprete</translation>
    </message>
    <message>
        <source>booth-sheets</source>
        <translation>hojas-cabinas</translation>
    </message>
    <message>
        <source>interpreting-cost</source>
        <translation>costo-interpretacion</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>Schedules of all interpreters (PDF)…</source>
        <translation>Horarios de todos los intérpretes (PDF)…</translation>
    </message>
    <message>
        <source>Schedule of the selected interpreter (PDF)…</source>
        <translation>Horario del intérprete seleccionado (PDF)…</translation>
    </message>
    <message>
        <source>Booth sheets, all days (PDF)…</source>
        <translation>Hojas de cabina, todos los días (PDF)…</translation>
    </message>
    <message>
        <source>Booth sheets for one day (PDF)</source>
        <translation>Hojas de cabina de un día (PDF)</translation>
    </message>
    <message>
        <source>Cost summary (PDF)…</source>
        <translation>Resumen de costos (PDF)…</translation>
    </message>
</context>
<context>
    <name>DropPanel</name>
    <message>
        <source>Drag guests onto a room type here or onto a row of the occupancy grid to move them (locked), or onto another guest to share that guest&apos;s room.</source>
        <translation>Arrastre huéspedes a un tipo de habitación aquí o a una fila de la cuadrícula de ocupación para trasladarlos (bloqueados), o sobre otro huésped para compartir su habitación.</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Tipo de habitación</translation>
    </message>
    <message>
        <source>Sleeps</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Fewest free</source>
        <translation>Mínimo libre</translation>
    </message>
    <message>
        <source>Rooms still free in the block on its fullest night</source>
        <translation>Habitaciones aún libres en el bloqueo en su noche más llena</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Lowest score shown:</source>
        <translation>Puntuación mínima mostrada:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Posiblemente la misma persona que</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>given and family names swapped</source>
        <translation>nombre y apellido invertidos</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same delegation</source>
        <translation>misma delegación</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>misma ciudad</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) look like the same person.</source>
        <translation>
            <numerusform>%n par parece ser la misma persona.</numerusform>
            <numerusform>%n pares parecen ser la misma persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>No hay posibles duplicados.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <source>Merged record no. %1 into no. %2.</source>
        <translation>El registro n.º %1 se fusionó con el n.º %2.</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Someone else saved this participant</source>
        <translation>Otra persona guardó a este participante</translation>
    </message>
    <message>
        <source>Someone else saved this participant while you were editing it.</source>
        <translation>Otra persona guardó a este participante mientras usted lo editaba.</translation>
    </message>
    <message>
        <source>%1 at desk %2 saved this participant at %3 (UTC) while you were editing it.</source>
        <translation>%1, en el mostrador %2, guardó a este participante a las %3 (UTC) mientras usted lo editaba.</translation>
    </message>
    <message>
        <source>Here are both versions where they differ:</source>
        <translation>Estas son las dos versiones donde difieren:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Versión guardada</translation>
    </message>
    <message>
        <source>Keep the saved version</source>
        <translation>Conservar la versión guardada</translation>
    </message>
    <message>
        <source>Save my version over it</source>
        <translation>Guardar mi versión encima</translation>
    </message>
</context>
<context>
    <name>GuestList</name>
    <message>
        <source>(no room)</source>
        <translation>(sin habitación)</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>Nights asked for outside the room block: the rooming list tells the hotel; the organiser&apos;s block does not cover them.</source>
        <translation>Noches pedidas fuera del bloque de habitaciones: la lista de huéspedes las indica al hotel; el bloque del organizador no las cubre.</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Tipo de habitación</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Noches</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Outside the block</source>
        <translation>Fuera del bloque</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>&amp;Share room with…</source>
        <translation>&amp;Compartir habitación con…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
</context>
<context>
    <name>GuestMoves</name>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>&amp;Share room with…</source>
        <translation>&amp;Compartir habitación con…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Already in that hotel and room type; nothing was changed.</source>
        <translation>Ya está en ese hotel y tipo de habitación; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 guests moved to %2, %3.</source>
        <translation>%1 huéspedes trasladados a %2, %3.</translation>
    </message>
    <message>
        <source>%1 now shares %2&apos;s room %3 (%4, %5).</source>
        <translation>%1 ahora comparte la habitación %3 de %2 (%4, %5).</translation>
    </message>
    <message>
        <source>%1 guests now share %2&apos;s room %3 (%4, %5).</source>
        <translation>%1 huéspedes ahora comparten la habitación %3 de %2 (%4, %5).</translation>
    </message>
    <message>
        <source>Moved to %1, %2, room %3.</source>
        <translation>Movido a %1, %2, habitación %3.</translation>
    </message>
    <message>
        <source>%1: assignment locked.</source>
        <translation>%1: asignación bloqueada.</translation>
    </message>
    <message>
        <source>%1: assignment unlocked.</source>
        <translation>%1: asignación desbloqueada.</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) locked.</source>
        <translation>
            <numerusform>%n asignación bloqueada.</numerusform>
            <numerusform>%n asignaciones bloqueadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) unlocked.</source>
        <translation>
            <numerusform>%n asignación desbloqueada.</numerusform>
            <numerusform>%n asignaciones desbloqueadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HotelsScreen</name>
    <message>
        <source>Unplaced (%1)</source>
        <translation>Sin alojar (%1)</translation>
    </message>
    <message>
        <source>Allocating the guests to rooms…</source>
        <translation>Asignando habitaciones a los huéspedes…</translation>
    </message>
    <message>
        <source>Allocate rooms</source>
        <translation>Asignar habitaciones</translation>
    </message>
    <message>
        <source>Allocation cancelled; nothing was changed.</source>
        <translation>Asignación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Review the proposed allocation, then Apply or Discard. Nothing is written yet.</source>
        <translation>Revise la asignación propuesta y luego Aplicar o Descartar. Aún no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Proposed allocation discarded; nothing was changed.</source>
        <translation>Asignación propuesta descartada; no se cambió nada.</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>&amp;Asignar…</translation>
    </message>
    <message>
        <source>&amp;Keep locks</source>
        <translation>&amp;Conservar los bloqueos</translation>
    </message>
    <message>
        <source>&amp;Time limit (s):</source>
        <translation>&amp;Tiempo límite (s):</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Huéspedes</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Sin alojar</translation>
    </message>
    <message>
        <source>Find a guest, delegation, hotel or room…</source>
        <translation>Buscar un huésped, delegación, hotel o habitación…</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>%1 guests</source>
        <translation>%1 huéspedes</translation>
    </message>
    <message numerus="yes">
        <source>Allocation applied: %n change(s) written.</source>
        <translation>
            <numerusform>Asignación aplicada: %n cambio guardado.</numerusform>
            <numerusform>Asignación aplicada: %n cambios guardados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Revisar el archivo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose the registration spreadsheet to import (Excel .xlsx or CSV). Headers in English, French or Spanish are recognised; you can check every column on the next page. Nothing is written before you press Import.</source>
        <translation>Elija la hoja de cálculo de registro que desea importar (Excel .xlsx o CSV). Se reconocen encabezados en inglés, francés o español; podrá revisar cada columna en la página siguiente. No se guarda nada hasta que haga clic en Importar.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo seleccionado</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>New participants:</source>
        <translation>Participantes nuevos:</translation>
    </message>
    <message>
        <source>Updated participants:</source>
        <translation>Participantes actualizados:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Sin cambios:</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Filas rechazadas:</translation>
    </message>
    <message>
        <source>Imported with a warning:</source>
        <translation>Importados con un aviso:</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Problems (these rows will not be imported)</source>
        <translation>Problemas (estas filas no se importarán)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warnings (these people are imported; the text is kept in their notes: see the filter Unresolved preferences)</source>
        <translation>Avisos (estas personas se importan; el texto se conserva en sus notas: vea el filtro Preferencias sin resolver)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Likely duplicates (imported; check them afterwards)</source>
        <translation>Posibles duplicados (se importan; revíselos después)</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nombre en el archivo</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Choose a registration spreadsheet</source>
        <translation>Elegir una hoja de cálculo de registro</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Hojas de cálculo (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Omitir esta columna</translation>
    </message>
    <message>
        <source>Whole name (given and family name)</source>
        <translation>Nombre completo (nombre y apellido)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s). Check what each column of the file holds, then press Check the file.</source>
        <translation>
            <numerusform>%1: %n fila. Revise qué contiene cada columna del archivo y pulse Comprobar el archivo.</numerusform>
            <numerusform>%1: %n filas. Revise qué contiene cada columna del archivo y pulse Comprobar el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %1 of %n row(s). Nothing has been written yet.</source>
        <translation>
            <numerusform>Listo para importar %1 de %n fila. Todavía no se ha guardado nada.</numerusform>
            <numerusform>Listo para importar %1 de %n filas. Todavía no se ha guardado nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (column “%2”): day and month exchanged (%3 → %4) in %n row(s).</source>
        <translation>
            <numerusform>%1 (columna «%2»): día y mes intercambiados (%3 → %4) en %n fila.</numerusform>
            <numerusform>%1 (columna «%2»): día y mes intercambiados (%3 → %4) en %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 dates (column “%2”) look like day and month swapped (%3 → %4) in %n row(s).</source>
        <translation>
            <numerusform>Las fechas de «%1» (columna «%2») parecen tener el día y el mes invertidos (%3 → %4) en %n fila.</numerusform>
            <numerusform>Las fechas de «%1» (columna «%2») parecen tener el día y el mes invertidos (%3 → %4) en %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %1 new, %2 updated, %3 unchanged, %n row(s) rejected.</source>
        <translation>
            <numerusform>Importado: %1 nuevos, %2 actualizados, %3 sin cambios, %n fila rechazada.</numerusform>
            <numerusform>Importado: %1 nuevos, %2 actualizados, %3 sin cambios, %n filas rechazadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recognised: choose a column or leave it ignored.</source>
        <translation>No reconocida: elija una columna o déjela omitida.</translation>
    </message>
    <message>
        <source>Two columns of the file are imported as the same field: %1. Choose one.</source>
        <translation>Dos columnas del archivo se importan en el mismo campo: %1. Elija solo una.</translation>
    </message>
    <message>
        <source>No column holds the family name: every row would be rejected.</source>
        <translation>Ninguna columna contiene el apellido: se rechazarían todas las filas.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <source>No row can be imported: see the problems below.</source>
        <translation>No se puede importar ninguna fila: vea los problemas a continuación.</translation>
    </message>
    <message>
        <source>%1 (already registered)</source>
        <translation>%1 (ya registrado)</translation>
    </message>
    <message>
        <source>%1 (row %2 of this file)</source>
        <translation>%1 (fila %2 de este archivo)</translation>
    </message>
    <message>
        <source>Swap day and month in “%1”</source>
        <translation>Intercambiar día y mes en «%1»</translation>
    </message>
    <message>
        <source>Only the dates outside the conference period that the swap puts inside it are changed; the file itself is not.</source>
        <translation>Solo cambian las fechas fuera del período de la conferencia que el intercambio pone dentro de él; el archivo no se modifica.</translation>
    </message>
    <message>
        <source>Read “%1” as written</source>
        <translation>Leer «%1» tal como está</translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation>Importando participantes…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importación cancelada: no se guardó nada.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>La importación falló y no se guardó nada: %1</translation>
    </message>
    <message>
        <source>Problems (these rows were not imported)</source>
        <translation>Problemas (estas filas no se importaron)</translation>
    </message>
</context>
<context>
    <name>InterpreterDaysTable</name>
    <message>
        <source>Total for %1</source>
        <translation>Total de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Sessions (booth, time)</source>
        <translation>Sesiones (cabina, hora)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Cost of the day</source>
        <translation>Costo del día</translation>
    </message>
</context>
<context>
    <name>InterpreterDialog</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Edit interpreter %1</source>
        <translation>Editar intérprete %1</translation>
    </message>
    <message>
        <source>New interpreter</source>
        <translation>Nuevo intérprete</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>C&amp;ontrato:</translation>
    </message>
    <message>
        <source>&amp;Local:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>Daily &amp;rate:</source>
        <translation>Tarifa &amp;diaria:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Lives in the conference city (no travel or per diem)</source>
        <translation>Vive en la ciudad de la conferencia (sin viaje ni viáticos)</translation>
    </message>
    <message>
        <source>Currency: a three-letter code such as USD, EUR or MXN</source>
        <translation>Moneda: un código de tres letras como USD, EUR o MXN</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lenguas</translation>
    </message>
    <message>
        <source>A: mother tongue, works into it. B: active, works into it only with retour. C: passive, works only from it.</source>
        <translation>A: lengua materna, trabaja hacia ella. B: activa, trabaja hacia ella solo en retour. C: pasiva, trabaja solo desde ella.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lengua</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Retour (into this B)</source>
        <translation>Retour (hacia esta B)</translation>
    </message>
    <message>
        <source>&amp;Add a language</source>
        <translation>&amp;Añadir una lengua</translation>
    </message>
    <message>
        <source>Re&amp;move the language</source>
        <translation>&amp;Quitar la lengua</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Untick the half-days the interpreter cannot work.</source>
        <translation>Desmarque los medios días en que el intérprete no puede trabajar.</translation>
    </message>
    <message>
        <source>Also not available: %1</source>
        <translation>Tampoco disponible: %1</translation>
    </message>
</context>
<context>
    <name>InterpreterLabels</name>
    <message>
        <source>No one yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>Team too small</source>
        <translation>Equipo incompleto</translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation>Cubierta</translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation>Regla incumplida</translation>
    </message>
    <message>
        <source>No such session, booth or interpreter</source>
        <translation>Sesión, cabina o intérprete inexistente</translation>
    </message>
    <message>
        <source>In two booths of one session</source>
        <translation>En dos cabinas de una misma sesión</translation>
    </message>
    <message>
        <source>Works into an A, or a B with retour, only</source>
        <translation>Solo trabaja hacia una lengua A, o una B en retour</translation>
    </message>
    <message>
        <source>Never from a C into a B</source>
        <translation>Nunca de una C a una B</translation>
    </message>
    <message>
        <source>Understands none of the languages spoken</source>
        <translation>No entiende ninguna de las lenguas habladas</translation>
    </message>
    <message>
        <source>A language spoken is not covered (nor relayed)</source>
        <translation>Una lengua hablada no está cubierta (ni por relé)</translation>
    </message>
    <message>
        <source>Team too small for the session&apos;s length</source>
        <translation>Equipo demasiado pequeño para la duración de la sesión</translation>
    </message>
    <message>
        <source>In two places at once</source>
        <translation>En dos lugares a la vez</translation>
    </message>
    <message>
        <source>Too little rest between two sessions</source>
        <translation>Muy poco descanso entre dos sesiones</translation>
    </message>
    <message>
        <source>Too many sessions in one day</source>
        <translation>Demasiadas sesiones en un día</translation>
    </message>
    <message>
        <source>Not available then</source>
        <translation>No disponible en ese momento</translation>
    </message>
    <message>
        <source>Freelance</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>De plantilla</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Baja</translation>
    </message>
</context>
<context>
    <name>InterpretersScreen</name>
    <message>
        <source>Booths staffed: &lt;b&gt;%1 of %2&lt;/b&gt; · Rules broken: &lt;b style=&apos;color:%5&apos;&gt;%3&lt;/b&gt; · Cost: &lt;b&gt;%4&lt;/b&gt; · Interpreters in the pool: %6</source>
        <translation>Cabinas cubiertas: &lt;b&gt;%1 de %2&lt;/b&gt; · Reglas incumplidas: &lt;b style=&apos;color:%5&apos;&gt;%3&lt;/b&gt; · Costo: &lt;b&gt;%4&lt;/b&gt; · Intérpretes en el equipo: %6</translation>
    </message>
    <message>
        <source>Interpreting rules saved; the roster was checked against them again.</source>
        <translation>Reglas de interpretación guardadas; la planificación se volvió a verificar.</translation>
    </message>
    <message>
        <source>&amp;Build roster…</source>
        <translation>&amp;Calcular la planificación…</translation>
    </message>
    <message>
        <source>Staff every booth within the rules at the lowest cost, changing as little as possible; you review the result before it is applied.</source>
        <translation>Cubrir todas las cabinas respetando las reglas al menor costo y cambiando lo menos posible; usted revisa el resultado antes de aplicarlo.</translation>
    </message>
    <message>
        <source>&amp;Keep locks</source>
        <translation>&amp;Mantener bloqueos</translation>
    </message>
    <message>
        <source>Locked assignments stay where they are in the new roster.</source>
        <translation>Las asignaciones bloqueadas se mantienen en la nueva planificación.</translation>
    </message>
    <message>
        <source>&amp;Time limit (s):</source>
        <translation>&amp;Tiempo límite (s):</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Reglas…</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>By interpreter</source>
        <translation>Por intérprete</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>Arab States</source>
        <translation>Estados Árabes</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Asia y el Pacífico</translation>
    </message>
    <message>
        <source>Europe and North America</source>
        <translation>Europa y América del Norte</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>América Latina y el Caribe</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <source>Intergovernmental organisations</source>
        <translation>Organizaciones intergubernamentales</translation>
    </message>
    <message>
        <source>Non-governmental organisations</source>
        <translation>Organizaciones no gubernamentales</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>UNESCO</source>
        <translation>UNESCO</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>País anfitrión</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Ceremonia</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <source>Thematic forum</source>
        <translation>Foro temático</translation>
    </message>
    <message>
        <source>Regional forum</source>
        <translation>Foro regional</translation>
    </message>
    <message>
        <source>Mayors&apos; forum</source>
        <translation>Foro de alcaldes</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador/a</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator/a</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>Panelista</translation>
    </message>
    <message>
        <source>Room double-booked</source>
        <translation>Sala reservada dos veces</translation>
    </message>
    <message>
        <source>Person in two places</source>
        <translation>Persona en dos lugares</translation>
    </message>
    <message>
        <source>No time to change rooms</source>
        <translation>Sin tiempo para cambiar de sala</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Aforo superado</translation>
    </message>
    <message>
        <source>Interpretation booths missing</source>
        <translation>Faltan cabinas de interpretación</translation>
    </message>
    <message>
        <source>Outside the conference days</source>
        <translation>Fuera de los días de la conferencia</translation>
    </message>
    <message>
        <source>Outside opening hours</source>
        <translation>Fuera del horario de apertura</translation>
    </message>
    <message>
        <source>Overlaps a plenary</source>
        <translation>Coincide con una plenaria</translation>
    </message>
</context>
<context>
    <name>ListsScreen</name>
    <message>
        <source>Hotel occupancy per night</source>
        <translation>Ocupación hotelera por noche</translation>
    </message>
    <message>
        <source>Arrivals and departures per day</source>
        <translation>Llegadas y salidas por día</translation>
    </message>
    <message>
        <source>Interpreters&apos; schedules</source>
        <translation>Horarios de los intérpretes</translation>
    </message>
    <message>
        <source>Press list</source>
        <translation>Lista de prensa</translation>
    </message>
    <message>
        <source>VIP list</source>
        <translation>Lista de personalidades (VIP)</translation>
    </message>
    <message>
        <source>Rooms allocated against each hotel&apos;s block, night by night, with the attrition threshold: below it the organiser pays for empty rooms.</source>
        <translation>Habitaciones asignadas frente al cupo de cada hotel, noche por noche, con el umbral de attrition: por debajo, el organizador paga habitaciones vacías.</translation>
    </message>
    <message>
        <source>Participants arriving and leaving each day (cancelled registrations left out), and how many of those arriving need a hotel room.</source>
        <translation>Participantes que llegan y salen cada día (sin los registros cancelados), y cuántos de los que llegan necesitan habitación de hotel.</translation>
    </message>
    <message>
        <source>Every interpreter&apos;s sessions in order: day, time, room, booth and booth partners, as in the roster.</source>
        <translation>Las sesiones de cada intérprete en orden: día, hora, sala, cabina y compañeros de cabina, según los turnos.</translation>
    </message>
    <message>
        <source>Accredited journalists: media, position, e-mail and arrival day.</source>
        <translation>Periodistas acreditados: medio, cargo, correo electrónico y día de llegada.</translation>
    </message>
    <message>
        <source>Heads of delegation, mayors and speakers, by delegation, with their arrival and departure days.</source>
        <translation>Jefes de delegación, alcaldes y ponentes, por delegación, con sus días de llegada y salida.</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Rooms used</source>
        <translation>Hab. ocupadas</translation>
    </message>
    <message>
        <source>Rooms blocked</source>
        <translation>Hab. bloqueadas</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>% ocupado</translation>
    </message>
    <message>
        <source>Attrition threshold</source>
        <translation>Umbral de attrition</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <source>Arriving, need a hotel</source>
        <translation>Llegadas con hotel</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Cabina</translation>
    </message>
    <message>
        <source>Booth partners</source>
        <translation>Compañeros de cabina</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to list yet.</source>
        <translation>Todavía no hay nada que listar.</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translation>Exportar: %1</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n fila exportada a %1.</numerusform>
            <numerusform>%n filas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>Configuración del correo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Servidor SMTP:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Remitente:</translation>
    </message>
    <message>
        <source>Reply-to:</source>
        <translation>Responder a:</translation>
    </message>
    <message>
        <source>Messages a minute (0: no limit):</source>
        <translation>Mensajes por minuto (0: sin límite):</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in the database or a file.</source>
        <translation>La contraseña se guarda en el llavero de esta computadora, nunca en la base de datos ni en un archivo.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password cannot be kept and will be asked for when messages are sent.</source>
        <translation>Esta computadora no tiene llavero: la contraseña no se puede guardar y se pedirá al enviar los mensajes.</translation>
    </message>
    <message>
        <source>Send a test message…</source>
        <translation>Enviar un mensaje de prueba…</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <source>Send the test message to:</source>
        <translation>Enviar el mensaje de prueba a:</translation>
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation>El mensaje de prueba no se envió: %1</translation>
    </message>
    <message>
        <source>The test message was sent.</source>
        <translation>El mensaje de prueba se envió.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed in: %1 (%2) · %3</source>
        <translation>Sesión iniciada: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Already in the database: %1 delegations, %2 participants.</source>
        <translation>Ya en la base de datos: %1 delegaciones, %2 participantes.</translation>
    </message>
    <message>
        <source>Already in the database: %1 hotels, %2 room types, %3 room-nights blocked.</source>
        <translation>Ya en la base de datos: %1 hoteles, %2 tipos de habitación, %3 noches-habitación bloqueadas.</translation>
    </message>
    <message>
        <source>Already in the database: %1 sessions in %2 venue rooms.</source>
        <translation>Ya en la base de datos: %1 sesiones en %2 salones.</translation>
    </message>
    <message>
        <source>Already in the database: %1 interpreters.</source>
        <translation>Ya en la base de datos: %1 intérpretes.</translation>
    </message>
    <message>
        <source>Already in the database: %1 badges.</source>
        <translation>Ya en la base de datos: %1 gafetes.</translation>
    </message>
    <message>
        <source>Already in the database: %1 check-in events.</source>
        <translation>Ya en la base de datos: %1 registros de entrada.</translation>
    </message>
    <message>
        <source>Open a conference database</source>
        <translation>Abrir una base de datos de conferencia</translation>
    </message>
    <message>
        <source>Conference databases (*.sqlite *.db)</source>
        <translation>Bases de datos de conferencia (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Back up the conference</source>
        <translation>Copia de seguridad de la conferencia</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Copiando en %1…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <source>Backup saved to %1 (%2 MB).</source>
        <translation>Copia de seguridad guardada en %1 (%2 MB).</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the conference in %1 by the backup %2? The current database is kept as a safety copy in its backups folder.</source>
        <translation>¿Reemplazar la conferencia de %1 por la copia de seguridad %2? La base de datos actual se conserva como copia de resguardo en su carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>A shared database is restored on the server with pg_restore (see the README).</source>
        <translation>Una base de datos compartida se restaura en el servidor con pg_restore (véase el README).</translation>
    </message>
    <message>
        <source>Restored from %1. The previous database was kept as %2.</source>
        <translation>Restaurada a partir de %1. La base de datos anterior se conservó como %2.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>no conference</source>
        <translation>ninguna conferencia</translation>
    </message>
    <message>
        <source>%1 — Conference Desk</source>
        <translation>%1 — Conference Desk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Conectar a un servidor…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Hacer una copia de seguridad a&amp;hora…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Conference Desk</source>
        <translation>A&amp;cerca de Conference Desk</translation>
    </message>
    <message>
        <source>%1 (not built yet)</source>
        <translation>%1 (aún no disponible)</translation>
    </message>
</context>
<context>
    <name>MergeConfirmDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Fusionar dos registros</translation>
    </message>
    <message>
        <source>Keep one record. Its empty fields are filled from the other; badges, check-ins, sessions and sign-ups move to it; the other record is removed (its values stay in the history).</source>
        <translation>Conserve uno de los dos registros. Sus campos vacíos se completan con los del otro; los gafetes, registros de entrada, sesiones e inscripciones pasan a él; el otro registro se elimina (sus datos quedan en el historial).</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conservar:</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (n.º %2)</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move a guest</source>
        <translation>Mover a un huésped</translation>
    </message>
    <message>
        <source>Move %1 guests (and the sharers of their rooms) to:</source>
        <translation>Trasladar %1 huéspedes (y a quienes comparten su habitación) a:</translation>
    </message>
    <message>
        <source>Move %1 (and the sharers of the room) to:</source>
        <translation>Mover a %1 (y a quienes comparten la habitación) a:</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>&amp;Hotel:</translation>
    </message>
    <message>
        <source>&amp;Room type:</source>
        <translation>&amp;Tipo de habitación:</translation>
    </message>
    <message>
        <source>&amp;Lock the assignment (a re-run keeps it)</source>
        <translation>&amp;Bloquear la asignación (una nueva ejecución la conserva)</translation>
    </message>
</context>
<context>
    <name>MoveToRunDialog</name>
    <message>
        <source>%1 · %2 · %3 of %4 seats taken · run %5</source>
        <translation>%1 · %2 · %3 de %4 plazas ocupadas · traslado %5</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>Move to another run</source>
        <translation>Cambiar de traslado</translation>
    </message>
    <message>
        <source>Move %1 (flight %2, %3) from run %4 to another run %5:</source>
        <translation>Cambiar a %1 (vuelo %2, %3) del traslado %4 a otro traslado %5:</translation>
    </message>
    <message>
        <source>No other run %1 within 12 hours of %2&apos;s flight. Plan transport again, or drive them separately.</source>
        <translation>No hay otro traslado %1 en las 12 horas en torno al vuelo de %2. Vuelva a planificar el transporte o prevea un traslado aparte.</translation>
    </message>
</context>
<context>
    <name>OccupancyChart</name>
    <message>
        <source>Rooms occupied per night against the block</source>
        <translation>Habitaciones ocupadas por noche frente al bloqueo</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Attrition threshold (paid anyway)</source>
        <translation>Umbral de attrition (se paga de todos modos)</translation>
    </message>
</context>
<context>
    <name>OccupancyGrid</name>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Hotel / room type</source>
        <translation>Hotel / tipo de habitación</translation>
    </message>
    <message>
        <source>%1: all rooms</source>
        <translation>%1: todas las habitaciones</translation>
    </message>
    <message>
        <source>%1: attrition threshold (%2 % of the block paid anyway)</source>
        <translation>%1: umbral de attrition (%2 % del bloqueo se paga de todos modos)</translation>
    </message>
    <message>
        <source>%1 (%2 unused)</source>
        <translation>%1 (%2 sin usar)</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Server out of reach since %1 — this desk has no copy to decide scans from. Check the network; scans resume when the server answers.</source>
        <translation>Servidor inaccesible desde las %1 — este mostrador no tiene copia con la que decidir los accesos. Revise la red; el registro se reanudará cuando el servidor responda.</translation>
    </message>
    <message numerus="yes">
        <source>Server out of reach since %1 — scans are decided from this desk&apos;s copy (refreshed %2) and will be uploaded when it returns. %n waiting.</source>
        <translation>
            <numerusform>Servidor inaccesible desde las %1 — los accesos se deciden con la copia de este mostrador (actualizada a las %2) y se enviarán cuando vuelva. %n en espera.</numerusform>
            <numerusform>Servidor inaccesible desde las %1 — los accesos se deciden con la copia de este mostrador (actualizada a las %2) y se enviarán cuando vuelva. %n en espera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Hotel: %1</source>
        <translation>Hotel: %1</translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation>ADMITIDO</translation>
    </message>
    <message>
        <source>ALREADY CHECKED IN</source>
        <translation>YA REGISTRADO</translation>
    </message>
    <message>
        <source>First checked in at %1 at %2</source>
        <translation>Registrado por primera vez a las %1 en %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>COULD NOT READ THE CODE</source>
        <translation>NO SE PUDO LEER EL CÓDIGO</translation>
    </message>
    <message>
        <source>Scan it again, or type the name.</source>
        <translation>Escanéelo de nuevo o escriba el nombre.</translation>
    </message>
    <message>
        <source>This is not a badge of this conference&apos;s kind: scan the QR code on the badge, or type the name.</source>
        <translation>No es un gafete de esta conferencia: escanee el código QR del gafete o escriba el nombre.</translation>
    </message>
    <message>
        <source>Valid badge (version %1)</source>
        <translation>Gafete válido (versión %1)</translation>
    </message>
    <message>
        <source>Not in this desk&apos;s copy yet: checked when the server returns.</source>
        <translation>Aún no está en la copia de este mostrador: se comprobará cuando vuelva el servidor.</translation>
    </message>
    <message>
        <source>BADGE REVOKED</source>
        <translation>GAFETE REVOCADO</translation>
    </message>
    <message>
        <source>BADGE OF ANOTHER CONFERENCE</source>
        <translation>GAFETE DE OTRA CONFERENCIA</translation>
    </message>
    <message>
        <source>REGISTRATION CANCELLED</source>
        <translation>INSCRIPCIÓN CANCELADA</translation>
    </message>
    <message>
        <source>FORGED OR ALTERED CODE</source>
        <translation>CÓDIGO FALSIFICADO O ALTERADO</translation>
    </message>
    <message>
        <source>UNKNOWN BADGE</source>
        <translation>GAFETE DESCONOCIDO</translation>
    </message>
    <message>
        <source>NOT SIGNED UP FOR THIS SESSION</source>
        <translation>NO INSCRITO EN ESTA SESIÓN</translation>
    </message>
    <message>
        <source>NO SUCH PARTICIPANT</source>
        <translation>PARTICIPANTE INEXISTENTE</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>RECHAZADO</translation>
    </message>
    <message>
        <source>no badge yet</source>
        <translation>aún sin gafete</translation>
    </message>
    <message>
        <source>badge not printed</source>
        <translation>gafete no impreso</translation>
    </message>
    <message>
        <source>badge printed (version %1)</source>
        <translation>gafete impreso (versión %1)</translation>
    </message>
    <message>
        <source>badge revoked</source>
        <translation>gafete revocado</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Could not read the conference: %1</source>
        <translation>No se pudo leer la conferencia: %1</translation>
    </message>
    <message>
        <source>UNESCO Member States</source>
        <translation>Estados Miembros de la UNESCO</translation>
    </message>
    <message>
        <source>Member State delegations</source>
        <translation>Delegaciones de Estados Miembros</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Venue rooms</source>
        <translation>Salones</translation>
    </message>
    <message>
        <source>Programme sessions</source>
        <translation>Sesiones del programa</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation>Hoteles</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <source>Badges issued</source>
        <translation>Gafetes emitidos</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Loading the conference…</source>
        <translation>Cargando la conferencia…</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Arrival and registration</source>
        <translation>Llegada e inscripción</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Idiomas de trabajo</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Anfitriones</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Unknown country or organisation: choose one from the list.</source>
        <translation>País u organización desconocido: elija uno de la lista.</translation>
    </message>
    <message>
        <source>Family name is required.</source>
        <translation>El apellido es obligatorio.</translation>
    </message>
    <message>
        <source>E-mail: not an e-mail address (name@domain.org).</source>
        <translation>Correo electrónico: dirección no válida (nombre@dominio.org).</translation>
    </message>
    <message>
        <source>Departure is before arrival.</source>
        <translation>La salida es anterior a la llegada.</translation>
    </message>
    <message>
        <source>Passport number: 5 to 20 letters or digits.</source>
        <translation>N.º de pasaporte: de 5 a 20 letras o cifras.</translation>
    </message>
    <message>
        <source>%1: outside the conference period.</source>
        <translation>%1: fuera del período de la conferencia.</translation>
    </message>
    <message>
        <source>%1: not a flight number (AM 401, AF179).</source>
        <translation>%1: número de vuelo no válido (AM 401, AF179).</translation>
    </message>
    <message>
        <source>%1: give the date of the flight.</source>
        <translation>%1: indique la fecha del vuelo.</translation>
    </message>
    <message>
        <source>The departure flight leaves before the arrival flight lands.</source>
        <translation>El vuelo de salida sale antes de que aterrice el vuelo de llegada.</translation>
    </message>
    <message>
        <source>%1: not a time (14:35, 2:35 PM or 1435).</source>
        <translation>%1: hora no válida (14:35, 2:35 PM o 1435).</translation>
    </message>
    <message>
        <source>%1: T1 or T2.</source>
        <translation>%1: T1 o T2.</translation>
    </message>
    <message>
        <source>%1: too long.</source>
        <translation>%1: demasiado largo.</translation>
    </message>
    <message>
        <source>The form now shows the version saved by the other person.</source>
        <translation>El formulario muestra ahora la versión guardada por la otra persona.</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Delegation and role</source>
        <translation>Delegación y función</translation>
    </message>
    <message>
        <source>Travel and hotel</source>
        <translation>Viaje y hotel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Apellido *</translation>
    </message>
    <message>
        <source>Given name (Latin script)</source>
        <translation>Nombre (en alfabeto latino)</translation>
    </message>
    <message>
        <source>Family name (Latin script)</source>
        <translation>Apellido (en alfabeto latino)</translation>
    </message>
    <message>
        <source>Name on badge</source>
        <translation>Nombre en el gafete</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Country or organisation</source>
        <translation>País u organización</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Needs a hotel room</source>
        <translation>Necesita habitación de hotel</translation>
    </message>
    <message>
        <source>Preferred hotel</source>
        <translation>Hotel preferido</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Tipo de habitación</translation>
    </message>
    <message>
        <source>Sharing with</source>
        <translation>Comparte con</translation>
    </message>
    <message>
        <source>Hotel paid by the organisers</source>
        <translation>Hotel pagado por los organizadores</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>N.º de pasaporte</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Arrival flight</source>
        <translation>Vuelo de llegada</translation>
    </message>
    <message>
        <source>Departure flight</source>
        <translation>Vuelo de salida</translation>
    </message>
    <message>
        <source>Own transport (no pick-up)</source>
        <translation>Transporte propio (sin traslado)</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Hora de llegada</translation>
    </message>
    <message>
        <source>Arrival terminal</source>
        <translation>Terminal de llegada</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>Hora de salida</translation>
    </message>
    <message>
        <source>Departure terminal</source>
        <translation>Terminal de salida</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Given and family name if empty</source>
        <translation>Nombre y apellido si se deja vacío</translation>
    </message>
    <message>
        <source>Hidden: your role does not show this field.</source>
        <translation>Oculto: su rol no muestra este campo.</translation>
    </message>
    <message>
        <source>Date of birth: a date (DD/MM/YYYY) in the past, less than 120 years ago.</source>
        <translation>Fecha de nacimiento: una fecha (DD/MM/AAAA) pasada, hace menos de 120 años.</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
</context>
<context>
    <name>ParticipantMessagesBox</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Nothing has been written to this person yet.</source>
        <translation>Todavía no se ha escrito nada a esta persona.</translation>
    </message>
    <message>
        <source>Confirmation with e-badge</source>
        <translation>Confirmación con gafete electrónico</translation>
    </message>
    <message>
        <source>Visa invitation letter</source>
        <translation>Carta de invitación para el visado</translation>
    </message>
    <message>
        <source>Hotel details</source>
        <translation>Datos del hotel</translation>
    </message>
    <message>
        <source>Personal agenda</source>
        <translation>Agenda personal</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Certificado de asistencia</translation>
    </message>
    <message>
        <source>Free message</source>
        <translation>Mensaje libre</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>to retry</source>
        <translation>por reintentar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>[cancelled]</source>
        <translation>[cancelado]</translation>
    </message>
    <message numerus="yes">
        <source>… %n more: type more of the name</source>
        <translation>
            <numerusform>… %n más: escriba más del nombre</numerusform>
            <numerusform>… %n más: escriba más del nombre</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>No se encontró a nadie</translation>
    </message>
    <message>
        <source>Find a participant: type part of the name</source>
        <translation>Buscar un participante: escriba parte del nombre</translation>
    </message>
</context>
<context>
    <name>ParticipantSessionsBox</name>
    <message>
        <source>Choose a forum…</source>
        <translation>Elija un foro…</translation>
    </message>
    <message>
        <source>no time yet</source>
        <translation>todavía sin horario</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>full, %1 waiting</source>
        <translation>lleno, %1 en espera</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>waiting list, position %1</source>
        <translation>lista de espera, posición %1</translation>
    </message>
    <message>
        <source>signed up</source>
        <translation>inscrito/a</translation>
    </message>
    <message>
        <source>Choose a forum first.</source>
        <translation>Elija primero un foro.</translation>
    </message>
    <message>
        <source>Personal agenda</source>
        <translation>Agenda personal</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Agenda written: %1</source>
        <translation>Agenda escrita: %1</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Role or sign-up</source>
        <translation>Función o inscripción</translation>
    </message>
    <message>
        <source>Cancel sign-up</source>
        <translation>Cancelar inscripción</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>Agenda (PDF)…</source>
        <translation>Agenda (PDF)…</translation>
    </message>
    <message>
        <source>This participant&apos;s sessions, roles and rooms, to print or send</source>
        <translation>Las sesiones, funciones y salas de esta persona, para imprimir o enviar</translation>
    </message>
    <message>
        <source>Save the participant first to sign them up to forums.</source>
        <translation>Guarde primero al participante para inscribirlo en foros.</translation>
    </message>
    <message>
        <source>Sign-ups are saved at once; a full forum puts them on its waiting list.</source>
        <translation>Las inscripciones se guardan de inmediato; un foro lleno las pasa a su lista de espera.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PassengerTable</name>
    <message>
        <source>A car of their own: head of delegation or protocol guest</source>
        <translation>Un automóvil propio: jefe de delegación o invitado de protocolo</translation>
    </message>
    <message>
        <source>Takes off</source>
        <translation>Despega</translation>
    </message>
    <message>
        <source>Lands</source>
        <translation>Aterriza</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Vuelo</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Bags</source>
        <translation>Maletas</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Not possible while the server is out of reach: try again when it returns.</source>
        <translation>No es posible mientras el servidor esté inaccesible: inténtelo de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <source>Name on the badge</source>
        <translation>Nombre en el gafete</translation>
    </message>
    <message>
        <source>Name as it should be printed on the badge:</source>
        <translation>Nombre tal como debe imprimirse en el gafete:</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Agregar una nota</translation>
    </message>
    <message>
        <source>Note (kept with the participant&apos;s record):</source>
        <translation>Nota (se guarda en el registro del participante):</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Registered on this desk&apos;s copy: the badge can be printed when the server returns.</source>
        <translation>Registrado en la copia de este mostrador: el gafete podrá imprimirse cuando vuelva el servidor.</translation>
    </message>
    <message>
        <source>Printing the badge…</source>
        <translation>Imprimiendo el gafete…</translation>
    </message>
    <message>
        <source>Undo last check-in…</source>
        <translation>Deshacer el último registro…</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>Imprimir gafete</translation>
    </message>
    <message>
        <source>Correct badge name</source>
        <translation>Corregir el nombre del gafete</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Walk-in registration…</source>
        <translation>Registro en sitio…</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This area is not built yet. Its data already has a place in the conference database; the screen comes in a later version.</source>
        <translation>Esta área aún no está disponible. Sus datos ya tienen lugar en la base de datos de la conferencia; la pantalla llegará en una versión posterior.</translation>
    </message>
</context>
<context>
    <name>PlanReview</name>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movido</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>fechas</translation>
    </message>
    <message>
        <source>room</source>
        <translation>habitación</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>óptima</translation>
    </message>
    <message>
        <source>best found in the time limit</source>
        <translation>la mejor encontrada en el tiempo límite</translation>
    </message>
    <message>
        <source>%1 guests: %2 placed, %3 unplaced, %4 delegations split, %5 changes. Objective %6 (%7).</source>
        <translation>%1 huéspedes: %2 alojados, %3 sin alojar, %4 delegaciones divididas, %5 cambios. Objetivo %6 (%7).</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Cambios (%1)</translation>
    </message>
    <message>
        <source>Unplaced (%1)</source>
        <translation>Sin alojar (%1)</translation>
    </message>
    <message>
        <source>Split delegations (%1)</source>
        <translation>Delegaciones divididas (%1)</translation>
    </message>
    <message>
        <source>Proposed allocation (not applied yet)</source>
        <translation>Asignación propuesta (aún no aplicada)</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation>Hoteles</translation>
    </message>
</context>
<context>
    <name>PoolView</name>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>non-local</source>
        <translation>no local</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 guardado/a.</translation>
    </message>
    <message>
        <source>Delete %1 from the pool?</source>
        <translation>¿Eliminar a %1 del equipo?</translation>
    </message>
    <message numerus="yes">
        <source>They are in %n booth(s) of the roster; those booths will be short.</source>
        <translation>
            <numerusform>Está en %n cabina de la planificación; esa cabina quedará incompleta.</numerusform>
            <numerusform>Está en %n cabinas de la planificación; esas cabinas quedarán incompletas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete an interpreter</source>
        <translation>Eliminar un intérprete</translation>
    </message>
    <message numerus="yes">
        <source>%1 deleted (%n assignment(s) removed).</source>
        <translation>
            <numerusform>%1 eliminado/a (%n asignación retirada).</numerusform>
            <numerusform>%1 eliminado/a (%n asignaciones retiradas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lenguas</translation>
    </message>
    <message>
        <source>Based</source>
        <translation>Residencia</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Tarifa diaria</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <source>Could not read the programme: %1</source>
        <translation>No se pudo leer el programa: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not scheduled (%n)</source>
        <translation>
            <numerusform>Sin programar (%n)</numerusform>
            <numerusform>Sin programar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag onto the grid.</source>
        <translation>Arrástrelas a la cuadrícula.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>No conflicts: every room, person and booth is where it can be.</source>
        <translation>Sin conflictos: cada sala, persona y cabina está donde puede estar.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n accepted)</source>
        <translation>
            <numerusform>(%n aceptado)</numerusform>
            <numerusform>(%n aceptados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw acceptance</source>
        <translation>Retirar la aceptación</translation>
    </message>
    <message>
        <source>Accept this warning</source>
        <translation>Aceptar esta advertencia</translation>
    </message>
    <message>
        <source>Errors must be solved; a warning can be accepted deliberately.</source>
        <translation>Los errores deben resolverse; una advertencia puede aceptarse deliberadamente.</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>No se movió: %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>sin programar</translation>
    </message>
    <message>
        <source>%1 moved: %2.</source>
        <translation>%1 movida: %2.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove from the timetable</source>
        <translation>Quitar del horario</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Programme booklet (PDF)…</source>
        <translation>Folleto del programa (PDF)…</translation>
    </message>
    <message>
        <source>Calendar for phones and Outlook (.ics)…</source>
        <translation>Calendario para teléfonos y Outlook (.ics)…</translation>
    </message>
    <message>
        <source>Door sheets for this day (PDF)…</source>
        <translation>Carteles de puerta de este día (PDF)…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
</context>
<context>
    <name>ProgrammeSettingsDialog</name>
    <message>
        <source>Programme settings</source>
        <translation>Configuración del programa</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Gap a person needs between two sessions:</source>
        <translation>Margen que necesita una persona entre dos sesiones:</translation>
    </message>
    <message>
        <source>The venue opens at:</source>
        <translation>La sede abre a las:</translation>
    </message>
    <message>
        <source>The venue closes at:</source>
        <translation>La sede cierra a las:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Don&apos;t Save</source>
        <translation>No guardar</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 participants: keep typing</source>
        <translation>Más de %1 participantes: siga escribiendo</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n delegation(s)</source>
        <translation>
            <numerusform>%1 — %n delegación</numerusform>
            <numerusform>%1 — %n delegaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Todas las delegaciones</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>Any arrival day</source>
        <translation>Cualquier día de llegada</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Choose a delegation to see its members.</source>
        <translation>Elija una delegación para ver a sus miembros.</translation>
    </message>
    <message>
        <source>no head of delegation yet</source>
        <translation>aún sin jefe/a de delegación</translation>
    </message>
    <message>
        <source>%1 — head of delegation: %2</source>
        <translation>%1 — jefe/a de delegación: %2</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %2.</source>
        <translation>
            <numerusform>%n fila exportada a %2.</numerusform>
            <numerusform>%n filas exportadas a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <source>Search by name, organisation, city or e-mail…</source>
        <translation>Buscar por nombre, organización, ciudad o correo electrónico…</translation>
    </message>
    <message>
        <source>Delegation:</source>
        <translation>Delegación:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Arrival:</source>
        <translation>Llegada:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Unresolved preferences</source>
        <translation>Preferencias sin resolver</translation>
    </message>
    <message>
        <source>Only people whose hotel, room type, diet or language an import could not resolve: the text from the file is on a line of their notes. Setting the preference in the form removes that line.</source>
        <translation>Solo las personas cuyo hotel, tipo de habitación, dieta o idioma una importación no pudo reconocer: el texto del archivo está en una línea de sus notas. Indicar la preferencia en la ficha borra esa línea.</translation>
    </message>
    <message>
        <source>&amp;New participant</source>
        <translation>&amp;Nuevo participante</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Buscar &amp;duplicados…</translation>
    </message>
    <message>
        <source>Print &amp;badge</source>
        <translation>Imprimir &amp;gafete</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Participants as shown (Excel)…</source>
        <translation>Participantes mostrados (Excel)…</translation>
    </message>
    <message>
        <source>Participants as shown (CSV)…</source>
        <translation>Participantes mostrados (CSV)…</translation>
    </message>
    <message>
        <source>Delegations (Excel)…</source>
        <translation>Delegaciones (Excel)…</translation>
    </message>
    <message>
        <source>Delegations (CSV)…</source>
        <translation>Delegaciones (CSV)…</translation>
    </message>
    <message>
        <source>List of Participants (PDF)…</source>
        <translation>Lista de participantes (PDF)…</translation>
    </message>
    <message>
        <source>Include phone, passport number and date of birth (participants only)</source>
        <translation>Incluir teléfono, n.º de pasaporte y fecha de nacimiento (solo participantes)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Agregar miembro</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Editar miembro</translation>
    </message>
    <message>
        <source>Make head of delegation</source>
        <translation>Nombrar jefe/a de delegación</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Jefe/a de delegación</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Llegadas</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Arrivals dashboard</source>
        <translation>Panel de llegadas</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>clerk</source>
        <translation>personal de mostrador</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organizador</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>RoomTypeTree</name>
    <message>
        <source>Drop guests here to move them to %1, %2 (locked).</source>
        <translation>Suelte huéspedes aquí para trasladarlos a %1, %2 (bloqueados).</translation>
    </message>
</context>
<context>
    <name>RoomingListExport</name>
    <message>
        <source>Export the rooming list of %1</source>
        <translation>Exportar la rooming list de %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rooming list of %1 written (%2 guests): %3</source>
        <translation>Rooming list de %1 guardada (%2 huéspedes): %3</translation>
    </message>
    <message>
        <source>&amp;Export rooming list…</source>
        <translation>&amp;Exportar la rooming list…</translation>
    </message>
</context>
<context>
    <name>RosterBuilder</name>
    <message>
        <source>Building the interpreters&apos; roster…</source>
        <translation>Calculando la planificación de intérpretes…</translation>
    </message>
    <message>
        <source>Build roster</source>
        <translation>Calcular la planificación</translation>
    </message>
    <message>
        <source>Roster cancelled; nothing was changed.</source>
        <translation>Planificación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Review the proposed roster, then Apply or Discard. Nothing is written yet.</source>
        <translation>Revise la planificación propuesta y luego aplíquela o descártela. Aún no se ha guardado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Roster applied: %n change(s) written.</source>
        <translation>
            <numerusform>Turnos aplicados: %n cambio guardado.</numerusform>
            <numerusform>Turnos aplicados: %n cambios guardados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed roster discarded; nothing was changed.</source>
        <translation>Planificación propuesta descartada; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>RosterGrid</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>%1 booth</source>
        <translation>Cabina de %1</translation>
    </message>
    <message>
        <source>No %1 booth for this session.</source>
        <translation>No hay cabina de %1 para esta sesión.</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(asignación bloqueada)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 interpreters</source>
        <translation>%1: %2 de %3 intérpretes</translation>
    </message>
    <message numerus="yes">
        <source>Rules broken (%n):</source>
        <translation>
            <numerusform>Regla incumplida (%n):</numerusform>
            <numerusform>Reglas incumplidas (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>No rule broken.</source>
        <translation>Ninguna regla incumplida.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué falla</translation>
    </message>
</context>
<context>
    <name>RosterReviewDialog</name>
    <message>
        <source>Proposed roster (not applied yet)</source>
        <translation>Planificación propuesta (aún no aplicada)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 booths staffed&lt;/b&gt; by %3 interpreters; %4 cannot be staffed.</source>
        <translation>&lt;b&gt;%1 de %2 cabinas cubiertas&lt;/b&gt; por %3 intérpretes; %4 no se pueden cubrir.</translation>
    </message>
    <message>
        <source>Cost: %1 %2. Rules broken: %3. Changes to the current roster: %4.</source>
        <translation>Costo: %1 %2. Reglas incumplidas: %3. Cambios respecto a la planificación actual: %4.</translation>
    </message>
    <message>
        <source>The best possible roster (proven optimal).</source>
        <translation>La mejor planificación posible (óptimo demostrado).</translation>
    </message>
    <message>
        <source>The best roster found within the time limit (not proven optimal: allow more time for a cheaper or fairer one).</source>
        <translation>La mejor planificación encontrada en el tiempo límite (óptimo no demostrado: conceda más tiempo para una más barata o más equitativa).</translation>
    </message>
    <message>
        <source>Nothing is written until you apply.</source>
        <translation>No se guarda nada hasta que aplique.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Cannot be staffed (%1)</source>
        <translation>Imposibles de cubrir (%1)</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Cambios (%1)</translation>
    </message>
    <message>
        <source>Rules broken (%1)</source>
        <translation>Reglas incumplidas (%1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Cabina</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>What would fix it</source>
        <translation>Qué lo resolvería</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué falla</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Must be more than the time one interpreter may work alone.</source>
        <translation>Debe superar el tiempo que un intérprete puede trabajar solo.</translation>
    </message>
    <message>
        <source>Interpreting rules</source>
        <translation>Reglas de interpretación</translation>
    </message>
    <message>
        <source>Working conditions (AIIC / UN)</source>
        <translation>Condiciones de trabajo (AIIC / ONU)</translation>
    </message>
    <message>
        <source>Roster priorities (solver weights)</source>
        <translation>Prioridades de la planificación (pesos del solucionador)</translation>
    </message>
    <message>
        <source>One interpreter alone for a session of up to (min):</source>
        <translation>Un solo intérprete para una sesión de hasta (min):</translation>
    </message>
    <message>
        <source>Two per booth up to (min), three beyond:</source>
        <translation>Dos por cabina hasta (min), tres más allá:</translation>
    </message>
    <message>
        <source>Team of a booth where someone works retour:</source>
        <translation>Equipo de una cabina donde alguien trabaja en retour:</translation>
    </message>
    <message>
        <source>Sessions a day per interpreter, at most:</source>
        <translation>Sesiones al día por intérprete, como máximo:</translation>
    </message>
    <message>
        <source>A session longer than this counts as two (min):</source>
        <translation>Una sesión más larga cuenta como dos (min):</translation>
    </message>
    <message>
        <source>Rest between two sessions, at least (min):</source>
        <translation>Descanso entre dos sesiones, como mínimo (min):</translation>
    </message>
    <message>
        <source>Interpreters able to give relay from a language, at least:</source>
        <translation>Intérpretes capaces de dar relé desde una lengua, como mínimo:</translation>
    </message>
    <message>
        <source>The afternoon starts at:</source>
        <translation>La tarde empieza a las:</translation>
    </message>
    <message>
        <source>Extra per working day of a non-local interpreter (%1):</source>
        <translation>Suplemento por día trabajado de un intérprete no local (%1):</translation>
    </message>
    <message>
        <source>Spread the load fairly (weight):</source>
        <translation>Repartir la carga con equidad (peso):</translation>
    </message>
    <message>
        <source>Keep the current roster (weight per change):</source>
        <translation>Conservar la planificación actual (peso por cambio):</translation>
    </message>
    <message>
        <source>Staff every booth (weight per empty booth):</source>
        <translation>Cubrir todas las cabinas (peso por cabina vacía):</translation>
    </message>
</context>
<context>
    <name>RunTable</name>
    <message>
        <source>%1 of %2 seats taken, %3 bags in the hold</source>
        <translation>%1 de %2 plazas ocupadas, %3 maletas en el maletero</translation>
    </message>
    <message>
        <source>Locked: a new plan keeps this run as it is</source>
        <translation>Bloqueado: una nueva planificación mantiene este traslado tal cual</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Traslado %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>checked in</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name and press Enter</source>
        <translation>Escanee un gafete, o escriba un nombre y pulse Intro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Only forums take sign-ups.</source>
        <translation>Solo los foros admiten inscripciones.</translation>
    </message>
    <message>
        <source>Delete the session %1 “%2”?</source>
        <translation>¿Eliminar la sesión %1 «%2»?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with a role in it</source>
        <translation>
            <numerusform>%n persona con una función en ella</numerusform>
            <numerusform>%n personas con una función en ella</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-up(s)</source>
        <translation>
            <numerusform>%n inscripción</numerusform>
            <numerusform>%n inscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n en la lista de espera</numerusform>
            <numerusform>%n en la lista de espera</numerusform>
        </translation>
    </message>
    <message>
        <source>This also removes: %1.</source>
        <translation>También se eliminan: %1.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>no time yet: the session is not on the timetable</source>
        <translation>todavía sin horario: la sesión no está en el calendario</translation>
    </message>
    <message>
        <source>(%1 h)</source>
        <translation>(%1 h)</translation>
    </message>
    <message>
        <source>(%1 h %2 min)</source>
        <translation>(%1 h %2 min)</translation>
    </message>
    <message>
        <source>Without a room the session waits in the list of sessions not scheduled.</source>
        <translation>Sin sala, la sesión queda en la lista de sesiones sin programar.</translation>
    </message>
    <message>
        <source>This room has too few interpretation booths for these languages: the timetable will show a conflict.</source>
        <translation>Esta sala no tiene suficientes cabinas de interpretación para estos idiomas: el calendario mostrará un conflicto.</translation>
    </message>
    <message>
        <source>Room capacity (%1)</source>
        <translation>Capacidad de la sala (%1)</translation>
    </message>
    <message>
        <source>Room capacity</source>
        <translation>Capacidad de la sala</translation>
    </message>
    <message>
        <source>Leave at “Room capacity” to offer all the room&apos;s places.</source>
        <translation>Deje «Capacidad de la sala» para ofrecer todos los lugares de la sala.</translation>
    </message>
    <message>
        <source>Only forums take sign-ups.</source>
        <translation>Solo los foros admiten inscripciones.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields with a red message.</source>
        <translation>No se guardó: corrija los campos con un mensaje en rojo.</translation>
    </message>
    <message>
        <source>%1 — %2 places</source>
        <translation>%1 — %2 lugares</translation>
    </message>
    <message>
        <source>booths %1</source>
        <translation>cabinas %1</translation>
    </message>
    <message numerus="yes">
        <source>%n booth(s)</source>
        <translation>
            <numerusform>%n cabina</numerusform>
            <numerusform>%n cabinas</numerusform>
        </translation>
    </message>
    <message>
        <source>no booths</source>
        <translation>sin cabinas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Cuándo y dónde</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Code *:</source>
        <translation>Código *:</translation>
    </message>
    <message>
        <source>e.g. TF1</source>
        <translation>p. ej. TF1</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Title *:</source>
        <translation>Título *:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>The English title is used when empty</source>
        <translation>Si está vacío se usa el título en inglés</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Sala:</translation>
    </message>
    <message>
        <source>Interpretation into:</source>
        <translation>Interpretación al:</translation>
    </message>
    <message>
        <source>Spoken from the floor:</source>
        <translation>Idiomas hablados en la sala:</translation>
    </message>
    <message>
        <source>None ticked: the same languages as the interpretation.</source>
        <translation>Ninguno marcado: los mismos idiomas que la interpretación.</translation>
    </message>
    <message>
        <source>Expected attendance:</source>
        <translation>Asistencia prevista:</translation>
    </message>
    <message>
        <source>Sign-up cap:</source>
        <translation>Límite de inscripciones:</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Todavía sin horario</translation>
    </message>
    <message>
        <source>Not scheduled (no room)</source>
        <translation>Sin programar (sin sala)</translation>
    </message>
    <message>
        <source>— (not a regional forum)</source>
        <translation>— (no es un foro regional)</translation>
    </message>
</context>
<context>
    <name>SessionPeople</name>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 añadido/a como %2.</translation>
    </message>
    <message>
        <source>%1 is no longer %2 in this session.</source>
        <translation>%1 ya no es %2 en esta sesión.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add a speaker, moderator, rapporteur or panellist</source>
        <translation>Añadir un orador, moderador, relator o panelista</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Adding someone saves the new session first.</source>
        <translation>Añadir a alguien guarda primero la nueva sesión.</translation>
    </message>
    <message>
        <source>Changes on this tab are saved at once.</source>
        <translation>Los cambios de esta pestaña se guardan de inmediato.</translation>
    </message>
</context>
<context>
    <name>SessionSignUps</name>
    <message>
        <source>Nobody signed up yet.</source>
        <translation>Todavía no hay nadie inscrito.</translation>
    </message>
    <message>
        <source>%1 signed up (no limit: the session has no room and no cap)</source>
        <translation>%1 inscritos (sin límite: la sesión no tiene sala ni límite)</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 de %2 lugares ocupados</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>full: the next sign-up goes on the waiting list</source>
        <translation>lleno: la próxima inscripción pasa a la lista de espera</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n persona)</numerusform>
            <numerusform>%1 (%n personas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign up a delegation</source>
        <translation>Inscribir una delegación</translation>
    </message>
    <message>
        <source>Every member of this delegation is signed up, or nobody:</source>
        <translation>Se inscribe a todos los miembros de esta delegación, o a nadie:</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Cancel sign-up</source>
        <translation>Cancelar inscripción</translation>
    </message>
    <message>
        <source>Remove from the waiting list</source>
        <translation>Quitar de la lista de espera</translation>
    </message>
    <message>
        <source>Sign someone up</source>
        <translation>Inscribir a alguien</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>A whole delegation…</source>
        <translation>Una delegación entera…</translation>
    </message>
    <message>
        <source>Sign up every member of a delegation at once: all of them, or nobody</source>
        <translation>Inscribir a la vez a todos los miembros de una delegación: a todos, o a nadie</translation>
    </message>
    <message>
        <source>When the forum is full, a sign-up goes on the waiting list; a cancelled place goes to the first person waiting.</source>
        <translation>Cuando el foro está lleno, la inscripción pasa a la lista de espera; un lugar cancelado pasa a la primera persona en espera.</translation>
    </message>
    <message>
        <source>Adding someone saves the new session first.</source>
        <translation>Añadir a alguien guarda primero la nueva sesión.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a room</source>
        <translation>Compartir una habitación</translation>
    </message>
    <message>
        <source>Put %1 in the room of:</source>
        <translation>Poner a %1 en la habitación de:</translation>
    </message>
    <message>
        <source>Put %1 guests in the room of:</source>
        <translation>Poner a %1 huéspedes en la habitación de:</translation>
    </message>
    <message>
        <source>Find a guest, delegation, hotel or room…</source>
        <translation>Buscar un huésped, delegación, hotel o habitación…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to work at this desk.</source>
        <translation>Inicie sesión para trabajar en este puesto.</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operador:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in — Conference Desk</source>
        <translation>Inicio de sesión — Conference Desk</translation>
    </message>
    <message>
        <source>Type or choose your name.</source>
        <translation>Escriba o elija su nombre.</translation>
    </message>
    <message numerus="yes">
        <source>Locked out after too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Bloqueado tras demasiados PIN incorrectos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Bloqueado tras demasiados PIN incorrectos. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more wrong PIN(s) lock this name for a minute.</source>
        <translation>
            <numerusform>PIN incorrecto. Un error más (%n) bloquea este nombre durante un minuto.</numerusform>
            <numerusform>PIN incorrecto. %n errores más bloquean este nombre durante un minuto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Conference Desk cannot start</source>
        <translation>Conference Desk no puede iniciarse</translation>
    </message>
    <message>
        <source>Creating the demo conference…</source>
        <translation>Creando la conferencia de demostración…</translation>
    </message>
    <message>
        <source>Demo conference</source>
        <translation>Conferencia de demostración</translation>
    </message>
</context>
<context>
    <name>TransportPlanReview</name>
    <message>
        <source>Vehicle runs: %1 (airport pick-ups: %2, to the airport: %3, shuttles: %4); first come, first served would need %5.</source>
        <translation>Traslados en vehículo: %1 (recogidas en el aeropuerto: %2, al aeropuerto: %3, lanzaderas: %4); por orden de llegada harían falta %5.</translation>
    </message>
    <message>
        <source>Longest wait: %1 min.</source>
        <translation>Espera más larga: %1 min.</translation>
    </message>
    <message>
        <source>Proven optimal.</source>
        <translation>Óptima (demostrado).</translation>
    </message>
    <message>
        <source>Best plan found in the time limit: within %1% of the optimum.</source>
        <translation>Mejor planificación encontrada en el tiempo límite: a lo sumo a %1 % del óptimo.</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) with a flight not covered.</source>
        <translation>
            <numerusform>%n persona con vuelo queda sin transporte.</numerusform>
            <numerusform>%n personas con vuelo quedan sin transporte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every guest with a flight is covered.</source>
        <translation>Todas las personas con vuelo tienen transporte.</translation>
    </message>
    <message>
        <source>Proposed transport plan (not applied yet)</source>
        <translation>Planificación de transporte propuesta (aún no aplicada)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>D&amp;escartar</translation>
    </message>
</context>
<context>
    <name>TransportPlanning</name>
    <message>
        <source>Planning airport runs and shuttles…</source>
        <translation>Planificando los traslados al aeropuerto y las lanzaderas…</translation>
    </message>
    <message>
        <source>Plan transport</source>
        <translation>Planificar el transporte</translation>
    </message>
    <message>
        <source>Planning cancelled; nothing was changed.</source>
        <translation>Planificación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Review the proposed plan, then Apply or Discard. Nothing is written yet.</source>
        <translation>Revise la planificación propuesta y luego Aplicar o Descartar. Todavía no se ha guardado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Plan applied: %n run(s) stored.</source>
        <translation>
            <numerusform>Planificación aplicada: %n traslado guardado.</numerusform>
            <numerusform>Planificación aplicada: %n traslados guardados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed plan discarded; nothing was changed.</source>
        <translation>Planificación propuesta descartada; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>TransportScreen</name>
    <message>
        <source>No runs stored yet: “Plan transport…” proposes them from the participants’ flights.</source>
        <translation>Aún no hay traslados guardados: «Planificar el transporte…» los propone a partir de los vuelos de los participantes.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) on %1</source>
        <translation>
            <numerusform>%n traslado el %1</numerusform>
            <numerusform>%n traslados el %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked</source>
        <translation>
            <numerusform>%n bloqueado</numerusform>
            <numerusform>%n bloqueados</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrivals per hour</source>
        <translation>Llegadas por hora</translation>
    </message>
    <message>
        <source>Not covered (%1)</source>
        <translation>Sin transporte (%1)</translation>
    </message>
    <message>
        <source>Select a run to see who rides it.</source>
        <translation>Seleccione un traslado para ver sus pasajeros.</translation>
    </message>
    <message>
        <source>Shuttle %1 (%2, %3): %4 riders counted from the hotels’ guests, no names.</source>
        <translation>Lanzadera %1 (%2, %3): %4 pasajeros contados según los huéspedes de los hoteles, sin nombres.</translation>
    </message>
    <message>
        <source>Passengers of run %1: %2, %3, %4</source>
        <translation>Pasajeros del traslado %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>%1 moved to run %2.</source>
        <translation>%1 cambió al traslado %2.</translation>
    </message>
    <message>
        <source>Run %1 locked: a new plan keeps it as it is.</source>
        <translation>Traslado %1 bloqueado: una nueva planificación lo mantiene tal cual.</translation>
    </message>
    <message>
        <source>Run %1 unlocked: a new plan may change it.</source>
        <translation>Traslado %1 desbloqueado: una nueva planificación puede cambiarlo.</translation>
    </message>
    <message>
        <source>The proposed plan was discarded: it was made before this change.</source>
        <translation>Se descartó la planificación propuesta: era anterior a este cambio.</translation>
    </message>
    <message>
        <source>&amp;Plan transport…</source>
        <translation>&amp;Planificar el transporte…</translation>
    </message>
    <message>
        <source>&amp;Time limit (s):</source>
        <translation>&amp;Tiempo límite (s):</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Todos los traslados</translation>
    </message>
    <message>
        <source>Airport pick-ups</source>
        <translation>Recogidas en el aeropuerto</translation>
    </message>
    <message>
        <source>Runs to the airport</source>
        <translation>Traslados al aeropuerto</translation>
    </message>
    <message>
        <source>Shuttles</source>
        <translation>Lanzaderas</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Desbl&amp;oquear</translation>
    </message>
    <message>
        <source>&amp;Move to run…</source>
        <translation>&amp;Cambiar de traslado…</translation>
    </message>
    <message>
        <source>or drag a passenger onto another run.</source>
        <translation>o arrastre un pasajero a otro traslado.</translation>
    </message>
</context>
<context>
    <name>TransportTerms</name>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Shuttle</source>
        <translation>Lanzadera</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Automóvil</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Camioneta</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Autobús</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>UncoveredPanel</name>
    <message>
        <source>No flight without a run matches “%1”.</source>
        <translation>Ningún vuelo sin traslado coincide con «%1».</translation>
    </message>
    <message>
        <source>The first %1 of %2 matching flights are listed: type more of the name.</source>
        <translation>Se listan los primeros %1 de los %2 vuelos encontrados: escriba más del nombre.</translation>
    </message>
    <message>
        <source>The first %1 of %2 flights without a run are listed, by flight time: type a name to find a guest.</source>
        <translation>Se listan los primeros %1 de los %2 vuelos sin traslado, por hora de vuelo: escriba un nombre para buscar a un invitado.</translation>
    </message>
    <message>
        <source>%1 found for “%2”.</source>
        <translation>%1 encontrado(s) para «%2».</translation>
    </message>
    <message>
        <source>Find a guest by name…</source>
        <translation>Buscar a un invitado por su nombre…</translation>
    </message>
</context>
<context>
    <name>UncoveredTable</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Vuelo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>UndoReasonDialog</name>
    <message>
        <source>Undo check-in</source>
        <translation>Deshacer el registro</translation>
    </message>
    <message>
        <source>Undo the check-in of %1? The admission stays in the history, marked as undone, with your reason.</source>
        <translation>¿Deshacer el registro de %1? La admisión queda en el historial, marcada como deshecha, con su motivo.</translation>
    </message>
    <message>
        <source>Admitted by mistake (wrong person)</source>
        <translation>Admitido por error (persona equivocada)</translation>
    </message>
    <message>
        <source>Wrong badge scanned</source>
        <translation>Se escaneó el gafete equivocado</translation>
    </message>
    <message>
        <source>Scanned twice by mistake</source>
        <translation>Escaneado dos veces por error</translation>
    </message>
    <message>
        <source>Left before entering</source>
        <translation>Se fue antes de entrar</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Indique un motivo.</translation>
    </message>
</context>
<context>
    <name>UnplacedTable</name>
    <message>
        <source>Not allocated yet: run Allocate.</source>
        <translation>Aún sin asignar: ejecute Asignar.</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Close without saving? The changes made in this window will be lost.</source>
        <translation>¿Cerrar sin guardar? Los cambios hechos en esta ventana se perderán.</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Descartar los cambios</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in registration</source>
        <translation>Registro en sitio</translation>
    </message>
    <message>
        <source>Discard this walk-in registration? Nothing has been registered yet.</source>
        <translation>¿Descartar este registro in situ? Todavía no se ha registrado nada.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Apellido:</translation>
    </message>
    <message>
        <source>Country or organisation:</source>
        <translation>País u organización:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Register, check in and print badge</source>
        <translation>Inscribir, registrar e imprimir gafete</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>Inscribir y registrar</translation>
    </message>
</context>
</TS>
