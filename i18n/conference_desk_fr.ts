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
    <name>BadgePrinting</name>
    <message>
        <source>Save badges as PDF</source>
        <translation>Enregistrer les badges en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reprint badge</source>
        <translation>Réimprimer le badge</translation>
    </message>
    <message>
        <source>Why is the badge of %1 reprinted? The old badge will no longer be accepted.</source>
        <translation>Pourquoi réimprimer le badge de %1 ? L&apos;ancien badge ne sera plus accepté.</translation>
    </message>
    <message>
        <source>Printing badges to %1…</source>
        <translation>Impression des badges dans %1…</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Preparing badges for the printer…</source>
        <translation>Préparation des badges pour l&apos;imprimante…</translation>
    </message>
    <message>
        <source>A reprint needs a reason.</source>
        <translation>Une réimpression doit être motivée.</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>L&apos;imprimante ne peut pas être utilisée.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) printed</source>
        <translation>
            <numerusform>%n badge imprimé</numerusform>
            <numerusform>%n badges imprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>— printed in Latin script because no font can draw them: %1</source>
        <translation>— imprimés en caractères latins faute de police pour les afficher : %1</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Échec de l&apos;impression : %1</translation>
    </message>
</context>
<context>
    <name>BadgeStatusModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>version %1 (%2 reprints)</source>
        <translation>version %1 (%2 réimpressions)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>not printed</source>
        <translation>non imprimé</translation>
    </message>
