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
    <name>Admissions</name>
    <message>
        <source>Checked in — %1</source>
        <translation>Enregistrés — %1</translation>
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
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Arrivals per hour, airport pick-ups, runs to the airport and shuttles: who rides which vehicle, who is not covered and why.</source>
        <translation>Arrivées par heure, accueils à l’aéroport, courses vers l’aéroport et navettes : qui voyage dans quel véhicule, qui n’est pas pris en charge et pourquoi.</translation>
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
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Who changed what, when and at which desk: filter the log, see the values before and after, export it.</source>
        <translation>Qui a modifié quoi, quand et à quel poste : filtrer le journal, voir les valeurs avant et après, l&apos;exporter.</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Write to participants: confirmations with e-badges, visa letters, hotel details, agendas and certificates; preview, queue and watch the outbox.</source>
        <translation>Écrire aux participants : confirmations avec badge électronique, lettres pour le visa, informations d&apos;hôtel, programmes et attestations ; aperçu, file d&apos;envoi et suivi de la boîte d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>No guest lands on this day</source>
        <translation>Personne n’atterrit ce jour-là</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) land on this day</source>
        <translation>
            <numerusform>%n personne atterrit ce jour-là</numerusform>
            <numerusform>%n personnes atterrissent ce jour-là</numerusform>
        </translation>
    </message>
    <message>
        <source>Guests landing</source>
        <translation>Atterrissages</translation>
    </message>
    <message>
        <source>Airport pick-ups leaving</source>
        <translation>Courses depuis l’aéroport</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Now in the %1 booth of this session: moves from there.</source>
        <translation>Actuellement dans la cabine %1 de cette séance : en sera déplacé(e).</translation>
    </message>
    <message>
        <source>Would break: %1</source>
        <translation>Enfreindrait : %1</translation>
    </message>
    <message>
        <source>No interpreter in the pool can work in this booth at that time (languages and availability).</source>
        <translation>Aucun interprète de l&apos;équipe ne peut travailler dans cette cabine à ce moment (langues et disponibilité).</translation>
    </message>
    <message>
        <source>Assign an interpreter</source>
        <translation>Affecter un interprète</translation>
    </message>
    <message>
        <source>Who works in the %1 booth of %2 (%3, %4–%5)? Listed: everyone whose languages fit and who is available then; greyed: would break a rule.</source>
        <translation>Qui travaille dans la cabine %1 de %2 (%3, %4–%5) ? Sont listés tous ceux dont les langues conviennent et qui sont disponibles ; en gris : enfreindrait une règle.</translation>
    </message>
    <message>
        <source>&amp;Lock the assignment (a new roster keeps it)</source>
        <translation>&amp;Verrouiller l&apos;affectation (un nouveau planning la conserve)</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
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
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Undo check-in…</source>
        <translation>Annuler l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>undone: %1</source>
        <translation>annulé : %1</translation>
    </message>
    <message>
        <source>admitted offline — to review: badge revoked before the scan</source>
        <translation>admis hors ligne — à vérifier : badge révoqué avant le scan</translation>
    </message>
    <message>
        <source>admitted offline — to review: registration cancelled</source>
        <translation>admis hors ligne — à vérifier : inscription annulée</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>admis</translation>
    </message>
    <message numerus="yes">
        <source>%n admitted</source>
        <translation>
            <numerusform>%n admis</numerusform>
            <numerusform>%n admis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <source>update</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>set-up</source>
        <translation>mise en place</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>badge print</source>
        <translation>impression de badges</translation>
    </message>
    <message>
        <source>badge reprint</source>
        <translation>réimpression de badge</translation>
    </message>
    <message>
        <source>erase personal data</source>
        <translation>effacement des données personnelles</translation>
    </message>
    <message>
        <source>hotel allocation</source>
        <translation>répartition hôtelière</translation>
    </message>
    <message>
        <source>hotel move</source>
        <translation>hôtel : déplacement</translation>
    </message>
    <message>
        <source>hotel room share</source>
        <translation>hôtel : chambre partagée</translation>
    </message>
    <message>
        <source>hotel lock</source>
        <translation>hôtel : verrouillage</translation>
    </message>
    <message>
        <source>hotel unlock</source>
        <translation>hôtel : déverrouillage</translation>
    </message>
    <message>
        <source>hotel edit</source>
        <translation>hôtel : modification</translation>
    </message>
    <message>
        <source>programme: conflict accepted</source>
        <translation>programme : conflit accepté</translation>
    </message>
    <message>
        <source>programme: acceptance withdrawn</source>
        <translation>programme : acceptation retirée</translation>
    </message>
    <message>
        <source>programme settings</source>
        <translation>réglages du programme</translation>
    </message>
    <message>
        <source>programme move</source>
        <translation>programme : déplacement</translation>
    </message>
    <message>
        <source>programme: session created</source>
        <translation>programme : séance créée</translation>
    </message>
    <message>
        <source>programme: session edited</source>
        <translation>programme : séance modifiée</translation>
    </message>
    <message>
        <source>programme: session deleted</source>
        <translation>programme : séance supprimée</translation>
    </message>
    <message>
        <source>programme: person added</source>
        <translation>programme : personne ajoutée</translation>
    </message>
    <message>
        <source>programme: person removed</source>
        <translation>programme : personne retirée</translation>
    </message>
    <message>
        <source>interpreter roster</source>
        <translation>planning des interprètes</translation>
    </message>
    <message>
        <source>interpreter assigned</source>
        <translation>interprète affecté</translation>
    </message>
    <message>
        <source>interpreter unassigned</source>
        <translation>interprète retiré</translation>
    </message>
    <message>
        <source>interpreter lock</source>
        <translation>interprète : verrouillage</translation>
    </message>
    <message>
        <source>interpreter unlock</source>
        <translation>interprète : déverrouillage</translation>
    </message>
    <message>
        <source>interpreter created</source>
        <translation>interprète créé</translation>
    </message>
    <message>
        <source>interpreter edited</source>
        <translation>interprète modifié</translation>
    </message>
    <message>
        <source>interpreter deleted</source>
        <translation>interprète supprimé</translation>
    </message>
    <message>
        <source>interpreter availability</source>
        <translation>disponibilité d&apos;interprète</translation>
    </message>
    <message>
        <source>interpreting rules</source>
        <translation>règles d&apos;interprétation</translation>
    </message>
    <message>
        <source>operator added</source>
        <translation>opérateur ajouté</translation>
    </message>
    <message>
        <source>operator deactivated</source>
        <translation>opérateur désactivé</translation>
    </message>
    <message>
        <source>operator reactivated</source>
        <translation>opérateur réactivé</translation>
    </message>
    <message>
        <source>operator PIN</source>
        <translation>code PIN d&apos;opérateur</translation>
    </message>
    <message>
        <source>operator role</source>
        <translation>rôle d&apos;opérateur</translation>
    </message>
