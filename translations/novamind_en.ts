<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (misspelt?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to item “%1”, which is not defined before this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the scores of item “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item condition needs &quot;min&quot; or &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;min&quot; is greater than &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item “%1” is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may contain only letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option set “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but the items&apos; lowest scores add up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but the items&apos; highest scores add up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;max_missing&quot; and &quot;rounding&quot; belong to the &quot;prorate&quot; rule only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only &quot;half_up&quot; is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a rule; use &quot;require_all&quot; or &quot;prorate&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; the first band must start at the lowest total, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; bands must follow each other without gap or overlap, so it must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is below &quot;min&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than the previous band&apos;s rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; the last band must end at the highest total, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot tell endorsed from not endorsed for item “%2” (scores %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and the group&apos;s %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a cut-off within the total&apos;s range %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranks must be unique and above the rank of &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie within the total&apos;s range %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The username or password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is locked after repeated failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts; wait a moment and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator has revoked this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended; sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection; it may not be running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server named %1 could be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novamind connects to a server over HTTPS only; plain HTTP is allowed to this computer alone. The address given was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer has no valid &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>The appointment is not linked to a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinician for the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the start date and time of the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between %1 and %2 minutes (8 hours).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>The assessment is not linked to a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instrument version must be 1 or higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed assessment must record when it was administered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response does not name its item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item “%1” is answered more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score of item “%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of objects, each with an item id (text) and a score (a number or null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object whose values are numbers, one per subscale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>A completed assessment is saved with complete()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some answers need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentScorer</name>
    <message>
        <source>The instrument &quot;%1&quot; is not known to this version of Novamind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to item %1 is not one of its options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>The local cache %1 cannot be opened: the key does not decrypt it, or it is not an encrypted Novamind cache. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an encrypted database of another application, not a Novamind cache. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of Novamind (schema version %2; this version understands up to %3). Update Novamind to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to configure the local cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 cannot use write-ahead logging; is its folder read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to initialise the local cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheUnlock</name>
    <message>
        <source>This account has not signed in on this computer yet. Connect to the server to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline sign-in is allowed for %n day(s) after the last sign-in with the server. Connect to the server to sign in.</source>
        <translation>
            <numerusform>Offline sign-in is allowed for %n day after the last sign-in with the server. Connect to the server to sign in.</numerusform>
            <numerusform>Offline sign-in is allowed for %n days after the last sign-in with the server. Connect to the server to sign in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>The change could not be queued for sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync queue could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change %1 is not in the sync queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicalNote</name>
    <message>
        <source>The note is not linked to a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The title can be at most %n characters.</source>
        <translation>
            <numerusform>The title can be at most %n character.</numerusform>
            <numerusform>The title can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A note cannot be signed without text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed note must record when it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed note must record who signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft note cannot have a signing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft note cannot have a signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note cannot be an addendum to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This addendum does not refer to that note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum can only amend a signed note; edit the draft itself instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum cannot amend a deleted note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum must be about the same patient as the note it amends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicalNoteRepository</name>
    <message>
        <source>Only a draft can be saved; sign the note to finish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is already signed; write an addendum to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum must refer to the note it corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note this addendum corrects no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message>
        <source>The conflict could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was already resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of record cannot take a value back; keep the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record deleted on the server cannot be restored here; keep the server&apos;s version, or enter it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPracticeGenerator</name>
    <message>
        <source>The demo practice needs the date of its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo practice can have 0 to %1 patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo period can be 1 to %1 days long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo practice needs at least one clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo clinicians must be distinct, non-null ids.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPracticeWriter</name>
    <message>
        <source>The demo practice could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyContact</name>
    <message>
        <source>Enter the emergency contact&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The emergency contact&apos;s name can be at most %n characters.</source>
        <translation>
            <numerusform>The emergency contact&apos;s name can be at most %n character.</numerusform>
            <numerusform>The emergency contact&apos;s name can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a phone number for the emergency contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>A phone number may contain only digits, spaces, hyphens, parentheses and a leading +, for example +1 (555) 123-4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A phone number must have 7 to 15 digits; this one has %n.</source>
        <translation>
            <numerusform>A phone number must have 7 to 15 digits; this one has %n.</numerusform>
            <numerusform>A phone number must have 7 to 15 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>An e-mail address must look like name@example.com, with no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentDefinition</name>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may contain only lower-case letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 or greater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs &quot;scoring.total&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defines nothing to score (no total, risk, flags or criteria)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is too large to be an instrument definition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentRegistry</name>
    <message>
        <source>The instrument directory %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instrument directory %1 holds no definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: id: “%2” does not match the file name; the file must be named %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>Expected text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD, for example 1984-03-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date and time in ISO 8601 with a time zone, for example 2026-11-25T09:30:00.250Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an identifier (UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of identifiers (UUIDs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list whose entries are each one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>The key file is damaged or has been altered, so Novamind will not use it. Sign in while connected to the network to restore access to your local data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file “%1” is damaged or has been altered, so Novamind will not use it. Sign in while connected to the network to restore access to your local data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file was written by a newer version of Novamind. Update Novamind and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file “%1” was written by a newer version of Novamind. Update Novamind and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be protected: it must be %1 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be protected: the key derivation settings are outside the range Novamind accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novamind could not save the key file “%1”: %2. Check that the disk is not full and that you may write to that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novamind could not read the key file “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalAccounts</name>
    <message>
        <source>The folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account list %1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementBasedCare</name>
    <message>
        <source>Response: the total score has fallen by at least 50 % from the baseline total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: the baseline total is 0, so there is nothing to fall from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remission is not defined for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remission: a %1 total below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable change is not defined for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reliable change: the %1 total has changed by at least %n point(s) from baseline, more than measurement error alone would explain. A fall is reliable improvement, a rise reliable deterioration.</source>
        <translation>
            <numerusform>Reliable change: the %1 total has changed by at least %n point from baseline, more than measurement error alone would explain. A fall is reliable improvement, a rise reliable deterioration.</numerusform>
            <numerusform>Reliable change: the %1 total has changed by at least %n points from baseline, more than measurement error alone would explain. A fall is reliable improvement, a rise reliable deterioration.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medication</name>
    <message>
        <source>The medication is not linked to a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the medication name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The medication name can be at most %n characters.</source>
        <translation>
            <numerusform>The medication name can be at most %n character.</numerusform>
            <numerusform>The medication name can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dose must be greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit of the dose, for example mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the medication was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop date cannot be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason the medication was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason for stopping is given, but no stop date. Enter the stop date, or clear the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <source>Appearance and behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood (patient&apos;s words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought content (incl. suicidal / homicidal ideation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight and judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicidal ideation, intent, plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of present illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychiatric history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitalisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical history and current medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannabis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other substances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and social history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental status exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response and side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laboratory tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Observation</name>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resting heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate variability (RMSSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen saturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observation is not linked to a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date and time of the observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be recorded in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationQuery</name>
    <message>
        <source>The observations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationRepository</name>
    <message>
        <source>Reading %1 of %2 needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readings could not be saved in the local cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1 was refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordKdf</name>
    <message>
        <source>The key derivation settings are outside the range Novamind accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation salt has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested key length is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free memory to check the password. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system could not start the threads needed to check the password. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novamind could not derive the key from the password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patient</name>
    <message>
        <source>Enter the MRN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MRN must be 6 to 12 characters long: capital letters A–Z and digits 0–9, with at most one hyphen between them (for example AB-12345).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The given name can be at most %n characters.</source>
        <translation>
            <numerusform>The given name can be at most %n character.</numerusform>
            <numerusform>The given name can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The family name can be at most %n characters.</source>
        <translation>
            <numerusform>The family name can be at most %n character.</numerusform>
            <numerusform>The family name can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preferred name can be at most %n characters.</source>
        <translation>
            <numerusform>The preferred name can be at most %n character.</numerusform>
            <numerusform>The preferred name can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Date of birth cannot be more than %n years ago.</source>
        <translation>
            <numerusform>Date of birth cannot be more than %n year ago.</numerusform>
            <numerusform>Date of birth cannot be more than %n years ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an ICD-10-CM code. A code is a capital letter, a digit and a capital letter or digit, optionally followed by a dot and 1 to 4 capital letters or digits, for example F32.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allergy entry is empty. Fill it in or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A care team entry does not name a clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clinician is listed more than once in the care team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulledPage</name>
    <message>
        <source>the pulled page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordMeta</name>
    <message>
        <source>The record has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the record was created is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the record was last changed is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the record was last changed cannot be before it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not say who created it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>The record could not be saved in the local cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be read from the local cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record needs an id before it can be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with this id already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is final and cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record from the server must carry its created_at and updated_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is final and cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The migration directory %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration file name %1 does not follow NNNN_name.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is out of sequence: expected number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to start migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (version %2) failed and was rolled back: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <source>%1 has no item “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item “%2”: %3 is not one of its answer scores (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item “%2” is not asked after the answers given to the items before it, so it must be left unanswered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch: the statement has %1 placeholders but %2 values were bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value %1 has a type (%2) that cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement has been prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch the row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>The cache folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account must finish its setup (two-factor authentication or a new password) before it can sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>The sync state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync state could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>The account has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username must be %1 to %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username may contain only letters A–Z and a–z, digits 0–9, dots, underscores and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name to show for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The display name can be at most %n characters.</source>
        <translation>
            <numerusform>The display name can be at most %n character.</numerusform>
            <numerusform>The display name can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>Unable to start saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the transaction was not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::core::ApiClient</name>
    <message>
        <source>The answer is not JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refreshed session has no valid tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::core::AppointmentsModel</name>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::core::AssessmentHistoryModel</name>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first completed administration of this instrument: the baseline later totals are compared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::core::MedicationsModel</name>
    <message>
        <source>Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sublingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intramuscular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intravenous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcutaneous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transdermal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::core::NotesModel</name>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction or addition to a signed note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::core::PatientListModel</name>
    <message>
        <source>The patient list could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violence risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdose risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name, given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the patient prefers to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age in whole years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety risk flags on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::core::Repository</name>
    <message>
        <source>A stored record could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::core::SqlCipherDriver</name>
    <message>
        <source>QSQLCIPHER_KEY must be %1 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSQLCIPHER_PAGE_SIZE must be a power of two between 512 and 65536</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSQLCIPHER_BUSY_TIMEOUT must be a number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connect option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encryption key of %1 bytes is required to open an encrypted cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to open the database file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to apply the encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked SQLite library does not encrypt (no cipher_version); refusing to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to set the cipher page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be decrypted: the key is wrong, or the file is not an encrypted cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read the database file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to run the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to prepare a statement of the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement of the script failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::core::SyncEngine</name>
    <message>
        <source>the push answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered a change this workstation did not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered a change with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page whose Link header and body disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an observation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::core::WorkstationSession</name>
    <message>
        <source>The password is not correct. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
This account&apos;s data on this computer has been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account must set up two-factor authentication before it can use the workstation. Ask your practice administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account must choose a new password before it can use the workstation. Ask your practice administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent. Ask your practice administrator.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is allowed only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is not correct. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code and enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is locked after repeated failed sign-ins. Wait, or ask your practice administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins from this computer. Wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::AdministerAssessmentDialog</name>
    <message>
        <source>Administer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the answer to item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave item %1 unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked: the answers above skip this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers cannot be scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 of %2 (prorated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level: not known until the questions are answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A total is prorated while at most %n item(s) are unanswered.</source>
        <translation>
            <numerusform>A total is prorated while at most %n item is unanswered.</numerusform>
            <numerusform>A total is prorated while at most %n items are unanswered.</numerusform>
        </translation>
    </message>
    <message>
        <source>A total needs every item answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscales: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yes (cut-off %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no (cut-off %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: open until more items are answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items are not answered; the first is item %1.</source>
        <translation>
            <numerusform>%n item is not answered: item %1.</numerusform>
            <numerusform>%n items are not answered; the first is item %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every question that is asked needs an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved now, the total is prorated. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with prorated total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instrument definitions are not loaded; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was not saved: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the answers given so far?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been saved to the chart yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep answering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bring the sleep diary; video link sent by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Now booked for %1 at %2, %n minutes.</source>
        <translation>
            <numerusform>Now booked for %1 at %2, %n minute.</numerusform>
            <numerusform>Now booked for %1 at %2, %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The appointment could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::AppointmentsTab</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule the selected appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status of the selected appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role can view appointments but not book or change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments of the shown day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming scheduled appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — 1 appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments of the shown week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming — nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming — %1 scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only scheduled appointments can be moved. Book the next visit with New….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::AssessmentsTab</name>
    <message>
        <source>%1 item %2, “%3”, was answered “%4” (score %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instrument definitions are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow recording assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instrument definitions are not loaded, so assessments cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessments recorded yet. Use Administer… to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers to this %1 raised a suicide-risk flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is now marked with a suicide-risk flag, shown in the patient list and on the overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart already carries a suicide-risk flag; it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be marked with a suicide-risk flag (%1). Add the flag on the overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient&apos;s record is not in this cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::ConflictsDialog</name>
    <message>
        <source>Patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and rejected changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and someone else changed the same field. The server kept its value; yours is kept here until you choose. &quot;Use mine&quot; sends your value again; &quot;Keep server&apos;s&quot; closes the conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused these changes; they were not applied anywhere. Make the change again in the chart, correcting what the server names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rejected changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novamind — Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novamind is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out so someone else can sign in. Your drafts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::MainWindow</name>
    <message>
        <source>Novamind — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient on the left to open the chart.
Ctrl+F searches; Enter opens the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts and rejected changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Novamind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next open chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous open chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the current chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and rejected changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to that field or tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart stays open because a draft could not be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Novamind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novamind Clinician Workstation %1

Charts, scored assessments and each patient&apos;s digital twin, on an encrypted cache that works offline and syncs with your practice&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::MedicationDialog</name>
    <message>
        <source>Add medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change dose of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sertraline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. once daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three times daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current dose of %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dose of %1 recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the dose as a number, for example 50 or 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the current dose. Enter the new dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medication could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::MedicationsTab</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications the patient takes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications that were stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;dose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change dose of the selected medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role can view medications but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medications could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Past (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medication of this patient has been stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient takes no medication on record.
Use Add… to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::NoteEditor</name>
    <message>
        <source>Select a note in the list, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Follow-up visit, sertraline review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed notes cannot be changed; write a correction or addition as an addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the note a title before signing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note cannot be signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign “%1” now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed notes cannot be changed; corrections are added as addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the note; it cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot sign notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2. Signed notes cannot be changed; corrections are added as addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum to “%1” (%2), signed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, last saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft; it is saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::NoteSearchResultDelegate</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::NotesTab</name>
    <message>
        <source>Search this patient&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a note from the template of its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot write notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: it can still be changed, and is not part of the signed record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes for this patient yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::OverviewTab</name>
    <message>
        <source>Risk flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart cannot be read from the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Born %1 (%n years)</source>
        <translation>
            <numerusform>Born %1 (%n year)</numerusform>
            <numerusform>Born %1 (%n years)</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags raised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medications cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointments cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2, %n minute(s), %3</source>
        <translation>
            <numerusform>%1 at %2, %n minute, %3</numerusform>
            <numerusform>%1 at %2, %n minutes, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::PatientChart</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart cannot be read from the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::PatientPanel</name>
    <message>
        <source>&amp;My patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk flags only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, MRN or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n+ patient(s)</source>
        <translation>
            <numerusform>%n+ patient</numerusform>
            <numerusform>%n+ patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nm::ui::SafetyAlertDialog</name>
    <message>
        <source>Safety alert: suicide risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the patient reports thoughts of death or self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Assess suicide risk before the patient leaves, whatever the total score: ask about thoughts of suicide, intent, plan, access to means and past attempts.
• The C-SSRS screener structures these questions and takes about two minutes.
• If there is intent or a plan, do not leave the patient alone and follow your service&apos;s crisis protocol.
• Record your assessment and the safety plan in a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen now with C-SSRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice allows %1 to %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after no input for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address your practice gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is allowed only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::SignInWindow</name>
    <message>
        <source>Novamind — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novamind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://novamind.example-practice.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address your practice gave you, e.g. https://novamind.example-practice.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password or the authenticator code is not correct. Check both; the code changes every 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::StopMedicationDialog</name>
    <message>
        <source>Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — taken since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to another medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction with another medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost or access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medication could not be stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your changes and fetch the latest (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in offline: sign out and sign in with the server to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached; your changes are kept here and sent when it can (next try in %n s).</source>
        <translation>
            <numerusform>The server cannot be reached; your changes are kept here and sent when it can (next try in %n s).</numerusform>
            <numerusform>The server cannot be reached; your changes are kept here and sent when it can (next try in %n s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached; your changes are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs you to sign in again: sign out, then sign in. Your changes are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted; nothing was sent. Ask your practice administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync failed: %1 Trying again in %n s.</source>
        <translation>
            <numerusform>Sync failed: %1 Trying again in %n s.</numerusform>
            <numerusform>Sync failed: %1 Trying again in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ui::WorkstationShell</name>
    <message>
        <source>Not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft could not be saved, so the workstation did not lock:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft could not be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language not changed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies after the next sign-in, because a draft could not be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without the draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft could not be saved:
%1

Quit anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind</name>
    <message>
        <source>Usage: novamind sync --headless --server URL --username NAME --cache-dir DIR --password-stdin [--totp CODE] [--timeout-ms N] [--retry-for-ms N]

Signs in, opens (or creates) this user&apos;s encrypted cache in DIR with the key the server holds for it, pushes every local change and pulls everything new. The password is read from the first line of standard input.

Exit codes: 0 synced, 1 failed (the message says why), 2 bad usage, 3 the server revoked this device or account and the cache was erased.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novamind clinician workstation. `novamind sync --headless --help` describes the command-line sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address to offer at sign-in (saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the encrypted caches and settings (default: the user&apos;s application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &quot;shown&quot; once the sign-in window has been painted, and quit (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novamind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
