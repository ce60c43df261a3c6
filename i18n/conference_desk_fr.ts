<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Conference Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics of an international conference, from registration to the last badge scan: delegations, hotels, programme, interpreters, badges and check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conference at a glance: dates, venue, organisers and counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations &amp; participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations of the Member States and organisations, every participant, registration imports, search and duplicate detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room blocks per night, automatic allocation of guests to rooms, and rooming lists for the hotels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenaries and parallel forums in the halls of the venue, speakers, sign-ups and conflict detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreters, their language combinations, booths and a roster that respects the profession&apos;s working conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge design, signed QR codes, batch printing before the event and single badges at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a badge or type a name, see at once who it is, admit, and print badges for walk-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists for hotels, interpreters and the press; attendance and occupancy figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a conference database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Conference Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Conference Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not built yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Could not read the conference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNESCO Member States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member State delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival and registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This area is not built yet. Its data already has a place in the conference database; the screen comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Conference Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo conference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
