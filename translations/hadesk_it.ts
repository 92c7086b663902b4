<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>hadesk::ClusterStore</name>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>voce %1</translation>
    </message>
    <message>
        <source>Skipped unreadable clusters in %1: %2</source>
        <translation>Cluster illeggibili ignorati in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid cluster name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>&apos;%1&apos; non è un nome di cluster valido: usare lettere, cifre, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;, iniziando con una lettera o una cifra</translation>
    </message>
    <message>
        <source>A cluster named &apos;%1&apos; already exists</source>
        <translation>Esiste già un cluster di nome &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cluster &apos;%1&apos; has no nodes</source>
        <translation>Il cluster &apos;%1&apos; non ha nodi</translation>
    </message>
    <message>
        <source>There is no cluster named &apos;%1&apos;</source>
        <translation>Non esiste un cluster di nome &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 names no host &apos;%2&apos;</source>
        <translation>%1 non contiene l&apos;host &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 names no concrete hosts</source>
        <translation>%1 non contiene host concreti</translation>
    </message>
</context>
<context>
    <name>hadesk::ClusterTreeModel</name>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nodo</numerusform>
            <numerusform>%n nodi</numerusform>
        </translation>
    </message>
    <message>
        <source>Reached through %1</source>
        <translation>Raggiunto tramite %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
</context>
<context>
    <name>hadesk::Language</name>
    <message>
        <source>No translation for &apos;%1&apos;; available: %2</source>
        <translation>Nessuna traduzione per &apos;%1&apos;; disponibili: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::Startup</name>
    <message>
        <source>User interface language (e.g. de, it, ko); default: the system&apos;s.</source>
        <translation>Lingua dell&apos;interfaccia (ad es. de, it, ko); predefinita: quella del sistema.</translation>
    </message>
    <message>
        <source>Cluster list file; default: %1.</source>
        <translation>File con l&apos;elenco dei cluster; predefinito: %1.</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ConstraintTableModel</name>
    <message>
        <source>score %1</source>
        <translation>punteggio %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>regole</translation>
    </message>
    <message>
        <source>resource sets</source>
        <translation>insiemi di risorse</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino a %1</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Vincolo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Risorse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::NodeTableModel</name>
    <message>
        <source>UNCLEAN</source>
        <translation>NON PULITO (UNCLEAN)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>manutenzione</translation>
    </message>
    <message>
        <source>standby (on fail)</source>
        <translation>standby (per errore)</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>standby</translation>
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
        <translation>Nodo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Risorse</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ResourceTreeModel</name>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fallito)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>Attiva su</translation>
    </message>
