<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>se esperaba una matriz</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>unknown field (misspelt?)</source>
        <translation>campo desconocido (¿mal escrito?)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>se esperaba una cadena no vacía</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <source>score %1 appears twice</source>
        <translation>la puntuación %1 aparece dos veces</translation>
    </message>
    <message>
        <source>refers to item “%1”, which is not defined before this point</source>
        <translation>hace referencia al ítem «%1», que no está definido antes de este punto</translation>
    </message>
    <message>
        <source>%1 is outside the scores of item “%2” (%3)</source>
        <translation>%1 está fuera de las puntuaciones del ítem «%2» (%3)</translation>
    </message>
    <message>
        <source>an item condition needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>una condición de ítem necesita &quot;min&quot; o &quot;max&quot;</translation>
    </message>
    <message>
        <source>&quot;min&quot; is greater than &quot;max&quot;</source>
        <translation>&quot;min&quot; es mayor que &quot;max&quot;</translation>
    </message>
    <message>
        <source>expected an item id</source>
        <translation>se esperaba un id de ítem</translation>
    </message>
    <message>
        <source>unknown item “%1”</source>
        <translation>ítem desconocido «%1»</translation>
    </message>
    <message>
        <source>item “%1” is listed twice</source>
        <translation>el ítem «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>“%1” may contain only letters, digits and underscores</source>
        <translation>«%1» solo puede contener letras, dígitos y guiones bajos</translation>
    </message>
    <message>
        <source>“%1” is used twice</source>
        <translation>«%1» se usa dos veces</translation>
    </message>
    <message>
        <source>unknown option set “%1”</source>
        <translation>conjunto de opciones desconocido «%1»</translation>
    </message>
    <message>
        <source>is %1, but the items&apos; lowest scores add up to %2</source>
        <translation>es %1, pero las puntuaciones mínimas de los ítems suman %2</translation>
    </message>
    <message>
        <source>is %1, but the items&apos; highest scores add up to %2</source>
        <translation>es %1, pero las puntuaciones máximas de los ítems suman %2</translation>
    </message>
    <message>
        <source>&quot;max_missing&quot; and &quot;rounding&quot; belong to the &quot;prorate&quot; rule only</source>
        <translation>&quot;max_missing&quot; y &quot;rounding&quot; solo corresponden a la regla &quot;prorate&quot;</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>only &quot;half_up&quot; is supported</source>
        <translation>solo se admite &quot;half_up&quot;</translation>
    </message>
    <message>
        <source>“%1” is not a rule; use &quot;require_all&quot; or &quot;prorate&quot;</source>
        <translation>«%1» no es una regla; use &quot;require_all&quot; o &quot;prorate&quot;</translation>
    </message>
    <message>
        <source>is %1; the first band must start at the lowest total, %2</source>
        <translation>es %1; la primera banda debe empezar en el total mínimo, %2</translation>
    </message>
    <message>
        <source>is %1; bands must follow each other without gap or overlap, so it must be %2</source>
        <translation>es %1; las bandas deben sucederse sin huecos ni solapamientos, así que debe ser %2</translation>
    </message>
    <message>
        <source>is below &quot;min&quot;</source>
        <translation>es inferior a &quot;min&quot;</translation>
    </message>
    <message>
        <source>must be greater than the previous band&apos;s rank</source>
        <translation>debe ser mayor que el orden (rank) de la banda anterior</translation>
    </message>
    <message>
        <source>is %1; the last band must end at the highest total, %2</source>
        <translation>es %1; la última banda debe terminar en el total máximo, %2</translation>
    </message>
    <message>
        <source>%1 cannot tell endorsed from not endorsed for item “%2” (scores %3)</source>
        <translation>%1 no permite distinguir entre síntoma presente y ausente en el ítem «%2» (puntuaciones %3)</translation>
    </message>
    <message>
        <source>must be between 1 and the group&apos;s %1 items</source>
        <translation>debe estar entre 1 y los %1 ítems del grupo</translation>
    </message>
    <message>
        <source>%1 is not a cut-off within the total&apos;s range %2–%3</source>
        <translation>%1 no es un punto de corte dentro del rango del total, %2–%3</translation>
    </message>
    <message>
        <source>ranks must be unique and above the rank of &quot;none&quot;</source>
        <translation>los valores de orden (rank) deben ser únicos y superiores al de &quot;none&quot;</translation>
    </message>
    <message>
        <source>must lie within the total&apos;s range %1–%2</source>
        <translation>debe estar dentro del rango del total, %1–%2</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The username or password is wrong</source>
        <translation>El usuario o la contraseña no son correctos</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>Introduzca el código de su aplicación de autenticación</translation>
    </message>
    <message>
        <source>The account is locked after repeated failed sign-ins</source>
        <translation>La cuenta se ha bloqueado tras varios intentos fallidos de inicio de sesión</translation>
    </message>
    <message>
        <source>Too many attempts; wait a moment and try again</source>
        <translation>Demasiados intentos; espere un momento y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>An administrator has revoked this workstation</source>
        <translation>Un administrador ha revocado el acceso de esta estación de trabajo</translation>
    </message>
    <message>
        <source>This account has been deactivated</source>
        <translation>Esta cuenta se ha desactivado</translation>
    </message>
    <message>
        <source>Your session has ended; sign in again</source>
        <translation>Su sesión ha finalizado; vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Your role does not allow this</source>
        <translation>Su rol no permite esta acción</translation>
    </message>
    <message>
        <source>Some fields need attention</source>
        <translation>Algunos campos requieren atención</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>No se puede acceder al servidor</translation>
    </message>
    <message>
        <source>The server refused the connection; it may not be running.</source>
        <translation>El servidor rechazó la conexión; es posible que no esté en funcionamiento.</translation>
    </message>
    <message>
        <source>No server named %1 could be found.</source>
        <translation>No se encontró ningún servidor llamado %1.</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>El servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Sin respuesta en %1 segundos.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed</source>
        <translation>Falló la conexión segura con el servidor</translation>
    </message>
    <message>
        <source>The server address is not secure</source>
        <translation>La dirección del servidor no es segura</translation>
    </message>
    <message>
        <source>Novamind connects to a server over HTTPS only; plain HTTP is allowed to this computer alone. The address given was %1.</source>
        <translation>Novamind solo se conecta a un servidor mediante HTTPS; HTTP sin cifrar solo se permite hacia este mismo equipo. La dirección indicada era %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>No se pudo leer la respuesta del servidor</translation>
    </message>
    <message>
        <source>The local cache could not be updated</source>
        <translation>No se pudo actualizar la caché local</translation>
    </message>
    <message>
        <source>Sign in to continue</source>
        <translation>Inicie sesión para continuar</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1)</source>
        <translation>El servidor rechazó la solicitud (HTTP %1)</translation>
    </message>
    <message>
        <source>The sign-in answer has no valid &quot;%1&quot;.</source>
        <translation>La respuesta de inicio de sesión no contiene un &quot;%1&quot; válido.</translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>The appointment is not linked to a patient.</source>
        <translation>La cita no está vinculada a ningún paciente.</translation>
    </message>
    <message>
        <source>Choose the clinician for the appointment.</source>
        <translation>Elija el profesional de la cita.</translation>
    </message>
    <message>
        <source>Enter the start date and time of the appointment.</source>
        <translation>Introduzca la fecha y la hora de inicio de la cita.</translation>
    </message>
    <message>
        <source>The duration must be between %1 and %2 minutes (8 hours).</source>
        <translation>La duración debe estar entre %1 y %2 minutos (8 horas).</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>The assessment is not linked to a patient.</source>
        <translation>La evaluación no está vinculada a ningún paciente.</translation>
    </message>
    <message>
        <source>Choose the instrument.</source>
        <translation>Elija el instrumento.</translation>
    </message>
    <message>
        <source>The instrument version must be 1 or higher.</source>
        <translation>La versión del instrumento debe ser 1 o superior.</translation>
    </message>
    <message>
        <source>A completed assessment must record when it was administered.</source>
        <translation>Una evaluación completada debe registrar cuándo se aplicó.</translation>
    </message>
    <message>
        <source>A response does not name its item.</source>
        <translation>Una respuesta no indica a qué ítem corresponde.</translation>
    </message>
    <message>
        <source>Item “%1” is answered more than once.</source>
        <translation>El ítem «%1» tiene más de una respuesta.</translation>
    </message>
    <message>
        <source>The score of item “%1” is not a number.</source>
        <translation>La puntuación del ítem «%1» no es un número.</translation>
    </message>
    <message>
        <source>Expected a list of objects, each with an item id (text) and a score (a number or null).</source>
        <translation>Se esperaba una lista de objetos, cada uno con un id de ítem (texto) y una puntuación (un número o null).</translation>
    </message>
    <message>
        <source>Expected an object whose values are numbers, one per subscale.</source>
        <translation>Se esperaba un objeto cuyos valores sean números, uno por subescala.</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>A completed assessment is saved with complete()</source>
        <translation>Una evaluación completada se guarda con complete()</translation>
    </message>
    <message>
        <source>Some answers need attention</source>
        <translation>Algunas respuestas requieren atención</translation>
    </message>
</context>
<context>
    <name>AssessmentScorer</name>
    <message>
        <source>The instrument &quot;%1&quot; is not known to this version of Novamind.</source>
        <translation>Esta versión de Novamind no conoce el instrumento &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The answer to item %1 is not one of its options.</source>
        <translation>La respuesta al ítem %1 no es ninguna de sus opciones.</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>The local cache %1 cannot be opened: the key does not decrypt it, or it is not an encrypted Novamind cache. The file was not changed.</source>
        <translation>No se puede abrir la caché local %1: la clave no la descifra o no es una caché cifrada de Novamind. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>No se puede abrir la caché local %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is an encrypted database of another application, not a Novamind cache. It was left untouched.</source>
        <translation>El archivo %1 es una base de datos cifrada de otra aplicación, no una caché de Novamind. No se ha modificado.</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of Novamind (schema version %2; this version understands up to %3). Update Novamind to open it. The file was not changed.</source>
        <translation>La caché local %1 se creó con una versión más reciente de Novamind (versión de esquema %2; esta versión admite hasta la %3). Actualice Novamind para abrirla. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Unable to configure the local cache: %1</source>
        <translation>No se puede configurar la caché local: %1</translation>
    </message>
    <message>
        <source>The local cache %1 cannot use write-ahead logging; is its folder read-only?</source>
        <translation>La caché local %1 no puede usar el registro de escritura anticipada (WAL); ¿su carpeta es de solo lectura?</translation>
    </message>
    <message>
        <source>Unable to initialise the local cache: %1</source>
        <translation>No se puede inicializar la caché local: %1</translation>
    </message>
