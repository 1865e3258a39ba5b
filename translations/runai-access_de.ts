<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessKeysPage</name>
    <message>
        <source>My access keys</source>
        <translation>Meine Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>An access key lets a script or the runai CLI sign in as you, with your access rules. Its secret is shown once; a user may have up to 20 keys.</source>
        <translation>Mit einem Zugriffsschlüssel kann sich ein Skript oder die runai-CLI als Sie anmelden, mit Ihren Zugriffsregeln. Sein Secret wird einmal angezeigt; ein Benutzer kann bis zu 20 Schlüssel haben.</translation>
    </message>
    <message>
        <source>Key &amp;name:</source>
        <translation>Schlüsselna&amp;me:</translation>
    </message>
    <message>
        <source>laptop-cli</source>
        <translation>laptop-cli</translation>
    </message>
    <message>
        <source>&amp;Create access key</source>
        <translation>Zugriffsschlüssel anle&amp;gen</translation>
    </message>
    <message>
        <source>Get t&amp;oken…</source>
        <translation>&amp;Token holen…</translation>
    </message>
    <message>
        <source>Get a token with the selected key (client credentials); it acts as you</source>
        <translation>Mit dem gewählten Schlüssel ein Token holen (Client Credentials); es handelt als Sie</translation>
    </message>
    <message>
        <source>Re&amp;generate secret…</source>
        <translation>Secret neu &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Replace the selected key&apos;s secret; the old one and its tokens stop working at once</source>
        <translation>Secret des gewählten Schlüssels ersetzen; das alte und seine Tokens gelten sofort nicht mehr</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the key as .env, JSON, a Kubernetes Secret or a runai login command</source>
        <translation>Schlüssel als .env, JSON, Kubernetes-Secret oder runai-login-Befehl exportieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected key; programs using it can no longer sign in (Del)</source>
        <translation>Gewählten Schlüssel löschen; Programme, die ihn verwenden, können sich nicht mehr anmelden (Entf)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the access keys again (F5)</source>
        <translation>Zugriffsschlüssel neu lesen (F5)</translation>
    </message>
    <message>
        <source>All users&apos; access keys</source>
        <translation>Zugriffsschlüssel aller Benutzer</translation>
    </message>
    <message>
        <source>Created &amp;by:</source>
        <translation>Angelegt vo&amp;n:</translation>
    </message>
    <message>
        <source>user@example.com</source>
        <translation>user@example.com</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>Ask the console for the keys of this creator or client ID (empty: all)</source>
        <translation>Die Konsole nach den Schlüsseln dieses Erstellers oder dieser Client-ID fragen (leer: alle)</translation>
    </message>
    <message>
        <source>Delete selected ke&amp;y…</source>
        <translation>Gewählten Schl&amp;üssel löschen…</translation>
    </message>
    <message>
        <source>Delete the selected key of any user, after a confirmation that names its owner</source>
        <translation>Den gewählten Schlüssel eines beliebigen Benutzers löschen, nach einer Rückfrage, die seinen Eigentümer nennt</translation>
    </message>
    <message>
        <source>Verify access…</source>
        <translation>Zugriff prüfen…</translation>
    </message>
    <message>
        <source>Check on the console what the selected key may do (read-only calls; it acts as you) (Ctrl+Shift+V)</source>
        <translation>Auf der Konsole prüfen, was der gewählte Schlüssel darf (nur lesende Aufrufe; er handelt als Sie) (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Check on the console what the selected key of this list may do (it acts as its owner); its secret is pasted for the check</source>
        <translation>Auf der Konsole prüfen, was der gewählte Schlüssel dieser Liste darf (er handelt als sein Eigentümer); sein Secret wird für die Prüfung eingefügt</translation>
    </message>
</context>
<context>
    <name>AccessReviewPage</name>
    <message>
        <source>Access review</source>
        <translation>Zugriffsüberprüfung</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Fortschritt des Ladens</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop loading (Esc); the rows that arrived stay</source>
        <translation>Laden anhalten (Esc); die bereits geladenen Zeilen bleiben</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Laden anhalten</translation>
    </message>
    <message>
        <source>Load &amp;review</source>
        <translation>Überprüfun&amp;g laden</translation>
    </message>
    <message>
        <source>Read every identity and access rule from the console (F5)</source>
        <translation>Alle Identitäten und Zugriffsregeln von der Konsole lesen (F5)</translation>
    </message>
    <message>
        <source>Load review</source>
        <translation>Überprüfung laden</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Show identities</source>
        <translation>Angezeigte Identitäten</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Suche&amp;n:</translation>
    </message>
    <message>
        <source>Name, e-mail, client ID or creator</source>
        <translation>Name, E-Mail, Client-ID oder Ersteller</translation>
    </message>
    <message>
        <source>Find identities</source>
        <translation>Identitäten suchen</translation>
    </message>
    <message>
        <source>No sign-in for &amp;more than:</source>
        <translation>Keine Anmeldung seit &amp;mehr als:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Days without sign-in that flag an identity</source>
        <translation>Tage ohne Anmeldung, ab denen eine Identität markiert wird</translation>
    </message>
    <message>
        <source>Identities under review</source>
        <translation>Überprüfte Identitäten</translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation>Deakt&amp;ivieren…</translation>
    </message>
    <message>
        <source>Disable the selected identities</source>
        <translation>Die gewählten Identitäten deaktivieren</translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation>Lösch&amp;en…</translation>
    </message>
    <message>
        <source>Delete the selected identities</source>
        <translation>Die gewählten Identitäten löschen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The rows shown, with their flags, for a spreadsheet</source>
        <translation>Die angezeigten Zeilen mit ihren Markierungen, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Export the review to CSV</source>
        <translation>Überprüfung als CSV exportieren</translation>
    </message>
    <message>
        <source>Export re&amp;port…</source>
        <translation>Bericht expor&amp;tieren…</translation>
    </message>
    <message>
        <source>The rows shown as a self-contained HTML report with date, console, reviewer and flags</source>
        <translation>Die angezeigten Zeilen als eigenständiger HTML-Bericht mit Datum, Konsole, Prüfer und Markierungen</translation>
    </message>
    <message>
        <source>Export the review as an HTML report</source>
        <translation>Überprüfung als HTML-Bericht exportieren</translation>
    </message>
</context>
<context>
    <name>AccessRulesDialog</name>
    <message>
        <source>Access rules</source>
        <translation>Zugriffsregeln</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>Regel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Give a role on a scope (Ctrl+N)</source>
        <translation>Eine Rolle in einem Geltungsbereich vergeben (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Delete rule…</source>
        <translation>Regel &amp;löschen…</translation>
    </message>
    <message>
        <source>Remove the selected rule (Del)</source>
        <translation>Gewählte Regel entfernen (Entf)</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload the rules from the console (F5)</source>
        <translation>Regeln neu von der Konsole laden (F5)</translation>
    </message>
</context>
<context>
    <name>ApplicationCredentialsDialog</name>
    <message>
        <source>Application registered</source>
        <translation>Anwendung registriert</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>The client secret is shown only this once. The console cannot show it again; it can only generate a new one.</source>
        <translation>Das Client-Secret wird nur dieses eine Mal angezeigt. Die Konsole kann es nicht erneut anzeigen, nur ein neues erzeugen.</translation>
    </message>
    <message>
        <source>I have &amp;stored the client secret (or it is in the keychain)</source>
        <translation>Ich habe das Client-Secret &amp;gespeichert (oder es liegt im Schlüsselbund)</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Register an application</source>
        <translation>Anwendung registrieren</translation>
    </message>
    <message>
        <source>Application &amp;name:</source>
        <translation>Anwendungs&amp;name:</translation>
    </message>
    <message>
        <source>ci-pipeline</source>
        <translation>ci-pipeline</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, &apos;-&apos; and &apos;_&apos;. Starts with a letter and ends with a letter or digit.</source>
        <translation>Kleinbuchstaben, Ziffern, „-“ und „_“. Beginnt mit einem Buchstaben und endet mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Applications on this console</source>
        <translation>Anwendungen auf dieser Konsole</translation>
    </message>
    <message>
        <source>&amp;Get token…</source>
        <translation>&amp;Token holen…</translation>
    </message>
    <message>
        <source>Sign in as the selected application (client credentials) and show its access token</source>
        <translation>Als gewählte Anwendung anmelden (Client Credentials) und ihr Zugriffstoken anzeigen</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload the list from the console (F5)</source>
        <translation>Liste neu von der Konsole laden (F5)</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Selected application</source>
        <translation>Gewählte Anwendung</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client se&amp;cret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate not accepted</source>
        <translation>Zertifikat nicht akzeptiert</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subjekt (sub):</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>&amp;Import CA certificate…</source>
        <translation>CA-Zertifikat &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>CleartextWarning</name>
    <message>
        <source>Not encrypted: with http:// your password, access tokens, client secrets and temporary passwords would cross the network to %1 in clear text. Use https:// if the console offers it.</source>
        <translation>Nicht verschlüsselt: Mit http:// würden Ihr Passwort, Zugriffstokens, Client-Secrets und temporäre Passwörter im Klartext über das Netz zu %1 gehen. Verwenden Sie https://, wenn die Konsole es anbietet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is a plain http:// address: the connection is not encrypted.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Anyone on the network between you and %2 can read (and change) what is sent:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;your administrator password, when you sign in&lt;/li&gt;&lt;li&gt;access tokens, which act as you until they expire&lt;/li&gt;&lt;li&gt;client secrets of applications and service accounts&lt;/li&gt;&lt;li&gt;temporary passwords of new users&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Use an https:// address if the console offers one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 ist eine einfache http://-Adresse: Die Verbindung ist nicht verschlüsselt.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Jeder im Netz zwischen Ihnen und %2 kann lesen (und ändern), was gesendet wird:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Ihr Administratorpasswort bei der Anmeldung&lt;/li&gt;&lt;li&gt;Zugriffstokens, die bis zu ihrem Ablauf als Sie handeln&lt;/li&gt;&lt;li&gt;Client-Secrets von Anwendungen und Dienstkonten&lt;/li&gt;&lt;li&gt;temporäre Passwörter neuer Benutzer&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Verwenden Sie eine https://-Adresse, wenn die Konsole eine anbietet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A password saved in the keychain is never sent over this connection automatically.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein im Schlüsselbund gespeichertes Passwort wird über diese Verbindung nie automatisch gesendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your choice is remembered for profile “%1”. A password saved in the keychain is never sent over this connection automatically.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ihre Wahl wird für das Profil „%1“ gespeichert. Ein im Schlüsselbund gespeichertes Passwort wird über diese Verbindung nie automatisch gesendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect without encryption?</source>
        <translation>Ohne Verschlüsselung verbinden?</translation>
    </message>
    <message>
        <source>Connect &amp;without encryption</source>
        <translation>&amp;Ohne Verschlüsselung verbinden</translation>
    </message>
</context>
<context>
    <name>ClientSecretDialog</name>
    <message>
        <source>Client secret needed</source>
        <translation>Client-Secret benötigt</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
</context>
<context>
    <name>CredentialExportDialog</name>
    <message>
        <source>Export credentials</source>
        <translation>Zugangsdaten exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>Secret an&amp;zeigen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
</context>
<context>
    <name>GrantAccessDialog</name>
    <message>
        <source>Grant a role</source>
        <translation>Rolle vergeben</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Scope &amp;type:</source>
        <translation>&amp;Art des Geltungsbereichs:</translation>
    </message>
    <message>
        <source>Scope type</source>
        <translation>Art des Geltungsbereichs</translation>
    </message>
    <message>
        <source>Scope &amp;ID:</source>
        <translation>&amp;ID des Geltungsbereichs:</translation>
    </message>
    <message>
        <source>Scope ID</source>
        <translation>ID des Geltungsbereichs</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Run:ai Access Console</source>
        <translation>Run:ai Access Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Anwendungen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;About Run:ai Access Console</source>
        <translation>&amp;Über Run:ai Access Console</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Run:ai Access Console</source>
        <translation>Run:ai Access Console</translation>
    </message>
    <message>
        <source>Set up NVIDIA Run:ai API access: sign in, register applications, get tokens and create users.</source>
        <translation>NVIDIA-Run:ai-API-Zugänge einrichten: anmelden, Anwendungen registrieren, Tokens holen und Benutzer anlegen.</translation>
    </message>
    <message>
        <source>Start the built-in Run:ai-compatible sandbox console and fill in its address and administrator account.</source>
        <translation>Die eingebaute Run:ai-kompatible Sandbox-Konsole starten und ihre Adresse und ihr Administratorkonto eintragen.</translation>
    </message>
    <message>
        <source>Console address to sign in to.</source>
        <translation>Adresse der Konsole, an der angemeldet wird.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>PEM file with CA certificates to trust for this console, in addition to the system&apos;s.</source>
        <translation>PEM-Datei mit CA-Zertifikaten, denen für diese Konsole zusätzlich zu denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Email of the administrator account.</source>
        <translation>E-Mail-Adresse des Administratorkontos.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>With --sandbox: the Run:ai version the sandbox imitates (2.18 to 2.26, or 3.0; default 2.20).</source>
        <translation>Mit --sandbox: die Run:ai-Version, die die Sandbox nachbildet (2.18 bis 2.26 oder 3.0; Standard 2.20).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>unknown sandbox version %1: use 2.18 to 2.26, or 3.0</source>
        <translation>unbekannte Sandbox-Version %1: 2.18 bis 2.26 oder 3.0 verwenden</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <source>Rotate without downtime</source>
        <translation>Ohne Ausfallzeit rotieren</translation>
    </message>
    <message>
        <source>&amp;Successor&apos;s name:</source>
        <translation>&amp;Name des Nachfolgers:</translation>
    </message>
    <message>
        <source>Successor&apos;s name</source>
        <translation>Name des Nachfolgers</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>E&amp;xport credentials…</source>
        <translation>Zugangsdaten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Abandon rotation…</source>
        <translation>Rotation auf&amp;geben…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to a Run:ai console</source>
        <translation>An einer Run:ai-Konsole anmelden</translation>
    </message>
    <message>
        <source>Use an administrator account of your NVIDIA Run:ai control plane. No console at hand? Try the local sandbox.</source>
        <translation>Verwenden Sie ein Administratorkonto Ihrer NVIDIA-Run:ai-Steuerungsebene. Keine Konsole zur Hand? Probieren Sie die lokale Sandbox aus.</translation>
    </message>
    <message>
        <source>Console &amp;URL:</source>
        <translation>Konsolen-&amp;URL:</translation>
    </message>
    <message>
        <source>console.example.com</source>
        <translation>console.example.com</translation>
    </message>
    <message>
        <source>The address of your Run:ai console, for example https://console.example.com</source>
        <translation>Die Adresse Ihrer Run:ai-Konsole, zum Beispiel https://console.example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Remember e&amp;mail</source>
        <translation>E-&amp;Mail merken</translation>
    </message>
    <message>
        <source>Remember password in the system &amp;keychain</source>
        <translation>Passwort im Schlüsselbund des Systems mer&amp;ken</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>Fortschritt der Anmeldung</translation>
    </message>
    <message>
        <source>Try the local sand&amp;box</source>
        <translation>Lokale Sand&amp;box ausprobieren</translation>
    </message>
    <message>
        <source>Start a Run:ai-compatible console on this computer and fill in its address and administrator account</source>
        <translation>Eine Run:ai-kompatible Konsole auf diesem Computer starten und ihre Adresse und ihr Administratorkonto eintragen</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>User created</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporäres Passwort:</translation>
    </message>
    <message>
        <source>The temporary password is shown only this once. Give it to the user over a safe channel.</source>
        <translation>Das temporäre Passwort wird nur dieses eine Mal angezeigt. Geben Sie es dem Benutzer über einen sicheren Weg.</translation>
    </message>
    <message>
        <source>I have &amp;passed on or stored the temporary password</source>
        <translation>Ich habe das temporäre Passwort &amp;weitergegeben oder gespeichert</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>I&amp;D token:</source>
        <translation>I&amp;D-Token:</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>&amp;Refresh-Token:</translation>
    </message>
    <message>
        <source>Decoded &amp;claims (not verified, for reading only):</source>
        <translation>Dekodierte &amp;Claims (nicht geprüft, nur zum Lesen):</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Claims des Tokens</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Use this identity</source>
        <translation>Diese Identität &amp;verwenden</translation>
    </message>
    <message>
        <source>Work as this application from now on, to see what it is allowed to do</source>
        <translation>Ab jetzt als diese Anwendung arbeiten, um zu sehen, was sie darf</translation>
    </message>
</context>
<context>
    <name>UserImportDialog</name>
    <message>
        <source>Import Users from CSV</source>
        <translation>Benutzer aus CSV importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file with an &lt;b&gt;email&lt;/b&gt; column and, optionally, &lt;b&gt;resetPassword&lt;/b&gt; and &lt;b&gt;notify&lt;/b&gt; columns (true/false). Commas or semicolons, with or without a header row.</source>
        <translation>Wählen Sie eine CSV-Datei mit einer Spalte &lt;b&gt;email&lt;/b&gt; und optional den Spalten &lt;b&gt;resetPassword&lt;/b&gt; und &lt;b&gt;notify&lt;/b&gt; (true/false). Komma oder Semikolon, mit oder ohne Kopfzeile.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Gewählte Datei</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Cop&amp;y Password</source>
        <translation>Passwort &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected user&apos;s temporary password; the clipboard is cleared after a while</source>
        <translation>Das temporäre Passwort des gewählten Benutzers kopieren; die Zwischenablage wird nach einer Weile geleert</translation>
    </message>
    <message>
        <source>Save &amp;Report as CSV…</source>
        <translation>&amp;Bericht als CSV speichern…</translation>
    </message>
    <message>
        <source>Include &amp;passwords</source>
        <translation>&amp;Passwörter einschließen</translation>
    </message>
    <message>
        <source>Write the temporary passwords into the report file (you will be warned first)</source>
        <translation>Die temporären Passwörter in die Berichtsdatei schreiben (Sie werden vorher gewarnt)</translation>
    </message>
    <message>
        <source>Re&amp;try Failed Rows</source>
        <translation>Fehlgeschlagene Zeilen &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Send no more requests; requests already sent finish so every row has a known result</source>
        <translation>Keine weiteren Anfragen senden; bereits gesendete laufen zu Ende, damit jede Zeile ein bekanntes Ergebnis hat</translation>
    </message>
    <message>
        <source>&amp;Create Users</source>
        <translation>Benutzer an&amp;legen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>&amp;Höchstens:</translation>
    </message>
    <message>
        <source>Most requests in flight at once</source>
        <translation>Höchstzahl gleichzeitig laufender Anfragen</translation>
    </message>
    <message>
        <source>How many users are sent to the console at once, at most. The import starts with 6 and sends more while the console keeps answering as fast; it sends fewer when the console asks to slow down or answers more slowly. Lower this for a console that should not be pressed.</source>
        <translation>Wie viele Benutzer höchstens gleichzeitig an die Konsole gesendet werden. Der Import beginnt mit 6 und sendet mehr, solange die Konsole gleich schnell antwortet; er sendet weniger, wenn die Konsole um weniger Tempo bittet oder langsamer antwortet. Verringern Sie den Wert für eine Konsole, die nicht stark belastet werden soll.</translation>
    </message>
    <message>
        <source> at a time</source>
        <translation> gleichzeitig</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Create a local user</source>
        <translation>Lokalen Benutzer anlegen</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>researcher@example.com</source>
        <translation>researcher@example.com</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>Benutzer anle&amp;gen</translation>
    </message>
    <message>
        <source>Require password change at first sign-&amp;in</source>
        <translation>&amp;Passwortänderung bei der ersten Anmeldung verlangen</translation>
    </message>
    <message>
        <source>Email the user a lin&amp;k to set a password</source>
        <translation>Dem Benutzer einen Link zum Festlegen des Passworts &amp;zusenden</translation>
    </message>
    <message>
        <source>Users on this console</source>
        <translation>Benutzer auf dieser Konsole</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Suche&amp;n:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the list from the console (F5)</source>
        <translation>Liste neu von der Konsole laden (F5)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Create many users at once from a CSV file with an email column</source>
        <translation>Viele Benutzer auf einmal aus einer CSV-Datei mit einer E-Mail-Spalte anlegen</translation>
    </message>
    <message>
        <source>Im&amp;port from CSV…</source>
        <translation>Aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Email or creator</source>
        <translation>E-Mail oder Ersteller</translation>
    </message>
    <message>
        <source>First &amp;name:</source>
        <translation>Vorna&amp;me:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Last na&amp;me:</source>
        <translation>Na&amp;chname:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
</context>
<context>
    <name>VerifyAccessDialog</name>
    <message>
        <source>Verify access</source>
        <translation>Zugriff prüfen</translation>
    </message>
    <message>
        <source>Credentials for this check</source>
        <translation>Zugangsdaten für diese Prüfung</translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation>Prüfung &amp;ausführen</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>Prüfung ausführen</translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation>Ergebnisse der Prüfung</translation>
    </message>
</context>
<context>
    <name>runai</name>
    <message>
        <source>%n s</source>
        <translation>%n s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 days %2 h</source>
        <translation>%1 Tage %2 h</translation>
    </message>
</context>
<context>
    <name>runai::AboutDialog</name>
    <message>
        <source>About Run:ai Access Console</source>
        <translation>Über Run:ai Access Console</translation>
    </message>
    <message>
        <source>Program icon</source>
        <translation>Programmsymbol</translation>
    </message>
    <message>
        <source>Run:ai Access Console</source>
        <translation>Run:ai Access Console</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Set up NVIDIA Run:ai API access: sign in, register applications, get tokens and create users. Secrets stay in your system&apos;s keychain.</source>
        <translation>NVIDIA-Run:ai-API-Zugänge einrichten: anmelden, Anwendungen registrieren, Tokens holen und Benutzer anlegen. Secrets bleiben im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Run:ai Access Console authors.&lt;br&gt;Distributed under the MIT License. This program comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Copyright © 2026 Die Autoren von Run:ai Access Console.&lt;br&gt;Veröffentlicht unter der MIT-Lizenz. Dieses Programm kommt OHNE JEDE GEWÄHRLEISTUNG.</translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation>Versionen der Komponenten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>%1 · QtKeychain %2 · %3</source>
        <translation>%1 · QtKeychain %2 · %3</translation>
    </message>
    <message>
        <source>Console: %1
%2</source>
        <translation>Konsole: %1
%2</translation>
    </message>
</context>
<context>
    <name>runai::AccessCheck</name>
    <message>
        <source>List users</source>
        <translation>Benutzer auflisten</translation>
    </message>
    <message>
        <source>Count users</source>
        <translation>Benutzer zählen</translation>
    </message>
    <message>
        <source>Consoles before Run:ai 2.20 cannot count users.</source>
        <translation>Konsolen vor Run:ai 2.20 können keine Benutzer zählen.</translation>
    </message>
    <message>
        <source>List service accounts</source>
        <translation>Dienstkonten auflisten</translation>
    </message>
    <message>
        <source>Service accounts came with Run:ai 2.24; this console has applications.</source>
        <translation>Dienstkonten gibt es seit Run:ai 2.24; diese Konsole hat Anwendungen.</translation>
    </message>
    <message>
        <source>List applications</source>
        <translation>Anwendungen auflisten</translation>
    </message>
    <message>
        <source>This console has service accounts only (Run:ai 3.0 removed applications).</source>
        <translation>Diese Konsole hat nur Dienstkonten (Run:ai 3.0 hat die Anwendungen entfernt).</translation>
    </message>
    <message>
        <source>List access rules</source>
        <translation>Zugriffsregeln auflisten</translation>
    </message>
    <message>
        <source>Count access rules</source>
        <translation>Zugriffsregeln zählen</translation>
    </message>
    <message>
        <source>List roles</source>
        <translation>Rollen auflisten</translation>
    </message>
    <message>
        <source>This console lists no roles.</source>
        <translation>Diese Konsole listet keine Rollen auf.</translation>
    </message>
    <message>
        <source>Access keys came with Run:ai 2.24.</source>
        <translation>Zugriffsschlüssel gibt es seit Run:ai 2.24.</translation>
    </message>
    <message>
        <source>List own access keys</source>
        <translation>Eigene Zugriffsschlüssel auflisten</translation>
    </message>
    <message>
        <source>List every user&apos;s access keys</source>
        <translation>Zugriffsschlüssel aller Benutzer auflisten</translation>
    </message>
    <message>
        <source>The console answered 404: it does not offer this call.</source>
        <translation>Die Konsole hat mit 404 geantwortet: Sie bietet diesen Aufruf nicht an.</translation>
    </message>
    <message>
        <source>Access keys belong to users: a program identity has none of its own, whatever its access rules.</source>
        <translation>Zugriffsschlüssel gehören Benutzern: Eine Programmidentität hat keine eigenen, unabhängig von ihren Zugriffsregeln.</translation>
    </message>
    <message>
        <source>The key&apos;s token acts as its owner. %1</source>
        <translation>Das Token des Schlüssels handelt als sein Eigentümer. %1</translation>
    </message>
    <message>
        <source>Verify access</source>
        <translation>Zugriff prüfen</translation>
    </message>
    <message>
        <source>No token: %1</source>
        <translation>Kein Token: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n allowed (%1)</source>
        <translation>
            <numerusform>%n erlaubt (%1)</numerusform>
            <numerusform>%n erlaubt (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denied (%1)</source>
        <translation>
            <numerusform>%n verweigert (%1)</numerusform>
            <numerusform>%n verweigert (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not offered by this console (%1)</source>
        <translation>
            <numerusform>%n von dieser Konsole nicht angeboten (%1)</numerusform>
            <numerusform>%n von dieser Konsole nicht angeboten (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (%1)</source>
        <translation>
            <numerusform>%n fehlgeschlagen (%1)</numerusform>
            <numerusform>%n fehlgeschlagen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not run (%1)</source>
        <translation>
            <numerusform>%n nicht ausgeführt (%1)</numerusform>
            <numerusform>%n nicht ausgeführt (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (Benutzer)</translation>
    </message>
    <message>
        <source>%1 (access key)</source>
        <translation>%1 (Zugriffsschlüssel)</translation>
    </message>
    <message>
        <source>%1 (application)</source>
        <translation>%1 (Anwendung)</translation>
    </message>
    <message>
        <source>%1 (service account)</source>
        <translation>%1 (Dienstkonto)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Nicht angeboten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>runai::AccessHint</name>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation>Zugriffsregeln</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>An access rule giving %1 the %2 role on the tenant scope would grant it (or any role with the &quot;%3&quot; permission to %4).</source>
        <translation>Eine Zugriffsregel, die %1 die Rolle %2 im Mandanten-Geltungsbereich gibt, würde das erlauben (oder jede Rolle mit der Berechtigung „%3“ für %4).</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
</context>
<context>
    <name>runai::AccessKeyCreateRecovery</name>
    <message>
        <source>The console&apos;s answer to creating the access key &quot;%1&quot; was lost on the way. Checking whether it was created…</source>
        <translation>Die Antwort der Konsole auf das Anlegen des Zugriffsschlüssels „%1“ ging unterwegs verloren. Es wird geprüft, ob er angelegt wurde …</translation>
    </message>
    <message>
        <source>The access key &quot;%1&quot; was created, but the answer carrying its secret was lost, so nobody has the secret. Regenerate it to get a new one (shown once, kept in the keychain).</source>
        <translation>Der Zugriffsschlüssel „%1“ wurde angelegt, aber die Antwort mit seinem Secret ging verloren, also hat niemand das Secret. Erzeugen Sie es neu, um ein neues zu bekommen (einmal angezeigt, im Schlüsselbund gespeichert).</translation>
    </message>
    <message>
        <source>&amp;Regenerate secret</source>
        <translation>Secret neu &amp;erzeugen</translation>
    </message>
    <message>
        <source>Regenerating the secret of the access key &quot;%1&quot;…</source>
        <translation>Secret des Zugriffsschlüssels „%1“ wird neu erzeugt…</translation>
    </message>
    <message>
        <source>You already have an access key named &quot;%1&quot;: created on %2, last used: %3. The console does not show that your request created it, so its secret may be in use. Nothing new was created.</source>
        <translation>Sie haben bereits einen Zugriffsschlüssel namens „%1“: angelegt: %2, zuletzt verwendet: %3. Die Konsole zeigt nicht, dass Ihre Anfrage ihn angelegt hat; sein Secret ist also vielleicht in Gebrauch. Es wurde nichts Neues angelegt.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The console&apos;s answer was lost and the access key &quot;%1&quot; was not created. Nothing was created: it is safe to try again.</source>
        <translation>Die Antwort der Konsole ging verloren, und der Zugriffsschlüssel „%1“ wurde nicht angelegt. Es wurde nichts angelegt: Sie können es gefahrlos erneut versuchen.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>The console&apos;s answer to creating the access key &quot;%1&quot; was lost, and checking whether it was created failed too: %2 Check again before creating it again.</source>
        <translation>Die Antwort der Konsole auf das Anlegen des Zugriffsschlüssels „%1“ ging verloren, und auch die Prüfung, ob er angelegt wurde, schlug fehl: %2 Prüfen Sie erneut, bevor Sie ihn noch einmal anlegen.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>The access key &quot;%1&quot; exists, but a new secret could not be made: %2</source>
        <translation>Der Zugriffsschlüssel „%1“ existiert, aber ein neues Secret konnte nicht erzeugt werden: %2</translation>
    </message>
    <message>
        <source>Re&amp;generate secret…</source>
        <translation>Secret neu &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Replace the secret of an access key in use?</source>
        <translation>Das Secret eines Zugriffsschlüssels ersetzen, der in Gebrauch ist?</translation>
    </message>
    <message>
        <source>Regenerate the secret of your access key &lt;b&gt;%1&lt;/b&gt;, created on %2?&lt;br&gt;&lt;br&gt;Every program or CLI login that uses this access key&apos;s current secret stops working &lt;b&gt;at once&lt;/b&gt;, and so do the tokens obtained with it, until it gets the new one. Do this only if you know nothing uses it.</source>
        <translation>Das Secret Ihres Zugriffsschlüssels &lt;b&gt;%1&lt;/b&gt; neu erzeugen (angelegt: %2)?&lt;br&gt;&lt;br&gt;Jedes Programm und jede CLI-Anmeldung, die das aktuelle Secret dieses Zugriffsschlüssels nutzt, funktioniert &lt;b&gt;sofort&lt;/b&gt; nicht mehr, ebenso die damit bezogenen Tokens, bis sie das neue erhalten. Tun Sie das nur, wenn Sie wissen, dass nichts ihn nutzt.</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <source>The access key &quot;%1&quot; has a new secret.</source>
        <translation>Der Zugriffsschlüssel „%1“ hat ein neues Secret.</translation>
    </message>
</context>
<context>
    <name>runai::AccessKeyDialogs</name>
    <message>
        <source>New secret for the access key &quot;%1&quot;</source>
        <translation>Neues Secret für den Zugriffsschlüssel „%1“</translation>
    </message>
    <message>
        <source>Access key &quot;%1&quot; created</source>
        <translation>Zugriffsschlüssel „%1“ angelegt</translation>
    </message>
    <message>
        <source>The access key &lt;b&gt;%1&lt;/b&gt; has a new secret. The previous one and the tokens obtained with it no longer work: update every script that uses this key.</source>
        <translation>Der Zugriffsschlüssel &lt;b&gt;%1&lt;/b&gt; hat ein neues Secret. Das bisherige und die damit erhaltenen Tokens gelten nicht mehr: Passen Sie jedes Skript an, das diesen Schlüssel verwendet.</translation>
    </message>
    <message>
        <source>The access key &lt;b&gt;%1&lt;/b&gt; is ready. Scripts and the runai CLI sign in as you with its Client ID and secret, with your access rules.</source>
        <translation>Der Zugriffsschlüssel &lt;b&gt;%1&lt;/b&gt; ist bereit. Skripte und die runai-CLI melden sich mit seiner Client-ID und seinem Secret als Sie an, mit Ihren Zugriffsregeln.</translation>
    </message>
    <message>
        <source>Access token from the access key %1</source>
        <translation>Zugriffstoken des Zugriffsschlüssels %1</translation>
    </message>
    <message>
        <source>The console issued this token for the access key &lt;b&gt;%1&lt;/b&gt;. It acts as &lt;b&gt;%2&lt;/b&gt;, with your access rules. Send it as &lt;tt&gt;Authorization: Bearer &amp;lt;token&amp;gt;&lt;/tt&gt;.</source>
        <translation>Die Konsole hat dieses Token für den Zugriffsschlüssel &lt;b&gt;%1&lt;/b&gt; ausgestellt. Es handelt als &lt;b&gt;%2&lt;/b&gt;, mit Ihren Zugriffsregeln. Senden Sie es als &lt;tt&gt;Authorization: Bearer &amp;lt;token&amp;gt;&lt;/tt&gt;.</translation>
    </message>
</context>
<context>
    <name>runai::AccessKeySecrets</name>
    <message>
        <source>no keychain is available.</source>
        <translation>es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Saved in the %1. This program can get tokens and export the key later.</source>
        <translation>Gespeichert in: %1. Dieses Programm kann damit später Tokens holen und den Schlüssel exportieren.</translation>
    </message>
    <message>
        <source>Kept for this session only (no keychain is available): it is gone when the program quits.</source>
        <translation>Nur für diese Sitzung aufbewahrt (kein Schlüsselbund verfügbar): Beim Beenden des Programms ist es weg.</translation>
    </message>
    <message>
        <source>The secret of the access key &quot;%1&quot; could not be saved in the keychain: %2</source>
        <translation>Das Secret des Zugriffsschlüssels „%1“ konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The access key &quot;%1&quot; was deleted, but its secret could not be erased from the keychain: %2</source>
        <translation>Der Zugriffsschlüssel „%1“ wurde gelöscht, aber sein Secret konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>This program does not hold the secret of the access key &quot;%1&quot;. Regenerate it to get one it can keep.</source>
        <translation>Dieses Programm hat das Secret des Zugriffsschlüssels „%1“ nicht. Erzeugen Sie es neu, damit das Programm eines aufbewahren kann.</translation>
    </message>
    <message>
        <source>The secret of the access key &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>Das Secret des Zugriffsschlüssels „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>runai::AccessKeysAdminSection</name>
    <message>
        <source>Created by (email)</source>
        <translation>Angelegt von (E-Mail)</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Other users&apos; access keys are shown to System administrators only; you are not one on this console.</source>
        <translation>Die Zugriffsschlüssel anderer Benutzer sehen nur Benutzer mit der Rolle System administrator; auf dieser Konsole haben Sie diese Rolle nicht.</translation>
    </message>
    <message>
        <source>Delete another user&apos;s access key</source>
        <translation>Zugriffsschlüssel eines anderen Benutzers löschen</translation>
    </message>
    <message>
        <source>Delete the access key &lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; (client ID %3)?&lt;br&gt;&lt;br&gt;Every script or CLI that %2 signs in with this key is refused from now on, and its tokens stop working at once.%4 This cannot be undone.</source>
        <translation>Den Zugriffsschlüssel &lt;b&gt;%1&lt;/b&gt; von &lt;b&gt;%2&lt;/b&gt; (Client-ID %3) löschen?&lt;br&gt;&lt;br&gt;Jedes Skript und jede CLI, mit denen sich %2 über diesen Schlüssel anmeldet, wird ab jetzt abgewiesen, und die Tokens des Schlüssels gelten sofort nicht mehr.%4 Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>It is one of your own keys.</source>
        <translation>Es ist einer Ihrer eigenen Schlüssel.</translation>
    </message>
    <message>
        <source>&amp;Delete the key of %1</source>
        <translation>Schlüssel von %1 &amp;löschen</translation>
    </message>
    <message>
        <source>Deleting the access key &quot;%1&quot; of %2…</source>
        <translation>Zugriffsschlüssel „%1“ von %2 wird gelöscht…</translation>
    </message>
    <message>
        <source>%1 (owner %2)</source>
        <translation>%1 (Eigentümer %2)</translation>
    </message>
    <message>
        <source>Delete user&apos;s access key</source>
        <translation>Zugriffsschlüssel des Benutzers löschen</translation>
    </message>
    <message>
        <source>The access key &quot;%1&quot; of %2 was deleted.</source>
        <translation>Der Zugriffsschlüssel „%1“ von %2 wurde gelöscht.</translation>
    </message>
    <message>
        <source>The access key &quot;%1&quot; of %2 had already been deleted.</source>
        <translation>Der Zugriffsschlüssel „%1“ von %2 war bereits gelöscht.</translation>
    </message>
</context>
<context>
    <name>runai::AccessKeysModel</name>
    <message>
        <source>The secret is kept by this program (keychain or this session): Get token and Export use it.</source>
        <translation>Dieses Programm bewahrt das Secret auf (Schlüsselbund oder diese Sitzung): „Token holen“ und „Exportieren“ verwenden es.</translation>
    </message>
    <message>
        <source>The console shows an access key&apos;s secret only once, when it is created. This program does not hold it.</source>
        <translation>Die Konsole zeigt das Secret eines Zugriffsschlüssels nur einmal, beim Anlegen. Dieses Programm hat es nicht.</translation>
    </message>
    <message>
        <source>•••••••• (held here)</source>
        <translation>•••••••• (hier aufbewahrt)</translation>
    </message>
    <message>
        <source>Not stored here</source>
        <translation>Hier nicht gespeichert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>runai::AccessKeysPage</name>
    <message>
        <source>Access key name</source>
        <translation>Name des Zugriffsschlüssels</translation>
    </message>
    <message>
        <source>Sign in as a user to manage your access keys.</source>
        <translation>Melden Sie sich als Benutzer an, um Ihre Zugriffsschlüssel zu verwalten.</translation>
    </message>
    <message>
        <source>Loading your access keys…</source>
        <translation>Ihre Zugriffsschlüssel werden geladen…</translation>
    </message>
    <message>
        <source>You have %1 access keys, the most a user may have. Delete one to create another.</source>
        <translation>Sie haben %1 Zugriffsschlüssel, die Höchstzahl für einen Benutzer. Löschen Sie einen, um einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, &apos;-&apos; and &apos;_&apos;. Starts with a letter and ends with a letter or digit.</source>
        <translation>Kleinbuchstaben, Ziffern, „-“ und „_“. Beginnt mit einem Buchstaben und endet mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a valid access key name.</source>
        <translation>„%1“ ist ein gültiger Name für einen Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>Export the key as .env, JSON, a Kubernetes Secret or a runai login command</source>
        <translation>Schlüssel als .env, JSON, Kubernetes-Secret oder runai-login-Befehl exportieren</translation>
    </message>
    <message>
        <source>This program does not hold the secret of %1: regenerate it to export the key.</source>
        <translation>Dieses Programm hat das Secret von %1 nicht: Erzeugen Sie es neu, um den Schlüssel zu exportieren.</translation>
    </message>
    <message>
        <source>This console has no access keys (Run:ai 2.24 and later).</source>
        <translation>Diese Konsole hat keine Zugriffsschlüssel (erst ab Run:ai 2.24).</translation>
    </message>
    <message>
        <source>Scripts can sign in with an application&apos;s Client ID and secret instead (Applications tab).</source>
        <translation>Skripte können sich stattdessen mit Client-ID und Secret einer Anwendung anmelden (Registerkarte „Anwendungen“).</translation>
    </message>
    <message>
        <source>Your access keys could not be loaded. Press F5 to try again.</source>
        <translation>Ihre Zugriffsschlüssel konnten nicht geladen werden. Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Creating the access key &quot;%1&quot;…</source>
        <translation>Zugriffsschlüssel „%1“ wird angelegt…</translation>
    </message>
    <message>
        <source>Create access key</source>
        <translation>Zugriffsschlüssel anlegen</translation>
    </message>
    <message>
        <source>You already have an access key named &quot;%1&quot;. Choose another name.</source>
        <translation>Sie haben bereits einen Zugriffsschlüssel namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>Access key &quot;%1&quot; created.</source>
        <translation>Zugriffsschlüssel „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Getting a token with the access key &quot;%1&quot;…</source>
        <translation>Token mit dem Zugriffsschlüssel „%1“ wird geholt…</translation>
    </message>
    <message>
        <source>Get access key token</source>
        <translation>Token des Zugriffsschlüssels holen</translation>
    </message>
    <message>
        <source>No token for the access key &quot;%1&quot;: %2</source>
        <translation>Kein Token für den Zugriffsschlüssel „%1“: %2</translation>
    </message>
    <message>
        <source>The console issued a token for &quot;%1&quot;.</source>
        <translation>Die Konsole hat ein Token für „%1“ ausgestellt.</translation>
    </message>
    <message>
        <source>Regenerate access key secret</source>
        <translation>Secret des Zugriffsschlüssels neu erzeugen</translation>
    </message>
    <message>
        <source>Regenerate the secret of the access key &lt;b&gt;%1&lt;/b&gt;?&lt;br&gt;&lt;br&gt;The current secret stops working &lt;b&gt;at once&lt;/b&gt;, and so do the tokens obtained with it: every script or CLI that signs in with it is refused until it gets the new one. The new secret is shown once and kept in the keychain.</source>
        <translation>Das Secret des Zugriffsschlüssels &lt;b&gt;%1&lt;/b&gt; neu erzeugen?&lt;br&gt;&lt;br&gt;Das aktuelle Secret gilt &lt;b&gt;sofort&lt;/b&gt; nicht mehr, ebenso die damit erhaltenen Tokens: Skripte und CLIs, die sich damit anmelden, werden abgewiesen, bis sie das neue erhalten. Das neue Secret wird einmal angezeigt und im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <source>Regenerating the secret of the access key &quot;%1&quot;…</source>
        <translation>Secret des Zugriffsschlüssels „%1“ wird neu erzeugt…</translation>
    </message>
    <message>
        <source>The access key &quot;%1&quot; has a new secret; the old one and its tokens no longer work.</source>
        <translation>Der Zugriffsschlüssel „%1“ hat ein neues Secret; das alte und seine Tokens gelten nicht mehr.</translation>
    </message>
    <message>
        <source>Delete access key</source>
        <translation>Zugriffsschlüssel löschen</translation>
    </message>
    <message>
        <source>Delete the access key &lt;b&gt;%1&lt;/b&gt; (client ID %2)?&lt;br&gt;&lt;br&gt;Scripts and CLIs that sign in with it can no longer do so, and the tokens obtained with it stop working at once.%3 This cannot be undone.</source>
        <translation>Den Zugriffsschlüssel &lt;b&gt;%1&lt;/b&gt; (Client-ID %2) löschen?&lt;br&gt;&lt;br&gt;Skripte und CLIs, die sich damit anmelden, können das nicht mehr, und die damit erhaltenen Tokens gelten sofort nicht mehr.%3 Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Its secret is also erased from this computer&apos;s keychain.</source>
        <translation>Sein Secret wird auch aus dem Schlüsselbund dieses Computers gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>%1 &amp;löschen</translation>
    </message>
    <message>
        <source>Deleting the access key &quot;%1&quot;…</source>
        <translation>Zugriffsschlüssel „%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Access key &quot;%1&quot; deleted.</source>
        <translation>Zugriffsschlüssel „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>The access key &quot;%1&quot; had already been deleted on the console.</source>
        <translation>Der Zugriffsschlüssel „%1“ war auf der Konsole bereits gelöscht.</translation>
    </message>
    <message>
        <source>Your access keys could not be loaded. They load again as soon as you are signed in again.</source>
        <translation>Ihre Zugriffsschlüssel konnten nicht geladen werden. Sie werden neu geladen, sobald Sie wieder angemeldet sind.</translation>
    </message>
</context>
<context>
    <name>runai::AccessReviewLoader</name>
    <message>
        <source>Access rules: this identity may not list them, so no identity shows its rules.</source>
        <translation>Zugriffsregeln: Diese Identität darf sie nicht auflisten, daher zeigt keine Identität ihre Regeln.</translation>
    </message>
    <message>
        <source>Applications and service accounts: this identity may not list them.</source>
        <translation>Anwendungen und Dienstkonten: Diese Identität darf sie nicht auflisten.</translation>
    </message>
    <message>
        <source>Users: this identity may not list them.</source>
        <translation>Benutzer: Diese Identität darf sie nicht auflisten.</translation>
    </message>
    <message>
        <source>Access keys: only System administrators may list every user&apos;s keys.</source>
        <translation>Zugriffsschlüssel: Nur Benutzer mit der Rolle System administrator dürfen die Schlüssel aller Benutzer auflisten.</translation>
    </message>
</context>
<context>
    <name>runai::AccessReviewModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>No access rule</source>
        <translation>Keine Zugriffsregel</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <source>Run:ai&apos;s API has no enabled state for users and access keys.</source>
        <translation>Die API von Run:ai kennt für Benutzer und Zugriffsschlüssel keinen Aktiviert-Status.</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client-ID: %1</translation>
    </message>
    <message>
        <source>Whether this program keeps the identity&apos;s secret or password in the keychain</source>
        <translation>Ob dieses Programm das Secret oder Passwort der Identität im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name / e-mail</source>
        <translation>Name / E-Mail</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Secret held</source>
        <translation>Secret aufbewahrt</translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation>Zugriffsregeln</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>runai::AccessReviewPage</name>
    <message>
        <source>n/a</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>All identities</source>
        <translation>Alle Identitäten</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>Alle markierten</translation>
    </message>
    <message>
        <source>Run:ai&apos;s API cannot disable users or access keys: they can only be deleted.</source>
        <translation>Die API von Run:ai kann Benutzer und Zugriffsschlüssel nicht deaktivieren: Sie lassen sich nur löschen.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load &amp;review</source>
        <translation>Überprüfun&amp;g laden</translation>
    </message>
    <message>
        <source>Reading access rules…</source>
        <translation>Zugriffsregeln werden gelesen…</translation>
    </message>
    <message>
        <source>Reading applications and service accounts…</source>
        <translation>Anwendungen und Dienstkonten werden gelesen…</translation>
    </message>
    <message>
        <source>Reading users… %1 of %2</source>
        <translation>Benutzer werden gelesen… %1 von %2</translation>
    </message>
    <message>
        <source>Reading users… %1</source>
        <translation>Benutzer werden gelesen… %1</translation>
    </message>
    <message>
        <source>Reading access keys…</source>
        <translation>Zugriffsschlüssel werden gelesen…</translation>
    </message>
    <message>
        <source>Stopped after %1 identities: this review is incomplete, and creators are not checked. Press Refresh to read it all.</source>
        <translation>Nach %1 Identitäten angehalten: Diese Überprüfung ist unvollständig, und die Ersteller sind nicht geprüft. Klicken Sie auf Aktualisieren, um alles zu lesen.</translation>
    </message>
    <message>
        <source>The review could not be read completely: %1</source>
        <translation>Die Überprüfung konnte nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Not everything could be reviewed: %1</source>
        <translation>Nicht alles konnte überprüft werden: %1</translation>
    </message>
    <message>
        <source>%1 flagged</source>
        <translation>%1 markiert</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 gewählt</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>Sign in to review who can reach this console.</source>
        <translation>Melden Sie sich an, um zu überprüfen, wer auf diese Konsole zugreifen kann.</translation>
    </message>
    <message>
        <source>Load review reads every identity and access rule of this console. Nothing is changed.</source>
        <translation>„Überprüfung laden“ liest alle Identitäten und Zugriffsregeln dieser Konsole. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Reading the console&apos;s identities…</source>
        <translation>Die Identitäten der Konsole werden gelesen…</translation>
    </message>
    <message>
        <source>No identity could be read.</source>
        <translation>Es konnte keine Identität gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies)</source>
        <translation>
            <numerusform>%n Identität</numerusform>
            <numerusform>%n Identitäten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runai::AccessRulesDialog</name>
    <message>
        <source>Access rules of %1</source>
        <translation>Zugriffsregeln von %1</translation>
    </message>
    <message>
        <source>What the application &lt;b&gt;%1&lt;/b&gt; may do: each rule gives it a role on a scope.</source>
        <translation>Was die Anwendung &lt;b&gt;%1&lt;/b&gt; darf: Jede Regel gibt ihr eine Rolle in einem Geltungsbereich.</translation>
    </message>
    <message>
        <source>What the user &lt;b&gt;%1&lt;/b&gt; may do: each rule gives them a role on a scope.</source>
        <translation>Was der Benutzer &lt;b&gt;%1&lt;/b&gt; darf: Jede Regel gibt ihm eine Rolle in einem Geltungsbereich.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Scope type</source>
        <translation>Art des Geltungsbereichs</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Loading the access rules…</source>
        <translation>Zugriffsregeln werden geladen…</translation>
    </message>
    <message>
        <source>The access rules could not be loaded. %1</source>
        <translation>Die Zugriffsregeln konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>The access rules could not be loaded (see the message above).
They are unknown, not absent. Press Refresh (F5) to try again.</source>
        <translation>Die Zugriffsregeln konnten nicht geladen werden (siehe Meldung oben).
Sie sind unbekannt, nicht etwa leer. Drücken Sie Aktualisieren (F5), um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>%1 has no access rules: every call it makes is refused.
Add a rule to give it a role.</source>
        <translation>%1 hat keine Zugriffsregeln: Jeder Aufruf wird abgelehnt.
Legen Sie eine Regel an, um eine Rolle zu vergeben.</translation>
    </message>
    <message>
        <source>%1 has no access rules: they can see and do nothing.
Add a rule to give them a role.</source>
        <translation>%1 hat keine Zugriffsregeln und kann nichts sehen und nichts tun.
Legen Sie eine Regel an, um eine Rolle zu vergeben.</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 now has the role %2 on the %3 scope %4.</source>
        <translation>%1 hat jetzt die Rolle %2 im %3-Geltungsbereich %4.</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>Delete access rule</source>
        <translation>Zugriffsregel löschen</translation>
    </message>
    <message>
        <source>Delete the rule that gives &lt;b&gt;%1&lt;/b&gt; the role &lt;b&gt;%2&lt;/b&gt; on the %3 scope &lt;b&gt;%4&lt;/b&gt;?&lt;br&gt;&lt;br&gt;Whatever this role allowed stops working at once.</source>
        <translation>Die Regel löschen, die &lt;b&gt;%1&lt;/b&gt; die Rolle &lt;b&gt;%2&lt;/b&gt; im %3-Geltungsbereich &lt;b&gt;%4&lt;/b&gt; gibt?&lt;br&gt;&lt;br&gt;Alles, was diese Rolle erlaubt hat, funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Delete rule</source>
        <translation>Regel &amp;löschen</translation>
    </message>
    <message>
        <source>Deleting the rule…</source>
        <translation>Regel wird gelöscht…</translation>
    </message>
    <message>
        <source>The rule was deleted.</source>
        <translation>Die Regel wurde gelöscht.</translation>
    </message>
    <message>
        <source>The rule had already been deleted on the console (by someone else?). The list is reloaded.</source>
        <translation>Die Regel war auf der Konsole bereits gelöscht (von jemand anderem?). Die Liste wird neu geladen.</translation>
    </message>
    <message>
        <source>What the service account &lt;b&gt;%1&lt;/b&gt; may do: each rule gives it a role on a scope.</source>
        <translation>Was das Dienstkonto &lt;b&gt;%1&lt;/b&gt; darf: Jede Regel gibt ihm eine Rolle in einem Geltungsbereich.</translation>
    </message>
    <message>
        <source>The rules that apply to all authenticated users could not be loaded. %1</source>
        <translation>Die Regeln, die für alle authentifizierten Benutzer gelten, konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This rule applies to all authenticated users; it is not deleted here.</source>
        <translation>Diese Regel gilt für alle authentifizierten Benutzer; sie wird hier nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>runai::AccessSubject</name>
    <message>
        <source>All authenticated users</source>
        <translation>Alle authentifizierten Benutzer</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>runai::ActivityLog</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Meldung des Servers</translation>
    </message>
</context>
<context>
    <name>runai::ActivityLogPage</name>
    <message>
        <source>Action, object, profile, outcome…</source>
        <translation>Aktion, Objekt, Profil, Ergebnis…</translation>
    </message>
    <message>
        <source>Filter the activity log</source>
        <translation>Aktivitätsprotokoll filtern</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>The activity log could not be saved: %1</source>
        <translation>Das Aktivitätsprotokoll konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation>Aktivitätsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file %1 could not be written: %2</source>
        <translation>Die CSV-Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Actions recorded: %1. Kept in %2, without any password, secret or token.</source>
        <translation>Aufgezeichnete Aktionen: %1. Gespeichert in %2, ohne Passwörter, Secrets oder Tokens.</translation>
    </message>
    <message>
        <source>Unreadable lines skipped: %1.</source>
        <translation>Übersprungene unlesbare Zeilen: %1.</translation>
    </message>
    <message>
        <source>Activity log exported to %1 (%2 rows).</source>
        <translation>Aktivitätsprotokoll nach %1 exportiert (%2 Zeilen).</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n action(s) to %1…</source>
        <translation>
            <numerusform>%n Aktion wird nach %1 exportiert…</numerusform>
            <numerusform>%n Aktionen werden nach %1 exportiert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runai::ApiError</name>
    <message>
        <source>complete the request</source>
        <translation>die Anfrage ausführen</translation>
    </message>
    <message>
        <source>Could not reach the console to %1. Check the address, your network and the proxy settings.</source>
        <translation>Die Konsole war nicht erreichbar (%1). Prüfen Sie die Adresse, Ihr Netzwerk und die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The console did not answer in time when trying to %1.</source>
        <translation>Die Konsole hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <source>The console&apos;s certificate is not trusted (issued by &quot;%1&quot;). If your organisation uses a private certificate authority, import its CA bundle for this console.</source>
        <translation>Dem Zertifikat der Konsole wird nicht vertraut (ausgestellt von „%1“). Wenn Ihre Organisation eine eigene Zertifizierungsstelle verwendet, importieren Sie deren CA-Bündel für diese Konsole.</translation>
    </message>
    <message>
        <source>The console&apos;s certificate cannot be accepted for %1: %2</source>
        <translation>Das Zertifikat der Konsole kann für %1 nicht akzeptiert werden: %2</translation>
    </message>
    <message>
        <source>A secure connection to the console could not be established.</source>
        <translation>Es konnte keine sichere Verbindung zur Konsole aufgebaut werden.</translation>
    </message>
    <message>
        <source>The console refused the credentials, or the session has expired. Sign in again.</source>
        <translation>Die Konsole hat die Zugangsdaten abgelehnt, oder die Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to %1.</source>
        <translation>Sie dürfen Folgendes nicht: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed to %2.</source>
        <translation>„%1“ darf Folgendes nicht: %2.</translation>
    </message>
    <message>
        <source>You are not allowed to %1. An administrator must add an access rule (role and scope) for you.</source>
        <translation>Sie dürfen Folgendes nicht: %1. Ein Administrator muss für Sie eine Zugriffsregel (Rolle und Geltungsbereich) anlegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed to %2. An administrator must add an access rule (role and scope) for this identity.</source>
        <translation>„%1“ darf Folgendes nicht: %2. Ein Administrator muss für diese Identität eine Zugriffsregel (Rolle und Geltungsbereich) anlegen.</translation>
    </message>
    <message>
        <source>The console could not find what was asked for (%1). It may have been deleted.</source>
        <translation>Die Konsole hat das Angefragte nicht gefunden (%1). Vielleicht wurde es gelöscht.</translation>
    </message>
    <message>
        <source>The console rejected the request to %1.</source>
        <translation>Die Konsole hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The console could not %1 because it already exists.</source>
        <translation>Die Konsole konnte Folgendes nicht tun, weil es schon existiert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The console is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>Die Konsole ist ausgelastet. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Die Konsole ist ausgelastet. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console is busy. Try again in a moment.</source>
        <translation>Die Konsole ist ausgelastet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The console failed to %1 (HTTP %2).</source>
        <translation>Die Konsole ist gescheitert: %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The console&apos;s answer to &quot;%1&quot; could not be understood.</source>
        <translation>Die Antwort der Konsole auf „%1“ war unverständlich.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer was lost after the request was sent, so the console may have done it anyway. Check before trying again.</source>
        <translation>Die Antwort ging verloren, nachdem die Anfrage gesendet war; die Konsole hat sie vielleicht trotzdem ausgeführt. Prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>runai::ApplicationActions</name>
    <message>
        <source>&amp;Access rules…</source>
        <translation>&amp;Zugriffsregeln…</translation>
    </message>
    <message>
        <source>List, add and delete the roles of the selected application</source>
        <translation>Rollen der gewählten Anwendung anzeigen, hinzufügen und löschen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the credentials as .env, JSON, a Kubernetes Secret or a runai login command</source>
        <translation>Zugangsdaten als .env, JSON, Kubernetes-Secret oder runai-login-Befehl exportieren</translation>
    </message>
    <message>
        <source>Re&amp;generate secret…</source>
        <translation>Secret neu &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Replace the client secret; the old one stops working at once</source>
        <translation>Client-Secret ersetzen; das alte gilt sofort nicht mehr</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Disable or enable the selected application</source>
        <translation>Die gewählte Anwendung deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected application</source>
        <translation>Die gewählte Anwendung löschen</translation>
    </message>
    <message>
        <source>Application actions</source>
        <translation>Anwendungsaktionen</translation>
    </message>
    <message>
        <source>This program does not hold the client secret of %1: regenerate it to export the credentials.</source>
        <translation>Dieses Programm hat das Client-Secret von %1 nicht: Erzeugen Sie es neu, um die Zugangsdaten zu exportieren.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists on the console: it was deleted meanwhile (by someone else?). The list is reloaded.</source>
        <translation>„%1“ existiert auf der Konsole nicht mehr: Der Eintrag wurde inzwischen gelöscht (von jemand anderem?). Die Liste wird neu geladen.</translation>
    </message>
    <message>
        <source>Regenerate client secret</source>
        <translation>Client-Secret neu erzeugen</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <source>Regenerating the client secret of &quot;%1&quot;…</source>
        <translation>Client-Secret von „%1“ wird neu erzeugt…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a new client secret; the old one no longer works.</source>
        <translation>„%1“ hat ein neues Client-Secret; das alte gilt nicht mehr.</translation>
    </message>
    <message>
        <source>New client secret for &quot;%1&quot;</source>
        <translation>Neues Client-Secret für „%1“</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has a new client secret. The previous one was revoked: update every program that signs in as this application.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat ein neues Client-Secret. Das bisherige wurde widerrufen: Passen Sie jedes Programm an, das sich als diese Anwendung anmeldet.</translation>
    </message>
    <message>
        <source>the console sent no secret.</source>
        <translation>die Konsole hat kein Secret gesendet.</translation>
    </message>
    <message>
        <source>no keychain is available.</source>
        <translation>es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Saved in the %1, replacing the old secret.</source>
        <translation>Gespeichert in: %1; das alte Secret ist ersetzt.</translation>
    </message>
    <message>
        <source>Kept for this session only (no keychain is available).</source>
        <translation>Nur für diese Sitzung aufbewahrt (kein Schlüsselbund verfügbar).</translation>
    </message>
    <message>
        <source>The new client secret of &quot;%1&quot; could not be saved in the keychain (%2). Any copy kept there is the old, revoked secret.</source>
        <translation>Das neue Client-Secret von „%1“ konnte nicht im Schlüsselbund gespeichert werden (%2). Eine dort liegende Kopie ist das alte, widerrufene Secret.</translation>
    </message>
    <message>
        <source>Enabling &quot;%1&quot;…</source>
        <translation>„%1“ wird aktiviert…</translation>
    </message>
    <message>
        <source>Disabling &quot;%1&quot;…</source>
        <translation>„%1“ wird deaktiviert…</translation>
    </message>
    <message>
        <source>Disable application</source>
        <translation>Anwendung deaktivieren</translation>
    </message>
    <message>
        <source>Disable &lt;b&gt;%1&lt;/b&gt;?&lt;br&gt;&lt;br&gt;It can no longer sign in, and the tokens it holds stop working. You can enable it again later; its secret and access rules are kept.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; deaktivieren?&lt;br&gt;&lt;br&gt;Die Anwendung kann sich nicht mehr anmelden, und ihre Tokens gelten nicht mehr. Sie können sie später wieder aktivieren; Secret und Zugriffsregeln bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is enabled: it can sign in again.</source>
        <translation>„%1“ ist aktiviert: Die Anwendung kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is disabled: it cannot sign in until enabled.</source>
        <translation>„%1“ ist deaktiviert: Die Anwendung kann sich erst nach dem Aktivieren wieder anmelden.</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Anwendung löschen</translation>
    </message>
    <message>
        <source>Delete the application &lt;b&gt;%1&lt;/b&gt; (client ID %2)?&lt;br&gt;&lt;br&gt;Programs that use its credentials can no longer sign in, and its access rules go with it.%3 This cannot be undone.</source>
        <translation>Die Anwendung &lt;b&gt;%1&lt;/b&gt; (Client-ID %2) löschen?&lt;br&gt;&lt;br&gt;Programme, die ihre Zugangsdaten verwenden, können sich nicht mehr anmelden, und ihre Zugriffsregeln werden mit gelöscht.%3 Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Its client secret is also erased from this computer&apos;s keychain.</source>
        <translation>Ihr Client-Secret wird auch aus dem Schlüsselbund dieses Computers gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>%1 &amp;löschen</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Application &quot;%1&quot; deleted.</source>
        <translation>Anwendung „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; had already been deleted on the console (by someone else?). It is gone from the list.</source>
        <translation>„%1“ war auf der Konsole bereits gelöscht (von jemand anderem?). Der Eintrag ist aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted, but its client secret could not be erased from the keychain: %2</source>
        <translation>„%1“ wurde gelöscht, aber das Client-Secret konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>This program does not hold the client secret of &quot;%1&quot;, so it cannot export it. Regenerate the secret to get one it can keep.</source>
        <translation>Dieses Programm hat das Client-Secret von „%1“ nicht und kann es daher nicht exportieren. Erzeugen Sie das Secret neu, damit das Programm eines aufbewahren kann.</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>Das Client-Secret von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now has the role %2 on the %3 scope %4.</source>
        <translation>„%1“ hat jetzt die Rolle %2 im %3-Geltungsbereich %4.</translation>
    </message>
    <message>
        <source>Enable application</source>
        <translation>Anwendung aktivieren</translation>
    </message>
    <message>
        <source>List, add and delete the roles of the selected service account</source>
        <translation>Rollen des gewählten Dienstkontos anzeigen, hinzufügen und löschen</translation>
    </message>
    <message>
        <source>Disable or enable the selected service account</source>
        <translation>Das gewählte Dienstkonto deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <source>Delete the selected service account</source>
        <translation>Das gewählte Dienstkonto löschen</translation>
    </message>
    <message>
        <source>Service account actions</source>
        <translation>Dienstkonto-Aktionen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has a new client secret. The previous one was revoked: update every program that signs in as this service account.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat ein neues Client-Secret. Das bisherige wurde widerrufen: Passen Sie jedes Programm an, das sich als dieses Dienstkonto anmeldet.</translation>
    </message>
    <message>
        <source>Disable service account</source>
        <translation>Dienstkonto deaktivieren</translation>
    </message>
    <message>
        <source>Enable service account</source>
        <translation>Dienstkonto aktivieren</translation>
    </message>
    <message>
        <source>Delete service account</source>
        <translation>Dienstkonto löschen</translation>
    </message>
    <message>
        <source>Delete the service account &lt;b&gt;%1&lt;/b&gt; (client ID %2)?&lt;br&gt;&lt;br&gt;Programs that use its credentials can no longer sign in, and its access rules go with it.%3 This cannot be undone.</source>
        <translation>Das Dienstkonto &lt;b&gt;%1&lt;/b&gt; (Client-ID %2) löschen?&lt;br&gt;&lt;br&gt;Programme, die seine Zugangsdaten verwenden, können sich nicht mehr anmelden, und seine Zugriffsregeln werden mit gelöscht.%3 Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Service account &quot;%1&quot; deleted.</source>
        <translation>Dienstkonto „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Ro&amp;tate without downtime…</source>
        <translation>Ohne Ausfallzeit ro&amp;tieren…</translation>
    </message>
    <message>
        <source>Replace the secret by a successor with the same access rules; the old one works until its programs moved</source>
        <translation>Secret durch einen Nachfolger mit denselben Zugriffsregeln ersetzen; das alte gilt weiter, bis seine Programme umgestellt sind</translation>
    </message>
    <message>
        <source>Resume ro&amp;tation…</source>
        <translation>Ro&amp;tation fortsetzen…</translation>
    </message>
    <message>
        <source>Regenerate the client secret of &lt;b&gt;%1&lt;/b&gt;?&lt;br&gt;&lt;br&gt;The current secret stops working &lt;b&gt;at once&lt;/b&gt;: every program that signs in with it is refused until it gets the new one. The new secret is shown once and kept in the keychain.&lt;br&gt;&lt;br&gt;To replace it without an outage, use Rotate without downtime instead.</source>
        <translation>Das Client-Secret von &lt;b&gt;%1&lt;/b&gt; neu erzeugen?&lt;br&gt;&lt;br&gt;Das aktuelle Secret gilt &lt;b&gt;sofort&lt;/b&gt; nicht mehr: Jedes Programm, das sich damit anmeldet, wird abgewiesen, bis es das neue erhält. Das neue Secret wird einmal angezeigt und im Schlüsselbund aufbewahrt.&lt;br&gt;&lt;br&gt;Um es ohne Ausfall zu ersetzen, verwenden Sie stattdessen „Ohne Ausfallzeit rotieren“.</translation>
    </message>
</context>
<context>
    <name>runai::ApplicationCredentialsDialog</name>
    <message>
        <source>Application &quot;%1&quot; registered</source>
        <translation>Anwendung „%1“ registriert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is registered. Programs sign in as this application with its Client ID and Client secret (client credentials).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist registriert. Programme melden sich als diese Anwendung mit ihrer Client-ID und ihrem Client-Secret an (Client Credentials).</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Saving the client secret in the system keychain…</source>
        <translation>Client-Secret wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Waiting for the keychain… It may be asking you to unlock it.</source>
        <translation>Warten auf den Schlüsselbund… Er fragt vielleicht nach dem Entsperren.</translation>
    </message>
    <message>
        <source>Not saved in the keychain: %1 Copy the secret now and store it safely.</source>
        <translation>Nicht im Schlüsselbund gespeichert: %1 Kopieren Sie das Secret jetzt und bewahren Sie es sicher auf.</translation>
    </message>
    <message>
        <source>Confirm above that you have stored the client secret</source>
        <translation>Bestätigen Sie oben, dass Sie das Client-Secret gespeichert haben</translation>
    </message>
    <message>
        <source>Service account &quot;%1&quot; registered</source>
        <translation>Dienstkonto „%1“ registriert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is registered. Programs sign in as this service account with its Client ID and Client secret (client credentials).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist registriert. Programme melden sich als dieses Dienstkonto mit seiner Client-ID und seinem Client-Secret an (Client Credentials).</translation>
    </message>
</context>
<context>
    <name>runai::ApplicationDetails</name>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Selected application</source>
        <translation>Gewählte Anwendung</translation>
    </message>
    <message>
        <source>Selected service account</source>
        <translation>Gewähltes Dienstkonto</translation>
    </message>
    <message>
        <source>Select an application in the table.</source>
        <translation>Wählen Sie eine Anwendung in der Tabelle.</translation>
    </message>
    <message>
        <source>Select a service account in the table.</source>
        <translation>Wählen Sie ein Dienstkonto in der Tabelle.</translation>
    </message>
    <message>
        <source>Selected application: %1</source>
        <translation>Gewählte Anwendung: %1</translation>
    </message>
    <message>
        <source>Selected service account: %1</source>
        <translation>Gewähltes Dienstkonto: %1</translation>
    </message>
    <message>
        <source>Stored in the keychain — Show or Copy reads it</source>
        <translation>Im Schlüsselbund gespeichert — Anzeigen oder Kopieren liest es</translation>
    </message>
    <message>
        <source>Kept for this session — Show or Copy reads it</source>
        <translation>Für diese Sitzung gehalten – Anzeigen oder Kopieren liest es</translation>
    </message>
    <message>
        <source>This program does not hold the client secret (the console shows it only once, at registration). Get token asks for it.</source>
        <translation>Dieses Programm hat das Client-Secret nicht (die Konsole zeigt es nur einmal, beim Registrieren). „Token holen“ fragt danach.</translation>
    </message>
    <message>
        <source>The client secret is kept in the system keychain.</source>
        <translation>Das Client-Secret wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The client secret is kept in memory for this session only.</source>
        <translation>Das Client-Secret wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Client-Secret wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The client secret could not be read: %1</source>
        <translation>Das Client-Secret konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>runai::ApplicationRegistration</name>
    <message>
        <source>The console&apos;s answer to registering &quot;%1&quot; was lost on the way. Checking whether it was created…</source>
        <translation>Die Antwort der Konsole auf das Registrieren von „%1“ ging unterwegs verloren. Es wird geprüft, ob die Anwendung angelegt wurde…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was created, but the answer carrying its client secret was lost, so nobody has the secret. Regenerate it to get a new one (shown once, kept in the keychain).</source>
        <translation>„%1“ wurde angelegt, aber die Antwort mit dem Client-Secret ging verloren, daher hat niemand das Secret. Erzeugen Sie es neu, um ein neues zu erhalten (einmal angezeigt, im Schlüsselbund aufbewahrt).</translation>
    </message>
    <message>
        <source>&amp;Regenerate secret</source>
        <translation>Secret neu &amp;erzeugen</translation>
    </message>
    <message>
        <source>Regenerating the client secret of &quot;%1&quot;…</source>
        <translation>Client-Secret von „%1“ wird neu erzeugt…</translation>
    </message>
    <message>
        <source>An application named &quot;%1&quot; already exists on this console: created by %2 on %3, last signed in: %4. The console does not show that your request created it, so its client secret may be in use. Nothing new was registered.</source>
        <translation>Eine Anwendung namens „%1“ gibt es auf dieser Konsole bereits: angelegt von %2 (%3), zuletzt angemeldet: %4. Die Konsole zeigt nicht, dass Ihre Anfrage sie angelegt hat; ihr Client-Secret ist also vielleicht in Gebrauch. Es wurde nichts Neues registriert.</translation>
    </message>
    <message>
        <source>A service account named &quot;%1&quot; already exists on this console: created by %2 on %3, last signed in: %4. The console does not show that your request created it, so its client secret may be in use. Nothing new was registered.</source>
        <translation>Ein Dienstkonto namens „%1“ gibt es auf dieser Konsole bereits: angelegt von %2 (%3), zuletzt angemeldet: %4. Die Konsole zeigt nicht, dass Ihre Anfrage es angelegt hat; sein Client-Secret ist also vielleicht in Gebrauch. Es wurde nichts Neues registriert.</translation>
    </message>
    <message>
        <source>Re&amp;generate secret…</source>
        <translation>Secret neu &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Replace the secret of an application in use?</source>
        <translation>Das Secret einer Anwendung ersetzen, die in Gebrauch ist?</translation>
    </message>
    <message>
        <source>Replace the secret of a service account in use?</source>
        <translation>Das Secret eines Dienstkontos ersetzen, das in Gebrauch ist?</translation>
    </message>
    <message>
        <source>Regenerate the client secret of &lt;b&gt;%1&lt;/b&gt;, created by %2 on %3?&lt;br&gt;&lt;br&gt;Every program that uses this application&apos;s current secret stops working &lt;b&gt;at once&lt;/b&gt;, and stays locked out until it gets the new one. Do this only if you know nobody uses it.</source>
        <translation>Das Client-Secret von &lt;b&gt;%1&lt;/b&gt; neu erzeugen, angelegt von %2 (%3)?&lt;br&gt;&lt;br&gt;Jedes Programm, das das aktuelle Secret dieser Anwendung nutzt, funktioniert &lt;b&gt;sofort&lt;/b&gt; nicht mehr und bleibt ausgesperrt, bis es das neue erhält. Tun Sie das nur, wenn Sie wissen, dass niemand es nutzt.</translation>
    </message>
    <message>
        <source>Regenerate the client secret of &lt;b&gt;%1&lt;/b&gt;, created by %2 on %3?&lt;br&gt;&lt;br&gt;Every program that uses this service account&apos;s current secret stops working &lt;b&gt;at once&lt;/b&gt;, and stays locked out until it gets the new one. Do this only if you know nobody uses it.</source>
        <translation>Das Client-Secret von &lt;b&gt;%1&lt;/b&gt; neu erzeugen, angelegt von %2 (%3)?&lt;br&gt;&lt;br&gt;Jedes Programm, das das aktuelle Secret dieses Dienstkontos nutzt, funktioniert &lt;b&gt;sofort&lt;/b&gt; nicht mehr und bleibt ausgesperrt, bis es das neue erhält. Tun Sie das nur, wenn Sie wissen, dass niemand es nutzt.</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <source>The console&apos;s answer was lost and &quot;%1&quot; was not created. Nothing was registered: it is safe to try again.</source>
        <translation>Die Antwort der Konsole ging verloren, und „%1“ wurde nicht angelegt. Es wurde nichts registriert: Sie können es gefahrlos erneut versuchen.</translation>
    </message>
    <message>
        <source>The console&apos;s answer to registering &quot;%1&quot; was lost, and checking whether it was created failed too: %2 Check again before registering it again.</source>
        <translation>Die Antwort der Konsole auf das Registrieren von „%1“ ging verloren, und auch die Prüfung, ob die Anwendung angelegt wurde, ist gescheitert: %2 Prüfen Sie erneut, bevor Sie sie noch einmal registrieren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists, but a new client secret could not be made: %2</source>
        <translation>„%1“ existiert, aber es konnte kein neues Client-Secret erzeugt werden: %2</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, &apos;-&apos; and &apos;_&apos;. Starts with a letter and ends with a letter or digit.</source>
        <translation>Kleinbuchstaben, Ziffern, „-“ und „_“. Beginnt mit einem Buchstaben und endet mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a valid application name.</source>
        <translation>„%1“ ist ein gültiger Anwendungsname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a valid service account name.</source>
        <translation>„%1“ ist ein gültiger Dienstkontoname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an application name: %2</source>
        <translation>„%1“ kann kein Anwendungsname sein: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a service account name: %2</source>
        <translation>„%1“ kann kein Dienstkontoname sein: %2</translation>
    </message>
    <message>
        <source>Registering &quot;%1&quot;…</source>
        <translation>„%1“ wird registriert…</translation>
    </message>
    <message>
        <source>Register application</source>
        <translation>Anwendung registrieren</translation>
    </message>
    <message>
        <source>Register service account</source>
        <translation>Dienstkonto registrieren</translation>
    </message>
    <message>
        <source>An application named &quot;%1&quot; already exists on this console. Choose another name.</source>
        <translation>Auf dieser Konsole gibt es bereits eine Anwendung namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A service account named &quot;%1&quot; already exists on this console. Choose another name.</source>
        <translation>Auf dieser Konsole gibt es bereits ein Dienstkonto namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>Application &quot;%1&quot; registered.</source>
        <translation>Anwendung „%1“ registriert.</translation>
    </message>
    <message>
        <source>Service account &quot;%1&quot; registered.</source>
        <translation>Dienstkonto „%1“ registriert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a new client secret.</source>
        <translation>„%1“ hat ein neues Client-Secret.</translation>
    </message>
    <message>
        <source>no keychain is available.</source>
        <translation>es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>the console did not send a secret.</source>
        <translation>die Konsole hat kein Secret gesendet.</translation>
    </message>
    <message>
        <source>Saved in the %1. This program can show it and get tokens with it later.</source>
        <translation>Gespeichert in: %1. Dieses Programm kann es später anzeigen und damit Tokens holen.</translation>
    </message>
    <message>
        <source>Kept for this session only (no keychain is available): it is gone when the program quits.</source>
        <translation>Nur für diese Sitzung aufbewahrt (kein Schlüsselbund verfügbar): Beim Beenden des Programms ist es weg.</translation>
    </message>
    <message>
        <source>Application &quot;%1&quot; registered, but its client secret could not be saved in the keychain: %2</source>
        <translation>Anwendung „%1“ registriert, aber ihr Client-Secret konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Service account &quot;%1&quot; registered, but its client secret could not be saved in the keychain: %2</source>
        <translation>Dienstkonto „%1“ registriert, aber sein Client-Secret konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>runai::ApplicationTokenFlow</name>
    <message>
        <source>Reading the client secret of &quot;%1&quot; from the keychain…</source>
        <translation>Client-Secret von „%1“ wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>Das Client-Secret von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Getting a token for &quot;%1&quot; (client credentials)…</source>
        <translation>Token für „%1“ wird geholt (Client Credentials)…</translation>
    </message>
    <message>
        <source>Get application token</source>
        <translation>Anwendungstoken holen</translation>
    </message>
    <message>
        <source>Get service account token</source>
        <translation>Token des Dienstkontos holen</translation>
    </message>
    <message>
        <source>No token for &quot;%1&quot;: %2</source>
        <translation>Kein Token für „%1“: %2</translation>
    </message>
    <message>
        <source>The console issued a token to &quot;%1&quot;.</source>
        <translation>Die Konsole hat „%1“ ein Token ausgestellt.</translation>
    </message>
    <message>
        <source>Work as this application from now on, to see what it is allowed to do</source>
        <translation>Ab jetzt als diese Anwendung arbeiten, um zu sehen, was sie darf</translation>
    </message>
    <message>
        <source>Work as this service account from now on, to see what it is allowed to do</source>
        <translation>Ab jetzt als dieses Dienstkonto arbeiten, um zu sehen, was es darf</translation>
    </message>
    <message>
        <source>Switching to the identity of &quot;%1&quot;…</source>
        <translation>Wechsel zur Identität von „%1“…</translation>
    </message>
    <message>
        <source>You now work as &quot;%1&quot;. Lists and actions show what this application may do. Sign out to return.</source>
        <translation>Sie arbeiten jetzt als „%1“. Listen und Aktionen zeigen, was diese Anwendung darf. Melden Sie sich ab, um zurückzukehren.</translation>
    </message>
    <message>
        <source>You now work as &quot;%1&quot;. Lists and actions show what this service account may do. Sign out to return.</source>
        <translation>Sie arbeiten jetzt als „%1“. Listen und Aktionen zeigen, was dieses Dienstkonto darf. Melden Sie sich ab, um zurückzukehren.</translation>
    </message>
</context>
<context>
    <name>runai::ApplicationVerification</name>
    <message>
        <source>Verif&amp;y access…</source>
        <translation>Zugriff p&amp;rüfen…</translation>
    </message>
    <message>
        <source>Verify access</source>
        <translation>Zugriff prüfen</translation>
    </message>
    <message>
        <source>Check on the console what the selected application may do</source>
        <translation>Auf der Konsole prüfen, was die gewählte Anwendung darf</translation>
    </message>
    <message>
        <source>Check on the console what the selected service account may do</source>
        <translation>Auf der Konsole prüfen, was das gewählte Dienstkonto darf</translation>
    </message>
    <message>
        <source>Check what it can &amp;do now</source>
        <translation>Zugriff jetzt &amp;prüfen</translation>
    </message>
</context>
<context>
    <name>runai::ApplicationsModel</name>
    <message>
        <source>•••••••• (in keychain)</source>
        <translation>•••••••• (im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Not stored here</source>
        <translation>Hier nicht gespeichert</translation>
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
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>The client secret is saved in the system keychain. Select the application to show or copy it.</source>
        <translation>Das Client-Secret ist im Schlüsselbund des Systems gespeichert. Wählen Sie die Anwendung, um es anzuzeigen oder zu kopieren.</translation>
    </message>
    <message>
        <source>The console shows a client secret only once, when the application is registered. This program does not hold it.</source>
        <translation>Die Konsole zeigt ein Client-Secret nur einmal, beim Registrieren der Anwendung. Dieses Programm hat es nicht.</translation>
    </message>
    <message>
        <source>The application can obtain tokens.</source>
        <translation>Die Anwendung kann Tokens erhalten.</translation>
    </message>
    <message>
        <source>The application is disabled and cannot obtain tokens.</source>
        <translation>Die Anwendung ist deaktiviert und kann keine Tokens erhalten.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>•••••••• (this session)</source>
        <translation>•••••••• (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>The client secret is kept in memory for this session only. Select the application to show or copy it.</source>
        <translation>Das Client-Secret wird nur für diese Sitzung im Arbeitsspeicher gehalten. Wählen Sie die Anwendung aus, um es anzuzeigen oder zu kopieren.</translation>
    </message>
    <message>
        <source>The client secret is kept in memory for this session only. Select the service account to show or copy it.</source>
        <translation>Das Client-Secret wird nur für diese Sitzung im Arbeitsspeicher gehalten. Wählen Sie das Dienstkonto aus, um es anzuzeigen oder zu kopieren.</translation>
    </message>
    <message>
        <source>The client secret is saved in the system keychain. Select the service account to show or copy it.</source>
        <translation>Das Client-Secret ist im Schlüsselbund des Systems gespeichert. Wählen Sie das Dienstkonto, um es anzuzeigen oder zu kopieren.</translation>
    </message>
    <message>
        <source>The console shows a client secret only once, when the service account is registered. This program does not hold it.</source>
        <translation>Die Konsole zeigt ein Client-Secret nur einmal, beim Registrieren des Dienstkontos. Dieses Programm hat es nicht.</translation>
    </message>
    <message>
        <source>The service account can obtain tokens.</source>
        <translation>Das Dienstkonto kann Tokens erhalten.</translation>
    </message>
    <message>
        <source>The service account is disabled and cannot obtain tokens.</source>
        <translation>Das Dienstkonto ist deaktiviert und kann keine Tokens erhalten.</translation>
    </message>
</context>
<context>
    <name>runai::ApplicationsPage</name>
    <message>
        <source>Sign in to see the applications of a console.</source>
        <translation>Melden Sie sich an, um die Anwendungen einer Konsole zu sehen.</translation>
    </message>
    <message>
        <source>Register an application</source>
        <translation>Anwendung registrieren</translation>
    </message>
    <message>
        <source>Register a service account</source>
        <translation>Dienstkonto registrieren</translation>
    </message>
    <message>
        <source>Application &amp;name:</source>
        <translation>Anwendungs&amp;name:</translation>
    </message>
    <message>
        <source>Service account &amp;name:</source>
        <translation>Dienstkonto&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Register application</source>
        <translation>Anwendung &amp;registrieren</translation>
    </message>
    <message>
        <source>&amp;Register service account</source>
        <translation>Dienstkonto &amp;registrieren</translation>
    </message>
    <message>
        <source>Sign in as the selected application (client credentials) and show its access token</source>
        <translation>Als gewählte Anwendung anmelden (Client Credentials) und ihr Zugriffstoken anzeigen</translation>
    </message>
    <message>
        <source>Sign in as the selected service account (client credentials) and show its access token</source>
        <translation>Als gewähltes Dienstkonto anmelden (Client Credentials) und sein Zugriffstoken anzeigen</translation>
    </message>
</context>
<context>
    <name>runai::ApplicationsTable</name>
    <message>
        <source>Applications on this console (loading %1 of %2…)</source>
        <translation>Anwendungen auf dieser Konsole (%1 von %2 werden geladen…)</translation>
    </message>
    <message>
        <source>Service accounts on this console (loading %1 of %2…)</source>
        <translation>Dienstkonten auf dieser Konsole (%1 von %2 werden geladen…)</translation>
    </message>
    <message>
        <source>Name, client ID or creator</source>
        <translation>Name, Client-ID oder Ersteller</translation>
    </message>
    <message>
        <source>Filter r&amp;ows:</source>
        <translation>&amp;Zeilen filtern:</translation>
    </message>
    <message>
        <source>Save the applications as shown (visible columns, current order, every row) as a CSV file. Client secrets are never written.</source>
        <translation>Die Anwendungen so speichern, wie sie angezeigt werden (sichtbare Spalten, aktuelle Reihenfolge, alle Zeilen), als CSV-Datei. Client-Secrets werden nie geschrieben.</translation>
    </message>
    <message>
        <source>Save the service accounts as shown (visible columns, current order, every row) as a CSV file. Client secrets are never written.</source>
        <translation>Die Dienstkonten so speichern, wie sie angezeigt werden (sichtbare Spalten, aktuelle Reihenfolge, alle Zeilen), als CSV-Datei. Client-Secrets werden nie geschrieben.</translation>
    </message>
    <message>
        <source>Export Applications to CSV</source>
        <translation>Anwendungen als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Service Accounts to CSV</source>
        <translation>Dienstkonten als CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n application(s) to %1…</source>
        <translation>
            <numerusform>%n Anwendung wird nach %1 exportiert…</numerusform>
            <numerusform>%n Anwendungen werden nach %1 exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n service account(s) to %1…</source>
        <translation>
            <numerusform>%n Dienstkonto wird nach %1 exportiert…</numerusform>
            <numerusform>%n Dienstkonten werden nach %1 exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n application(s) to %1.</source>
        <translation>
            <numerusform>%n Anwendung nach %1 exportiert.</numerusform>
            <numerusform>%n Anwendungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n service account(s) to %1.</source>
        <translation>
            <numerusform>%n Dienstkonto nach %1 exportiert.</numerusform>
            <numerusform>%n Dienstkonten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The applications could not be exported to %1: %2</source>
        <translation>Die Anwendungen konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>The service accounts could not be exported to %1: %2</source>
        <translation>Die Dienstkonten konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Arrow keys choose an application; Enter gets a token for it; the context menu (Menu key) has more actions.</source>
        <translation>Pfeiltasten wählen eine Anwendung; die Eingabetaste holt ein Token für sie; das Kontextmenü (Menütaste) bietet weitere Aktionen.</translation>
    </message>
    <message>
        <source>Arrow keys choose a service account; Enter gets a token for it; the context menu (Menu key) has more actions.</source>
        <translation>Pfeiltasten wählen ein Dienstkonto; die Eingabetaste holt ein Token dafür; das Kontextmenü (Menütaste) bietet weitere Aktionen.</translation>
    </message>
    <message>
        <source>Stop reading the list; the applications shown so far stay (Esc)</source>
        <translation>Das Lesen der Liste abbrechen; die bisher angezeigten Anwendungen bleiben (Esc)</translation>
    </message>
    <message>
        <source>Stop reading the list; the service accounts shown so far stay (Esc)</source>
        <translation>Das Lesen der Liste abbrechen; die bisher angezeigten Dienstkonten bleiben (Esc)</translation>
    </message>
    <message>
        <source>Applications on this console (%1)</source>
        <translation>Anwendungen auf dieser Konsole (%1)</translation>
    </message>
    <message>
        <source>Service accounts on this console (%1)</source>
        <translation>Dienstkonten auf dieser Konsole (%1)</translation>
    </message>
    <message>
        <source>Applications on this console</source>
        <translation>Anwendungen auf dieser Konsole</translation>
    </message>
    <message>
        <source>Service accounts on this console</source>
        <translation>Dienstkonten auf dieser Konsole</translation>
    </message>
    <message>
        <source>Loading applications…</source>
        <translation>Anwendungen werden geladen…</translation>
    </message>
    <message>
        <source>Loading service accounts…</source>
        <translation>Dienstkonten werden geladen…</translation>
    </message>
    <message>
        <source>The applications could not be loaded. %1</source>
        <translation>Die Anwendungen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>The service accounts could not be loaded. %1</source>
        <translation>Die Dienstkonten konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>The applications could not be loaded (see the message above).
This list is unknown, not empty. It loads again as soon as you are signed in again.</source>
        <translation>Die Anwendungen konnten nicht geladen werden (siehe die Meldung oben).
Diese Liste ist unbekannt, nicht leer. Sie wird neu geladen, sobald Sie wieder angemeldet sind.</translation>
    </message>
    <message>
        <source>The service accounts could not be loaded (see the message above).
This list is unknown, not empty. It loads again as soon as you are signed in again.</source>
        <translation>Die Dienstkonten konnten nicht geladen werden (siehe die Meldung oben).
Diese Liste ist unbekannt, nicht leer. Sie wird neu geladen, sobald Sie wieder angemeldet sind.</translation>
    </message>
    <message>
        <source>The applications could not be loaded (see the message above).
This list is unknown, not empty. Press Refresh (F5) to try again.</source>
        <translation>Die Anwendungen konnten nicht geladen werden (siehe Meldung oben).
Diese Liste ist unbekannt, nicht etwa leer. Drücken Sie Aktualisieren (F5), um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The service accounts could not be loaded (see the message above).
This list is unknown, not empty. Press Refresh (F5) to try again.</source>
        <translation>Die Dienstkonten konnten nicht geladen werden (siehe Meldung oben).
Diese Liste ist unbekannt, nicht etwa leer. Drücken Sie Aktualisieren (F5), um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>This console has no applications yet. Register one above.</source>
        <translation>Diese Konsole hat noch keine Anwendungen. Registrieren Sie oben eine.</translation>
    </message>
    <message>
        <source>This console has no service accounts yet. Register one above.</source>
        <translation>Diese Konsole hat noch keine Dienstkonten. Registrieren Sie oben eines.</translation>
    </message>
    <message>
        <source>No applications match &quot;%1&quot;.</source>
        <translation>Keine Anwendung passt zu „%1“.</translation>
    </message>
    <message>
        <source>No service accounts match &quot;%1&quot;.</source>
        <translation>Kein Dienstkonto passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>runai::BoundedFile</name>
    <message>
        <source>%1 is not a regular file (it is a pipe, a device or a folder); choose a file.</source>
        <translation>%1 ist keine normale Datei (sondern eine Pipe, ein Gerät oder ein Ordner); wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 and was not read.</source>
        <translation>%1 ist größer als %2 und wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>runai::CertificateDialog</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>(none reported)</source>
        <translation>(keine gemeldet)</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: it was issued by a certificate authority (CA) this computer does not know, such as your company&apos;s private CA. Compare the fingerprint below with the one your administrator gives you. If they match, import the CA certificate (a PEM file) for this console; it is then used for this console together with the system&apos;s trusted CAs.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: Es wurde von einer Zertifizierungsstelle (CA) ausgestellt, die dieser Computer nicht kennt, etwa der privaten CA Ihrer Firma. Vergleichen Sie den Fingerabdruck unten mit dem, den Ihnen Ihr Administrator nennt. Stimmen sie überein, importieren Sie das CA-Zertifikat (eine PEM-Datei) für diese Konsole; es wird dann für diese Konsole zusammen mit den vertrauenswürdigen CAs des Systems verwendet.</translation>
    </message>
    <message>
        <source>Import CA Certificate</source>
        <translation>CA-Zertifikat importieren</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 holds no certificate. Choose a PEM file that begins with “-----BEGIN CERTIFICATE-----”.</source>
        <translation>%1 enthält kein Zertifikat. Wählen Sie eine PEM-Datei, die mit „-----BEGIN CERTIFICATE-----“ beginnt.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be accepted: it has expired (or is not valid yet). Importing a CA would not fix that. Ask the console&apos;s administrator to renew the certificate, and check the date and time of this computer.</source>
        <translation>Das Zertifikat von %1 kann nicht akzeptiert werden: Es ist abgelaufen (oder noch nicht gültig). Das Importieren einer CA würde daran nichts ändern. Bitten Sie den Administrator der Konsole, das Zertifikat zu erneuern, und prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be accepted: it was issued for another host name, so this may not be the console you meant, or the connection is being intercepted. Importing a CA would not fix that. Check the console address, or ask the console&apos;s administrator to correct the certificate.</source>
        <translation>Das Zertifikat von %1 kann nicht akzeptiert werden: Es wurde für einen anderen Hostnamen ausgestellt; vielleicht ist das nicht die gemeinte Konsole, oder die Verbindung wird abgehört. Das Importieren einer CA würde daran nichts ändern. Prüfen Sie die Adresse der Konsole, oder bitten Sie den Administrator der Konsole, das Zertifikat zu berichtigen.</translation>
    </message>
</context>
<context>
    <name>runai::ClientSecretDialog</name>
    <message>
        <source>The keychain does not hold the client secret of &lt;b&gt;%1&lt;/b&gt;. Paste it to get a token; it is used once and not saved.</source>
        <translation>Der Schlüsselbund enthält das Client-Secret von &lt;b&gt;%1&lt;/b&gt; nicht. Fügen Sie es ein, um ein Token zu holen; es wird einmal verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>&amp;Get token</source>
        <translation>&amp;Token holen</translation>
    </message>
</context>
<context>
    <name>runai::ConfirmationDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>runai::ConsoleCapabilities</name>
    <message>
        <source>Run:ai API generation not detected yet</source>
        <translation>Run:ai-API-Generation noch nicht erkannt</translation>
    </message>
    <message>
        <source>service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <source>applications with client IDs</source>
        <translation>Anwendungen mit Client-IDs</translation>
    </message>
    <message>
        <source>applications (app tokens)</source>
        <translation>Anwendungen (App-Tokens)</translation>
    </message>
    <message>
        <source>access keys</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>OAuth2 tokens</source>
        <translation>OAuth2-Tokens</translation>
    </message>
    <message>
        <source>Run:ai %1 API</source>
        <translation>Run:ai-%1-API</translation>
    </message>
    <message>
        <source>Run:ai %1 API: %2</source>
        <translation>Run:ai-%1-API: %2</translation>
    </message>
    <message>
        <source>(pinned in the profile)</source>
        <translation>(im Profil festgelegt)</translation>
    </message>
</context>
<context>
    <name>runai::CredentialExport</name>
    <message>
        <source>.env file (environment variables)</source>
        <translation>.env-Datei (Umgebungsvariablen)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Kubernetes Secret manifest (YAML)</source>
        <translation>Kubernetes-Secret-Manifest (YAML)</translation>
    </message>
    <message>
        <source>runai CLI login (the secret read from a file)</source>
        <translation>runai-CLI-Anmeldung (Secret aus einer Datei gelesen)</translation>
    </message>
    <message>
        <source>No command line holds the secret: programs read this file (docker compose --env-file, python-dotenv). Do not pass the value with -e on a command line.</source>
        <translation>Keine Befehlszeile enthält das Secret: Programme lesen diese Datei (docker compose --env-file, python-dotenv). Übergeben Sie den Wert nicht mit -e auf einer Befehlszeile.</translation>
    </message>
    <message>
        <source>No command line holds the secret: programs read this file.</source>
        <translation>Keine Befehlszeile enthält das Secret: Programme lesen diese Datei.</translation>
    </message>
    <message>
        <source>Apply it with kubectl apply -f and the file name: the secret stays in the file, off the command line (kubectl create secret --from-literal would put it there).</source>
        <translation>Wenden Sie es mit kubectl apply -f und dem Dateinamen an: Das Secret bleibt in der Datei, nicht auf der Befehlszeile (kubectl create secret --from-literal würde es dorthin setzen).</translation>
    </message>
    <message>
        <source>The secret is never an argument of a command (visible in the process list): printf is a shell builtin and the CLI reads the secret from the file. Pasted into a terminal, the line that writes the file can stay in the shell history unless the shell skips lines starting with a space (bash: HISTCONTROL=ignorespace): save it and run it as a script instead.</source>
        <translation>Das Secret ist nie Argument eines Befehls (in der Prozessliste sichtbar): printf ist ein Shell-Builtin, und die CLI liest das Secret aus der Datei. In ein Terminal eingefügt, kann die Zeile, die die Datei schreibt, in der Shell-Historie bleiben, außer die Shell überspringt Zeilen, die mit einem Leerzeichen beginnen (bash: HISTCONTROL=ignorespace): Speichern Sie es besser und führen Sie es als Skript aus.</translation>
    </message>
</context>
<context>
    <name>runai::CredentialExportDialog</name>
    <message>
        <source>Export the credentials of %1</source>
        <translation>Zugangsdaten von %1 exportieren</translation>
    </message>
    <message>
        <source>The console URL, Client ID and Client secret of &lt;b&gt;%1&lt;/b&gt;, ready for a pipeline, a cluster or the &lt;tt&gt;runai&lt;/tt&gt; CLI.</source>
        <translation>Konsolen-URL, Client-ID und Client-Secret von &lt;b&gt;%1&lt;/b&gt;, bereit für eine Pipeline, einen Cluster oder die &lt;tt&gt;runai&lt;/tt&gt;-CLI.</translation>
    </message>
    <message numerus="yes">
        <source>Whoever reads this text can act as %1. The clipboard is cleared after %n second(s); a saved file is readable by you only. Delete it when it has served.</source>
        <translation>
            <numerusform>Wer diesen Text liest, kann als %1 handeln. Die Zwischenablage wird nach %n Sekunde geleert; eine gespeicherte Datei ist nur für Sie lesbar. Löschen Sie sie, wenn sie nicht mehr gebraucht wird.</numerusform>
            <numerusform>Wer diesen Text liest, kann als %1 handeln. Die Zwischenablage wird nach %n Sekunden geleert; eine gespeicherte Datei ist nur für Sie lesbar. Löschen Sie sie, wenn sie nicht mehr gebraucht wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the secret in the preview</source>
        <translation>Secret in der Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save to file</source>
        <translation>In Datei speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Copied (%1). The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert (%1). Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert (%1). Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the secret to a file?</source>
        <translation>Secret in eine Datei speichern?</translation>
    </message>
    <message>
        <source>The file will hold the client secret of &lt;b&gt;%1&lt;/b&gt; in plain text. Anyone who can read it can act as this application.&lt;br&gt;&lt;br&gt;It is written readable by you only (permissions 0600). Keep it out of version control and delete it when done.</source>
        <translation>Die Datei enthält das Client-Secret von &lt;b&gt;%1&lt;/b&gt; im Klartext. Wer sie lesen kann, kann als diese Anwendung handeln.&lt;br&gt;&lt;br&gt;Sie wird nur für Sie lesbar geschrieben (Rechte 0600). Halten Sie sie aus der Versionsverwaltung heraus und löschen Sie sie, wenn sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Save the credentials of %1</source>
        <translation>Zugangsdaten von %1 speichern</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation>Gespeichert in %1 (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>The file will hold the client secret of &lt;b&gt;%1&lt;/b&gt; in plain text. Anyone who can read it can act as this service account.&lt;br&gt;&lt;br&gt;It is written readable by you only (permissions 0600). Keep it out of version control and delete it when done.</source>
        <translation>Die Datei enthält das Client-Secret von &lt;b&gt;%1&lt;/b&gt; im Klartext. Wer sie lesen kann, kann als dieses Dienstkonto handeln.&lt;br&gt;&lt;br&gt;Sie wird nur für Sie lesbar geschrieben (Rechte 0600). Halten Sie sie aus der Versionsverwaltung heraus und löschen Sie sie, wenn sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard (cleared soon)</source>
        <translation>In die Zwischenablage &amp;kopieren (bald geleert)</translation>
    </message>
</context>
<context>
    <name>runai::DesktopIntegration</name>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;Neue Anwendung</translation>
    </message>
    <message>
        <source>Get &amp;token</source>
        <translation>&amp;Token holen</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>Benutzer an&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation>Benutzer &amp;suchen</translation>
    </message>
    <message>
        <source>Arrow keys choose a user; the context menu (Menu key) has more actions.</source>
        <translation>Pfeiltasten wählen einen Benutzer; das Kontextmenü (Menütaste) bietet weitere Aktionen.</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>Ansi&amp;cht</translation>
    </message>
    <message>
        <source>&amp;Export Table to CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>runai::GrantAccessDialog</name>
    <message>
        <source>Grant access to %1</source>
        <translation>Zugriff für %1 gewähren</translation>
    </message>
    <message>
        <source>Add an access rule for %1</source>
        <translation>Zugriffsregel für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Give &lt;b&gt;%1&lt;/b&gt; a role on a scope.</source>
        <translation>Geben Sie &lt;b&gt;%1&lt;/b&gt; eine Rolle in einem Geltungsbereich.</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Gewähren</translation>
    </message>
    <message>
        <source>Grant the role</source>
        <translation>Rolle vergeben</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tenant (the whole account)</source>
        <translation>Mandant (das ganze Konto)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Rollen werden geladen…</translation>
    </message>
    <message>
        <source>Roles could not be loaded</source>
        <translation>Rollen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The roles could not be loaded. %1</source>
        <translation>Die Rollen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation>Rolle wählen…</translation>
    </message>
    <message>
        <source>The ID of your Run:ai tenant (account).</source>
        <translation>Die ID Ihres Run:ai-Mandanten (Kontos).</translation>
    </message>
    <message>
        <source>The ID of your Run:ai tenant; this console&apos;s is %1.</source>
        <translation>Die ID Ihres Run:ai-Mandanten; die dieser Konsole ist %1.</translation>
    </message>
    <message>
        <source>Everything on the control plane. Use the ID your Run:ai console shows for the system scope.</source>
        <translation>Alles auf der Steuerungsebene. Verwenden Sie die ID, die Ihre Run:ai-Konsole für den System-Geltungsbereich anzeigt.</translation>
    </message>
    <message>
        <source>The cluster&apos;s UUID, as the console&apos;s Clusters page shows it.</source>
        <translation>Die UUID des Clusters, wie sie die Seite „Clusters“ der Konsole zeigt.</translation>
    </message>
    <message>
        <source>The department&apos;s ID, as the console&apos;s Departments page shows it.</source>
        <translation>Die ID der Abteilung, wie sie die Seite „Departments“ der Konsole zeigt.</translation>
    </message>
    <message>
        <source>The project&apos;s ID, as the console&apos;s Projects page shows it.</source>
        <translation>Die ID des Projekts, wie sie die Seite „Projects“ der Konsole zeigt.</translation>
    </message>
    <message>
        <source>Choose a role and enter the scope&apos;s ID.</source>
        <translation>Wählen Sie eine Rolle und geben Sie die ID des Geltungsbereichs ein.</translation>
    </message>
    <message>
        <source>Granting %1 to %2…</source>
        <translation>%1 wird an %2 vergeben…</translation>
    </message>
    <message>
        <source>%1 already has this role on this scope.</source>
        <translation>%1 hat diese Rolle in diesem Geltungsbereich bereits.</translation>
    </message>
    <message>
        <source>The console no longer knows this role or %1 (deleted meanwhile?).</source>
        <translation>Die Konsole kennt diese Rolle oder %1 nicht mehr (inzwischen gelöscht?).</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no access rule yet, so every call it makes is refused (403). Give it a role on a scope now, or later with &lt;i&gt;Access rules&lt;/i&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat noch keine Zugriffsregel, daher wird jeder Aufruf abgelehnt (403). Vergeben Sie jetzt eine Rolle in einem Geltungsbereich oder später mit &lt;i&gt;Zugriffsregeln&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no access rule yet: after signing in they can see and do nothing. Give them a role on a scope now, or later with &lt;i&gt;Access rules&lt;/i&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat noch keine Zugriffsregel: Nach der Anmeldung kann der Benutzer nichts sehen und nichts tun. Vergeben Sie jetzt eine Rolle in einem Geltungsbereich oder später mit &lt;i&gt;Zugriffsregeln&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Grant access rule</source>
        <translation>Zugriffsregel vergeben</translation>
    </message>
</context>
<context>
    <name>runai::InputValidation</name>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The name must start with a lower-case letter (a-z).</source>
        <translation>Der Name muss mit einem Kleinbuchstaben (a–z) beginnen.</translation>
    </message>
    <message>
        <source>Use lower-case letters only.</source>
        <translation>Verwenden Sie nur Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>The name cannot contain spaces.</source>
        <translation>Der Name darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The name can only contain lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (not &quot;%1&quot;).</source>
        <translation>Der Name darf nur Kleinbuchstaben, Ziffern, „-“ und „_“ enthalten (nicht „%1“).</translation>
    </message>
    <message>
        <source>The name must be at least two characters long.</source>
        <translation>Der Name muss mindestens zwei Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The name must end with a lower-case letter or a digit.</source>
        <translation>Der Name muss mit einem Kleinbuchstaben oder einer Ziffer enden.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The e-mail address cannot contain spaces.</source>
        <translation>Die E-Mail-Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>An e-mail address needs an &apos;@&apos;.</source>
        <translation>Eine E-Mail-Adresse braucht ein „@“.</translation>
    </message>
    <message>
        <source>An e-mail address has only one &apos;@&apos;.</source>
        <translation>Eine E-Mail-Adresse hat nur ein „@“.</translation>
    </message>
    <message>
        <source>Enter the part before the &apos;@&apos;.</source>
        <translation>Geben Sie den Teil vor dem „@“ ein.</translation>
    </message>
    <message>
        <source>The part before the &apos;@&apos; may only contain letters, digits and . _ % + -</source>
        <translation>Der Teil vor dem „@“ darf nur Buchstaben, Ziffern und . _ % + - enthalten</translation>
    </message>
    <message>
        <source>Enter the domain after the &apos;@&apos;.</source>
        <translation>Geben Sie die Domain nach dem „@“ ein.</translation>
    </message>
    <message>
        <source>The domain after the &apos;@&apos; must look like example.com.</source>
        <translation>Die Domain nach dem „@“ muss wie example.com aussehen.</translation>
    </message>
    <message>
        <source>Enter the console address, for example console.example.com.</source>
        <translation>Geben Sie die Adresse der Konsole ein, zum Beispiel console.example.com.</translation>
    </message>
    <message>
        <source>The address cannot contain spaces.</source>
        <translation>Die Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The address is not valid.</source>
        <translation>Die Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>The address is not valid: %1</source>
        <translation>Die Adresse ist ungültig: %1</translation>
    </message>
    <message>
        <source>Use an https:// address (&quot;%1&quot; is not supported).</source>
        <translation>Verwenden Sie eine https://-Adresse („%1“ wird nicht unterstützt).</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address.</source>
        <translation>Schreiben Sie keinen Benutzernamen und kein Passwort in die Adresse.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The address cannot contain a query (&apos;?…&apos;).</source>
        <translation>Die Adresse darf keine Abfrage („?…“) enthalten.</translation>
    </message>
    <message>
        <source>The address cannot contain a fragment (&apos;#…&apos;).</source>
        <translation>Die Adresse darf kein Fragment („#…“) enthalten.</translation>
    </message>
    <message>
        <source>The address contains characters that cannot be part of it.</source>
        <translation>Die Adresse enthält Zeichen, die nicht Teil einer Adresse sein können.</translation>
    </message>
    <message>
        <source>The address is not valid: an IPv6 zone id cannot be used.</source>
        <translation>Die Adresse ist ungültig: Eine IPv6-Zonen-ID kann nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>runai::KeychainFallbackOffer</name>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>One secret could not be saved.</source>
        <translation>Ein Secret konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 secrets could not be saved.</source>
        <translation>%1 Secrets konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Keep secrets for this session only (in memory, never on disk), or fix the keychain and try again.</source>
        <translation>Behalten Sie Secrets nur für diese Sitzung (im Arbeitsspeicher, nie auf der Festplatte), oder beheben Sie das Problem mit dem Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Secrets can be kept for this session only (in memory, never on disk).</source>
        <translation>Secrets können nur für diese Sitzung behalten werden (im Arbeitsspeicher, nie auf der Festplatte).</translation>
    </message>
    <message>
        <source>Keep secrets for this session only</source>
        <translation>Secrets nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Secrets are now kept in memory for this session only: nothing is written to disk, and they are forgotten when you quit.</source>
        <translation>Secrets werden jetzt nur für diese Sitzung im Arbeitsspeicher gehalten: Nichts wird auf die Festplatte geschrieben, und beim Beenden sind sie vergessen.</translation>
    </message>
    <message>
        <source>The secret that could not be saved is kept.</source>
        <translation>Das Secret, das nicht gespeichert werden konnte, wird behalten.</translation>
    </message>
    <message>
        <source>The %1 secrets that could not be saved are kept.</source>
        <translation>Die %1 Secrets, die nicht gespeichert werden konnten, werden behalten.</translation>
    </message>
    <message>
        <source>Secrets: this session only</source>
        <translation>Secrets: nur diese Sitzung</translation>
    </message>
    <message>
        <source>The system keychain could not be used. Secrets are kept in memory until the program quits.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden. Secrets bleiben im Arbeitsspeicher, bis das Programm beendet wird.</translation>
    </message>
</context>
<context>
    <name>runai::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>Secret Service (%1)</source>
        <translation>Secret Service (%1)</translation>
    </message>
    <message>
        <source>system keychain (Secret Service)</source>
        <translation>Schlüsselbund des Systems (Secret Service)</translation>
    </message>
</context>
<context>
    <name>runai::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>The language changes to %1 when you start the program again.</source>
        <translation>Die Sprache wechselt zu %1, wenn Sie das Programm das nächste Mal starten.</translation>
    </message>
</context>
<context>
    <name>runai::LostCreateCheck</name>
    <message>
        <source>Regenerate client secret</source>
        <translation>Client-Secret neu erzeugen</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Regenerate access key secret</source>
        <translation>Secret des Zugriffsschlüssels neu erzeugen</translation>
    </message>
</context>
<context>
    <name>runai::LostCreateRecovery</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
</context>
<context>
    <name>runai::MainWindow</name>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Anwendungen</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Your session could not be renewed: %1</source>
        <translation>Ihre Sitzung konnte nicht verlängert werden: %1</translation>
    </message>
    <message>
        <source>Run:ai Access Console</source>
        <translation>Run:ai Access Console</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <source>%1 — Run:ai Access Console</source>
        <translation>%1 — Run:ai Access Console</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message numerus="yes">
        <source>Secret on the clipboard: cleared in %n s</source>
        <translation>
            <numerusform>Secret in der Zwischenablage: wird in %n s geleert</numerusform>
            <numerusform>Secret in der Zwischenablage: wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Token inspector…</source>
        <translation>&amp;Token-Inspektor…</translation>
    </message>
    <message>
        <source>Activity &amp;log</source>
        <translation>Aktivitäts&amp;protokoll</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Akti&amp;vitäten</translation>
    </message>
    <message>
        <source>Sign in to see the activity log.</source>
        <translation>Melden Sie sich an, um das Aktivitätsprotokoll zu sehen.</translation>
    </message>
    <message>
        <source>Signed out: profile “%1” is now active.</source>
        <translation>Abgemeldet: Das Profil „%1“ ist jetzt aktiv.</translation>
    </message>
    <message>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Profil: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Active profile: %1</source>
        <translation>Aktives Profil: %1</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>Dienstkonto %1</translation>
    </message>
    <message>
        <source>Service &amp;accounts</source>
        <translation>Dienstk&amp;onten</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;Neue Anwendung</translation>
    </message>
    <message>
        <source>&amp;New service account</source>
        <translation>&amp;Neues Dienstkonto</translation>
    </message>
    <message>
        <source>&amp;Network log…</source>
        <translation>&amp;Netzwerkprotokoll…</translation>
    </message>
    <message>
        <source>Access &amp;keys</source>
        <translation>Z&amp;ugriffsschlüssel</translation>
    </message>
    <message>
        <source>Your session needs renewing. The connection to %1 is not encrypted (http://), so a password saved in the keychain is not sent by itself: type it to continue.</source>
        <translation>Ihre Sitzung muss erneuert werden. Die Verbindung zu %1 ist nicht verschlüsselt (http://), daher wird ein im Schlüsselbund gespeichertes Passwort nicht von selbst gesendet: Geben Sie es ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
</context>
<context>
    <name>runai::MemorySecretStore</name>
    <message>
        <source>this session only (memory)</source>
        <translation>nur diese Sitzung (Arbeitsspeicher)</translation>
    </message>
</context>
<context>
    <name>runai::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>runai::NetworkLogDialog</name>
    <message>
        <source>Network log</source>
        <translation>Netzwerkprotokoll</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Path, status, message…</source>
        <translation>Pfad, Status, Meldung…</translation>
    </message>
    <message>
        <source>Filter the network log</source>
        <translation>Netzwerkprotokoll filtern</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>Nur F&amp;ehler</translation>
    </message>
    <message>
        <source>Show failed calls only</source>
        <translation>Nur fehlgeschlagene Aufrufe anzeigen</translation>
    </message>
    <message>
        <source>Calls to the console</source>
        <translation>Aufrufe an die Konsole</translation>
    </message>
    <message>
        <source>&amp;Save for a bug report…</source>
        <translation>Für einen Fehlerbericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the network log for a bug report</source>
        <translation>Netzwerkprotokoll für einen Fehlerbericht speichern</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the network log</source>
        <translation>Netzwerkprotokoll leeren</translation>
    </message>
    <message>
        <source>Calls in this run: %1 (the last %2 are kept). No request or answer bodies, no headers, no password, secret or token are recorded.</source>
        <translation>Aufrufe in diesem Programmlauf: %1 (die letzten %2 werden behalten). Aufgezeichnet werden keine Inhalte von Anfragen oder Antworten, keine Header und keine Passwörter, Secrets oder Tokens.</translation>
    </message>
    <message>
        <source>Shown: %1.</source>
        <translation>Angezeigt: %1.</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saving the network log to %1…</source>
        <translation>Netzwerkprotokoll wird in %1 gespeichert…</translation>
    </message>
    <message>
        <source>The network log could not be saved to %1: %2</source>
        <translation>Das Netzwerkprotokoll konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Network log saved to %1 (%2 calls), readable only by you. It holds no bodies, headers, passwords, secrets or tokens; its paths and messages may name users and applications, so read it before you attach it to a bug report.</source>
        <translation>Netzwerkprotokoll in %1 gespeichert (%2 Aufrufe), nur für Sie lesbar. Es enthält keine Inhalte, Header, Passwörter, Secrets oder Tokens; seine Pfade und Meldungen können aber Benutzer und Anwendungen nennen. Lesen Sie es daher, bevor Sie es an einen Fehlerbericht anhängen.</translation>
    </message>
</context>
<context>
    <name>runai::NetworkLogModel</name>
    <message>
        <source>(try %1)</source>
        <translation>(Versuch %1)</translation>
    </message>
    <message>
        <source>(after renewal)</source>
        <translation>(nach Verlängerung)</translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation>Aufruf %1: %2</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation>Meldung des Servers</translation>
    </message>
</context>
<context>
    <name>runai::ObjectNoun</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
</context>
<context>
    <name>runai::ProfileController</name>
    <message>
        <source>The proxy password could not be read from the keychain: %1</source>
        <translation>Das Proxy-Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>A proxy password needs the console URL, the proxy host and the proxy user.</source>
        <translation>Ein Proxy-Passwort braucht die Konsolen-URL, den Proxy-Host und den Proxy-Benutzer.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Keychain entries to remove: %1</source>
        <translation>Zu entfernende Schlüsselbund-Einträge: %1</translation>
    </message>
    <message>
        <source>CA certificate saved for profile “%1”.</source>
        <translation>CA-Zertifikat für das Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The CA certificate could not be saved: %1</source>
        <translation>Das CA-Zertifikat konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your choice about the unencrypted connection could not be saved: %1</source>
        <translation>Ihre Wahl zur unverschlüsselten Verbindung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The CA bundle of profile “%1” was not used: %2</source>
        <translation>Das CA-Bundle des Profils „%1“ wurde nicht verwendet: %2</translation>
    </message>
</context>
<context>
    <name>runai::ProfileForm</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>https://console.example.com</source>
        <translation>https://console.example.com</translation>
    </message>
    <message>
        <source>Console &amp;URL:</source>
        <translation>Konsolen-&amp;URL:</translation>
    </message>
    <message>
        <source>Optional: a PEM file of CA certificates</source>
        <translation>Optional: eine PEM-Datei mit CA-Zertifikaten</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>CA-Bündel-Datei wählen</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>Or paste -----BEGIN CERTIFICATE----- … here</source>
        <translation>Oder -----BEGIN CERTIFICATE----- … hier einfügen</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>CA &amp;PEM:</source>
        <translation>CA-&amp;PEM:</translation>
    </message>
    <message>
        <source>System settings (honours HTTPS_PROXY / NO_PROXY)</source>
        <translation>Systemeinstellungen (beachtet HTTPS_PROXY / NO_PROXY)</translation>
    </message>
    <message>
        <source>No proxy (connect directly)</source>
        <translation>Kein Proxy (direkt verbinden)</translation>
    </message>
    <message>
        <source>Manual HTTP proxy</source>
        <translation>Manueller HTTP-Proxy</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>Proxy-&amp;Host:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Proxy us&amp;er:</source>
        <translation>Proxy-B&amp;enutzer:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Remember the email</source>
        <translation>E-Mail-Adresse merken</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Run:ai %1</source>
        <translation>Run:ai %1</translation>
    </message>
    <message>
        <source>Which Run:ai API the console speaks. Detected after each sign-in by asking which endpoints exist; pin a generation only when detection goes wrong, for example behind a gateway that answers every path.</source>
        <translation>Welche Run:ai-API die Konsole spricht. Wird nach jeder Anmeldung erkannt, indem abgefragt wird, welche Endpunkte es gibt; legen Sie eine Generation nur fest, wenn die Erkennung falsch liegt, zum Beispiel hinter einem Gateway, das auf jeden Pfad antwortet.</translation>
    </message>
    <message>
        <source>&amp;API generation:</source>
        <translation>&amp;API-Generation:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Optional; kept in the system keychain</source>
        <translation>Optional; wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>Detect automatically (last found: Run:ai %1)</source>
        <translation>Automatisch erkennen (zuletzt erkannt: Run:ai %1)</translation>
    </message>
    <message>
        <source>The console URL is not valid: %1</source>
        <translation>Die Konsolen-URL ist ungültig: %1</translation>
    </message>
    <message>
        <source>The CA file cannot be used: %1</source>
        <translation>Die CA-Datei kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The pasted CA PEM holds a %1 block. Only CERTIFICATE blocks belong here: remove the rest (a private key is never saved with a profile).</source>
        <translation>Das eingefügte CA-PEM enthält einen %1-Block. Hierher gehören nur CERTIFICATE-Blöcke: Entfernen Sie den Rest (ein privater Schlüssel wird nie mit einem Profil gespeichert).</translation>
    </message>
    <message>
        <source>The pasted CA certificates are not valid: %1</source>
        <translation>Die eingefügten CA-Zertifikate sind ungültig: %1</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein oder wählen Sie eine andere Proxy-Einstellung.</translation>
    </message>
    <message>
        <source>A proxy password needs a manual proxy, a proxy user and the console URL (it is kept in the keychain under that console).</source>
        <translation>Ein Proxy-Passwort braucht einen manuell eingestellten Proxy, einen Proxy-Benutzer und die Konsolen-URL (es wird im Schlüsselbund unter dieser Konsole abgelegt).</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>CA-Bündel wählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>runai::ProfileMenu</name>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <source>Profi&amp;les</source>
        <translation>Profi&amp;le</translation>
    </message>
</context>
<context>
    <name>runai::ProfileStore</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The last profile cannot be deleted.</source>
        <translation>Das letzte Profil kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>runai::ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <source>Add, edit or delete profiles</source>
        <translation>Profile hinzufügen, bearbeiten oder löschen</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>runai::ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>A profile is one console with its own address, certificates, proxy and remembered email. Passwords and secrets stay in the system keychain, shared by the profiles of the same console.</source>
        <translation>Ein Profil ist eine Konsole mit eigener Adresse, eigenen Zertifikaten, eigenem Proxy und gemerkter E-Mail-Adresse. Passwörter und Secrets bleiben im Schlüsselbund des Systems; Profile derselben Konsole teilen sie sich.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Use this p&amp;rofile</source>
        <translation>Dieses P&amp;rofil verwenden</translation>
    </message>
    <message>
        <source>Profile “%1” deleted, but some keychain entries could not be removed: %2</source>
        <translation>Profil „%1“ gelöscht, aber einige Schlüsselbund-Einträge konnten nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Fill in the new profile and press Save.</source>
        <translation>Füllen Sie das neue Profil aus und klicken Sie auf Speichern.</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <source>Update profile</source>
        <translation>Profil aktualisieren</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its proxy password is in the system keychain.</source>
        <translation>Profil „%1“ gespeichert; sein Proxy-Passwort liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Profile “%1” saved, but the proxy password could not be stored: %2</source>
        <translation>Profil „%1“ gespeichert, aber das Proxy-Passwort konnte nicht abgelegt werden: %2</translation>
    </message>
    <message>
        <source>Its console&apos;s saved passwords and secrets stay in the keychain, because profile “%1” uses the same console.</source>
        <translation>Die gespeicherten Passwörter und Secrets seiner Konsole bleiben im Schlüsselbund, weil das Profil „%1“ dieselbe Konsole verwendet.</translation>
    </message>
    <message>
        <source>No password or secret of this profile is in the keychain.</source>
        <translation>Kein Passwort und kein Secret dieses Profils liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>Speichern Sie zuerst das Profil.</translation>
    </message>
    <message>
        <source>Profile “%1” deleted; keychain entries removed: %2.</source>
        <translation>Profil „%1“ gelöscht; entfernte Schlüsselbund-Einträge: %2.</translation>
    </message>
    <message>
        <source>The saved passwords and secrets of %1 (%2 in all) will be removed from the system keychain.</source>
        <translation>Die gespeicherten Passwörter und Secrets von %1 (insgesamt %2) werden aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
</context>
<context>
    <name>runai::ReauthDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Your session on &lt;b&gt;%1&lt;/b&gt; has expired and could not be renewed. Sign in again as &lt;b&gt;%2&lt;/b&gt; to carry on: everything you typed stays where it is.</source>
        <translation>Ihre Sitzung auf &lt;b&gt;%1&lt;/b&gt; ist abgelaufen und konnte nicht verlängert werden. Melden Sie sich erneut als &lt;b&gt;%2&lt;/b&gt; an, um weiterzuarbeiten: Alles, was Sie eingegeben haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>runai::ReviewChangeFlow</name>
    <message>
        <source>and %1 more (Show Details… lists them all)</source>
        <translation>und %1 weitere („Details einblenden…“ listet alle auf)</translation>
    </message>
    <message>
        <source>Whatever signs in with them is refused until they are enabled again.</source>
        <translation>Alles, was sich damit anmeldet, wird abgewiesen, bis sie wieder aktiviert sind.</translation>
    </message>
    <message>
        <source>They can no longer sign in; their access keys stop working with them.</source>
        <translation>Sie können sich nicht mehr anmelden; mit ihnen werden auch ihre Zugriffsschlüssel ungültig.</translation>
    </message>
    <message>
        <source>Scripts and the CLI signing in with these keys are refused from now on.</source>
        <translation>Skripte und die CLI, die sich mit diesen Schlüsseln anmelden, werden ab jetzt abgewiesen.</translation>
    </message>
    <message>
        <source>Whatever signs in with their client IDs is refused from now on.</source>
        <translation>Alles, was sich mit ihren Client-IDs anmeldet, wird ab jetzt abgewiesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n access rule(s) naming them are removed.</source>
        <translation>
            <numerusform>%n Zugriffsregel, die sie nennt, wird entfernt.</numerusform>
            <numerusform>%n Zugriffsregeln, die sie nennen, werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone: %1</source>
        <translation>Ausgenommen: %1</translation>
    </message>
    <message>
        <source>%1, the identity you are signed in as</source>
        <translation>%1, die Identität, mit der Sie angemeldet sind</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) or access key(s): Run:ai&apos;s API has no way to disable them (delete them instead)</source>
        <translation>
            <numerusform>%n Benutzer oder Zugriffsschlüssel: Die API von Run:ai kann ihn nicht deaktivieren (löschen Sie ihn stattdessen)</numerusform>
            <numerusform>%n Benutzer oder Zugriffsschlüssel: Die API von Run:ai kann sie nicht deaktivieren (löschen Sie sie stattdessen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already disabled</source>
        <translation>
            <numerusform>%n bereits deaktiviert</numerusform>
            <numerusform>%n bereits deaktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to disable. %1.</source>
        <translation>Nichts zu deaktivieren. %1.</translation>
    </message>
    <message>
        <source>Nothing to delete. %1.</source>
        <translation>Nichts zu löschen. %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n</source>
        <translation>
            <numerusform>%n löschen</numerusform>
            <numerusform>%n löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n</source>
        <translation>
            <numerusform>%n deaktivieren</numerusform>
            <numerusform>%n deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Working… %1 of %2</source>
        <translation>In Arbeit… %1 von %2</translation>
    </message>
    <message>
        <source>Working… 0 of %1</source>
        <translation>In Arbeit… 0 von %1</translation>
    </message>
    <message>
        <source>Delete (access review)</source>
        <translation>Löschen (Zugriffsüberprüfung)</translation>
    </message>
    <message>
        <source>Disable (access review)</source>
        <translation>Deaktivieren (Zugriffsüberprüfung)</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 identities; these failed:</source>
        <translation>%1 von %2 Identitäten gelöscht; bei diesen ist es fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Disabled %1 of %2 identities; these failed:</source>
        <translation>%1 von %2 Identitäten deaktiviert; bei diesen ist es fehlgeschlagen:</translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies) will be deleted from the console. This cannot be undone.</source>
        <translation>
            <numerusform>%n Identität wird von der Konsole gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Identitäten werden von der Konsole gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies) will be disabled. Nothing is deleted; they can be enabled again.</source>
        <translation>
            <numerusform>%n Identität wird deaktiviert. Nichts wird gelöscht; sie lässt sich wieder aktivieren.</numerusform>
            <numerusform>%n Identitäten werden deaktiviert. Nichts wird gelöscht; sie lassen sich wieder aktivieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n identity(ies)?</source>
        <translation>
            <numerusform>%n Identität löschen?</numerusform>
            <numerusform>%n Identitäten löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n identity(ies)?</source>
        <translation>
            <numerusform>%n Identität deaktivieren?</numerusform>
            <numerusform>%n Identitäten deaktivieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n identity(ies).</source>
        <translation>
            <numerusform>%n Identität gelöscht.</numerusform>
            <numerusform>%n Identitäten gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n identity(ies).</source>
        <translation>
            <numerusform>%n Identität deaktiviert.</numerusform>
            <numerusform>%n Identitäten deaktiviert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runai::ReviewExportFlow</name>
    <message>
        <source>Export Review to CSV</source>
        <translation>Überprüfung als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Überprüfungsbericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Writing the review to %1…</source>
        <translation>Überprüfung wird in %1 geschrieben…</translation>
    </message>
    <message>
        <source>The review could not be written to %1: %2</source>
        <translation>Die Überprüfung konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Review of %n identity(ies) written to %1.</source>
        <translation>
            <numerusform>Überprüfung von %n Identität in %1 geschrieben.</numerusform>
            <numerusform>Überprüfung von %n Identitäten in %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runai::ReviewFlags</name>
    <message>
        <source>Never signed in</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <source>No sign-in for more than %1 days</source>
        <translation>Seit mehr als %1 Tagen keine Anmeldung</translation>
    </message>
    <message>
        <source>No recent sign-in</source>
        <translation>Länger nicht angemeldet</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>No access rule</source>
        <translation>Keine Zugriffsregel</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Creator no longer exists</source>
        <translation>Ersteller existiert nicht mehr</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
</context>
<context>
    <name>runai::ReviewReport</name>
    <message>
        <source>n/a</source>
        <translation>entfällt</translation>
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
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Access review of %1</source>
        <translation>Zugriffsüberprüfung von %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>The lists did not load completely; this review is partial.</source>
        <translation>Die Listen wurden nicht vollständig geladen; diese Überprüfung ist lückenhaft.</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Secret held here</source>
        <translation>Secret hier aufbewahrt</translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation>Zugriffsregeln</translation>
    </message>
</context>
<context>
    <name>runai::ReviewRule</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 (via group %2)</source>
        <translation>%1 (über Gruppe %2)</translation>
    </message>
    <message>
        <source>%1 (all authenticated users)</source>
        <translation>%1 (alle authentifizierten Benutzer)</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (als %2)</translation>
    </message>
</context>
<context>
    <name>runai::RotationCredentials</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is the successor. Give these credentials to every program that signs in as the old application; the old secret keeps working until you disable it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist der Nachfolger. Geben Sie diese Zugangsdaten jedem Programm, das sich als die alte Anwendung anmeldet; das alte Secret gilt weiter, bis Sie die alte Anwendung deaktivieren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is the successor. Give these credentials to every program that signs in as the old service account; the old secret keeps working until you disable it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist der Nachfolger. Geben Sie diese Zugangsdaten jedem Programm, das sich als das alte Dienstkonto anmeldet; das alte Secret gilt weiter, bis Sie das alte Dienstkonto deaktivieren.</translation>
    </message>
    <message>
        <source>no keychain is available.</source>
        <translation>es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>the console did not send a secret.</source>
        <translation>die Konsole hat kein Secret gesendet.</translation>
    </message>
    <message>
        <source>Saved in the %1. The rotation can export it again later.</source>
        <translation>Gespeichert in: %1. Die Rotation kann es später erneut exportieren.</translation>
    </message>
    <message>
        <source>Kept for this session only (no keychain is available): it is gone when the program quits.</source>
        <translation>Nur für diese Sitzung aufbewahrt (kein Schlüsselbund verfügbar): Beim Beenden des Programms ist es weg.</translation>
    </message>
    <message>
        <source>The successor &quot;%1&quot; was created, but its client secret could not be saved in the keychain: %2</source>
        <translation>Der Nachfolger „%1“ wurde angelegt, aber sein Client-Secret konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>Das Client-Secret von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted, but its client secret could not be erased from the keychain: %2</source>
        <translation>„%1“ wurde gelöscht, aber das Client-Secret konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>runai::RotationDialog</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (just now)</source>
        <translation>%1 (gerade eben)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>%1 (vor %n Minute)</numerusform>
            <numerusform>%1 (vor %n Minuten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1 (vor %n Stunde)</numerusform>
            <numerusform>%1 (vor %n Stunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate %1 without downtime</source>
        <translation>%1 ohne Ausfallzeit rotieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Replace &lt;b&gt;%1&lt;/b&gt; by a successor that gets the same access rules. Run:ai revokes a secret the moment a new one is issued; with a successor the old secret keeps working until every program that uses it has moved. You can close this window at any step and resume from the application&apos;s row.</source>
        <translation>Ersetzen Sie &lt;b&gt;%1&lt;/b&gt; durch einen Nachfolger, der dieselben Zugriffsregeln erhält. Run:ai widerruft ein Secret, sobald ein neues ausgestellt wird; mit einem Nachfolger gilt das alte Secret weiter, bis jedes Programm, das es verwendet, umgestellt ist. Sie können dieses Fenster bei jedem Schritt schließen und später in der Zeile der Anwendung fortsetzen.</translation>
    </message>
    <message>
        <source>Replace &lt;b&gt;%1&lt;/b&gt; by a successor that gets the same access rules. Run:ai revokes a secret the moment a new one is issued; with a successor the old secret keeps working until every program that uses it has moved. You can close this window at any step and resume from the service account&apos;s row.</source>
        <translation>Ersetzen Sie &lt;b&gt;%1&lt;/b&gt; durch einen Nachfolger, der dieselben Zugriffsregeln erhält. Run:ai widerruft ein Secret, sobald ein neues ausgestellt wird; mit einem Nachfolger gilt das alte Secret weiter, bis jedes Programm, das es verwendet, umgestellt ist. Sie können dieses Fenster bei jedem Schritt schließen und später in der Zeile des Dienstkontos fortsetzen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was created, but the answer carrying its secret was lost. Nothing uses it yet, so giving it a new secret is harmless.</source>
        <translation>„%1“ wurde angelegt, aber die Antwort mit dem Secret ging verloren. Noch nutzt nichts diese Identität, ein neues Secret ist also unbedenklich.</translation>
    </message>
    <message>
        <source>The successor holds every access rule of %1 (%2 copied, %3 it already had). Give its credentials to the programs that use %1, then watch below until %1 is no longer used.</source>
        <translation>Der Nachfolger hat alle Zugriffsregeln von %1 (%2 kopiert, %3 hatte er bereits). Geben Sie seine Zugangsdaten den Programmen, die %1 verwenden, und beobachten Sie dann unten, bis %1 nicht mehr verwendet wird.</translation>
    </message>
    <message>
        <source>%1 no longer exists on the console (deleted meanwhile?).</source>
        <translation>%1 existiert auf der Konsole nicht mehr (inzwischen gelöscht?).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is disabled. Delete it once you are sure nothing broke, or enable it again on the page.</source>
        <translation>„%1“ ist deaktiviert. Löschen Sie die Identität, sobald Sie sicher sind, dass nichts kaputtgegangen ist, oder aktivieren Sie sie auf der Seite wieder.</translation>
    </message>
    <message>
        <source>The successor needs a name of its own.</source>
        <translation>Der Nachfolger braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>A new identity with this name is created.</source>
        <translation>Eine neue Identität mit diesem Namen wird angelegt.</translation>
    </message>
    <message>
        <source>Create the successor &lt;b&gt;%1&lt;/b&gt;; its secret is shown once and kept in the keychain</source>
        <translation>Nachfolger &lt;b&gt;%1&lt;/b&gt; anlegen; sein Secret wird einmal angezeigt und im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Copy every access rule of %1 to %2</source>
        <translation>Alle Zugriffsregeln von %1 nach %2 kopieren</translation>
    </message>
    <message>
        <source>Give the new credentials to every program that uses %1, and watch until %1 is no longer used</source>
        <translation>Die neuen Zugangsdaten jedem Programm geben, das %1 verwendet, und beobachten, bis %1 nicht mehr verwendet wird</translation>
    </message>
    <message>
        <source>Disable %1 (it can be enabled again)</source>
        <translation>%1 deaktivieren (lässt sich wieder aktivieren)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>&amp;Create successor</source>
        <translation>Nachfolger &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Give the successor a new secret</source>
        <translation>Dem Nachfolger ein neues Secret ge&amp;ben</translation>
    </message>
    <message>
        <source>&amp;Check and continue</source>
        <translation>Prüfen und &amp;fortfahren</translation>
    </message>
    <message>
        <source>&amp;Copy access rules</source>
        <translation>Zugriffsregeln &amp;kopieren</translation>
    </message>
    <message>
        <source>Consumers moved: &amp;disable %1…</source>
        <translation>Programme umgestellt: %1 &amp;deaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Delete %1…</source>
        <translation>%1 &amp;löschen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (old) last signed in: %2&lt;br&gt;&lt;b&gt;%3&lt;/b&gt; (new) last signed in: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (alt) zuletzt angemeldet: %2&lt;br&gt;&lt;b&gt;%3&lt;/b&gt; (neu) zuletzt angemeldet: %4</translation>
    </message>
    <message>
        <source>%1 signed in after the rotation started: something still uses it.</source>
        <translation>%1 hat sich nach dem Start der Rotation angemeldet: Etwas verwendet diese Identität noch.</translation>
    </message>
    <message>
        <source>The rotation is finished: %1 replaces %2.</source>
        <translation>Die Rotation ist abgeschlossen: %1 ersetzt %2.</translation>
    </message>
    <message>
        <source>Creating &quot;%1&quot;…</source>
        <translation>„%1“ wird angelegt…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; created. Copying the access rules…</source>
        <translation>„%1“ angelegt. Zugriffsregeln werden kopiert…</translation>
    </message>
    <message>
        <source>Choose another name or try again.</source>
        <translation>Wählen Sie einen anderen Namen, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Nothing done so far is lost: press the button to try again.</source>
        <translation>Bisher Erledigtes bleibt erhalten: Drücken Sie die Schaltfläche, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>%1 failed: %2 %3</source>
        <translation>Schritt „%1“ fehlgeschlagen: %2 %3</translation>
    </message>
    <message>
        <source>Disable the old application</source>
        <translation>Alte Anwendung deaktivieren</translation>
    </message>
    <message>
        <source>Disable the old service account</source>
        <translation>Altes Dienstkonto deaktivieren</translation>
    </message>
    <message>
        <source>Have all programs moved to &lt;b&gt;%1&lt;/b&gt;?&lt;br&gt;&lt;br&gt;&lt;b&gt;%2&lt;/b&gt; last signed in: %3.&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; last signed in: %4.&lt;br&gt;&lt;br&gt;Disabling &lt;b&gt;%2&lt;/b&gt; stops its sign-ins and the tokens it holds. It can be enabled again on the page; it is deleted only after another confirmation.</source>
        <translation>Sind alle Programme auf &lt;b&gt;%1&lt;/b&gt; umgestellt?&lt;br&gt;&lt;br&gt;&lt;b&gt;%2&lt;/b&gt; zuletzt angemeldet: %3.&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; zuletzt angemeldet: %4.&lt;br&gt;&lt;br&gt;Nach dem Deaktivieren von &lt;b&gt;%2&lt;/b&gt; sind keine Anmeldungen damit mehr möglich, und seine Tokens gelten nicht mehr. Die Identität lässt sich auf der Seite wieder aktivieren; gelöscht wird sie erst nach einer weiteren Bestätigung.</translation>
    </message>
    <message>
        <source>&amp;Disable %1</source>
        <translation>%1 &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Disabling &quot;%1&quot;…</source>
        <translation>„%1“ wird deaktiviert…</translation>
    </message>
    <message>
        <source>Delete the old application</source>
        <translation>Alte Anwendung löschen</translation>
    </message>
    <message>
        <source>Delete the old service account</source>
        <translation>Altes Dienstkonto löschen</translation>
    </message>
    <message>
        <source>Delete &lt;b&gt;%1&lt;/b&gt; for good?&lt;br&gt;&lt;br&gt;It is disabled; nothing can sign in with it now. Its access rules go with it.%2 &lt;b&gt;%3&lt;/b&gt; stays, with its own rules. This cannot be undone.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; endgültig löschen?&lt;br&gt;&lt;br&gt;Die Identität ist deaktiviert; nichts kann sich jetzt mehr damit anmelden. Ihre Zugriffsregeln werden mit gelöscht.%2 &lt;b&gt;%3&lt;/b&gt; bleibt mit eigenen Regeln erhalten. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Its client secret is also erased from this computer&apos;s keychain.</source>
        <translation>Das Client-Secret wird auch aus dem Schlüsselbund dieses Computers gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>%1 &amp;löschen</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Rotation finished: &quot;%1&quot; replaces &quot;%2&quot;.</source>
        <translation>Rotation abgeschlossen: „%1“ ersetzt „%2“.</translation>
    </message>
    <message>
        <source> &lt;b&gt;%1&lt;/b&gt; stays, with the rules copied so far: delete it on the page if it is not needed.</source>
        <translation> &lt;b&gt;%1&lt;/b&gt; bleibt mit den bisher kopierten Regeln erhalten: Löschen Sie die Identität auf der Seite, wenn sie nicht gebraucht wird.</translation>
    </message>
    <message>
        <source>Abandon the rotation</source>
        <translation>Rotation aufgeben</translation>
    </message>
    <message>
        <source>Stop rotating &lt;b&gt;%1&lt;/b&gt;? Nothing is disabled or deleted: &lt;b&gt;%1&lt;/b&gt; keeps working.%2</source>
        <translation>Die Rotation von &lt;b&gt;%1&lt;/b&gt; aufgeben? Nichts wird deaktiviert oder gelöscht: &lt;b&gt;%1&lt;/b&gt; funktioniert weiter.%2</translation>
    </message>
    <message>
        <source>&amp;Abandon</source>
        <translation>Auf&amp;geben</translation>
    </message>
    <message>
        <source>Rotation: abandoned</source>
        <translation>Rotation: aufgegeben</translation>
    </message>
</context>
<context>
    <name>runai::RotationFlow</name>
    <message>
        <source>Create the successor</source>
        <translation>Nachfolger anlegen</translation>
    </message>
    <message>
        <source>Rotation: create successor</source>
        <translation>Rotation: Nachfolger anlegen</translation>
    </message>
    <message>
        <source>Check whether the successor was created</source>
        <translation>Prüfen, ob der Nachfolger angelegt wurde</translation>
    </message>
    <message>
        <source>Give the successor a new secret</source>
        <translation>Dem Nachfolger ein neues Secret geben</translation>
    </message>
    <message>
        <source>Rotation: new secret for the successor</source>
        <translation>Rotation: neues Secret für den Nachfolger</translation>
    </message>
    <message>
        <source>Read the access rules of %1</source>
        <translation>Zugriffsregeln von %1 lesen</translation>
    </message>
    <message>
        <source>Rotation: copy access rules</source>
        <translation>Rotation: Zugriffsregeln kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) copied</source>
        <translation>
            <numerusform>%n Regel kopiert</numerusform>
            <numerusform>%n Regeln kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the rule %1 on the %2 scope %3</source>
        <translation>Regel %1 im %2-Geltungsbereich %3 kopieren</translation>
    </message>
    <message>
        <source>Read when %1 last signed in</source>
        <translation>Letzte Anmeldung von %1 lesen</translation>
    </message>
    <message>
        <source>Rotation: disable predecessor</source>
        <translation>Rotation: Vorgänger deaktivieren</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Rotation: delete predecessor</source>
        <translation>Rotation: Vorgänger löschen</translation>
    </message>
</context>
<context>
    <name>runai::RunaiClient</name>
    <message>
        <source>list users</source>
        <translation>Benutzer auflisten</translation>
    </message>
    <message>
        <source>find out what the console offers</source>
        <translation>ermitteln, was die Konsole anbietet</translation>
    </message>
</context>
<context>
    <name>runai::SecretDiagnosis</name>
    <message>
        <source>No secret is stored in the keychain for this entry.</source>
        <translation>Für diesen Eintrag ist kein Secret im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No keychain service is running: nothing in this desktop session provides the Secret Service (org.freedesktop.secrets). Install and start GNOME Keyring, KWallet or KeePassXC with its Secret Service integration, then try again, or keep secrets for this session only.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst: Nichts in dieser Desktop-Sitzung stellt den Secret Service (org.freedesktop.secrets) bereit. Installieren und starten Sie GNOME Keyring, KWallet oder KeePassXC mit Secret-Service-Integration und versuchen Sie es erneut, oder bewahren Sie Secrets nur für diese Sitzung auf.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached because this program is not running in a desktop session (there is no D-Bus session bus). Start it from your desktop, or keep secrets for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar, weil dieses Programm nicht in einer Desktop-Sitzung läuft (es gibt keinen D-Bus-Sitzungsbus). Starten Sie es von Ihrem Desktop aus, oder bewahren Sie Secrets nur für diese Sitzung auf.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock your login keyring (for example in &quot;Passwords and Keys&quot;, or by entering your password when the keychain asks), then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie Ihren Anmelde-Schlüsselring (zum Beispiel in „Passwörter und Verschlüsselung“ oder mit Ihrem Passwort, wenn der Schlüsselbund fragt) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused in its prompt. Try again and allow access when the keychain asks.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde in dessen Abfrage verweigert. Versuchen Sie es erneut und erlauben Sie den Zugriff, wenn der Schlüsselbund fragt.</translation>
    </message>
    <message>
        <source>The keychain refused access. Check that your keyring is unlocked and that this program may use it, then try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert. Prüfen Sie, dass Ihr Schlüsselring entsperrt ist und dieses Programm ihn verwenden darf, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain has no default keyring to store secrets in. Create one (for example a &quot;Login&quot; keyring in &quot;Passwords and Keys&quot;) and make it the default, then try again.</source>
        <translation>Der Schlüsselbund hat keinen Standard-Schlüsselring für Secrets. Legen Sie einen an (zum Beispiel einen Schlüsselring „Anmeldung“ in „Passwörter und Verschlüsselung“), machen Sie ihn zum Standard und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; it may still be starting. Wait a moment and try again.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet; vielleicht startet er noch. Warten Sie kurz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No supported keychain was found on this system. Install GNOME Keyring or KWallet, or keep secrets for this session only.</source>
        <translation>Auf diesem System wurde kein unterstützter Schlüsselbund gefunden. Installieren Sie GNOME Keyring oder KWallet, oder bewahren Sie Secrets nur für diese Sitzung auf.</translation>
    </message>
    <message>
        <source>The secret could not be removed from the keychain. Remove the entry for &quot;runai-access-console&quot; with your keychain manager, then try again.</source>
        <translation>Das Secret konnte nicht aus dem Schlüsselbund entfernt werden. Entfernen Sie den Eintrag für „runai-access-console“ mit Ihrer Schlüsselbundverwaltung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Waiting for the keychain was cancelled.</source>
        <translation>Das Warten auf den Schlüsselbund wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The keychain reported an unknown error. Try again, or keep secrets for this session only.</source>
        <translation>Der Schlüsselbund meldet einen unbekannten Fehler. Versuchen Sie es erneut, oder bewahren Sie Secrets nur für diese Sitzung auf.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1. Try again, or keep secrets for this session only.</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1. Versuchen Sie es erneut, oder bewahren Sie Secrets nur für diese Sitzung auf.</translation>
    </message>
</context>
<context>
    <name>runai::SecretField</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>runai::SecretLineEdit</name>
    <message>
        <source>&amp;Copy (the clipboard is cleared soon)</source>
        <translation>&amp;Kopieren (die Zwischenablage wird bald geleert)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>runai::SessionStatusBar</name>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Console: %1</source>
        <translation>Konsole: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Token lifetime unknown</source>
        <translation>Gültigkeit des Tokens unbekannt</translation>
    </message>
    <message>
        <source>Token: %1 left</source>
        <translation>Token: noch %1</translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>Token abgelaufen</translation>
    </message>
</context>
<context>
    <name>runai::SignInPage</name>
    <message>
        <source>Waiting for the keychain… (it may be asking you to unlock it)</source>
        <translation>Warten auf den Schlüsselbund… (er fragt vielleicht nach dem Entsperren)</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation>Verbindet mit %1</translation>
    </message>
    <message>
        <source>Saved in the keychain; leave empty to use it</source>
        <translation>Im Schlüsselbund gespeichert; leer lassen, um es zu verwenden</translation>
    </message>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>Die lokale Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The local sandbox is running at %1. Its administrator account is filled in: press Sign in.</source>
        <translation>Die lokale Sandbox läuft unter %1. Ihr Administratorkonto ist eingetragen: Klicken Sie auf Anmelden.</translation>
    </message>
    <message>
        <source>Enter the address of your Run:ai console.</source>
        <translation>Geben Sie die Adresse Ihrer Run:ai-Konsole ein.</translation>
    </message>
    <message>
        <source>The console URL is not valid: %1</source>
        <translation>Die Konsolen-URL ist ungültig: %1</translation>
    </message>
    <message>
        <source>Enter the email of your administrator account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Administratorkontos ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Passwort wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The saved password could not be read from the keychain: %1 Type the password instead.</source>
        <translation>Das gespeicherte Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1 Geben Sie das Passwort stattdessen ein.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign-in failed: the email or password is wrong, or the account is not allowed to sign in.</source>
        <translation>Anmeldung fehlgeschlagen: E-Mail-Adresse oder Passwort sind falsch, oder das Konto darf sich nicht anmelden.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>Password saved in the system keychain.</source>
        <translation>Passwort im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Kept for this session; leave empty to use it</source>
        <translation>Für diese Sitzung gehalten; leer lassen, um es zu verwenden</translation>
    </message>
    <message>
        <source>Password kept for this session only.</source>
        <translation>Passwort nur für diese Sitzung gehalten.</translation>
    </message>
    <message>
        <source>Saved in the keychain, but not sent unencrypted by itself: type it</source>
        <translation>Im Schlüsselbund gespeichert, aber nicht unverschlüsselt von selbst gesendet: bitte eingeben</translation>
    </message>
    <message>
        <source>Not signed in: nothing was sent to %1.</source>
        <translation>Nicht angemeldet: An %1 wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted (http://), so the password saved in the keychain is not sent by itself. Type the password to sign in.</source>
        <translation>Die Verbindung zu %1 ist nicht verschlüsselt (http://), daher wird das im Schlüsselbund gespeicherte Passwort nicht von selbst gesendet. Geben Sie das Passwort ein, um sich anzumelden.</translation>
    </message>
</context>
<context>
    <name>runai::SignOutGuard</name>
    <message>
        <source>Sign out with changes under way?</source>
        <translation>Abmelden, obwohl Änderungen laufen?</translation>
    </message>
    <message>
        <source>Sign &amp;out anyway</source>
        <translation>&amp;Trotzdem abmelden</translation>
    </message>
    <message>
        <source>Signed out before the console answered: the change may have taken effect, and any secret in its answer was lost.</source>
        <translation>Abgemeldet, bevor die Konsole antwortete: Die Änderung ist vielleicht wirksam geworden, und ein Secret in ihrer Antwort ging verloren.</translation>
    </message>
    <message>
        <source>You signed out before the console answered: %1. These changes may have taken effect; any new secret or temporary password in their answers was lost (see the activity log). Sign in again to check.</source>
        <translation>Sie haben sich abgemeldet, bevor die Konsole antwortete: %1. Diese Änderungen sind vielleicht wirksam geworden; ein neues Secret oder temporäres Passwort in ihren Antworten ging verloren (siehe Aktivitätsprotokoll). Melden Sie sich wieder an, um es zu prüfen.</translation>
    </message>
    <message>
        <source>If you sign out now, their answers are dropped.</source>
        <translation>Wenn Sie sich jetzt abmelden, werden ihre Antworten verworfen.</translation>
    </message>
    <message>
        <source>Switch profile with changes under way?</source>
        <translation>Profil wechseln, obwohl Änderungen laufen?</translation>
    </message>
    <message>
        <source>Switching profile signs you out now, and their answers are dropped.</source>
        <translation>Ein Profilwechsel meldet Sie jetzt ab, und ihre Antworten werden verworfen.</translation>
    </message>
    <message>
        <source>&amp;Switch anyway</source>
        <translation>&amp;Trotzdem wechseln</translation>
    </message>
    <message>
        <source>Quit with changes under way?</source>
        <translation>Beenden, obwohl Änderungen laufen?</translation>
    </message>
    <message>
        <source>If you quit now, their answers are dropped.</source>
        <translation>Wenn Sie jetzt beenden, werden ihre Antworten verworfen.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Trotzdem &amp;beenden</translation>
    </message>
    <message>
        <source>each change is then recorded in the activity log as possibly made; look it up on the console when you next sign in.</source>
        <translation>Jede Änderung wird dann im Aktivitätsprotokoll als möglicherweise ausgeführt vermerkt; prüfen Sie sie bei Ihrer nächsten Anmeldung auf der Konsole.</translation>
    </message>
    <message>
        <source>each change is then recorded in the activity log as possibly made, and a create is checked again when you next sign in.</source>
        <translation>Jede Änderung wird dann im Aktivitätsprotokoll als möglicherweise ausgeführt vermerkt, und ein Anlegen wird bei Ihrer nächsten Anmeldung erneut geprüft.</translation>
    </message>
    <message>
        <source>The console has not answered these changes yet:&lt;ul&gt;%1&lt;/ul&gt;%2 A change may still take effect without you seeing its result, and a new client secret or temporary password in its answer would be lost; after a regenerate or a reset the old one may already have stopped working.&lt;br&gt;&lt;br&gt;Wait for the answers, or go on anyway: %3</source>
        <translation>Die Konsole hat auf diese Änderungen noch nicht geantwortet:&lt;ul&gt;%1&lt;/ul&gt;%2 Eine Änderung kann trotzdem wirksam werden, ohne dass Sie ihr Ergebnis sehen, und ein neues Client-Secret oder temporäres Passwort in ihrer Antwort ginge verloren; nach einem Neuerzeugen oder Zurücksetzen funktioniert das alte vielleicht schon nicht mehr.&lt;br&gt;&lt;br&gt;Warten Sie auf die Antworten, oder machen Sie trotzdem weiter: %3</translation>
    </message>
</context>
<context>
    <name>runai::TableCsvExport</name>
    <message>
        <source>The table changed while it was being exported (it was reloaded). Export again.</source>
        <translation>Die Tabelle hat sich während des Exports geändert (sie wurde neu geladen). Exportieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>runai::TableExportFlow</name>
    <message>
        <source>Export table to &amp;CSV…</source>
        <translation>Tabelle als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export table to CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>runai::TablePageSkeleton</name>
    <message>
        <source>Stop Loading</source>
        <translation>Laden abbrechen</translation>
    </message>
</context>
<context>
    <name>runai::TemporaryPasswordDialog</name>
    <message>
        <source>User %1 created</source>
        <translation>Benutzer %1 angelegt</translation>
    </message>
    <message>
        <source>The local user &lt;b&gt;%1&lt;/b&gt; was created. They sign in with this temporary password and must choose a new one.</source>
        <translation>Der lokale Benutzer &lt;b&gt;%1&lt;/b&gt; wurde angelegt. Er meldet sich mit diesem temporären Passwort an und muss ein neues wählen.</translation>
    </message>
    <message>
        <source>The local user &lt;b&gt;%1&lt;/b&gt; was created. They sign in with this temporary password.</source>
        <translation>Der lokale Benutzer &lt;b&gt;%1&lt;/b&gt; wurde angelegt. Er meldet sich mit diesem temporären Passwort an.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporäres Passwort</translation>
    </message>
</context>
<context>
    <name>runai::TokenDialog</name>
    <message>
        <source>Access token for %1</source>
        <translation>Zugriffstoken für %1</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Unknown: the console did not say</source>
        <translation>Unbekannt: Die Konsole hat es nicht mitgeteilt</translation>
    </message>
    <message>
        <source>&amp;Inspect…</source>
        <translation>&amp;Untersuchen…</translation>
    </message>
    <message>
        <source>Open the token inspector: claims, live expiry, copy as header, curl or environment variables</source>
        <translation>Token-Inspektor öffnen: Claims, laufender Ablauf, kopieren als Header, curl oder Umgebungsvariablen</translation>
    </message>
    <message>
        <source>The access token is not a JWT, so there are no claims to show (%1).</source>
        <translation>Das Zugriffstoken ist kein JWT, daher gibt es keine Claims anzuzeigen (%1).</translation>
    </message>
    <message>
        <source>The console issued this token to &lt;b&gt;%1&lt;/b&gt; (%2). Send it as &lt;tt&gt;Authorization: Bearer &amp;lt;token&amp;gt;&lt;/tt&gt;.</source>
        <translation>Die Konsole hat dieses Token für &lt;b&gt;%1&lt;/b&gt; ausgestellt (%2). Senden Sie es als &lt;tt&gt;Authorization: Bearer &amp;lt;token&amp;gt;&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>client credentials</source>
        <translation>Client Credentials</translation>
    </message>
</context>
<context>
    <name>runai::TokenFormat</name>
    <message>
        <source>expired just now</source>
        <translation>gerade abgelaufen</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
</context>
<context>
    <name>runai::TokenInspectorDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Token inspector</source>
        <translation>Token-Inspektor</translation>
    </message>
    <message>
        <source>Paste an access token or pick one to read what it says. The claims are decoded without checking the signature: for reading only.</source>
        <translation>Fügen Sie ein Zugriffstoken ein oder wählen Sie eines, um zu lesen, was darin steht. Die Claims werden ohne Prüfung der Signatur dekodiert: nur zum Lesen.</translation>
    </message>
    <message>
        <source>Token source</source>
        <translation>Quelle des Tokens</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Paste a token (eyJ…)</source>
        <translation>Token einfügen (eyJ…)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subjekt (sub):</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Zielgruppe (aud):</translation>
    </message>
    <message>
        <source>Issued at:</source>
        <translation>Ausgestellt am:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Dekodiertes Token</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Claims des Tokens</translation>
    </message>
    <message>
        <source>Token header</source>
        <translation>Header des Tokens</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>Copy as:</source>
        <translation>Kopieren als:</translation>
    </message>
    <message>
        <source>Authorization &amp;header</source>
        <translation>Authorization-&amp;Header</translation>
    </message>
    <message>
        <source>Authorization: Bearer &lt;token&gt;</source>
        <translation>Authorization: Bearer &lt;token&gt;</translation>
    </message>
    <message>
        <source>c&amp;url command</source>
        <translation>c&amp;url-Befehl</translation>
    </message>
    <message>
        <source>&amp;Environment variables</source>
        <translation>&amp;Umgebungsvariablen</translation>
    </message>
    <message>
        <source>export RUNAI_CONSOLE_URL=… and export RUNAI_TOKEN=… lines</source>
        <translation>Zeilen export RUNAI_CONSOLE_URL=… und export RUNAI_TOKEN=…</translation>
    </message>
    <message>
        <source>The Authorization header</source>
        <translation>Der Authorization-Header</translation>
    </message>
    <message>
        <source>The curl command</source>
        <translation>Der curl-Befehl</translation>
    </message>
    <message>
        <source>The environment variables</source>
        <translation>Die Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation>Eingefügtes Token</translation>
    </message>
    <message>
        <source>This session&apos;s token (%1)</source>
        <translation>Token dieser Sitzung (%1)</translation>
    </message>
    <message>
        <source>Last token of application %1</source>
        <translation>Letztes Token der Anwendung %1</translation>
    </message>
    <message>
        <source>This is not a JWT, so there is nothing to decode (%1). It can still be copied.</source>
        <translation>Das ist kein JWT, daher gibt es nichts zu dekodieren (%1). Kopieren lässt es sich trotzdem.</translation>
    </message>
    <message>
        <source>%1, signed with %2</source>
        <translation>%1, signiert mit %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Never: the token has no expiry (exp) claim</source>
        <translation>Nie: Das Token hat keinen Ablauf-Claim (exp)</translation>
    </message>
    <message>
        <source>EXPIRED — %1 (%2)</source>
        <translation>ABGELAUFEN — %1 (%2)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%1 is on the clipboard; it is cleared in %n s.</source>
        <translation>
            <numerusform>%1 ist in der Zwischenablage; sie wird in %n s geleert.</numerusform>
            <numerusform>%1 ist in der Zwischenablage; sie wird in %n s geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on the clipboard, but the token has expired: the console will refuse it.</source>
        <translation>%1 ist in der Zwischenablage, aber das Token ist abgelaufen: Die Konsole wird es ablehnen.</translation>
    </message>
    <message>
        <source>This session&apos;s token (%1, %2)</source>
        <translation>Token dieser Sitzung (%1, %2)</translation>
    </message>
    <message>
        <source>Last token of service account %1</source>
        <translation>Letztes Token des Dienstkontos %1</translation>
    </message>
    <message>
        <source>The curl command passes the token on its input and export is a shell builtin, so no process list shows the token. Pasted into a terminal, a line stays out of the shell history only if the shell skips lines starting with a space (bash: HISTCONTROL=ignorespace); exported, the token reaches every program started from that shell.</source>
        <translation>Der curl-Befehl bekommt das Token über seine Eingabe, und export ist ein Shell-Builtin: Keine Prozessliste zeigt das Token. In ein Terminal eingefügt, bleibt eine Zeile nur dann aus der Shell-Historie, wenn die Shell Zeilen überspringt, die mit einem Leerzeichen beginnen (bash: HISTCONTROL=ignorespace); exportiert, erreicht das Token jedes Programm, das aus dieser Shell gestartet wird.</translation>
    </message>
    <message>
        <source>printf &apos;Authorization: Bearer &lt;token&gt;&apos; | curl -H @- %1 (the token stays off curl&apos;s command line)</source>
        <translation>printf &apos;Authorization: Bearer &lt;token&gt;&apos; | curl -H @- %1 (das Token bleibt von der Befehlszeile von curl fern)</translation>
    </message>
</context>
<context>
    <name>runai::UserActions</name>
    <message>
        <source>&amp;Access rules…</source>
        <translation>&amp;Zugriffsregeln…</translation>
    </message>
    <message>
        <source>List, add and delete the roles of the selected user</source>
        <translation>Rollen des gewählten Benutzers anzeigen, hinzufügen und löschen</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Give the user a new temporary password</source>
        <translation>Dem Benutzer ein neues temporäres Passwort geben</translation>
    </message>
    <message>
        <source>Force sign-&amp;out…</source>
        <translation>&amp;Abmeldung erzwingen…</translation>
    </message>
    <message>
        <source>End every session of the selected user</source>
        <translation>Alle Sitzungen des gewählten Benutzers beenden</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected user</source>
        <translation>Den gewählten Benutzer löschen</translation>
    </message>
    <message>
        <source>User actions</source>
        <translation>Benutzeraktionen</translation>
    </message>
    <message>
        <source>%1 no longer exists on the console: the user was deleted meanwhile (by someone else?). The list is reloaded.</source>
        <translation>%1 existiert auf der Konsole nicht mehr: Der Benutzer wurde inzwischen gelöscht (von jemand anderem?). Die Liste wird neu geladen.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the password of &lt;b&gt;%1&lt;/b&gt;?&lt;br&gt;&lt;br&gt;Their current password stops working at once. They sign in with a temporary password, shown to you once, and must choose a new one.%2</source>
        <translation>Das Passwort von &lt;b&gt;%1&lt;/b&gt; zurücksetzen?&lt;br&gt;&lt;br&gt;Das aktuelle Passwort gilt sofort nicht mehr. Der Benutzer meldet sich mit einem temporären Passwort an, das Ihnen einmal angezeigt wird, und muss ein neues wählen.%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the account you are signed in with.&lt;/b&gt; You will need the temporary password the next time you sign in.</source>
        <translation>&lt;b&gt;Mit diesem Konto sind Sie angemeldet.&lt;/b&gt; Bei der nächsten Anmeldung brauchen Sie das temporäre Passwort.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Resetting the password of %1…</source>
        <translation>Passwort von %1 wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>New temporary password for %1</source>
        <translation>Neues temporäres Passwort für %1</translation>
    </message>
    <message>
        <source>The password of &lt;b&gt;%1&lt;/b&gt; was reset. Their old password no longer works; they sign in with this temporary password and must choose a new one.</source>
        <translation>Das Passwort von &lt;b&gt;%1&lt;/b&gt; wurde zurückgesetzt. Das alte Passwort gilt nicht mehr; der Benutzer meldet sich mit diesem temporären Passwort an und muss ein neues wählen.</translation>
    </message>
    <message>
        <source>Force sign-out</source>
        <translation>Abmeldung erzwingen</translation>
    </message>
    <message>
        <source>Sign &lt;b&gt;%1&lt;/b&gt; out everywhere?&lt;br&gt;&lt;br&gt;Their sessions and tokens end now; they can sign in again with their password.%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; überall abmelden?&lt;br&gt;&lt;br&gt;Sitzungen und Tokens des Benutzers enden jetzt; er kann sich mit seinem Passwort wieder anmelden.%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the account you are signed in with:&lt;/b&gt; this program&apos;s session ends too.</source>
        <translation>&lt;b&gt;Mit diesem Konto sind Sie angemeldet:&lt;/b&gt; Auch die Sitzung dieses Programms endet.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Signing %1 out…</source>
        <translation>%1 wird abgemeldet…</translation>
    </message>
    <message>
        <source>%1 was signed out of every session.</source>
        <translation>%1 wurde aus allen Sitzungen abgemeldet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is the account you are signed in with.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Deleting it ends this session, and you can never sign in with it again. If no other user has the System administrator role, nobody can manage this console any more.&lt;br&gt;&lt;br&gt;Delete your own account anyway?</source>
        <translation>&lt;b&gt;%1 ist das Konto, mit dem Sie angemeldet sind.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Das Löschen beendet diese Sitzung, und Sie können sich damit nie wieder anmelden. Hat kein anderer Benutzer die Rolle System administrator, kann niemand mehr diese Konsole verwalten.&lt;br&gt;&lt;br&gt;Ihr eigenes Konto trotzdem löschen?</translation>
    </message>
    <message>
        <source>Delete the user &lt;b&gt;%1&lt;/b&gt;?&lt;br&gt;&lt;br&gt;They can no longer sign in, their sessions end and their access rules go with them. This cannot be undone.</source>
        <translation>Den Benutzer &lt;b&gt;%1&lt;/b&gt; löschen?&lt;br&gt;&lt;br&gt;Er kann sich nicht mehr anmelden, seine Sitzungen enden und seine Zugriffsregeln werden mit gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete your own account?</source>
        <translation>Ihr eigenes Konto löschen?</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>&amp;Delete my own account</source>
        <translation>Mein eigenes Konto &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>%1 &amp;löschen</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation>Benutzer %1 gelöscht.</translation>
    </message>
    <message>
        <source>%1 had already been deleted on the console (by someone else?). It is gone from the list.</source>
        <translation>%1 war auf der Konsole bereits gelöscht (von jemand anderem?). Der Eintrag ist aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>%1 now has the role %2 on the %3 scope %4.</source>
        <translation>%1 hat jetzt die Rolle %2 im %3-Geltungsbereich %4.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a user&apos;s name, then their email</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verif&amp;y access…</source>
        <translation>Zugriff p&amp;rüfen…</translation>
    </message>
    <message>
        <source>Check on the console what the selected user may do (their password is typed for the check and never stored)</source>
        <translation>Auf der Konsole prüfen, was der gewählte Benutzer darf (sein Passwort wird für die Prüfung eingegeben und nie gespeichert)</translation>
    </message>
</context>
<context>
    <name>runai::UserCreation</name>
    <message>
        <source>The console&apos;s answer to creating %1 was lost on the way. Checking whether the user was created…</source>
        <translation>Die Antwort der Konsole auf das Anlegen von %1 ging unterwegs verloren. Es wird geprüft, ob der Benutzer angelegt wurde…</translation>
    </message>
    <message>
        <source>%1 was created, but the answer carrying the temporary password was lost, so nobody has it. Reset the password to get a new one (shown once).</source>
        <translation>%1 wurde angelegt, aber die Antwort mit dem temporären Passwort ging verloren, daher hat es niemand. Setzen Sie das Passwort zurück, um ein neues zu erhalten (einmal angezeigt).</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Resetting the password of %1…</source>
        <translation>Passwort von %1 wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>A user %1 already exists on this console: created by %2 on %3, last signed in: %4. The console does not show that your request created it, so its password may be in use. Nothing new was created.</source>
        <translation>Einen Benutzer %1 gibt es auf dieser Konsole bereits: angelegt von %2 (%3), zuletzt angemeldet: %4. Die Konsole zeigt nicht, dass Ihre Anfrage ihn angelegt hat; sein Passwort ist also vielleicht in Gebrauch. Es wurde nichts Neues angelegt.</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset the password of a user in use?</source>
        <translation>Das Passwort eines Benutzers zurücksetzen, der in Gebrauch ist?</translation>
    </message>
    <message>
        <source>Reset the password of &lt;b&gt;%1&lt;/b&gt;, created by %2 on %3?&lt;br&gt;&lt;br&gt;This person&apos;s current password stops working &lt;b&gt;at once&lt;/b&gt;: they cannot sign in until they get the new temporary password from you. Do this only if you know the account is not in use.</source>
        <translation>Das Passwort von &lt;b&gt;%1&lt;/b&gt; zurücksetzen, angelegt von %2 (%3)?&lt;br&gt;&lt;br&gt;Das aktuelle Passwort dieser Person funktioniert &lt;b&gt;sofort&lt;/b&gt; nicht mehr: Sie kann sich erst wieder anmelden, wenn sie von Ihnen das neue temporäre Passwort erhält. Tun Sie das nur, wenn Sie wissen, dass das Konto nicht in Gebrauch ist.</translation>
    </message>
    <message>
        <source>The console&apos;s answer was lost and %1 was not created. Nothing was created: it is safe to try again.</source>
        <translation>Die Antwort der Konsole ging verloren, und %1 wurde nicht angelegt. Es wurde nichts angelegt: Sie können es gefahrlos erneut versuchen.</translation>
    </message>
    <message>
        <source>The console&apos;s answer to creating %1 was lost, and checking whether the user was created failed too: %2 Check again before creating the user again.</source>
        <translation>Die Antwort der Konsole auf das Anlegen von %1 ging verloren, und auch die Prüfung, ob der Benutzer angelegt wurde, ist gescheitert: %2 Prüfen Sie erneut, bevor Sie den Benutzer noch einmal anlegen.</translation>
    </message>
    <message>
        <source>%1 exists, but the password could not be reset: %2</source>
        <translation>%1 existiert, aber das Passwort konnte nicht zurückgesetzt werden: %2</translation>
    </message>
    <message>
        <source>The console emails the user a link to set their password. Consoles older than version 2.23 ignore this.</source>
        <translation>Die Konsole schickt dem Benutzer per E-Mail einen Link zum Festlegen des Passworts. Konsolen vor Version 2.23 ignorieren das.</translation>
    </message>
    <message>
        <source>The user must choose a new password the first time they sign in.</source>
        <translation>Der Benutzer muss bei der ersten Anmeldung ein neues Passwort wählen.</translation>
    </message>
    <message>
        <source>The user signs in with this address.</source>
        <translation>Der Benutzer meldet sich mit dieser Adresse an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email: %2</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse: %2</translation>
    </message>
    <message>
        <source>Creating user %1…</source>
        <translation>Benutzer %1 wird angelegt…</translation>
    </message>
    <message>
        <source>%1 has a new temporary password.</source>
        <translation>%1 hat ein neues temporäres Passwort.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>A user with the email %1 already exists on this console.</source>
        <translation>Auf dieser Konsole gibt es bereits einen Benutzer mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Benutzer %1 angelegt.</translation>
    </message>
</context>
<context>
    <name>runai::UserImportDialog</name>
    <message numerus="yes">
        <source>The console asked to slow down: waiting %n second(s), then continuing with fewer requests at a time.</source>
        <translation>
            <numerusform>Die Konsole bittet um weniger Tempo: %n Sekunde Pause, danach geht es mit weniger gleichzeitigen Anfragen weiter.</numerusform>
            <numerusform>Die Konsole bittet um weniger Tempo: %n Sekunden Pause, danach geht es mit weniger gleichzeitigen Anfragen weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert in %1.</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Choose a CSV File of Users</source>
        <translation>CSV-Datei mit Benutzern wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Checking the console: %1 of %2</source>
        <translation>Abgleich mit der Konsole: %1 von %2</translation>
    </message>
    <message>
        <source>Checking which users the console has already…</source>
        <translation>Es wird geprüft, welche Benutzer die Konsole schon hat…</translation>
    </message>
    <message>
        <source>Could not check which users exist already (%1). Those rows will be reported as &quot;already exists&quot; when created.</source>
        <translation>Es ließ sich nicht prüfen, welche Benutzer schon existieren (%1). Solche Zeilen werden beim Anlegen als „existiert bereits“ gemeldet.</translation>
    </message>
    <message>
        <source>%1 rows: &lt;b&gt;%2 to create&lt;/b&gt;, %3 invalid, %4 duplicates in the file, %5 already on the console.</source>
        <translation>%1 Zeilen: &lt;b&gt;%2 anzulegen&lt;/b&gt;, %3 ungültig, %4 doppelt in der Datei, %5 bereits auf der Konsole.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 created&lt;/b&gt;, %2 already existed, %3 invalid, %4 failed, %5 not sent.</source>
        <translation>&lt;b&gt;%1 angelegt&lt;/b&gt;, %2 existierten bereits, %3 ungültig, %4 fehlgeschlagen, %5 nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source> · %1 users/s</source>
        <translation> · %1 Benutzer/s</translation>
    </message>
    <message numerus="yes">
        <source> · about %n second(s) left</source>
        <translation>
            <numerusform> · noch etwa %n Sekunde</numerusform>
            <numerusform> · noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source> · stopping after the requests already sent</source>
        <translation> · hält nach den bereits gesendeten Anfragen an</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be created. Retry them, or save the report.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht angelegt werden. Versuchen Sie sie erneut oder speichern Sie den Bericht.</numerusform>
            <numerusform>%n Zeilen konnten nicht angelegt werden. Versuchen Sie sie erneut oder speichern Sie den Bericht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n user(s) created.</source>
        <translation>
            <numerusform>Import abgeschlossen: %n Benutzer angelegt.</numerusform>
            <numerusform>Import abgeschlossen: %n Benutzer angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Temporary password of %1 copied; the clipboard is cleared soon.</source>
        <translation>Temporäres Passwort von %1 kopiert; die Zwischenablage wird bald geleert.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a first or last name, but whether this console stores users&apos; names is not known yet (refresh the users list to find out). The users are created without them.</source>
        <translation>
            <numerusform>%n Zeile hat einen Vor- oder Nachnamen, aber ob diese Konsole Namen von Benutzern speichert, ist noch nicht bekannt (aktualisieren Sie die Benutzerliste, um das herauszufinden). Die Benutzer werden ohne Namen angelegt.</numerusform>
            <numerusform>%n Zeilen haben einen Vor- oder Nachnamen, aber ob diese Konsole Namen von Benutzern speichert, ist noch nicht bekannt (aktualisieren Sie die Benutzerliste, um das herauszufinden). Die Benutzer werden ohne Namen angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a first or last name, but this console does not store users&apos; names (Run:ai 3.0 does). The users are created without them.</source>
        <translation>
            <numerusform>%n Zeile hat einen Vor- oder Nachnamen, aber diese Konsole speichert keine Namen von Benutzern (Run:ai 3.0 schon). Die Benutzer werden ohne Namen angelegt.</numerusform>
            <numerusform>%n Zeilen haben einen Vor- oder Nachnamen, aber diese Konsole speichert keine Namen von Benutzern (Run:ai 3.0 schon). Die Benutzer werden ohne Namen angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SSO user(s) left out: they sign in through the identity provider.</source>
        <translation>
            <numerusform>%n SSO-Benutzer ausgelassen: Er meldet sich über den Identitätsanbieter an.</numerusform>
            <numerusform>%n SSO-Benutzer ausgelassen: Sie melden sich über den Identitätsanbieter an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in flight</source>
        <translation>
            <numerusform> · %n Anfrage unterwegs</numerusform>
            <numerusform> · %n Anfragen unterwegs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runai::UserImportLauncher</name>
    <message>
        <source>Sign in to import users.</source>
        <translation>Melden Sie sich an, um Benutzer zu importieren.</translation>
    </message>
</context>
<context>
    <name>runai::UserImportModel</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Doppelt in der Datei</translation>
    </message>
    <message>
        <source>Already on the console</source>
        <translation>Bereits auf der Konsole</translation>
    </message>
    <message>
        <source>Hidden: select the row and use Copy password</source>
        <translation>Verborgen: Zeile wählen und „Passwort kopieren“ verwenden</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporäres Passwort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SSO user</source>
        <translation>SSO-Benutzer</translation>
    </message>
</context>
<context>
    <name>runai::UserImportPlan</name>
    <message>
        <source>The file holds no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>The first row looks like a header but has no &quot;email&quot; column.</source>
        <translation>Die erste Zeile sieht wie eine Kopfzeile aus, hat aber keine Spalte „email“.</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;</source>
        <translation>%1 muss true oder false sein, nicht „%2“</translation>
    </message>
    <message>
        <source>same email as line %1</source>
        <translation>gleiche E-Mail-Adresse wie Zeile %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen ist bis zum Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>The file has a header but no users.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Benutzer.</translation>
    </message>
    <message>
        <source>already on the console</source>
        <translation>bereits auf der Konsole</translation>
    </message>
    <message>
        <source>signs in through the identity provider (SSO): not created as a local user</source>
        <translation>meldet sich über den Identitätsanbieter (SSO) an: wird nicht als lokaler Benutzer angelegt</translation>
    </message>
</context>
<context>
    <name>runai::UserImportReportSaver</name>
    <message>
        <source>Save Temporary Passwords?</source>
        <translation>Temporäre Passwörter speichern?</translation>
    </message>
    <message>
        <source>The report will hold the temporary passwords in plain text. Anyone who can read the file can sign in as these users until they change their passwords.

Store the file somewhere safe and delete it once the passwords are handed over.</source>
        <translation>Der Bericht enthält die temporären Passwörter im Klartext. Wer die Datei lesen kann, kann sich als diese Benutzer anmelden, bis sie ihre Passwörter ändern.

Bewahren Sie die Datei sicher auf und löschen Sie sie, sobald die Passwörter übergeben sind.</translation>
    </message>
    <message>
        <source>Include Passwords</source>
        <translation>Passwörter einschließen</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>runai::UserListLoader</name>
    <message>
        <source>The console announced %1 users but kept sending more; the list stops at %2. Press Refresh to read it again.</source>
        <translation>Die Konsole hat %1 Benutzer angekündigt, aber immer weitere gesendet; die Liste endet bei %2. Drücken Sie Aktualisieren, um sie neu zu lesen.</translation>
    </message>
    <message>
        <source>The list stops at %1 users, the most this program reads at once. Search to narrow it.</source>
        <translation>Die Liste endet bei %1 Benutzern, der größten Zahl, die dieses Programm auf einmal liest. Suchen Sie, um sie einzugrenzen.</translation>
    </message>
</context>
<context>
    <name>runai::UsersModel</name>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Created by you in this session</source>
        <translation>In dieser Sitzung von Ihnen angelegt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>runai::UsersPage</name>
    <message>
        <source>Sign in to see the users of a console.</source>
        <translation>Melden Sie sich an, um die Benutzer einer Konsole zu sehen.</translation>
    </message>
</context>
<context>
    <name>runai::UsersTable</name>
    <message>
        <source>Save the users as shown (visible columns, current search and order, every loaded row) as a CSV file</source>
        <translation>Die Benutzer so speichern, wie sie angezeigt werden (sichtbare Spalten, aktuelle Suche und Reihenfolge, alle geladenen Zeilen), als CSV-Datei</translation>
    </message>
    <message>
        <source>Export Users to CSV</source>
        <translation>Benutzer als CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n user(s) to %1…</source>
        <translation>
            <numerusform>%n Benutzer wird nach %1 exportiert…</numerusform>
            <numerusform>%n Benutzer werden nach %1 exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>%n Benutzer nach %1 exportiert.</numerusform>
            <numerusform>%n Benutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be exported to %1: %2</source>
        <translation>Die Benutzer konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Stop reading the list; the users loaded so far stay (Esc)</source>
        <translation>Lesen der Liste abbrechen; die bisher geladenen Benutzer bleiben (Esc)</translation>
    </message>
    <message>
        <source>Searching the console for &quot;%1&quot;…</source>
        <translation>Die Konsole wird nach „%1“ durchsucht…</translation>
    </message>
    <message>
        <source>No users match &quot;%1&quot;.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
    <message>
        <source>This console has no users yet.</source>
        <translation>Diese Konsole hat noch keine Benutzer.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <source>Users on this console (loading %1 of %2…)</source>
        <translation>Benutzer auf dieser Konsole (%1 von %2 werden geladen…)</translation>
    </message>
    <message>
        <source>Users on this console (loading %1…)</source>
        <translation>Benutzer auf dieser Konsole (%1 werden geladen…)</translation>
    </message>
    <message>
        <source>Users matching &quot;%1&quot; (%2)</source>
        <translation>Benutzer passend zu „%1“ (%2)</translation>
    </message>
    <message>
        <source>Users on this console (%1)</source>
        <translation>Benutzer auf dieser Konsole (%1)</translation>
    </message>
    <message>
        <source>Users on this console</source>
        <translation>Benutzer auf dieser Konsole</translation>
    </message>
    <message>
        <source>The users could not be loaded. %1</source>
        <translation>Die Benutzer konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>The users could not be loaded (see the message above).
This list is unknown, not empty. It loads again as soon as you are signed in again.</source>
        <translation>Die Benutzer konnten nicht geladen werden (siehe die Meldung oben).
Diese Liste ist unbekannt, nicht leer. Sie wird neu geladen, sobald Sie wieder angemeldet sind.</translation>
    </message>
    <message>
        <source>The users could not be loaded (see the message above).
This list is unknown, not empty. Press Refresh (F5) to try again.</source>
        <translation>Die Benutzer konnten nicht geladen werden (siehe Meldung oben).
Diese Liste ist unbekannt, nicht etwa leer. Drücken Sie Aktualisieren (F5), um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>runai::VerifyAccessDialog</name>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Erfordert</translation>
    </message>
    <message>
        <source>Why / what would grant it</source>
        <translation>Grund / was es erlauben würde</translation>
    </message>
    <message>
        <source>Verify access: %1</source>
        <translation>Zugriff prüfen: %1</translation>
    </message>
    <message>
        <source>What may &lt;b&gt;%1&lt;/b&gt; do on this console? The check signs in as this user with the password grant and tries a fixed set of read-only calls.</source>
        <translation>Was darf &lt;b&gt;%1&lt;/b&gt; auf dieser Konsole? Die Prüfung meldet sich per Password-Grant als dieser Benutzer an und versucht eine feste Reihe nur lesender Aufrufe.</translation>
    </message>
    <message>
        <source>What may the access key &lt;b&gt;%1&lt;/b&gt; do on this console? Its token acts as its owner%2. The check gets one with the key&apos;s client secret and tries a fixed set of read-only calls.</source>
        <translation>Was darf der Zugriffsschlüssel &lt;b&gt;%1&lt;/b&gt; auf dieser Konsole? Sein Token handelt als sein Eigentümer%2. Die Prüfung holt ein Token mit dem Client-Secret des Schlüssels und versucht eine feste Reihe nur lesender Aufrufe.</translation>
    </message>
    <message>
        <source>What may &lt;b&gt;%1&lt;/b&gt; do on this console? The check gets its token with its client secret and tries a fixed set of read-only calls.</source>
        <translation>Was darf &lt;b&gt;%1&lt;/b&gt; auf dieser Konsole? Die Prüfung holt das Token mit dem Client-Secret und versucht eine feste Reihe nur lesender Aufrufe.</translation>
    </message>
    <message>
        <source>Nothing is created or changed; the activity log records that the check ran and what it found.</source>
        <translation>Nichts wird angelegt oder geändert; das Aktivitätsprotokoll vermerkt, dass die Prüfung lief und was sie ergab.</translation>
    </message>
    <message>
        <source>Use the &amp;password this program keeps in the keychain</source>
        <translation>Das im Schlüsselbund aufbewahrte &amp;Passwort verwenden</translation>
    </message>
    <message>
        <source>Use the client &amp;secret this program keeps in the keychain</source>
        <translation>Das im Schlüsselbund aufbewahrte Client-&amp;Secret verwenden</translation>
    </message>
    <message>
        <source>This program does not hold this user&apos;s password</source>
        <translation>Dieses Programm bewahrt das Passwort dieses Benutzers nicht auf</translation>
    </message>
    <message>
        <source>This program does not hold this client secret</source>
        <translation>Dieses Programm bewahrt dieses Client-Secret nicht auf</translation>
    </message>
    <message>
        <source>&amp;Type the password for this check</source>
        <translation>Passwort für diese Prüfung &amp;eingeben</translation>
    </message>
    <message>
        <source>&amp;Paste a client secret for this check</source>
        <translation>Client-Secret für diese Prüfung ein&amp;fügen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Used once for this check and never stored.</source>
        <translation>Wird einmal für diese Prüfung verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>Used once for this check and not stored.</source>
        <translation>Wird einmal für diese Prüfung verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>Erneut &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation>Prüfung &amp;ausführen</translation>
    </message>
    <message>
        <source>Type the user&apos;s password to run the check.</source>
        <translation>Geben Sie das Passwort des Benutzers ein, um die Prüfung auszuführen.</translation>
    </message>
    <message>
        <source>Paste the client secret to run the check.</source>
        <translation>Fügen Sie das Client-Secret ein, um die Prüfung auszuführen.</translation>
    </message>
    <message>
        <source>Reading the secret of &quot;%1&quot; from the keychain…</source>
        <translation>Das Secret von „%1“ wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be read from the keychain: %2. Paste it instead.</source>
        <translation>Das Secret von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2. Fügen Sie es stattdessen ein.</translation>
    </message>
    <message>
        <source>Getting a token for &quot;%1&quot;…</source>
        <translation>Token für „%1“ wird geholt…</translation>
    </message>
    <message>
        <source>Trying the calls as &quot;%1&quot;…</source>
        <translation>Aufrufe werden als „%1“ versucht…</translation>
    </message>
    <message>
        <source>Token for this check only (dropped afterwards): %1</source>
        <translation>Token nur für diese Prüfung (danach verworfen): %1</translation>
    </message>
    <message>
        <source>The console refused the password of &quot;%1&quot;.</source>
        <translation>Die Konsole hat das Passwort von „%1“ abgelehnt.</translation>
    </message>
    <message>
        <source>The console refused the client secret of &quot;%1&quot;: it is wrong, or it was regenerated since.</source>
        <translation>Die Konsole hat das Client-Secret von „%1“ abgelehnt: Es ist falsch oder wurde inzwischen neu erzeugt.</translation>
    </message>
    <message>
        <source>No token, so nothing was checked. %1</source>
        <translation>Kein Token, daher wurde nichts geprüft. %1</translation>
    </message>
    <message>
        <source>Allowed: %1 · Denied: %2 · Not offered by this console: %3 · Failed: %4</source>
        <translation>Erlaubt: %1 · Verweigert: %2 · Von dieser Konsole nicht angeboten: %3 · Fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Some calls failed for another reason than access (see the table): their result says nothing about the rules.</source>
        <translation>Einige Aufrufe sind aus einem anderen Grund als fehlender Berechtigung fehlgeschlagen (siehe Tabelle): Ihr Ergebnis sagt nichts über die Regeln aus.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; was refused %n call(s). Each row says which access rule would grant it.</source>
        <translation>
            <numerusform>„%1“ wurde %n Aufruf verweigert. Jede Zeile nennt die Zugriffsregel, die ihn erlauben würde.</numerusform>
            <numerusform>„%1“ wurden %n Aufrufe verweigert. Jede Zeile nennt die Zugriffsregel, die ihn erlauben würde.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; may make every call this console offers here.</source>
        <translation>„%1“ darf jeden Aufruf ausführen, den diese Konsole hier anbietet.</translation>
    </message>
</context>
</TS>