</context>
<context>
    <name>AuditEntities</name>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>délégation</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>délégations</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>conférence</translation>
    </message>
    <message>
        <source>room assignment</source>
        <translation>attribution de chambre</translation>
    </message>
    <message>
        <source>accepted conflict</source>
        <translation>conflit accepté</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>réglage</translation>
    </message>
    <message>
        <source>programme session</source>
        <translation>séance du programme</translation>
    </message>
    <message>
        <source>interpreter assignment</source>
        <translation>affectation d&apos;interprète</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>interprète</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>journal d&apos;audit</translation>
    </message>
    <message>
        <source>List of Participants</source>
        <translation>Liste des participants</translation>
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
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Sélectionnez une entrée pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3, %4: %5</source>
        <translation>%1 par %2 au poste %3, %4 : %5</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
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
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(ies) to %2.</source>
        <translation>
            <numerusform>%n entrée exportée vers %2.</numerusform>
            <numerusform>%n entrées exportées vers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Words in the summary or the values</source>
        <translation>Mots du résumé ou des valeurs</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>AuditSummaries</name>
    <message>
        <source>Registered walk-in {name} at {desk}</source>
        <translation>Participant sur place {name} inscrit au guichet {desk}</translation>
    </message>
    <message>
        <source>Registered {name}</source>
        <translation>{name} inscrit(e)</translation>
    </message>
    <message>
        <source>Created session {code}</source>
        <translation>Séance {code} créée</translation>
    </message>
    <message>
        <source>Edited session {code}</source>
        <translation>Séance {code} modifiée</translation>
    </message>
    <message>
        <source>Edited {name}</source>
        <translation>{name} modifié(e)</translation>
    </message>
    <message>
        <source>Head of delegation changed</source>
        <translation>Chef de délégation changé</translation>
    </message>
    <message>
        <source>Merged {dropped} (#{drop}) into {keep} (#{kept})</source>
        <translation>{dropped} (n° {drop}) fusionné(e) dans {keep} (n° {kept})</translation>
    </message>
    <message>
        <source>Badge reprinted as version {version}: {reason}</source>
        <translation>Badge réimprimé en version {version} : {reason}</translation>
    </message>
    <message>
        <source>Set up conference {code} from {setup}</source>
        <translation>Conférence {code} mise en place depuis {setup}</translation>
    </message>
    <message>
        <source>Imported {file}: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>Import de {file} : {new} nouveaux, {updated} mis à jour, {unchanged} inchangés, {rejected} refusés</translation>
    </message>
    <message>
        <source>Hotel allocation applied: {placed} placed, {unplaced} unplaced, {changes} changes</source>
        <translation>Répartition hôtelière appliquée : {placed} placés, {unplaced} non placés, {changes} changements</translation>
    </message>
    <message>
        <source>{name}: moved to {where} (locked)</source>
        <translation>{name} : déplacé(e) vers {where} (verrouillé)</translation>
    </message>
    <message>
        <source>{name}: moved to {where}</source>
        <translation>{name} : déplacé(e) vers {where}</translation>
    </message>
    <message>
        <source>{name}: now shares room {room} with {others} (locked)</source>
        <translation>{name} : partage désormais la chambre {room} avec {others} (verrouillé)</translation>
    </message>
    <message>
        <source>{name}: now shares room {room} with {others}</source>
        <translation>{name} : partage désormais la chambre {room} avec {others}</translation>
    </message>
    <message>
        <source>{name}: room assignment locked</source>
        <translation>{name} : attribution de chambre verrouillée</translation>
    </message>
    <message>
        <source>{name}: room assignment unlocked</source>
        <translation>{name} : attribution de chambre déverrouillée</translation>
    </message>
    <message>
        <source>{name}: room assignment edited</source>
        <translation>{name} : attribution de chambre modifiée</translation>
    </message>
    <message>
        <source>Interpreter roster applied: {assigned} assignments, {unstaffed} booths unstaffed, {changes} changes</source>
        <translation>Planning des interprètes appliqué : {assigned} affectations, {unstaffed} cabines non pourvues, {changes} changements</translation>
    </message>
    <message>
        <source>{name} assigned to the {booth} booth of {session} (was {was})</source>
        <translation>{name} affecté(e) à la cabine {booth} de {session} (avant : {was})</translation>
    </message>
    <message>
        <source>{name} assigned to the {booth} booth of {session}</source>
        <translation>{name} affecté(e) à la cabine {booth} de {session}</translation>
    </message>
    <message>
        <source>{name} taken out of the {booth} booth of {session}</source>
        <translation>{name} retiré(e) de la cabine {booth} de {session}</translation>
    </message>
    <message>
        <source>Assignment to {session} {booth} locked</source>
        <translation>Affectation à {session} {booth} verrouillée</translation>
    </message>
    <message>
        <source>Assignment to {session} {booth} unlocked</source>
        <translation>Affectation à {session} {booth} déverrouillée</translation>
    </message>
    <message>
        <source>Interpreter {name} created</source>
        <translation>Interprète {name} créé(e)</translation>
    </message>
    <message>
        <source>Interpreter {name} edited</source>
        <translation>Interprète {name} modifié(e)</translation>
    </message>
    <message>
        <source>Availability of {name}: available always</source>
        <translation>Disponibilité de {name} : toujours disponible</translation>
    </message>
    <message>
        <source>Availability of {name}: not available {when}</source>
        <translation>Disponibilité de {name} : indisponible {when}</translation>
    </message>
    <message>
        <source>Interpreting rules changed ({what})</source>
        <translation>Règles d&apos;interprétation modifiées ({what})</translation>
    </message>
    <message>
        <source>Accepted {what}</source>
        <translation>Accepté : {what}</translation>
    </message>
    <message>
        <source>Withdrew the acceptance of {what}</source>
        <translation>Acceptation retirée : {what}</translation>
    </message>
    <message>
        <source>Programme settings: turnover {minutes} min, venue {opens}–{closes}</source>
        <translation>Réglages du programme : battement {minutes} min, lieu {opens}–{closes}</translation>
    </message>
    <message>
        <source>Moved {code} to unscheduled</source>
        <translation>{code} retirée du calendrier</translation>
    </message>
    <message>
        <source>Moved {code} to {where}</source>
        <translation>{code} déplacée : {where}</translation>
    </message>
    <message>
        <source>Deleted session {code} ({signups} sign-ups, {waiting} waiting)</source>
        <translation>Séance {code} supprimée ({signups} inscriptions, {waiting} en attente)</translation>
    </message>
    <message>
        <source>{name} no longer {roles} in {code}</source>
        <translation>{name} n&apos;est plus {roles} dans {code}</translation>
    </message>
    <message>
        <source>{name} {role} in {code}</source>
        <translation>{name} : {role} dans {code}</translation>
    </message>
    <message>
        <source>Added operator {name} ({role})</source>
        <translation>Opérateur {name} ajouté ({role})</translation>
    </message>
    <message>
        <source>Deactivated operator {name}</source>
        <translation>Opérateur {name} désactivé</translation>
    </message>
    <message>
        <source>Reactivated operator {name}</source>
        <translation>Opérateur {name} réactivé</translation>
    </message>
    <message>
        <source>Changed the PIN of {name}</source>
        <translation>Code PIN de {name} changé</translation>
    </message>
    <message>
        <source>{name}: {before} → {after}</source>
        <translation>{name} : {before} → {after}</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n badge(s) ({issued} newly issued, layout {layout}) to {file}</source>
        <translation>
            <numerusform>%n badge imprimé ({issued} nouvellement émis, format {layout}) dans {file}</numerusform>
            <numerusform>%n badges imprimés ({issued} nouvellement émis, format {layout}) dans {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n participant(s) (everyone)</source>
        <translation>
            <numerusform>Données personnelles de %n participant effacées (tout le monde)</numerusform>
            <numerusform>Données personnelles de %n participants effacées (tout le monde)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n participant(s)</source>
        <translation>
            <numerusform>Données personnelles de %n participant effacées</numerusform>
            <numerusform>Données personnelles de %n participants effacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) ({what}) to {file} ({format}), with sensitive data</source>
        <translation>
            <numerusform>%n ligne exportée ({what}) vers {file} ({format}), avec données sensibles</numerusform>
            <numerusform>%n lignes exportées ({what}) vers {file} ({format}), avec données sensibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) ({what}) to {file} ({format})</source>
        <translation>
            <numerusform>%n ligne exportée ({what}) vers {file} ({format})</numerusform>
            <numerusform>%n lignes exportées ({what}) vers {file} ({format})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interpreter {name} deleted (%n assignment(s) removed)</source>
        <translation>
            <numerusform>Interprète {name} supprimé(e) (%n affectation retirée)</numerusform>
            <numerusform>Interprète {name} supprimé(e) (%n affectations retirées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Quand (%1)</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>speaker</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>modérateur</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>panellist</source>
        <translation>panéliste</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
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
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Printing cancelled: no badge was printed or recorded.</source>
        <translation>Impression annulée : aucun badge n&apos;a été imprimé ni enregistré.</translation>
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
        <source>Reading the badges…</source>
        <translation>Lecture des badges…</translation>
    </message>
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
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Each holder&apos;s own</source>
        <translation>Celle de chaque titulaire</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Two: the holder&apos;s, then English</source>
        <translation>Deux : celle du titulaire, puis l&apos;anglais</translation>
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
    <name>BoothPanel</name>
    <message>
        <source>Select a booth in the grid.</source>
        <translation>Sélectionnez une cabine dans la grille.</translation>
    </message>
    <message>
        <source>%1 — %2 booth</source>
        <translation>%1 — cabine %2</translation>
    </message>
    <message>
        <source>In the booth:</source>
        <translation>Dans la cabine :</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(verrouillé)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>Non affecté : %1</translation>
    </message>
    <message>
        <source>%1 assigned to the %2 booth of %3.</source>
        <translation>%1 affecté(e) à la cabine %2 de %3.</translation>
    </message>
    <message>
        <source>%1 taken out of %2.</source>
        <translation>%1 retiré(e) de %2.</translation>
    </message>
    <message>
        <source>%1: locked (a new roster keeps it).</source>
        <translation>%1 : affectation verrouillée (un nouveau planning la conserve).</translation>
    </message>
    <message>
        <source>%1: unlocked.</source>
        <translation>%1 : affectation déverrouillée.</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Affecter…</translation>
    </message>
    <message>
        <source>Choose who works in the selected booth (double-click a booth does the same).</source>
        <translation>Choisir qui travaille dans la cabine sélectionnée (un double-clic sur une cabine fait de même).</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs :</translation>
    </message>
    <message>
        <source>A padlock marks a locked assignment: a new roster keeps it.</source>
        <translation>Un cadenas signale une affectation verrouillée : un nouveau planning la conserve.</translation>
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
    <name>CameraSoundToggles</name>
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
</context>
<context>
    <name>CheckInCounter</name>
    <message>
        <source>Checked in today: %1 of %2 expected</source>
        <translation>Enregistrés aujourd&apos;hui : %1 sur %2 attendus</translation>
    </message>
    <message>
        <source>In this session: %1 (room capacity %2) · at the venue today: %3</source>
        <translation>Dans cette séance : %1 (capacité de la salle %2) · sur le site aujourd&apos;hui : %3</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>NO ONE FOUND</source>
        <translation>AUCUNE PERSONNE TROUVÉE</translation>
    </message>
    <message>
        <source>Check the spelling, scan the badge, or register a walk-in.</source>
        <translation>Vérifiez l&apos;orthographe, scannez le badge ou inscrivez la personne sur place.</translation>
    </message>
    <message>
        <source>SEVERAL PEOPLE MATCH</source>
        <translation>PLUSIEURS PERSONNES CORRESPONDENT</translation>
    </message>
    <message>
        <source>“%1”: more than %2 people</source>
        <translation>« %1 » : plus de %2 personnes</translation>
    </message>
    <message>
        <source>“%1”: %2 people</source>
        <translation>« %1 » : %2 personnes</translation>
    </message>
    <message>
        <source>Choose with ↑ ↓ and Enter, or type more of the name. Esc: no one.</source>
        <translation>Choisissez avec ↑ ↓ et Entrée, ou tapez la suite du nom. Échap : personne.</translation>
    </message>
    <message>
        <source>%1 · desk %2</source>
        <translation>%1 · poste %2</translation>
    </message>
    <message>
        <source>decided offline</source>
        <translation>décidé hors ligne</translation>
    </message>
    <message>
        <source>Ready — scan a badge</source>
        <translation>Prêt — scannez un badge</translation>
    </message>
    <message>
        <source>or type a name and press Enter</source>
        <translation>ou tapez un nom et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>NOT CHECKED IN</source>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation>NON ANNULÉ</translation>
    </message>
    <message>
        <source>CHECK-IN UNDONE</source>
        <translation>ENREGISTREMENT ANNULÉ</translation>
    </message>
    <message>
        <source>Admitted at %1 at %2</source>
        <translation>Admis à %1 au poste %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Check-in undone; the person can be checked in again.</source>
        <translation>Enregistrement annulé ; la personne peut être enregistrée à nouveau.</translation>
    </message>
    <message>
        <source>Venue entry</source>
        <translation>Entrée du site</translation>
    </message>
    <message>
        <source>Checked in today…</source>
        <translation>Enregistrés aujourd&apos;hui…</translation>
    </message>
    <message>
        <source>Everyone checked in here today; undo a check-in</source>
        <translation>Toutes les personnes enregistrées ici aujourd&apos;hui ; annuler un enregistrement</translation>
    </message>
</context>
<context>
    <name>CommunicationsScreen</name>
    <message>
        <source>Confirmation with e-badge</source>
        <translation>Confirmation avec badge électronique</translation>
    </message>
    <message>
        <source>Visa invitation letter</source>
        <translation>Lettre d&apos;invitation pour le visa</translation>
    </message>
    <message>
        <source>Hotel details</source>
        <translation>Informations d&apos;hôtel</translation>
    </message>
    <message>
        <source>Personal agenda</source>
        <translation>Programme personnel</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Attestation de participation</translation>
    </message>
    <message>
        <source>Free message</source>
        <translation>Message libre</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>A delegation (ISO3 code)</source>
        <translation>Une délégation (code ISO3)</translation>
    </message>
    <message>
        <source>A category (code)</source>
        <translation>Une catégorie (code)</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Pas encore confirmés</translation>
    </message>
    <message>
        <source>Participants (ids)</source>
        <translation>Participants (identifiants)</translation>
    </message>
    <message>
        <source>The filter of the registration screen</source>
        <translation>Le filtre de l&apos;écran des inscriptions</translation>
    </message>
    <message>
        <source>e.g. MEX, delegate, or 12 15 40</source>
        <translation>p. ex. MEX, delegate ou 12 15 40</translation>
    </message>
    <message>
        <source>Each participant&apos;s language</source>
        <translation>La langue de chaque participant</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Mettre en file</translation>
    </message>
    <message>
        <source>Mail settings…</source>
        <translation>Paramètres de messagerie…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinataires :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Subject (free message):</source>
        <translation>Objet (message libre) :</translation>
    </message>
    <message>
        <source>Text (free message):</source>
        <translation>Texte (message libre) :</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Send queued messages</source>
        <translation>Envoyer les messages en file</translation>
    </message>
    <message>
        <source>Resend selected</source>
        <translation>Renvoyer la sélection</translation>
    </message>
    <message>
        <source>Mark selected as sent</source>
        <translation>Marquer la sélection comme envoyée</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Type a name in &quot;Preview for&quot; and choose the person whose message you want to see.</source>
        <translation>Tapez un nom dans « Aperçu pour » et choisissez la personne dont vous voulez voir le message.</translation>
    </message>
    <message>
        <source>Messages to participant:</source>
        <translation>Messages au participant :</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Aperçu pour :</translation>
    </message>
    <message>
        <source>Type a name to preview that person&apos;s message</source>
        <translation>Tapez un nom pour voir le message de cette personne</translation>
    </message>
    <message>
        <source>Everyone&apos;s messages; type a name for one person&apos;s</source>
        <translation>Messages de tous ; tapez un nom pour ceux d&apos;une personne</translation>
    </message>
    <message>
        <source>To: %1 — Subject: %2</source>
        <translation>À : %1 — Objet : %2</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Pièces jointes : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued.</source>
        <translation>
            <numerusform>%n message mis en file.</numerusform>
            <numerusform>%n messages mis en file.</numerusform>
        </translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>Sending messages…</source>
        <translation>Envoi des messages…</translation>
    </message>
    <message>
        <source>Sent %1, failed %2, to retry later %3, unknown %4.</source>
        <translation>Envoyés %1, échecs %2, à réessayer %3, inconnus %4.</translation>
    </message>
    <message>
        <source>Queued %1 · sending %2 · sent %3 · to retry %4 · failed %5 · unknown %6</source>
        <translation>En file %1 · en cours %2 · envoyés %3 · à réessayer %4 · échecs %5 · inconnus %6</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>à réessayer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Remember the password</source>
        <translation>Mémoriser le mot de passe</translation>
    </message>
    <message>
        <source>The password is then stored in plain text in this computer&apos;s settings file.</source>
        <translation>Le mot de passe est alors enregistré en clair dans le fichier de paramètres de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Paste a &amp;URL:</source>
        <translation>Coller une &amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Not a database URL.</source>
        <translation>Ce n&apos;est pas une URL de base de données.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Give the server&apos;s host and the database.</source>
        <translation>Indiquez l&apos;hôte du serveur et la base de données.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>A shared (PostgreSQL) database is backed up on the server with pg_dump: {dump} (restore: {restore})</source>
        <translation>Une base de données partagée (PostgreSQL) se sauvegarde sur le serveur avec pg_dump : {dump} (restauration : {restore})</translation>
    </message>
    <message>
        <source>A shared (PostgreSQL) database is restored on the server with pg_restore: {restore}</source>
        <translation>Une base de données partagée (PostgreSQL) se restaure sur le serveur avec pg_restore : {restore}</translation>
    </message>
    <message>
        <source>An in-memory database has no file to back up.</source>
        <translation>Une base de données en mémoire n&apos;a pas de fichier à sauvegarder.</translation>
    </message>
    <message>
        <source>An in-memory database cannot be restored.</source>
        <translation>Une base de données en mémoire ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself ({file}).</source>
        <translation>La sauvegarde ne peut pas écraser la base de données elle-même ({file}).</translation>
    </message>
    <message>
        <source>Cannot write the backup {file}: {reason}</source>
        <translation>Impossible d&apos;écrire la sauvegarde {file} : {reason}</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>The backup {file} failed its integrity check: {problem}</source>
        <translation>La sauvegarde {file} n&apos;a pas passé le contrôle d&apos;intégrité : {problem}</translation>
    </message>
    <message>
        <source>Cannot back up {database}: {reason}</source>
        <translation>Impossible de sauvegarder {database} : {reason}</translation>
    </message>
    <message>
        <source>No backup file at {file}.</source>
        <translation>Aucun fichier de sauvegarde à l&apos;emplacement {file}.</translation>
    </message>
    <message>
        <source>{file} is not a Conference Desk database.</source>
        <translation>{file} n&apos;est pas une base de données de Conference Desk.</translation>
    </message>
    <message>
        <source>{file} is damaged: {problem}</source>
        <translation>{file} est endommagé : {problem}</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of Conference Desk (schema {revision}); update the application to restore it.</source>
        <translation>{file} a été créé par une version plus récente de Conference Desk (schéma {revision}) ; mettez l&apos;application à jour pour le restaurer.</translation>
    </message>
    <message>
        <source>The database {database} is in use by another program: close it there first, then restore.</source>
        <translation>La base de données {database} est utilisée par un autre programme : fermez-la d&apos;abord dans ce programme, puis restaurez.</translation>
    </message>
    <message>
        <source>Cannot restore into {database}: the folder does not exist.</source>
        <translation>Impossible de restaurer dans {database} : le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot restore {file}: {reason}</source>
        <translation>Impossible de restaurer {file} : {reason}</translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>Restauration annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{count} check-in(s) name a participant who does not exist.</source>
        <translation>{count} enregistrement(s) d&apos;entrée désignent un participant qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{count} check-in(s) name a badge that does not exist.</source>
        <translation>{count} enregistrement(s) d&apos;entrée désignent un badge qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{count} hotel night(s) have more rooms assigned than the block.</source>
        <translation>{count} nuit(s) d&apos;hôtel ont plus de chambres attribuées que le contingent.</translation>
    </message>
    <message>
        <source>{count} badge code(s) do not verify with the conference key.</source>
        <translation>{count} code(s) de badge ne sont pas validés par la clé de la conférence.</translation>
    </message>
    <message>
        <source>{count} check-in counter(s) do not match the admissions recorded.</source>
        <translation>{count} compteur(s) d&apos;accueil ne correspondent pas aux admissions enregistrées.</translation>
    </message>
    <message>
        <source>{count} participant(s) are not in the search&apos;s prefix table as their names say.</source>
        <translation>{count} participant(s) ne figurent pas dans la table des préfixes de recherche comme le disent leurs noms.</translation>
    </message>
    <message>
        <source>{count} participant(s) cannot be found by search (no search words).</source>
        <translation>{count} participant(s) introuvable(s) par la recherche (aucun mot de recherche).</translation>
    </message>
    <message>
        <source>No operator named {name}.</source>
        <translation>Aucun opérateur nommé {name}.</translation>
    </message>
    <message>
        <source>{name} is deactivated: ask an administrator.</source>
        <translation>{name} est désactivé : adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {name} is locked out for {seconds} s more.</source>
        <translation>Trop de codes PIN erronés : {name} est bloqué encore {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong PIN {count} times in a row: {name} is locked out for {seconds} s.</source>
        <translation>Code PIN erroné {count} fois de suite : {name} est bloqué pendant {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong PIN for {name}: {left} more wrong PIN(s) lock it for a minute.</source>
        <translation>Code PIN erroné pour {name} : encore {left} erreur(s) et ce nom est bloqué une minute.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>Un code PIN compte de {low} à {high} chiffres.</translation>
    </message>
    <message>
        <source>Unknown role {role}: clerk, organiser or administrator.</source>
        <translation>Rôle inconnu {role} : clerk, organiser ou administrator.</translation>
    </message>
    <message>
        <source>There is already an operator named {name}.</source>
        <translation>Il existe déjà un opérateur nommé {name}.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator: add another one first.</source>
        <translation>{name} est le dernier administrateur actif : ajoutez-en d&apos;abord un autre.</translation>
    </message>
    <message>
        <source>Too long: at most {n} characters.</source>
        <translation>Trop long : {n} caractères au plus.</translation>
    </message>
    <message>
        <source>The database {database} needs a schema update that this connection may not make: ask the administrator to run server-setup.</source>
        <translation>La base de données {database} doit être mise à jour, ce que cette connexion n&apos;a pas le droit de faire : demandez à l&apos;administrateur de lancer server-setup.</translation>
    </message>
    <message>
        <source>The target database is not empty ({tables}): copy only into a new, empty database.</source>
        <translation>La base de données cible n&apos;est pas vide ({tables}) : copiez uniquement dans une base nouvelle et vide.</translation>
    </message>
    <message>
        <source>server-setup needs a PostgreSQL URL (postgresql+psycopg://…), not {url}.</source>
        <translation>server-setup demande une URL PostgreSQL (postgresql+psycopg://…), pas {url}.</translation>
    </message>
    <message>
        <source>Cannot create the database {database}: {reason}</source>
        <translation>Impossible de créer la base de données {database} : {reason}</translation>
    </message>
    <message>
        <source>Cannot connect to the server: {reason}</source>
        <translation>Connexion au serveur impossible : {reason}</translation>
    </message>
    <message>
        <source>Cannot set up the roles of {database}: {reason}</source>
        <translation>Impossible de configurer les rôles de {database} : {reason}</translation>
    </message>
    <message>
        <source>Unknown roles {roles}: clerk, organiser or admin.</source>
        <translation>Rôles inconnus {roles} : clerk, organiser ou admin.</translation>
    </message>
    <message>
        <source>The first operator must be an administrator (who can then add the others).</source>
        <translation>Le premier opérateur doit être un administrateur (qui pourra ensuite ajouter les autres).</translation>
    </message>
    <message>
        <source>An operator needs a name.</source>
        <translation>Un opérateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>Valid badge, not in this desk&apos;s copy: admitted; checked when the server returns.</source>
        <translation>Badge valide, absent de la copie de ce guichet : admis ; vérifié au retour du serveur.</translation>
    </message>
    <message>
        <source>Cross-desk duplicate: admitted at another desk too while the server was out of reach.</source>
        <translation>Doublon entre guichets : admis aussi à un autre guichet pendant que le serveur était injoignable.</translation>
    </message>
    <message>
        <source>Cannot use the desk&apos;s copy {path}: {reason}.</source>
        <translation>Impossible d’utiliser la copie du guichet {path} : {reason}.</translation>
    </message>
    <message>
        <source>This desk has no copy of the conference yet: connect to the server once.</source>
        <translation>Ce guichet n’a pas encore de copie de la conférence : connectez-vous une fois au serveur.</translation>
    </message>
    <message>
        <source>The server is out of reach ({reason}) and this desk has no copy to continue from.</source>
        <translation>Le serveur est injoignable ({reason}) et ce guichet n’a pas de copie pour continuer.</translation>
    </message>
    <message>
        <source>Walk-in {name} was not registered: {problem}</source>
        <translation>L’inscription sur place de {name} n’a pas été enregistrée : {problem}</translation>
    </message>
    <message>
        <source>{desk} admitted the code {code} at {time} while offline, but no such badge was issued.</source>
        <translation>{desk} a admis le code {code} à {time} hors ligne, mais aucun badge de ce code n’a été émis.</translation>
    </message>
    <message>
        <source>This delegation has nobody to sign up.</source>
        <translation>Cette délégation n&apos;a personne à inscrire.</translation>
    </message>
    <message>
        <source>Passport number: {value} is not 5 to 20 letters or digits.</source>
        <translation>N° de passeport : {value} n&apos;est pas une suite de 5 à 20 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>Date of birth: {value} is not a date.</source>
        <translation>Date de naissance : {value} n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>Date of birth: {date} is not in the past.</source>
        <translation>Date de naissance : le {date} n&apos;est pas dans le passé.</translation>
    </message>
    <message>
        <source>Date of birth: {date} is more than 120 years ago.</source>
        <translation>Date de naissance : le {date}, il y a plus de 120 ans.</translation>
    </message>
    <message>
        <source>Say which participants to erase, or all of them.</source>
        <translation>Indiquez les participants à effacer, ou tous.</translation>
    </message>
    <message>
        <source>No participant #{id}: nothing was erased.</source>
        <translation>Aucun participant n° {id} : rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>Give the venue&apos;s local time, without a time zone.</source>
        <translation>Indiquez l&apos;heure locale du lieu, sans fuseau horaire.</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
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
        <translation>déc.</translation>
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
        <translation>aucun défini</translation>
    </message>
    <message>
        <source>{room} is booked twice: {a} and {b} ({when}).</source>
        <translation>{room} est réservée deux fois : {a} et {b} ({when}).</translation>
    </message>
    <message>
        <source>{person} is in {a} and {b} at the same time ({when}).</source>
        <translation>{person} est à la fois dans {a} et dans {b} ({when}).</translation>
    </message>
    <message>
        <source>{person} has {gap} min between {a} (ends {a_end}) and {b} (starts {b_start}); the turnover gap is {turnover} min.</source>
        <translation>{person} n&apos;a que {gap} min entre {a} (fin {a_end}) et {b} (début {b_start}) ; le battement prévu est de {turnover} min.</translation>
    </message>
    <message>
        <source>{session} has {sign_ups} sign-ups but {room} holds {capacity}.</source>
        <translation>{session} compte {sign_ups} inscriptions mais {room} n&apos;accueille que {capacity} personnes.</translation>
    </message>
    <message>
        <source>{session} expects {expected} people but {room} holds {capacity}.</source>
        <translation>{session} attend {expected} personnes mais {room} n&apos;en accueille que {capacity}.</translation>
    </message>
    <message>
        <source>{session} accepts up to {cap} sign-ups but {room} holds {capacity}.</source>
        <translation>{session} accepte jusqu&apos;à {cap} inscriptions mais {room} n&apos;accueille que {capacity} personnes.</translation>
    </message>
    <message>
        <source>{booths} booths for {wanted} target languages</source>
        <translation>{booths} cabines pour {wanted} langues cibles</translation>
    </message>
    <message>
        <source>{booths} booth for {wanted} target languages</source>
        <translation>{booths} cabine pour {wanted} langues cibles</translation>
    </message>
    <message>
        <source>no booth for {languages}</source>
        <translation>aucune cabine pour {languages}</translation>
    </message>
    <message>
        <source>{session} needs interpretation into {languages} but {room} has {problems}.</source>
        <translation>{session} demande une interprétation vers {languages} mais {room} a {problems}.</translation>
    </message>
    <message>
        <source>{session} ({when}) is not within the conference days ({span}).</source>
        <translation>{session} ({when}) n&apos;est pas dans les jours de la conférence ({span}).</translation>
    </message>
    <message>
        <source>{session} ({when}) is outside the venue&apos;s opening hours ({opens}–{closes}).</source>
        <translation>{session} ({when}) est en dehors des heures d&apos;ouverture du lieu ({opens}–{closes}).</translation>
    </message>
    <message>
        <source>{session} overlaps {plenary}, which all participants are expected at ({when}).</source>
        <translation>{session} chevauche {plenary}, à laquelle tous les participants sont attendus ({when}).</translation>
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
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>English booth</source>
        <translation>cabine anglaise</translation>
    </message>
    <message>
        <source>French booth</source>
        <translation>cabine française</translation>
    </message>
    <message>
        <source>Spanish booth</source>
        <translation>cabine espagnole</translation>
    </message>
    <message>
        <source>Arabic booth</source>
        <translation>cabine arabe</translation>
    </message>
    <message>
        <source>Chinese booth</source>
        <translation>cabine chinoise</translation>
    </message>
    <message>
        <source>Russian booth</source>
        <translation>cabine russe</translation>
    </message>
    <message>
        <source>Portuguese booth</source>
        <translation>cabine portugaise</translation>
    </message>
    <message>
        <source>German booth</source>
        <translation>cabine allemande</translation>
    </message>
    <message>
        <source>{code} booth</source>
        <translation>cabine {code}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <source>one</source>
        <translation>un</translation>
    </message>
    <message>
        <source>two</source>
        <translation>deux</translation>
    </message>
    <message>
        <source>three</source>
        <translation>trois</translation>
    </message>
    <message>
        <source>four</source>
        <translation>quatre</translation>
    </message>
    <message>
        <source>five</source>
        <translation>cinq</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>{day} {half}</source>
        <translation>{day} {half}</translation>
    </message>
    <message>
        <source>{first} or {rest}</source>
        <translation>{first} ou {rest}</translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation>{first} et {rest}</translation>
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
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <source>Assignment of interpreter {interpreter} to the {booth} booth of session {session}: no such session needing interpretation.</source>
        <translation>Affectation de l&apos;interprète {interpreter} à la cabine {booth} de la séance {session} : aucune séance de ce nom n&apos;a besoin d&apos;interprétation.</translation>
    </message>
    <message>
        <source>Assignment of interpreter {interpreter} to the {booth} booth of session {session}: no such booth needing interpretation.</source>
        <translation>Affectation de l&apos;interprète {interpreter} à la cabine {booth} de la séance {session} : cette cabine n&apos;existe pas ou la séance n&apos;a pas besoin d&apos;interprétation.</translation>
    </message>
    <message>
        <source>Assignment of interpreter {interpreter} to the {booth} booth of session {session}: no such interpreter.</source>
        <translation>Affectation de l&apos;interprète {interpreter} à la cabine {booth} de la séance {session} : cet interprète n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{name} is in two booths of {session} ({first} and {second}).</source>
        <translation>{name} est dans deux cabines de {session} ({first} et {second}).</translation>
    </message>
    <message>
        <source>{language} is not one of their languages</source>
        <translation>{language} ne fait pas partie de ses langues</translation>
    </message>
    <message>
        <source>{language} is their C (passive) language</source>
        <translation>{language} est sa langue C (passive)</translation>
    </message>
    <message>
        <source>{language} is their B and they do not work retour</source>
        <translation>{language} est sa langue B et l&apos;interprète ne fait pas de retour</translation>
    </message>
    <message>
        <source>{name} cannot work in {booth}: {why}.</source>
        <translation>{name} ne peut pas travailler dans {booth} : {why}.</translation>
    </message>
    <message>
        <source>{name} would work in {booth} into their B {language} from {sources}: retour is done only from an A, never from a C into a B.</source>
        <translation>{name} travaillerait dans {booth} vers sa langue B ({language}) depuis {sources} : le retour se fait uniquement depuis une langue A, jamais d&apos;une C vers une B.</translation>
    </message>
    <message>
        <source>a language they do not have</source>
        <translation>une langue qui ne fait pas partie des siennes</translation>
    </message>
    <message>
        <source>{name} cannot work in {booth}: none of the languages spoken ({languages}) is one of their languages.</source>
        <translation>{name} ne peut pas travailler dans {booth} : aucune des langues parlées ({languages}) ne fait partie de ses langues.</translation>
    </message>
    <message>
        <source>only {count} ({names})</source>
        <translation>seulement {count} ({names})</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>No one in {booth} ({names}) works from {language}, and relay from {language} needs {count} interpreters in the other booths able to give it: {given}.</source>
        <translation>Personne dans {booth} ({names}) ne travaille depuis {language}, et le relais depuis {language} demande {count} interprètes capables de le donner dans les autres cabines : {given}.</translation>
    </message>
    <message>
        <source>{booth} ({minutes} min) has {count} interpreters ({names}); at least {need} are needed.</source>
        <translation>{booth} ({minutes} min) compte {count} interprètes ({names}) ; il en faut au moins {need}.</translation>
    </message>
    <message>
        <source>{booth} ({minutes} min) has {count} interpreter ({names}); at least {need} are needed.</source>
        <translation>{booth} ({minutes} min) compte {count} interprète ({names}) ; il en faut au moins {need}.</translation>
    </message>
    <message>
        <source>{booth} ({minutes} min, working retour) has {count} interpreters ({names}); at least {need} are needed.</source>
        <translation>{booth} ({minutes} min, avec retour) compte {count} interprètes ({names}) ; il en faut au moins {need}.</translation>
    </message>
    <message>
        <source>{booth} ({minutes} min, working retour) has {count} interpreter ({names}); at least {need} are needed.</source>
        <translation>{booth} ({minutes} min, avec retour) compte {count} interprète ({names}) ; il en faut au moins {need}.</translation>
    </message>
    <message>
        <source>{name} is not available on {day} {half} ({session}, {booth}).</source>
        <translation>{name} n&apos;est pas disponible le {day} {half} ({session}, {booth}).</translation>
    </message>
    <message>
        <source>{name} is in two places at once: {first} and {second}.</source>
        <translation>{name} est à deux endroits à la fois : {first} et {second}.</translation>
    </message>
    <message>
        <source>{name} has only {gap} minutes between {first} (ends {end}) and {second} (starts {start}); at least {minimum} are needed.</source>
        <translation>{name} n&apos;a que {gap} minutes entre {first} (fin à {end}) et {second} (début à {start}) ; il en faut au moins {minimum}.</translation>
    </message>
    <message>
        <source>{name} works {count} sessions on {day} ({sessions}); at most {most} of up to {hours} hours are allowed.</source>
        <translation>{name} travaille {count} séances le {day} ({sessions}) ; au plus {most} séances d&apos;au plus {hours} heures sont permises.</translation>
    </message>
    <message>
        <source>{name} works {count} sessions on {day} ({sessions}); at most {most} of up to {hours} hours are allowed (a longer session counts as two).</source>
        <translation>{name} travaille {count} séances le {day} ({sessions}) ; au plus {most} séances d&apos;au plus {hours} heures sont permises (une séance plus longue compte double).</translation>
    </message>
    <message>
        <source>must be a whole number (got {value}).</source>
        <translation>doit être un nombre entier (reçu : {value}).</translation>
    </message>
    <message>
        <source>must be between {low} and {high} (got {value}).</source>
        <translation>doit être compris entre {low} et {high} (reçu : {value}).</translation>
    </message>
    <message>
        <source>must be an amount between 0 and 100000 (got {value}).</source>
        <translation>doit être un montant entre 0 et 100000 (reçu : {value}).</translation>
    </message>
    <message>
        <source>must be a time like 13:00 (got {value}).</source>
        <translation>doit être une heure comme 13:00 (reçu : {value}).</translation>
    </message>
    <message>
        <source>must be more than solo_max_minutes.</source>
        <translation>doit être supérieur à solo_max_minutes.</translation>
    </message>
    <message>
        <source>no one in the pool works into {language} (an A, or a B with retour)</source>
        <translation>personne dans l&apos;équipe ne travaille vers {language} (langue A, ou B avec retour)</translation>
    </message>
    <message>
        <source>no one working into {language} has {languages}</source>
        <translation>personne travaillant vers {language} n&apos;a {languages}</translation>
    </message>
    <message>
        <source>no one with {language} A available on {when}; the booth needs {need}</source>
        <translation>personne avec {language} en langue A n&apos;est disponible le {when} ; la cabine en demande {need}</translation>
    </message>
    <message>
        <source>no one with {language} A available on {when} ({away} not available); the booth needs {need}</source>
        <translation>personne avec {language} en langue A n&apos;est disponible le {when} ({away} non disponible) ; la cabine en demande {need}</translation>
    </message>
    <message>
        <source>only {count} of the interpreters with {language} A available on {when}; the booth needs {need}</source>
        <translation>seulement {count} des interprètes avec {language} en langue A disponibles le {when} ; la cabine en demande {need}</translation>
    </message>
    <message>
        <source>only {count} of the interpreters with {language} A available on {when} ({away} not available); the booth needs {need}</source>
        <translation>seulement {count} des interprètes avec {language} en langue A disponibles le {when} ({away} non disponible) ; la cabine en demande {need}</translation>
    </message>
    <message>
        <source>no one working into {language} available on {when} works from {source}, and relay from {source} needs {count} interpreters able to give it ({others} in the other booths)</source>
        <translation>personne travaillant vers {language} et disponible le {when} ne travaille depuis {source}, et le relais depuis {source} demande {count} interprètes capables de le donner ({others} dans les autres cabines)</translation>
    </message>
    <message>
        <source>{name} ({session})</source>
        <translation>{name} ({session})</translation>
    </message>
    <message>
        <source>{name} ({count} sessions that day)</source>
        <translation>{name} ({count} séances ce jour-là)</translation>
    </message>
    <message>
        <source>{name} (another booth of {session})</source>
        <translation>{name} (une autre cabine de {session})</translation>
    </message>
    <message>
        <source>no one with {language} A free on {when}; the booth needs {need}</source>
        <translation>personne avec {language} en langue A n&apos;est libre le {when} ; la cabine en demande {need}</translation>
    </message>
    <message>
        <source>no one with {language} A free on {when}: {busy} already working then; the booth needs {need}</source>
        <translation>personne avec {language} en langue A n&apos;est libre le {when} : {busy} déjà en service à ce moment ; la cabine en demande {need}</translation>
    </message>
    <message>
        <source>only {count} interpreter with {language} A free on {when}; the booth needs {need}</source>
        <translation>seulement {count} interprète avec {language} en langue A libre le {when} ; la cabine en demande {need}</translation>
    </message>
    <message>
        <source>only {count} interpreter with {language} A free on {when}: {busy} already working then; the booth needs {need}</source>
        <translation>seulement {count} interprète avec {language} en langue A libre le {when} : {busy} déjà en service à ce moment ; la cabine en demande {need}</translation>
    </message>
    <message>
        <source>only {count} interpreters with {language} A free on {when}; the booth needs {need}</source>
        <translation>seulement {count} interprètes avec {language} en langue A libres le {when} ; la cabine en demande {need}</translation>
    </message>
    <message>
        <source>only {count} interpreters with {language} A free on {when}: {busy} already working then; the booth needs {need}</source>
        <translation>seulement {count} interprètes avec {language} en langue A libres le {when} : {busy} déjà en service à ce moment ; la cabine en demande {need}</translation>
    </message>
    <message>
        <source>the locked assignments break a rule: {violations}</source>
        <translation>les affectations verrouillées enfreignent une règle : {violations}</translation>
    </message>
    <message>
        <source>unlock or change the locked assignments of this booth</source>
        <translation>déverrouiller ou modifier les affectations verrouillées de cette cabine</translation>
    </message>
    <message>
        <source>the {count} free interpreters working into {language} on {when} cannot form a team that covers {languages} within the rules (team of {need}, relay from {givers})</source>
        <translation>les {count} interprètes libres travaillant vers {language} le {when} ne peuvent pas former une équipe couvrant {languages} dans le respect des règles (équipe de {need}, relais à partir de {givers})</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>la séance</translation>
    </message>
    <message>
        <source>{count} {booth}-A interpreter for {when}</source>
        <translation>{count} interprète {booth}-A pour le {when}</translation>
    </message>
    <message>
        <source>{count} {booth}-A interpreters for {when}</source>
        <translation>{count} interprètes {booth}-A pour le {when}</translation>
    </message>
    <message>
        <source>{count} {booth}-A interpreter with {sources} C for {when}</source>
        <translation>{count} interprète {booth}-A avec {sources} en C pour le {when}</translation>
    </message>
    <message>
        <source>{count} {booth}-A interpreters with {sources} C for {when}</source>
        <translation>{count} interprètes {booth}-A avec {sources} en C pour le {when}</translation>
    </message>
    <message>
        <source>{count} more {booth}-A interpreter for {when}</source>
        <translation>{count} interprète {booth}-A de plus pour le {when}</translation>
    </message>
    <message>
        <source>{count} more {booth}-A interpreters for {when}</source>
        <translation>{count} interprètes {booth}-A de plus pour le {when}</translation>
    </message>
    <message>
        <source>{count} more {booth}-A interpreter with {sources} C for {when}</source>
        <translation>{count} interprète {booth}-A avec {sources} en C de plus pour le {when}</translation>
    </message>
    <message>
        <source>{count} more {booth}-A interpreters with {sources} C for {when}</source>
        <translation>{count} interprètes {booth}-A avec {sources} en C de plus pour le {when}</translation>
    </message>
    <message>
        <source>added {name} to the {booth} booth of {session}</source>
        <translation>{name} : ajout à la cabine {booth} de {session}</translation>
    </message>
    <message>
        <source>removed {name} from the {booth} booth of {session}</source>
        <translation>{name} : retrait de la cabine {booth} de {session}</translation>
    </message>
    <message>
        <source>The solver found no roster within {seconds} s ({status}); allow more time (--time-limit).</source>
        <translation>Le solveur n&apos;a trouvé aucun planning en {seconds} s ({status}) ; accordez plus de temps (--time-limit).</translation>
    </message>
    <message>
        <source>No programme session with id {id}.</source>
        <translation>Aucune séance du programme avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>No interpreter with id {id}.</source>
        <translation>Aucun interprète avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>Session {session} has no {booth} booth (its booths: {booths}).</source>
        <translation>La séance {session} n&apos;a pas de cabine {booth} (ses cabines : {booths}).</translation>
    </message>
    <message>
        <source>Session {session} has no {booth} booth: it needs no interpretation.</source>
        <translation>La séance {session} n&apos;a pas de cabine {booth} : elle n&apos;a pas besoin d&apos;interprétation.</translation>
    </message>
    <message>
        <source>Session {session} has no times yet; schedule it first.</source>
        <translation>La séance {session} n&apos;a pas encore d&apos;horaire ; planifiez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Not assigned: {violations}</source>
        <translation>Non affecté : {violations}</translation>
    </message>
    <message>
        <source>Interpreter {id} is not assigned to session {session}.</source>
        <translation>L&apos;interprète {id} n&apos;est pas affecté à la séance {session}.</translation>
    </message>
    <message>
        <source>Availability of {name}: {day} is not a date.</source>
        <translation>Disponibilité de {name} : {day} n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>Availability of {name} on {day}: half must be &apos;am&apos; or &apos;pm&apos; (got {half}).</source>
        <translation>Disponibilité de {name} le {day} : la demi-journée doit être « am » ou « pm » (reçu : {half}).</translation>
    </message>
    <message>
        <source>Availability of {name}: {day} is outside the conference ({first}..{last}).</source>
        <translation>Disponibilité de {name} : le {day} est en dehors de la conférence ({first}..{last}).</translation>
    </message>
    <message>
        <source>No session with interpretation on {day}.</source>
        <translation>Aucune séance avec interprétation le {day}.</translation>
    </message>
    <message>
        <source>The family name is longer than {limit} characters.</source>
        <translation>Le nom de famille dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The given name is longer than {limit} characters.</source>
        <translation>Le prénom dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>The phone number is longer than {limit} characters.</source>
        <translation>Le numéro de téléphone dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The contract must be freelance or staff (got {value}).</source>
        <translation>Le contrat doit être freelance ou staff (reçu : {value}).</translation>
    </message>
    <message>
        <source>The daily rate must be an amount of 0 or more (got {value}).</source>
        <translation>Le tarif journalier doit être un montant de 0 ou plus (reçu : {value}).</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD (got {value}).</source>
        <translation>La devise doit être un code de trois lettres comme USD (reçu : {value}).</translation>
    </message>
    <message>
        <source>{code} is not a language code such as en, fr or es.</source>
        <translation>{code} n&apos;est pas un code de langue comme en, fr ou es.</translation>
    </message>
    <message>
        <source>{language} is listed twice (rows {first} and {second}).</source>
        <translation>{language} figure deux fois (lignes {first} et {second}).</translation>
    </message>
    <message>
        <source>The class of {language} must be A, B or C (got {value}).</source>
        <translation>La catégorie de {language} doit être A, B ou C (reçu : {value}).</translation>
    </message>
    <message>
        <source>Retour applies only to a B language: {language} is {cls}.</source>
        <translation>Le retour ne s&apos;applique qu&apos;à une langue B : {language} est classé en {cls}.</translation>
    </message>
    <message>
        <source>ceremony</source>
        <translation>cérémonie</translation>
    </message>
    <message>
        <source>plenary</source>
        <translation>séance plénière</translation>
    </message>
    <message>
        <source>thematic forum</source>
        <translation>forum thématique</translation>
    </message>
    <message>
        <source>regional forum</source>
        <translation>forum régional</translation>
    </message>
    <message>
        <source>mayors forum</source>
        <translation>forum des maires</translation>
    </message>
    <message>
        <source>break</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>modérateur</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>panellist</source>
        <translation>panéliste</translation>
    </message>
    <message>
        <source>a role</source>
        <translation>titulaire d&apos;un rôle</translation>
    </message>
    <message>
        <source>This database has no conference yet; initialise it first (conference-desk init).</source>
        <translation>Cette base de données ne contient pas encore de conférence ; initialisez-la d&apos;abord (conference-desk init).</translation>
    </message>
    <message>
        <source>No programme session with code {code}.</source>
        <translation>Aucune séance du programme avec le code {code}.</translation>
    </message>
    <message>
        <source>Give both a start and an end time, or neither (unscheduled).</source>
        <translation>Indiquez une heure de début et une heure de fin, ou aucune (non planifiée).</translation>
    </message>
    <message>
        <source>Start and end must be dates with a time of day.</source>
        <translation>Le début et la fin doivent être des dates avec une heure.</translation>
    </message>
    <message>
        <source>The session must end after it starts (starts {start}, ends {end}).</source>
        <translation>La séance doit finir après son début (début {start}, fin {end}).</translation>
    </message>
    <message>
        <source>{start} is not a conference day ({first} to {last}).</source>
        <translation>{start} n&apos;est pas un jour de la conférence (du {first} au {last}).</translation>
    </message>
    <message>
        <source>{end} is after the last conference day ({last}).</source>
        <translation>{end} est après le dernier jour de la conférence ({last}).</translation>
    </message>
    <message>
        <source>No venue room with id {id}.</source>
        <translation>Aucune salle avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>A session code is required (e.g. TF1).</source>
        <translation>Un code de séance est obligatoire (p. ex. TF1).</translation>
    </message>
    <message>
        <source>The code is {length} characters long; at most {limit}.</source>
        <translation>Le code compte {length} caractères ; {limit} au maximum.</translation>
    </message>
    <message>
        <source>The code {code} is already used by &apos;{title}&apos;.</source>
        <translation>Le code {code} est déjà utilisé par « {title} ».</translation>
    </message>
    <message>
        <source>Unknown session type {value}; one of {known}.</source>
        <translation>Type de séance inconnu {value} ; l&apos;un de : {known}.</translation>
    </message>
    <message>
        <source>The English title is required.</source>
        <translation>Le titre anglais est obligatoire.</translation>
    </message>
    <message>
        <source>The title is {length} characters long; at most {limit}.</source>
        <translation>Le titre compte {length} caractères ; {limit} au maximum.</translation>
    </message>
    <message>
        <source>Unknown language {codes}: use en, fr, es.</source>
        <translation>Langue inconnue {codes} : utilisez en, fr, es.</translation>
    </message>
    <message>
        <source>Must be a whole number of at least {least} (got {value}).</source>
        <translation>Doit être un nombre entier d&apos;au moins {least} (reçu : {value}).</translation>
    </message>
    <message>
        <source>{count} sign-ups would not fit {room} ({capacity} places).</source>
        <translation>{count} inscriptions ne tiendraient pas dans {room} ({capacity} places).</translation>
    </message>
    <message>
        <source>Unknown region {value}; one of {known}.</source>
        <translation>Région inconnue {value} ; l&apos;une de : {known}.</translation>
    </message>
    <message>
        <source>The turnover gap must be a whole number of minutes between 0 and 240 (got {value}).</source>
        <translation>Le battement entre deux séances doit être un nombre entier de minutes entre 0 et 240 (reçu : {value}).</translation>
    </message>
    <message>
        <source>Opening hours must be times of day.</source>
        <translation>Les heures d&apos;ouverture doivent être des heures de la journée.</translation>
    </message>
    <message>
        <source>The venue must close after it opens ({opens} – {closes}).</source>
        <translation>Le lieu doit fermer après son ouverture ({opens} – {closes}).</translation>
    </message>
    <message>
        <source>{session} has {placed} sign-ups and {waiting} on the waiting list; cancel them first, or delete anyway.</source>
        <translation>{session} compte {placed} inscriptions et {waiting} en liste d&apos;attente ; annulez-les d&apos;abord, ou supprimez quand même.</translation>
    </message>
    <message>
        <source>Unknown role {value}; one of {known}.</source>
        <translation>Rôle inconnu {value} ; l&apos;un de : {known}.</translation>
    </message>
    <message>
        <source>{name} has cancelled their participation and cannot be {role} in {session}.</source>
        <translation>{name} a annulé sa participation et ne peut pas être {role} dans {session}.</translation>
    </message>
    <message>
        <source>{name} is already {role} in {session}.</source>
        <translation>{name} est déjà {role} dans {session}.</translation>
    </message>
    <message>
        <source>{name} is not {role} in {session}.</source>
        <translation>{name} n&apos;est pas {role} dans {session}.</translation>
    </message>
    <message>
        <source>A conflict fingerprint is 1 to 300 characters long.</source>
        <translation>L&apos;empreinte d&apos;un conflit compte de 1 à 300 caractères.</translation>
    </message>
    <message>
        <source>{session} is a {type}, not a forum: only thematic, regional and mayors&apos; forums take sign-ups.</source>
        <translation>{session} est de type « {type} », pas un forum : seuls les forums thématiques, régionaux et des maires acceptent des inscriptions.</translation>
    </message>
    <message>
        <source>{name} has cancelled their participation and cannot sign up to {session}.</source>
        <translation>{name} a annulé sa participation et ne peut pas s&apos;inscrire à {session}.</translation>
    </message>
    <message>
        <source>is already signed up to {session} at the same time</source>
        <translation>est déjà inscrit à {session} à la même heure</translation>
    </message>
    <message>
        <source>is {role} in {session} at the same time</source>
        <translation>est {role} dans {session} à la même heure</translation>
    </message>
    <message>
        <source>{name} is already on the waiting list of {session} (position {position}).</source>
        <translation>{name} est déjà sur la liste d&apos;attente de {session} (position {position}).</translation>
    </message>
    <message>
        <source>{name} is already signed up to {session}.</source>
        <translation>{name} est déjà inscrit à {session}.</translation>
    </message>
    <message>
        <source>{name} {clash}; cannot sign up to {session}.</source>
        <translation>{name} {clash} ; inscription à {session} impossible.</translation>
    </message>
    <message>
        <source>{session} is full ({placed} of {capacity} places); {name} was not signed up.</source>
        <translation>{session} est complet ({placed} places sur {capacity}) ; {name} n&apos;a pas été inscrit.</translation>
    </message>
    <message>
        <source>{session} is full ({placed} of {capacity} places); {name} added to the waiting list, position {position}.</source>
        <translation>{session} est complet ({placed} places sur {capacity}) ; {name} ajouté à la liste d&apos;attente, position {position}.</translation>
    </message>
    <message>
        <source>{name} signed up to {session} ({placed} of {capacity} places taken).</source>
        <translation>{name} inscrit à {session} ({placed} places prises sur {capacity}).</translation>
    </message>
    <message>
        <source>{name} signed up to {session}.</source>
        <translation>{name} inscrit à {session}.</translation>
    </message>
    <message>
        <source>{name} is not signed up to {session}.</source>
        <translation>{name} n&apos;est pas inscrit à {session}.</translation>
    </message>
    <message>
        <source>participant {id}</source>
        <translation>participant {id}</translation>
    </message>
    <message>
        <source>{name}&apos;s place on the waiting list for {session} was cancelled.</source>
        <translation>La place de {name} sur la liste d&apos;attente de {session} a été annulée.</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-up for {session} was cancelled.</source>
        <translation>L&apos;inscription de {name} à {session} a été annulée.</translation>
    </message>
    <message>
        <source>{cancelled} {promoted} moved up from the waiting list.</source>
        <translation>{cancelled} {promoted} quitte la liste d&apos;attente et obtient une place.</translation>
    </message>
    <message>
        <source>No participants to sign up.</source>
        <translation>Aucun participant à inscrire.</translation>
    </message>
    <message>
        <source>no participant with id {id}</source>
        <translation>aucun participant avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>{name} has cancelled</source>
        <translation>{name} a annulé sa participation</translation>
    </message>
    <message>
        <source>{name} {clash}</source>
        <translation>{name} {clash}</translation>
    </message>
    <message>
        <source>{session} has {free} free places of {capacity} for {count} people</source>
        <translation>{session} a {free} places libres sur {capacity} pour {count} personnes</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <source>Nobody was signed up to {session}: {problems}.</source>
        <translation>Personne n&apos;a été inscrit à {session} : {problems}.</translation>
    </message>
    <message>
        <source>{placed} signed up to {session}.</source>
        <translation>{placed} inscrits à {session}.</translation>
    </message>
    <message>
        <source>{placed} signed up to {session}, {waitlisted} on the waiting list (full: {capacity} places).</source>
        <translation>{placed} inscrits à {session}, {waitlisted} sur la liste d&apos;attente (complet : {capacity} places).</translation>
    </message>
    <message>
        <source>{placed} signed up to {session}, {already} already signed up.</source>
        <translation>{placed} inscrits à {session}, {already} déjà inscrits.</translation>
    </message>
    <message>
        <source>{placed} signed up to {session}, {waitlisted} on the waiting list (full: {capacity} places), {already} already signed up.</source>
        <translation>{placed} inscrits à {session}, {waitlisted} sur la liste d&apos;attente (complet : {capacity} places), {already} déjà inscrits.</translation>
    </message>
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
        <source>Unknown category; use one of: {categories}.</source>
        <translation>Catégorie inconnue ; utilisez l&apos;une de celles-ci : {categories}.</translation>
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
        <source>Not a flight number (an airline code and 1 to 4 digits: AM 401, AF179, IB6401).</source>
        <translation>Numéro de vol non valide (un code de compagnie et 1 à 4 chiffres : AM 401, AF179, IB6401).</translation>
    </message>
    <message>
        <source>Not a time (use 14:35, 2:35 PM or 1435).</source>
        <translation>Heure non valide (utilisez 14:35, 2:35 PM ou 1435).</translation>
    </message>
    <message>
        <source>Not a terminal (use T1 or T2).</source>
        <translation>Terminal non valide (utilisez T1 ou T2).</translation>
    </message>
    <message>
        <source>An arrival flight needs its date: give the arrival date too.</source>
        <translation>Un vol d&apos;arrivée a besoin de sa date : indiquez aussi la date d&apos;arrivée.</translation>
    </message>
    <message>
        <source>A departure flight needs its date: give the departure date too.</source>
        <translation>Un vol de départ a besoin de sa date : indiquez aussi la date de départ.</translation>
    </message>
    <message>
        <source>Departure at {departure} is before the arrival at {arrival} on the same day.</source>
        <translation>Départ à {departure}, avant l&apos;arrivée à {arrival} le même jour.</translation>
    </message>
    <message>
        <source>No hotel has this name: imported without a preferred hotel; the text is kept in the notes.</source>
        <translation>Aucun hôtel ne porte ce nom : importé sans hôtel souhaité ; le texte est conservé dans les remarques.</translation>
    </message>
    <message>
        <source>Matches several hotels ({hotels}): imported without a preferred hotel; the text is kept in the notes.</source>
        <translation>Correspond à plusieurs hôtels ({hotels}) : importé sans hôtel souhaité ; le texte est conservé dans les remarques.</translation>
    </message>
    <message>
        <source>Unknown room type (known: {types}): imported without a room type; the text is kept in the notes.</source>
        <translation>Type de chambre inconnu (connus : {types}) : importé sans type de chambre ; le texte est conservé dans les remarques.</translation>
    </message>
    <message>
        <source>Too long for a room type (at most {limit} characters): the text is kept in the notes.</source>
        <translation>Trop long pour un type de chambre ({limit} caractères au plus) : le texte est conservé dans les remarques.</translation>
    </message>
    <message>
        <source>Too long for dietary needs (at most {limit} characters): the text is kept in the notes.</source>
        <translation>Trop long pour le régime alimentaire ({limit} caractères au plus) : le texte est conservé dans les remarques.</translation>
    </message>
    <message>
        <source>Not a working language (English, French or Spanish): the preferred language is left as it is; the text is kept in the notes.</source>
        <translation>Pas une langue de travail (anglais, français ou espagnol) : la langue préférée reste inchangée ; le texte est conservé dans les remarques.</translation>
    </message>
    <message>
        <source>{name} is not a date column whose day and month can be swapped (arrival or departure).</source>
        <translation>{name} n&apos;est pas une colonne de dates dont on peut échanger le jour et le mois (arrivée ou départ).</translation>
    </message>
    <message>
        <source>{field} dates (column {column}) look like day and month swapped ({before} → {after}) in {count} rows.</source>
        <translation>Les dates « {field} » (colonne {column}) semblent avoir le jour et le mois inversés ({before} → {after}) dans {count} lignes.</translation>
    </message>
    <message>
        <source>{field} (column {column}): day and month exchanged ({before} → {after}) in {count} rows.</source>
        <translation>{field} (colonne {column}) : jour et mois échangés ({before} → {after}) dans {count} lignes.</translation>
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
        <source>Could not read this code: scan it again, or type the name.</source>
        <translation>Code illisible : scannez-le à nouveau, ou tapez le nom.</translation>
    </message>
    <message>
        <source>Admitted offline with a badge revoked before the scan: to review.</source>
        <translation>Admis hors ligne avec un badge révoqué avant le scan : à vérifier.</translation>
    </message>
    <message>
        <source>The desk name is too long ({length} characters; at most {limit}).</source>
        <translation>Le nom du poste est trop long ({length} caractères ; au plus {limit}).</translation>
    </message>
    <message>
        <source>The desk name contains control characters.</source>
        <translation>Le nom du poste contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>{count} offline decision(s) of other operators wait until one of them signs in at this desk (a desk&apos;s role writes check-ins only in the signed-in operator&apos;s name).</source>
        <translation>{count} décision(s) prise(s) hors ligne par d&apos;autres opérateurs attendent que l&apos;un d&apos;eux se connecte à ce poste (le rôle d&apos;un poste n&apos;enregistre qu&apos;au nom de l&apos;opérateur connecté).</translation>
    </message>
    <message>
        <source>The operator name is too long ({length} characters; at most {limit}).</source>
        <translation>Le nom de l&apos;opérateur est trop long ({length} caractères ; au plus {limit}).</translation>
    </message>
    <message>
        <source>The operator name contains control characters.</source>
        <translation>Le nom de l&apos;opérateur contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>Contains a text-direction control ({code}) that can make it read as something else: remove it.</source>
        <translation>Contient un caractère de contrôle du sens d&apos;écriture ({code}) qui peut le faire lire autrement : supprimez-le.</translation>
    </message>
    <message>
        <source>The name on the badge (given and family names) would be {length} characters, more than {limit}: give a shorter badge name or shorter names.</source>
        <translation>Le nom sur le badge (prénom et nom) ferait {length} caractères, plus de {limit} : indiquez un nom de badge plus court ou des noms plus courts.</translation>
    </message>
    <message>
        <source>Admitted offline although the registration was cancelled: to review.</source>
        <translation>Admis hors ligne alors que l&apos;inscription était annulée : à vérifier.</translation>
    </message>
    <message>
        <source>{desk} admitted {name} at {time} while offline with badge version {version}, revoked at {revoked} ({why}): to review.</source>
        <translation>{desk} a admis {name} à {time} hors ligne avec la version {version} du badge, révoquée le {revoked} ({why}) : à vérifier.</translation>
    </message>
    <message>
        <source>{desk} admitted {name} at {time} while offline, but the registration is cancelled: to review.</source>
        <translation>{desk} a admis {name} à {time} hors ligne, mais l&apos;inscription est annulée : à vérifier.</translation>
    </message>
    <message>
        <source>Give a reason for undoing the check-in.</source>
        <translation>Indiquez le motif de l&apos;annulation de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The reason is too long ({length} characters; at most {limit}).</source>
        <translation>Le motif est trop long ({length} caractères ; au plus {limit}).</translation>
    </message>
    <message>
        <source>No check-in {event} was recorded.</source>
        <translation>Aucun enregistrement {event} n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Check-in {event} was already undone.</source>
        <translation>L&apos;enregistrement {event} a déjà été annulé.</translation>
    </message>
    <message>
        <source>Check-in {event} did not admit anyone: there is nothing to undo.</source>
        <translation>L&apos;enregistrement {event} n&apos;a admis personne : il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>Only {operator}, who made this check-in, or a supervisor may undo it.</source>
        <translation>Seul(e) {operator}, qui a fait cet enregistrement, ou un superviseur peut l&apos;annuler.</translation>
    </message>
    <message>
        <source>A check-in can be undone only while the server answers: try again when it returns.</source>
        <translation>Un enregistrement ne peut être annulé que si le serveur répond : réessayez à son retour.</translation>
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
    <message>
        <source>{participant}: new {before} -&gt; {after}</source>
        <translation>{participant} : nouveau {before} → {after}</translation>
    </message>
    <message>
        <source>{participant}: moved {before} -&gt; {after}</source>
        <translation>{participant} : déplacé {before} → {after}</translation>
    </message>
    <message>
        <source>{participant}: dates {before} -&gt; {after}</source>
        <translation>{participant} : dates modifiées {before} → {after}</translation>
    </message>
    <message>
        <source>{participant}: room {before} -&gt; {after}</source>
        <translation>{participant} : chambre changée {before} → {after}</translation>
    </message>
    <message>
        <source>{participant}: removed {before} -&gt; {after}</source>
        <translation>{participant} : retiré {before} → {after}</translation>
    </message>
    <message>
        <source>{participant}: {kind} {before} -&gt; {after}</source>
        <translation>{participant} : {kind} {before} → {after}</translation>
    </message>
    <message>
        <source>{hotel} {room_type} {arrival}..{departure} {room_label}</source>
        <translation>{hotel}, {room_type}, du {arrival} au {departure}, {room_label}</translation>
    </message>
    <message>
        <source>{guest} ({delegation}): sharer {sharer} is not a hotel guest of the same delegation; placed alone</source>
        <translation>{guest} ({delegation}) : {sharer}, avec qui partager la chambre, ne figure pas parmi les clients d’hôtel de la même délégation ; chambre à part</translation>
    </message>
    <message>
        <source>{guest} (no delegation): sharer {sharer} is not a hotel guest of the same delegation; placed alone</source>
        <translation>{guest} (sans délégation) : {sharer}, avec qui partager la chambre, ne figure pas parmi les clients d’hôtel de la même délégation ; chambre à part</translation>
    </message>
    <message>
        <source>{guest}: sharer note {note} matches several colleagues ({colleagues}); placed alone</source>
        <translation>{guest} : la note de partage de chambre {note} correspond à plusieurs collègues ({colleagues}) ; chambre à part</translation>
    </message>
    <message>
        <source>{names}: {count} sharers but no room holds more than {capacity}; placed separately</source>
        <translation>{names} : {count} personnes partagent la chambre, mais aucune chambre n’en accueille plus de {capacity} ; logées séparément</translation>
    </message>
    <message>
        <source>{names}: sharers locked in different rooms; each kept where locked</source>
        <translation>{names} : personnes partageant la chambre verrouillées dans des chambres différentes ; chacune reste là où elle est verrouillée</translation>
    </message>
    <message>
        <source>{names}: a sharer is locked in a room too small for the group; placed separately</source>
        <translation>{names} : l’une des personnes est verrouillée dans une chambre trop petite pour le groupe ; logées séparément</translation>
    </message>
    <message>
        <source>{count} stays reach outside the block period ({first}..{last}): only the block nights are booked</source>
        <translation>{count} séjours dépassent la période du bloc (du {first} au {last}) : seules les nuits du bloc sont réservées</translation>
    </message>
    <message>
        <source>no night of the stay ({arrival}..{departure}) is in the block period</source>
        <translation>aucune nuit du séjour (du {arrival} au {departure}) ne tombe dans la période du bloc</translation>
    </message>
    <message>
        <source>no hotel has a room block</source>
        <translation>aucun hôtel n’a de bloc de chambres</translation>
    </message>
    <message>
        <source>conflicting sharer: no room type holds {guests} guests</source>
        <translation>partage de chambre impossible : aucun type de chambre n’accueille {guests} personnes</translation>
    </message>
    <message>
        <source>not allowed: needs an accessible room for {guests} and no hotel has one</source>
        <translation>impossible : il faut une chambre accessible pour {guests} personnes et aucun hôtel n’en a</translation>
    </message>
    <message>
        <source>not allowed: needs an accessible room and no hotel has one</source>
        <translation>impossible : il faut une chambre accessible et aucun hôtel n’en a</translation>
    </message>
    <message>
        <source>no block that night: no accessible rooms for {guests} in any hotel on {nights}</source>
        <translation>pas de bloc cette nuit-là : aucun hôtel n’a de chambre accessible pour {guests} personnes (nuit(s) : {nights})</translation>
    </message>
    <message>
        <source>no block that night: no accessible rooms in any hotel on {nights}</source>
        <translation>pas de bloc cette nuit-là : aucun hôtel n’a de chambre accessible (nuit(s) : {nights})</translation>
    </message>
    <message>
        <source>no block that night: no rooms for {guests} in any hotel on {nights}</source>
        <translation>pas de bloc cette nuit-là : aucun hôtel n’a de chambre pour {guests} personnes (nuit(s) : {nights})</translation>
    </message>
    <message>
        <source>no block that night: no rooms in any hotel on {nights}</source>
        <translation>pas de bloc cette nuit-là : aucun hôtel n’a de chambre (nuit(s) : {nights})</translation>
    </message>
    <message>
        <source>no hotel has an accessible room type with a block on every night of the stay ({first}..{last})</source>
        <translation>aucun hôtel n’a de type de chambre accessible avec un bloc pour chaque nuit du séjour (du {first} au {last})</translation>
    </message>
    <message>
        <source>no hotel has a room type with a block on every night of the stay ({first}..{last})</source>
        <translation>aucun hôtel n’a de type de chambre avec un bloc pour chaque nuit du séjour (du {first} au {last})</translation>
    </message>
    <message>
        <source>room type exhausted: no hotel has one {room_types} room free for every night of the stay ({first}..{last})</source>
        <translation>type de chambre épuisé : aucun hôtel n’a de chambre de type {room_types} libre pour chaque nuit du séjour (du {first} au {last})</translation>
    </message>
    <message>
        <source>room type exhausted: every {room_types} room for {guests} is taken on {nights}</source>
        <translation>type de chambre épuisé : toutes les chambres de type {room_types} pour {guests} personnes sont prises (nuit(s) : {nights})</translation>
    </message>
    <message>
        <source>room type exhausted: every {room_types} room is taken on {nights}</source>
        <translation>type de chambre épuisé : toutes les chambres de type {room_types} sont prises (nuit(s) : {nights})</translation>
    </message>
    <message>
        <source>locked assignments in more than one hotel</source>
        <translation>attributions verrouillées dans plus d’un hôtel</translation>
    </message>
    <message>
        <source>{hotel} has no suitable room for {names}</source>
        <translation>{hotel} n’a pas de chambre adaptée pour {names}</translation>
    </message>
    <message>
        <source>a locked guest stays outside {hotel}</source>
        <translation>un client verrouillé loge hors de {hotel}</translation>
    </message>
    <message>
        <source>{hotel} has {free} suitable rooms free on {night} for the {needed} more needed</source>
        <translation>{hotel} a {free} chambres adaptées libres le {night} pour les {needed} de plus qu’il faudrait</translation>
    </message>
    <message>
        <source>{hotel} would need rooms taken by other delegations</source>
        <translation>{hotel} aurait besoin de chambres prises par d’autres délégations</translation>
    </message>
    <message>
        <source>not enough rooms in one hotel: {reasons}</source>
        <translation>pas assez de chambres dans un seul hôtel : {reasons}</translation>
    </message>
    <message>
        <source>The time limit must be more than 0 seconds.</source>
        <translation>Le temps limite doit être supérieur à 0 seconde.</translation>
    </message>
    <message>
        <source>There are no hotels: add hotels, room types and blocks first.</source>
        <translation>Il n’y a aucun hôtel : ajoutez d’abord les hôtels, les types de chambres et les blocs.</translation>
    </message>
    <message>
        <source>{names}: locked in {hotel} {room_type} on nights without a block ({nights})</source>
        <translation>{names} : verrouillé dans {hotel}, {room_type}, des nuits sans bloc ({nights})</translation>
    </message>
    <message>
        <source>{hotel} {room_type} on {night}: {count} rooms for a block of {block} (locked assignments)</source>
        <translation>{hotel}, {room_type}, le {night} : {count} chambres pour un bloc de {block} (attributions verrouillées)</translation>
    </message>
    <message>
        <source>The room assignments changed since this allocation was computed; run the allocation again.</source>
        <translation>Les attributions de chambres ont changé depuis le calcul de cette répartition ; relancez la répartition.</translation>
    </message>
    <message>
        <source>Allocation not applied; nothing was changed.</source>
        <translation>Répartition non appliquée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{guest} has no arrival/departure dates or there are no room blocks.</source>
        <translation>{guest} n’a pas de dates d’arrivée ou de départ, ou il n’y a aucun bloc de chambres.</translation>
    </message>
    <message>
        <source>{guest}&apos;s stay ({arrival}..{departure}) has no night in the block period ({first}..{last}).</source>
        <translation>Le séjour de {guest} (du {arrival} au {departure}) n’a aucune nuit dans la période du bloc (du {first} au {last}).</translation>
    </message>
    <message>
        <source>No participant with id {id}.</source>
        <translation>Aucun participant avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>{guest} is not a hotel guest (no hotel needed, or cancelled).</source>
        <translation>{guest} n’est pas client d’un hôtel (pas besoin d’hôtel, ou inscription annulée).</translation>
    </message>
    <message>
        <source>That room type is not one of that hotel&apos;s.</source>
        <translation>Ce type de chambre n’appartient pas à cet hôtel.</translation>
    </message>
    <message>
        <source>A {room_type} room holds {capacity}; {guests} guests share this room.</source>
        <translation>Une chambre de type {room_type} accueille au plus {capacity} personne(s) ; {guests} personnes partagent cette chambre.</translation>
    </message>
    <message>
        <source>{guest} needs an accessible room; {room_type} is not one.</source>
        <translation>{guest} a besoin d’une chambre accessible ; le type {room_type} ne l’est pas.</translation>
    </message>
    <message>
        <source>Cannot move {guest}: {hotel} has no {room_type} rooms in the block on the night of {night}.</source>
        <translation>Impossible de déplacer {guest} : {hotel} n’a aucune chambre de type {room_type} dans le bloc la nuit du {night}.</translation>
    </message>
    <message>
        <source>Cannot move {guest}: {hotel} {room_type} is full on the night of {night} ({used} of {block} rooms taken).</source>
        <translation>Impossible de déplacer {guest} : dans l’hôtel {hotel}, le type {room_type} est complet la nuit du {night} ({used} chambres prises sur {block}).</translation>
    </message>
    <message>
        <source>{guest} cannot share a room with themselves.</source>
        <translation>{guest} ne peut pas partager une chambre avec lui-même ou elle-même.</translation>
    </message>
    <message>
        <source>{host} has no room yet, so {guest} cannot share it: allocate or move {host} first.</source>
        <translation>{host} n’a pas encore de chambre, {guest} ne peut donc pas la partager : répartissez ou déplacez d’abord {host}.</translation>
    </message>
    <message>
        <source>{guest} already shares {host}&apos;s room {room}.</source>
        <translation>{guest} partage déjà la chambre {room} de {host}.</translation>
    </message>
    <message>
        <source>Cannot put {guest} in {host}&apos;s room {room}: a {room_type} room is for one guest only.</source>
        <translation>Impossible de mettre {guest} dans la chambre {room} de {host} : une chambre de type {room_type} est pour une seule personne.</translation>
    </message>
    <message>
        <source>{guest} needs an accessible room; {host}&apos;s room {room} ({room_type}) is not one.</source>
        <translation>{guest} a besoin d’une chambre accessible ; la chambre {room} de {host} ({room_type}) ne l’est pas.</translation>
    </message>
    <message>
        <source>Cannot put {guest} in {host}&apos;s room {room}: a {room_type} room holds {capacity} guests and it is full on the night of {night}.</source>
        <translation>Impossible de mettre {guest} dans la chambre {room} de {host} : une chambre de type {room_type} accueille {capacity} personnes et elle est complète la nuit du {night}.</translation>
    </message>
    <message>
        <source>Cannot put {guest} in {host}&apos;s room {room}: {host} is not there on the night of {night} and {hotel} has no {room_type} rooms in the block that night.</source>
        <translation>Impossible de mettre {guest} dans la chambre {room} de {host} : {host} n’y est pas la nuit du {night} et {hotel} n’a aucune chambre de type {room_type} dans le bloc cette nuit-là.</translation>
    </message>
    <message>
        <source>Cannot put {guest} in {host}&apos;s room {room}: {host} is not there on the night of {night} and {hotel} {room_type} is full that night ({used} of {block} rooms taken).</source>
        <translation>Impossible de mettre {guest} dans la chambre {room} de {host} : {host} n’y est pas la nuit du {night} et, dans l’hôtel {hotel}, le type {room_type} est complet cette nuit-là ({used} chambres prises sur {block}).</translation>
    </message>
    <message>
        <source>Participant {id} has no room assignment to lock.</source>
        <translation>Le participant {id} n’a pas d’attribution de chambre à verrouiller.</translation>
    </message>
    <message>
        <source>Participant {id} has no room assignment to unlock.</source>
        <translation>Le participant {id} n’a pas d’attribution de chambre à déverrouiller.</translation>
    </message>
    <message>
        <source>Participant {id} has no room assignment.</source>
        <translation>Le participant {id} n’a pas d’attribution de chambre.</translation>
    </message>
    <message>
        <source>No hotel with id {id}.</source>
        <translation>Aucun hôtel avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Give (part of) a hotel&apos;s name.</source>
        <translation>Indiquez le nom d’un hôtel (ou une partie du nom).</translation>
    </message>
    <message>
        <source>No hotel matches {name} (hotels: none).</source>
        <translation>Aucun hôtel ne correspond à {name} (aucun hôtel enregistré).</translation>
    </message>
    <message>
        <source>No hotel matches {name} (hotels: {hotels}).</source>
        <translation>Aucun hôtel ne correspond à {name} (hôtels : {hotels}).</translation>
    </message>
    <message>
        <source>{name} matches several hotels ({hotels}): give more of the name.</source>
        <translation>{name} correspond à plusieurs hôtels ({hotels}) : précisez le nom.</translation>
    </message>
    <message>
        <source>{hotel} has no room type {code} (types: none).</source>
        <translation>{hotel} n’a pas de type de chambre {code} (aucun type).</translation>
    </message>
    <message>
        <source>{hotel} has no room type {code} (types: {types}).</source>
        <translation>{hotel} n’a pas de type de chambre {code} (types : {types}).</translation>
    </message>
    <message>
        <source>Give the file to write (--out).</source>
        <translation>Indiquez le fichier à écrire (--out).</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>{kind} {flight}: {reason}</source>
        <translation>{kind} {flight} : {reason}</translation>
    </message>
    <message>
        <source>No vehicle free between {start} and {end} (vehicles per hour used up).</source>
        <translation>Aucun véhicule libre entre {start} et {end} (véhicules par heure épuisés).</translation>
    </message>
    <message>
        <source>No car free between {start} and {end} (vehicles per hour used up).</source>
        <translation>Aucune voiture libre entre {start} et {end} (véhicules par heure épuisés).</translation>
    </message>
    <message>
        <source>{bags} bags: more than any vehicle carries.</source>
        <translation>{bags} bagages : plus qu&apos;aucun véhicule ne peut en transporter.</translation>
    </message>
    <message>
        <source>No run within the waiting limit had room (the solver stopped early); plan again with more time.</source>
        <translation>Aucune navette dans le délai d&apos;attente n&apos;avait de place (le solveur s&apos;est arrêté tôt) ; planifiez à nouveau avec plus de temps.</translation>
    </message>
    <message>
        <source>The departure {value} is not after the arrival {arrival}.</source>
        <translation>Le départ {value} n&apos;est pas postérieur à l&apos;arrivée {arrival}.</translation>
    </message>
    <message>
        <source>{value} is not a flight number: an airline code (AM, AF, IB, UA or AMX) and 1 to 4 digits, e.g. AM 401.</source>
        <translation>{value} n&apos;est pas un numéro de vol : un code de compagnie (AM, AF, IB, UA ou AMX) et 1 à 4 chiffres, p. ex. AM 401.</translation>
    </message>
    <message>
        <source>{value}: give the local time in Mexico City without a time zone.</source>
        <translation>{value} : indiquez l&apos;heure locale de Mexico sans fuseau horaire.</translation>
    </message>
    <message>
        <source>Unknown terminal {value} (known: {known}).</source>
        <translation>Terminal inconnu {value} (connus : {known}).</translation>
    </message>
    <message>
        <source>No hotel: a run would not know where to go.</source>
        <translation>Pas d&apos;hôtel : une course ne saurait pas où aller.</translation>
    </message>
    <message>
        <source>{value} bags: give a number of bags from 0.</source>
        <translation>{value} bagages : indiquez un nombre de bagages à partir de 0.</translation>
    </message>
    <message>
        <source>This leg belongs to participant {other}, not {participant}.</source>
        <translation>Ce trajet appartient au participant {other}, pas à {participant}.</translation>
    </message>
    <message>
        <source>Unknown kind of leg {value}: arrival or departure.</source>
        <translation>Type de trajet inconnu {value} : arrivée ou départ.</translation>
    </message>
    <message>
        <source>A second {kind} ({flight}) besides {first}: keep the one the guest travels on.</source>
        <translation>Un deuxième trajet {kind} ({flight}) en plus de {first} : gardez celui que la personne prend vraiment.</translation>
    </message>
    <message>
        <source>{value} is outside the travel window {start} to {end}.</source>
        <translation>{value} est en dehors de la période de voyage du {start} au {end}.</translation>
    </message>
    <message>
        <source>Own arrangement</source>
        <translation>Transport personnel</translation>
    </message>
    <message>
        <source>No hotel</source>
        <translation>Pas d&apos;hôtel</translation>
    </message>
    <message>
        <source>Arrival flight {flight} has no date or time.</source>
        <translation>Le vol d&apos;arrivée {flight} n&apos;a pas de date ou d&apos;heure.</translation>
    </message>
    <message>
        <source>Departure flight {flight} has no date or time.</source>
        <translation>Le vol de départ {flight} n&apos;a pas de date ou d&apos;heure.</translation>
    </message>
    <message>
        <source>Planning cancelled; nothing was changed.</source>
        <translation>Planification annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The stored runs changed since this plan was made; plan the transport again.</source>
        <translation>Les courses enregistrées ont changé depuis ce plan ; planifiez à nouveau le transport.</translation>
    </message>
    <message>
        <source>Not on a run yet: the flight was registered or changed after the last plan.</source>
        <translation>Sur aucune course : le vol a été saisi ou modifié après le dernier plan.</translation>
    </message>
    <message>
        <source>Not on a run yet: no transport plan has been applied.</source>
        <translation>Sur aucune course : aucun plan de transport n&apos;a encore été appliqué.</translation>
    </message>
    <message>
        <source>Run {run} no longer fits: {problem}</source>
        <translation>La course {run} ne convient plus : {problem}</translation>
    </message>
    <message>
        <source>No run {run}.</source>
        <translation>Aucune course {run}.</translation>
    </message>
    <message>
        <source>No participant #{id}.</source>
        <translation>Aucun participant n° {id}.</translation>
    </message>
    <message>
        <source>Cannot put {name} on run {run}: {reason}</source>
        <translation>Impossible de placer {name} sur la course {run} : {reason}</translation>
    </message>
    <message>
        <source>the registration is cancelled.</source>
        <translation>l&apos;inscription est annulée.</translation>
    </message>
    <message>
        <source>no arrival flight is registered.</source>
        <translation>aucun vol d&apos;arrivée n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>no departure flight is registered.</source>
        <translation>aucun vol de départ n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>it is full ({seats} seats taken).</source>
        <translation>il est complet ({seats} places occupées).</translation>
    </message>
    <message>
        <source>its hold is full ({bags} of {hold} bags).</source>
        <translation>sa soute est pleine ({bags} bagages sur {hold}).</translation>
    </message>
    <message>
        <source>it is a shuttle: shuttles carry head counts, not named guests.</source>
        <translation>c&apos;est une navette : les navettes sont prévues par effectif, pas par personne nommée.</translation>
    </message>
    <message>
        <source>it is an arrival run and this is the guest&apos;s departure.</source>
        <translation>c&apos;est une course d&apos;arrivée et il s&apos;agit du départ de la personne.</translation>
    </message>
    <message>
        <source>it is a departure run and this is the guest&apos;s arrival.</source>
        <translation>c&apos;est une course de départ et il s&apos;agit de l&apos;arrivée de la personne.</translation>
    </message>
    <message>
        <source>it leaves from {place}, not from the guest&apos;s terminal {terminal}.</source>
        <translation>il part de {place}, pas du terminal de la personne, {terminal}.</translation>
    </message>
    <message>
        <source>it goes to {place}, not to the guest&apos;s hotel {hotel}.</source>
        <translation>il va à {place}, pas à l&apos;hôtel de la personne, {hotel}.</translation>
    </message>
    <message>
        <source>it leaves from {place}, not from the guest&apos;s hotel {hotel}.</source>
        <translation>il part de {place}, pas de l&apos;hôtel de la personne, {hotel}.</translation>
    </message>
    <message>
        <source>it goes to {place}, not to the guest&apos;s terminal {terminal}.</source>
        <translation>il va à {place}, pas au terminal de la personne, {terminal}.</translation>
    </message>
    <message>
        <source>it leaves at {time}, before the guest is at the meeting point ({ready}).</source>
        <translation>il part à {time}, avant que la personne soit au point de rencontre ({ready}).</translation>
    </message>
    <message>
        <source>it leaves at {time}: the guest, at the meeting point at {ready}, would wait more than {minutes} minutes.</source>
        <translation>il part à {time} : la personne, au point de rencontre à {ready}, attendrait plus de {minutes} minutes.</translation>
    </message>
    <message>
        <source>it reaches the airport at {time}, less than {minutes} minutes before the flight at {flight}.</source>
        <translation>il arrive à l&apos;aéroport à {time}, moins de {minutes} minutes avant le vol de {flight}.</translation>
    </message>
    <message>
        <source>it leaves at {time}, more than {minutes} minutes before the guest&apos;s latest pick-up ({latest}).</source>
        <translation>il part à {time}, plus de {minutes} minutes avant la prise en charge la plus tardive de la personne ({latest}).</translation>
    </message>
    <message>
        <source>The transport rules were not saved: {problems}</source>
        <translation>Les règles de transport n&apos;ont pas été enregistrées : {problems}</translation>
    </message>
    <message>
        <source>The transport rules must be a JSON object.</source>
        <translation>Les règles de transport doivent être un objet JSON.</translation>
    </message>
    <message>
        <source>{field}: not a transport rule.</source>
        <translation>{field} : ce n&apos;est pas une règle de transport.</translation>
    </message>
    <message>
        <source>{field}: no vehicle type {code}.</source>
        <translation>{field} : aucun type de véhicule {code}.</translation>
    </message>
    <message>
        <source>{value} cannot be read.</source>
        <translation>{value} est illisible.</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{value} is not between {low} and {high}.</source>
        <translation>{value} n&apos;est pas compris entre {low} et {high}.</translation>
    </message>
    <message>
        <source>{value} is not a place name (1 to 80 characters).</source>
        <translation>{value} n&apos;est pas un nom de lieu (1 à 80 caractères).</translation>
    </message>
    <message>
        <source>give at least one vehicle type (code, seats, luggage).</source>
        <translation>indiquez au moins un type de véhicule (code, places, bagages).</translation>
    </message>
    <message>
        <source>each vehicle type needs its own code of 1 to 10 characters.</source>
        <translation>chaque type de véhicule a besoin de son propre code de 1 à 10 caractères.</translation>
    </message>
    <message>
        <source>{value} is not a factor between 1 and 5.</source>
        <translation>{value} n&apos;est pas un facteur compris entre 1 et 5.</translation>
    </message>
    <message>
        <source>give at least one terminal.</source>
        <translation>indiquez au moins un terminal.</translation>
    </message>
    <message>
        <source>the window ends before it starts ({start} to {end}).</source>
        <translation>la période se termine avant de commencer ({start} au {end}).</translation>
    </message>
    <message>
        <source>a rush hour ends after it starts, within one day ({start} to {end}).</source>
        <translation>une heure de pointe se termine après son début, dans la même journée ({start} à {end}).</translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation>Le nom de famille est obligatoire.</translation>
    </message>
    <message>
        <source>Add the interpreter&apos;s languages: at least one A and one other language.</source>
        <translation>Ajoutez les langues de l&apos;interprète : au moins une A et une autre langue.</translation>
    </message>
    <message>
        <source>At least one language must be an A (mother tongue).</source>
        <translation>Au moins une langue doit être une A (langue maternelle).</translation>
    </message>
    <message>
        <source>An interpreter needs at least two languages (one A and a B or C to work from).</source>
        <translation>Un interprète a besoin d&apos;au moins deux langues (une A et une B ou C à partir de laquelle travailler).</translation>
    </message>
    <message>
        <source>The interpreter assignments changed since this roster was computed; compute the roster again.</source>
        <translation>Les affectations des interprètes ont changé depuis le calcul de ce planning ; recalculez le planning.</translation>
    </message>
    <message>
        <source>Roster cancelled; nothing was changed.</source>
        <translation>Planning annulé ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>CorePlurals</name>
    <message numerus="yes">
        <source>{count} check-in(s) name a participant who does not exist.</source>
        <translation>
            <numerusform>{count} enregistrement d&apos;entrée désigne un participant qui n&apos;existe pas.</numerusform>
            <numerusform>{count} enregistrements d&apos;entrée désignent un participant qui n&apos;existe pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} check-in(s) name a badge that does not exist.</source>
        <translation>
            <numerusform>{count} enregistrement d&apos;entrée désigne un badge qui n&apos;existe pas.</numerusform>
            <numerusform>{count} enregistrements d&apos;entrée désignent un badge qui n&apos;existe pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} hotel night(s) have more rooms assigned than the block.</source>
        <translation>
            <numerusform>{count} nuit d&apos;hôtel a plus de chambres attribuées que le contingent.</numerusform>
            <numerusform>{count} nuits d&apos;hôtel ont plus de chambres attribuées que le contingent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} badge code(s) do not verify with the conference key.</source>
        <translation>
            <numerusform>{count} code de badge n&apos;est pas validé par la clé de la conférence.</numerusform>
            <numerusform>{count} codes de badge ne sont pas validés par la clé de la conférence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} check-in counter(s) do not match the admissions recorded.</source>
        <translation>
            <numerusform>{count} compteur d&apos;accueil ne correspond pas aux admissions enregistrées.</numerusform>
            <numerusform>{count} compteurs d&apos;accueil ne correspondent pas aux admissions enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} participant(s) are not in the search&apos;s prefix table as their names say.</source>
        <translation>
            <numerusform>{count} participant ne figure pas dans la table des préfixes de recherche comme le dit son nom.</numerusform>
            <numerusform>{count} participants ne figurent pas dans la table des préfixes de recherche comme le disent leurs noms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} participant(s) cannot be found by search (no search words).</source>
        <translation>
            <numerusform>{count} participant introuvable par la recherche (aucun mot de recherche).</numerusform>
            <numerusform>{count} participants introuvables par la recherche (aucun mot de recherche).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for {name}: {left} more wrong PIN(s) lock it for a minute.</source>
        <translation>
            <numerusform>Code PIN erroné pour {name} : encore {left} erreur et ce nom est bloqué une minute.</numerusform>
            <numerusform>Code PIN erroné pour {name} : encore {left} erreurs et ce nom est bloqué une minute.</numerusform>
        </translation>
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
    <name>DeskSetupBar</name>
    <message>
        <source>not set — choose “Change desk set-up…”</source>
        <translation>non défini — choisissez « Modifier le poste… »</translation>
    </message>
    <message>
        <source>Checking in at: %1 · %2 · Desk: %3 · Operator: %4</source>
        <translation>Accueil : %1 · %2 · Poste : %3 · Opérateur : %4</translation>
    </message>
    <message>
        <source>Change desk set-up…</source>
        <translation>Modifier le poste…</translation>
    </message>
