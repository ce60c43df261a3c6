<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ArrivalsChart</name>
    <message numerus="yes">
        <source>%n guest(s) land on this day</source>
        <translation>
            <numerusform>%n guest lands on this day</numerusform>
            <numerusform>%n guests land on this day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>%n admitted</source>
        <translation>
            <numerusform>%n admitted</numerusform>
            <numerusform>%n admitted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(ies) to %2.</source>
        <translation>
            <numerusform>Exported %n entry to %2.</numerusform>
            <numerusform>Exported %n entries to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditSummaries</name>
    <message numerus="yes">
        <source>Printed %n badge(s) ({issued} newly issued, layout {layout}) to {file}</source>
        <translation>
            <numerusform>Printed %n badge ({issued} newly issued, layout {layout}) to {file}</numerusform>
            <numerusform>Printed %n badges ({issued} newly issued, layout {layout}) to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n participant(s) (everyone)</source>
        <translation>
            <numerusform>Erased the personal data of %n participant (everyone)</numerusform>
            <numerusform>Erased the personal data of %n participants (everyone)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n participant(s)</source>
        <translation>
            <numerusform>Erased the personal data of %n participant</numerusform>
            <numerusform>Erased the personal data of %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) ({what}) to {file} ({format}), with sensitive data</source>
        <translation>
            <numerusform>Exported %n row ({what}) to {file} ({format}), with sensitive data</numerusform>
            <numerusform>Exported %n rows ({what}) to {file} ({format}), with sensitive data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) ({what}) to {file} ({format})</source>
        <translation>
            <numerusform>Exported %n row ({what}) to {file} ({format})</numerusform>
            <numerusform>Exported %n rows ({what}) to {file} ({format})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interpreter {name} deleted (%n assignment(s) removed)</source>
        <translation>
            <numerusform>Interpreter {name} deleted (%n assignment removed)</numerusform>
            <numerusform>Interpreter {name} deleted (%n assignments removed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgePrinting</name>
    <message numerus="yes">
        <source>%n badge(s) printed</source>
        <translation>
            <numerusform>%n badge printed</numerusform>
            <numerusform>%n badges printed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommunicationsScreen</name>
    <message numerus="yes">
        <source>%n message(s) queued.</source>
        <translation>
            <numerusform>%n message queued.</numerusform>
            <numerusform>%n messages queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorePlurals</name>
    <message numerus="yes">
        <source>{count} check-in(s) name a participant who does not exist.</source>
        <translation>
            <numerusform>{count} check-in names a participant who does not exist.</numerusform>
            <numerusform>{count} check-ins name a participant who does not exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} check-in(s) name a badge that does not exist.</source>
        <translation>
            <numerusform>{count} check-in names a badge that does not exist.</numerusform>
            <numerusform>{count} check-ins name a badge that does not exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} hotel night(s) have more rooms assigned than the block.</source>
        <translation>
            <numerusform>{count} hotel night has more rooms assigned than the block.</numerusform>
            <numerusform>{count} hotel nights have more rooms assigned than the block.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} badge code(s) do not verify with the conference key.</source>
        <translation>
            <numerusform>{count} badge code does not verify with the conference key.</numerusform>
            <numerusform>{count} badge codes do not verify with the conference key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} check-in counter(s) do not match the admissions recorded.</source>
        <translation>
            <numerusform>{count} check-in counter does not match the admissions recorded.</numerusform>
            <numerusform>{count} check-in counters do not match the admissions recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} participant(s) are not in the search&apos;s prefix table as their names say.</source>
        <translation>
            <numerusform>{count} participant is not in the search&apos;s prefix table as their name says.</numerusform>
            <numerusform>{count} participants are not in the search&apos;s prefix table as their names say.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} participant(s) cannot be found by search (no search words).</source>
        <translation>
            <numerusform>{count} participant cannot be found by search (no search words).</numerusform>
            <numerusform>{count} participants cannot be found by search (no search words).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for {name}: {left} more wrong PIN(s) lock it for a minute.</source>
        <translation>
            <numerusform>Wrong PIN for {name}: {left} more wrong PIN locks it for a minute.</numerusform>
            <numerusform>Wrong PIN for {name}: {left} more wrong PINs lock it for a minute.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskSync</name>
    <message numerus="yes">
        <source>Server back: %n check-in(s) from this desk uploaded.</source>
        <translation>
            <numerusform>Server back: %n check-in from this desk uploaded.</numerusform>
            <numerusform>Server back: %n check-ins from this desk uploaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) admitted at two desks meanwhile (cross-desk duplicates).</source>
        <translation>
            <numerusform>%n person admitted at two desks meanwhile (a cross-desk duplicate).</numerusform>
            <numerusform>%n people admitted at two desks meanwhile (cross-desk duplicates).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline admission(s) to review (see “Checked in today…”).</source>
        <translation>
            <numerusform>%n offline admission to review (see “Checked in today…”).</numerusform>
            <numerusform>%n offline admissions to review (see “Checked in today…”).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) look like the same person.</source>
        <translation>
            <numerusform>%n pair looks like the same person.</numerusform>
            <numerusform>%n pairs look like the same person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuestMoves</name>
    <message numerus="yes">
        <source>%n assignment(s) locked.</source>
        <translation>
            <numerusform>%n assignment locked.</numerusform>
            <numerusform>%n assignments locked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) unlocked.</source>
        <translation>
            <numerusform>%n assignment unlocked.</numerusform>
            <numerusform>%n assignments unlocked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HotelsScreen</name>
    <message numerus="yes">
        <source>Allocation applied: %n change(s) written.</source>
        <translation>
            <numerusform>Allocation applied: %n change written.</numerusform>
            <numerusform>Allocation applied: %n changes written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s). Check what each column of the file holds, then press Check the file.</source>
        <translation>
            <numerusform>%1: %n row. Check what each column of the file holds, then press Check the file.</numerusform>
            <numerusform>%1: %n rows. Check what each column of the file holds, then press Check the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %1 of %n row(s). Nothing has been written yet.</source>
        <translation>
            <numerusform>Ready to import %1 of %n row. Nothing has been written yet.</numerusform>
            <numerusform>Ready to import %1 of %n rows. Nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (column “%2”): day and month exchanged (%3 → %4) in %n row(s).</source>
        <translation>
            <numerusform>%1 (column “%2”): day and month exchanged (%3 → %4) in %n row.</numerusform>
            <numerusform>%1 (column “%2”): day and month exchanged (%3 → %4) in %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 dates (column “%2”) look like day and month swapped (%3 → %4) in %n row(s).</source>
        <translation>
            <numerusform>%1 dates (column “%2”) look like day and month swapped (%3 → %4) in %n row.</numerusform>
            <numerusform>%1 dates (column “%2”) look like day and month swapped (%3 → %4) in %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %1 new, %2 updated, %3 unchanged, %n row(s) rejected.</source>
        <translation>
            <numerusform>Imported: %1 new, %2 updated, %3 unchanged, %n row rejected.</numerusform>
            <numerusform>Imported: %1 new, %2 updated, %3 unchanged, %n rows rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterpreterDaysTable</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListsScreen</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message numerus="yes">
        <source>Server out of reach since %1 — scans are decided from this desk&apos;s copy (refreshed %2) and will be uploaded when it returns. %n waiting.</source>
        <translation>
            <numerusform>Server out of reach since %1 — scans are decided from this desk&apos;s copy (refreshed %2) and will be uploaded when it returns. %n waiting.</numerusform>
            <numerusform>Server out of reach since %1 — scans are decided from this desk&apos;s copy (refreshed %2) and will be uploaded when it returns. %n waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message numerus="yes">
        <source>… %n more: type more of the name</source>
        <translation>
            <numerusform>… %n more: type more of the name</numerusform>
            <numerusform>… %n more: type more of the name</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolView</name>
    <message numerus="yes">
        <source>They are in %n booth(s) of the roster; those booths will be short.</source>
        <translation>
            <numerusform>They are in %n booth of the roster; that booth will be short.</numerusform>
            <numerusform>They are in %n booths of the roster; those booths will be short.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 deleted (%n assignment(s) removed).</source>
        <translation>
            <numerusform>%1 deleted (%n assignment removed).</numerusform>
            <numerusform>%1 deleted (%n assignments removed).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message numerus="yes">
        <source>Not scheduled (%n)</source>
        <translation>
            <numerusform>Not scheduled (%n)</numerusform>
            <numerusform>Not scheduled (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n accepted)</source>
        <translation>
            <numerusform>(%n accepted)</numerusform>
            <numerusform>(%n accepted)</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%1 — %n delegation(s)</source>
        <translation>
            <numerusform>%1 — %n delegation</numerusform>
            <numerusform>%1 — %n delegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %2.</source>
        <translation>
            <numerusform>Exported %n row to %2.</numerusform>
            <numerusform>Exported %n rows to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterBuilder</name>
    <message numerus="yes">
        <source>Roster applied: %n change(s) written.</source>
        <translation>
            <numerusform>Roster applied: %n change written.</numerusform>
            <numerusform>Roster applied: %n changes written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterGrid</name>
    <message numerus="yes">
        <source>Rules broken (%n):</source>
        <translation>
            <numerusform>Rules broken (%n):</numerusform>
            <numerusform>Rules broken (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message numerus="yes">
        <source>%n person(s) with a role in it</source>
        <translation>
            <numerusform>%n person with a role in it</numerusform>
            <numerusform>%n people with a role in it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-up(s)</source>
        <translation>
            <numerusform>%n sign-up</numerusform>
            <numerusform>%n sign-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n on the waiting list</numerusform>
            <numerusform>%n on the waiting list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message numerus="yes">
        <source>%n booth(s)</source>
        <translation>
            <numerusform>%n booth</numerusform>
            <numerusform>%n booths</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSignUps</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n person)</numerusform>
            <numerusform>%1 (%n people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message numerus="yes">
        <source>Locked out after too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Locked out after too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Locked out after too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more wrong PIN(s) lock this name for a minute.</source>
        <translation>
            <numerusform>Wrong PIN. %n more wrong PIN locks this name for a minute.</numerusform>
            <numerusform>Wrong PIN. %n more wrong PINs lock this name for a minute.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransportPlanReview</name>
    <message numerus="yes">
        <source>%n guest(s) with a flight not covered.</source>
        <translation>
            <numerusform>%n guest with a flight not covered.</numerusform>
            <numerusform>%n guests with a flight not covered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransportPlanning</name>
    <message numerus="yes">
        <source>Plan applied: %n run(s) stored.</source>
        <translation>
            <numerusform>Plan applied: %n run stored.</numerusform>
            <numerusform>Plan applied: %n runs stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransportScreen</name>
    <message numerus="yes">
        <source>%n run(s) on %1</source>
        <translation>
            <numerusform>%n run on %1</numerusform>
            <numerusform>%n runs on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked</source>
        <translation>
            <numerusform>%n locked</numerusform>
            <numerusform>%n locked</numerusform>
        </translation>
    </message>
</context>
</TS>