</context>
<context>
    <name>CacheUnlock</name>
    <message>
        <source>This account has not signed in on this computer yet. Connect to the server to sign in.</source>
        <translation>Esta cuenta aún no ha iniciado sesión en este equipo. Conéctese al servidor para iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Offline sign-in is allowed for %n day(s) after the last sign-in with the server. Connect to the server to sign in.</source>
        <translation>
            <numerusform>El inicio de sesión sin conexión se permite durante %n día después del último inicio de sesión con el servidor. Conéctese al servidor para iniciar sesión.</numerusform>
            <numerusform>El inicio de sesión sin conexión se permite durante %n días después del último inicio de sesión con el servidor. Conéctese al servidor para iniciar sesión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>The change could not be queued for sync: %1</source>
        <translation>No se pudo añadir el cambio a la cola de sincronización: %1</translation>
    </message>
    <message>
        <source>The sync queue could not be read: %1</source>
        <translation>No se pudo leer la cola de sincronización: %1</translation>
    </message>
    <message>
        <source>The sync queue could not be updated: %1</source>
        <translation>No se pudo actualizar la cola de sincronización: %1</translation>
    </message>
    <message>
        <source>The change %1 is not in the sync queue</source>
        <translation>El cambio %1 no está en la cola de sincronización</translation>
    </message>
</context>
<context>
    <name>ClinicalNote</name>
    <message>
        <source>The note is not linked to a patient.</source>
        <translation>La nota no está vinculada a ningún paciente.</translation>
    </message>
    <message numerus="yes">
        <source>The title can be at most %n characters.</source>
        <translation>
            <numerusform>El título puede tener como máximo %n carácter.</numerusform>
            <numerusform>El título puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A note cannot be signed without text.</source>
        <translation>No se puede firmar una nota sin texto.</translation>
    </message>
    <message>
        <source>A signed note must record when it was signed.</source>
        <translation>Una nota firmada debe registrar cuándo se firmó.</translation>
    </message>
    <message>
        <source>A signed note must record who signed it.</source>
        <translation>Una nota firmada debe registrar quién la firmó.</translation>
    </message>
    <message>
        <source>A draft note cannot have a signing time.</source>
        <translation>Un borrador no puede tener fecha de firma.</translation>
    </message>
    <message>
        <source>A draft note cannot have a signer.</source>
        <translation>Un borrador no puede tener firmante.</translation>
    </message>
    <message>
        <source>A note cannot be an addendum to itself.</source>
        <translation>Una nota no puede ser una adenda de sí misma.</translation>
    </message>
    <message>
        <source>This addendum does not refer to that note.</source>
        <translation>Esta adenda no hace referencia a esa nota.</translation>
    </message>
    <message>
        <source>An addendum can only amend a signed note; edit the draft itself instead.</source>
        <translation>Una adenda solo puede corregir una nota firmada; en su lugar, edite el propio borrador.</translation>
    </message>
    <message>
        <source>An addendum cannot amend a deleted note.</source>
        <translation>Una adenda no puede corregir una nota eliminada.</translation>
    </message>
    <message>
        <source>An addendum must be about the same patient as the note it amends.</source>
        <translation>Una adenda debe referirse al mismo paciente que la nota que corrige.</translation>
    </message>
</context>
<context>
    <name>ClinicalNoteRepository</name>
    <message>
        <source>Only a draft can be saved; sign the note to finish it</source>
        <translation>Solo se puede guardar un borrador; firme la nota para finalizarla</translation>
    </message>
    <message>
        <source>The note no longer exists</source>
        <translation>La nota ya no existe</translation>
    </message>
    <message>
        <source>The note is already signed; write an addendum to correct it</source>
        <translation>La nota ya está firmada; escriba una adenda para corregirla</translation>
    </message>
    <message>
        <source>An addendum must refer to the note it corrects</source>
        <translation>Una adenda debe hacer referencia a la nota que corrige</translation>
    </message>
    <message>
        <source>The note this addendum corrects no longer exists</source>
        <translation>La nota que corrige esta adenda ya no existe</translation>
    </message>
    <message>
        <source>Some fields need attention</source>
        <translation>Algunos campos requieren atención</translation>
    </message>
    <message>
        <source>The notes could not be searched: %1</source>
        <translation>No se pudieron buscar las notas: %1</translation>
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message>
        <source>The conflict could not be saved: %1</source>
        <translation>No se pudo guardar el conflicto: %1</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>No se pudieron leer los conflictos: %1</translation>
    </message>
    <message>
        <source>This conflict was already resolved</source>
        <translation>Este conflicto ya se resolvió</translation>
    </message>
    <message>
        <source>This kind of record cannot take a value back; keep the server&apos;s</source>
        <translation>Este tipo de registro no admite recuperar su valor; conserve el del servidor</translation>
    </message>
    <message>
        <source>A record deleted on the server cannot be restored here; keep the server&apos;s version, or enter it again</source>
        <translation>Un registro eliminado en el servidor no se puede restaurar aquí; conserve la versión del servidor o vuelva a introducirlo</translation>
    </message>
    <message>
        <source>The record no longer exists</source>
        <translation>El registro ya no existe</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>No se pudo resolver el conflicto: %1</translation>
    </message>
</context>
<context>
    <name>DemoPracticeGenerator</name>
    <message>
        <source>The demo practice needs the date of its last day.</source>
        <translation>El centro de demostración necesita la fecha de su último día.</translation>
    </message>
    <message>
        <source>The demo practice can have 0 to %1 patients.</source>
        <translation>El centro de demostración puede tener de 0 a %1 pacientes.</translation>
    </message>
    <message>
        <source>The demo period can be 1 to %1 days long.</source>
        <translation>El periodo de demostración puede durar de 1 a %1 días.</translation>
    </message>
    <message>
        <source>The demo practice needs at least one clinician.</source>
        <translation>El centro de demostración necesita al menos un profesional.</translation>
    </message>
    <message>
        <source>The demo clinicians must be distinct, non-null ids.</source>
        <translation>Los profesionales de demostración deben tener identificadores distintos y no nulos.</translation>
    </message>
</context>
<context>
    <name>DemoPracticeWriter</name>
    <message>
        <source>The demo practice could not be loaded: %1</source>
        <translation>No se pudo cargar el centro de demostración: %1</translation>
    </message>
</context>
<context>
    <name>EmergencyContact</name>
    <message>
        <source>Enter the emergency contact&apos;s name.</source>
        <translation>Introduzca el nombre del contacto de emergencia.</translation>
    </message>
    <message numerus="yes">
        <source>The emergency contact&apos;s name can be at most %n characters.</source>
        <translation>
            <numerusform>El nombre del contacto de emergencia puede tener como máximo %n carácter.</numerusform>
            <numerusform>El nombre del contacto de emergencia puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a phone number for the emergency contact.</source>
        <translation>Introduzca un número de teléfono del contacto de emergencia.</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>A phone number may contain only digits, spaces, hyphens, parentheses and a leading +, for example +1 (555) 123-4567.</source>
        <translation>Un número de teléfono solo puede contener dígitos, espacios, guiones, paréntesis y un + inicial, por ejemplo +1 (555) 123-4567.</translation>
    </message>
    <message numerus="yes">
        <source>A phone number must have 7 to 15 digits; this one has %n.</source>
        <translation>
            <numerusform>Un número de teléfono debe tener entre 7 y 15 dígitos; este tiene %n.</numerusform>
            <numerusform>Un número de teléfono debe tener entre 7 y 15 dígitos; este tiene %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>An e-mail address must look like name@example.com, with no spaces.</source>
        <translation>Una dirección de correo electrónico debe tener la forma nombre@example.com, sin espacios.</translation>
    </message>
</context>
<context>
    <name>InstrumentDefinition</name>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: JSON no válido en la posición %2: %3</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>“%1” may contain only lower-case letters, digits and underscores</source>
        <translation>«%1» solo puede contener letras minúsculas, dígitos y guiones bajos</translation>
    </message>
    <message>
        <source>must be 1 or greater</source>
        <translation>debe ser 1 o mayor</translation>
    </message>
    <message>
        <source>needs &quot;scoring.total&quot;</source>
        <translation>requiere &quot;scoring.total&quot;</translation>
    </message>
    <message>
        <source>defines nothing to score (no total, risk, flags or criteria)</source>
        <translation>no define nada que puntuar (ni total, ni riesgo, ni alertas, ni criterios)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: is too large to be an instrument definition</source>
        <translation>%1: es demasiado grande para ser una definición de instrumento</translation>
    </message>