</context>
<context>
    <name>DeskSetupDialog</name>
    <message>
        <source>Venue entry</source>
        <translation>Entrée du lieu</translation>
    </message>
    <message>
        <source>Checking in at:</source>
        <translation>Accueil :</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour :</translation>
    </message>
    <message>
        <source>Desk name:</source>
        <translation>Nom du poste :</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Opérateur :</translation>
    </message>
    <message>
        <source>The signed-in operator; sign out from the File menu to change it.</source>
        <translation>L&apos;opérateur connecté ; déconnectez-vous depuis le menu Fichier pour en changer.</translation>
    </message>
    <message>
        <source>Your name, as it is recorded with every check-in you make.</source>
        <translation>Votre nom, tel qu&apos;il est enregistré avec chacun de vos enregistrements.</translation>
    </message>
    <message>
        <source>Start checking in</source>
        <translation>Commencer l&apos;accueil</translation>
    </message>
    <message>
        <source>Desk set-up</source>
        <translation>Réglage du poste</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 est trop long (au plus %2 caractères).</translation>
    </message>
    <message>
        <source>%1 looks like a badge code: a scan went into this field. Type the name.</source>
        <translation>%1 ressemble à un code de badge : un scan est arrivé dans ce champ. Tapez le nom.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The desk name</source>
        <translation>Le nom du poste</translation>
    </message>
    <message>
        <source>The operator&apos;s name</source>
        <translation>Le nom de l&apos;opérateur</translation>
    </message>
