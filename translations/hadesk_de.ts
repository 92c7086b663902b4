<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>hadesk::ClusterStore</name>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Skipped unreadable clusters in %1: %2</source>
        <translation>Nicht lesbare Cluster in %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid cluster name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>&apos;%1&apos; ist kein gültiger Clustername: erlaubt sind Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>A cluster named &apos;%1&apos; already exists</source>
        <translation>Ein Cluster namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>Cluster &apos;%1&apos; has no nodes</source>
        <translation>Cluster &apos;%1&apos; hat keine Knoten</translation>
    </message>
    <message>
        <source>There is no cluster named &apos;%1&apos;</source>
        <translation>Es gibt keinen Cluster namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 names no host &apos;%2&apos;</source>
        <translation>%1 nennt keinen Host &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 names no concrete hosts</source>
        <translation>%1 nennt keine konkreten Hosts</translation>
    </message>
</context>
<context>
    <name>hadesk::ClusterTreeModel</name>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Reached through %1</source>
        <translation>Erreichbar über %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>hadesk::Language</name>
    <message>
        <source>No translation for &apos;%1&apos;; available: %2</source>
        <translation>Keine Übersetzung für &apos;%1&apos;; verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::Startup</name>
    <message>
        <source>User interface language (e.g. de, it, ko); default: the system&apos;s.</source>
        <translation>Sprache der Oberfläche (z. B. de, it, ko); Standard: die des Systems.</translation>
    </message>
    <message>
        <source>Cluster list file; default: %1.</source>
        <translation>Datei der Clusterliste; Standard: %1.</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ConstraintTableModel</name>
    <message>
        <source>score %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>resource sets</source>
        <translation>Ressourcenmengen</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::NodeTableModel</name>
    <message>
        <source>UNCLEAN</source>
        <translation>UNSAUBER (UNCLEAN)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>standby (on fail)</source>
        <translation>Standby (nach Fehler)</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>%1 (DC)</source>
        <translation>%1 (DC)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ResourceTreeModel</name>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>Aktiv auf</translation>
    </message>