</context>
<context>
    <name>InstrumentRegistry</name>
    <message>
        <source>The instrument directory %1 does not exist</source>
        <translation>El directorio de instrumentos %1 no existe</translation>
    </message>
    <message>
        <source>The instrument directory %1 holds no definitions</source>
        <translation>El directorio de instrumentos %1 no contiene definiciones</translation>
    </message>
    <message>
        <source>%1: id: “%2” does not match the file name; the file must be named %3</source>
        <translation>%1: id: «%2» no coincide con el nombre del archivo; el archivo debe llamarse %3</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>Expected text.</source>
        <translation>Se esperaba texto.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Se esperaba true o false.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Se esperaba un número entero.</translation>
    </message>
    <message>
        <source>Expected a whole number between %1 and %2.</source>
        <translation>Se esperaba un número entero entre %1 y %2.</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>Se esperaba un número.</translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD, for example 1984-03-07.</source>
        <translation>Se esperaba una fecha con el formato AAAA-MM-DD, por ejemplo 1984-03-07.</translation>
    </message>
    <message>
        <source>Expected a date and time in ISO 8601 with a time zone, for example 2026-11-25T09:30:00.250Z.</source>
        <translation>Se esperaba una fecha y hora en ISO 8601 con zona horaria, por ejemplo 2026-11-25T09:30:00.250Z.</translation>
    </message>
    <message>
        <source>Expected an identifier (UUID).</source>
        <translation>Se esperaba un identificador (UUID).</translation>
    </message>
    <message>
        <source>Expected a list of text.</source>
        <translation>Se esperaba una lista de textos.</translation>
    </message>
    <message>
        <source>Expected a list of identifiers (UUIDs).</source>
        <translation>Se esperaba una lista de identificadores (UUID).</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Se esperaba un objeto.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>Se esperaba una lista.</translation>
    </message>
    <message>
        <source>Expected one of: %1.</source>
        <translation>Se esperaba uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>Expected a list whose entries are each one of: %1.</source>
        <translation>Se esperaba una lista en la que cada elemento sea uno de estos valores: %1.</translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>The key file is damaged or has been altered, so Novamind will not use it. Sign in while connected to the network to restore access to your local data.</source>
        <translation>El archivo de claves está dañado o ha sido alterado, por lo que Novamind no lo usará. Inicie sesión con conexión a la red para recuperar el acceso a sus datos locales.</translation>
    </message>
    <message>
        <source>The key file “%1” is damaged or has been altered, so Novamind will not use it. Sign in while connected to the network to restore access to your local data.</source>
        <translation>El archivo de claves «%1» está dañado o ha sido alterado, por lo que Novamind no lo usará. Inicie sesión con conexión a la red para recuperar el acceso a sus datos locales.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of Novamind. Update Novamind and try again.</source>
        <translation>El archivo de claves se creó con una versión más reciente de Novamind. Actualice Novamind y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The key file “%1” was written by a newer version of Novamind. Update Novamind and try again.</source>
        <translation>El archivo de claves «%1» se creó con una versión más reciente de Novamind. Actualice Novamind y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The password is not correct. Check it and try again.</source>
        <translation>La contraseña no es correcta. Compruébela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The key could not be protected: it must be %1 bytes long.</source>
        <translation>No se pudo proteger la clave: debe tener %1 bytes.</translation>
    </message>
    <message>
        <source>The key could not be protected: the key derivation settings are outside the range Novamind accepts.</source>
        <translation>No se pudo proteger la clave: los parámetros de derivación de la clave están fuera del rango que admite Novamind.</translation>
    </message>
    <message>
        <source>Novamind could not save the key file “%1”: %2. Check that the disk is not full and that you may write to that folder.</source>
        <translation>Novamind no pudo guardar el archivo de claves «%1»: %2. Compruebe que el disco no está lleno y que tiene permiso de escritura en esa carpeta.</translation>
    </message>
    <message>
        <source>Novamind could not read the key file “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation>Novamind no pudo leer el archivo de claves «%1»: %2. Compruebe que el archivo existe y que tiene permiso de lectura.</translation>
    </message>
</context>
<context>
    <name>LocalAccounts</name>
    <message>
        <source>The folder %1 cannot be created</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>The account list %1 cannot be written</source>
        <translation>No se puede escribir la lista de cuentas %1</translation>
    </message>
    <message>
        <source>%1 could not be erased</source>
        <translation>No se pudo borrar %1</translation>
    </message>
</context>
<context>
    <name>MeasurementBasedCare</name>
    <message>
        <source>Response: the total score has fallen by at least 50 % from the baseline total.</source>
        <translation>Respuesta: la puntuación total ha disminuido al menos un 50 % respecto al total basal.</translation>
    </message>
    <message>
        <source>Not applicable: the baseline total is 0, so there is nothing to fall from.</source>
        <translation>No aplicable: el total basal es 0, por lo que no puede disminuir.</translation>
    </message>
    <message>
        <source>Remission is not defined for %1.</source>
        <translation>La remisión no está definida para %1.</translation>
    </message>
    <message>
        <source>Remission: a %1 total below %2.</source>
        <translation>Remisión: un total de %1 inferior a %2.</translation>
    </message>
    <message>
        <source>Reliable change is not defined for %1.</source>
        <translation>El cambio fiable no está definido para %1.</translation>
    </message>
    <message numerus="yes">
        <source>Reliable change: the %1 total has changed by at least %n point(s) from baseline, more than measurement error alone would explain. A fall is reliable improvement, a rise reliable deterioration.</source>
        <translation>
            <numerusform>Cambio fiable: el total de %1 ha variado al menos %n punto respecto a la línea base, más de lo que explicaría el error de medida por sí solo. Una disminución indica una mejoría fiable; un aumento, un empeoramiento fiable.</numerusform>
            <numerusform>Cambio fiable: el total de %1 ha variado al menos %n puntos respecto a la línea base, más de lo que explicaría el error de medida por sí solo. Una disminución indica una mejoría fiable; un aumento, un empeoramiento fiable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medication</name>
    <message>
        <source>The medication is not linked to a patient.</source>
        <translation>La medicación no está vinculada a ningún paciente.</translation>
    </message>
    <message>
        <source>Enter the medication name.</source>
        <translation>Introduzca el nombre del medicamento.</translation>
    </message>
    <message numerus="yes">
        <source>The medication name can be at most %n characters.</source>
        <translation>
            <numerusform>El nombre del medicamento puede tener como máximo %n carácter.</numerusform>
            <numerusform>El nombre del medicamento puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dose must be greater than 0.</source>
        <translation>La dosis debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>Choose the unit of the dose, for example mg.</source>
        <translation>Elija la unidad de la dosis, por ejemplo mg.</translation>
    </message>
    <message>
        <source>The unit must be one of: %1.</source>
        <translation>La unidad debe ser una de estas: %1.</translation>
    </message>
    <message>
        <source>Enter the date the medication was started.</source>
        <translation>Introduzca la fecha de inicio de la medicación.</translation>
    </message>
    <message>
        <source>The stop date cannot be before the start date.</source>
        <translation>La fecha de suspensión no puede ser anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <source>Enter the reason the medication was stopped.</source>
        <translation>Introduzca el motivo de la suspensión de la medicación.</translation>
    </message>
    <message>
        <source>A reason for stopping is given, but no stop date. Enter the stop date, or clear the reason.</source>
        <translation>Se indica un motivo de suspensión, pero no una fecha de suspensión. Introduzca la fecha de suspensión o borre el motivo.</translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <source>Appearance and behaviour</source>
        <translation>Aspecto y conducta</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Lenguaje</translation>
    </message>
    <message>
        <source>Mood (patient&apos;s words)</source>
        <translation>Estado de ánimo (en palabras del paciente)</translation>
    </message>
    <message>
        <source>Affect</source>
        <translation>Afecto</translation>
    </message>
    <message>
        <source>Thought process</source>
        <translation>Curso del pensamiento</translation>
    </message>
    <message>
        <source>Thought content (incl. suicidal / homicidal ideation)</source>
        <translation>Contenido del pensamiento (incl. ideación suicida / homicida)</translation>
    </message>
    <message>
        <source>Perception</source>
        <translation>Sensopercepción</translation>
    </message>
    <message>
        <source>Cognition</source>
        <translation>Cognición</translation>
    </message>
    <message>
        <source>Insight and judgement</source>
        <translation>Conciencia de enfermedad y juicio</translation>
    </message>
    <message>
        <source>Suicidal ideation, intent, plan</source>
        <translation>Ideación, intención y plan suicidas</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Autolesiones</translation>
    </message>
    <message>
        <source>Harm to others</source>
        <translation>Daño a terceros</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Factores protectores</translation>
    </message>
    <message>
        <source>Overall risk level</source>
        <translation>Nivel de riesgo global</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Motivo de derivación</translation>
    </message>
    <message>
        <source>History of present illness</source>
        <translation>Enfermedad actual</translation>
    </message>
    <message>
        <source>Psychiatric history</source>
        <translation>Antecedentes psiquiátricos</translation>
    </message>
    <message>
        <source>Previous diagnoses</source>
        <translation>Diagnósticos previos</translation>
    </message>
    <message>
        <source>Hospitalisations</source>
        <translation>Hospitalizaciones</translation>
    </message>
    <message>
        <source>Previous treatments</source>
        <translation>Tratamientos previos</translation>
    </message>
    <message>
        <source>Medical history and current medications</source>
        <translation>Antecedentes médicos y medicación actual</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Cannabis</source>
        <translation>Cannabis</translation>
    </message>
    <message>
        <source>Other substances</source>
        <translation>Otras sustancias</translation>
    </message>
    <message>
        <source>Family and social history</source>
        <translation>Antecedentes familiares y sociales</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Evaluación del riesgo</translation>
    </message>
    <message>
        <source>Mental status exam</source>
        <translation>Examen del estado mental</translation>
    </message>
    <message>
        <source>Formulation</source>
        <translation>Formulación</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjetivo</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>Medicación actual</translation>
    </message>
    <message>
        <source>Response and side effects</source>
        <translation>Respuesta y efectos adversos</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos adversos</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Adherencia</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorización</translation>
    </message>
    <message>
        <source>Laboratory tests</source>
        <translation>Pruebas de laboratorio</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Constantes vitales</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Coping strategies</source>
        <translation>Estrategias de afrontamiento</translation>
    </message>
    <message>
        <source>People and places to contact</source>
        <translation>Personas y lugares de contacto</translation>
    </message>
    <message>
        <source>Means restriction</source>
        <translation>Restricción del acceso a medios letales</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Destino del paciente</translation>
    </message>
</context>
<context>
    <name>Observation</name>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Resting heart rate</source>
        <translation>Frecuencia cardiaca en reposo</translation>
    </message>
    <message>
        <source>Heart rate variability (RMSSD)</source>
        <translation>Variabilidad de la frecuencia cardiaca (RMSSD)</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Frecuencia cardiaca</translation>
    </message>
    <message>
        <source>Oxygen saturation</source>
        <translation>Saturación de oxígeno</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Frecuencia respiratoria</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>The observation is not linked to a patient.</source>
        <translation>La observación no está vinculada a ningún paciente.</translation>
    </message>
    <message>
        <source>Enter the date and time of the observation.</source>
        <translation>Introduzca la fecha y la hora de la observación.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation>%1 debe estar entre %2 y %3 %4.</translation>
    </message>
    <message>
        <source>%1 must be recorded in “%2”.</source>
        <translation>%1 debe registrarse en «%2».</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>Se esperaba un número.</translation>
    </message>
</context>
<context>
    <name>ObservationQuery</name>
    <message>
        <source>The observations could not be read: %1</source>
        <translation>No se pudieron leer las observaciones: %1</translation>
    </message>
</context>
<context>
    <name>ObservationRepository</name>
    <message>
        <source>Reading %1 of %2 needs attention</source>
        <translation>La medición %1 de %2 requiere atención</translation>
    </message>
    <message>
        <source>The readings could not be saved in the local cache: %1</source>
        <translation>No se pudieron guardar las mediciones en la caché local: %1</translation>
    </message>
    <message>
        <source>reading %1 was refused</source>
        <translation>se rechazó la medición %1</translation>
    </message>