</context>
<context>
    <name>DeskSync</name>
    <message numerus="yes">
        <source>Server back: %n check-in(s) from this desk uploaded.</source>
        <translation>
            <numerusform>Serveur de retour : %n enregistrement de ce guichet envoyé.</numerusform>
            <numerusform>Serveur de retour : %n enregistrements de ce guichet envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) admitted at two desks meanwhile (cross-desk duplicates).</source>
        <translation>
            <numerusform>%n personne admise à deux guichets entre-temps (doublon entre guichets).</numerusform>
            <numerusform>%n personnes admises à deux guichets entre-temps (doublons entre guichets).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline admission(s) to review (see “Checked in today…”).</source>
        <translation>
            <numerusform>%n admission hors ligne à vérifier (voir « Enregistrés aujourd&apos;hui… »).</numerusform>
            <numerusform>%n admissions hors ligne à vérifier (voir « Enregistrés aujourd&apos;hui… »).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsButton</name>
    <message>
        <source>interpreter-schedules</source>
        <translation>plannings-interpretes</translation>
    </message>
    <message>
        <source>interpreter-schedule</source>
        <translation>planning-interprete</translation>
    </message>
    <message>
        <source>booth-sheets</source>
        <translation>fiches-cabines</translation>
    </message>
    <message>
        <source>interpreting-cost</source>
        <translation>cout-interpretation</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Schedules of all interpreters (PDF)…</source>
        <translation>Plannings de tous les interprètes (PDF)…</translation>
    </message>
    <message>
        <source>Schedule of the selected interpreter (PDF)…</source>
        <translation>Planning de l&apos;interprète sélectionné (PDF)…</translation>
    </message>
    <message>
        <source>Booth sheets, all days (PDF)…</source>
        <translation>Fiches des cabines, tous les jours (PDF)…</translation>
    </message>
    <message>
        <source>Booth sheets for one day (PDF)</source>
        <translation>Fiches des cabines d&apos;un jour (PDF)</translation>
    </message>
    <message>
        <source>Cost summary (PDF)…</source>
        <translation>Récapitulatif des coûts (PDF)…</translation>
    </message>
