<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>unknown field (misspelt?)</source>
        <translation>unbekanntes Feld (Tippfehler?)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>nicht leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>score %1 appears twice</source>
        <translation>Punktwert %1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>refers to item “%1”, which is not defined before this point</source>
        <translation>verweist auf Item „%1“, das vor dieser Stelle nicht definiert ist</translation>
    </message>
    <message>
        <source>%1 is outside the scores of item “%2” (%3)</source>
        <translation>%1 liegt außerhalb der Punktwerte von Item „%2“ (%3)</translation>
    </message>
    <message>
        <source>an item condition needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>eine Item-Bedingung benötigt &quot;min&quot; oder &quot;max&quot;</translation>
    </message>
    <message>
        <source>&quot;min&quot; is greater than &quot;max&quot;</source>
        <translation>&quot;min&quot; ist größer als &quot;max&quot;</translation>
    </message>
    <message>
        <source>expected an item id</source>
        <translation>Item-ID erwartet</translation>
    </message>
    <message>
        <source>unknown item “%1”</source>
        <translation>unbekanntes Item „%1“</translation>
    </message>
    <message>
        <source>item “%1” is listed twice</source>
        <translation>Item „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>“%1” may contain only letters, digits and underscores</source>
        <translation>„%1“ darf nur Buchstaben, Ziffern und Unterstriche enthalten</translation>
    </message>
    <message>
        <source>“%1” is used twice</source>
        <translation>„%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>unknown option set “%1”</source>
        <translation>unbekannter Optionssatz „%1“</translation>
    </message>
    <message>
        <source>is %1, but the items&apos; lowest scores add up to %2</source>
        <translation>ist %1, aber die niedrigsten Punktwerte der Items ergeben zusammen %2</translation>
    </message>
    <message>
        <source>is %1, but the items&apos; highest scores add up to %2</source>
        <translation>ist %1, aber die höchsten Punktwerte der Items ergeben zusammen %2</translation>
    </message>
    <message>
        <source>&quot;max_missing&quot; and &quot;rounding&quot; belong to the &quot;prorate&quot; rule only</source>
        <translation>&quot;max_missing&quot; und &quot;rounding&quot; gehören nur zur Regel &quot;prorate&quot;</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>only &quot;half_up&quot; is supported</source>
        <translation>nur &quot;half_up&quot; wird unterstützt</translation>
    </message>
    <message>
        <source>“%1” is not a rule; use &quot;require_all&quot; or &quot;prorate&quot;</source>
        <translation>„%1“ ist keine Regel; verwenden Sie &quot;require_all&quot; oder &quot;prorate&quot;</translation>
    </message>
    <message>
        <source>is %1; the first band must start at the lowest total, %2</source>
        <translation>ist %1; der erste Bereich muss beim niedrigsten Gesamtwert beginnen, %2</translation>
    </message>
    <message>
        <source>is %1; bands must follow each other without gap or overlap, so it must be %2</source>
        <translation>ist %1; die Bereiche müssen lückenlos und ohne Überschneidung aufeinander folgen, daher muss der Wert %2 sein</translation>
    </message>
    <message>
        <source>is below &quot;min&quot;</source>
        <translation>liegt unter &quot;min&quot;</translation>
    </message>
    <message>
        <source>must be greater than the previous band&apos;s rank</source>
        <translation>muss größer als der Rang des vorherigen Bereichs sein</translation>
    </message>
    <message>
        <source>is %1; the last band must end at the highest total, %2</source>
        <translation>ist %1; der letzte Bereich muss beim höchsten Gesamtwert enden, %2</translation>
    </message>
    <message>
        <source>%1 cannot tell endorsed from not endorsed for item “%2” (scores %3)</source>
        <translation>%1 kann bei Item „%2“ nicht zwischen zutreffend und nicht zutreffend unterscheiden (Punktwerte %3)</translation>
    </message>
    <message>
        <source>must be between 1 and the group&apos;s %1 items</source>
        <translation>muss zwischen 1 und den %1 Items der Gruppe liegen</translation>
    </message>
    <message>
        <source>%1 is not a cut-off within the total&apos;s range %2–%3</source>
        <translation>%1 ist kein Cut-off-Wert im Bereich des Gesamtwerts %2–%3</translation>
    </message>
    <message>
        <source>ranks must be unique and above the rank of &quot;none&quot;</source>
        <translation>Ränge müssen eindeutig sein und über dem Rang von &quot;none&quot; liegen</translation>
    </message>
    <message>
        <source>must lie within the total&apos;s range %1–%2</source>
        <translation>muss im Bereich des Gesamtwerts %1–%2 liegen</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The username or password is wrong</source>
        <translation>Benutzername oder Passwort ist falsch</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein</translation>
    </message>
    <message>
        <source>The account is locked after repeated failed sign-ins</source>
        <translation>Das Konto ist nach wiederholten fehlgeschlagenen Anmeldungen gesperrt</translation>
    </message>
    <message>
        <source>Too many attempts; wait a moment and try again</source>
        <translation>Zu viele Versuche; warten Sie einen Moment und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>An administrator has revoked this workstation</source>
        <translation>Ein Administrator hat die Zulassung dieses Arbeitsplatzes widerrufen</translation>
    </message>
    <message>
        <source>This account has been deactivated</source>
        <translation>Dieses Konto wurde deaktiviert</translation>
    </message>
    <message>
        <source>Your session has ended; sign in again</source>
        <translation>Ihre Sitzung ist abgelaufen; melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Your role does not allow this</source>
        <translation>Ihre Rolle erlaubt dies nicht</translation>
    </message>
    <message>
        <source>Some fields need attention</source>
        <translation>Einige Felder müssen überprüft werden</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The server refused the connection; it may not be running.</source>
        <translation>Der Server hat die Verbindung abgelehnt; möglicherweise läuft er nicht.</translation>
    </message>
    <message>
        <source>No server named %1 could be found.</source>
        <translation>Es wurde kein Server namens %1 gefunden.</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server address is not secure</source>
        <translation>Die Serveradresse ist nicht sicher</translation>
    </message>
    <message>
        <source>Novamind connects to a server over HTTPS only; plain HTTP is allowed to this computer alone. The address given was %1.</source>
        <translation>Novamind verbindet sich ausschließlich über HTTPS mit einem Server; unverschlüsseltes HTTP ist nur zu diesem Computer selbst erlaubt. Angegeben wurde die Adresse %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The local cache could not be updated</source>
        <translation>Der lokale Datenspeicher konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Sign in to continue</source>
        <translation>Melden Sie sich an, um fortzufahren</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1)</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>The sign-in answer has no valid &quot;%1&quot;.</source>
        <translation>Die Antwort auf die Anmeldung enthält kein gültiges &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>The appointment is not linked to a patient.</source>
        <translation>Der Termin ist keinem Patienten zugeordnet.</translation>
    </message>
    <message>
        <source>Choose the clinician for the appointment.</source>
        <translation>Wählen Sie den Behandler für den Termin aus.</translation>
    </message>
    <message>
        <source>Enter the start date and time of the appointment.</source>
        <translation>Geben Sie Datum und Uhrzeit des Terminbeginns ein.</translation>
    </message>
    <message>
        <source>The duration must be between %1 and %2 minutes (8 hours).</source>
        <translation>Die Dauer muss zwischen %1 und %2 Minuten (8 Stunden) liegen.</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>The assessment is not linked to a patient.</source>
        <translation>Die Testung ist keinem Patienten zugeordnet.</translation>
    </message>
    <message>
        <source>Choose the instrument.</source>
        <translation>Wählen Sie das Instrument aus.</translation>
    </message>
    <message>
        <source>The instrument version must be 1 or higher.</source>
        <translation>Die Instrumentversion muss 1 oder höher sein.</translation>
    </message>
    <message>
        <source>A completed assessment must record when it was administered.</source>
        <translation>Bei einer abgeschlossenen Testung muss erfasst sein, wann sie durchgeführt wurde.</translation>
    </message>
    <message>
        <source>A response does not name its item.</source>
        <translation>Eine Antwort gibt ihr Item nicht an.</translation>
    </message>
    <message>
        <source>Item “%1” is answered more than once.</source>
        <translation>Item „%1“ ist mehrfach beantwortet.</translation>
    </message>
    <message>
        <source>The score of item “%1” is not a number.</source>
        <translation>Der Punktwert von Item „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Expected a list of objects, each with an item id (text) and a score (a number or null).</source>
        <translation>Erwartet wurde eine Liste von Objekten, jeweils mit einer Item-ID (Text) und einem Punktwert (Zahl oder null).</translation>
    </message>
    <message>
        <source>Expected an object whose values are numbers, one per subscale.</source>
        <translation>Erwartet wurde ein Objekt, dessen Werte Zahlen sind, einer je Subskala.</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>A completed assessment is saved with complete()</source>
        <translation>Eine abgeschlossene Testung wird mit complete() gespeichert</translation>
    </message>
    <message>
        <source>Some answers need attention</source>
        <translation>Einige Antworten müssen überprüft werden</translation>
    </message>
</context>
<context>
    <name>AssessmentScorer</name>
    <message>
        <source>The instrument &quot;%1&quot; is not known to this version of Novamind.</source>
        <translation>Das Instrument „%1“ ist dieser Novamind-Version nicht bekannt.</translation>
    </message>
    <message>
        <source>The answer to item %1 is not one of its options.</source>
        <translation>Die Antwort auf Item %1 ist keine der vorgesehenen Antwortmöglichkeiten.</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>The local cache %1 cannot be opened: the key does not decrypt it, or it is not an encrypted Novamind cache. The file was not changed.</source>
        <translation>Der lokale Datenspeicher %1 kann nicht geöffnet werden: Der Schlüssel entschlüsselt ihn nicht, oder es handelt sich nicht um einen verschlüsselten Novamind-Datenspeicher. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>Der lokale Datenspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is an encrypted database of another application, not a Novamind cache. It was left untouched.</source>
        <translation>Die Datei %1 ist eine verschlüsselte Datenbank einer anderen Anwendung, kein Novamind-Datenspeicher. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of Novamind (schema version %2; this version understands up to %3). Update Novamind to open it. The file was not changed.</source>
        <translation>Der lokale Datenspeicher %1 wurde von einer neueren Novamind-Version geschrieben (Schemaversion %2; diese Version unterstützt bis %3). Aktualisieren Sie Novamind, um ihn zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Unable to configure the local cache: %1</source>
        <translation>Der lokale Datenspeicher kann nicht konfiguriert werden: %1</translation>
    </message>
    <message>
        <source>The local cache %1 cannot use write-ahead logging; is its folder read-only?</source>
        <translation>Der lokale Datenspeicher %1 kann kein Write-Ahead-Logging verwenden; ist sein Ordner schreibgeschützt?</translation>
    </message>
    <message>
        <source>Unable to initialise the local cache: %1</source>
        <translation>Der lokale Datenspeicher kann nicht initialisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>CacheUnlock</name>
    <message>
        <source>This account has not signed in on this computer yet. Connect to the server to sign in.</source>
        <translation>Dieses Konto hat sich auf diesem Computer noch nie angemeldet. Verbinden Sie sich zur Anmeldung mit dem Server.</translation>
    </message>
    <message numerus="yes">
        <source>Offline sign-in is allowed for %n day(s) after the last sign-in with the server. Connect to the server to sign in.</source>
        <translation>
            <numerusform>Die Offline-Anmeldung ist nur bis %n Tag nach der letzten Anmeldung am Server möglich. Verbinden Sie sich zur Anmeldung mit dem Server.</numerusform>
            <numerusform>Die Offline-Anmeldung ist nur bis %n Tage nach der letzten Anmeldung am Server möglich. Verbinden Sie sich zur Anmeldung mit dem Server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>The change could not be queued for sync: %1</source>
        <translation>Die Änderung konnte nicht zur Synchronisierung vorgemerkt werden: %1</translation>
    </message>
    <message>
        <source>The sync queue could not be read: %1</source>
        <translation>Die Synchronisierungswarteschlange konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The sync queue could not be updated: %1</source>
        <translation>Die Synchronisierungswarteschlange konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The change %1 is not in the sync queue</source>
        <translation>Die Änderung %1 befindet sich nicht in der Synchronisierungswarteschlange</translation>
    </message>