</context>
<context>
    <name>PasswordKdf</name>
    <message>
        <source>The key derivation settings are outside the range Novamind accepts.</source>
        <translation>Los parámetros de derivación de la clave están fuera del rango que admite Novamind.</translation>
    </message>
    <message>
        <source>The key derivation salt has the wrong length.</source>
        <translation>La sal de derivación de la clave tiene una longitud incorrecta.</translation>
    </message>
    <message>
        <source>The requested key length is not supported.</source>
        <translation>La longitud de clave solicitada no es compatible.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>La contraseña es demasiado larga.</translation>
    </message>
    <message>
        <source>There is not enough free memory to check the password. Close other programs and try again.</source>
        <translation>No hay suficiente memoria libre para comprobar la contraseña. Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The system could not start the threads needed to check the password. Close other programs and try again.</source>
        <translation>El sistema no pudo iniciar los hilos necesarios para comprobar la contraseña. Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Novamind could not derive the key from the password (%1).</source>
        <translation>Novamind no pudo derivar la clave a partir de la contraseña (%1).</translation>
    </message>
</context>
<context>
    <name>Patient</name>
    <message>
        <source>Enter the MRN.</source>
        <translation>Introduzca el NHC.</translation>
    </message>
    <message>
        <source>The MRN must be 6 to 12 characters long: capital letters A–Z and digits 0–9, with at most one hyphen between them (for example AB-12345).</source>
        <translation>El NHC debe tener entre 6 y 12 caracteres: letras mayúsculas A–Z y dígitos 0–9, con un guion como máximo entre ellos (por ejemplo AB-12345).</translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation>Introduzca el nombre.</translation>
    </message>
    <message numerus="yes">
        <source>The given name can be at most %n characters.</source>
        <translation>
            <numerusform>El nombre puede tener como máximo %n carácter.</numerusform>
            <numerusform>El nombre puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Introduzca los apellidos.</translation>
    </message>
    <message numerus="yes">
        <source>The family name can be at most %n characters.</source>
        <translation>
            <numerusform>Los apellidos pueden tener como máximo %n carácter.</numerusform>
            <numerusform>Los apellidos pueden tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preferred name can be at most %n characters.</source>
        <translation>
            <numerusform>El nombre preferido puede tener como máximo %n carácter.</numerusform>
            <numerusform>El nombre preferido puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>Introduzca la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser posterior a hoy.</translation>
    </message>
    <message numerus="yes">
        <source>Date of birth cannot be more than %n years ago.</source>
        <translation>
            <numerusform>La fecha de nacimiento no puede ser de hace más de %n año.</numerusform>
            <numerusform>La fecha de nacimiento no puede ser de hace más de %n años.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an ICD-10-CM code. A code is a capital letter, a digit and a capital letter or digit, optionally followed by a dot and 1 to 4 capital letters or digits, for example F32.1.</source>
        <translation>«%1» no es un código CIE-10-MC. Un código consta de una letra mayúscula, un dígito y una letra mayúscula o un dígito, seguidos opcionalmente de un punto y de 1 a 4 letras mayúsculas o dígitos, por ejemplo F32.1.</translation>
    </message>
    <message>
        <source>“%1” is listed more than once.</source>
        <translation>«%1» aparece más de una vez.</translation>
    </message>
    <message>
        <source>An allergy entry is empty. Fill it in or remove it.</source>
        <translation>Hay una alergia vacía. Rellénela o elimínela.</translation>
    </message>
    <message>
        <source>A care team entry does not name a clinician.</source>
        <translation>Una entrada del equipo asistencial no indica ningún profesional.</translation>
    </message>
    <message>
        <source>A clinician is listed more than once in the care team.</source>
        <translation>Un profesional aparece más de una vez en el equipo asistencial.</translation>
    </message>
</context>
<context>
    <name>PulledPage</name>
    <message>
        <source>the pulled page</source>
        <translation>la página recibida</translation>
    </message>
</context>
<context>
    <name>RecordMeta</name>
    <message>
        <source>The record has no id.</source>
        <translation>El registro no tiene id.</translation>
    </message>
    <message>
        <source>The version cannot be negative.</source>
        <translation>La versión no puede ser negativa.</translation>
    </message>
    <message>
        <source>The time the record was created is missing.</source>
        <translation>Falta la fecha y hora de creación del registro.</translation>
    </message>
    <message>
        <source>The time the record was last changed is missing.</source>
        <translation>Falta la fecha y hora de la última modificación del registro.</translation>
    </message>
    <message>
        <source>The time the record was last changed cannot be before it was created.</source>
        <translation>La fecha de la última modificación del registro no puede ser anterior a la de su creación.</translation>
    </message>
    <message>
        <source>The record does not say who created it.</source>
        <translation>El registro no indica quién lo creó.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>The record could not be saved in the local cache: %1</source>
        <translation>No se pudo guardar el registro en la caché local: %1</translation>
    </message>
    <message>
        <source>The records could not be read from the local cache: %1</source>
        <translation>No se pudieron leer los registros de la caché local: %1</translation>
    </message>
    <message>
        <source>A record needs an id before it can be saved</source>
        <translation>Un registro necesita un id para poder guardarse</translation>
    </message>
    <message>
        <source>A record with this id already exists</source>
        <translation>Ya existe un registro con este id</translation>
    </message>
    <message>
        <source>The record no longer exists</source>
        <translation>El registro ya no existe</translation>
    </message>
    <message>
        <source>This record is final and cannot be changed</source>
        <translation>Este registro es definitivo y no se puede modificar</translation>
    </message>
    <message>
        <source>A record from the server must carry its created_at and updated_at</source>
        <translation>Un registro procedente del servidor debe incluir created_at y updated_at</translation>
    </message>
    <message>
        <source>This record is final and cannot be deleted</source>
        <translation>Este registro es definitivo y no se puede eliminar</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The migration directory %1 does not exist</source>
        <translation>El directorio de migraciones %1 no existe</translation>
    </message>
    <message>
        <source>The migration file name %1 does not follow NNNN_name.sql</source>
        <translation>El nombre del archivo de migración %1 no sigue el formato NNNN_nombre.sql</translation>
    </message>
    <message>
        <source>Migration %1 is out of sequence: expected number %2</source>
        <translation>La migración %1 está fuera de secuencia: se esperaba el número %2</translation>
    </message>
    <message>
        <source>Unable to read migration %1</source>
        <translation>No se puede leer la migración %1</translation>
    </message>
    <message>
        <source>Unable to start migration %1: %2</source>
        <translation>No se puede iniciar la migración %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 (version %2) failed and was rolled back: %3</source>
        <translation>La migración %1 (versión %2) falló y se revirtió: %3</translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <source>%1 has no item “%2”</source>
        <translation>%1 no tiene el ítem «%2»</translation>
    </message>
    <message>
        <source>%1 item “%2”: %3 is not one of its answer scores (%4)</source>
        <translation>%1, ítem «%2»: %3 no es una de sus puntuaciones de respuesta (%4)</translation>
    </message>
    <message>
        <source>%1 item “%2” is not asked after the answers given to the items before it, so it must be left unanswered</source>
        <translation>%1, ítem «%2»: no se pregunta según las respuestas a los ítems anteriores, por lo que debe quedar sin responder</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>La base de datos no está abierta</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>No se puede preparar la sentencia</translation>
    </message>
    <message>
        <source>The statement is empty</source>
        <translation>La sentencia está vacía</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>No se pueden ejecutar varias sentencias a la vez</translation>
    </message>
    <message>
        <source>Parameter count mismatch: the statement has %1 placeholders but %2 values were bound</source>
        <translation>El número de parámetros no coincide: la sentencia tiene %1 marcadores, pero se vincularon %2 valores</translation>
    </message>
    <message>
        <source>Value %1 has a type (%2) that cannot be stored</source>
        <translation>El valor %1 tiene un tipo (%2) que no se puede almacenar</translation>
    </message>
    <message>
        <source>Unable to bind value %1</source>
        <translation>No se puede vincular el valor %1</translation>
    </message>
    <message>
        <source>No statement has been prepared</source>
        <translation>No se ha preparado ninguna sentencia</translation>
    </message>
    <message>
        <source>Unable to fetch the row</source>
        <translation>No se puede obtener la fila</translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>The cache folder %1 cannot be created</source>
        <translation>No se puede crear la carpeta de caché %1</translation>
    </message>
    <message>
        <source>This account must finish its setup (two-factor authentication or a new password) before it can sync</source>
        <translation>Esta cuenta debe completar su configuración (autenticación de dos factores o una contraseña nueva) antes de poder sincronizar</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>The sync state could not be read: %1</source>
        <translation>No se pudo leer el estado de sincronización: %1</translation>
    </message>
    <message>
        <source>The sync state could not be saved: %1</source>
        <translation>No se pudo guardar el estado de sincronización: %1</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>The account has no id.</source>
        <translation>La cuenta no tiene id.</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Introduzca un nombre de usuario.</translation>
    </message>
    <message>
        <source>A username must be %1 to %2 characters long.</source>
        <translation>El nombre de usuario debe tener entre %1 y %2 caracteres.</translation>
    </message>
    <message>
        <source>A username may contain only letters A–Z and a–z, digits 0–9, dots, underscores and hyphens.</source>
        <translation>El nombre de usuario solo puede contener letras A–Z y a–z, dígitos 0–9, puntos, guiones bajos y guiones.</translation>
    </message>
    <message>
        <source>Enter the name to show for this account.</source>
        <translation>Introduzca el nombre que se mostrará para esta cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>The display name can be at most %n characters.</source>
        <translation>
            <numerusform>El nombre visible puede tener como máximo %n carácter.</numerusform>
            <numerusform>El nombre visible puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Elija al menos un rol.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>Unable to start saving: %1</source>
        <translation>No se puede empezar a guardar: %1</translation>
    </message>
    <message>
        <source>Nothing to save: the transaction was not started</source>
        <translation>Nada que guardar: la transacción no se inició</translation>
    </message>
    <message>
        <source>Unable to save: %1</source>
        <translation>No se puede guardar: %1</translation>
    </message>
</context>
<context>
    <name>nm::core::ApiClient</name>
    <message>
        <source>The answer is not JSON (%1 at offset %2).</source>
        <translation>La respuesta no es JSON (%1 en la posición %2).</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>La respuesta no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The sign-in answer is not a JSON object.</source>
        <translation>La respuesta de inicio de sesión no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The refreshed session has no valid tokens.</source>
        <translation>La sesión renovada no tiene tokens válidos.</translation>
    </message>
