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