</context>
<context>
    <name>ClinicalNote</name>
    <message>
        <source>The note is not linked to a patient.</source>
        <translation>Die Notiz ist keinem Patienten zugeordnet.</translation>
    </message>
    <message numerus="yes">
        <source>The title can be at most %n characters.</source>
        <translation>
            <numerusform>Der Titel darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Der Titel darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>A note cannot be signed without text.</source>
        <translation>Eine Notiz ohne Text kann nicht signiert werden.</translation>
    </message>
    <message>
        <source>A signed note must record when it was signed.</source>
        <translation>Bei einer signierten Notiz muss der Zeitpunkt der Signatur erfasst sein.</translation>
    </message>
    <message>
        <source>A signed note must record who signed it.</source>
        <translation>Bei einer signierten Notiz muss erfasst sein, wer sie signiert hat.</translation>
    </message>
    <message>
        <source>A draft note cannot have a signing time.</source>
        <translation>Ein Entwurf kann keinen Signaturzeitpunkt haben.</translation>
    </message>
    <message>
        <source>A draft note cannot have a signer.</source>
        <translation>Ein Entwurf kann keinen Unterzeichner haben.</translation>
    </message>
    <message>
        <source>A note cannot be an addendum to itself.</source>
        <translation>Eine Notiz kann kein Nachtrag zu sich selbst sein.</translation>
    </message>
    <message>
        <source>This addendum does not refer to that note.</source>
        <translation>Dieser Nachtrag bezieht sich nicht auf diese Notiz.</translation>
    </message>
    <message>
        <source>An addendum can only amend a signed note; edit the draft itself instead.</source>
        <translation>Ein Nachtrag kann nur eine signierte Notiz ergänzen; bearbeiten Sie stattdessen den Entwurf selbst.</translation>
    </message>
    <message>
        <source>An addendum cannot amend a deleted note.</source>
        <translation>Ein Nachtrag kann keine gelöschte Notiz ergänzen.</translation>
    </message>
    <message>
        <source>An addendum must be about the same patient as the note it amends.</source>
        <translation>Ein Nachtrag muss denselben Patienten betreffen wie die Notiz, die er ergänzt.</translation>
    </message>
</context>
<context>
    <name>ClinicalNoteRepository</name>
    <message>
        <source>Only a draft can be saved; sign the note to finish it</source>
        <translation>Nur ein Entwurf kann gespeichert werden; signieren Sie die Notiz, um sie abzuschließen</translation>
    </message>
    <message>
        <source>The note no longer exists</source>
        <translation>Die Notiz existiert nicht mehr</translation>
    </message>
    <message>
        <source>The note is already signed; write an addendum to correct it</source>
        <translation>Die Notiz ist bereits signiert; verfassen Sie einen Nachtrag, um sie zu korrigieren</translation>
    </message>
    <message>
        <source>An addendum must refer to the note it corrects</source>
        <translation>Ein Nachtrag muss sich auf die Notiz beziehen, die er korrigiert</translation>
    </message>
    <message>
        <source>The note this addendum corrects no longer exists</source>
        <translation>Die Notiz, die dieser Nachtrag korrigiert, existiert nicht mehr</translation>
    </message>
    <message>
        <source>Some fields need attention</source>
        <translation>Einige Felder müssen überprüft werden</translation>
    </message>
    <message>
        <source>The notes could not be searched: %1</source>
        <translation>Die Notizen konnten nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message>
        <source>The conflict could not be saved: %1</source>
        <translation>Der Konflikt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Die Konflikte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This conflict was already resolved</source>
        <translation>Dieser Konflikt wurde bereits gelöst</translation>
    </message>
    <message>
        <source>This kind of record cannot take a value back; keep the server&apos;s</source>
        <translation>Bei dieser Art von Datensatz kann kein Wert zurückgenommen werden; übernehmen Sie den Wert des Servers</translation>
    </message>
    <message>
        <source>A record deleted on the server cannot be restored here; keep the server&apos;s version, or enter it again</source>
        <translation>Ein auf dem Server gelöschter Datensatz kann hier nicht wiederhergestellt werden; übernehmen Sie die Version des Servers oder erfassen Sie ihn neu</translation>
    </message>
    <message>
        <source>The record no longer exists</source>
        <translation>Der Datensatz existiert nicht mehr</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>Der Konflikt konnte nicht gelöst werden: %1</translation>
    </message>
</context>
<context>
    <name>DemoPracticeGenerator</name>
    <message>
        <source>The demo practice needs the date of its last day.</source>
        <translation>Die Demo-Praxis benötigt das Datum ihres letzten Tages.</translation>
    </message>
    <message>
        <source>The demo practice can have 0 to %1 patients.</source>
        <translation>Die Demo-Praxis kann 0 bis %1 Patienten haben.</translation>
    </message>
    <message>
        <source>The demo period can be 1 to %1 days long.</source>
        <translation>Der Demo-Zeitraum kann 1 bis %1 Tage lang sein.</translation>
    </message>
    <message>
        <source>The demo practice needs at least one clinician.</source>
        <translation>Die Demo-Praxis benötigt mindestens einen Behandler.</translation>
    </message>
    <message>
        <source>The demo clinicians must be distinct, non-null ids.</source>
        <translation>Die Demo-Behandler müssen unterschiedliche IDs haben, die nicht leer sind.</translation>
    </message>
</context>
<context>
    <name>DemoPracticeWriter</name>
    <message>
        <source>The demo practice could not be loaded: %1</source>
        <translation>Die Demo-Praxis konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>EmergencyContact</name>
    <message>
        <source>Enter the emergency contact&apos;s name.</source>
        <translation>Geben Sie den Namen des Notfallkontakts ein.</translation>
    </message>
    <message numerus="yes">
        <source>The emergency contact&apos;s name can be at most %n characters.</source>
        <translation>
            <numerusform>Der Name des Notfallkontakts darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Der Name des Notfallkontakts darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a phone number for the emergency contact.</source>
        <translation>Geben Sie eine Telefonnummer für den Notfallkontakt ein.</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>A phone number may contain only digits, spaces, hyphens, parentheses and a leading +, for example +1 (555) 123-4567.</source>
        <translation>Eine Telefonnummer darf nur Ziffern, Leerzeichen, Bindestriche, Klammern und ein führendes + enthalten, zum Beispiel +49 (30) 1234-5678.</translation>
    </message>
    <message numerus="yes">
        <source>A phone number must have 7 to 15 digits; this one has %n.</source>
        <translation>
            <numerusform>Eine Telefonnummer muss 7 bis 15 Ziffern haben; diese hat %n Ziffer.</numerusform>
            <numerusform>Eine Telefonnummer muss 7 bis 15 Ziffern haben; diese hat %n Ziffern.</numerusform>
        </translation>
    </message>
    <message>
        <source>An e-mail address must look like name@example.com, with no spaces.</source>
        <translation>Eine E-Mail-Adresse muss die Form name@beispiel.de haben und darf keine Leerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>InstrumentDefinition</name>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: kein gültiges JSON an Position %2: %3</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>“%1” may contain only lower-case letters, digits and underscores</source>
        <translation>„%1“ darf nur Kleinbuchstaben, Ziffern und Unterstriche enthalten</translation>
    </message>
    <message>
        <source>must be 1 or greater</source>
        <translation>muss 1 oder größer sein</translation>
    </message>
    <message>
        <source>needs &quot;scoring.total&quot;</source>
        <translation>benötigt &quot;scoring.total&quot;</translation>
    </message>
    <message>
        <source>defines nothing to score (no total, risk, flags or criteria)</source>
        <translation>definiert nichts Auswertbares (keinen Gesamtwert, kein Risiko, keine Hinweise oder Kriterien)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: is too large to be an instrument definition</source>
        <translation>%1: ist zu groß für eine Instrumentdefinition</translation>
    </message>