</context>
<context>
    <name>hadesk::ssh::KnownHostsFile</name>
    <message>
        <source>The host key of %1 is known (%2, line %3).</source>
        <translation>La chiave host di %1 è nota (%2, riga %3).</translation>
    </message>
    <message>
        <source>The authenticity of %1 cannot be established: it is not in %2. Its %3 key has the fingerprint %4.</source>
        <translation>L&apos;autenticità di %1 non può essere stabilita: non è in %2. La sua chiave %3 ha l&apos;impronta %4.</translation>
    </message>
    <message>
        <source>HOST KEY MISMATCH for %1: it presented a %2 key with fingerprint %3, but %4 line %5 records a different %6 key. Someone could be intercepting the connection, or the host was reinstalled. Refusing to connect; if the change is expected, remove line %5 from %4.</source>
        <translation>CHIAVE HOST DIVERSA (HOST KEY MISMATCH) per %1: ha presentato una chiave %2 con impronta %3, ma %4 riga %5 registra una chiave %6 diversa. Qualcuno potrebbe intercettare la connessione, oppure l&apos;host è stato reinstallato. Connessione rifiutata; se il cambiamento è atteso, rimuovere la riga %5 da %4.</translation>
    </message>
    <message>
        <source>The %1 key of %2 is marked @revoked in %3 line %4. Refusing to connect.</source>
        <translation>La chiave %1 di %2 è segnata @revoked in %3 riga %4. Connessione rifiutata.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::ssh::SshConfigFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1: unbalanced quotes</source>
        <translation>%1: virgolette non bilanciate</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; needs a value</source>
        <translation>%1: &apos;%2&apos; richiede un valore</translation>
    </message>
    <message>
        <source>Include nested more than %1 deep</source>
        <translation>Include annidati oltre %1 livelli</translation>
    </message>
    <message>
        <source>host %1: invalid port &apos;%2&apos;</source>
        <translation>host %1: porta non valida &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>hadesk::views::AboutDialog</name>
    <message>
        <source>About HAdesk</source>
        <translation>Informazioni su HAdesk</translation>
    </message>
    <message>
        <source>A desktop console for high-availability Linux clusters: Pacemaker and Corosync, DRBD replication and HAProxy load balancers, reached over SSH.</source>
        <translation>Una console desktop per cluster Linux ad alta affidabilità: Pacemaker e Corosync, replica DRBD e bilanciatori di carico HAProxy, raggiunti via SSH.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, libssh %3.</source>
        <translation>Compilato con Qt %1, in esecuzione con Qt %2, libssh %3.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::AddClusterDialog</name>
    <message>
        <source>Add Cluster</source>
        <translation>Aggiungi cluster</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>SSH configuration:</source>
        <translation>Configurazione SSH:</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Nodi:</translation>
    </message>
    <message>
        <source>Cluster name:</source>
        <translation>Nome del cluster:</translation>
    </message>
    <message>
        <source>OpenSSH client configuration</source>
        <translation>Configurazione del client OpenSSH</translation>
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
        <translation>&lt;h3&gt;Ancora nessun cluster&lt;/h3&gt;&lt;p&gt;Aggiungi un cluster scegliendo la configurazione OpenSSH con cui si raggiungono i suoi nodi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Cluster…</source>
        <translation>Aggiungi cluster…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>&amp;Aggiungi cluster…</translation>
    </message>
    <message>
        <source>&amp;Remove Cluster</source>
        <translation>&amp;Rimuovi cluster</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About HAdesk</source>
        <translation>&amp;Informazioni su HAdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Cluster</source>
        <translation>Rimuovi cluster</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the console? The cluster itself is not changed.</source>
        <translation>Rimuovere &apos;%1&apos; dalla console? Il cluster in sé non viene modificato.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SshPromptDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Chiave host sconosciuta</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the host shows (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):</source>
        <translation>Confronta questa impronta con quella mostrata dall&apos;host (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Fidati e connetti</translation>
    </message>
    <message>
        <source>sudo Password</source>
        <translation>Password di sudo</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Passphrase della chiave</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>hadeskctl</name>
    <message>
        <source>usage: hadeskctl add-cluster NAME SSH_CONFIG [HOST...]</source>
        <translation>uso: hadeskctl add-cluster NOME SSH_CONFIG [HOST...]</translation>
    </message>
    <message numerus="yes">
        <source>Added cluster %1 with %n node(s)</source>
        <translation>
            <numerusform>Aggiunto il cluster %1 con %n nodo</numerusform>
            <numerusform>Aggiunto il cluster %1 con %n nodi</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: hadeskctl remove-cluster NAME</source>
        <translation>uso: hadeskctl remove-cluster NOME</translation>
    </message>
    <message>
        <source>hadeskctl: HAdesk without a window, for scripts, tests and benchmarks.</source>
        <translation>hadeskctl: HAdesk senza finestra, per script, test e benchmark.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>list the clusters and their nodes</source>
        <translation>elenca i cluster e i loro nodi</translation>
    </message>
    <message>
        <source>add a cluster whose nodes are hosts of an OpenSSH configuration</source>
        <translation>aggiunge un cluster i cui nodi sono host di una configurazione OpenSSH</translation>
    </message>
    <message>
        <source>remove a cluster from the list (the cluster itself is not touched)</source>
        <translation>rimuove un cluster dall&apos;elenco (il cluster in sé non viene toccato)</translation>
    </message>
    <message>
        <source>Show the version of HAdesk, Qt and libssh.</source>
        <translation>Mostra la versione di HAdesk, Qt e libssh.</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>Cosa fare (vedi Comandi).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see --help</source>
        <translation>comando sconosciuto &apos;%1&apos;; vedi --help</translation>
    </message>
    <message>
        <source>run a command on a host over SSH; its output and exit code pass through</source>
        <translation>esegue un comando su un host via SSH; output e codice di uscita passano invariati</translation>
    </message>
    <message>
        <source>measure SSH round trips: held session, OpenSSH multiplexing, fresh ssh</source>
        <translation>misura i tempi di andata e ritorno SSH: sessione mantenuta, multiplexing di OpenSSH, ssh nuovo</translation>
    </message>
    <message>
        <source>OpenSSH client configuration to use, like ssh -F; default: ~/.ssh/config.</source>
        <translation>Configurazione del client OpenSSH da usare, come ssh -F; predefinita: ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Accept and record the host key of a host seen for the first time (never a changed one).</source>
        <translation>Accetta e registra la chiave host di un host visto per la prima volta (mai una chiave cambiata).</translation>
    </message>
    <message>
        <source>exec: stop the command after this many seconds.</source>
        <translation>exec: interrompe il comando dopo questo numero di secondi.</translation>
    </message>
    <message>
        <source>the cluster&apos;s nodes, resources, constraints and failures, live or from a CIB file</source>
        <translation>nodi, risorse, vincoli e errori del cluster, dal vivo o da un file CIB</translation>
    </message>
    <message>
        <source>time HAdesk&apos;s model of a CIB against crm_mon rendering it</source>
        <translation>misura il modello HAdesk di una CIB rispetto alla resa di crm_mon</translation>
    </message>
    <message>
        <source>start, stop, move, ban, clear, cleanup; previewed first (--preview: only that)</source>
        <translation>start, stop, move, ban, clear, cleanup; prima in anteprima (--preview: solo quella)</translation>
    </message>
    <message>
        <source>standby, online, maintenance, ready; previewed first</source>
        <translation>standby, online, maintenance, ready; prima in anteprima</translation>
    </message>
    <message>
        <source>time a full refresh over a held session against crm_mon on the node</source>
        <translation>misura un aggiornamento completo sulla sessione mantenuta rispetto a crm_mon sul nodo</translation>
    </message>
    <message>
        <source>maintenance, ready, clear-expired; previewed first</source>
        <translation>maintenance, ready, clear-expired; prima in anteprima</translation>
    </message>
    <message>
        <source>add a location, colocation or order constraint, or remove one; previewed first</source>
        <translation>aggiunge un vincolo di posizione, colocazione o ordine, o ne rimuove uno; prima in anteprima</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Add Cluster</source>
        <translation>Aggiungi cluster</translation>
    </message>
    <message>
        <source>HAdesk: a console for high-availability clusters.</source>
        <translation>HAdesk: una console per cluster ad alta affidabilità.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra la versione.</translation>
    </message>
    <message>
        <source>Add a cluster made of the hosts of this OpenSSH client configuration, unless one of that name exists.</source>
        <translation>Aggiunge un cluster formato dagli host di questa configurazione del client OpenSSH, se non ne esiste già uno con quel nome.</translation>
    </message>
    <message>
        <source>Name for the cluster added with --ssh-config.</source>
        <translation>Nome del cluster aggiunto con --ssh-config.</translation>
    </message>
    <message>
        <source>Cluster list</source>
        <translation>Elenco dei cluster</translation>
    </message>
</context>
</TS>