</context>
<context>
    <name>nm::core::AppointmentsModel</name>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation>No se pudieron leer las citas: %1</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Videoconsulta</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No acudió</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The assessment history could not be read: %1</source>
        <translation>No se pudo leer el historial de evaluaciones: %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Deterioration</source>
        <translation>Empeoramiento</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Mejoría</translation>
    </message>
    <message>
        <source>The first completed administration of this instrument: the baseline later totals are compared with.</source>
        <translation>Primera aplicación completada de este instrumento: la línea base con la que se comparan los totales posteriores.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation>Cambio respecto a la línea base</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Remission</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Reliable change</source>
        <translation>Cambio fiable</translation>
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
        <translation>Intramuscular</translation>
    </message>
    <message>
        <source>Intravenous</source>
        <translation>Intravenosa</translation>
    </message>
    <message>
        <source>Subcutaneous</source>
        <translation>Subcutánea</translation>
    </message>
    <message>
        <source>Transdermal</source>
        <translation>Transdérmica</translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation>Inhalada</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspensión</translation>
    </message>
    <message>
        <source>Reason stopped</source>
        <translation>Motivo de suspensión</translation>
    </message>
</context>
<context>
    <name>nm::core::NotesModel</name>
    <message>
        <source>Intake</source>
        <translation>Entrevista de ingreso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Nota de evolución</translation>
    </message>
    <message>
        <source>Medication management</source>
        <translation>Seguimiento farmacológico</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <source>A correction or addition to a signed note</source>
        <translation>Corrección o ampliación de una nota firmada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Firmada el</translation>
    </message>
</context>
<context>
    <name>nm::core::PatientListModel</name>
    <message>
        <source>The patient list could not be searched: %1</source>
        <translation>No se pudo buscar en la lista de pacientes: %1</translation>
    </message>
    <message>
        <source>The patient list could not be read: %1</source>
        <translation>No se pudo leer la lista de pacientes: %1</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Riesgo suicida</translation>
    </message>
    <message>
        <source>Violence risk</source>
        <translation>Riesgo de violencia</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Autolesiones</translation>
    </message>
    <message>
        <source>Overdose risk</source>
        <translation>Riesgo de sobredosis</translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation>Protección (salvaguarda)</translation>
    </message>
    <message>
        <source>Family name, given name</source>
        <translation>Apellidos, nombre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The name the patient prefers to be called</source>
        <translation>Nombre con el que el paciente prefiere que se le llame</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>Número de historia clínica</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NHC</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age in whole years</source>
        <translation>Edad en años cumplidos</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Safety risk flags on the chart</source>
        <translation>Alertas de riesgo registradas en la historia clínica</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
</context>
<context>
    <name>nm::core::Repository</name>
    <message>
        <source>A stored record could not be read back: %1</source>
        <translation>No se pudo volver a leer un registro almacenado: %1</translation>
    </message>
    <message>
        <source>Some fields need attention</source>
        <translation>Algunos campos requieren atención</translation>
    </message>
</context>
<context>
    <name>nm::core::SqlCipherDriver</name>
    <message>
        <source>QSQLCIPHER_KEY must be %1 hexadecimal digits</source>
        <translation>QSQLCIPHER_KEY debe tener %1 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>QSQLCIPHER_PAGE_SIZE must be a power of two between 512 and 65536</source>
        <translation>QSQLCIPHER_PAGE_SIZE debe ser una potencia de dos entre 512 y 65536</translation>
    </message>
    <message>
        <source>QSQLCIPHER_BUSY_TIMEOUT must be a number of milliseconds</source>
        <translation>QSQLCIPHER_BUSY_TIMEOUT debe ser un número de milisegundos</translation>
    </message>
    <message>
        <source>Unknown connect option &quot;%1&quot;</source>
        <translation>Opción de conexión desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>An encryption key of %1 bytes is required to open an encrypted cache</source>
        <translation>Se necesita una clave de cifrado de %1 bytes para abrir una caché cifrada</translation>
    </message>
    <message>
        <source>Unable to open the database file &quot;%1&quot;</source>
        <translation>No se puede abrir el archivo de base de datos &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unable to apply the encryption key</source>
        <translation>No se puede aplicar la clave de cifrado</translation>
    </message>
    <message>
        <source>The linked SQLite library does not encrypt (no cipher_version); refusing to open</source>
        <translation>La biblioteca SQLite enlazada no cifra (no tiene cipher_version); se rechaza la apertura</translation>
    </message>
    <message>
        <source>Unable to set the cipher page size</source>
        <translation>No se puede establecer el tamaño de página del cifrado</translation>
    </message>
    <message>
        <source>The database could not be decrypted: the key is wrong, or the file is not an encrypted cache</source>
        <translation>No se pudo descifrar la base de datos: la clave es incorrecta o el archivo no es una caché cifrada</translation>
    </message>
    <message>
        <source>Unable to read the database file &quot;%1&quot;</source>
        <translation>No se puede leer el archivo de base de datos &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>La base de datos no está abierta</translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation>No se puede iniciar la transacción</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>No se puede confirmar la transacción</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>No se puede revertir la transacción</translation>
    </message>
    <message>
        <source>Unable to run the script</source>
        <translation>No se puede ejecutar el script</translation>
    </message>
    <message>
        <source>Unable to prepare a statement of the script</source>
        <translation>No se puede preparar una sentencia del script</translation>
    </message>
    <message>
        <source>A statement of the script failed</source>
        <translation>Falló una sentencia del script</translation>
    </message>
</context>
<context>
    <name>nm::core::SyncEngine</name>
    <message>
        <source>the push answer</source>
        <translation>la respuesta al envío</translation>
    </message>
    <message>
        <source>The server answered a change this workstation did not send</source>
        <translation>El servidor respondió a un cambio que esta estación de trabajo no envió</translation>
    </message>
    <message>
        <source>The server answered a change with &quot;%1&quot;</source>
        <translation>El servidor respondió a un cambio con &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a page whose Link header and body disagree</source>
        <translation>una página cuyo encabezado Link no coincide con el cuerpo</translation>
    </message>
    <message>
        <source>The journal could not be read</source>
        <translation>No se pudo leer el registro de cambios</translation>
    </message>
    <message>
        <source>an observation</source>
        <translation>una observación</translation>
    </message>
</context>
<context>
    <name>nm::core::WorkstationSession</name>
    <message>
        <source>The password is not correct. Check Caps Lock and try again.</source>
        <translation>La contraseña no es correcta. Compruebe el bloqueo de mayúsculas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1
This account&apos;s data on this computer has been erased.</source>
        <translation>%1
Se han borrado los datos de esta cuenta en este equipo.</translation>
    </message>
    <message>
        <source>This account must set up two-factor authentication before it can use the workstation. Ask your practice administrator.</source>
        <translation>Esta cuenta debe configurar la autenticación de dos factores antes de poder usar la estación de trabajo. Consulte al administrador de su centro.</translation>
    </message>
    <message>
        <source>This account must choose a new password before it can use the workstation. Ask your practice administrator.</source>
        <translation>Esta cuenta debe elegir una contraseña nueva antes de poder usar la estación de trabajo. Consulte al administrador de su centro.</translation>
    </message>
    <message>
        <source>The workstation is not locked.</source>
        <translation>La estación de trabajo no está bloqueada.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation>No se puede acceder al servidor. Compruebe la dirección y la red.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent. Ask your practice administrator.
%1</source>
        <translation>El certificado del servidor no es de confianza, por lo que no se ha enviado nada. Consulte al administrador de su centro.
%1</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is allowed only to this computer).</source>
        <translation>La dirección del servidor debe empezar por https:// (HTTP sin cifrar solo se permite hacia este mismo equipo).</translation>
    </message>
    <message>
        <source>The username or password is not correct. Check Caps Lock and try again.</source>
        <translation>El usuario o la contraseña no son correctos. Compruebe el bloqueo de mayúsculas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code and enter it.</source>
        <translation>Ese código ya se ha usado. Espere al siguiente código e introdúzcalo.</translation>
    </message>
    <message>
        <source>The account is locked after repeated failed sign-ins. Wait, or ask your practice administrator to unlock it.</source>
        <translation>La cuenta se ha bloqueado tras varios intentos fallidos de inicio de sesión. Espere o pida al administrador de su centro que la desbloquee.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Introduzca el código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins from this computer. Wait a few minutes and try again.</source>
        <translation>Demasiados inicios de sesión fallidos desde este equipo. Espere unos minutos y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>nm::ui::AdministerAssessmentDialog</name>
    <message>
        <source>Administer %1</source>
        <translation>Aplicar %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the answer to item %1</source>
        <translation>Borrar la respuesta al ítem %1</translation>
    </message>
    <message>
        <source>Leave item %1 unanswered</source>
        <translation>Dejar el ítem %1 sin responder</translation>
    </message>
    <message>
        <source>Not asked: the answers above skip this item.</source>
        <translation>No se pregunta: las respuestas anteriores omiten este ítem.</translation>
    </message>
    <message>
        <source>%1 item %2: %3</source>
        <translation>%1, ítem %2: %3</translation>
    </message>
    <message>
        <source>These answers cannot be scored</source>
        <translation>Estas respuestas no se pueden puntuar</translation>
    </message>
    <message>
        <source>Total %1 of %2 (prorated)</source>
        <translation>Total %1 de %2 (prorrateado)</translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation>Total %1 de %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Total: incomplete</source>
        <translation>Total: incompleto</translation>
    </message>
    <message>
        <source>Risk level so far: %1</source>
        <translation>Nivel de riesgo provisional: %1</translation>
    </message>
    <message>
        <source>Risk level: %1</source>
        <translation>Nivel de riesgo: %1</translation>
    </message>
    <message>
        <source>Risk level: not known until the questions are answered</source>
        <translation>Nivel de riesgo: se conocerá cuando se respondan las preguntas</translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation>%1 de %2 ítems respondidos</translation>
    </message>
    <message numerus="yes">
        <source>A total is prorated while at most %n item(s) are unanswered.</source>
        <translation>
            <numerusform>El total se prorratea mientras quede como máximo %n ítem sin responder.</numerusform>
            <numerusform>El total se prorratea mientras queden como máximo %n ítems sin responder.</numerusform>
        </translation>
    </message>
    <message>
        <source>A total needs every item answered.</source>
        <translation>El total requiere que se respondan todos los ítems.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Subscales: %1</source>
        <translation>Subescalas: %1</translation>
    </message>
    <message>
        <source>%1: yes (cut-off %2)</source>
        <translation>%1: sí (punto de corte %2)</translation>
    </message>
    <message>
        <source>%1: no (cut-off %2)</source>
        <translation>%1: no (punto de corte %2)</translation>
    </message>
    <message>
        <source>%1: open until more items are answered</source>
        <translation>%1: pendiente hasta que se respondan más ítems</translation>
    </message>
    <message>
        <source>%1: met</source>
        <translation>%1: se cumple</translation>
    </message>
    <message>
        <source>%1: not met</source>
        <translation>%1: no se cumple</translation>
    </message>
    <message>
        <source>Item %1 is not answered.</source>
        <translation>El ítem %1 no está respondido.</translation>
    </message>
    <message numerus="yes">
        <source>%n items are not answered; the first is item %1.</source>
        <translation>
            <numerusform>%n ítem sin responder; el primero es el ítem %1.</numerusform>
            <numerusform>%n ítems sin responder; el primero es el ítem %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every question that is asked needs an answer.</source>
        <translation>Todas las preguntas que se formulan requieren respuesta.</translation>
    </message>
    <message>
        <source>Saved now, the total is prorated. %1</source>
        <translation>Si guarda ahora, el total se prorrateará. %1</translation>
    </message>
    <message>
        <source>Save with prorated total</source>
        <translation>Guardar con total prorrateado</translation>
    </message>
    <message>
        <source>Go to item %1</source>
        <translation>Ir al ítem %1</translation>
    </message>
    <message>
        <source>The instrument definitions are not loaded; nothing was saved.</source>
        <translation>Las definiciones de instrumentos no están cargadas; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The assessment was not saved: %1</source>
        <translation>La evaluación no se ha guardado: %1</translation>
    </message>
    <message>
        <source>The assessment was not saved: %1