</context>
<context>
    <name>InstrumentRegistry</name>
    <message>
        <source>The instrument directory %1 does not exist</source>
        <translation>Das Instrumentverzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <source>The instrument directory %1 holds no definitions</source>
        <translation>Das Instrumentverzeichnis %1 enthält keine Definitionen</translation>
    </message>
    <message>
        <source>%1: id: “%2” does not match the file name; the file must be named %3</source>
        <translation>%1: id: „%2“ passt nicht zum Dateinamen; die Datei muss %3 heißen</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>Expected text.</source>
        <translation>Erwartet wurde Text.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Erwartet wurde true oder false.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Erwartet wurde eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Expected a whole number between %1 and %2.</source>
        <translation>Erwartet wurde eine ganze Zahl zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>Erwartet wurde eine Zahl.</translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD, for example 1984-03-07.</source>
        <translation>Erwartet wurde ein Datum im Format JJJJ-MM-TT, zum Beispiel 1984-03-07.</translation>
    </message>
    <message>
        <source>Expected a date and time in ISO 8601 with a time zone, for example 2026-11-25T09:30:00.250Z.</source>
        <translation>Erwartet wurde ein Datum mit Uhrzeit nach ISO 8601 mit Zeitzone, zum Beispiel 2026-11-25T09:30:00.250Z.</translation>
    </message>
    <message>
        <source>Expected an identifier (UUID).</source>
        <translation>Erwartet wurde eine Kennung (UUID).</translation>
    </message>
    <message>
        <source>Expected a list of text.</source>
        <translation>Erwartet wurde eine Liste von Texten.</translation>
    </message>
    <message>
        <source>Expected a list of identifiers (UUIDs).</source>
        <translation>Erwartet wurde eine Liste von Kennungen (UUIDs).</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Erwartet wurde ein Objekt.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>Erwartet wurde eine Liste.</translation>
    </message>
    <message>
        <source>Expected one of: %1.</source>
        <translation>Erwartet wurde einer dieser Werte: %1.</translation>
    </message>
    <message>
        <source>Expected a list whose entries are each one of: %1.</source>
        <translation>Erwartet wurde eine Liste, deren Einträge jeweils einer dieser Werte sind: %1.</translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>The key file is damaged or has been altered, so Novamind will not use it. Sign in while connected to the network to restore access to your local data.</source>
        <translation>Die Schlüsseldatei ist beschädigt oder wurde verändert, daher verwendet Novamind sie nicht. Melden Sie sich mit Netzwerkverbindung an, um den Zugriff auf Ihre lokalen Daten wiederherzustellen.</translation>
    </message>
    <message>
        <source>The key file “%1” is damaged or has been altered, so Novamind will not use it. Sign in while connected to the network to restore access to your local data.</source>
        <translation>Die Schlüsseldatei „%1“ ist beschädigt oder wurde verändert, daher verwendet Novamind sie nicht. Melden Sie sich mit Netzwerkverbindung an, um den Zugriff auf Ihre lokalen Daten wiederherzustellen.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of Novamind. Update Novamind and try again.</source>
        <translation>Die Schlüsseldatei wurde von einer neueren Novamind-Version geschrieben. Aktualisieren Sie Novamind und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key file “%1” was written by a newer version of Novamind. Update Novamind and try again.</source>
        <translation>Die Schlüsseldatei „%1“ wurde von einer neueren Novamind-Version geschrieben. Aktualisieren Sie Novamind und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The password is not correct. Check it and try again.</source>
        <translation>Das Passwort ist nicht korrekt. Überprüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key could not be protected: it must be %1 bytes long.</source>
        <translation>Der Schlüssel konnte nicht geschützt werden: Er muss %1 Byte lang sein.</translation>
    </message>
    <message>
        <source>The key could not be protected: the key derivation settings are outside the range Novamind accepts.</source>
        <translation>Der Schlüssel konnte nicht geschützt werden: Die Einstellungen der Schlüsselableitung liegen außerhalb des Bereichs, den Novamind akzeptiert.</translation>
    </message>
    <message>
        <source>Novamind could not save the key file “%1”: %2. Check that the disk is not full and that you may write to that folder.</source>
        <translation>Novamind konnte die Schlüsseldatei „%1“ nicht speichern: %2. Prüfen Sie, ob auf dem Datenträger noch Platz ist und ob Sie in diesen Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>Novamind could not read the key file “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation>Novamind konnte die Schlüsseldatei „%1“ nicht lesen: %2. Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
</context>
<context>
    <name>LocalAccounts</name>
    <message>
        <source>The folder %1 cannot be created</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The account list %1 cannot be written</source>
        <translation>Die Kontenliste %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 could not be erased</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>MeasurementBasedCare</name>
    <message>
        <source>Response: the total score has fallen by at least 50 % from the baseline total.</source>
        <translation>Ansprechen (Response): Der Gesamtwert ist gegenüber dem Ausgangswert um mindestens 50 % gesunken.</translation>
    </message>
    <message>
        <source>Not applicable: the baseline total is 0, so there is nothing to fall from.</source>
        <translation>Nicht anwendbar: Der Ausgangswert ist 0, daher ist keine Abnahme möglich.</translation>
    </message>
    <message>
        <source>Remission is not defined for %1.</source>
        <translation>Für %1 ist keine Remission definiert.</translation>
    </message>
    <message>
        <source>Remission: a %1 total below %2.</source>
        <translation>Remission: %1-Gesamtwert unter %2.</translation>
    </message>
    <message>
        <source>Reliable change is not defined for %1.</source>
        <translation>Für %1 ist keine reliable Veränderung definiert.</translation>
    </message>
    <message numerus="yes">
        <source>Reliable change: the %1 total has changed by at least %n point(s) from baseline, more than measurement error alone would explain. A fall is reliable improvement, a rise reliable deterioration.</source>
        <translation>
            <numerusform>Reliable Veränderung: Der %1-Gesamtwert hat sich gegenüber dem Ausgangswert um mindestens %n Punkt verändert – mehr, als durch Messfehler allein zu erklären wäre. Eine Abnahme ist eine reliable Verbesserung, ein Anstieg eine reliable Verschlechterung.</numerusform>
            <numerusform>Reliable Veränderung: Der %1-Gesamtwert hat sich gegenüber dem Ausgangswert um mindestens %n Punkte verändert – mehr, als durch Messfehler allein zu erklären wäre. Eine Abnahme ist eine reliable Verbesserung, ein Anstieg eine reliable Verschlechterung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medication</name>
    <message>
        <source>The medication is not linked to a patient.</source>
        <translation>Das Medikament ist keinem Patienten zugeordnet.</translation>
    </message>
    <message>
        <source>Enter the medication name.</source>
        <translation>Geben Sie den Namen des Medikaments ein.</translation>
    </message>
    <message numerus="yes">
        <source>The medication name can be at most %n characters.</source>
        <translation>
            <numerusform>Der Medikamentenname darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Der Medikamentenname darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dose must be greater than 0.</source>
        <translation>Die Dosis muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>Choose the unit of the dose, for example mg.</source>
        <translation>Wählen Sie die Einheit der Dosis aus, zum Beispiel mg.</translation>
    </message>
    <message>
        <source>The unit must be one of: %1.</source>
        <translation>Die Einheit muss eine der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>Enter the date the medication was started.</source>
        <translation>Geben Sie das Datum ein, an dem das Medikament angesetzt wurde.</translation>
    </message>
    <message>
        <source>The stop date cannot be before the start date.</source>
        <translation>Das Absetzdatum darf nicht vor dem Startdatum liegen.</translation>
    </message>
    <message>
        <source>Enter the reason the medication was stopped.</source>
        <translation>Geben Sie den Grund für das Absetzen ein.</translation>
    </message>
    <message>
        <source>A reason for stopping is given, but no stop date. Enter the stop date, or clear the reason.</source>
        <translation>Ein Absetzgrund ist angegeben, aber kein Absetzdatum. Geben Sie das Absetzdatum ein oder entfernen Sie den Grund.</translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <source>Appearance and behaviour</source>
        <translation>Erscheinungsbild und Verhalten</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Sprache und Sprechweise</translation>
    </message>
    <message>
        <source>Mood (patient&apos;s words)</source>
        <translation>Stimmung (in Worten des Patienten)</translation>
    </message>
    <message>
        <source>Affect</source>
        <translation>Affekt</translation>
    </message>
    <message>
        <source>Thought process</source>
        <translation>Formales Denken</translation>
    </message>
    <message>
        <source>Thought content (incl. suicidal / homicidal ideation)</source>
        <translation>Inhaltliches Denken (inkl. Suizid- und Fremdtötungsgedanken)</translation>
    </message>
    <message>
        <source>Perception</source>
        <translation>Wahrnehmung</translation>
    </message>
    <message>
        <source>Cognition</source>
        <translation>Kognition</translation>
    </message>
    <message>
        <source>Insight and judgement</source>
        <translation>Krankheitseinsicht und Urteilsvermögen</translation>
    </message>
    <message>
        <source>Suicidal ideation, intent, plan</source>
        <translation>Suizidgedanken, -absicht, -pläne</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Selbstverletzung</translation>
    </message>
    <message>
        <source>Harm to others</source>
        <translation>Fremdgefährdung</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Protektive Faktoren</translation>
    </message>
    <message>
        <source>Overall risk level</source>
        <translation>Gesamtrisiko</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Vorstellungsanlass</translation>
    </message>
    <message>
        <source>History of present illness</source>
        <translation>Aktuelle Anamnese</translation>
    </message>
    <message>
        <source>Psychiatric history</source>
        <translation>Psychiatrische Vorgeschichte</translation>
    </message>
    <message>
        <source>Previous diagnoses</source>
        <translation>Frühere Diagnosen</translation>
    </message>
    <message>
        <source>Hospitalisations</source>
        <translation>Stationäre Aufenthalte</translation>
    </message>
    <message>
        <source>Previous treatments</source>
        <translation>Vorbehandlungen</translation>
    </message>
    <message>
        <source>Medical history and current medications</source>
        <translation>Somatische Anamnese und aktuelle Medikation</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Substanzkonsum</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Cannabis</source>
        <translation>Cannabis</translation>
    </message>
    <message>
        <source>Other substances</source>
        <translation>Andere Substanzen</translation>
    </message>
    <message>
        <source>Family and social history</source>
        <translation>Familien- und Sozialanamnese</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikoeinschätzung</translation>
    </message>
    <message>
        <source>Mental status exam</source>
        <translation>Psychopathologischer Befund</translation>
    </message>
    <message>
        <source>Formulation</source>
        <translation>Fallkonzeption</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Procedere</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjektiv</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>Aktuelle Medikation</translation>
    </message>
    <message>
        <source>Response and side effects</source>
        <translation>Wirkung und Nebenwirkungen</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Adhärenz</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Verlaufskontrollen</translation>
    </message>
    <message>
        <source>Laboratory tests</source>
        <translation>Laboruntersuchungen</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Vitalparameter</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Kontrolle</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Aktuelle Situation</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnsignale</translation>
    </message>
    <message>
        <source>Coping strategies</source>
        <translation>Bewältigungsstrategien</translation>
    </message>
    <message>
        <source>People and places to contact</source>
        <translation>Kontaktpersonen und Anlaufstellen</translation>
    </message>
    <message>
        <source>Means restriction</source>
        <translation>Einschränkung des Zugangs zu Suizidmitteln</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Verbleib und weiteres Vorgehen</translation>
    </message>
</context>
<context>
    <name>Observation</name>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Resting heart rate</source>
        <translation>Ruhepuls</translation>
    </message>
    <message>
        <source>Heart rate variability (RMSSD)</source>
        <translation>Herzfrequenzvariabilität (RMSSD)</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <source>Oxygen saturation</source>
        <translation>Sauerstoffsättigung</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Atemfrequenz</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>The observation is not linked to a patient.</source>
        <translation>Der Messwert ist keinem Patienten zugeordnet.</translation>
    </message>
    <message>
        <source>Enter the date and time of the observation.</source>
        <translation>Geben Sie Datum und Uhrzeit des Messwerts ein.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation>%1 muss zwischen %2 und %3 %4 liegen.</translation>
    </message>
    <message>
        <source>%1 must be recorded in “%2”.</source>
        <translation>%1 muss in „%2“ erfasst werden.</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>Erwartet wurde eine Zahl.</translation>
    </message>
</context>
<context>
    <name>ObservationQuery</name>
    <message>
        <source>The observations could not be read: %1</source>
        <translation>Die Messwerte konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ObservationRepository</name>
    <message>
        <source>Reading %1 of %2 needs attention</source>
        <translation>Messwert %1 von %2 muss überprüft werden</translation>
    </message>
    <message>
        <source>The readings could not be saved in the local cache: %1</source>
        <translation>Die Messwerte konnten nicht im lokalen Datenspeicher gespeichert werden: %1</translation>
    </message>
    <message>
        <source>reading %1 was refused</source>
        <translation>Messwert %1 wurde abgelehnt</translation>
    </message>
