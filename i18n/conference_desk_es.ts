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
</context>
<context>
    <name>MainWindow</name>
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
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
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
    <name>PlaceholderScreen</name>
    <message>
        <source>This area is not built yet. Its data already has a place in the conference database; the screen comes in a later version.</source>
        <translation>Esta área aún no está disponible. Sus datos ya tienen lugar en la base de datos de la conferencia; la pantalla llegará en una versión posterior.</translation>
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
</TS>