%2</source>
        <translation>La evaluación no se ha guardado: %1
%2</translation>
    </message>
    <message>
        <source>Discard the answers given so far?</source>
        <translation>¿Descartar las respuestas dadas hasta ahora?</translation>
    </message>
    <message>
        <source>Nothing has been saved to the chart yet.</source>
        <translation>Todavía no se ha guardado nada en la historia clínica.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep answering</source>
        <translation>Seguir respondiendo</translation>
    </message>
</context>
<context>
    <name>nm::ui::AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <source>Reschedule appointment</source>
        <translation>Reprogramar cita</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Fecha y hora de inicio</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>e.g. bring the sleep diary; video link sent by e-mail</source>
        <translation>p. ej., traer el diario de sueño; enlace de la videoconsulta enviado por correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>minutes (%1 to %2)</source>
        <translation>minutos (de %1 a %2)</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation>Programar cita</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message numerus="yes">
        <source>Now booked for %1 at %2, %n minutes.</source>
        <translation>
            <numerusform>Programada actualmente para el %1 a las %2, %n minuto.</numerusform>
            <numerusform>Programada actualmente para el %1 a las %2, %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The appointment could not be saved: %1</source>
        <translation>No se pudo guardar la cita: %1</translation>
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
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Mostrar un día</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>Mostrar una semana</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>H&amp;oy</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Fecha mostrada</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>N&amp;ueva…</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>Repro&amp;gramar…</translation>
    </message>
    <message>
        <source>Reschedule the selected appointment</source>
        <translation>Reprogramar la cita seleccionada</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Cambiar es&amp;tado</translation>
    </message>
    <message>
        <source>Set the status of the selected appointment</source>
        <translation>Cambiar el estado de la cita seleccionada</translation>
    </message>
    <message>
        <source>Your role can view appointments but not book or change them.</source>
        <translation>Su rol permite ver las citas, pero no programarlas ni modificarlas.</translation>
    </message>
    <message>
        <source>Appointments of the shown day</source>
        <translation>Citas del día mostrado</translation>
    </message>
    <message>
        <source>Upcoming scheduled appointments</source>
        <translation>Próximas citas programadas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation>No se pudieron leer las citas: %1</translation>
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
        <translation>Semana del %1 al %2</translation>
    </message>
    <message>
        <source>%1 — no appointments</source>
        <translation>%1 — sin citas</translation>
    </message>
    <message>
        <source>Appointments of the shown week</source>
        <translation>Citas de la semana mostrada</translation>
    </message>
    <message>
        <source>Upcoming — nothing scheduled</source>
        <translation>Próximas citas programadas: ninguna</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Semana anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Semana siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Clinician %1</source>
        <translation>Profesional %1</translation>
    </message>
    <message>
        <source>Only scheduled appointments can be moved. Book the next visit with New….</source>
        <translation>Solo se pueden mover las citas programadas. Programe la siguiente visita con Nueva….</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>No se pudo guardar el estado: %1</translation>
    </message>
    <message>
        <source>%1 — 1 appointment</source>
        <translation>%1 — 1 cita</translation>
    </message>
    <message>
        <source>%1 — %2 appointments</source>
        <translation>%1 — %2 citas</translation>
    </message>
    <message>
        <source>Upcoming — %1 scheduled</source>
        <translation>Próximas citas programadas: %1</translation>
    </message>
</context>
<context>
    <name>nm::ui::AssessmentsTab</name>
    <message>
        <source>%1 item %2, “%3”, was answered “%4” (score %5).</source>
        <translation>%1, ítem %2, «%3»: se respondió «%4» (puntuación %5).</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>Ins&amp;trumento:</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>Todos los instrumentos</translation>
    </message>
    <message>
        <source>&amp;Administer…</source>
        <translation>Apl&amp;icar…</translation>
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
        <translation>No hay definiciones de instrumentos cargadas.</translation>
    </message>
    <message>
        <source>Your role does not allow recording assessments.</source>
        <translation>Su rol no permite registrar evaluaciones.</translation>
    </message>
    <message>
        <source>The instrument definitions are not loaded, so assessments cannot be shown.</source>
        <translation>Las definiciones de instrumentos no están cargadas, por lo que no se pueden mostrar las evaluaciones.</translation>
    </message>
    <message>
        <source>No assessments recorded yet. Use Administer… to record one.</source>
        <translation>Aún no hay evaluaciones registradas. Use Aplicar… para registrar una.</translation>
    </message>
    <message>
        <source>No %1 recorded yet.</source>
        <translation>Aún no hay registros de %1.</translation>
    </message>
    <message>
        <source>The answers to this %1 raised a suicide-risk flag.</source>
        <translation>Las respuestas de este %1 han generado una alerta de riesgo suicida.</translation>
    </message>
    <message>
        <source>The chart is now marked with a suicide-risk flag, shown in the patient list and on the overview.</source>
        <translation>La historia clínica tiene ahora una alerta de riesgo suicida, visible en la lista de pacientes y en el resumen.</translation>
    </message>
    <message>
        <source>The chart already carries a suicide-risk flag; it stays.</source>
        <translation>La historia clínica ya tiene una alerta de riesgo suicida; se mantiene.</translation>
    </message>
    <message>
        <source>The chart could not be marked with a suicide-risk flag (%1). Add the flag on the overview.</source>
        <translation>No se pudo añadir una alerta de riesgo suicida a la historia clínica (%1). Añada la alerta en el resumen.</translation>
    </message>
    <message>
        <source>the patient&apos;s record is not in this cache</source>
        <translation>el registro del paciente no está en esta caché</translation>
    </message>
</context>
<context>
    <name>nm::ui::ConflictsDialog</name>
    <message>
        <source>Patient details</source>
        <translation>Datos del paciente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Medición</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>Valor del servidor</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Motivo del rechazo del servidor</translation>
    </message>
    <message>
        <source>Conflicts and rejected changes</source>
        <translation>Conflictos y cambios rechazados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <source>You and someone else changed the same field. The server kept its value; yours is kept here until you choose. &quot;Use mine&quot; sends your value again; &quot;Keep server&apos;s&quot; closes the conflict.</source>
        <translation>Usted y otra persona modificaron el mismo campo. El servidor mantuvo su propio valor; el de usted se conserva aquí hasta que decida. «Usar el mío» vuelve a enviar su valor; «Conservar el del servidor» cierra el conflicto.</translation>
    </message>
    <message>
        <source>The server refused these changes; they were not applied anywhere. Make the change again in the chart, correcting what the server names.</source>
        <translation>El servidor rechazó estos cambios; no se aplicaron en ningún sitio. Vuelva a hacer el cambio en la historia clínica, corrigiendo lo que indica el servidor.</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictos</translation>
    </message>
    <message>
        <source>&amp;Rejected changes</source>
        <translation>Cambios &amp;rechazados</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <translation>No se pueden leer los conflictos: %1</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Usar el mío</translation>
    </message>
    <message>
        <source>Keep server&apos;s</source>
        <translation>Conservar el del servidor</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>No se pudo resolver el conflicto: %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>Alertas de riesgo</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>nm::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Novamind — Locked</source>
        <translation>Novamind — Bloqueado</translation>
    </message>
    <message>
        <source>Novamind is locked</source>
        <translation>Novamind está bloqueado</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out so someone else can sign in. Your drafts are kept.</source>
        <translation>Cierre la sesión para que otra persona pueda iniciar la suya. Sus borradores se conservan.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to continue.</source>
        <translation>Sesión iniciada como %1. Introduzca su contraseña para continuar.</translation>
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
        <translation>Historias abiertas</translation>
    </message>
    <message>
        <source>Choose a patient on the left to open the chart.
Ctrl+F searches; Enter opens the chart.</source>
        <translation>Elija un paciente a la izquierda para abrir su historia clínica.
Ctrl+F busca; Intro abre la historia.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>&amp;Close chart</source>
        <translation>&amp;Cerrar historia</translation>
    </message>
    <message>
        <source>&amp;Next chart</source>
        <translation>&amp;Siguiente historia</translation>
    </message>
    <message>
        <source>&amp;Previous chart</source>
        <translation>Historia &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Conflicts and rejected changes…</source>
        <translation>&amp;Conflictos y cambios rechazados…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Novamind</source>
        <translation>Acerca &amp;de Novamind</translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation>Buscar un paciente</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s chart</source>
        <translation>Abrir la historia clínica del paciente seleccionado</translation>
    </message>
    <message>
        <source>Next open chart</source>
        <translation>Siguiente historia abierta</translation>
    </message>
    <message>
        <source>Previous open chart</source>
        <translation>Historia abierta anterior</translation>
    </message>
    <message>
        <source>Close the current chart</source>
        <translation>Cerrar la historia actual</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Lock the workstation</source>
        <translation>Bloquear la estación de trabajo</translation>
    </message>
    <message>
        <source>Conflicts and rejected changes</source>
        <translation>Conflictos y cambios rechazados</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Go to that field or tab</source>
        <translation>Ir a ese campo o pestaña</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Borrador no guardado</translation>
    </message>
    <message>
        <source>The chart stays open because a draft could not be saved:
%1</source>
        <translation>La historia clínica sigue abierta porque no se pudo guardar un borrador:
%1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>About Novamind</source>
        <translation>Acerca de Novamind</translation>
    </message>
    <message>
        <source>Novamind Clinician Workstation %1

Charts, scored assessments and each patient&apos;s digital twin, on an encrypted cache that works offline and syncs with your practice&apos;s server.</source>
        <translation>Estación de trabajo clínica Novamind %1

Historias clínicas, evaluaciones puntuadas y el gemelo digital de cada paciente, en una caché cifrada que funciona sin conexión y se sincroniza con el servidor de su centro.</translation>
    </message>
</context>
<context>
    <name>nm::ui::MedicationDialog</name>
    <message>
        <source>Add medication</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <source>Change dose of %1</source>
        <translation>Cambiar la dosis de %1</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <source>e.g. sertraline</source>
        <translation>p. ej., sertralina</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>e.g. 50</source>
        <translation>p. ej., 50</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Unidad de dosis</translation>
    </message>
    <message>
        <source>Unit…</source>
        <translation>Unidad…</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>e.g. once daily</source>
        <translation>p. ej., una vez al día</translation>
    </message>
    <message>
        <source>once daily</source>
        <translation>una vez al día</translation>
    </message>
    <message>
        <source>twice daily</source>
        <translation>dos veces al día</translation>
    </message>
    <message>
        <source>three times daily</source>
        <translation>tres veces al día</translation>
    </message>
    <message>
        <source>at bedtime</source>
        <translation>al acostarse</translation>
    </message>
    <message>
        <source>every morning</source>
        <translation>por la mañana</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>si precisa</translation>
    </message>
    <message>
        <source>once weekly</source>
        <translation>una vez a la semana</translation>
    </message>
    <message>
        <source>every 2 weeks</source>
        <translation>cada 2 semanas</translation>
    </message>
    <message>
        <source>every 4 weeks</source>
        <translation>cada 4 semanas</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Vía:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <source>Change dose</source>
        <translation>Cambiar dosis</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Enter the dose as a number, for example 50 or 0.5.</source>
        <translation>Introduzca la dosis como un número, por ejemplo 50 o 0,5.</translation>
    </message>
    <message>
        <source>Enter the new dose.</source>
        <translation>Introduzca la nueva dosis.</translation>
    </message>
    <message>
        <source>This is the current dose. Enter the new dose.</source>
        <translation>Esta es la dosis actual. Introduzca la nueva dosis.</translation>
    </message>
    <message>
        <source>The medication could not be saved: %1</source>
        <translation>No se pudo guardar el medicamento: %1</translation>
    </message>
    <message>
        <source>Current dose of %1: %2 %3</source>
        <translation>Dosis actual de %1: %2 %3</translation>
    </message>
    <message>
        <source>No dose of %1 recorded yet.</source>
        <translation>Aún no hay ninguna dosis registrada de %1.</translation>
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
        <translation>Medicamentos que el paciente toma actualmente</translation>
    </message>
    <message>
        <source>Medications that were stopped</source>
        <translation>Medicamentos suspendidos</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <source>Change &amp;dose…</source>
        <translation>Cambiar d&amp;osis…</translation>
    </message>
    <message>
        <source>Change dose of the selected medication</source>
        <translation>Cambiar la dosis del medicamento seleccionado</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>&amp;Suspender…</translation>
    </message>
    <message>
        <source>Stop the selected medication</source>
        <translation>Suspender el medicamento seleccionado</translation>
    </message>
    <message>
        <source>Your role can view medications but not change them.</source>
        <translation>Su rol permite ver la medicación, pero no modificarla.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspensión</translation>
    </message>
    <message>
        <source>Reason stopped</source>
        <translation>Motivo de suspensión</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>The medications could not be read: %1</source>
        <translation>No se pudieron leer los medicamentos: %1</translation>
    </message>
    <message>
        <source>Acti&amp;ve (%1)</source>
        <translation>Act&amp;ivos (%1)</translation>
    </message>
    <message>
        <source>&amp;Past (%1)</source>
        <translation>An&amp;teriores (%1)</translation>
    </message>
    <message>
        <source>Past medications</source>
        <translation>Medicamentos anteriores</translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation>Medicamentos activos</translation>
    </message>
    <message>
        <source>No medication of this patient has been stopped.</source>
        <translation>No se ha suspendido ningún medicamento de este paciente.</translation>
    </message>
    <message>
        <source>The patient takes no medication on record.
Use Add… to record one.</source>
        <translation>El paciente no tiene ningún medicamento registrado.
Use Añadir… para registrar uno.</translation>
    </message>
    <message>
        <source>Outside the practice</source>
        <translation>Externo al centro</translation>
    </message>
    <message>
        <source>Clinician %1</source>
        <translation>Profesional %1</translation>
    </message>
</context>
<context>
    <name>nm::ui::NoteEditor</name>
    <message>
        <source>Select a note in the list, or start a new one.</source>
        <translation>Seleccione una nota de la lista o empiece una nueva.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>e.g. Follow-up visit, sertraline review</source>
        <translation>p. ej., Visita de seguimiento, revisión de sertralina</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Add &amp;addendum</source>
        <translation>Añadir a&amp;denda</translation>
    </message>
    <message>
        <source>Signed notes cannot be changed; write a correction or addition as an addendum.</source>
        <translation>Las notas firmadas no se pueden modificar; escriba una corrección o ampliación como adenda.</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <source>Addendum: %1</source>
        <translation>Adenda: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>No se pudo guardar el borrador.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
    <message>
        <source>Give the note a title before signing it.</source>
        <translation>Ponga un título a la nota antes de firmarla.</translation>
    </message>
    <message>
        <source>The note cannot be signed yet.</source>
        <translation>La nota aún no se puede firmar.</translation>
    </message>
    <message>
        <source>Sign note</source>
        <translation>Firmar nota</translation>
    </message>
    <message>
        <source>Sign “%1” now?</source>
        <translation>¿Firmar «%1» ahora?</translation>
    </message>
    <message>
        <source>Signed notes cannot be changed; corrections are added as addenda.</source>
        <translation>Las notas firmadas no se pueden modificar; las correcciones se añaden como adendas.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>The note could not be signed: %1</source>
        <translation>No se pudo firmar la nota: %1</translation>
    </message>
    <message>
        <source>Sign the note; it cannot be changed afterwards.</source>
        <translation>Firmar la nota; después ya no se podrá modificar.</translation>
    </message>
    <message>
        <source>Your role cannot sign notes.</source>
        <translation>Su rol no permite firmar notas.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2. Signed notes cannot be changed; corrections are added as addenda.</source>
        <translation>Firmada por %1 el %2. Las notas firmadas no se pueden modificar; las correcciones se añaden como adendas.</translation>
    </message>
    <message>
        <source>Addendum to “%1” (%2), signed %3.</source>
        <translation>Adenda a «%1» (%2), firmada el %3.</translation>
    </message>
    <message>
        <source>another clinician</source>
        <translation>otro profesional</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Draft, not saved yet</source>
        <translation>Borrador, aún sin guardar</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Borrador guardado a las %1</translation>
    </message>
    <message>
        <source>Draft, last saved %1</source>
        <translation>Borrador, guardado por última vez: %1</translation>
    </message>
    <message>
        <source>New draft; it is saved as you type</source>
        <translation>Borrador nuevo; se guarda mientras escribe</translation>
    </message>
</context>
<context>
    <name>nm::ui::NoteSearchResultDelegate</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
</context>
<context>
    <name>nm::ui::NotesTab</name>
    <message>
        <source>Search this patient&apos;s notes</source>
        <translation>Buscar en las notas de este paciente</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Buscar notas</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>N&amp;ueva nota</translation>
    </message>
    <message>
        <source>Start a note from the template of its type</source>
        <translation>Empezar una nota a partir de la plantilla de su tipo</translation>
    </message>
    <message>
        <source>Your role cannot write notes.</source>
        <translation>Su rol no permite escribir notas.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Signed %1; it can no longer be changed.</source>
        <translation>Firmada el %1; ya no se puede modificar.</translation>
    </message>
    <message>
        <source>Draft: it can still be changed, and is not part of the signed record yet.</source>
        <translation>Borrador: aún se puede modificar y todavía no forma parte del registro firmado.</translation>
    </message>
    <message>
        <source>The notes could not be read: %1</source>
        <translation>No se pudieron leer las notas: %1</translation>
    </message>
    <message>
        <source>No notes for this patient yet.</source>
        <translation>Este paciente aún no tiene notas.</translation>
    </message>
    <message>
        <source>No notes match “%1”.</source>
        <translation>Ninguna nota coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>nm::ui::OverviewTab</name>
    <message>
        <source>Risk flags</source>
        <translation>Alertas de riesgo</translation>
    </message>
    <message>
        <source>Latest scores</source>
        <translation>Últimas puntuaciones</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation>Medicación activa</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <source>This chart cannot be read from the local cache.</source>
        <translation>Esta historia clínica no se puede leer desde la caché local.</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>NHC %1</translation>
    </message>
    <message numerus="yes">
        <source>Born %1 (%n years)</source>
        <translation>
            <numerusform>Fecha de nacimiento: %1 (%n año)</numerusform>
            <numerusform>Fecha de nacimiento: %1 (%n años)</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Emergency contact: %1</source>
        <translation>Contacto de emergencia: %1</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ninguno registrado</translation>
    </message>
    <message>
        <source>No known allergies recorded</source>
        <translation>No hay alergias conocidas registradas</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Riesgo: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Flags raised: %1</source>
        <translation>Alertas generadas: %1</translation>
    </message>
    <message>
        <source>No completed assessments</source>
        <translation>No hay evaluaciones completadas</translation>
    </message>
    <message>
        <source>The medications cannot be read.</source>
        <translation>No se puede leer la medicación.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>No active medications</source>
        <translation>Sin medicación activa</translation>
    </message>
    <message>
        <source>The appointments cannot be read.</source>
        <translation>No se pueden leer las citas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2, %n minute(s), %3</source>
        <translation>
            <numerusform>%1 a las %2, %n minuto, %3</numerusform>
            <numerusform>%1 a las %2, %n minutos, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation>Ninguna programada</translation>
    </message>