</context>
<context>
    <name>PasswordKdf</name>
    <message>
        <source>The key derivation settings are outside the range Novamind accepts.</source>
        <translation>Die Einstellungen der Schlüsselableitung liegen außerhalb des Bereichs, den Novamind akzeptiert.</translation>
    </message>
    <message>
        <source>The key derivation salt has the wrong length.</source>
        <translation>Das Salt der Schlüsselableitung hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The requested key length is not supported.</source>
        <translation>Die angeforderte Schlüssellänge wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Das Passwort ist zu lang.</translation>
    </message>
    <message>
        <source>There is not enough free memory to check the password. Close other programs and try again.</source>
        <translation>Es ist nicht genügend freier Arbeitsspeicher vorhanden, um das Passwort zu prüfen. Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system could not start the threads needed to check the password. Close other programs and try again.</source>
        <translation>Das System konnte die zur Passwortprüfung nötigen Threads nicht starten. Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Novamind could not derive the key from the password (%1).</source>
        <translation>Novamind konnte den Schlüssel nicht aus dem Passwort ableiten (%1).</translation>
    </message>
</context>
<context>
    <name>Patient</name>
    <message>
        <source>Enter the MRN.</source>
        <translation>Geben Sie die Patientennummer ein.</translation>
    </message>
    <message>
        <source>The MRN must be 6 to 12 characters long: capital letters A–Z and digits 0–9, with at most one hyphen between them (for example AB-12345).</source>
        <translation>Die Patientennummer muss 6 bis 12 Zeichen lang sein: Großbuchstaben A–Z und Ziffern 0–9, mit höchstens einem Bindestrich dazwischen (zum Beispiel AB-12345).</translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation>Geben Sie den Vornamen ein.</translation>
    </message>
    <message numerus="yes">
        <source>The given name can be at most %n characters.</source>
        <translation>
            <numerusform>Der Vorname darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Der Vorname darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
    <message numerus="yes">
        <source>The family name can be at most %n characters.</source>
        <translation>
            <numerusform>Der Nachname darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Der Nachname darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preferred name can be at most %n characters.</source>
        <translation>
            <numerusform>Der Rufname darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Der Rufname darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>Geben Sie das Geburtsdatum ein.</translation>
    </message>
    <message>
        <source>Date of birth cannot be in the future.</source>
        <translation>Das Geburtsdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message numerus="yes">
        <source>Date of birth cannot be more than %n years ago.</source>
        <translation>
            <numerusform>Das Geburtsdatum darf nicht mehr als %n Jahr zurückliegen.</numerusform>
            <numerusform>Das Geburtsdatum darf nicht mehr als %n Jahre zurückliegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an ICD-10-CM code. A code is a capital letter, a digit and a capital letter or digit, optionally followed by a dot and 1 to 4 capital letters or digits, for example F32.1.</source>
        <translation>„%1“ ist kein ICD-10-CM-Code. Ein Code besteht aus einem Großbuchstaben, einer Ziffer und einem Großbuchstaben oder einer Ziffer, optional gefolgt von einem Punkt und 1 bis 4 Großbuchstaben oder Ziffern, zum Beispiel F32.1.</translation>
    </message>
    <message>
        <source>“%1” is listed more than once.</source>
        <translation>„%1“ ist mehrfach aufgeführt.</translation>
    </message>
    <message>
        <source>An allergy entry is empty. Fill it in or remove it.</source>
        <translation>Ein Allergieeintrag ist leer. Füllen Sie ihn aus oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>A care team entry does not name a clinician.</source>
        <translation>Ein Eintrag im Behandlungsteam nennt keinen Behandler.</translation>
    </message>
    <message>
        <source>A clinician is listed more than once in the care team.</source>
        <translation>Ein Behandler ist mehrfach im Behandlungsteam aufgeführt.</translation>
    </message>
</context>
<context>
    <name>PulledPage</name>
    <message>
        <source>the pulled page</source>
        <translation>die abgerufene Seite</translation>
    </message>
</context>
<context>
    <name>RecordMeta</name>
    <message>
        <source>The record has no id.</source>
        <translation>Der Datensatz hat keine ID.</translation>
    </message>
    <message>
        <source>The version cannot be negative.</source>
        <translation>Die Version darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The time the record was created is missing.</source>
        <translation>Der Erstellungszeitpunkt des Datensatzes fehlt.</translation>
    </message>
    <message>
        <source>The time the record was last changed is missing.</source>
        <translation>Der Zeitpunkt der letzten Änderung des Datensatzes fehlt.</translation>
    </message>
    <message>
        <source>The time the record was last changed cannot be before it was created.</source>
        <translation>Der Zeitpunkt der letzten Änderung darf nicht vor dem Erstellungszeitpunkt liegen.</translation>
    </message>
    <message>
        <source>The record does not say who created it.</source>
        <translation>Der Datensatz gibt nicht an, wer ihn erstellt hat.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>The record could not be saved in the local cache: %1</source>
        <translation>Der Datensatz konnte nicht im lokalen Datenspeicher gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The records could not be read from the local cache: %1</source>
        <translation>Die Datensätze konnten nicht aus dem lokalen Datenspeicher gelesen werden: %1</translation>
    </message>
    <message>
        <source>A record needs an id before it can be saved</source>
        <translation>Ein Datensatz benötigt eine ID, bevor er gespeichert werden kann</translation>
    </message>
    <message>
        <source>A record with this id already exists</source>
        <translation>Ein Datensatz mit dieser ID existiert bereits</translation>
    </message>
    <message>
        <source>The record no longer exists</source>
        <translation>Der Datensatz existiert nicht mehr</translation>
    </message>
    <message>
        <source>This record is final and cannot be changed</source>
        <translation>Dieser Datensatz ist abgeschlossen und kann nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>A record from the server must carry its created_at and updated_at</source>
        <translation>Ein Datensatz vom Server muss created_at und updated_at enthalten</translation>
    </message>
    <message>
        <source>This record is final and cannot be deleted</source>
        <translation>Dieser Datensatz ist abgeschlossen und kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The migration directory %1 does not exist</source>
        <translation>Das Migrationsverzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <source>The migration file name %1 does not follow NNNN_name.sql</source>
        <translation>Der Name der Migrationsdatei %1 entspricht nicht dem Muster NNNN_name.sql</translation>
    </message>
    <message>
        <source>Migration %1 is out of sequence: expected number %2</source>
        <translation>Migration %1 ist außer der Reihe: erwartet wurde Nummer %2</translation>
    </message>
    <message>
        <source>Unable to read migration %1</source>
        <translation>Migration %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Unable to start migration %1: %2</source>
        <translation>Migration %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Migration %1 (version %2) failed and was rolled back: %3</source>
        <translation>Migration %1 (Version %2) ist fehlgeschlagen und wurde zurückgerollt: %3</translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <source>%1 has no item “%2”</source>
        <translation>%1 hat kein Item „%2“</translation>
    </message>
    <message>
        <source>%1 item “%2”: %3 is not one of its answer scores (%4)</source>
        <translation>%1, Item „%2“: %3 ist keiner der zulässigen Punktwerte (%4)</translation>
    </message>
    <message>
        <source>%1 item “%2” is not asked after the answers given to the items before it, so it must be left unanswered</source>
        <translation>%1, Item „%2“ wird aufgrund der Antworten auf die vorherigen Items nicht gestellt und muss daher unbeantwortet bleiben</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>Die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>Die Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>The statement is empty</source>
        <translation>Die Anweisung ist leer</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>Mehrere Anweisungen können nicht gleichzeitig ausgeführt werden</translation>
    </message>
    <message>
        <source>Parameter count mismatch: the statement has %1 placeholders but %2 values were bound</source>
        <translation>Parameteranzahl stimmt nicht überein: Die Anweisung hat %1 Platzhalter, es wurden aber %2 Werte gebunden</translation>
    </message>
    <message>
        <source>Value %1 has a type (%2) that cannot be stored</source>
        <translation>Wert %1 hat einen Typ (%2), der nicht gespeichert werden kann</translation>
    </message>
    <message>
        <source>Unable to bind value %1</source>
        <translation>Wert %1 kann nicht gebunden werden</translation>
    </message>
    <message>
        <source>No statement has been prepared</source>
        <translation>Es wurde keine Anweisung vorbereitet</translation>
    </message>
    <message>
        <source>Unable to fetch the row</source>
        <translation>Die Zeile kann nicht abgerufen werden</translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>The cache folder %1 cannot be created</source>
        <translation>Der Ordner für den Datenspeicher %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>This account must finish its setup (two-factor authentication or a new password) before it can sync</source>
        <translation>Dieses Konto muss seine Einrichtung abschließen (Zwei-Faktor-Authentifizierung oder neues Passwort), bevor es synchronisieren kann</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>The sync state could not be read: %1</source>
        <translation>Der Synchronisierungsstatus konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The sync state could not be saved: %1</source>
        <translation>Der Synchronisierungsstatus konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>The account has no id.</source>
        <translation>Das Konto hat keine ID.</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>A username must be %1 to %2 characters long.</source>
        <translation>Ein Benutzername muss %1 bis %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A username may contain only letters A–Z and a–z, digits 0–9, dots, underscores and hyphens.</source>
        <translation>Ein Benutzername darf nur die Buchstaben A–Z und a–z, die Ziffern 0–9 sowie Punkte, Unterstriche und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>Enter the name to show for this account.</source>
        <translation>Geben Sie den Anzeigenamen für dieses Konto ein.</translation>
    </message>
    <message numerus="yes">
        <source>The display name can be at most %n characters.</source>
        <translation>
            <numerusform>Der Anzeigename darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Der Anzeigename darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle aus.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>Unable to start saving: %1</source>
        <translation>Das Speichern kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Nothing to save: the transaction was not started</source>
        <translation>Nichts zu speichern: Die Transaktion wurde nicht gestartet</translation>
    </message>
    <message>
        <source>Unable to save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>nm::core::ApiClient</name>
    <message>
        <source>The answer is not JSON (%1 at offset %2).</source>
        <translation>Die Antwort ist kein JSON (%1 an Position %2).</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The sign-in answer is not a JSON object.</source>
        <translation>Die Antwort auf die Anmeldung ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The refreshed session has no valid tokens.</source>
        <translation>Die erneuerte Sitzung enthält keine gültigen Tokens.</translation>
    </message>
