"""Messages from the core (which has no Qt), shown in the user's language.

The core writes its messages in English.  Each one a user can meet is listed
here with QT_TRANSLATE_NOOP, so pyside6-lupdate puts it in the .ts files.  A
message with variable parts (numbers, quoted values, lists after a colon) is
matched as a template: "Too long: at most 120 characters (10,000 given)." is
looked up as "Too long: at most %1 characters (%2 given)."
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QObject

from conference_desk.core.foundation.messages import Localised, Text

CONTEXT = "CoreMessages"

MESSAGES = (
    # Backups (core/foundation/backups.py: backup, restore, integrity checks)
    QT_TRANSLATE_NOOP("CoreMessages", "A shared (PostgreSQL) database is backed up on the server with pg_dump: {dump} (restore: {restore})"),
    QT_TRANSLATE_NOOP("CoreMessages", "A shared (PostgreSQL) database is restored on the server with pg_restore: {restore}"),
    QT_TRANSLATE_NOOP("CoreMessages", "An in-memory database has no file to back up."),
    QT_TRANSLATE_NOOP("CoreMessages", "An in-memory database cannot be restored."),
    QT_TRANSLATE_NOOP("CoreMessages", "The backup cannot overwrite the database itself ({file})."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot write the backup {file}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the folder does not exist"),
    QT_TRANSLATE_NOOP("CoreMessages", "The backup {file} failed its integrity check: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot back up {database}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "No backup file at {file}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} is not a Conference Desk database."),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} is damaged: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} was made by a newer version of Conference Desk (schema {revision}); update the application to restore it."),
    QT_TRANSLATE_NOOP("CoreMessages", "The database {database} is in use by another program: close it there first, then restore."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot restore into {database}: the folder does not exist."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot restore {file}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Restore cancelled; nothing was changed."),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} check-in(s) name a participant who does not exist."),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} check-in(s) name a badge that does not exist."),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} hotel night(s) have more rooms assigned than the block."),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} badge code(s) do not verify with the conference key."),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} check-in counter(s) do not match the admissions recorded."),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} participant(s) are not in the search's prefix table as their names say."),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} participant(s) cannot be found by search (no search words)."),
    # Shared mode: operators, server set-up, copy (core/desks/operators.py, server.py, copy.py, db.py)
    QT_TRANSLATE_NOOP("CoreMessages", "No operator named {name}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is deactivated: ask an administrator."),
    QT_TRANSLATE_NOOP("CoreMessages", "Too many wrong PINs: {name} is locked out for {seconds} s more."),
    QT_TRANSLATE_NOOP("CoreMessages", "Wrong PIN {count} times in a row: {name} is locked out for {seconds} s."),
    QT_TRANSLATE_NOOP("CoreMessages", "Wrong PIN for {name}: {left} more wrong PIN(s) lock it for a minute."),
    QT_TRANSLATE_NOOP("CoreMessages", "A PIN is {low} to {high} digits."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown role {role}: clerk, organiser or administrator."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is already an operator named {name}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is the last active administrator: add another one first."),
    QT_TRANSLATE_NOOP("CoreMessages", "Too long: at most {n} characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "The database {database} needs a schema update that this connection may not make: ask the administrator to run server-setup."),
    QT_TRANSLATE_NOOP("CoreMessages", "The target database is not empty ({tables}): copy only into a new, empty database."),
    QT_TRANSLATE_NOOP("CoreMessages", "server-setup needs a PostgreSQL URL (postgresql+psycopg://…), not {url}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot create the database {database}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot connect to the server: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot set up the roles of {database}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown roles {roles}: clerk, organiser or admin."),
    QT_TRANSLATE_NOOP("CoreMessages", "The first operator must be an administrator (who can then add the others)."),
    QT_TRANSLATE_NOOP("CoreMessages", "An operator needs a name."),
    # Offline desks (core/desks/desk.py, core/desks/cache.py, core/checkin/service.py reasons)
    QT_TRANSLATE_NOOP("CoreMessages", "Valid badge, not in this desk's copy: admitted; checked when the server returns."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cross-desk duplicate: admitted at another desk too while the server was out of reach."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot use the desk's copy {path}: {reason}."),
    QT_TRANSLATE_NOOP("CoreMessages", "This desk has no copy of the conference yet: connect to the server once."),
    QT_TRANSLATE_NOOP("CoreMessages", "The server is out of reach ({reason}) and this desk has no copy to continue from."),
    QT_TRANSLATE_NOOP("CoreMessages", "Walk-in {name} was not registered: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{desk} admitted the code {code} at {time} while offline, but no such badge was issued."),
    QT_TRANSLATE_NOOP("CoreMessages", "This delegation has nobody to sign up."),
    # Privacy and audit (core/safety/privacy.py, core/people/registration.py, core/people/importing.py)
    QT_TRANSLATE_NOOP("CoreMessages", "Passport number: {value} is not 5 to 20 letters or digits."),
    QT_TRANSLATE_NOOP("CoreMessages", "Date of birth: {value} is not a date."),
    QT_TRANSLATE_NOOP("CoreMessages", "Date of birth: {date} is not in the past."),
    QT_TRANSLATE_NOOP("CoreMessages", "Date of birth: {date} is more than 120 years ago."),
    QT_TRANSLATE_NOOP("CoreMessages", "Say which participants to erase, or all of them."),
    QT_TRANSLATE_NOOP("CoreMessages", "No participant #{id}: nothing was erased."),
    QT_TRANSLATE_NOOP("CoreMessages", "Give the venue's local time, without a time zone."),
    # Programme conflicts (core/programme/conflicts.py, Text templates)
    QT_TRANSLATE_NOOP("CoreMessages", "{day} {month}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Jan"),
    QT_TRANSLATE_NOOP("CoreMessages", "Feb"),
    QT_TRANSLATE_NOOP("CoreMessages", "Mar"),
    QT_TRANSLATE_NOOP("CoreMessages", "Apr"),
    QT_TRANSLATE_NOOP("CoreMessages", "May"),
    QT_TRANSLATE_NOOP("CoreMessages", "Jun"),
    QT_TRANSLATE_NOOP("CoreMessages", "Jul"),
    QT_TRANSLATE_NOOP("CoreMessages", "Aug"),
    QT_TRANSLATE_NOOP("CoreMessages", "Sep"),
    QT_TRANSLATE_NOOP("CoreMessages", "Oct"),
    QT_TRANSLATE_NOOP("CoreMessages", "Nov"),
    QT_TRANSLATE_NOOP("CoreMessages", "Dec"),
    QT_TRANSLATE_NOOP("CoreMessages", "{day} {start}–{end}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{day} {start}–{end_day} {end}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{first}–{last} {year}"),
    QT_TRANSLATE_NOOP("CoreMessages", "none set"),
    QT_TRANSLATE_NOOP("CoreMessages", "{room} is booked twice: {a} and {b} ({when})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{person} is in {a} and {b} at the same time ({when})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{person} has {gap} min between {a} (ends {a_end}) and {b} (starts {b_start}); the turnover gap is {turnover} min."),
    QT_TRANSLATE_NOOP("CoreMessages", "{session} has {sign_ups} sign-ups but {room} holds {capacity}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{session} expects {expected} people but {room} holds {capacity}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{session} accepts up to {cap} sign-ups but {room} holds {capacity}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{booths} booths for {wanted} target languages"),
    QT_TRANSLATE_NOOP("CoreMessages", "{booths} booth for {wanted} target languages"),
    QT_TRANSLATE_NOOP("CoreMessages", "no booth for {languages}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{session} needs interpretation into {languages} but {room} has {problems}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{session} ({when}) is not within the conference days ({span})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{session} ({when}) is outside the venue's opening hours ({opens}–{closes})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{session} overlaps {plenary}, which all participants are expected at ({when})."),
    # Interpreters (core/interpreters/rules.py, roster.py; Text templates and words)
    QT_TRANSLATE_NOOP("CoreMessages", "English"),
    QT_TRANSLATE_NOOP("CoreMessages", "French"),
    QT_TRANSLATE_NOOP("CoreMessages", "Spanish"),
    QT_TRANSLATE_NOOP("CoreMessages", "Arabic"),
    QT_TRANSLATE_NOOP("CoreMessages", "Chinese"),
    QT_TRANSLATE_NOOP("CoreMessages", "Russian"),
    QT_TRANSLATE_NOOP("CoreMessages", "Portuguese"),
    QT_TRANSLATE_NOOP("CoreMessages", "German"),
    QT_TRANSLATE_NOOP("CoreMessages", "English booth"),
    QT_TRANSLATE_NOOP("CoreMessages", "French booth"),
    QT_TRANSLATE_NOOP("CoreMessages", "Spanish booth"),
    QT_TRANSLATE_NOOP("CoreMessages", "Arabic booth"),
    QT_TRANSLATE_NOOP("CoreMessages", "Chinese booth"),
    QT_TRANSLATE_NOOP("CoreMessages", "Russian booth"),
    QT_TRANSLATE_NOOP("CoreMessages", "Portuguese booth"),
    QT_TRANSLATE_NOOP("CoreMessages", "German booth"),
    QT_TRANSLATE_NOOP("CoreMessages", "{code} booth"),
    QT_TRANSLATE_NOOP("CoreMessages", "Monday"),
    QT_TRANSLATE_NOOP("CoreMessages", "Tuesday"),
    QT_TRANSLATE_NOOP("CoreMessages", "Wednesday"),
    QT_TRANSLATE_NOOP("CoreMessages", "Thursday"),
    QT_TRANSLATE_NOOP("CoreMessages", "Friday"),
    QT_TRANSLATE_NOOP("CoreMessages", "Saturday"),
    QT_TRANSLATE_NOOP("CoreMessages", "Sunday"),
    QT_TRANSLATE_NOOP("CoreMessages", "morning"),
    QT_TRANSLATE_NOOP("CoreMessages", "afternoon"),
    QT_TRANSLATE_NOOP("CoreMessages", "one"),
    QT_TRANSLATE_NOOP("CoreMessages", "two"),
    QT_TRANSLATE_NOOP("CoreMessages", "three"),
    QT_TRANSLATE_NOOP("CoreMessages", "four"),
    QT_TRANSLATE_NOOP("CoreMessages", "five"),
    QT_TRANSLATE_NOOP("CoreMessages", "{weekday} {date}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{day} {half}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{first} or {rest}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{first} and {rest}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the {booth} of {session}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The {booth} of {session}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{session} ({day} {start}-{end})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{language} ({cls})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Assignment of interpreter {interpreter} to the {booth} booth of session {session}: no "
                      "such session needing interpretation."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Assignment of interpreter {interpreter} to the {booth} booth of session {session}: no "
                      "such booth needing interpretation."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Assignment of interpreter {interpreter} to the {booth} booth of session {session}: no "
                      "such interpreter."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is in two booths of {session} ({first} and {second})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{language} is not one of their languages"),
    QT_TRANSLATE_NOOP("CoreMessages", "{language} is their C (passive) language"),
    QT_TRANSLATE_NOOP("CoreMessages", "{language} is their B and they do not work retour"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} cannot work in {booth}: {why}."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name} would work in {booth} into their B {language} from {sources}: retour is done "
                      "only from an A, never from a C into a B."),
    QT_TRANSLATE_NOOP("CoreMessages", "a language they do not have"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name} cannot work in {booth}: none of the languages spoken ({languages}) is one of "
                      "their languages."),
    QT_TRANSLATE_NOOP("CoreMessages", "only {count} ({names})"),
    QT_TRANSLATE_NOOP("CoreMessages", "nobody"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "No one in {booth} ({names}) works from {language}, and relay from {language} needs "
                      "{count} interpreters in the other booths able to give it: {given}."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{booth} ({minutes} min) has {count} interpreters ({names}); at least {need} are needed."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{booth} ({minutes} min) has {count} interpreter ({names}); at least {need} are needed."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{booth} ({minutes} min, working retour) has {count} interpreters ({names}); at least "
                      "{need} are needed."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{booth} ({minutes} min, working retour) has {count} interpreter ({names}); at least "
                      "{need} are needed."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not available on {day} {half} ({session}, {booth})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is in two places at once: {first} and {second}."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name} has only {gap} minutes between {first} (ends {end}) and {second} (starts "
                      "{start}); at least {minimum} are needed."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name} works {count} sessions on {day} ({sessions}); at most {most} of up to {hours} "
                      "hours are allowed."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name} works {count} sessions on {day} ({sessions}); at most {most} of up to {hours} "
                      "hours are allowed (a longer session counts as two)."),
    QT_TRANSLATE_NOOP("CoreMessages", "must be a whole number (got {value})."),
    QT_TRANSLATE_NOOP("CoreMessages", "must be between {low} and {high} (got {value})."),
    QT_TRANSLATE_NOOP("CoreMessages", "must be an amount between 0 and 100000 (got {value})."),
    QT_TRANSLATE_NOOP("CoreMessages", "must be a time like 13:00 (got {value})."),
    QT_TRANSLATE_NOOP("CoreMessages", "must be more than solo_max_minutes."),
    QT_TRANSLATE_NOOP("CoreMessages", "no one in the pool works into {language} (an A, or a B with retour)"),
    QT_TRANSLATE_NOOP("CoreMessages", "no one working into {language} has {languages}"),
    QT_TRANSLATE_NOOP("CoreMessages", "no one with {language} A available on {when}; the booth needs {need}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "no one with {language} A available on {when} ({away} not available); the booth needs {need}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "only {count} of the interpreters with {language} A available on {when}; the booth needs "
                      "{need}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "only {count} of the interpreters with {language} A available on {when} ({away} not "
                      "available); the booth needs {need}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "no one working into {language} available on {when} works from {source}, and relay from "
                      "{source} needs {count} interpreters able to give it ({others} in the other booths)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} ({session})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} ({count} sessions that day)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} (another booth of {session})"),
    QT_TRANSLATE_NOOP("CoreMessages", "no one with {language} A free on {when}; the booth needs {need}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "no one with {language} A free on {when}: {busy} already working then; the booth needs {need}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "only {count} interpreter with {language} A free on {when}; the booth needs {need}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "only {count} interpreter with {language} A free on {when}: {busy} already working then; "
                      "the booth needs {need}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "only {count} interpreters with {language} A free on {when}; the booth needs {need}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "only {count} interpreters with {language} A free on {when}: {busy} already working "
                      "then; the booth needs {need}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the locked assignments break a rule: {violations}"),
    QT_TRANSLATE_NOOP("CoreMessages", "unlock or change the locked assignments of this booth"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the {count} free interpreters working into {language} on {when} cannot form a team that "
                      "covers {languages} within the rules (team of {need}, relay from {givers})"),
    QT_TRANSLATE_NOOP("CoreMessages", "the session"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} {booth}-A interpreter for {when}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} {booth}-A interpreters for {when}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} {booth}-A interpreter with {sources} C for {when}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} {booth}-A interpreters with {sources} C for {when}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} more {booth}-A interpreter for {when}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} more {booth}-A interpreters for {when}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} more {booth}-A interpreter with {sources} C for {when}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} more {booth}-A interpreters with {sources} C for {when}"),
    QT_TRANSLATE_NOOP("CoreMessages", "added {name} to the {booth} booth of {session}"),
    QT_TRANSLATE_NOOP("CoreMessages", "removed {name} from the {booth} booth of {session}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Roster cancelled; nothing was changed."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "The solver found no roster within {seconds} s ({status}); allow more time (--time-limit)."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "The interpreter assignments changed since this roster was computed; compute the roster again."),
    QT_TRANSLATE_NOOP("CoreMessages", "No programme session with id {id}."),
    QT_TRANSLATE_NOOP("CoreMessages", "No interpreter with id {id}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Session {session} has no {booth} booth (its booths: {booths})."),
    QT_TRANSLATE_NOOP("CoreMessages", "Session {session} has no {booth} booth: it needs no interpretation."),
    QT_TRANSLATE_NOOP("CoreMessages", "Session {session} has no times yet; schedule it first."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not assigned: {violations}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Interpreter {id} is not assigned to session {session}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Availability of {name}: {day} is not a date."),
    QT_TRANSLATE_NOOP("CoreMessages", "Availability of {name} on {day}: half must be 'am' or 'pm' (got {half})."),
    QT_TRANSLATE_NOOP("CoreMessages", "Availability of {name}: {day} is outside the conference ({first}..{last})."),
    QT_TRANSLATE_NOOP("CoreMessages", "No session with interpretation on {day}."),
    QT_TRANSLATE_NOOP("CoreMessages", "The family name is required."),
    QT_TRANSLATE_NOOP("CoreMessages", "The family name is longer than {limit} characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "The given name is longer than {limit} characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "{email} is not an e-mail address."),
    QT_TRANSLATE_NOOP("CoreMessages", "The phone number is longer than {limit} characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "The contract must be freelance or staff (got {value})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The daily rate must be an amount of 0 or more (got {value})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The currency must be a three-letter code such as USD (got {value})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{code} is not a language code such as en, fr or es."),
    QT_TRANSLATE_NOOP("CoreMessages", "{language} is listed twice (rows {first} and {second})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The class of {language} must be A, B or C (got {value})."),
    QT_TRANSLATE_NOOP("CoreMessages", "Retour applies only to a B language: {language} is {cls}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Add the interpreter's languages: at least one A and one other language."),
    QT_TRANSLATE_NOOP("CoreMessages", "At least one language must be an A (mother tongue)."),
    QT_TRANSLATE_NOOP("CoreMessages", "An interpreter needs at least two languages (one A and a B or C to work from)."),
    # Programme (core/programme/timetable.py, signups.py, errors.py; Text templates and words)
    QT_TRANSLATE_NOOP("CoreMessages", "ceremony"),
    QT_TRANSLATE_NOOP("CoreMessages", "plenary"),
    QT_TRANSLATE_NOOP("CoreMessages", "thematic forum"),
    QT_TRANSLATE_NOOP("CoreMessages", "regional forum"),
    QT_TRANSLATE_NOOP("CoreMessages", "mayors forum"),
    QT_TRANSLATE_NOOP("CoreMessages", "break"),
    QT_TRANSLATE_NOOP("CoreMessages", "speaker"),
    QT_TRANSLATE_NOOP("CoreMessages", "moderator"),
    QT_TRANSLATE_NOOP("CoreMessages", "rapporteur"),
    QT_TRANSLATE_NOOP("CoreMessages", "panellist"),
    QT_TRANSLATE_NOOP("CoreMessages", "a role"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "This database has no conference yet; initialise it first (conference-desk init)."),
    QT_TRANSLATE_NOOP("CoreMessages", "No programme session with code {code}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Give both a start and an end time, or neither (unscheduled)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Start and end must be dates with a time of day."),
    QT_TRANSLATE_NOOP("CoreMessages", "The session must end after it starts (starts {start}, ends {end})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{start} is not a conference day ({first} to {last})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{end} is after the last conference day ({last})."),
    QT_TRANSLATE_NOOP("CoreMessages", "No venue room with id {id}."),
    QT_TRANSLATE_NOOP("CoreMessages", "A session code is required (e.g. TF1)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The code is {length} characters long; at most {limit}."),
    QT_TRANSLATE_NOOP("CoreMessages", "The code {code} is already used by '{title}'."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown session type {value}; one of {known}."),
    QT_TRANSLATE_NOOP("CoreMessages", "The English title is required."),
    QT_TRANSLATE_NOOP("CoreMessages", "The title is {length} characters long; at most {limit}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown language {codes}: use en, fr, es."),
    QT_TRANSLATE_NOOP("CoreMessages", "Must be a whole number of at least {least} (got {value})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} sign-ups would not fit {room} ({capacity} places)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown region {value}; one of {known}."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "The turnover gap must be a whole number of minutes between 0 and 240 (got {value})."),
    QT_TRANSLATE_NOOP("CoreMessages", "Opening hours must be times of day."),
    QT_TRANSLATE_NOOP("CoreMessages", "The venue must close after it opens ({opens} – {closes})."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{session} has {placed} sign-ups and {waiting} on the waiting list; cancel them first, "
                      "or delete anyway."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown role {value}; one of {known}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} has cancelled their participation and cannot be {role} in {session}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is already {role} in {session}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not {role} in {session}."),
    QT_TRANSLATE_NOOP("CoreMessages", "A conflict fingerprint is 1 to 300 characters long."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{session} is a {type}, not a forum: only thematic, regional and mayors' forums take sign-ups."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} has cancelled their participation and cannot sign up to {session}."),
    QT_TRANSLATE_NOOP("CoreMessages", "is already signed up to {session} at the same time"),
    QT_TRANSLATE_NOOP("CoreMessages", "is {role} in {session} at the same time"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is already on the waiting list of {session} (position {position})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is already signed up to {session}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} {clash}; cannot sign up to {session}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{session} is full ({placed} of {capacity} places); {name} was not signed up."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{session} is full ({placed} of {capacity} places); {name} added to the waiting list, "
                      "position {position}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} signed up to {session} ({placed} of {capacity} places taken)."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} signed up to {session}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not signed up to {session}."),
    QT_TRANSLATE_NOOP("CoreMessages", "participant {id}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name}'s place on the waiting list for {session} was cancelled."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name}'s sign-up for {session} was cancelled."),
    QT_TRANSLATE_NOOP("CoreMessages", "{cancelled} {promoted} moved up from the waiting list."),
    QT_TRANSLATE_NOOP("CoreMessages", "No participants to sign up."),
    QT_TRANSLATE_NOOP("CoreMessages", "no participant with id {id}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} has cancelled"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} {clash}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{session} has {free} free places of {capacity} for {count} people"),
    QT_TRANSLATE_NOOP("CoreMessages", "and {count} more"),
    QT_TRANSLATE_NOOP("CoreMessages", "Nobody was signed up to {session}: {problems}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{placed} signed up to {session}."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{placed} signed up to {session}, {waitlisted} on the waiting list (full: {capacity} places)."),
    QT_TRANSLATE_NOOP("CoreMessages", "{placed} signed up to {session}, {already} already signed up."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{placed} signed up to {session}, {waitlisted} on the waiting list (full: {capacity} "
                      "places), {already} already signed up."),
    # Validation (core/people/registration.py) and import (core/people/importing.py)
    QT_TRANSLATE_NOOP("CoreMessages", "Family name is required."),
    QT_TRANSLATE_NOOP("CoreMessages", "Category is required."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not an e-mail address (name@domain.org)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Departure is before arrival."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a date."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a date (no such day)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a date (the year is out of range)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a date (use YYYY-MM-DD, DD/MM/YYYY or %1 September %2)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not yes or no (yes/no, oui/non, sí/no, x, %1/%2)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Too long: %1 characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "Too long: at most %1 characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "Too long: at most %1 characters (%2 given)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown column."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown value."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown country or not a Member State."),
    QT_TRANSLATE_NOOP("CoreMessages", "Did you mean: %1?"),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown category; use one of: %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown category; use one of: {categories}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown hotel."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown gender (F, M, X or female/male/other)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a working language (English, French or Spanish)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown status (registered, confirmed or cancelled)."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Unknown delegation type (Member State, IGO, NGO, private sector, UNESCO or host)."),
    QT_TRANSLATE_NOOP("CoreMessages", "A Member State delegation needs its country."),
    QT_TRANSLATE_NOOP("CoreMessages", "An organisation's delegation needs the organisation's name."),
    QT_TRANSLATE_NOOP("CoreMessages", "Same e-mail as row %1: the same person twice in this file."),
    QT_TRANSLATE_NOOP("CoreMessages", "Same registration ID as row %1: the same person twice in this file."),
    QT_TRANSLATE_NOOP("CoreMessages", "Refers to the same registered participant as row %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "Outside the conference period (%1 to %2)."),
    # Flights (core/people/travel.py: core.messages.Text templates)
    QT_TRANSLATE_NOOP("CoreMessages", "Not a flight number (an airline code and 1 to 4 digits: AM 401, AF179, IB6401)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a time (use 14:35, 2:35 PM or 1435)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a terminal (use T1 or T2)."),
    QT_TRANSLATE_NOOP("CoreMessages", "An arrival flight needs its date: give the arrival date too."),
    QT_TRANSLATE_NOOP("CoreMessages", "A departure flight needs its date: give the departure date too."),
    QT_TRANSLATE_NOOP("CoreMessages", "Departure at {departure} is before the arrival at {arrival} on the same day."),
    # Preferences an import cannot resolve: warnings, never a rejection (core.messages.Text templates)
    QT_TRANSLATE_NOOP("CoreMessages",
                      "No hotel has this name: imported without a preferred hotel; the text is kept in the notes."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Matches several hotels ({hotels}): imported without a preferred hotel; the text is kept in "
                      "the notes."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Unknown room type (known: {types}): imported without a room type; the text is kept in the "
                      "notes."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Too long for a room type (at most {limit} characters): the text is kept in the notes."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Too long for dietary needs (at most {limit} characters): the text is kept in the notes."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Not a working language (English, French or Spanish): the preferred language is left as it "
                      "is; the text is kept in the notes."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name} is not a date column whose day and month can be swapped (arrival or departure)."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{field} dates (column {column}) look like day and month swapped ({before} → {after}) in "
                      "{count} rows."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{field} (column {column}): day and month exchanged ({before} → {after}) in {count} rows."),
    # Saving
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Someone else saved this participant after you opened it; reopen it to see their changes."),
    QT_TRANSLATE_NOOP("CoreMessages", "The head of a delegation must be one of its members."),
    QT_TRANSLATE_NOOP("CoreMessages", "Import cancelled; nothing was written."),
    # Check-in (core/checkin/service.py REASONS and walk-in form)
    QT_TRANSLATE_NOOP("CoreMessages", "Already checked in."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown code: no badge was issued with this code."),
    QT_TRANSLATE_NOOP("CoreMessages", "Forged or altered code."),
    QT_TRANSLATE_NOOP("CoreMessages", "Revoked badge: it was replaced by a reprint."),
    QT_TRANSLATE_NOOP("CoreMessages", "Badge of another conference."),
    QT_TRANSLATE_NOOP("CoreMessages", "Registration cancelled."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a badge code."),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not read this code: scan it again, or type the name."),
    QT_TRANSLATE_NOOP("CoreMessages", "Admitted offline with a badge revoked before the scan: to review."),
    QT_TRANSLATE_NOOP("CoreMessages", "The desk name is too long ({length} characters; at most {limit})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The desk name contains control characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} offline decision(s) of other operators wait until one of them signs in at this desk (a desk's role writes check-ins only in the signed-in operator's name)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The operator name is too long ({length} characters; at most {limit})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The operator name contains control characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "Contains a text-direction control ({code}) that can make it read as something else: remove it."),
    QT_TRANSLATE_NOOP("CoreMessages", "The name on the badge (given and family names) would be {length} characters, more than {limit}: give a shorter badge name or shorter names."),
    QT_TRANSLATE_NOOP("CoreMessages", "Admitted offline although the registration was cancelled: to review."),
    QT_TRANSLATE_NOOP("CoreMessages", "{desk} admitted {name} at {time} while offline with badge version {version}, revoked at {revoked} ({why}): to review."),
    QT_TRANSLATE_NOOP("CoreMessages", "{desk} admitted {name} at {time} while offline, but the registration is cancelled: to review."),
    # Undo a check-in (core/checkin.undo_checkin, core/desk.Desk.undo)
    QT_TRANSLATE_NOOP("CoreMessages", "Give a reason for undoing the check-in."),
    QT_TRANSLATE_NOOP("CoreMessages", "The reason is too long ({length} characters; at most {limit})."),
    QT_TRANSLATE_NOOP("CoreMessages", "No check-in {event} was recorded."),
    QT_TRANSLATE_NOOP("CoreMessages", "Check-in {event} was already undone."),
    QT_TRANSLATE_NOOP("CoreMessages", "Check-in {event} did not admit anyone: there is nothing to undo."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only {operator}, who made this check-in, or a supervisor may undo it."),
    QT_TRANSLATE_NOOP("CoreMessages", "A check-in can be undone only while the server answers: try again when it returns."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not signed up for this session."),
    QT_TRANSLATE_NOOP("CoreMessages", "No such participant."),
    QT_TRANSLATE_NOOP("CoreMessages", "Nothing was scanned."),
    QT_TRANSLATE_NOOP("CoreMessages", "Country or organisation is required."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown country: give its ISO 3-letter code."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown category (known: %1)."),
    # Badges
    QT_TRANSLATE_NOOP("CoreMessages", "A reprint needs a reason."),
    QT_TRANSLATE_NOOP("CoreMessages", "A reprint needs a reason (for example: lost, damaged, name corrected)."),
    QT_TRANSLATE_NOOP("CoreMessages", "This database holds no conference yet: run init first."),
    # Hotels (core/hotels/service.py; {name} templates of core.messages.Text).
    # Allocation plan: changes (Change.describe), sharer issues, notes, unplaced and split reasons
    QT_TRANSLATE_NOOP("CoreMessages", "{participant}: new {before} -> {after}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{participant}: moved {before} -> {after}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{participant}: dates {before} -> {after}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{participant}: room {before} -> {after}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{participant}: removed {before} -> {after}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{participant}: {kind} {before} -> {after}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{hotel} {room_type} {arrival}..{departure} {room_label}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{guest} ({delegation}): sharer {sharer} is not a hotel guest of the same delegation; placed"
                      " alone"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{guest} (no delegation): sharer {sharer} is not a hotel guest of the same delegation;"
                      " placed alone"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{guest}: sharer note {note} matches several colleagues ({colleagues}); placed alone"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{names}: {count} sharers but no room holds more than {capacity}; placed separately"),
    QT_TRANSLATE_NOOP("CoreMessages", "{names}: sharers locked in different rooms; each kept where locked"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{names}: a sharer is locked in a room too small for the group; placed separately"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{count} stays reach outside the block period ({first}..{last}): only the block nights are"
                      " booked"),
    QT_TRANSLATE_NOOP("CoreMessages", "no night of the stay ({arrival}..{departure}) is in the block period"),
    QT_TRANSLATE_NOOP("CoreMessages", "no hotel has a room block"),
    QT_TRANSLATE_NOOP("CoreMessages", "conflicting sharer: no room type holds {guests} guests"),
    QT_TRANSLATE_NOOP("CoreMessages", "not allowed: needs an accessible room for {guests} and no hotel has one"),
    QT_TRANSLATE_NOOP("CoreMessages", "not allowed: needs an accessible room and no hotel has one"),
    QT_TRANSLATE_NOOP("CoreMessages", "no block that night: no accessible rooms for {guests} in any hotel on {nights}"),
    QT_TRANSLATE_NOOP("CoreMessages", "no block that night: no accessible rooms in any hotel on {nights}"),
    QT_TRANSLATE_NOOP("CoreMessages", "no block that night: no rooms for {guests} in any hotel on {nights}"),
    QT_TRANSLATE_NOOP("CoreMessages", "no block that night: no rooms in any hotel on {nights}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "no hotel has an accessible room type with a block on every night of the stay ({first}..{last})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "no hotel has a room type with a block on every night of the stay ({first}..{last})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "room type exhausted: no hotel has one {room_types} room free for every night of the stay"
                      " ({first}..{last})"),
    QT_TRANSLATE_NOOP("CoreMessages", "room type exhausted: every {room_types} room for {guests} is taken on {nights}"),
    QT_TRANSLATE_NOOP("CoreMessages", "room type exhausted: every {room_types} room is taken on {nights}"),
    QT_TRANSLATE_NOOP("CoreMessages", "locked assignments in more than one hotel"),
    QT_TRANSLATE_NOOP("CoreMessages", "{hotel} has no suitable room for {names}"),
    QT_TRANSLATE_NOOP("CoreMessages", "a locked guest stays outside {hotel}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{hotel} has {free} suitable rooms free on {night} for the {needed} more needed"),
    QT_TRANSLATE_NOOP("CoreMessages", "{hotel} would need rooms taken by other delegations"),
    QT_TRANSLATE_NOOP("CoreMessages", "not enough rooms in one hotel: {reasons}"),
    # Allocate, apply, move, share, lock; finding hotels and room types
    QT_TRANSLATE_NOOP("CoreMessages", "The time limit must be more than 0 seconds."),
    QT_TRANSLATE_NOOP("CoreMessages", "There are no hotels: add hotels, room types and blocks first."),
    QT_TRANSLATE_NOOP("CoreMessages", "{names}: locked in {hotel} {room_type} on nights without a block ({nights})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{hotel} {room_type} on {night}: {count} rooms for a block of {block} (locked assignments)"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "The room assignments changed since this allocation was computed; run the allocation again."),
    QT_TRANSLATE_NOOP("CoreMessages", "Allocation not applied; nothing was changed."),
    QT_TRANSLATE_NOOP("CoreMessages", "{guest} has no arrival/departure dates or there are no room blocks."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{guest}'s stay ({arrival}..{departure}) has no night in the block period ({first}..{last})."),
    QT_TRANSLATE_NOOP("CoreMessages", "No participant with id {id}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{guest} is not a hotel guest (no hotel needed, or cancelled)."),
    QT_TRANSLATE_NOOP("CoreMessages", "That room type is not one of that hotel's."),
    QT_TRANSLATE_NOOP("CoreMessages", "A {room_type} room holds {capacity}; {guests} guests share this room."),
    QT_TRANSLATE_NOOP("CoreMessages", "{guest} needs an accessible room; {room_type} is not one."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Cannot move {guest}: {hotel} has no {room_type} rooms in the block on the night of {night}."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Cannot move {guest}: {hotel} {room_type} is full on the night of {night} ({used} of {block}"
                      " rooms taken)."),
    QT_TRANSLATE_NOOP("CoreMessages", "{guest} cannot share a room with themselves."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{host} has no room yet, so {guest} cannot share it: allocate or move {host} first."),
    QT_TRANSLATE_NOOP("CoreMessages", "{guest} already shares {host}'s room {room}."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Cannot put {guest} in {host}'s room {room}: a {room_type} room is for one guest only."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{guest} needs an accessible room; {host}'s room {room} ({room_type}) is not one."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Cannot put {guest} in {host}'s room {room}: a {room_type} room holds {capacity} guests and"
                      " it is full on the night of {night}."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Cannot put {guest} in {host}'s room {room}: {host} is not there on the night of {night} and"
                      " {hotel} has no {room_type} rooms in the block that night."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Cannot put {guest} in {host}'s room {room}: {host} is not there on the night of {night} and"
                      " {hotel} {room_type} is full that night ({used} of {block} rooms taken)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Participant {id} has no room assignment to lock."),
    QT_TRANSLATE_NOOP("CoreMessages", "Participant {id} has no room assignment to unlock."),
    QT_TRANSLATE_NOOP("CoreMessages", "Participant {id} has no room assignment."),
    QT_TRANSLATE_NOOP("CoreMessages", "No hotel with id {id}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Give (part of) a hotel's name."),
    QT_TRANSLATE_NOOP("CoreMessages", "No hotel matches {name} (hotels: none)."),
    QT_TRANSLATE_NOOP("CoreMessages", "No hotel matches {name} (hotels: {hotels})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} matches several hotels ({hotels}): give more of the name."),
    QT_TRANSLATE_NOOP("CoreMessages", "{hotel} has no room type {code} (types: none)."),
    QT_TRANSLATE_NOOP("CoreMessages", "{hotel} has no room type {code} (types: {types})."),
    QT_TRANSLATE_NOOP("CoreMessages", "Give the file to write (--out)."),
    # Ground transport (core/transport: validation, planner, service, fit, settings; Text templates and words)
    QT_TRANSLATE_NOOP("CoreMessages", "arrival"),
    QT_TRANSLATE_NOOP("CoreMessages", "departure"),
    QT_TRANSLATE_NOOP("CoreMessages", "{kind} {flight}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "No vehicle free between {start} and {end} (vehicles per hour used up)."),
    QT_TRANSLATE_NOOP("CoreMessages", "No car free between {start} and {end} (vehicles per hour used up)."),
    QT_TRANSLATE_NOOP("CoreMessages", "{bags} bags: more than any vehicle carries."),
    QT_TRANSLATE_NOOP("CoreMessages", "No run within the waiting limit had room (the solver stopped early);"
                      " plan again with more time."),
    QT_TRANSLATE_NOOP("CoreMessages", "The departure {value} is not after the arrival {arrival}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a flight number: an airline code (AM, AF, IB, UA or"
                      " AMX) and 1 to 4 digits, e.g. AM 401."),
    QT_TRANSLATE_NOOP("CoreMessages", "{value}: give the local time in Mexico City without a time zone."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown terminal {value} (known: {known})."),
    QT_TRANSLATE_NOOP("CoreMessages", "No hotel: a run would not know where to go."),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} bags: give a number of bags from 0."),
    QT_TRANSLATE_NOOP("CoreMessages", "This leg belongs to participant {other}, not {participant}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown kind of leg {value}: arrival or departure."),
    QT_TRANSLATE_NOOP("CoreMessages", "A second {kind} ({flight}) besides {first}: keep the one the guest travels on."),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is outside the travel window {start} to {end}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Own arrangement"),
    QT_TRANSLATE_NOOP("CoreMessages", "No hotel"),
    QT_TRANSLATE_NOOP("CoreMessages", "Arrival flight {flight} has no date or time."),
    QT_TRANSLATE_NOOP("CoreMessages", "Departure flight {flight} has no date or time."),
    QT_TRANSLATE_NOOP("CoreMessages", "Planning cancelled; nothing was changed."),
    QT_TRANSLATE_NOOP("CoreMessages", "The stored runs changed since this plan was made; plan the transport again."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not on a run yet: the flight was registered or changed after the last plan."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not on a run yet: no transport plan has been applied."),
    QT_TRANSLATE_NOOP("CoreMessages", "Run {run} no longer fits: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessages", "No run {run}."),
    QT_TRANSLATE_NOOP("CoreMessages", "No participant #{id}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot put {name} on run {run}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the registration is cancelled."),
    QT_TRANSLATE_NOOP("CoreMessages", "no arrival flight is registered."),
    QT_TRANSLATE_NOOP("CoreMessages", "no departure flight is registered."),
    QT_TRANSLATE_NOOP("CoreMessages", "it is full ({seats} seats taken)."),
    QT_TRANSLATE_NOOP("CoreMessages", "its hold is full ({bags} of {hold} bags)."),
    QT_TRANSLATE_NOOP("CoreMessages", "it is a shuttle: shuttles carry head counts, not named guests."),
    QT_TRANSLATE_NOOP("CoreMessages", "it is an arrival run and this is the guest's departure."),
    QT_TRANSLATE_NOOP("CoreMessages", "it is a departure run and this is the guest's arrival."),
    QT_TRANSLATE_NOOP("CoreMessages", "it leaves from {place}, not from the guest's terminal {terminal}."),
    QT_TRANSLATE_NOOP("CoreMessages", "it goes to {place}, not to the guest's hotel {hotel}."),
    QT_TRANSLATE_NOOP("CoreMessages", "it leaves from {place}, not from the guest's hotel {hotel}."),
    QT_TRANSLATE_NOOP("CoreMessages", "it goes to {place}, not to the guest's terminal {terminal}."),
    QT_TRANSLATE_NOOP("CoreMessages", "it leaves at {time}, before the guest is at the meeting point ({ready})."),
    QT_TRANSLATE_NOOP("CoreMessages", "it leaves at {time}: the guest, at the meeting point at {ready},"
                      " would wait more than {minutes} minutes."),
    QT_TRANSLATE_NOOP("CoreMessages", "it reaches the airport at {time}, less than {minutes} minutes before"
                      " the flight at {flight}."),
    QT_TRANSLATE_NOOP("CoreMessages", "it leaves at {time}, more than {minutes} minutes before the guest's"
                      " latest pick-up ({latest})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The transport rules were not saved: {problems}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The transport rules must be a JSON object."),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: not a transport rule."),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: no vehicle type {code}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} cannot be read."),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a whole number."),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not between {low} and {high}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a place name (1 to 80 characters)."),
    QT_TRANSLATE_NOOP("CoreMessages", "give at least one vehicle type (code, seats, luggage)."),
    QT_TRANSLATE_NOOP("CoreMessages", "each vehicle type needs its own code of 1 to 10 characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a factor between 1 and 5."),
    QT_TRANSLATE_NOOP("CoreMessages", "give at least one terminal."),
    QT_TRANSLATE_NOOP("CoreMessages", "the window ends before it starts ({start} to {end})."),
    QT_TRANSLATE_NOOP("CoreMessages", "a rush hour ends after it starts, within one day ({start} to {end})."),
)

# Variable parts: dates, numbers (with thousands separators), quoted values.
_VARIABLE = re.compile(r"\d{4}-\d{2}-\d{2}|\d[\d,]*|'[^']*'|\"[^\"]*\"")
# A list after a colon, up to the final punctuation ("use one of: a, b, c.").
_LIST = re.compile(r"^(?P<head>.*?: )(?P<list>.+?)(?P<end>\)?[.?])$")
_SENTENCE = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")


def _lookup(text: str) -> str | None:
    translated = QCoreApplication.translate(CONTEXT, text)
    return translated if translated != text else None


def _translate_sentence(sentence: str) -> str:
    exact = _lookup(sentence)
    if exact is not None:
        return exact
    values: list[str] = []

    def placeholder(match: re.Match[str]) -> str:
        values.append(match.group())
        return f"%{len(values)}"

    for template in (_VARIABLE.sub(placeholder, sentence), None):
        if template is None:
            values.clear()
            match = _LIST.match(sentence)
            if not match:
                break
            values.append(match["list"])
            template = f"{match['head']}%1{match['end']}"
        translated = _lookup(template)
        if translated is not None:
            for number, value in enumerate(values, start=1):
                translated = translated.replace(f"%{number}", value)
            return translated
        values.clear()
    return sentence


def _value(value: object) -> str:
    if isinstance(value, Text):
        return translate_core(value)
    if isinstance(value, Localised):
        return value.by_language.get(QLocale().name()[:2], str(value))
    if isinstance(value, dt.datetime):
        return QLocale().toString(value, QLocale.FormatType.ShortFormat)
    if isinstance(value, dt.date):
        return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    return str(value)


class CorePlurals(QObject):
    """Core sentences with a count ("{count} check-in(s) …"): their plural forms in every language.
    ``forms`` is never called; it lists the sources with a count so that lupdate marks them numerus."""

    def forms(self, n: int) -> None:
        self.tr("{count} check-in(s) name a participant who does not exist.", "", n)
        self.tr("{count} check-in(s) name a badge that does not exist.", "", n)
        self.tr("{count} hotel night(s) have more rooms assigned than the block.", "", n)
        self.tr("{count} badge code(s) do not verify with the conference key.", "", n)
        self.tr("{count} check-in counter(s) do not match the admissions recorded.", "", n)
        self.tr("{count} participant(s) are not in the search's prefix table as their names say.", "", n)
        self.tr("{count} participant(s) cannot be found by search (no search words).", "", n)
        self.tr("Wrong PIN for {name}: {left} more wrong PIN(s) lock it for a minute.", "", n)


PLURAL_CONTEXT = "CorePlurals"
COUNT_KEYS = ("count", "left")


def _count_of(message: Text) -> int | None:
    for key in COUNT_KEYS:
        value = message.values.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.isdigit():
            return int(value)
    return None


def translate_text(message: Text) -> str:
    """A core :class:`Text`: its template in the interface language, filled with its values."""
    count = _count_of(message) if "(s)" in message.template else None
    template = message.template
    if count is not None:  # the plural form for that count ("1 check-in", "3 check-ins")
        template = QCoreApplication.translate(PLURAL_CONTEXT, message.template, "", count)
    if template == message.template:
        template = QCoreApplication.translate(CONTEXT, message.template)
    values = {key: _value(value) for key, value in message.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation: fall back to English
        return message.template.format(**values)


def translate_core(message: str) -> str:
    """The message in the interface language (unchanged if it has no translation)."""
    if not message:
        return message
    if isinstance(message, Text):
        return translate_text(message)
    return " ".join(_translate_sentence(sentence) for sentence in _SENTENCE.split(message))