</context>
<context>
    <name>DropPanel</name>
    <message>
        <source>Drag guests onto a room type here or onto a row of the occupancy grid to move them (locked), or onto another guest to share that guest&apos;s room.</source>
        <translation>Faites glisser des clients sur un type de chambre ici ou sur une ligne de la grille d’occupation pour les déplacer (verrouillés), ou sur un autre client pour partager sa chambre.</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Type de chambre</translation>
    </message>
    <message>
        <source>Sleeps</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Fewest free</source>
        <translation>Minimum libre</translation>
    </message>
    <message>
        <source>Rooms still free in the block on its fullest night</source>
        <translation>Chambres encore libres dans le bloc lors de la nuit la plus chargée</translation>
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
    <message numerus="yes">
        <source>%n pair(s) look like the same person.</source>
        <translation>
            <numerusform>%n paire semble désigner la même personne.</numerusform>
            <numerusform>%n paires semblent désigner la même personne.</numerusform>
        </translation>
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
    <name>EditConflictDialog</name>
    <message>
        <source>Someone else saved this participant</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette personne</translation>
    </message>
    <message>
        <source>Someone else saved this participant while you were editing it.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette personne pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>%1 at desk %2 saved this participant at %3 (UTC) while you were editing it.</source>
        <translation>%1, au guichet %2, a enregistré cette personne à %3 (UTC) pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>Here are both versions where they differ:</source>
        <translation>Voici les deux versions là où elles diffèrent :</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Version enregistrée</translation>
    </message>
    <message>
        <source>Keep the saved version</source>
        <translation>Garder la version enregistrée</translation>
    </message>
    <message>
        <source>Save my version over it</source>
        <translation>Enregistrer ma version par-dessus</translation>
    </message>