</context>
<context>
    <name>nm::core::AppointmentsModel</name>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation>Die Termine konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wahrgenommen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>nm::core::AssessmentHistoryModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The assessment history could not be read: %1</source>
        <translation>Der Testungsverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Deterioration</source>
        <translation>Verschlechterung</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>The first completed administration of this instrument: the baseline later totals are compared with.</source>
        <translation>Die erste abgeschlossene Durchführung dieses Instruments: der Ausgangswert, mit dem spätere Gesamtwerte verglichen werden.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation>Veränderung zum Ausgangswert</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ansprechen</translation>
    </message>
    <message>
        <source>Remission</source>
        <translation>Remission</translation>
    </message>
    <message>
        <source>Reliable change</source>
        <translation>Reliable Veränderung</translation>
    </message>
</context>
<context>
    <name>nm::core::MedicationsModel</name>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Sublingual</source>
        <translation>Sublingual</translation>
    </message>
    <message>
        <source>Intramuscular</source>
        <translation>Intramuskulär</translation>
    </message>
    <message>
        <source>Intravenous</source>
        <translation>Intravenös</translation>
    </message>
    <message>
        <source>Subcutaneous</source>
        <translation>Subkutan</translation>
    </message>
    <message>
        <source>Transdermal</source>
        <translation>Transdermal</translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation>Inhalativ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Applikationsweg</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Reason stopped</source>
        <translation>Absetzgrund</translation>
    </message>
</context>
<context>
    <name>nm::core::NotesModel</name>
    <message>
        <source>Intake</source>
        <translation>Aufnahmegespräch</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlaufsnotiz</translation>
    </message>
    <message>
        <source>Medication management</source>
        <translation>Medikationsmanagement</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Krisenintervention</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>A correction or addition to a signed note</source>
        <translation>Eine Korrektur oder Ergänzung zu einer signierten Notiz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signiert am</translation>
    </message>
</context>
<context>
    <name>nm::core::PatientListModel</name>
    <message>
        <source>The patient list could not be searched: %1</source>
        <translation>Die Patientenliste konnte nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>The patient list could not be read: %1</source>
        <translation>Die Patientenliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Suizidrisiko</translation>
    </message>
    <message>
        <source>Violence risk</source>
        <translation>Gewaltrisiko</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Selbstverletzung</translation>
    </message>
    <message>
        <source>Overdose risk</source>
        <translation>Überdosierungsrisiko</translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation>Schutzbedarf</translation>
    </message>
    <message>
        <source>Family name, given name</source>
        <translation>Nachname, Vorname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The name the patient prefers to be called</source>
        <translation>Name, mit dem der Patient angesprochen werden möchte</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>Pat.-Nr.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Age in whole years</source>
        <translation>Alter in vollendeten Lebensjahren</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Safety risk flags on the chart</source>
        <translation>Risikohinweise in der Akte</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
</context>
<context>
    <name>nm::core::Repository</name>
    <message>
        <source>A stored record could not be read back: %1</source>
        <translation>Ein gespeicherter Datensatz konnte nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>Some fields need attention</source>
        <translation>Einige Felder müssen überprüft werden</translation>
    </message>
</context>
<context>
    <name>nm::core::SqlCipherDriver</name>
    <message>
        <source>QSQLCIPHER_KEY must be %1 hexadecimal digits</source>
        <translation>QSQLCIPHER_KEY muss aus %1 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>QSQLCIPHER_PAGE_SIZE must be a power of two between 512 and 65536</source>
        <translation>QSQLCIPHER_PAGE_SIZE muss eine Zweierpotenz zwischen 512 und 65536 sein</translation>
    </message>
    <message>
        <source>QSQLCIPHER_BUSY_TIMEOUT must be a number of milliseconds</source>
        <translation>QSQLCIPHER_BUSY_TIMEOUT muss eine Anzahl von Millisekunden sein</translation>
    </message>
    <message>
        <source>Unknown connect option &quot;%1&quot;</source>
        <translation>Unbekannte Verbindungsoption &quot;%1&quot;</translation>
    </message>
    <message>
        <source>An encryption key of %1 bytes is required to open an encrypted cache</source>
        <translation>Zum Öffnen eines verschlüsselten Datenspeichers ist ein Schlüssel mit %1 Byte erforderlich</translation>
    </message>
    <message>
        <source>Unable to open the database file &quot;%1&quot;</source>
        <translation>Die Datenbankdatei &quot;%1&quot; kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Unable to apply the encryption key</source>
        <translation>Der Schlüssel kann nicht angewendet werden</translation>
    </message>
    <message>
        <source>The linked SQLite library does not encrypt (no cipher_version); refusing to open</source>
        <translation>Die eingebundene SQLite-Bibliothek verschlüsselt nicht (keine cipher_version); das Öffnen wird verweigert</translation>
    </message>
    <message>
        <source>Unable to set the cipher page size</source>
        <translation>Die Seitengröße der Verschlüsselung kann nicht festgelegt werden</translation>
    </message>
    <message>
        <source>The database could not be decrypted: the key is wrong, or the file is not an encrypted cache</source>
        <translation>Die Datenbank konnte nicht entschlüsselt werden: Der Schlüssel ist falsch, oder die Datei ist kein verschlüsselter Datenspeicher</translation>
    </message>
    <message>
        <source>Unable to read the database file &quot;%1&quot;</source>
        <translation>Die Datenbankdatei &quot;%1&quot; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>Die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation>Die Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>Die Transaktion kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>Die Transaktion kann nicht zurückgerollt werden</translation>
    </message>
    <message>
        <source>Unable to run the script</source>
        <translation>Das Skript kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Unable to prepare a statement of the script</source>
        <translation>Eine Anweisung des Skripts kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>A statement of the script failed</source>
        <translation>Eine Anweisung des Skripts ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>nm::core::SyncEngine</name>
    <message>
        <source>the push answer</source>
        <translation>die Antwort auf die gesendeten Änderungen</translation>
    </message>
    <message>
        <source>The server answered a change this workstation did not send</source>
        <translation>Der Server hat auf eine Änderung geantwortet, die dieser Arbeitsplatz nicht gesendet hat</translation>
    </message>
    <message>
        <source>The server answered a change with &quot;%1&quot;</source>
        <translation>Der Server hat auf eine Änderung mit &quot;%1&quot; geantwortet</translation>
    </message>
    <message>
        <source>a page whose Link header and body disagree</source>
        <translation>eine Seite, deren Link-Header und Inhalt nicht übereinstimmen</translation>
    </message>
    <message>
        <source>The journal could not be read</source>
        <translation>Das Änderungsprotokoll konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>an observation</source>
        <translation>ein Messwert</translation>
    </message>
</context>
<context>
    <name>nm::core::WorkstationSession</name>
    <message>
        <source>The password is not correct. Check Caps Lock and try again.</source>
        <translation>Das Passwort ist nicht korrekt. Prüfen Sie die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1
This account&apos;s data on this computer has been erased.</source>
        <translation>%1
Die Daten dieses Kontos auf diesem Computer wurden gelöscht.</translation>
    </message>
    <message>
        <source>This account must set up two-factor authentication before it can use the workstation. Ask your practice administrator.</source>
        <translation>Für dieses Konto muss die Zwei-Faktor-Authentifizierung eingerichtet werden, bevor es den Arbeitsplatz verwenden kann. Wenden Sie sich an den Administrator Ihrer Praxis.</translation>
    </message>
    <message>
        <source>This account must choose a new password before it can use the workstation. Ask your practice administrator.</source>
        <translation>Für dieses Konto muss ein neues Passwort festgelegt werden, bevor es den Arbeitsplatz verwenden kann. Wenden Sie sich an den Administrator Ihrer Praxis.</translation>
    </message>
    <message>
        <source>The workstation is not locked.</source>
        <translation>Der Arbeitsplatz ist nicht gesperrt.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent. Ask your practice administrator.
%1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut, daher wurde nichts gesendet. Wenden Sie sich an den Administrator Ihrer Praxis.
%1</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is allowed only to this computer).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (unverschlüsseltes http ist nur zu diesem Computer selbst erlaubt).</translation>
    </message>
    <message>
        <source>The username or password is not correct. Check Caps Lock and try again.</source>
        <translation>Benutzername oder Passwort ist nicht korrekt. Prüfen Sie die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code and enter it.</source>
        <translation>Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten Code und geben Sie diesen ein.</translation>
    </message>
    <message>
        <source>The account is locked after repeated failed sign-ins. Wait, or ask your practice administrator to unlock it.</source>
        <translation>Das Konto ist nach wiederholten fehlgeschlagenen Anmeldungen gesperrt. Warten Sie, oder bitten Sie den Administrator Ihrer Praxis, es zu entsperren.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins from this computer. Wait a few minutes and try again.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen von diesem Computer. Warten Sie einige Minuten und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>nm::ui::AdministerAssessmentDialog</name>
    <message>
        <source>Administer %1</source>
        <translation>%1 durchführen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the answer to item %1</source>
        <translation>Antwort auf Item %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Leave item %1 unanswered</source>
        <translation>Item %1 unbeantwortet lassen</translation>
    </message>
    <message>
        <source>Not asked: the answers above skip this item.</source>
        <translation>Nicht gestellt: Aufgrund der obigen Antworten entfällt dieses Item.</translation>
    </message>
    <message>
        <source>%1 item %2: %3</source>
        <translation>%1, Item %2: %3</translation>
    </message>
    <message>
        <source>These answers cannot be scored</source>
        <translation>Diese Antworten können nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>Total %1 of %2 (prorated)</source>
        <translation>Gesamtwert %1 von %2 (hochgerechnet)</translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation>Gesamtwert %1 von %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Total: incomplete</source>
        <translation>Gesamtwert: unvollständig</translation>
    </message>
    <message>
        <source>Risk level so far: %1</source>
        <translation>Bisherige Risikostufe: %1</translation>
    </message>
    <message>
        <source>Risk level: %1</source>
        <translation>Risikostufe: %1</translation>
    </message>
    <message>
        <source>Risk level: not known until the questions are answered</source>
        <translation>Risikostufe: erst nach Beantwortung der Fragen bekannt</translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation>%1 von %2 Items beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>A total is prorated while at most %n item(s) are unanswered.</source>
        <translation>
            <numerusform>Ein Gesamtwert wird hochgerechnet, solange höchstens %n Item unbeantwortet ist.</numerusform>
            <numerusform>Ein Gesamtwert wird hochgerechnet, solange höchstens %n Items unbeantwortet sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>A total needs every item answered.</source>
        <translation>Für einen Gesamtwert müssen alle Items beantwortet sein.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Subscales: %1</source>
        <translation>Subskalen: %1</translation>
    </message>
    <message>
        <source>%1: yes (cut-off %2)</source>
        <translation>%1: ja (Cut-off %2)</translation>
    </message>
    <message>
        <source>%1: no (cut-off %2)</source>
        <translation>%1: nein (Cut-off %2)</translation>
    </message>
    <message>
        <source>%1: open until more items are answered</source>
        <translation>%1: offen, bis weitere Items beantwortet sind</translation>
    </message>
    <message>
        <source>%1: met</source>
        <translation>%1: erfüllt</translation>
    </message>
    <message>
        <source>%1: not met</source>
        <translation>%1: nicht erfüllt</translation>
    </message>
    <message>
        <source>Item %1 is not answered.</source>
        <translation>Item %1 ist nicht beantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%n items are not answered; the first is item %1.</source>
        <translation>
            <numerusform>%n Item ist nicht beantwortet: Item %1.</numerusform>
            <numerusform>%n Items sind nicht beantwortet; das erste ist Item %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every question that is asked needs an answer.</source>
        <translation>Jede gestellte Frage muss beantwortet werden.</translation>
    </message>
    <message>
        <source>Saved now, the total is prorated. %1</source>
        <translation>Wenn Sie jetzt speichern, wird der Gesamtwert hochgerechnet. %1</translation>
    </message>
    <message>
        <source>Save with prorated total</source>
        <translation>Mit hochgerechnetem Gesamtwert speichern</translation>
    </message>
    <message>
        <source>Go to item %1</source>
        <translation>Zu Item %1 wechseln</translation>
    </message>
    <message>
        <source>The instrument definitions are not loaded; nothing was saved.</source>
        <translation>Die Instrumentdefinitionen sind nicht geladen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The assessment was not saved: %1</source>
        <translation>Die Testung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The assessment was not saved: %1