</context>
<context>
    <name>hadesk::ssh::KnownHostsFile</name>
    <message>
        <source>The host key of %1 is known (%2, line %3).</source>
        <translation>Der Host-Schlüssel von %1 ist bekannt (%2, Zeile %3).</translation>
    </message>
    <message>
        <source>The authenticity of %1 cannot be established: it is not in %2. Its %3 key has the fingerprint %4.</source>
        <translation>Die Echtheit von %1 kann nicht festgestellt werden: er steht nicht in %2. Sein %3-Schlüssel hat den Fingerabdruck %4.</translation>
    </message>
    <message>
        <source>HOST KEY MISMATCH for %1: it presented a %2 key with fingerprint %3, but %4 line %5 records a different %6 key. Someone could be intercepting the connection, or the host was reinstalled. Refusing to connect; if the change is expected, remove line %5 from %4.</source>
        <translation>HOST-SCHLÜSSEL STIMMT NICHT ÜBEREIN (HOST KEY MISMATCH) für %1: er zeigte einen %2-Schlüssel mit Fingerabdruck %3, aber %4 Zeile %5 verzeichnet einen anderen %6-Schlüssel. Jemand könnte die Verbindung abfangen, oder der Host wurde neu installiert. Verbindung verweigert; ist die Änderung erwartet, entfernen Sie Zeile %5 aus %4.</translation>
    </message>
    <message>
        <source>The %1 key of %2 is marked @revoked in %3 line %4. Refusing to connect.</source>
        <translation>Der %1-Schlüssel von %2 ist in %3 Zeile %4 als @revoked markiert. Verbindung verweigert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::ssh::SshConfigFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: unbalanced quotes</source>
        <translation>%1: unausgeglichene Anführungszeichen</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; needs a value</source>
        <translation>%1: &apos;%2&apos; braucht einen Wert</translation>
    </message>
    <message>
        <source>Include nested more than %1 deep</source>
        <translation>Include mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>host %1: invalid port &apos;%2&apos;</source>
        <translation>Host %1: ungültiger Port &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>hadesk::views::AboutDialog</name>
    <message>
        <source>About HAdesk</source>
        <translation>Über HAdesk</translation>
    </message>
    <message>
        <source>A desktop console for high-availability Linux clusters: Pacemaker and Corosync, DRBD replication and HAProxy load balancers, reached over SSH.</source>
        <translation>Eine Desktop-Konsole für hochverfügbare Linux-Cluster: Pacemaker und Corosync, DRBD-Replikation und HAProxy-Lastverteiler, erreicht über SSH.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, libssh %3.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2, libssh %3.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::AddClusterDialog</name>
    <message>
        <source>Add Cluster</source>
        <translation>Cluster hinzufügen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>SSH configuration:</source>
        <translation>SSH-Konfiguration:</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>Cluster name:</source>
        <translation>Clustername:</translation>
    </message>
    <message>
        <source>OpenSSH client configuration</source>
        <translation>OpenSSH-Client-Konfiguration</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hadesk::views::MainWindow</name>
    <message>
        <source>HAdesk</source>
        <translation>HAdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No clusters yet&lt;/h3&gt;&lt;p&gt;Add a cluster by choosing the OpenSSH configuration its nodes are reached through.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Cluster&lt;/h3&gt;&lt;p&gt;Fügen Sie einen Cluster hinzu, indem Sie die OpenSSH-Konfiguration wählen, über die seine Knoten erreicht werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Cluster…</source>
        <translation>Cluster hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>Cluster &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Cluster</source>
        <translation>Cluster &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About HAdesk</source>
        <translation>Über &amp;HAdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Cluster</source>
        <translation>Cluster entfernen</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the console? The cluster itself is not changed.</source>
        <translation>&apos;%1&apos; aus der Konsole entfernen? Der Cluster selbst wird nicht verändert.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SshPromptDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the host shows (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):</source>
        <translation>Vergleichen Sie diesen Fingerabdruck mit dem, den der Host zeigt (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>sudo Password</source>
        <translation>sudo-Passwort</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>hadeskctl</name>
    <message>
        <source>usage: hadeskctl add-cluster NAME SSH_CONFIG [HOST...]</source>
        <translation>Aufruf: hadeskctl add-cluster NAME SSH_CONFIG [HOST...]</translation>
    </message>
    <message numerus="yes">
        <source>Added cluster %1 with %n node(s)</source>
        <translation>
            <numerusform>Cluster %1 mit %n Knoten hinzugefügt</numerusform>
            <numerusform>Cluster %1 mit %n Knoten hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: hadeskctl remove-cluster NAME</source>
        <translation>Aufruf: hadeskctl remove-cluster NAME</translation>
    </message>
    <message>
        <source>hadeskctl: HAdesk without a window, for scripts, tests and benchmarks.</source>
        <translation>hadeskctl: HAdesk ohne Fenster, für Skripte, Tests und Benchmarks.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>list the clusters and their nodes</source>
        <translation>Cluster und ihre Knoten auflisten</translation>
    </message>
    <message>
        <source>add a cluster whose nodes are hosts of an OpenSSH configuration</source>
        <translation>einen Cluster hinzufügen, dessen Knoten Hosts einer OpenSSH-Konfiguration sind</translation>
    </message>
    <message>
        <source>remove a cluster from the list (the cluster itself is not touched)</source>
        <translation>einen Cluster aus der Liste entfernen (der Cluster selbst bleibt unberührt)</translation>
    </message>
    <message>
        <source>Show the version of HAdesk, Qt and libssh.</source>
        <translation>Version von HAdesk, Qt und libssh anzeigen.</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>Was zu tun ist (siehe Befehle).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see --help</source>
        <translation>unbekannter Befehl &apos;%1&apos;; siehe --help</translation>
    </message>
    <message>
        <source>run a command on a host over SSH; its output and exit code pass through</source>
        <translation>einen Befehl per SSH auf einem Host ausführen; Ausgabe und Exit-Code werden durchgereicht</translation>
    </message>
    <message>
        <source>measure SSH round trips: held session, OpenSSH multiplexing, fresh ssh</source>
        <translation>SSH-Umlaufzeiten messen: gehaltene Sitzung, OpenSSH-Multiplexing, neues ssh</translation>
    </message>
    <message>
        <source>OpenSSH client configuration to use, like ssh -F; default: ~/.ssh/config.</source>
        <translation>Zu verwendende OpenSSH-Client-Konfiguration, wie ssh -F; Standard: ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Accept and record the host key of a host seen for the first time (never a changed one).</source>
        <translation>Den Host-Schlüssel eines erstmals gesehenen Hosts annehmen und speichern (nie einen geänderten).</translation>
    </message>
    <message>
        <source>exec: stop the command after this many seconds.</source>
        <translation>exec: den Befehl nach so vielen Sekunden beenden.</translation>
    </message>
    <message>
        <source>the cluster&apos;s nodes, resources, constraints and failures, live or from a CIB file</source>
        <translation>Knoten, Ressourcen, Constraints und Fehler des Clusters, live oder aus einer CIB-Datei</translation>
    </message>
    <message>
        <source>time HAdesk&apos;s model of a CIB against crm_mon rendering it</source>
        <translation>HAdesks Modell einer CIB gegen crm_mons Darstellung zeitlich messen</translation>
    </message>
    <message>
        <source>start, stop, move, ban, clear, cleanup; previewed first (--preview: only that)</source>
        <translation>start, stop, move, ban, clear, cleanup; zuerst als Vorschau (--preview: nur diese)</translation>
    </message>
    <message>
        <source>standby, online, maintenance, ready; previewed first</source>
        <translation>standby, online, maintenance, ready; zuerst als Vorschau</translation>
    </message>
    <message>
        <source>time a full refresh over a held session against crm_mon on the node</source>
        <translation>eine vollständige Aktualisierung über die gehaltene Sitzung gegen crm_mon auf dem Knoten messen</translation>
    </message>
    <message>
        <source>maintenance, ready, clear-expired; previewed first</source>
        <translation>maintenance, ready, clear-expired; zuerst als Vorschau</translation>
    </message>
    <message>
        <source>add a location, colocation or order constraint, or remove one; previewed first</source>
        <translation>eine Location-, Colocation- oder Order-Constraint hinzufügen oder eine entfernen; zuerst als Vorschau</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Add Cluster</source>
        <translation>Cluster hinzufügen</translation>
    </message>
    <message>
        <source>HAdesk: a console for high-availability clusters.</source>
        <translation>HAdesk: eine Konsole für hochverfügbare Cluster.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>Add a cluster made of the hosts of this OpenSSH client configuration, unless one of that name exists.</source>
        <translation>Einen Cluster aus den Hosts dieser OpenSSH-Client-Konfiguration hinzufügen, sofern keiner dieses Namens existiert.</translation>
    </message>
    <message>
        <source>Name for the cluster added with --ssh-config.</source>
        <translation>Name des mit --ssh-config hinzugefügten Clusters.</translation>
    </message>
    <message>
        <source>Cluster list</source>
        <translation>Clusterliste</translation>
    </message>
</context>
</TS>