</context>
<context>
    <name>BadgesScreen</name>
    <message>
        <source>%1 of %2 have a printed badge</source>
        <translation>%1 sur %2 ont un badge imprimé</translation>
    </message>
    <message>
        <source>Choose a participant to see their badge.</source>
        <translation>Choisissez un participant pour voir son badge.</translation>
    </message>
    <message>
        <source>A6 badge</source>
        <translation>badge A6</translation>
    </message>
    <message>
        <source>ID-1 card</source>
        <translation>carte ID-1</translation>
    </message>
    <message>
        <source>Preview: %1, as it will print.</source>
        <translation>Aperçu : %1, tel qu&apos;il sera imprimé.</translation>
    </message>
    <message>
        <source>Find a participant…</source>
        <translation>Rechercher un participant…</translation>
    </message>
    <message>
        <source>Only people without a printed badge</source>
        <translation>Seulement les personnes sans badge imprimé</translation>
    </message>
    <message>
        <source>&amp;Print badge</source>
        <translation>&amp;Imprimer le badge</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>&amp;Réimprimer…</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Category colours</source>
        <translation>Couleurs des catégories</translation>
    </message>
    <message>
        <source>Batch printing</source>
        <translation>Impression par lots</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Header colour:</source>
        <translation>Couleur de l&apos;en-tête :</translation>
    </message>
    <message>
        <source>Cut marks on A4 sheets</source>
        <translation>Traits de coupe sur les feuilles A4</translation>
    </message>
    <message>
        <source>Show the logo area</source>
        <translation>Afficher la zone du logo</translation>
    </message>
    <message>
        <source>Show the delegation</source>
        <translation>Afficher la délégation</translation>
    </message>
    <message>
        <source>Show the position</source>
        <translation>Afficher la fonction</translation>
    </message>
    <message>
        <source>Show the city</source>
        <translation>Afficher la ville</translation>
    </message>
    <message>
        <source>Show the category label</source>
        <translation>Afficher la catégorie</translation>
    </message>
    <message>
        <source>A6, four to an A4 sheet</source>
        <translation>A6, quatre par feuille A4</translation>
    </message>
    <message>
        <source>ID-1 card (85.6 × 54 mm)</source>
        <translation>Carte ID-1 (85,6 × 54 mm)</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Tous les participants</translation>
    </message>
    <message>
        <source>One delegation</source>
        <translation>Une délégation</translation>
    </message>
    <message>
        <source>One category</source>
        <translation>Une catégorie</translation>
    </message>
    <message>
        <source>Selected participants</source>
        <translation>Participants sélectionnés</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Imprimer :</translation>
    </message>
    <message>
        <source>Delegation:</source>
        <translation>Délégation :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Only badges not printed yet</source>
        <translation>Seulement les badges pas encore imprimés</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Print &amp;to printer…</source>
        <translation>Imprimer sur l&apos;i&amp;mprimante…</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>Hold the badge&apos;s QR code up to the camera.</source>
        <translation>Présentez le code QR du badge à la caméra.</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <source>Press Start to scan badges with the camera.</source>
        <translation>Appuyez sur Démarrer pour scanner les badges avec la caméra.</translation>
    </message>
    <message>
        <source>Camera stopped. Press Start to scan badges with the camera.</source>
        <translation>Caméra arrêtée. Appuyez sur Démarrer pour scanner les badges avec la caméra.</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>La caméra a été débranchée.</translation>
    </message>
    <message>
        <source>Camera scanning needs the zxing-cpp package, which is not installed.</source>
        <translation>Le scan par caméra nécessite le paquet zxing-cpp, qui n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Waiting for permission to use the camera…</source>
        <translation>En attente de l&apos;autorisation d&apos;utiliser la caméra…</translation>
    </message>
    <message>
        <source>This computer does not allow Conference Desk to use the camera. Allow it in the system&apos;s privacy settings.</source>
        <translation>Cet ordinateur n&apos;autorise pas Conference Desk à utiliser la caméra. Autorisez-le dans les paramètres de confidentialité du système.</translation>
    </message>
    <message>
        <source>The camera stopped: %1</source>
        <translation>La caméra s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <source>Read a badge.</source>
        <translation>Badge lu.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Aucune caméra</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>checked in</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>No one matches. Type more of the name, or register a walk-in.</source>
        <translation>Aucun résultat. Tapez davantage du nom, ou inscrivez un participant sur place.</translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation>ADMIS</translation>
    </message>
    <message>
        <source>ALREADY CHECKED IN</source>
        <translation>DÉJÀ ENREGISTRÉ</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>REFUSÉ</translation>
    </message>
    <message>
        <source>Hotel: %1</source>
        <translation>Hôtel : %1</translation>
    </message>
    <message>
        <source>First checked in at %1 at %2</source>
        <translation>Premier enregistrement à %1 au %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>no badge yet</source>
        <translation>pas encore de badge</translation>
    </message>
    <message>
        <source>badge not printed</source>
        <translation>badge non imprimé</translation>
    </message>
    <message>
        <source>badge printed (version %1)</source>
        <translation>badge imprimé (version %1)</translation>
    </message>
    <message>
        <source>badge revoked</source>
        <translation>badge révoqué</translation>
    </message>
    <message>
        <source>Checked in today: %1 of %2 expected</source>
        <translation>Enregistrés aujourd&apos;hui : %1 sur %2 attendus</translation>
    </message>
    <message>
        <source>In this session: %1 (room capacity %2) · at the venue today: %3</source>
        <translation>Dans cette séance : %1 (capacité de la salle %2) · sur le site aujourd&apos;hui : %3</translation>
    </message>
    <message>
        <source>Name on the badge</source>
        <translation>Nom sur le badge</translation>
    </message>
    <message>
        <source>Name as it should be printed on the badge:</source>
        <translation>Nom tel qu&apos;il doit figurer sur le badge :</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une remarque</translation>
    </message>
    <message>
        <source>Note (kept with the participant&apos;s record):</source>
        <translation>Remarque (conservée dans la fiche du participant) :</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Checking in at:</source>
        <translation>Accueil à :</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour :</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>Guichet :</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Opérateur :</translation>
    </message>
    <message>
        <source>Venue entry</source>
        <translation>Entrée du site</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name and press Enter</source>
        <translation>Scannez un badge, ou tapez un nom et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>Imprimer le badge</translation>
    </message>
    <message>
        <source>Correct badge name</source>
        <translation>Corriger le nom du badge</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une remarque</translation>
    </message>
    <message>
        <source>Walk-in registration…</source>
        <translation>Inscription sur place…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Show or hide webcam scanning</source>
        <translation>Afficher ou masquer le scan par webcam</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Play a sound for every outcome</source>
        <translation>Émettre un son pour chaque résultat</translation>
    </message>
    <message>
        <source>Ready for the next badge</source>
        <translation>Prêt pour le badge suivant</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Family name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Category is required.</source>
        <translation>La catégorie est obligatoire.</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@domain.org).</source>
        <translation>Adresse de courriel non valide (nom@domaine.org).</translation>
    </message>
    <message>
        <source>Departure is before arrival.</source>
        <translation>Le départ est antérieur à l&apos;arrivée.</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Date non valide.</translation>
    </message>
    <message>
        <source>Not a date (no such day).</source>
        <translation>Date non valide (ce jour n&apos;existe pas).</translation>
    </message>
    <message>
        <source>Not a date (the year is out of range).</source>
        <translation>Date non valide (année hors limites).</translation>
    </message>
    <message>
        <source>Not a date (use YYYY-MM-DD, DD/MM/YYYY or %1 September %2).</source>
        <translation>Date non valide (utilisez AAAA-MM-JJ, JJ/MM/AAAA ou %1 septembre %2).</translation>
    </message>
    <message>
        <source>Not yes or no (yes/no, oui/non, sí/no, x, %1/%2).</source>
        <translation>Ni oui ni non (yes/no, oui/non, sí/no, x, %1/%2).</translation>
    </message>
    <message>
        <source>Too long: %1 characters.</source>
        <translation>Trop long : %1 caractères.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Trop long : %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters (%2 given).</source>
        <translation>Trop long : %1 caractères au maximum (%2 saisis).</translation>
    </message>
    <message>
        <source>Unknown column.</source>
        <translation>Colonne inconnue.</translation>
    </message>
    <message>
        <source>Unknown value.</source>
        <translation>Valeur inconnue.</translation>
    </message>
    <message>
        <source>Unknown country or not a Member State.</source>
        <translation>Pays inconnu ou qui n&apos;est pas un État membre.</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Vouliez-vous dire : %1 ?</translation>
    </message>
    <message>
        <source>Unknown category; use one of: %1.</source>
        <translation>Catégorie inconnue ; utilisez l&apos;une de celles-ci : %1.</translation>
    </message>
    <message>
        <source>Unknown hotel.</source>
        <translation>Hôtel inconnu.</translation>
    </message>
    <message>
        <source>Unknown gender (F, M, X or female/male/other).</source>
        <translation>Genre inconnu (F, M, X ou femme/homme/autre).</translation>
    </message>
    <message>
        <source>Not a working language (English, French or Spanish).</source>
        <translation>Pas une langue de travail (anglais, français ou espagnol).</translation>
    </message>
    <message>
        <source>Unknown status (registered, confirmed or cancelled).</source>
        <translation>Statut inconnu (inscrit, confirmé ou annulé).</translation>
    </message>
    <message>
        <source>Unknown delegation type (Member State, IGO, NGO, private sector, UNESCO or host).</source>
        <translation>Type de délégation inconnu (État membre, OIG, ONG, secteur privé, UNESCO ou hôte).</translation>
    </message>
    <message>
        <source>A Member State delegation needs its country.</source>
        <translation>Une délégation d&apos;État membre doit indiquer son pays.</translation>
    </message>
    <message>
        <source>An organisation&apos;s delegation needs the organisation&apos;s name.</source>
        <translation>La délégation d&apos;une organisation doit indiquer le nom de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Same e-mail as row %1: the same person twice in this file.</source>
        <translation>Même courriel qu&apos;à la ligne %1 : la même personne figure deux fois dans ce fichier.</translation>
    </message>
    <message>
        <source>Same registration ID as row %1: the same person twice in this file.</source>
        <translation>Même n° d&apos;inscription qu&apos;à la ligne %1 : la même personne figure deux fois dans ce fichier.</translation>
    </message>
    <message>
        <source>Refers to the same registered participant as row %1.</source>
        <translation>Désigne le même participant inscrit que la ligne %1.</translation>
    </message>
    <message>
        <source>Outside the conference period (%1 to %2).</source>
        <translation>En dehors de la période de la conférence (du %1 au %2).</translation>
    </message>
    <message>
        <source>Someone else saved this participant after you opened it; reopen it to see their changes.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce participant après que vous l&apos;avez ouvert ; rouvrez-le pour voir ses modifications.</translation>
    </message>
    <message>
        <source>The head of a delegation must be one of its members.</source>
        <translation>Le chef d&apos;une délégation doit en être membre.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import annulé ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Already checked in.</source>
        <translation>Déjà enregistré.</translation>
    </message>
    <message>
        <source>Unknown code: no badge was issued with this code.</source>
        <translation>Code inconnu : aucun badge n&apos;a été émis avec ce code.</translation>
    </message>
    <message>
        <source>Forged or altered code.</source>
        <translation>Code falsifié ou altéré.</translation>
    </message>
    <message>
        <source>Revoked badge: it was replaced by a reprint.</source>
        <translation>Badge révoqué : il a été remplacé par une réimpression.</translation>
    </message>
    <message>
        <source>Badge of another conference.</source>
        <translation>Badge d&apos;une autre conférence.</translation>
    </message>
    <message>
        <source>Registration cancelled.</source>
        <translation>Inscription annulée.</translation>
    </message>
    <message>
        <source>Not a badge code.</source>
        <translation>Ce n&apos;est pas un code de badge.</translation>
    </message>
    <message>
        <source>Not signed up for this session.</source>
        <translation>Non inscrit à cette séance.</translation>
    </message>
    <message>
        <source>No such participant.</source>
        <translation>Participant inconnu.</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Rien n&apos;a été scanné.</translation>
    </message>
    <message>
        <source>Country or organisation is required.</source>
        <translation>Le pays ou l&apos;organisation est obligatoire.</translation>
    </message>
    <message>
        <source>Unknown country: give its ISO 3-letter code.</source>
        <translation>Pays inconnu : indiquez son code ISO à 3 lettres.</translation>
    </message>
    <message>
        <source>Unknown category (known: %1).</source>
        <translation>Catégorie inconnue (connues : %1).</translation>
    </message>
    <message>
        <source>A reprint needs a reason.</source>
        <translation>Une réimpression doit être motivée.</translation>
    </message>
    <message>
        <source>A reprint needs a reason (for example: lost, damaged, name corrected).</source>
        <translation>Une réimpression doit être motivée (par exemple : perdu, abîmé, nom corrigé).</translation>
    </message>
    <message>
        <source>This database holds no conference yet: run init first.</source>
        <translation>Cette base de données ne contient pas encore de conférence : lancez d&apos;abord init.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Could not read the arrivals: %1</source>
        <translation>Impossible de lire les arrivées : %1</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complètes</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielles</translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>pas arrivées</translation>
    </message>
    <message>
        <source>Arrivals by hour</source>
        <translation>Arrivées par heure</translation>
    </message>
    <message>
        <source>Arrivals in the hour</source>
        <translation>Arrivées dans l&apos;heure</translation>
    </message>
    <message>
        <source>Arrived so far</source>
        <translation>Arrivés jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Arrived by gender</source>
        <translation>Arrivées par genre</translation>
    </message>
    <message>
        <source>By UNESCO region: arrived of expected</source>
        <translation>Par région de l&apos;UNESCO : arrivés sur attendus</translation>
    </message>
    <message>
        <source>By category: arrived of expected</source>
        <translation>Par catégorie : arrivés sur attendus</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <source>Loading the arrivals…</source>
        <translation>Chargement des arrivées…</translation>
    </message>
    <message>
        <source>Partial (%1)</source>
        <translation>Partielles (%1)</translation>
    </message>
    <message>
        <source>Not arrived (%1)</source>
        <translation>Pas arrivées (%1)</translation>
    </message>
    <message>
        <source>Complete (%1)</source>
        <translation>Complètes (%1)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Arrived today: %1 of %2 expected</source>
        <translation>Arrivés aujourd&apos;hui : %1 sur %2 attendus</translation>
    </message>
    <message>
        <source>Arrived on %1: %2 of %3 expected</source>
        <translation>Arrivés le %1 : %2 sur %3 attendus</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>%1% of those expected are in</source>
        <translation>%1 % des personnes attendues sont arrivées</translation>
    </message>
    <message>
        <source>Last arrival: %1 · Repeat scans: %2 · Rejected scans: %3</source>
        <translation>Dernière arrivée : %1 · Scans répétés : %2 · Scans refusés : %3</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>No arrivals yet</source>
        <translation>Aucune arrivée pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1 : %2 (%3 %)</translation>
    </message>
    <message>
        <source>Expected, not arrived</source>
        <translation>Attendus, pas encore arrivés</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <source>Arab States</source>
        <translation>États arabes</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asie-Pacifique</translation>
    </message>
    <message>
        <source>Europe &amp; N. America</source>
        <translation>Europe et Am. du Nord</translation>
    </message>
    <message>
        <source>Latin Am. &amp; Caribbean</source>
        <translation>Am. latine et Caraïbes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>Sans délégation</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Relancer la recherche</translation>
    </message>
    <message>
        <source>Lowest score shown:</source>
        <translation>Score minimal affiché :</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Peut-être la même personne que</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>given and family names swapped</source>
        <translation>prénom et nom inversés</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nom semblable</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same delegation</source>
        <translation>même délégation</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>même ville</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>%1 pairs look like the same person.</source>
        <translation>%1 paires semblent désigner la même personne.</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Aucun doublon probable.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message>
        <source>Merged record no. %1 into no. %2.</source>
        <translation>Fiche n° %1 fusionnée dans la fiche n° %2.</translation>
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
        <translation>Hôtel / type de chambre</translation>
    </message>
    <message>
        <source>%1: all rooms</source>
        <translation>%1 : toutes les chambres</translation>
    </message>
    <message>
        <source>%1: attrition threshold (%2 % of the block paid anyway)</source>
        <translation>%1 : seuil d’attrition (%2 % du bloc payé de toute façon)</translation>
    </message>
    <message>
        <source>%1 (%2 unused)</source>
        <translation>%1 (%2 inutilisées)</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(pas de chambre)</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>Not allocated yet: run Allocate.</source>
        <translation>Pas encore réparti : lancez Répartir.</translation>
    </message>
    <message>
        <source>Unplaced (%1)</source>
        <translation>Non logés (%1)</translation>
    </message>
    <message>
        <source>Moved to %1, %2, room %3.</source>
        <translation>Déplacé vers %1, %2, chambre %3.</translation>
    </message>
    <message>
        <source>%1: assignment locked.</source>
        <translation>%1 : attribution verrouillée.</translation>
    </message>
    <message>
        <source>%1: assignment unlocked.</source>
        <translation>%1 : attribution déverrouillée.</translation>
    </message>
    <message>
        <source>Allocating the guests to rooms…</source>
        <translation>Répartition des clients dans les chambres…</translation>
    </message>
    <message>
        <source>Allocate rooms</source>
        <translation>Répartir les chambres</translation>
    </message>
    <message>
        <source>Allocation cancelled; nothing was changed.</source>
        <translation>Répartition annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Review the proposed allocation, then Apply or Discard. Nothing is written yet.</source>
        <translation>Vérifiez la répartition proposée, puis Appliquer ou Abandonner. Rien n’est encore enregistré.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>room</source>
        <translation>chambre</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>optimale</translation>
    </message>
    <message>
        <source>best found in the time limit</source>
        <translation>meilleure trouvée dans le temps imparti</translation>
    </message>
    <message>
        <source>%1 guests: %2 placed, %3 unplaced, %4 delegations split, %5 changes. Objective %6 (%7).</source>
        <translation>%1 clients : %2 logés, %3 non logés, %4 délégations divisées, %5 changements. Objectif %6 (%7).</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Changements (%1)</translation>
    </message>
    <message>
        <source>Split delegations (%1)</source>
        <translation>Délégations divisées (%1)</translation>
    </message>
    <message>
        <source>Allocation applied: %1 changes written.</source>
        <translation>Répartition appliquée : %1 changements enregistrés.</translation>
    </message>
    <message>
        <source>Proposed allocation discarded; nothing was changed.</source>
        <translation>Répartition proposée abandonnée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Export the rooming list of %1</source>
        <translation>Exporter la rooming list de %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rooming list of %1 written (%2 guests): %3</source>
        <translation>Rooming list de %1 enregistrée (%2 clients) : %3</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>&amp;Répartir…</translation>
    </message>
    <message>
        <source>&amp;Keep locks</source>
        <translation>&amp;Conserver les verrous</translation>
    </message>
    <message>
        <source>&amp;Time limit (s):</source>
        <translation>&amp;Temps limite (s) :</translation>
    </message>
    <message>
        <source>&amp;Export rooming list…</source>
        <translation>&amp;Exporter la rooming list…</translation>
    </message>
    <message>
        <source>Proposed allocation (not applied yet)</source>
        <translation>Répartition proposée (pas encore appliquée)</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation>Hôtels</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Non logés</translation>
    </message>
    <message>
        <source>Find a guest, delegation, hotel or room…</source>
        <translation>Chercher un client, une délégation, un hôtel ou une chambre…</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Type de chambre</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nuits</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Rooms occupied per night against the block</source>
        <translation>Chambres occupées par nuit par rapport au bloc</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Attrition threshold (paid anyway)</source>
        <translation>Seuil d’attrition (payé de toute façon)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Vérifier le fichier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose the registration spreadsheet to import (Excel .xlsx or CSV). Headers in English, French or Spanish are recognised; you can check every column on the next page. Nothing is written before you press Import.</source>
        <translation>Choisissez le tableau d&apos;inscriptions à importer (Excel .xlsx ou CSV). Les en-têtes en anglais, en français ou en espagnol sont reconnus ; vous pourrez vérifier chaque colonne à la page suivante. Rien n&apos;est enregistré avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>New participants:</source>
        <translation>Nouveaux participants :</translation>
    </message>
    <message>
        <source>Updated participants:</source>
        <translation>Participants mis à jour :</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Inchangés :</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Lignes rejetées :</translation>
    </message>
    <message>
        <source>Problems (these rows will not be imported)</source>
        <translation>Problèmes (ces lignes ne seront pas importées)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Likely duplicates (imported; check them afterwards)</source>
        <translation>Doublons probables (importés ; à vérifier ensuite)</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nom dans le fichier</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Choose a registration spreadsheet</source>
        <translation>Choisir un tableau d&apos;inscriptions</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Tableurs (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé : %1</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Ignorer cette colonne</translation>
    </message>
    <message>
        <source>Whole name (given and family name)</source>
        <translation>Nom complet (prénom et nom)</translation>
    </message>
    <message>
        <source>%1: %2 rows. Check what each column of the file holds, then press Check the file.</source>
        <translation>%1 : %2 lignes. Vérifiez le contenu de chaque colonne du fichier, puis cliquez sur Vérifier le fichier.</translation>
    </message>
    <message>
        <source>Not recognised: choose a column or leave it ignored.</source>
        <translation>Non reconnue : choisissez une colonne ou laissez-la ignorée.</translation>
    </message>
    <message>
        <source>Two columns of the file are imported as the same field: %1. Choose one.</source>
        <translation>Deux colonnes du fichier sont importées dans le même champ : %1. N&apos;en choisissez qu&apos;une.</translation>
    </message>
    <message>
        <source>No column holds the family name: every row would be rejected.</source>
        <translation>Aucune colonne ne contient le nom de famille : toutes les lignes seraient rejetées.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Ready to import %1 of %2 rows. Nothing has been written yet.</source>
        <translation>Prêt à importer %1 lignes sur %2. Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>No row can be imported: see the problems below.</source>
        <translation>Aucune ligne ne peut être importée : voir les problèmes ci-dessous.</translation>
    </message>
    <message>
        <source>%1 (already registered)</source>
        <translation>%1 (déjà inscrit)</translation>
    </message>
    <message>
        <source>%1 (row %2 of this file)</source>
        <translation>%1 (ligne %2 de ce fichier)</translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation>Importation des participants…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importation annulée : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 rows rejected.</source>
        <translation>Importation terminée : %1 nouveaux, %2 mis à jour, %3 inchangés, %4 lignes rejetées.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>L&apos;importation a échoué et rien n&apos;a été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
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
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <source>Arab States</source>
        <translation>États arabes</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Asie et Pacifique</translation>
    </message>
    <message>
        <source>Europe and North America</source>
        <translation>Europe et Amérique du Nord</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>Amérique latine et Caraïbes</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>État membre</translation>
    </message>
    <message>
        <source>Intergovernmental organisations</source>
        <translation>Organisations intergouvernementales</translation>
    </message>
    <message>
        <source>Non-governmental organisations</source>
        <translation>Organisations non gouvernementales</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>UNESCO</source>
        <translation>UNESCO</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Pays hôte</translation>
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
    <name>MergeConfirmDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <source>Keep one record. Its empty fields are filled from the other; badges, check-ins, sessions and sign-ups move to it; the other record is removed (its values stay in the history).</source>
        <translation>Conservez l&apos;une des deux fiches. Ses champs vides sont complétés à partir de l&apos;autre ; les badges, enregistrements d&apos;arrivée, séances et inscriptions lui sont rattachés ; l&apos;autre fiche est supprimée (ses valeurs restent dans l&apos;historique).</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conserver :</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (n° %2)</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move a guest</source>
        <translation>Déplacer un client</translation>
    </message>
    <message>
        <source>Move %1 (and the sharers of the room) to:</source>
        <translation>Déplacer %1 (et les personnes partageant la chambre) vers :</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>&amp;Hôtel :</translation>
    </message>
    <message>
        <source>&amp;Room type:</source>
        <translation>&amp;Type de chambre :</translation>
    </message>
    <message>
        <source>&amp;Lock the assignment (a re-run keeps it)</source>
        <translation>&amp;Verrouiller l’attribution (une nouvelle répartition la conserve)</translation>
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
    <name>ParticipantForm</name>
    <message>
        <source>Unknown country or organisation: choose one from the list.</source>
        <translation>Pays ou organisation inconnu : choisissez dans la liste.</translation>
    </message>
    <message>
        <source>Family name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>E-mail: not an e-mail address (name@domain.org).</source>
        <translation>Courriel : adresse non valide (nom@domaine.org).</translation>
    </message>
    <message>
        <source>Departure is before arrival.</source>
        <translation>Le départ est antérieur à l&apos;arrivée.</translation>
    </message>
    <message>
        <source>%1: outside the conference period.</source>
        <translation>%1 : en dehors de la période de la conférence.</translation>
    </message>
    <message>
        <source>%1: too long.</source>
        <translation>%1 : trop long.</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Delegation and role</source>
        <translation>Délégation et fonction</translation>
    </message>
    <message>
        <source>Travel and hotel</source>
        <translation>Voyage et hôtel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Given name (Latin script)</source>
        <translation>Prénom (en caractères latins)</translation>
    </message>
    <message>
        <source>Family name (Latin script)</source>
        <translation>Nom (en caractères latins)</translation>
    </message>
    <message>
        <source>Name on badge</source>
        <translation>Nom sur le badge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Country or organisation</source>
        <translation>Pays ou organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Needs a hotel room</source>
        <translation>Besoin d&apos;une chambre d&apos;hôtel</translation>
    </message>
    <message>
        <source>Preferred hotel</source>
        <translation>Hôtel souhaité</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Type de chambre</translation>
    </message>
    <message>
        <source>Sharing with</source>
        <translation>Partage avec</translation>
    </message>
    <message>
        <source>Hotel paid by the organisers</source>
        <translation>Hôtel pris en charge par les organisateurs</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Besoins d&apos;accessibilité</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Given and family name if empty</source>
        <translation>Prénom et nom si vide</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
    <name>RegistrationScreen</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 participants: keep typing</source>
        <translation>Plus de %1 participants : précisez la recherche</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n delegation(s)</source>
        <translation>
            <numerusform>%1 — %n délégation</numerusform>
            <numerusform>%1 — %n délégations</numerusform>
        </translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Toutes les délégations</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Any arrival day</source>
        <translation>Tout jour d&apos;arrivée</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Choose a delegation to see its members.</source>
        <translation>Choisissez une délégation pour voir ses membres.</translation>
    </message>
    <message>
        <source>no head of delegation yet</source>
        <translation>pas encore de chef de délégation</translation>
    </message>
    <message>
        <source>%1 — head of delegation: %2</source>
        <translation>%1 — chef de délégation : %2</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 lignes exportées dans %2.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <source>Search by name, organisation, city or e-mail…</source>
        <translation>Rechercher par nom, organisation, ville ou courriel…</translation>
    </message>
    <message>
        <source>Delegation:</source>
        <translation>Délégation :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Arrival:</source>
        <translation>Arrivée :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>&amp;New participant</source>
        <translation>&amp;Nouveau participant</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>Print &amp;badge</source>
        <translation>Imprimer le &amp;badge</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Participants as shown (Excel)…</source>
        <translation>Participants affichés (Excel)…</translation>
    </message>
    <message>
        <source>Participants as shown (CSV)…</source>
        <translation>Participants affichés (CSV)…</translation>
    </message>
    <message>
        <source>Delegations (Excel)…</source>
        <translation>Délégations (Excel)…</translation>
    </message>
    <message>
        <source>Delegations (CSV)…</source>
        <translation>Délégations (CSV)…</translation>
    </message>
    <message>
        <source>List of Participants (PDF)…</source>
        <translation>Liste des participants (PDF)…</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <source>Make head of delegation</source>
        <translation>Nommer chef de délégation</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivées</translation>
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
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in registration</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Prénom :</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Country or organisation:</source>
        <translation>Pays ou organisation :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Register, check in and print badge</source>
        <translation>Inscrire, enregistrer et imprimer le badge</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>Inscrire et enregistrer</translation>
    </message>
</context>
</TS>