</context>
<context>
    <name>GuestList</name>
    <message>
        <source>(no room)</source>
        <translation>(pas de chambre)</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>Nights asked for outside the room block: the rooming list tells the hotel; the organiser&apos;s block does not cover them.</source>
        <translation>Nuits demandées hors du bloc de chambres : la liste de répartition les signale à l&apos;hôtel ; le bloc de l&apos;organisateur ne les couvre pas.</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
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
        <source>Outside the block</source>
        <translation>Hors bloc</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>&amp;Share room with…</source>
        <translation>&amp;Partager la chambre de…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
</context>
<context>
    <name>GuestMoves</name>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>&amp;Share room with…</source>
        <translation>&amp;Partager la chambre de…</translation>
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
        <source>Already in that hotel and room type; nothing was changed.</source>
        <translation>Déjà dans cet hôtel et ce type de chambre ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 guests moved to %2, %3.</source>
        <translation>%1 clients déplacés vers %2, %3.</translation>
    </message>
    <message>
        <source>%1 now shares %2&apos;s room %3 (%4, %5).</source>
        <translation>%1 partage désormais la chambre %3 de %2 (%4, %5).</translation>
    </message>
    <message>
        <source>%1 guests now share %2&apos;s room %3 (%4, %5).</source>
        <translation>%1 clients partagent désormais la chambre %3 de %2 (%4, %5).</translation>
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
    <message numerus="yes">
        <source>%n assignment(s) locked.</source>
        <translation>
            <numerusform>%n attribution verrouillée.</numerusform>
            <numerusform>%n attributions verrouillées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) unlocked.</source>
        <translation>
            <numerusform>%n attribution déverrouillée.</numerusform>
            <numerusform>%n attributions déverrouillées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HotelsScreen</name>
    <message>
        <source>Unplaced (%1)</source>
        <translation>Non logés (%1)</translation>
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
        <source>Proposed allocation discarded; nothing was changed.</source>
        <translation>Répartition proposée abandonnée ; rien n’a été modifié.</translation>
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
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
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
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>%1 guests</source>
        <translation>%1 clients</translation>
    </message>
    <message numerus="yes">
        <source>Allocation applied: %n change(s) written.</source>
        <translation>
            <numerusform>Répartition appliquée : %n changement enregistré.</numerusform>
            <numerusform>Répartition appliquée : %n changements enregistrés.</numerusform>
        </translation>
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
        <source>Imported with a warning:</source>
        <translation>Importés avec un avertissement :</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
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
        <source>Warnings (these people are imported; the text is kept in their notes: see the filter Unresolved preferences)</source>
        <translation>Avertissements (ces personnes sont importées ; le texte est conservé dans leurs remarques : voir le filtre Préférences non résolues)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
    <message numerus="yes">
        <source>%1: %n row(s). Check what each column of the file holds, then press Check the file.</source>
        <translation>
            <numerusform>%1 : %n ligne. Vérifiez le contenu de chaque colonne du fichier, puis cliquez sur Vérifier le fichier.</numerusform>
            <numerusform>%1 : %n lignes. Vérifiez le contenu de chaque colonne du fichier, puis cliquez sur Vérifier le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %1 of %n row(s). Nothing has been written yet.</source>
        <translation>
            <numerusform>Prêt à importer %1 ligne sur %n. Rien n&apos;a encore été enregistré.</numerusform>
            <numerusform>Prêt à importer %1 lignes sur %n. Rien n&apos;a encore été enregistré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (column “%2”): day and month exchanged (%3 → %4) in %n row(s).</source>
        <translation>
            <numerusform>%1 (colonne « %2 ») : jour et mois échangés (%3 → %4) dans %n ligne.</numerusform>
            <numerusform>%1 (colonne « %2 ») : jour et mois échangés (%3 → %4) dans %n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 dates (column “%2”) look like day and month swapped (%3 → %4) in %n row(s).</source>
        <translation>
            <numerusform>Les dates « %1 » (colonne « %2 ») semblent avoir le jour et le mois inversés (%3 → %4) dans %n ligne.</numerusform>
            <numerusform>Les dates « %1 » (colonne « %2 ») semblent avoir le jour et le mois inversés (%3 → %4) dans %n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %1 new, %2 updated, %3 unchanged, %n row(s) rejected.</source>
        <translation>
            <numerusform>Importé : %1 nouveaux, %2 mis à jour, %3 inchangés, %n ligne refusée.</numerusform>
            <numerusform>Importé : %1 nouveaux, %2 mis à jour, %3 inchangés, %n lignes refusées.</numerusform>
        </translation>
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
        <source>Swap day and month in “%1”</source>
        <translation>Échanger jour et mois dans « %1 »</translation>
    </message>
    <message>
        <source>Only the dates outside the conference period that the swap puts inside it are changed; the file itself is not.</source>
        <translation>Seules les dates hors de la période de la conférence que l&apos;échange y ramène sont modifiées ; le fichier lui-même ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>Read “%1” as written</source>
        <translation>Lire « %1 » tel quel</translation>
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
        <source>The import failed and nothing was written: %1</source>
        <translation>L&apos;importation a échoué et rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <source>Problems (these rows were not imported)</source>
        <translation>Problèmes (ces lignes n&apos;ont pas été importées)</translation>
    </message>
</context>
<context>
    <name>InterpreterDaysTable</name>
    <message>
        <source>Total for %1</source>
        <translation>Total pour %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Sessions (booth, time)</source>
        <translation>Séances (cabine, heure)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Cost of the day</source>
        <translation>Coût du jour</translation>
    </message>
</context>
<context>
    <name>InterpreterDialog</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Veuillez corriger les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Edit interpreter %1</source>
        <translation>Modifier l&apos;interprète %1</translation>
    </message>
    <message>
        <source>New interpreter</source>
        <translation>Nouvel interprète</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>C&amp;ontrat :</translation>
    </message>
    <message>
        <source>&amp;Local:</source>
        <translation>&amp;Local :</translation>
    </message>
    <message>
        <source>Daily &amp;rate:</source>
        <translation>Tarif &amp;journalier :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Lives in the conference city (no travel or per diem)</source>
        <translation>Habite la ville de la conférence (ni voyage ni indemnité journalière)</translation>
    </message>
    <message>
        <source>Currency: a three-letter code such as USD, EUR or MXN</source>
        <translation>Devise : un code de trois lettres comme USD, EUR ou MXN</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>A: mother tongue, works into it. B: active, works into it only with retour. C: passive, works only from it.</source>
        <translation>A : langue maternelle, travaille vers elle. B : active, travaille vers elle seulement en retour. C : passive, travaille seulement à partir d&apos;elle.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Retour (into this B)</source>
        <translation>Retour (vers cette B)</translation>
    </message>
    <message>
        <source>&amp;Add a language</source>
        <translation>&amp;Ajouter une langue</translation>
    </message>
    <message>
        <source>Re&amp;move the language</source>
        <translation>&amp;Supprimer la langue</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Untick the half-days the interpreter cannot work.</source>
        <translation>Décochez les demi-journées où l&apos;interprète ne peut pas travailler.</translation>
    </message>
    <message>
        <source>Also not available: %1</source>
        <translation>Également indisponible : %1</translation>
    </message>
</context>
<context>
    <name>InterpreterLabels</name>
    <message>
        <source>No one yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Team too small</source>
        <translation>Équipe incomplète</translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation>Pourvue</translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation>Règle enfreinte</translation>
    </message>
    <message>
        <source>No such session, booth or interpreter</source>
        <translation>Séance, cabine ou interprète inexistant</translation>
    </message>
    <message>
        <source>In two booths of one session</source>
        <translation>Dans deux cabines d&apos;une même séance</translation>
    </message>
    <message>
        <source>Works into an A, or a B with retour, only</source>
        <translation>Travaille uniquement vers une langue A, ou une B en retour</translation>
    </message>
    <message>
        <source>Never from a C into a B</source>
        <translation>Jamais d&apos;une C vers une B</translation>
    </message>
    <message>
        <source>Understands none of the languages spoken</source>
        <translation>Ne comprend aucune des langues parlées</translation>
    </message>
    <message>
        <source>A language spoken is not covered (nor relayed)</source>
        <translation>Une langue parlée n&apos;est pas couverte (ni en relais)</translation>
    </message>
    <message>
        <source>Team too small for the session&apos;s length</source>
        <translation>Équipe trop petite pour la durée de la séance</translation>
    </message>
    <message>
        <source>In two places at once</source>
        <translation>À deux endroits à la fois</translation>
    </message>
    <message>
        <source>Too little rest between two sessions</source>
        <translation>Trop peu de repos entre deux séances</translation>
    </message>
    <message>
        <source>Too many sessions in one day</source>
        <translation>Trop de séances dans une journée</translation>
    </message>
    <message>
        <source>Not available then</source>
        <translation>Pas disponible à ce moment</translation>
    </message>
    <message>
        <source>Freelance</source>
        <translation>Free-lance</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retrait</translation>
    </message>
</context>
<context>
    <name>InterpretersScreen</name>
    <message>
        <source>Booths staffed: &lt;b&gt;%1 of %2&lt;/b&gt; · Rules broken: &lt;b style=&apos;color:%5&apos;&gt;%3&lt;/b&gt; · Cost: &lt;b&gt;%4&lt;/b&gt; · Interpreters in the pool: %6</source>
        <translation>Cabines pourvues : &lt;b&gt;%1 sur %2&lt;/b&gt; · Règles enfreintes : &lt;b style=&apos;color:%5&apos;&gt;%3&lt;/b&gt; · Coût : &lt;b&gt;%4&lt;/b&gt; · Interprètes dans l&apos;équipe : %6</translation>
    </message>
    <message>
        <source>Interpreting rules saved; the roster was checked against them again.</source>
        <translation>Règles de l&apos;interprétation enregistrées ; le planning a été revérifié.</translation>
    </message>
    <message>
        <source>&amp;Build roster…</source>
        <translation>&amp;Calculer le planning…</translation>
    </message>
    <message>
        <source>Staff every booth within the rules at the lowest cost, changing as little as possible; you review the result before it is applied.</source>
        <translation>Pourvoir chaque cabine dans le respect des règles au moindre coût, en changeant le moins possible ; vous examinez le résultat avant qu&apos;il soit appliqué.</translation>
    </message>
    <message>
        <source>&amp;Keep locks</source>
        <translation>&amp;Garder les verrous</translation>
    </message>
    <message>
        <source>Locked assignments stay where they are in the new roster.</source>
        <translation>Les affectations verrouillées restent en place dans le nouveau planning.</translation>
    </message>
    <message>
        <source>&amp;Time limit (s):</source>
        <translation>&amp;Temps limite (s) :</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Règles…</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>By interpreter</source>
        <translation>Par interprète</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Interprètes</translation>
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
    <message>
        <source>Ceremony</source>
        <translation>Cérémonie</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>Thematic forum</source>
        <translation>Forum thématique</translation>
    </message>
    <message>
        <source>Regional forum</source>
        <translation>Forum régional</translation>
    </message>
    <message>
        <source>Mayors&apos; forum</source>
        <translation>Forum des maires</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur·rice</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur·e</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>Panéliste</translation>
    </message>
    <message>
        <source>Room double-booked</source>
        <translation>Salle réservée deux fois</translation>
    </message>
    <message>
        <source>Person in two places</source>
        <translation>Personne à deux endroits</translation>
    </message>
    <message>
        <source>No time to change rooms</source>
        <translation>Pas le temps de changer de salle</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Capacité dépassée</translation>
    </message>
    <message>
        <source>Interpretation booths missing</source>
        <translation>Cabines d&apos;interprétation manquantes</translation>
    </message>
    <message>
        <source>Outside the conference days</source>
        <translation>Hors des jours de la conférence</translation>
    </message>
    <message>
        <source>Outside opening hours</source>
        <translation>Hors des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Overlaps a plenary</source>
        <translation>Chevauche une plénière</translation>
    </message>
