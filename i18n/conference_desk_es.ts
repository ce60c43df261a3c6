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
    <name>CheckInScreen</name>
    <message>
        <source>checked in</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>No one matches. Type more of the name, or register a walk-in.</source>
        <translation>Nadie coincide. Escriba más del nombre o registre a un participante sin inscripción.</translation>
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
        <source>REJECTED</source>
        <translation>RECHAZADO</translation>
    </message>
    <message>
        <source>Hotel: %1</source>
        <translation>Hotel: %1</translation>
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
    <message>
        <source>Checked in today: %1 of %2 expected</source>
        <translation>Registrados hoy: %1 de %2 esperados</translation>
    </message>
    <message>
        <source>In this session: %1 (room capacity %2) · at the venue today: %3</source>
        <translation>En esta sesión: %1 (capacidad del salón %2) · en la sede hoy: %3</translation>
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
        <source>Checking in at:</source>
        <translation>Registro en:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>Mostrador:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operador:</translation>
    </message>
    <message>
        <source>Venue entry</source>
        <translation>Entrada a la sede</translation>
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
    <message>
        <source>Ready for the next badge</source>
        <translation>Listo para el siguiente gafete</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
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
    <message>
        <source>%1 pairs look like the same person.</source>
        <translation>%1 pares parecen ser la misma persona.</translation>
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
    <name>HotelsScreen</name>
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
    <message>
        <source>(no room)</source>
        <translation>(sin habitación)</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>Not allocated yet: run Allocate.</source>
        <translation>Aún sin asignar: ejecute Asignar.</translation>
    </message>
    <message>
        <source>Unplaced (%1)</source>
        <translation>Sin alojar (%1)</translation>
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
        <source>Split delegations (%1)</source>
        <translation>Delegaciones divididas (%1)</translation>
    </message>
    <message>
        <source>Allocation applied: %1 changes written.</source>
        <translation>Asignación aplicada: %1 cambios guardados.</translation>
    </message>
    <message>
        <source>Proposed allocation discarded; nothing was changed.</source>
        <translation>Asignación propuesta descartada; no se cambió nada.</translation>
    </message>
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
        <source>&amp;Export rooming list…</source>
        <translation>&amp;Exportar la rooming list…</translation>
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
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
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
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Tipo de habitación</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
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
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
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
    <message>
        <source>%1: %2 rows. Check what each column of the file holds, then press Check the file.</source>
        <translation>%1: %2 filas. Revise qué contiene cada columna del archivo y luego haga clic en Revisar el archivo.</translation>
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
        <source>Ready to import %1 of %2 rows. Nothing has been written yet.</source>
        <translation>Listo para importar %1 de %2 filas. Todavía no se ha guardado nada.</translation>
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
        <source>Importing participants…</source>
        <translation>Importando participantes…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importación cancelada: no se guardó nada.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 rows rejected.</source>
        <translation>Importación terminada: %1 nuevos, %2 actualizados, %3 sin cambios, %4 filas rechazadas.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>La importación falló y no se guardó nada: %1</translation>
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
        <source>%1: outside the conference period.</source>
        <translation>%1: fuera del período de la conferencia.</translation>
    </message>
    <message>
        <source>%1: too long.</source>
        <translation>%1: demasiado largo.</translation>
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
        <source>Given and family name if empty</source>
        <translation>Nombre y apellido si se deja vacío</translation>
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
    <name>PlaceholderScreen</name>
    <message>
        <source>This area is not built yet. Its data already has a place in the conference database; the screen comes in a later version.</source>
        <translation>Esta área aún no está disponible. Sus datos ya tienen lugar en la base de datos de la conferencia; la pantalla llegará en una versión posterior.</translation>
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
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Se exportaron %1 filas a %2.</translation>
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
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in registration</source>
        <translation>Registro en sitio</translation>
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