%2</source>
        <translation>Die Testung wurde nicht gespeichert: %1
%2</translation>
    </message>
    <message>
        <source>Discard the answers given so far?</source>
        <translation>Die bisherigen Antworten verwerfen?</translation>
    </message>
    <message>
        <source>Nothing has been saved to the chart yet.</source>
        <translation>In der Akte wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep answering</source>
        <translation>Weiter beantworten</translation>
    </message>
</context>
<context>
    <name>nm::ui::AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Reschedule appointment</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Beginn (Datum und Uhrzeit)</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>e.g. bring the sleep diary; video link sent by e-mail</source>
        <translation>z. B. Schlaftagebuch mitbringen; Videolink per E-Mail gesendet</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>minutes (%1 to %2)</source>
        <translation>Minuten (%1 bis %2)</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>A&amp;nmerkungen:</translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation>Termin vereinbaren</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Now booked for %1 at %2, %n minutes.</source>
        <translation>
            <numerusform>Derzeit vereinbart für %1 um %2, %n Minute.</numerusform>
            <numerusform>Derzeit vereinbart für %1 um %2, %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The appointment could not be saved: %1</source>
        <translation>Der Termin konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>nm::ui::AppointmentsTab</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>D&amp;ay</source>
        <translation>Ta&amp;g</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Einen Tag anzeigen</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>Eine Woche anzeigen</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>He&amp;ute</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zum heutigen Tag wechseln</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Angezeigtes Datum</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>Reschedule the selected appointment</source>
        <translation>Ausgewählten Termin verschieben</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <source>Set the status of the selected appointment</source>
        <translation>Status des ausgewählten Termins setzen</translation>
    </message>
    <message>
        <source>Your role can view appointments but not book or change them.</source>
        <translation>Ihre Rolle erlaubt das Anzeigen von Terminen, aber nicht das Vereinbaren oder Ändern.</translation>
    </message>
    <message>
        <source>Appointments of the shown day</source>
        <translation>Termine des angezeigten Tages</translation>
    </message>
    <message>
        <source>Upcoming scheduled appointments</source>
        <translation>Anstehende geplante Termine</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation>Die Termine konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Woche vom %1 bis %2</translation>
    </message>
    <message>
        <source>%1 — no appointments</source>
        <translation>%1 — keine Termine</translation>
    </message>
    <message>
        <source>Appointments of the shown week</source>
        <translation>Termine der angezeigten Woche</translation>
    </message>
    <message>
        <source>Upcoming — nothing scheduled</source>
        <translation>Anstehend — nichts geplant</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorheriger Tag (Alt+Links)</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Vorherige Woche (Alt+Links)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Nächster Tag (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Nächste Woche (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Clinician %1</source>
        <translation>Behandler %1</translation>
    </message>
    <message>
        <source>Only scheduled appointments can be moved. Book the next visit with New….</source>
        <translation>Nur geplante Termine können verschoben werden. Vereinbaren Sie den nächsten Termin mit „Neu…“.</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>Der Status konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 — 1 appointment</source>
        <translation>%1 — 1 Termin</translation>
    </message>
    <message>
        <source>%1 — %2 appointments</source>
        <translation>%1 — %2 Termine</translation>
    </message>
    <message>
        <source>Upcoming — %1 scheduled</source>
        <translation>Anstehend — %1 geplant</translation>
    </message>
</context>
<context>
    <name>nm::ui::AssessmentsTab</name>
    <message>
        <source>%1 item %2, “%3”, was answered “%4” (score %5).</source>
        <translation>%1, Item %2, „%3“, wurde mit „%4“ beantwortet (Punktwert %5).</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>In&amp;strument:</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>Alle Instrumente</translation>
    </message>
    <message>
        <source>&amp;Administer…</source>
        <translation>Durch&amp;führen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No instrument definitions are loaded.</source>
        <translation>Es sind keine Instrumentdefinitionen geladen.</translation>
    </message>
    <message>
        <source>Your role does not allow recording assessments.</source>
        <translation>Ihre Rolle erlaubt das Erfassen von Testungen nicht.</translation>
    </message>
    <message>
        <source>The instrument definitions are not loaded, so assessments cannot be shown.</source>
        <translation>Die Instrumentdefinitionen sind nicht geladen, daher können keine Testungen angezeigt werden.</translation>
    </message>
    <message>
        <source>No assessments recorded yet. Use Administer… to record one.</source>
        <translation>Noch keine Testungen erfasst. Mit „Durchführen…“ erfassen Sie eine.</translation>
    </message>
    <message>
        <source>No %1 recorded yet.</source>
        <translation>Noch kein %1 erfasst.</translation>
    </message>
    <message>
        <source>The answers to this %1 raised a suicide-risk flag.</source>
        <translation>Die Antworten in diesem %1 haben einen Hinweis auf Suizidrisiko ausgelöst.</translation>
    </message>
    <message>
        <source>The chart is now marked with a suicide-risk flag, shown in the patient list and on the overview.</source>
        <translation>Die Akte trägt jetzt einen Hinweis auf Suizidrisiko, der in der Patientenliste und in der Übersicht angezeigt wird.</translation>
    </message>
    <message>
        <source>The chart already carries a suicide-risk flag; it stays.</source>
        <translation>Die Akte trägt bereits einen Hinweis auf Suizidrisiko; er bleibt bestehen.</translation>
    </message>
    <message>
        <source>The chart could not be marked with a suicide-risk flag (%1). Add the flag on the overview.</source>
        <translation>Der Hinweis auf Suizidrisiko konnte nicht in der Akte gesetzt werden (%1). Setzen Sie den Hinweis in der Übersicht.</translation>
    </message>
    <message>
        <source>the patient&apos;s record is not in this cache</source>
        <translation>der Datensatz des Patienten ist nicht in diesem Datenspeicher vorhanden</translation>
    </message>
</context>
<context>
    <name>nm::ui::ConflictsDialog</name>
    <message>
        <source>Patient details</source>
        <translation>Patientendaten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Testung</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>Wert des Servers</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Ablehnungsgrund des Servers</translation>
    </message>
    <message>
        <source>Conflicts and rejected changes</source>
        <translation>Konflikte und abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>You and someone else changed the same field. The server kept its value; yours is kept here until you choose. &quot;Use mine&quot; sends your value again; &quot;Keep server&apos;s&quot; closes the conflict.</source>
        <translation>Sie und eine andere Person haben dasselbe Feld geändert. Der Server hat seinen Wert behalten; Ihr Wert bleibt hier erhalten, bis Sie entscheiden. „Meinen verwenden“ sendet Ihren Wert erneut; „Serverwert behalten“ schließt den Konflikt.</translation>
    </message>
    <message>
        <source>The server refused these changes; they were not applied anywhere. Make the change again in the chart, correcting what the server names.</source>
        <translation>Der Server hat diese Änderungen abgelehnt; sie wurden nirgends übernommen. Nehmen Sie die Änderung in der Akte erneut vor und korrigieren Sie dabei, was der Server beanstandet.</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>&amp;Rejected changes</source>
        <translation>&amp;Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <translation>Die Konflikte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Meinen verwenden</translation>
    </message>
    <message>
        <source>Keep server&apos;s</source>
        <translation>Serverwert behalten</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>Der Konflikt konnte nicht gelöst werden: %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>Risikohinweise</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>nm::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Novamind — Locked</source>
        <translation>Novamind — Gesperrt</translation>
    </message>
    <message>
        <source>Novamind is locked</source>
        <translation>Novamind ist gesperrt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out so someone else can sign in. Your drafts are kept.</source>
        <translation>Abmelden, damit sich jemand anderes anmelden kann. Ihre Entwürfe bleiben erhalten.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to continue.</source>
        <translation>Angemeldet als %1. Geben Sie Ihr Passwort ein, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>nm::ui::MainWindow</name>
    <message>
        <source>Novamind — %1</source>
        <translation>Novamind — %1</translation>
    </message>
    <message>
        <source>Open charts</source>
        <translation>Geöffnete Akten</translation>
    </message>
    <message>
        <source>Choose a patient on the left to open the chart.
Ctrl+F searches; Enter opens the chart.</source>
        <translation>Wählen Sie links einen Patienten aus, um die Akte zu öffnen.
Strg+F sucht; die Eingabetaste öffnet die Akte.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Patient &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Close chart</source>
        <translation>Akte s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Next chart</source>
        <translation>&amp;Nächste Akte</translation>
    </message>
    <message>
        <source>&amp;Previous chart</source>
        <translation>&amp;Vorherige Akte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Conflicts and rejected changes…</source>
        <translation>&amp;Konflikte und abgelehnte Änderungen…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About Novamind</source>
        <translation>Ü&amp;ber Novamind</translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation>Patient suchen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s chart</source>
        <translation>Akte des ausgewählten Patienten öffnen</translation>
    </message>
    <message>
        <source>Next open chart</source>
        <translation>Nächste geöffnete Akte</translation>
    </message>
    <message>
        <source>Previous open chart</source>
        <translation>Vorherige geöffnete Akte</translation>
    </message>
    <message>
        <source>Close the current chart</source>
        <translation>Aktuelle Akte schließen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Lock the workstation</source>
        <translation>Arbeitsplatz sperren</translation>
    </message>
    <message>
        <source>Conflicts and rejected changes</source>
        <translation>Konflikte und abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Go to that field or tab</source>
        <translation>Zu diesem Feld oder Reiter wechseln</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Entwurf nicht gespeichert</translation>
    </message>
    <message>
        <source>The chart stays open because a draft could not be saved:
%1</source>
        <translation>Die Akte bleibt geöffnet, weil ein Entwurf nicht gespeichert werden konnte:
%1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>About Novamind</source>
        <translation>Über Novamind</translation>
    </message>
    <message>
        <source>Novamind Clinician Workstation %1

Charts, scored assessments and each patient&apos;s digital twin, on an encrypted cache that works offline and syncs with your practice&apos;s server.</source>
        <translation>Novamind Behandler-Arbeitsplatz %1

Akten, ausgewertete Testungen und der digitale Zwilling jedes Patienten – in einem verschlüsselten Datenspeicher, der offline funktioniert und sich mit dem Server Ihrer Praxis synchronisiert.</translation>
    </message>
</context>
<context>
    <name>nm::ui::MedicationDialog</name>
    <message>
        <source>Add medication</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Change dose of %1</source>
        <translation>Dosis von %1 ändern</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Medikamentenname</translation>
    </message>
    <message>
        <source>e.g. sertraline</source>
        <translation>z. B. Sertralin</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>e.g. 50</source>
        <translation>z. B. 50</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Dosiseinheit</translation>
    </message>
    <message>
        <source>Unit…</source>
        <translation>Einheit…</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Applikationsweg</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>e.g. once daily</source>
        <translation>z. B. einmal täglich</translation>
    </message>
    <message>
        <source>once daily</source>
        <translation>einmal täglich</translation>
    </message>
    <message>
        <source>twice daily</source>
        <translation>zweimal täglich</translation>
    </message>
    <message>
        <source>three times daily</source>
        <translation>dreimal täglich</translation>
    </message>
    <message>
        <source>at bedtime</source>
        <translation>zur Nacht</translation>
    </message>
    <message>
        <source>every morning</source>
        <translation>morgens</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <source>once weekly</source>
        <translation>einmal wöchentlich</translation>
    </message>
    <message>
        <source>every 2 weeks</source>
        <translation>alle 2 Wochen</translation>
    </message>
    <message>
        <source>every 4 weeks</source>
        <translation>alle 4 Wochen</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Applikationsweg:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>Change dose</source>
        <translation>Dosis ändern</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Enter the dose as a number, for example 50 or 0.5.</source>
        <translation>Geben Sie die Dosis als Zahl ein, zum Beispiel 50 oder 0,5.</translation>
    </message>
    <message>
        <source>Enter the new dose.</source>
        <translation>Geben Sie die neue Dosis ein.</translation>
    </message>
    <message>
        <source>This is the current dose. Enter the new dose.</source>
        <translation>Dies ist die aktuelle Dosis. Geben Sie die neue Dosis ein.</translation>
    </message>
    <message>
        <source>The medication could not be saved: %1</source>
        <translation>Das Medikament konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Current dose of %1: %2 %3</source>
        <translation>Aktuelle Dosis von %1: %2 %3</translation>
    </message>
    <message>
        <source>No dose of %1 recorded yet.</source>
        <translation>Für %1 ist noch keine Dosis erfasst.</translation>
    </message>
</context>
<context>
    <name>nm::ui::MedicationsTab</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Medications the patient takes now</source>
        <translation>Aktuell eingenommene Medikamente</translation>
    </message>
    <message>
        <source>Medications that were stopped</source>
        <translation>Abgesetzte Medikamente</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Change &amp;dose…</source>
        <translation>D&amp;osis ändern…</translation>
    </message>
    <message>
        <source>Change dose of the selected medication</source>
        <translation>Dosis des ausgewählten Medikaments ändern</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>Ab&amp;setzen…</translation>
    </message>
    <message>
        <source>Stop the selected medication</source>
        <translation>Ausgewähltes Medikament absetzen</translation>
    </message>
    <message>
        <source>Your role can view medications but not change them.</source>
        <translation>Ihre Rolle erlaubt das Anzeigen von Medikamenten, aber nicht das Ändern.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Applikationsweg</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Reason stopped</source>
        <translation>Absetzgrund</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Verordnet von</translation>
    </message>
    <message>
        <source>The medications could not be read: %1</source>
        <translation>Die Medikamente konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Acti&amp;ve (%1)</source>
        <translation>Akti&amp;v (%1)</translation>
    </message>
    <message>
        <source>&amp;Past (%1)</source>
        <translation>Ab&amp;gesetzt (%1)</translation>
    </message>
    <message>
        <source>Past medications</source>
        <translation>Abgesetzte Medikamente</translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation>Aktive Medikamente</translation>
    </message>
    <message>
        <source>No medication of this patient has been stopped.</source>
        <translation>Bei diesem Patienten wurde noch kein Medikament abgesetzt.</translation>
    </message>
    <message>
        <source>The patient takes no medication on record.
Use Add… to record one.</source>
        <translation>Für den Patienten ist keine Medikation erfasst.
Mit „Hinzufügen…“ erfassen Sie ein Medikament.</translation>
    </message>
    <message>
        <source>Outside the practice</source>
        <translation>Außerhalb der Praxis</translation>
    </message>
    <message>
        <source>Clinician %1</source>
        <translation>Behandler %1</translation>
    </message>
</context>
<context>
    <name>nm::ui::NoteEditor</name>
    <message>
        <source>Select a note in the list, or start a new one.</source>
        <translation>Wählen Sie eine Notiz in der Liste aus oder beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Tite&amp;l</translation>
    </message>
    <message>
        <source>e.g. Follow-up visit, sertraline review</source>
        <translation>z. B. Folgetermin, Überprüfung Sertralin</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Add &amp;addendum</source>
        <translation>Na&amp;chtrag hinzufügen</translation>
    </message>
    <message>
        <source>Signed notes cannot be changed; write a correction or addition as an addendum.</source>
        <translation>Signierte Notizen können nicht geändert werden; schreiben Sie Korrekturen oder Ergänzungen als Nachtrag.</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Signieren…</translation>
    </message>
    <message>
        <source>Addendum: %1</source>
        <translation>Nachtrag: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Give the note a title before signing it.</source>
        <translation>Geben Sie der Notiz vor dem Signieren einen Titel.</translation>
    </message>
    <message>
        <source>The note cannot be signed yet.</source>
        <translation>Die Notiz kann noch nicht signiert werden.</translation>
    </message>
    <message>
        <source>Sign note</source>
        <translation>Notiz signieren</translation>
    </message>
    <message>
        <source>Sign “%1” now?</source>
        <translation>„%1“ jetzt signieren?</translation>
    </message>
    <message>
        <source>Signed notes cannot be changed; corrections are added as addenda.</source>
        <translation>Signierte Notizen können nicht geändert werden; Korrekturen werden als Nachträge hinzugefügt.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>The note could not be signed: %1</source>
        <translation>Die Notiz konnte nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>Sign the note; it cannot be changed afterwards.</source>
        <translation>Notiz signieren; danach kann sie nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Your role cannot sign notes.</source>
        <translation>Ihre Rolle erlaubt das Signieren von Notizen nicht.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2. Signed notes cannot be changed; corrections are added as addenda.</source>
        <translation>Signiert von %1 am %2. Signierte Notizen können nicht geändert werden; Korrekturen werden als Nachträge hinzugefügt.</translation>
    </message>
    <message>
        <source>Addendum to “%1” (%2), signed %3.</source>
        <translation>Nachtrag zu „%1“ (%2), signiert am %3.</translation>
    </message>
    <message>
        <source>another clinician</source>
        <translation>einem anderen Behandler</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Draft, not saved yet</source>
        <translation>Entwurf, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Entwurf um %1 gespeichert</translation>
    </message>
    <message>
        <source>Draft, last saved %1</source>
        <translation>Entwurf, zuletzt gespeichert am %1</translation>
    </message>
    <message>
        <source>New draft; it is saved as you type</source>
        <translation>Neuer Entwurf; wird während der Eingabe gespeichert</translation>
    </message>
</context>
<context>
    <name>nm::ui::NoteSearchResultDelegate</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>nm::ui::NotesTab</name>
    <message>
        <source>Search this patient&apos;s notes</source>
        <translation>Notizen dieses Patienten durchsuchen</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>Ne&amp;ue Notiz</translation>
    </message>
    <message>
        <source>Start a note from the template of its type</source>
        <translation>Neue Notiz aus der Vorlage ihres Typs beginnen</translation>
    </message>
    <message>
        <source>Your role cannot write notes.</source>
        <translation>Ihre Rolle erlaubt das Verfassen von Notizen nicht.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Signed %1; it can no longer be changed.</source>
        <translation>Signiert am %1; kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Draft: it can still be changed, and is not part of the signed record yet.</source>
        <translation>Entwurf: kann noch geändert werden und ist noch nicht Teil der signierten Dokumentation.</translation>
    </message>
    <message>
        <source>The notes could not be read: %1</source>
        <translation>Die Notizen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No notes for this patient yet.</source>
        <translation>Für diesen Patienten gibt es noch keine Notizen.</translation>
    </message>
    <message>
        <source>No notes match “%1”.</source>
        <translation>Keine Notizen zu „%1“ gefunden.</translation>
    </message>
</context>
<context>
    <name>nm::ui::OverviewTab</name>
    <message>
        <source>Risk flags</source>
        <translation>Risikohinweise</translation>
    </message>
    <message>
        <source>Latest scores</source>
        <translation>Letzte Ergebnisse</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation>Aktive Medikamente</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>This chart cannot be read from the local cache.</source>
        <translation>Diese Akte kann nicht aus dem lokalen Datenspeicher gelesen werden.</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>Pat.-Nr. %1</translation>
    </message>
    <message numerus="yes">
        <source>Born %1 (%n years)</source>
        <translation>
            <numerusform>Geb. %1 (%n Jahr)</numerusform>
            <numerusform>Geb. %1 (%n Jahre)</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <source>Emergency contact: %1</source>
        <translation>Notfallkontakt: %1</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Keine erfasst</translation>
    </message>
    <message>
        <source>No known allergies recorded</source>
        <translation>Keine bekannten Allergien erfasst</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Flags raised: %1</source>
        <translation>Ausgelöste Hinweise: %1</translation>
    </message>
    <message>
        <source>No completed assessments</source>
        <translation>Keine abgeschlossenen Testungen</translation>
    </message>
    <message>
        <source>The medications cannot be read.</source>
        <translation>Die Medikamente können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>No active medications</source>
        <translation>Keine aktiven Medikamente</translation>
    </message>
    <message>
        <source>The appointments cannot be read.</source>
        <translation>Die Termine können nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2, %n minute(s), %3</source>
        <translation>
            <numerusform>%1 um %2, %n Minute, %3</numerusform>
            <numerusform>%1 um %2, %n Minuten, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation>Kein Termin geplant</translation>
    </message>
</context>
<context>
    <name>nm::ui::PatientChart</name>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>This chart cannot be read from the local cache.</source>
        <translation>Diese Akte kann nicht aus dem lokalen Datenspeicher gelesen werden.</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>Pat.-Nr. %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geb. %1</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>&amp;Testungen</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Medikation</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation>T&amp;ermine</translation>
    </message>
</context>
<context>
    <name>nm::ui::PatientPanel</name>
    <message>
        <source>&amp;My patients</source>
        <translation>Meine Pat&amp;ienten</translation>
    </message>
    <message>
        <source>&amp;Risk flags only</source>
        <translation>Nur &amp;Risikohinweise</translation>
    </message>
    <message>
        <source>Search name, MRN or date of birth</source>
        <translation>Name, Pat.-Nr. oder Geburtsdatum suchen</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message numerus="yes">
        <source>%n+ patient(s)</source>
        <translation>
            <numerusform>%n+ Patient</numerusform>
            <numerusform>%n+ Patienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nm::ui::SafetyAlertDialog</name>
    <message>
        <source>Safety alert: suicide risk</source>
        <translation>Sicherheitswarnung: Suizidrisiko</translation>
    </message>
    <message>
        <source>%1: the patient reports thoughts of death or self-harm</source>
        <translation>%1: Der Patient berichtet über Todes- oder Selbstverletzungsgedanken</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>• Assess suicide risk before the patient leaves, whatever the total score: ask about thoughts of suicide, intent, plan, access to means and past attempts.
• The C-SSRS screener structures these questions and takes about two minutes.
• If there is intent or a plan, do not leave the patient alone and follow your service&apos;s crisis protocol.
• Record your assessment and the safety plan in a note.</source>
        <translation>• Schätzen Sie das Suizidrisiko ein, bevor der Patient die Praxis verlässt – unabhängig vom Gesamtwert: Fragen Sie nach Suizidgedanken, Absicht, Plan, Zugang zu Mitteln und früheren Suizidversuchen.
• Das C-SSRS-Screening strukturiert diese Fragen und dauert etwa zwei Minuten.
• Besteht eine Absicht oder ein Plan, lassen Sie den Patienten nicht allein und folgen Sie dem Krisenprotokoll Ihrer Einrichtung.
• Dokumentieren Sie Ihre Einschätzung und den Sicherheitsplan in einer Notiz.</translation>
    </message>
    <message>
        <source>Screen now with C-SSRS</source>
        <translation>Jetzt C-SSRS-Screening durchführen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
</context>
<context>
    <name>nm::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Used at the next sign-in.</source>
        <translation>Gilt ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>Sperren nach Minuten ohne Eingabe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Your practice allows %1 to %2 minutes.</source>
        <translation>Ihre Praxis erlaubt %1 bis %2 Minuten.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Lock &amp;after no input for:</source>
        <translation>Sperren &amp;nach Inaktivität von:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Enter the server address your practice gave you.</source>
        <translation>Geben Sie die Serveradresse ein, die Ihnen Ihre Praxis mitgeteilt hat.</translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is allowed only to this computer).</source>
        <translation>Die Adresse muss mit https:// beginnen (unverschlüsseltes http ist nur zu diesem Computer selbst erlaubt).</translation>
    </message>
</context>
<context>
    <name>nm::ui::SignInWindow</name>
    <message>
        <source>Novamind — Sign in</source>
        <translation>Novamind — Anmeldung</translation>
    </message>
    <message>
        <source>Novamind</source>
        <translation>Novamind</translation>
    </message>
    <message>
        <source>Clinician workstation</source>
        <translation>Arbeitsplatz für Behandler</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://novamind.example-practice.org</source>
        <translation>https://novamind.example-practice.org</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Authenticator-Code</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>Authenticator-&amp;Code:</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Hinweis zur Anmeldung</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Enter the server address your practice gave you, e.g. https://novamind.example-practice.org.</source>
        <translation>Geben Sie die Serveradresse ein, die Ihnen Ihre Praxis mitgeteilt hat, z. B. https://novamind.example-practice.org.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>The password or the authenticator code is not correct. Check both; the code changes every 30 seconds.</source>
        <translation>Das Passwort oder der Code der Authentifizierungs-App ist nicht korrekt. Prüfen Sie beides; der Code ändert sich alle 30 Sekunden.</translation>
    </message>
</context>
<context>
    <name>nm::ui::StopMedicationDialog</name>
    <message>
        <source>Stop %1</source>
        <translation>%1 absetzen</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — taken since %2.</source>
        <translation>%1 — eingenommen seit %2.</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Absetzdatum</translation>
    </message>
    <message>
        <source>Reason stopped</source>
        <translation>Absetzgrund</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Unzureichende Wirkung</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Behandlung abgeschlossen</translation>
    </message>
    <message>
        <source>Switched to another medication</source>
        <translation>Umstellung auf ein anderes Medikament</translation>
    </message>
    <message>
        <source>Patient preference</source>
        <translation>Wunsch des Patienten</translation>
    </message>
    <message>
        <source>Interaction with another medication</source>
        <translation>Wechselwirkung mit einem anderen Medikament</translation>
    </message>
    <message>
        <source>Cost or access</source>
        <translation>Kosten oder Verfügbarkeit</translation>
    </message>
    <message>
        <source>Choose or type the reason</source>
        <translation>Grund auswählen oder eingeben</translation>
    </message>
    <message>
        <source>Stop &amp;date:</source>
        <translation>Absetz&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Stop medication</source>
        <translation>Medikament absetzen</translation>
    </message>
    <message>
        <source>The medication could not be stopped: %1</source>
        <translation>Das Medikament konnte nicht abgesetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>nm::ui::SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Send your changes and fetch the latest (F5)</source>
        <translation>Ihre Änderungen senden und neue Daten abrufen (F5)</translation>
    </message>
    <message>
        <source>Signed in offline: sign out and sign in with the server to sync.</source>
        <translation>Offline angemeldet: Melden Sie sich ab und mit Serververbindung wieder an, um zu synchronisieren.</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>Änderungen werden gesendet: %1 von %2</translation>
    </message>
    <message>
        <source>Receiving records: %1</source>
        <translation>Datensätze werden empfangen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached; your changes are kept here and sent when it can (next try in %n s).</source>
        <translation>
            <numerusform>Der Server ist nicht erreichbar; Ihre Änderungen bleiben hier gespeichert und werden gesendet, sobald er erreichbar ist (nächster Versuch in %n s).</numerusform>
            <numerusform>Der Server ist nicht erreichbar; Ihre Änderungen bleiben hier gespeichert und werden gesendet, sobald er erreichbar ist (nächster Versuch in %n s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached; your changes are kept here.</source>
        <translation>Der Server ist nicht erreichbar; Ihre Änderungen bleiben hier gespeichert.</translation>
    </message>
    <message>
        <source>The server needs you to sign in again: sign out, then sign in. Your changes are kept here.</source>
        <translation>Der Server verlangt eine erneute Anmeldung: Melden Sie sich ab und wieder an. Ihre Änderungen bleiben hier gespeichert.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted; nothing was sent. Ask your practice administrator.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut; es wurde nichts gesendet. Wenden Sie sich an den Administrator Ihrer Praxis.</translation>
    </message>
    <message numerus="yes">
        <source>Sync failed: %1 Trying again in %n s.</source>
        <translation>
            <numerusform>Synchronisierung fehlgeschlagen: %1 Neuer Versuch in %n s.</numerusform>
            <numerusform>Synchronisierung fehlgeschlagen: %1 Neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>● Syncing…</source>
        <translation>● Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisiert um %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>No changes to send</source>
        <translation>Keine Änderungen zu senden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n Änderung zu senden</numerusform>
            <numerusform>%n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Zuletzt synchronisiert %1</translation>
    </message>
</context>
<context>
    <name>nm::ui::WorkstationShell</name>
    <message>
        <source>Not locked</source>
        <translation>Nicht gesperrt</translation>
    </message>
    <message>
        <source>A draft could not be saved, so the workstation did not lock:
%1</source>
        <translation>Ein Entwurf konnte nicht gespeichert werden, daher wurde der Arbeitsplatz nicht gesperrt:
%1</translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation>Nicht abgemeldet</translation>
    </message>
    <message>
        <source>A draft could not be saved:
%1</source>
        <translation>Ein Entwurf konnte nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>Language not changed yet</source>
        <translation>Sprache noch nicht geändert</translation>
    </message>
    <message>
        <source>The new language applies after the next sign-in, because a draft could not be saved:
%1</source>
        <translation>Die neue Sprache gilt erst nach der nächsten Anmeldung, weil ein Entwurf nicht gespeichert werden konnte:
%1</translation>
    </message>
    <message>
        <source>Quit without the draft?</source>
        <translation>Ohne den Entwurf beenden?</translation>
    </message>
    <message>
        <source>A draft could not be saved:
%1

Quit anyway and lose it?</source>
        <translation>Ein Entwurf konnte nicht gespeichert werden:
%1

Trotzdem beenden und den Entwurf verwerfen?</translation>
    </message>
</context>
<context>
    <name>novamind</name>
    <message>
        <source>Usage: novamind sync --headless --server URL --username NAME --cache-dir DIR --password-stdin [--totp CODE] [--timeout-ms N] [--retry-for-ms N]

Signs in, opens (or creates) this user&apos;s encrypted cache in DIR with the key the server holds for it, pushes every local change and pulls everything new. The password is read from the first line of standard input.

Exit codes: 0 synced, 1 failed (the message says why), 2 bad usage, 3 the server revoked this device or account and the cache was erased.
</source>
        <translation>Aufruf: novamind sync --headless --server URL --username NAME --cache-dir VERZ --password-stdin [--totp CODE] [--timeout-ms N] [--retry-for-ms N]

Meldet sich an, öffnet (oder erstellt) den verschlüsselten Datenspeicher dieses Benutzers in VERZ mit dem Schlüssel, den der Server dafür verwahrt, sendet alle lokalen Änderungen und ruft alles Neue ab. Das Passwort wird aus der ersten Zeile der Standardeingabe gelesen.

Exit-Codes: 0 synchronisiert, 1 fehlgeschlagen (die Meldung nennt den Grund), 2 falscher Aufruf, 3 der Server hat dieses Gerät oder Konto gesperrt und der Datenspeicher wurde gelöscht.
</translation>
    </message>
    <message>
        <source>Novamind clinician workstation. `novamind sync --headless --help` describes the command-line sync.</source>
        <translation>Novamind-Arbeitsplatz für Behandler. `novamind sync --headless --help` beschreibt die Synchronisierung über die Kommandozeile.</translation>
    </message>
    <message>
        <source>Server address to offer at sign-in (saved).</source>
        <translation>Serveradresse, die bei der Anmeldung vorgeschlagen wird (wird gespeichert).</translation>
    </message>
    <message>
        <source>Folder for the encrypted caches and settings (default: the user&apos;s application data folder).</source>
        <translation>Ordner für die verschlüsselten Datenspeicher und Einstellungen (Standard: der Anwendungsdatenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Novamind</source>
        <translation>Novamind</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Print &quot;shown&quot; once the sign-in window has been painted, and quit (benchmarks).</source>
        <translation>Gibt &quot;shown&quot; aus, sobald das Anmeldefenster gezeichnet ist, und beendet sich (Benchmarks).</translation>
    </message>
</context>
</TS>