</context>
<context>
    <name>ListsScreen</name>
    <message>
        <source>Hotel occupancy per night</source>
        <translation>Occupation des hôtels par nuit</translation>
    </message>
    <message>
        <source>Arrivals and departures per day</source>
        <translation>Arrivées et départs par jour</translation>
    </message>
    <message>
        <source>Interpreters&apos; schedules</source>
        <translation>Plannings des interprètes</translation>
    </message>
    <message>
        <source>Press list</source>
        <translation>Liste de la presse</translation>
    </message>
    <message>
        <source>VIP list</source>
        <translation>Liste des personnalités (VIP)</translation>
    </message>
    <message>
        <source>Rooms allocated against each hotel&apos;s block, night by night, with the attrition threshold: below it the organiser pays for empty rooms.</source>
        <translation>Chambres attribuées par rapport au contingent de chaque hôtel, nuit par nuit, avec le seuil d&apos;attrition : en dessous, l&apos;organisateur paie des chambres vides.</translation>
    </message>
    <message>
        <source>Participants arriving and leaving each day (cancelled registrations left out), and how many of those arriving need a hotel room.</source>
        <translation>Participants qui arrivent et qui partent chaque jour (inscriptions annulées exclues), et combien de ceux qui arrivent ont besoin d&apos;une chambre d&apos;hôtel.</translation>
    </message>
    <message>
        <source>Every interpreter&apos;s sessions in order: day, time, room, booth and booth partners, as in the roster.</source>
        <translation>Les séances de chaque interprète dans l&apos;ordre : jour, heure, salle, cabine et collègues de cabine, selon le planning.</translation>
    </message>
    <message>
        <source>Accredited journalists: media, position, e-mail and arrival day.</source>
        <translation>Journalistes accrédités : média, fonction, courriel et jour d&apos;arrivée.</translation>
    </message>
    <message>
        <source>Heads of delegation, mayors and speakers, by delegation, with their arrival and departure days.</source>
        <translation>Chefs de délégation, maires et intervenants, par délégation, avec leurs jours d&apos;arrivée et de départ.</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <source>Rooms used</source>
        <translation>Chambres occupées</translation>
    </message>
    <message>
        <source>Rooms blocked</source>
        <translation>Chambres bloquées</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>% occupé</translation>
    </message>
    <message>
        <source>Attrition threshold</source>
        <translation>Seuil d&apos;attrition</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Manque</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>Arriving, need a hotel</source>
        <translation>Arrivées avec hôtel</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Départs</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Cabine</translation>
    </message>
    <message>
        <source>Booth partners</source>
        <translation>Collègues de cabine</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
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
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to list yet.</source>
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translation>Exporter : %1</translation>
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
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L&apos;export a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>Paramètres de messagerie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
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
        <translation>Serveur SMTP :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Expéditeur :</translation>
    </message>
    <message>
        <source>Reply-to:</source>
        <translation>Répondre à :</translation>
    </message>
    <message>
        <source>Messages a minute (0: no limit):</source>
        <translation>Messages par minute (0 : sans limite) :</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in the database or a file.</source>
        <translation>Le mot de passe est conservé dans le trousseau de cet ordinateur, jamais dans la base de données ni dans un fichier.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password cannot be kept and will be asked for when messages are sent.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau : le mot de passe ne peut pas être conservé et sera demandé à l&apos;envoi des messages.</translation>
    </message>
    <message>
        <source>Send a test message…</source>
        <translation>Envoyer un message de test…</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <source>Send the test message to:</source>
        <translation>Envoyer le message de test à :</translation>
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation>Le message de test n&apos;a pas été envoyé : %1</translation>
    </message>
    <message>
        <source>The test message was sent.</source>
        <translation>Le message de test a été envoyé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed in: %1 (%2) · %3</source>
        <translation>Connecté : %1 (%2) · %3</translation>
    </message>
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
        <source>Back up the conference</source>
        <translation>Sauvegarder la conférence</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sauvegarde dans %1…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup saved to %1 (%2 MB).</source>
        <translation>Sauvegarde enregistrée dans %1 (%2 Mo).</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the conference in %1 by the backup %2? The current database is kept as a safety copy in its backups folder.</source>
        <translation>Remplacer la conférence de %1 par la sauvegarde %2 ? La base de données actuelle est conservée comme copie de sécurité dans son dossier de sauvegardes.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>A shared database is restored on the server with pg_restore (see the README).</source>
        <translation>Une base de données partagée se restaure sur le serveur avec pg_restore (voir le README).</translation>
    </message>
    <message>
        <source>Restored from %1. The previous database was kept as %2.</source>
        <translation>Restaurée à partir de %1. La base de données précédente a été conservée sous %2.</translation>
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
        <source>&amp;Connect to a server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
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
        <source>Move %1 guests (and the sharers of their rooms) to:</source>
        <translation>Déplacer %1 clients (et les personnes qui partagent leur chambre) vers :</translation>
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
    <name>MoveToRunDialog</name>
    <message>
        <source>%1 · %2 · %3 of %4 seats taken · run %5</source>
        <translation>%1 · %2 · %3 places occupées sur %4 · course %5</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
    <message>
        <source>Move to another run</source>
        <translation>Changer de course</translation>
    </message>
    <message>
        <source>Move %1 (flight %2, %3) from run %4 to another run %5:</source>
        <translation>Déplacer %1 (vol %2, %3) de la course %4 vers une autre course %5 :</translation>
    </message>
    <message>
        <source>No other run %1 within 12 hours of %2&apos;s flight. Plan transport again, or drive them separately.</source>
        <translation>Aucune autre course %1 dans les 12 heures autour du vol de %2. Planifiez de nouveau le transport, ou prévoyez un trajet à part.</translation>
    </message>
</context>
<context>
    <name>OccupancyChart</name>
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
    <name>OccupancyGrid</name>
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
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Server out of reach since %1 — this desk has no copy to decide scans from. Check the network; scans resume when the server answers.</source>
        <translation>Serveur injoignable depuis %1 — ce guichet n’a pas de copie pour décider des passages. Vérifiez le réseau ; l’enregistrement reprendra quand le serveur répondra.</translation>
    </message>
    <message numerus="yes">
        <source>Server out of reach since %1 — scans are decided from this desk&apos;s copy (refreshed %2) and will be uploaded when it returns. %n waiting.</source>
        <translation>
            <numerusform>Serveur injoignable depuis %1 — les passages sont décidés à partir de la copie de ce guichet (actualisée à %2) et seront envoyés à son retour. %n en attente.</numerusform>
            <numerusform>Serveur injoignable depuis %1 — les passages sont décidés à partir de la copie de ce guichet (actualisée à %2) et seront envoyés à son retour. %n en attente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Hotel: %1</source>
        <translation>Hôtel : %1</translation>
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
        <source>First checked in at %1 at %2</source>
        <translation>Premier enregistrement à %1 au %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>COULD NOT READ THE CODE</source>
        <translation>CODE ILLISIBLE</translation>
    </message>
    <message>
        <source>Scan it again, or type the name.</source>
        <translation>Scannez-le à nouveau, ou tapez le nom.</translation>
    </message>
    <message>
        <source>This is not a badge of this conference&apos;s kind: scan the QR code on the badge, or type the name.</source>
        <translation>Ce n&apos;est pas un badge de cette conférence : scannez le code QR du badge, ou tapez le nom.</translation>
    </message>
    <message>
        <source>Valid badge (version %1)</source>
        <translation>Badge valide (version %1)</translation>
    </message>
    <message>
        <source>Not in this desk&apos;s copy yet: checked when the server returns.</source>
        <translation>Pas encore dans la copie de ce guichet : vérifié au retour du serveur.</translation>
    </message>
    <message>
        <source>BADGE REVOKED</source>
        <translation>BADGE RÉVOQUÉ</translation>
    </message>
    <message>
        <source>BADGE OF ANOTHER CONFERENCE</source>
        <translation>BADGE D&apos;UNE AUTRE CONFÉRENCE</translation>
    </message>
    <message>
        <source>REGISTRATION CANCELLED</source>
        <translation>INSCRIPTION ANNULÉE</translation>
    </message>
    <message>
        <source>FORGED OR ALTERED CODE</source>
        <translation>CODE FALSIFIÉ OU ALTÉRÉ</translation>
    </message>
    <message>
        <source>UNKNOWN BADGE</source>
        <translation>BADGE INCONNU</translation>
    </message>
    <message>
        <source>NOT SIGNED UP FOR THIS SESSION</source>
        <translation>NON INSCRIT À CETTE SÉANCE</translation>
    </message>
    <message>
        <source>NO SUCH PARTICIPANT</source>
        <translation>PARTICIPANT INCONNU</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>REFUSÉ</translation>
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
        <source>Passport number: 5 to 20 letters or digits.</source>
        <translation>N° de passeport : 5 à 20 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>%1: outside the conference period.</source>
        <translation>%1 : en dehors de la période de la conférence.</translation>
    </message>
    <message>
        <source>%1: not a flight number (AM 401, AF179).</source>
        <translation>%1 : numéro de vol non valide (AM 401, AF179).</translation>
    </message>
    <message>
        <source>%1: give the date of the flight.</source>
        <translation>%1 : indiquez la date du vol.</translation>
    </message>
    <message>
        <source>The departure flight leaves before the arrival flight lands.</source>
        <translation>Le vol de départ part avant l&apos;atterrissage du vol d&apos;arrivée.</translation>
    </message>
    <message>
        <source>%1: not a time (14:35, 2:35 PM or 1435).</source>
        <translation>%1 : heure non valide (14:35, 2:35 PM ou 1435).</translation>
    </message>
    <message>
        <source>%1: T1 or T2.</source>
        <translation>%1 : T1 ou T2.</translation>
    </message>
    <message>
        <source>%1: too long.</source>
        <translation>%1 : trop long.</translation>
    </message>
    <message>
        <source>The form now shows the version saved by the other person.</source>
        <translation>Le formulaire affiche maintenant la version enregistrée par l&apos;autre personne.</translation>
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
        <source>Passport number</source>
        <translation>N° de passeport</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Arrival flight</source>
        <translation>Vol d&apos;arrivée</translation>
    </message>
    <message>
        <source>Departure flight</source>
        <translation>Vol de départ</translation>
    </message>
    <message>
        <source>Own transport (no pick-up)</source>
        <translation>Transport personnel (sans navette)</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Heure d&apos;arrivée</translation>
    </message>
    <message>
        <source>Arrival terminal</source>
        <translation>Terminal d&apos;arrivée</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>Heure de départ</translation>
    </message>
    <message>
        <source>Departure terminal</source>
        <translation>Terminal de départ</translation>
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
        <translation>Prénom et nom si vide</translation>
    </message>
    <message>
        <source>Hidden: your role does not show this field.</source>
        <translation>Masqué : votre rôle n&apos;affiche pas ce champ.</translation>
    </message>
    <message>
        <source>Date of birth: a date (DD/MM/YYYY) in the past, less than 120 years ago.</source>
        <translation>Date de naissance : une date (JJ/MM/AAAA) passée, il y a moins de 120 ans.</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
</context>
<context>
    <name>ParticipantMessagesBox</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Nothing has been written to this person yet.</source>
        <translation>Rien n&apos;a encore été écrit à cette personne.</translation>
    </message>
    <message>
        <source>Confirmation with e-badge</source>
        <translation>Confirmation avec badge électronique</translation>
    </message>
    <message>
        <source>Visa invitation letter</source>
        <translation>Lettre d&apos;invitation pour le visa</translation>
    </message>
    <message>
        <source>Hotel details</source>
        <translation>Informations d&apos;hôtel</translation>
    </message>
    <message>
        <source>Personal agenda</source>
        <translation>Programme personnel</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Attestation de participation</translation>
    </message>
    <message>
        <source>Free message</source>
        <translation>Message libre</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>to retry</source>
        <translation>à réessayer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>[cancelled]</source>
        <translation>[annulé]</translation>
    </message>
    <message numerus="yes">
        <source>… %n more: type more of the name</source>
        <translation>
            <numerusform>… %n de plus : tapez davantage du nom</numerusform>
            <numerusform>… %n de plus : tapez davantage du nom</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Aucune personne trouvée</translation>
    </message>
    <message>
        <source>Find a participant: type part of the name</source>
        <translation>Trouver un participant : tapez une partie du nom</translation>
    </message>
</context>
<context>
    <name>ParticipantSessionsBox</name>
    <message>
        <source>Choose a forum…</source>
        <translation>Choisir un forum…</translation>
    </message>
    <message>
        <source>no time yet</source>
        <translation>pas encore d&apos;horaire</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>full, %1 waiting</source>
        <translation>complet, %1 en attente</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>waiting list, position %1</source>
        <translation>liste d&apos;attente, position %1</translation>
    </message>
    <message>
        <source>signed up</source>
        <translation>inscrit(e)</translation>
    </message>
    <message>
        <source>Choose a forum first.</source>
        <translation>Choisissez d&apos;abord un forum.</translation>
    </message>
    <message>
        <source>Personal agenda</source>
        <translation>Agenda personnel</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Agenda written: %1</source>
        <translation>Agenda écrit : %1</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Role or sign-up</source>
        <translation>Rôle ou inscription</translation>
    </message>
    <message>
        <source>Cancel sign-up</source>
        <translation>Annuler l&apos;inscription</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Agenda (PDF)…</source>
        <translation>Agenda (PDF)…</translation>
    </message>
    <message>
        <source>This participant&apos;s sessions, roles and rooms, to print or send</source>
        <translation>Les séances, rôles et salles de cette personne, à imprimer ou à envoyer</translation>
    </message>
    <message>
        <source>Save the participant first to sign them up to forums.</source>
        <translation>Enregistrez d&apos;abord le participant pour l&apos;inscrire à des forums.</translation>
    </message>
    <message>
        <source>Sign-ups are saved at once; a full forum puts them on its waiting list.</source>
        <translation>Les inscriptions sont enregistrées immédiatement ; un forum complet les met sur sa liste d&apos;attente.</translation>
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
    <name>PassengerTable</name>
    <message>
        <source>A car of their own: head of delegation or protocol guest</source>
        <translation>Une voiture pour lui seul : chef de délégation ou invité du protocole</translation>
    </message>
    <message>
        <source>Takes off</source>
        <translation>Décolle</translation>
    </message>
    <message>
        <source>Lands</source>
        <translation>Atterrit</translation>
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
        <source>Flight</source>
        <translation>Vol</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Bags</source>
        <translation>Bagages</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Not possible while the server is out of reach: try again when it returns.</source>
        <translation>Impossible tant que le serveur est injoignable : réessayez à son retour.</translation>
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
        <source>Registered on this desk&apos;s copy: the badge can be printed when the server returns.</source>
        <translation>Inscrit dans la copie de ce guichet : le badge pourra être imprimé au retour du serveur.</translation>
    </message>
    <message>
        <source>Printing the badge…</source>
        <translation>Impression du badge…</translation>
    </message>
    <message>
        <source>Undo last check-in…</source>
        <translation>Annuler le dernier enregistrement…</translation>
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
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This area is not built yet. Its data already has a place in the conference database; the screen comes in a later version.</source>
        <translation>Cet espace n&apos;est pas encore disponible. Ses données ont déjà leur place dans la base de données de la conférence ; l&apos;écran viendra dans une version ultérieure.</translation>
    </message>