</context>
<context>
    <name>nm::ui::PatientChart</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>This chart cannot be read from the local cache.</source>
        <translation>Esta historia clínica no se puede leer desde la caché local.</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>NHC %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nac. %1</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>&amp;Evaluaciones</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Medicación</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation>&amp;Citas</translation>
    </message>
</context>
<context>
    <name>nm::ui::PatientPanel</name>
    <message>
        <source>&amp;My patients</source>
        <translation>&amp;Mis pacientes</translation>
    </message>
    <message>
        <source>&amp;Risk flags only</source>
        <translation>Solo con a&amp;lertas de riesgo</translation>
    </message>
    <message>
        <source>Search name, MRN or date of birth</source>
        <translation>Buscar por nombre, NHC o fecha de nacimiento</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message numerus="yes">
        <source>%n+ patient(s)</source>
        <translation>
            <numerusform>%n+ paciente</numerusform>
            <numerusform>%n+ pacientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nm::ui::SafetyAlertDialog</name>
    <message>
        <source>Safety alert: suicide risk</source>
        <translation>Alerta de seguridad: riesgo suicida</translation>
    </message>
    <message>
        <source>%1: the patient reports thoughts of death or self-harm</source>
        <translation>%1: el paciente refiere pensamientos de muerte o de autolesión</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>• Assess suicide risk before the patient leaves, whatever the total score: ask about thoughts of suicide, intent, plan, access to means and past attempts.
• The C-SSRS screener structures these questions and takes about two minutes.
• If there is intent or a plan, do not leave the patient alone and follow your service&apos;s crisis protocol.
• Record your assessment and the safety plan in a note.</source>
        <translation>• Evalúe el riesgo suicida antes de que el paciente se vaya, sea cual sea la puntuación total: pregunte por ideas de suicidio, intención, plan, acceso a medios e intentos previos.
• El cribado C-SSRS estructura estas preguntas y lleva unos dos minutos.
• Si hay intención o un plan, no deje solo al paciente y siga el protocolo de crisis de su servicio.
• Registre su evaluación y el plan de seguridad en una nota.</translation>
    </message>
    <message>
        <source>Screen now with C-SSRS</source>
        <translation>Hacer ahora el cribado C-SSRS</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>nm::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Used at the next sign-in.</source>
        <translation>Se usará en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>Bloquear tras estos minutos sin actividad</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Your practice allows %1 to %2 minutes.</source>
        <translation>Su centro permite de %1 a %2 minutos.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Lock &amp;after no input for:</source>
        <translation>&amp;Bloquear tras inactividad de:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Enter the server address your practice gave you.</source>
        <translation>Introduzca la dirección del servidor que le facilitó su centro.</translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is allowed only to this computer).</source>
        <translation>La dirección debe empezar por https:// (HTTP sin cifrar solo se permite hacia este mismo equipo).</translation>
    </message>
</context>
<context>
    <name>nm::ui::SignInWindow</name>
    <message>
        <source>Novamind — Sign in</source>
        <translation>Novamind — Iniciar sesión</translation>
    </message>
    <message>
        <source>Novamind</source>
        <translation>Novamind</translation>
    </message>
    <message>
        <source>Clinician workstation</source>
        <translation>Estación de trabajo clínica</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>https://novamind.example-practice.org</source>
        <translation>https://novamind.example-practice.org</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Código del autenticador</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>Código del &amp;autenticador:</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter the server address your practice gave you, e.g. https://novamind.example-practice.org.</source>
        <translation>Introduzca la dirección del servidor que le facilitó su centro, p. ej., https://novamind.example-practice.org.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Introduzca el código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>The password or the authenticator code is not correct. Check both; the code changes every 30 seconds.</source>
        <translation>La contraseña o el código de la aplicación de autenticación no es correcto. Compruebe ambos; el código cambia cada 30 segundos.</translation>
    </message>
</context>
<context>
    <name>nm::ui::StopMedicationDialog</name>
    <message>
        <source>Stop %1</source>
        <translation>Suspender %1</translation>
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
        <translation>%1 — lo toma desde el %2.</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Fecha de suspensión</translation>
    </message>
    <message>
        <source>Reason stopped</source>
        <translation>Motivo de suspensión</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos adversos</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Falta de eficacia</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Tratamiento completado</translation>
    </message>
    <message>
        <source>Switched to another medication</source>
        <translation>Cambio a otro medicamento</translation>
    </message>
    <message>
        <source>Patient preference</source>
        <translation>Preferencia del paciente</translation>
    </message>
    <message>
        <source>Interaction with another medication</source>
        <translation>Interacción con otro medicamento</translation>
    </message>
    <message>
        <source>Cost or access</source>
        <translation>Coste o acceso</translation>
    </message>
    <message>
        <source>Choose or type the reason</source>
        <translation>Elija o escriba el motivo</translation>
    </message>
    <message>
        <source>Stop &amp;date:</source>
        <translation>&amp;Fecha de suspensión:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Stop medication</source>
        <translation>Suspender medicamento</translation>
    </message>
    <message>
        <source>The medication could not be stopped: %1</source>
        <translation>No se pudo suspender el medicamento: %1</translation>
    </message>
</context>
<context>
    <name>nm::ui::SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Send your changes and fetch the latest (F5)</source>
        <translation>Enviar sus cambios y recibir lo más reciente (F5)</translation>
    </message>
    <message>
        <source>Signed in offline: sign out and sign in with the server to sync.</source>
        <translation>Sesión iniciada sin conexión: cierre la sesión y vuelva a iniciarla con el servidor para sincronizar.</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>Enviando cambios: %1 de %2</translation>
    </message>
    <message>
        <source>Receiving records: %1</source>
        <translation>Recibiendo registros: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached; your changes are kept here and sent when it can (next try in %n s).</source>
        <translation>
            <numerusform>No se puede acceder al servidor; sus cambios se conservan aquí y se enviarán cuando sea posible (próximo intento en %n s).</numerusform>
            <numerusform>No se puede acceder al servidor; sus cambios se conservan aquí y se enviarán cuando sea posible (próximo intento en %n s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached; your changes are kept here.</source>
        <translation>No se puede acceder al servidor; sus cambios se conservan aquí.</translation>
    </message>
    <message>
        <source>The server needs you to sign in again: sign out, then sign in. Your changes are kept here.</source>
        <translation>El servidor requiere que vuelva a iniciar sesión: cierre la sesión y vuelva a iniciarla. Sus cambios se conservan aquí.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted; nothing was sent. Ask your practice administrator.</source>
        <translation>El certificado del servidor no es de confianza; no se ha enviado nada. Consulte al administrador de su centro.</translation>
    </message>
    <message numerus="yes">
        <source>Sync failed: %1 Trying again in %n s.</source>
        <translation>
            <numerusform>Error de sincronización: %1 Nuevo intento en %n s.</numerusform>
            <numerusform>Error de sincronización: %1 Nuevo intento en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <source>● Syncing…</source>
        <translation>● Sincronizando…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Sin conexión</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sincronizado a las %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>No changes to send</source>
        <translation>No hay cambios pendientes de envío</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n cambio pendiente de envío</numerusform>
            <numerusform>%n cambios pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
</context>
<context>
    <name>nm::ui::WorkstationShell</name>
    <message>
        <source>Not locked</source>
        <translation>No bloqueada</translation>
    </message>
    <message>
        <source>A draft could not be saved, so the workstation did not lock:
%1</source>
        <translation>No se pudo guardar un borrador, por lo que la estación de trabajo no se ha bloqueado:
%1</translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation>Sesión no cerrada</translation>
    </message>
    <message>
        <source>A draft could not be saved:
%1</source>
        <translation>No se pudo guardar un borrador:
%1</translation>
    </message>
    <message>
        <source>Language not changed yet</source>
        <translation>Idioma aún sin cambiar</translation>
    </message>
    <message>
        <source>The new language applies after the next sign-in, because a draft could not be saved:
%1</source>
        <translation>El nuevo idioma se aplicará tras el próximo inicio de sesión, porque no se pudo guardar un borrador:
%1</translation>
    </message>
    <message>
        <source>Quit without the draft?</source>
        <translation>¿Salir sin el borrador?</translation>
    </message>
    <message>
        <source>A draft could not be saved:
%1

Quit anyway and lose it?</source>
        <translation>No se pudo guardar un borrador:
%1

¿Salir de todos modos y perderlo?</translation>
    </message>
</context>
<context>
    <name>novamind</name>
    <message>
        <source>Usage: novamind sync --headless --server URL --username NAME --cache-dir DIR --password-stdin [--totp CODE] [--timeout-ms N] [--retry-for-ms N]

Signs in, opens (or creates) this user&apos;s encrypted cache in DIR with the key the server holds for it, pushes every local change and pulls everything new. The password is read from the first line of standard input.

Exit codes: 0 synced, 1 failed (the message says why), 2 bad usage, 3 the server revoked this device or account and the cache was erased.
</source>
        <translation>Uso: novamind sync --headless --server URL --username NOMBRE --cache-dir DIR --password-stdin [--totp CÓDIGO] [--timeout-ms N] [--retry-for-ms N]

Inicia sesión, abre (o crea) la caché cifrada de este usuario en DIR con la clave que el servidor guarda para ella, envía todos los cambios locales y recibe todo lo nuevo. La contraseña se lee de la primera línea de la entrada estándar.

Códigos de salida: 0 sincronizado, 1 error (el mensaje indica el motivo), 2 uso incorrecto, 3 el servidor revocó este dispositivo o esta cuenta y se borró la caché.
</translation>
    </message>
    <message>
        <source>Novamind clinician workstation. `novamind sync --headless --help` describes the command-line sync.</source>
        <translation>Estación de trabajo clínica Novamind. `novamind sync --headless --help` describe la sincronización por línea de comandos.</translation>
    </message>
    <message>
        <source>Server address to offer at sign-in (saved).</source>
        <translation>Dirección del servidor que se propondrá al iniciar sesión (se guarda).</translation>
    </message>
    <message>
        <source>Folder for the encrypted caches and settings (default: the user&apos;s application data folder).</source>
        <translation>Carpeta para las cachés cifradas y la configuración (por defecto: la carpeta de datos de aplicaciones del usuario).</translation>
    </message>
    <message>
        <source>Novamind</source>
        <translation>Novamind</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Print &quot;shown&quot; once the sign-in window has been painted, and quit (benchmarks).</source>
        <translation>Escribe &quot;shown&quot; cuando se ha dibujado la ventana de inicio de sesión y termina (pruebas de rendimiento).</translation>
    </message>
</context>
</TS>
