<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Conference Desk</source>
        <translation>À propos de Conference Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Logistics of an international conference, from registration to the last badge scan: delegations, hotels, programme, interpreters, badges and check-in.</source>
        <translation>La logistique d&apos;une conférence internationale, de l&apos;inscription au dernier badge scanné : délégations, hôtels, programme, interprètes, badges et accueil.</translation>
    </message>
    <message>
        <source>Conference: %1</source>
        <translation>Conférence : %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>The conference at a glance: dates, venue, organisers and counts.</source>
        <translation>La conférence en un coup d&apos;œil : dates, lieu, organisateurs et chiffres.</translation>
    </message>
    <message>
        <source>Delegations &amp; participants</source>
        <translation>Délégations et participants</translation>
    </message>
    <message>
        <source>Delegations of the Member States and organisations, every participant, registration imports, search and duplicate detection.</source>
        <translation>Délégations des États membres et des organisations, tous les participants, import des inscriptions, recherche et détection des doublons.</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation>Hôtels</translation>
    </message>
    <message>
        <source>Room blocks per night, automatic allocation of guests to rooms, and rooming lists for the hotels.</source>
        <translation>Contingents de chambres par nuit, attribution automatique des chambres et listes de répartition (rooming lists) pour les hôtels.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Plenaries and parallel forums in the halls of the venue, speakers, sign-ups and conflict detection.</source>
        <translation>Plénières et forums parallèles dans les salles du lieu, intervenants, inscriptions et détection des conflits.</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Interprètes</translation>
    </message>
    <message>
        <source>Interpreters, their language combinations, booths and a roster that respects the profession&apos;s working conditions.</source>
        <translation>Les interprètes, leurs combinaisons linguistiques, les cabines et un planning qui respecte les conditions de travail de la profession.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Badge design, signed QR codes, batch printing before the event and single badges at the desk.</source>
        <translation>Conception des badges, codes QR signés, impression par lots avant l&apos;événement et badges à l&apos;unité au guichet.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Scan a badge or type a name, see at once who it is, admit, and print badges for walk-ins.</source>
        <translation>Scanner un badge ou saisir un nom, voir aussitôt de qui il s&apos;agit, admettre, et imprimer les badges des participants non inscrits.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Lists for hotels, interpreters and the press; attendance and occupancy figures.</source>
        <translation>Listes pour les hôtels, les interprètes et la presse ; chiffres de présence et d&apos;occupation.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Already in the database: %1 delegations, %2 participants.</source>
        <translation>Déjà dans la base de données : %1 délégations, %2 participants.</translation>
    </message>
    <message>
        <source>Already in the database: %1 hotels, %2 room types, %3 room-nights blocked.</source>
        <translation>Déjà dans la base de données : %1 hôtels, %2 types de chambre, %3 nuitées réservées.</translation>
    </message>
    <message>
        <source>Already in the database: %1 sessions in %2 venue rooms.</source>
        <translation>Déjà dans la base de données : %1 séances dans %2 salles.</translation>
    </message>
    <message>
        <source>Already in the database: %1 interpreters.</source>
        <translation>Déjà dans la base de données : %1 interprètes.</translation>
    </message>
    <message>
        <source>Already in the database: %1 badges.</source>
        <translation>Déjà dans la base de données : %1 badges.</translation>
    </message>
    <message>
        <source>Already in the database: %1 check-in events.</source>
        <translation>Déjà dans la base de données : %1 passages à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Open a conference database</source>
        <translation>Ouvrir une base de données de conférence</translation>
    </message>
    <message>
        <source>Conference databases (*.sqlite *.db)</source>
        <translation>Bases de données de conférence (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>no conference</source>
        <translation>aucune conférence</translation>
    </message>
    <message>
        <source>%1 — Conference Desk</source>
        <translation>%1 — Conference Desk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Conference Desk</source>
        <translation>À &amp;propos de Conference Desk</translation>
    </message>
    <message>
        <source>%1 (not built yet)</source>
        <translation>%1 (pas encore disponible)</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Could not read the conference: %1</source>
        <translation>Impossible de lire la conférence : %1</translation>
    </message>
    <message>
        <source>UNESCO Member States</source>
        <translation>États membres de l&apos;UNESCO</translation>
    </message>
    <message>
        <source>Member State delegations</source>
        <translation>Délégations des États membres</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Venue rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Programme sessions</source>
        <translation>Séances du programme</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation>Hôtels</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Interprètes</translation>
    </message>
    <message>
        <source>Badges issued</source>
        <translation>Badges émis</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Loading the conference…</source>
        <translation>Chargement de la conférence…</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Arrival and registration</source>
        <translation>Arrivée et inscription</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This area is not built yet. Its data already has a place in the conference database; the screen comes in a later version.</source>
        <translation>Cet espace n&apos;est pas encore disponible. Ses données ont déjà leur place dans la base de données de la conférence ; l&apos;écran viendra dans une version ultérieure.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Conference Desk cannot start</source>
        <translation>Conference Desk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Creating the demo conference…</source>
        <translation>Création de la conférence de démonstration…</translation>
    </message>
    <message>
        <source>Demo conference</source>
        <translation>Conférence de démonstration</translation>
    </message>
</context>
</TS>