</context>
<context>
    <name>PlanReview</name>
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
        <source>Unplaced (%1)</source>
        <translation>Non logés (%1)</translation>
    </message>
    <message>
        <source>Split delegations (%1)</source>
        <translation>Délégations divisées (%1)</translation>
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
</context>
<context>
    <name>PoolView</name>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>non-local</source>
        <translation>non local</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistré(e).</translation>
    </message>
    <message>
        <source>Delete %1 from the pool?</source>
        <translation>Supprimer %1 de l&apos;équipe ?</translation>
    </message>
    <message numerus="yes">
        <source>They are in %n booth(s) of the roster; those booths will be short.</source>
        <translation>
            <numerusform>Cette personne est dans %n cabine du planning ; cette cabine sera incomplète.</numerusform>
            <numerusform>Cette personne est dans %n cabines du planning ; ces cabines seront incomplètes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete an interpreter</source>
        <translation>Supprimer un interprète</translation>
    </message>
    <message numerus="yes">
        <source>%1 deleted (%n assignment(s) removed).</source>
        <translation>
            <numerusform>%1 supprimé(e) (%n affectation retirée).</numerusform>
            <numerusform>%1 supprimé(e) (%n affectations retirées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Based</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Tarif journalier</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <source>Could not read the programme: %1</source>
        <translation>Impossible de lire le programme : %1</translation>
    </message>
    <message numerus="yes">
        <source>Not scheduled (%n)</source>
        <translation>
            <numerusform>Non programmée (%n)</numerusform>
            <numerusform>Non programmées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag onto the grid.</source>
        <translation>Faites glisser sur la grille.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>No conflicts: every room, person and booth is where it can be.</source>
        <translation>Aucun conflit : chaque salle, personne et cabine est là où elle peut être.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n accepted)</source>
        <translation>
            <numerusform>(%n accepté)</numerusform>
            <numerusform>(%n acceptés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw acceptance</source>
        <translation>Retirer l&apos;acceptation</translation>
    </message>
    <message>
        <source>Accept this warning</source>
        <translation>Accepter cet avertissement</translation>
    </message>
    <message>
        <source>Errors must be solved; a warning can be accepted deliberately.</source>
        <translation>Les erreurs doivent être résolues ; un avertissement peut être accepté délibérément.</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Non déplacée : %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non programmée</translation>
    </message>
    <message>
        <source>%1 moved: %2.</source>
        <translation>%1 déplacée : %2.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove from the timetable</source>
        <translation>Retirer de l&apos;horaire</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation : %1</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Programme booklet (PDF)…</source>
        <translation>Livret du programme (PDF)…</translation>
    </message>
    <message>
        <source>Calendar for phones and Outlook (.ics)…</source>
        <translation>Calendrier pour téléphones et Outlook (.ics)…</translation>
    </message>
    <message>
        <source>Door sheets for this day (PDF)…</source>
        <translation>Affiches de porte de ce jour (PDF)…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
</context>
<context>
    <name>ProgrammeSettingsDialog</name>
    <message>
        <source>Programme settings</source>
        <translation>Paramètres du programme</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Gap a person needs between two sessions:</source>
        <translation>Battement nécessaire entre deux séances :</translation>
    </message>
    <message>
        <source>The venue opens at:</source>
        <translation>Le lieu ouvre à :</translation>
    </message>
    <message>
        <source>The venue closes at:</source>
        <translation>Le lieu ferme à :</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Fermer sans enregistrer</translation>
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
    <message numerus="yes">
        <source>Exported %n row(s) to %2.</source>
        <translation>
            <numerusform>%n ligne exportée vers %2.</numerusform>
            <numerusform>%n lignes exportées vers %2.</numerusform>
        </translation>
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
        <source>Unresolved preferences</source>
        <translation>Préférences non résolues</translation>
    </message>
    <message>
        <source>Only people whose hotel, room type, diet or language an import could not resolve: the text from the file is on a line of their notes. Setting the preference in the form removes that line.</source>
        <translation>Seulement les personnes dont un import n&apos;a pas pu reconnaître l&apos;hôtel, le type de chambre, le régime ou la langue : le texte du fichier est sur une ligne de leurs remarques. Indiquer la préférence dans la fiche supprime cette ligne.</translation>
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
        <source>Include phone, passport number and date of birth (participants only)</source>
        <translation>Inclure téléphone, n° de passeport et date de naissance (participants seulement)</translation>
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
    <name>ReportsScreen</name>
    <message>
        <source>Arrivals dashboard</source>
        <translation>Tableau de bord des arrivées</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>clerk</source>
        <translation>agent d&apos;accueil</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organisateur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>RoomTypeTree</name>
    <message>
        <source>Drop guests here to move them to %1, %2 (locked).</source>
        <translation>Déposez des clients ici pour les déplacer vers %1, %2 (verrouillés).</translation>
    </message>
</context>
<context>
    <name>RoomingListExport</name>
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
        <source>&amp;Export rooming list…</source>
        <translation>&amp;Exporter la rooming list…</translation>
    </message>
</context>
<context>
    <name>RosterBuilder</name>
    <message>
        <source>Building the interpreters&apos; roster…</source>
        <translation>Calcul du planning des interprètes…</translation>
    </message>
    <message>
        <source>Build roster</source>
        <translation>Calculer le planning</translation>
    </message>
    <message>
        <source>Roster cancelled; nothing was changed.</source>
        <translation>Planning annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Review the proposed roster, then Apply or Discard. Nothing is written yet.</source>
        <translation>Examinez le planning proposé, puis appliquez-le ou abandonnez-le. Rien n&apos;est encore enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Roster applied: %n change(s) written.</source>
        <translation>
            <numerusform>Planning appliqué : %n changement enregistré.</numerusform>
            <numerusform>Planning appliqué : %n changements enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed roster discarded; nothing was changed.</source>
        <translation>Planning proposé abandonné ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>RosterGrid</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>%1 booth</source>
        <translation>Cabine %1</translation>
    </message>
    <message>
        <source>No %1 booth for this session.</source>
        <translation>Pas de cabine %1 pour cette séance.</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(verrouillé)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 interpreters</source>
        <translation>%1 : %2 interprètes sur %3</translation>
    </message>
    <message numerus="yes">
        <source>Rules broken (%n):</source>
        <translation>
            <numerusform>Règle enfreinte (%n) :</numerusform>
            <numerusform>Règles enfreintes (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>No rule broken.</source>
        <translation>Aucune règle enfreinte.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
</context>
<context>
    <name>RosterReviewDialog</name>
    <message>
        <source>Proposed roster (not applied yet)</source>
        <translation>Planning proposé (pas encore appliqué)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 booths staffed&lt;/b&gt; by %3 interpreters; %4 cannot be staffed.</source>
        <translation>&lt;b&gt;%1 cabines pourvues sur %2&lt;/b&gt; par %3 interprètes ; %4 ne peuvent pas être pourvues.</translation>
    </message>
    <message>
        <source>Cost: %1 %2. Rules broken: %3. Changes to the current roster: %4.</source>
        <translation>Coût : %1 %2. Règles enfreintes : %3. Changements par rapport au planning actuel : %4.</translation>
    </message>
    <message>
        <source>The best possible roster (proven optimal).</source>
        <translation>Le meilleur planning possible (optimalité prouvée).</translation>
    </message>
    <message>
        <source>The best roster found within the time limit (not proven optimal: allow more time for a cheaper or fairer one).</source>
        <translation>Le meilleur planning trouvé dans le temps imparti (optimalité non prouvée : accordez plus de temps pour un planning moins cher ou plus équitable).</translation>
    </message>
    <message>
        <source>Nothing is written until you apply.</source>
        <translation>Rien n&apos;est enregistré tant que vous n&apos;appliquez pas.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Cannot be staffed (%1)</source>
        <translation>Impossibles à pourvoir (%1)</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Changements (%1)</translation>
    </message>
    <message>
        <source>Rules broken (%1)</source>
        <translation>Règles enfreintes (%1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Cabine</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>What would fix it</source>
        <translation>Ce qui résoudrait le problème</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Must be more than the time one interpreter may work alone.</source>
        <translation>Doit dépasser la durée pendant laquelle un interprète peut travailler seul.</translation>
    </message>
    <message>
        <source>Interpreting rules</source>
        <translation>Règles de l&apos;interprétation</translation>
    </message>
    <message>
        <source>Working conditions (AIIC / UN)</source>
        <translation>Conditions de travail (AIIC / ONU)</translation>
    </message>
    <message>
        <source>Roster priorities (solver weights)</source>
        <translation>Priorités du planning (poids du solveur)</translation>
    </message>
    <message>
        <source>One interpreter alone for a session of up to (min):</source>
        <translation>Un seul interprète pour une séance jusqu&apos;à (min) :</translation>
    </message>
    <message>
        <source>Two per booth up to (min), three beyond:</source>
        <translation>Deux par cabine jusqu&apos;à (min), trois au-delà :</translation>
    </message>
    <message>
        <source>Team of a booth where someone works retour:</source>
        <translation>Équipe d&apos;une cabine où quelqu&apos;un travaille en retour :</translation>
    </message>
    <message>
        <source>Sessions a day per interpreter, at most:</source>
        <translation>Séances par jour et par interprète, au plus :</translation>
    </message>
    <message>
        <source>A session longer than this counts as two (min):</source>
        <translation>Une séance plus longue compte double (min) :</translation>
    </message>
    <message>
        <source>Rest between two sessions, at least (min):</source>
        <translation>Repos entre deux séances, au moins (min) :</translation>
    </message>
    <message>
        <source>Interpreters able to give relay from a language, at least:</source>
        <translation>Interprètes capables de donner le relais d&apos;une langue, au moins :</translation>
    </message>
    <message>
        <source>The afternoon starts at:</source>
        <translation>L&apos;après-midi commence à :</translation>
    </message>
    <message>
        <source>Extra per working day of a non-local interpreter (%1):</source>
        <translation>Supplément par jour travaillé d&apos;un interprète non local (%1) :</translation>
    </message>
    <message>
        <source>Spread the load fairly (weight):</source>
        <translation>Répartir équitablement la charge (poids) :</translation>
    </message>
    <message>
        <source>Keep the current roster (weight per change):</source>
        <translation>Garder le planning actuel (poids par changement) :</translation>
    </message>
    <message>
        <source>Staff every booth (weight per empty booth):</source>
        <translation>Pourvoir chaque cabine (poids par cabine vide) :</translation>
    </message>
</context>
<context>
    <name>RunTable</name>
    <message>
        <source>%1 of %2 seats taken, %3 bags in the hold</source>
        <translation>%1 places occupées sur %2, %3 bagages en soute</translation>
    </message>
    <message>
        <source>Locked: a new plan keeps this run as it is</source>
        <translation>Verrouillée : une nouvelle planification garde cette course telle quelle</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Course %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>checked in</source>
        <translation>enregistré</translation>
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
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Only forums take sign-ups.</source>
        <translation>Seuls les forums prennent des inscriptions.</translation>
    </message>
    <message>
        <source>Delete the session %1 “%2”?</source>
        <translation>Supprimer la séance %1 « %2 » ?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with a role in it</source>
        <translation>
            <numerusform>%n personne ayant un rôle dans la séance</numerusform>
            <numerusform>%n personnes ayant un rôle dans la séance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-up(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n sur la liste d&apos;attente</numerusform>
            <numerusform>%n sur la liste d&apos;attente</numerusform>
        </translation>
    </message>
    <message>
        <source>This also removes: %1.</source>
        <translation>Sont aussi supprimés : %1.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>no time yet: the session is not on the timetable</source>
        <translation>pas encore d&apos;horaire : la séance n&apos;est pas dans le calendrier</translation>
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
        <translation>Sans salle, la séance attend dans la liste des séances non planifiées.</translation>
    </message>
    <message>
        <source>This room has too few interpretation booths for these languages: the timetable will show a conflict.</source>
        <translation>Cette salle n&apos;a pas assez de cabines d&apos;interprétation pour ces langues : le calendrier signalera un conflit.</translation>
    </message>
    <message>
        <source>Room capacity (%1)</source>
        <translation>Capacité de la salle (%1)</translation>
    </message>
    <message>
        <source>Room capacity</source>
        <translation>Capacité de la salle</translation>
    </message>
    <message>
        <source>Leave at “Room capacity” to offer all the room&apos;s places.</source>
        <translation>Laissez « Capacité de la salle » pour offrir toutes les places de la salle.</translation>
    </message>
    <message>
        <source>Only forums take sign-ups.</source>
        <translation>Seuls les forums prennent des inscriptions.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields with a red message.</source>
        <translation>Non enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>%1 — %2 places</source>
        <translation>%1 — %2 places</translation>
    </message>
    <message>
        <source>booths %1</source>
        <translation>cabines %1</translation>
    </message>
    <message numerus="yes">
        <source>%n booth(s)</source>
        <translation>
            <numerusform>%n cabine</numerusform>
            <numerusform>%n cabines</numerusform>
        </translation>
    </message>
    <message>
        <source>no booths</source>
        <translation>sans cabines</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Quand et où</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Code *:</source>
        <translation>Code * :</translation>
    </message>
    <message>
        <source>e.g. TF1</source>
        <translation>p. ex. TF1</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Title *:</source>
        <translation>Titre * :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>The English title is used when empty</source>
        <translation>Vide : le titre anglais est utilisé</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour :</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Salle :</translation>
    </message>
    <message>
        <source>Interpretation into:</source>
        <translation>Interprétation vers :</translation>
    </message>
    <message>
        <source>Spoken from the floor:</source>
        <translation>Langues parlées dans la salle :</translation>
    </message>
    <message>
        <source>None ticked: the same languages as the interpretation.</source>
        <translation>Aucune cochée : les mêmes langues que l&apos;interprétation.</translation>
    </message>
    <message>
        <source>Expected attendance:</source>
        <translation>Participation attendue :</translation>
    </message>
    <message>
        <source>Sign-up cap:</source>
        <translation>Plafond d&apos;inscriptions :</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Pas encore d&apos;horaire</translation>
    </message>
    <message>
        <source>Not scheduled (no room)</source>
        <translation>Non planifiée (sans salle)</translation>
    </message>
    <message>
        <source>— (not a regional forum)</source>
        <translation>— (pas un forum régional)</translation>
    </message>
</context>
<context>
    <name>SessionPeople</name>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 ajouté(e) comme %2.</translation>
    </message>
    <message>
        <source>%1 is no longer %2 in this session.</source>
        <translation>%1 n&apos;est plus %2 dans cette séance.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add a speaker, moderator, rapporteur or panellist</source>
        <translation>Ajouter un orateur, un modérateur, un rapporteur ou un panéliste</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Adding someone saves the new session first.</source>
        <translation>Ajouter une personne enregistre d&apos;abord la nouvelle séance.</translation>
    </message>
    <message>
        <source>Changes on this tab are saved at once.</source>
        <translation>Les modifications de cet onglet sont enregistrées immédiatement.</translation>
    </message>
</context>
<context>
    <name>SessionSignUps</name>
    <message>
        <source>Nobody signed up yet.</source>
        <translation>Personne n&apos;est encore inscrit.</translation>
    </message>
    <message>
        <source>%1 signed up (no limit: the session has no room and no cap)</source>
        <translation>%1 inscrits (sans limite : la séance n&apos;a ni salle ni plafond)</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 places prises sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>full: the next sign-up goes on the waiting list</source>
        <translation>complet : la prochaine inscription ira sur la liste d&apos;attente</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n personne)</numerusform>
            <numerusform>%1 (%n personnes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign up a delegation</source>
        <translation>Inscrire une délégation</translation>
    </message>
    <message>
        <source>Every member of this delegation is signed up, or nobody:</source>
        <translation>Tous les membres de cette délégation sont inscrits, ou personne :</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Cancel sign-up</source>
        <translation>Annuler l&apos;inscription</translation>
    </message>
    <message>
        <source>Remove from the waiting list</source>
        <translation>Retirer de la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Sign someone up</source>
        <translation>Inscrire une personne</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>A whole delegation…</source>
        <translation>Une délégation entière…</translation>
    </message>
    <message>
        <source>Sign up every member of a delegation at once: all of them, or nobody</source>
        <translation>Inscrire d&apos;un coup tous les membres d&apos;une délégation : tous, ou personne</translation>
    </message>
    <message>
        <source>When the forum is full, a sign-up goes on the waiting list; a cancelled place goes to the first person waiting.</source>
        <translation>Quand le forum est complet, l&apos;inscription va sur la liste d&apos;attente ; une place libérée revient à la première personne en attente.</translation>
    </message>
    <message>
        <source>Adding someone saves the new session first.</source>
        <translation>Ajouter une personne enregistre d&apos;abord la nouvelle séance.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a room</source>
        <translation>Partager une chambre</translation>
    </message>
    <message>
        <source>Put %1 in the room of:</source>
        <translation>Mettre %1 dans la chambre de :</translation>
    </message>
    <message>
        <source>Put %1 guests in the room of:</source>
        <translation>Mettre %1 clients dans la chambre de :</translation>
    </message>
    <message>
        <source>Find a guest, delegation, hotel or room…</source>
        <translation>Rechercher un client, une délégation, un hôtel ou une chambre…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to work at this desk.</source>
        <translation>Connectez-vous pour travailler à ce poste.</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Opérateur :</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Code PIN :</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Poste :</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in — Conference Desk</source>
        <translation>Connexion — Conference Desk</translation>
    </message>
    <message>
        <source>Type or choose your name.</source>
        <translation>Saisissez ou choisissez votre nom.</translation>
    </message>
    <message numerus="yes">
        <source>Locked out after too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Bloqué après trop de codes PIN erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Bloqué après trop de codes PIN erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more wrong PIN(s) lock this name for a minute.</source>
        <translation>
            <numerusform>Code PIN erroné. Encore %n erreur et ce nom est bloqué une minute.</numerusform>
            <numerusform>Code PIN erroné. Encore %n erreurs et ce nom est bloqué une minute.</numerusform>
        </translation>
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
    <name>TransportPlanReview</name>
    <message>
        <source>Vehicle runs: %1 (airport pick-ups: %2, to the airport: %3, shuttles: %4); first come, first served would need %5.</source>
        <translation>Courses de véhicules : %1 (accueils à l’aéroport : %2, vers l’aéroport : %3, navettes : %4) ; au fil de l’eau, il en faudrait %5.</translation>
    </message>
    <message>
        <source>Longest wait: %1 min.</source>
        <translation>Attente la plus longue : %1 min.</translation>
    </message>
    <message>
        <source>Proven optimal.</source>
        <translation>Optimale (prouvé).</translation>
    </message>
    <message>
        <source>Best plan found in the time limit: within %1% of the optimum.</source>
        <translation>Meilleure planification trouvée dans le temps imparti : à %1 % au plus de l’optimum.</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) with a flight not covered.</source>
        <translation>
            <numerusform>%n personne avec un vol n’est pas prise en charge.</numerusform>
            <numerusform>%n personnes avec un vol ne sont pas prises en charge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every guest with a flight is covered.</source>
        <translation>Toutes les personnes qui ont un vol sont prises en charge.</translation>
    </message>
    <message>
        <source>Proposed transport plan (not applied yet)</source>
        <translation>Planification du transport proposée (pas encore appliquée)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Rejeter</translation>
    </message>
</context>
<context>
    <name>TransportPlanning</name>
    <message>
        <source>Planning airport runs and shuttles…</source>
        <translation>Planification des courses aéroport et des navettes…</translation>
    </message>
    <message>
        <source>Plan transport</source>
        <translation>Planifier le transport</translation>
    </message>
    <message>
        <source>Planning cancelled; nothing was changed.</source>
        <translation>Planification annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Review the proposed plan, then Apply or Discard. Nothing is written yet.</source>
        <translation>Examinez la planification proposée, puis Appliquer ou Rejeter. Rien n’est encore enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Plan applied: %n run(s) stored.</source>
        <translation>
            <numerusform>Planification appliquée : %n course enregistrée.</numerusform>
            <numerusform>Planification appliquée : %n courses enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed plan discarded; nothing was changed.</source>
        <translation>Planification proposée rejetée ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>TransportScreen</name>
    <message>
        <source>No runs stored yet: “Plan transport…” proposes them from the participants’ flights.</source>
        <translation>Aucune course enregistrée : « Planifier le transport… » les propose d’après les vols des participants.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) on %1</source>
        <translation>
            <numerusform>%n course le %1</numerusform>
            <numerusform>%n courses le %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked</source>
        <translation>
            <numerusform>%n verrouillée</numerusform>
            <numerusform>%n verrouillées</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrivals per hour</source>
        <translation>Arrivées par heure</translation>
    </message>
    <message>
        <source>Not covered (%1)</source>
        <translation>Non pris en charge (%1)</translation>
    </message>
    <message>
        <source>Select a run to see who rides it.</source>
        <translation>Sélectionnez une course pour voir ses passagers.</translation>
    </message>
    <message>
        <source>Shuttle %1 (%2, %3): %4 riders counted from the hotels’ guests, no names.</source>
        <translation>Navette %1 (%2, %3) : %4 passagers comptés d’après les clients des hôtels, sans noms.</translation>
    </message>
    <message>
        <source>Passengers of run %1: %2, %3, %4</source>
        <translation>Passagers de la course %1 : %2, %3, %4</translation>
    </message>
    <message>
        <source>%1 moved to run %2.</source>
        <translation>%1 déplacé(e) vers la course %2.</translation>
    </message>
    <message>
        <source>Run %1 locked: a new plan keeps it as it is.</source>
        <translation>Course %1 verrouillée : une nouvelle planification la garde telle quelle.</translation>
    </message>
    <message>
        <source>Run %1 unlocked: a new plan may change it.</source>
        <translation>Course %1 déverrouillée : une nouvelle planification peut la modifier.</translation>
    </message>
    <message>
        <source>The proposed plan was discarded: it was made before this change.</source>
        <translation>La planification proposée a été rejetée : elle datait d’avant ce changement.</translation>
    </message>
    <message>
        <source>&amp;Plan transport…</source>
        <translation>&amp;Planifier le transport…</translation>
    </message>
    <message>
        <source>&amp;Time limit (s):</source>
        <translation>&amp;Temps limite (s) :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Toutes les courses</translation>
    </message>
    <message>
        <source>Airport pick-ups</source>
        <translation>Accueils à l’aéroport</translation>
    </message>
    <message>
        <source>Runs to the airport</source>
        <translation>Courses vers l’aéroport</translation>
    </message>
    <message>
        <source>Shuttles</source>
        <translation>Navettes</translation>
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
        <source>&amp;Move to run…</source>
        <translation>Changer de &amp;course…</translation>
    </message>
    <message>
        <source>or drag a passenger onto another run.</source>
        <translation>ou faites glisser un passager sur une autre course.</translation>
    </message>
</context>
<context>
    <name>TransportTerms</name>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Shuttle</source>
        <translation>Navette</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Minibus</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Autocar</translation>
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
        <translation>Aucun vol sans course ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>The first %1 of %2 matching flights are listed: type more of the name.</source>
        <translation>Les %1 premiers des %2 vols trouvés sont listés : tapez davantage du nom.</translation>
    </message>
    <message>
        <source>The first %1 of %2 flights without a run are listed, by flight time: type a name to find a guest.</source>
        <translation>Les %1 premiers des %2 vols sans course sont listés, par heure de vol : tapez un nom pour trouver un invité.</translation>
    </message>
    <message>
        <source>%1 found for “%2”.</source>
        <translation>%1 trouvé(s) pour « %2 ».</translation>
    </message>
    <message>
        <source>Find a guest by name…</source>
        <translation>Trouver un invité par son nom…</translation>
    </message>
</context>
<context>
    <name>UncoveredTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Vol</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>UndoReasonDialog</name>
    <message>
        <source>Undo check-in</source>
        <translation>Annuler l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Undo the check-in of %1? The admission stays in the history, marked as undone, with your reason.</source>
        <translation>Annuler l&apos;enregistrement de %1 ? L&apos;admission reste dans l&apos;historique, marquée comme annulée, avec votre motif.</translation>
    </message>
    <message>
        <source>Admitted by mistake (wrong person)</source>
        <translation>Admis par erreur (mauvaise personne)</translation>
    </message>
    <message>
        <source>Wrong badge scanned</source>
        <translation>Mauvais badge scanné</translation>
    </message>
    <message>
        <source>Scanned twice by mistake</source>
        <translation>Scanné deux fois par erreur</translation>
    </message>
    <message>
        <source>Left before entering</source>
        <translation>Parti avant d&apos;entrer</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Indiquez un motif.</translation>
    </message>
</context>
<context>
    <name>UnplacedTable</name>
    <message>
        <source>Not allocated yet: run Allocate.</source>
        <translation>Pas encore réparti : lancez Répartir.</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Close without saving? The changes made in this window will be lost.</source>
        <translation>Fermer sans enregistrer ? Les modifications faites dans cette fenêtre seront perdues.</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in registration</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <source>Discard this walk-in registration? Nothing has been registered yet.</source>
        <translation>Abandonner cette inscription sur place ? Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
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
