<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>DrbdOperations</name>
    <message>
        <source>&apos;%1&apos; is not a DRBD resource name</source>
        <translation>&apos;%1&apos; non è un nome di risorsa DRBD</translation>
    </message>
    <message>
        <source>drbdadm %1 %2 on %3</source>
        <translation>drbdadm %1 %2 su %3</translation>
    </message>
    <message>
        <source>%1 has no DRBD resource %2</source>
        <translation>%1 non ha la risorsa DRBD %2</translation>
    </message>
    <message>
        <source>Pacemaker runs %1 as %2: promote it through the cluster (move the promoted role to the node), not with drbdadm behind the cluster&apos;s back</source>
        <translation>Pacemaker esegue %1 come %2: promuovila tramite il cluster (sposta il ruolo promosso sul nodo), non con drbdadm alle spalle del cluster</translation>
    </message>
    <message>
        <source>Forcing %1 primary makes its data the valid copy whatever its state (%2): changes only the other nodes have are lost when they connect</source>
        <translation>Forzare %1 come primario rende i suoi dati la copia valida qualunque sia il loro stato (%2): le modifiche presenti solo sugli altri nodi vanno perse alla connessione</translation>
    </message>
    <message>
        <source>%1&apos;s changes since the split are discarded; it resyncs from its peer</source>
        <translation>Le modifiche di %1 dalla separazione vengono scartate; si risincronizza dal suo peer</translation>
    </message>
    <message>
        <source>Pacemaker runs %1 as %2 and may react to this</source>
        <translation>Pacemaker esegue %1 come %2 e potrebbe reagire</translation>
    </message>
    <message>
        <source>No node would hold UpToDate data of %1 afterwards</source>
        <translation>Dopo, nessun nodo avrebbe dati UpToDate di %1</translation>
    </message>
    <message>
        <source>Only %1 would hold UpToDate data of %2 afterwards</source>
        <translation>Dopo, solo %1 avrebbe dati UpToDate di %2</translation>
    </message>
    <message>
        <source>%1 is where Pacemaker has promoted %2: move the promoted role away before discarding its data</source>
        <translation>Su %1 Pacemaker ha promosso %2: sposta il ruolo promosso prima di scartarne i dati</translation>
    </message>
    <message>
        <source>No node but %1 holds UpToDate data of %2: nothing to resync from</source>
        <translation>Solo %1 ha dati UpToDate di %2: non c&apos;è da dove risincronizzare</translation>
    </message>
</context>
<context>
    <name>DrbdOverview</name>
    <message>
        <source>Split brain on %1: its data and its peer&apos;s have diverged; choose the node whose changes are discarded and reconnect</source>
        <translation>Split brain su %1: i suoi dati e quelli del peer sono divergenti; scegli il nodo le cui modifiche vengono scartate e riconnetti</translation>
    </message>
    <message>
        <source>I/O is suspended on %1 (%2): writes wait until it is resumed</source>
        <translation>L&apos;I/O è sospeso su %1 (%2): le scritture attendono finché non riprende</translation>
    </message>
    <message>
        <source>Primary on %1 at once</source>
        <translation>Primario su %1 contemporaneamente</translation>
    </message>
    <message>
        <source>%1 is StandAlone: it does not replicate to %2 until connected again</source>
        <translation>%1 è StandAlone: non replica verso %2 finché non viene riconnesso</translation>
    </message>
    <message>
        <source>The resync between %1 and %2 is paused</source>
        <translation>La risincronizzazione tra %1 e %2 è in pausa</translation>
    </message>
    <message>
        <source>%1 KiB differ between %2 and %3 (found by a verify): disconnect and connect to resync them</source>
        <translation>%1 KiB differiscono tra %2 e %3 (trovati da una verifica): disconnetti e riconnetti per risincronizzarli</translation>
    </message>
    <message>
        <source>%1 has no disk (Diskless): it reads and writes through its peer</source>
        <translation>%1 non ha disco (Diskless): legge e scrive tramite il suo peer</translation>
    </message>
    <message>
        <source>%1&apos;s data is Outdated: it cannot take over until it has resynced</source>
        <translation>I dati di %1 sono Outdated: non può subentrare finché non si è risincronizzato</translation>
    </message>
    <message>
        <source>%1&apos;s data is Inconsistent and no resync runs</source>
        <translation>I dati di %1 sono Inconsistent e nessuna risincronizzazione è in corso</translation>
    </message>
    <message>
        <source>Only %1 holds UpToDate data</source>
        <translation>Solo %1 ha dati UpToDate</translation>
    </message>
    <message>
        <source>No node holds UpToDate data</source>
        <translation>Nessun nodo ha dati UpToDate</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/s</translation>
    </message>
    <message>
        <source>%1 % · %2 · ETA %3</source>
        <translation>%1 % · %2 · ETA %3</translation>
    </message>
    <message>
        <source>verify %1</source>
        <translation>verifica %1</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (in pausa)</translation>
    </message>
    <message>
        <source>verify from %1: %2 %, %3, ETA %4</source>
        <translation>verifica da %1: %2 %, %3, ETA %4</translation>
    </message>
    <message>
        <source>resync from %1: %2 %, %3, ETA %4</source>
        <translation>resync da %1: %2 %, %3, ETA %4</translation>
    </message>
</context>
<context>
    <name>DrbdResourceCreator</name>
    <message>
        <source>&apos;%1&apos; is not a resource name HAdesk writes (letters, digits, . _ - only)</source>
        <translation>&apos;%1&apos; non è un nome di risorsa che HAdesk scrive (solo lettere, cifre, . _ -)</translation>
    </message>
    <message>
        <source>the device minor must be between 0 and %1</source>
        <translation>il minor del dispositivo deve essere compreso tra 0 e %1</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>la porta deve essere compresa tra 1 e 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a block device path under /dev</source>
        <translation>&apos;%1&apos; non è il percorso di un dispositivo a blocchi sotto /dev</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resync rate (a number, optionally K, M or G)</source>
        <translation>&apos;%1&apos; non è una velocità di resync (un numero, eventualmente con K, M o G)</translation>
    </message>
    <message>
        <source>a resource needs two nodes</source>
        <translation>una risorsa richiede due nodi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name</source>
        <translation>&apos;%1&apos; non è un nome host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (for %2) is not an IP address</source>
        <translation>&apos;%1&apos; (per %2) non è un indirizzo IP</translation>
    </message>
    <message>
        <source>every node needs a name and an address of its own</source>
        <translation>ogni nodo deve avere un nome e un indirizzo propri</translation>
    </message>
    <message>
        <source>the initial primary %1 is not one of the nodes</source>
        <translation>il Primary iniziale %1 non è uno dei nodi</translation>
    </message>
    <message>
        <source>choose the node the initial sync starts from, or skip the sync for empty disks</source>
        <translation>scegliere il nodo da cui parte la sincronizzazione iniziale, oppure saltare la sincronizzazione per dischi vuoti</translation>
    </message>
</context>
<context>
    <name>Events2Parser</name>
    <message>
        <source>&quot;%1&quot; is not a key:value field</source>
        <translation>&quot;%1&quot; non è un campo chiave:valore</translation>
    </message>
    <message>
        <source>%1:%2 is not a number</source>
        <translation>%1:%2 non è un numero</translation>
    </message>
    <message>
        <source>not an events2 line: %1</source>
        <translation>non è una riga events2: %1</translation>
    </message>
    <message>
        <source>no resource name in: %1</source>
        <translation>nessun nome di risorsa in: %1</translation>
    </message>
    <message>
        <source>no peer-node-id in: %1</source>
        <translation>nessun peer-node-id in: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>the DRBD state ends early (no &quot;exists -&quot; line): the output is cut short</source>
        <translation>lo stato DRBD termina troppo presto (nessuna riga &quot;exists -&quot;): l&apos;output è troncato</translation>
    </message>
    <message>
        <source>line %1: not DRBD status output: %2</source>
        <translation>riga %1: non è output di stato DRBD: %2</translation>
    </message>
</context>
<context>
    <name>HostChecks</name>
    <message>
        <source>%1: the setup agent reported nothing it found</source>
        <translation>%1: l&apos;agente di configurazione non ha riportato nulla di ciò che ha rilevato</translation>
    </message>
    <message>
        <source>HAdesk set it up for cluster &quot;%1&quot;: undo that first (hadeskctl setup --undo)</source>
        <translation>HAdesk lo ha configurato per il cluster &quot;%1&quot;: annullare prima quella configurazione (hadeskctl setup --undo)</translation>
    </message>
    <message>
        <source>it belongs to a cluster already (%1)</source>
        <translation>appartiene già a un cluster (%1)</translation>
    </message>
    <message>
        <source>its host name is &quot;%1&quot;, the plan calls it &quot;%2&quot;</source>
        <translation>il suo nome host è &quot;%1&quot;, il piano lo chiama &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no systemctl: setup needs systemd&apos;s service manager</source>
        <translation>systemctl assente: la configurazione richiede il gestore dei servizi di systemd</translation>
    </message>
    <message>
        <source>its clock is %1 s %2 this machine&apos;s (limit %3 s): set up NTP (chrony) first</source>
        <translation>il suo orologio è %1 s %2 quello di questa macchina (limite %3 s): configurare prima NTP (chrony)</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>avanti rispetto a</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>indietro rispetto a</translation>
    </message>
    <message>
        <source>link %1&apos;s address %2 is not on any of its interfaces (%3)</source>
        <translation>l&apos;indirizzo %2 del collegamento %1 non è su nessuna delle sue interfacce (%3)</translation>
    </message>
    <message>
        <source>%1 does not resolve the name %2 (add it to /etc/hosts: %3)</source>
        <translation>%1 non risolve il nome %2 (aggiungerlo a /etc/hosts: %3)</translation>
    </message>
    <message>
        <source>it resolves %1 to %2, the plan gives %3%4</source>
        <translation>risolve %1 in %2, il piano indica %3%4</translation>
    </message>
    <message>
        <source> (the 127.0.1.1 line Debian&apos;s installer writes: point it at the link 0 address)</source>
        <translation> (la riga 127.0.1.1 scritta dall&apos;installer di Debian: farla puntare all&apos;indirizzo del collegamento 0)</translation>
    </message>
    <message>
        <source>nftables has rules of its own: open %1 in them, then run again</source>
        <translation>nftables ha regole proprie: aprirvi %1, poi eseguire di nuovo</translation>
    </message>
    <message>
        <source>%1 %2 here, %3: every node needs the same version</source>
        <translation>%1 %2 qui, %3: ogni nodo richiede la stessa versione</translation>
    </message>
    <message>
        <source>%1 missing and neither apt-get nor dnf to install them</source>
        <translation>%1 mancanti e nessun apt-get o dnf per installarli</translation>
    </message>
    <message>
        <source>the fence agent %1 is not installed</source>
        <translation>l&apos;agente di fencing %1 non è installato</translation>
    </message>
    <message>
        <source>the VIP %1 (%2) is already an address of this host</source>
        <translation>il VIP %1 (%2) è già un indirizzo di questo host</translation>
    </message>
    <message>
        <source>the nodes run different systems: %1</source>
        <translation>i nodi eseguono sistemi diversi: %1</translation>
    </message>
    <message>
        <source>%1/%2 is outside every segment of %3 (%4 has %5)</source>
        <translation>%1/%2 è fuori da ogni segmento di %3 (%4 ha %5)</translation>
    </message>
    <message>
        <source>the plan puts it on %1, its segment is on %2</source>
        <translation>il piano lo mette su %1, il suo segmento è su %2</translation>
    </message>
    <message>
        <source>its segment is on differently named interfaces (%1): give &quot;interface&quot;</source>
        <translation>il suo segmento è su interfacce con nomi diversi (%1): indicare &quot;interface&quot;</translation>
    </message>
    <message>
        <source>it is in a cluster already: it is not a node to add</source>
        <translation>è già in un cluster: non è un nodo da aggiungere</translation>
    </message>
    <message>
        <source>it does not run %1 as HAdesk built it: build the cluster first (hadeskctl setup)</source>
        <translation>non esegue %1 come lo ha costruito HAdesk: costruire prima il cluster (hadeskctl setup)</translation>
    </message>
</context>
<context>
    <name>LinkTest</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 → %2 link %3 (%4 → %5): %6</source>
        <translation>%1 → %2 collegamento %3 (%4 → %5): %6</translation>
    </message>
    <message>
        <source>%1 → %2 link %3: rtt %4/%5/%6 ms, jitter %7 ms, %8 of %9 lost, path MTU %10</source>
        <translation>%1 → %2 collegamento %3: rtt %4/%5/%6 ms, jitter %7 ms, %8 persi su %9, MTU del percorso %10</translation>
    </message>
    <message>
        <source>%1: packets lost</source>
        <translation>%1: pacchetti persi</translation>
    </message>
    <message>
        <source>%1: a path MTU this small slows every message</source>
        <translation>%1: una MTU del percorso così piccola rallenta ogni messaggio</translation>
    </message>
    <message>
        <source>%1 of %2 link measurements arrived</source>
        <translation>sono arrivate %1 misurazioni dei collegamenti su %2</translation>
    </message>
    <message>
        <source>%1 links measured, worst round trip %2 ms: timing &quot;%3&quot; suggested</source>
        <translation>%1 collegamenti misurati, andata e ritorno peggiore %2 ms: consigliato il timing &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the plan asks for the fast timing, but the links are not quick and steady enough for it</source>
        <translation>il piano chiede il timing veloce, ma i collegamenti non sono abbastanza rapidi e stabili</translation>
    </message>
    <message>
        <source>nothing to measure</source>
        <translation>niente da misurare</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>HAdesk</source>
        <translation>HAdesk</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Riavvia</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Sposta su</translation>
    </message>
    <message>
        <source>&amp;Ban from</source>
        <translation>&amp;Escludi da</translation>
    </message>
    <message>
        <source>Move &amp;away from %1</source>
        <translation>Sposta &amp;via da %1</translation>
    </message>
    <message>
        <source>&amp;Clear moves and bans</source>
        <translation>&amp;Annulla spostamenti ed esclusioni</translation>
    </message>
    <message>
        <source>Clean &amp;up failures</source>
        <translation>&amp;Ripulisci i fallimenti</translation>
    </message>
    <message>
        <source>U&amp;nmanage</source>
        <translation>&amp;Non gestire</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Gestisci</translation>
    </message>
    <message>
        <source>Leave maintenance</source>
        <translation>Esci dalla manutenzione</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenzione</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>Elimina risorsa</translation>
    </message>
    <message>
        <source>Delete %1 from the configuration? Pacemaker stops it first.</source>
        <translation>Eliminare %1 dalla configurazione? Pacemaker la ferma prima.</translation>
    </message>
    <message>
        <source>Bring &amp;online</source>
        <translation>Porta &amp;online</translation>
    </message>
    <message>
        <source>Put in &amp;standby</source>
        <translation>Metti in &amp;standby</translation>
    </message>
    <message>
        <source>Leave &amp;maintenance</source>
        <translation>Esci dalla &amp;manutenzione</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>&amp;Manutenzione</translation>
    </message>
    <message>
        <source>Add &amp;Constraint…</source>
        <translation>Aggiungi &amp;vincolo…</translation>
    </message>
    <message>
        <source>Remove C&amp;onstraint</source>
        <translation>Rimuovi v&amp;incolo</translation>
    </message>
    <message>
        <source>Read-only: no changes from here (Cluster ▸ Read-only)</source>
        <translation>Sola lettura: nessuna modifica da qui (Cluster ▸ Sola lettura)</translation>
    </message>
    <message>
        <source>Made by Pacemaker for its bundle: act on the bundle</source>
        <translation>Creato da Pacemaker per il suo bundle: agire sul bundle</translation>
    </message>
</context>
<context>
    <name>SetupConfigs</name>
    <message>
        <source>timing &quot;%1&quot;: corosync token %2 ms (%3 ms with %4 nodes), a lost node noticed after about %5 s; fencing allowed %6 s; services checked every %7 s</source>
        <translation>timing &quot;%1&quot;: corosync token %2 ms (%3 ms con %4 nodi), un nodo perso viene rilevato dopo circa %5 s; fencing consentito %6 s; servizi controllati ogni %7 s</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source>must be an object of name: value</source>
        <translation>deve essere un oggetto di nome: valore</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter name</source>
        <translation>&quot;%1&quot; non è un nome di parametro</translation>
    </message>
    <message>
        <source>must be a string, a number or true/false</source>
        <translation>deve essere una stringa, un numero o true/false</translation>
    </message>
    <message>
        <source>cannot read the plan: %1</source>
        <translation>impossibile leggere il piano: %1</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>non è JSON: %1 alla posizione %2</translation>
    </message>
    <message>
        <source>the plan must be a JSON object</source>
        <translation>il piano deve essere un oggetto JSON</translation>
    </message>
    <message>
        <source>unknown key (known: cluster, fencing, vips, haproxy, storage, services)</source>
        <translation>chiave sconosciuta (note: cluster, fencing, vips, haproxy, storage, services)</translation>
    </message>
    <message>
        <source>a name of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; is needed</source>
        <translation>serve un nome di lettere, cifre, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timing profile (default or fast)</source>
        <translation>&quot;%1&quot; non è un profilo di timing (default o fast)</translation>
    </message>
    <message>
        <source>not a UDP port</source>
        <translation>non è una porta UDP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node name</source>
        <translation>&quot;%1&quot; non è un nome di nodo</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 è elencato due volte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host to connect to</source>
        <translation>&quot;%1&quot; non è un host a cui connettersi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot; non è un indirizzo IPv4</translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation>%1 è usato due volte</translation>
    </message>
    <message>
        <source>one to eight corosync link addresses are needed</source>
        <translation>servono da uno a otto indirizzi di collegamento corosync</translation>
    </message>
    <message>
        <source>a cluster needs at least two nodes</source>
        <translation>un cluster richiede almeno due nodi</translation>
    </message>
    <message>
        <source>more than 32 nodes: corosync does not support it</source>
        <translation>più di 32 nodi: corosync non lo supporta</translation>
    </message>
    <message>
        <source>%1 has %2 links, %3 has %4: every node needs the same links</source>
        <translation>%1 ha %2 collegamenti, %3 ne ha %4: ogni nodo richiede gli stessi collegamenti</translation>
    </message>
    <message>
        <source>a fence agent is needed (fence_ipmilan, say); &quot;enabled&quot;: false only knowingly</source>
        <translation>serve un agente di fencing (ad esempio fence_ipmilan); &quot;enabled&quot;: false solo consapevolmente</translation>
    </message>
    <message>
        <source>not a node of the cluster</source>
        <translation>non è un nodo del cluster</translation>
    </message>
    <message>
        <source>%1 has no fence device</source>
        <translation>%1 non ha un dispositivo di fencing</translation>
    </message>
    <message>
        <source>the node to test-fence is needed (&quot;test&quot;: false skips the test, unsafely)</source>
        <translation>serve il nodo su cui provare il fencing (&quot;test&quot;: false salta la prova, in modo non sicuro)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>&quot;%1&quot; non è un id (lettere, cifre, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <source>%1 is already used</source>
        <translation>%1 è già usato</translation>
    </message>
    <message>
        <source>a prefix length from 1 to 32 is needed</source>
        <translation>serve una lunghezza di prefisso da 1 a 32</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name</source>
        <translation>&quot;%1&quot; non è un nome di interfaccia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset</source>
        <translation>&quot;%1&quot; non è un preset</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template (active-standby, active-active)</source>
        <translation>&quot;%1&quot; non è un modello (active-standby, active-active)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agent (ocf:provider:type, systemd:unit...)</source>
        <translation>&quot;%1&quot; non è un agente (ocf:provider:type, systemd:unit...)</translation>
    </message>
    <message>
        <source>not a TCP port</source>
        <translation>non è una porta TCP</translation>
    </message>
    <message>
        <source>an HTTP path such as /health is needed</source>
        <translation>serve un percorso HTTP come /health</translation>
    </message>
    <message>
        <source>no VIP %1 in vips</source>
        <translation>nessun VIP %1 in vips</translation>
    </message>
    <message>
        <source>an active/active service is reached through a frontend, not a VIP of its own</source>
        <translation>un servizio active/active si raggiunge tramite un frontend, non con un VIP proprio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agent</source>
        <translation>&quot;%1&quot; non è un agente</translation>
    </message>
    <message>
        <source>%1 is the id of HAProxy&apos;s clone: name it otherwise</source>
        <translation>%1 è l&apos;id del clone di HAProxy: usare un altro nome</translation>
    </message>
    <message>
        <source>%1 port %2 is bound twice</source>
        <translation>la porta %2 di %1 è associata due volte</translation>
    </message>
    <message>
        <source>no service %1 in services</source>
        <translation>nessun servizio %1 in services</translation>
    </message>
    <message>
        <source>%1 has no port for HAProxy to reach</source>
        <translation>%1 non ha una porta che HAProxy possa raggiungere</translation>
    </message>
    <message>
        <source>DRBD storage in a setup plan is not supported yet: set it up with hadeskctl drbd once the cluster runs</source>
        <translation>lo storage DRBD in un piano di configurazione non è ancora supportato: configurarlo con hadeskctl drbd quando il cluster è in funzione</translation>
    </message>
    <message>
        <source>a corosync nodeid is a positive number</source>
        <translation>un nodeid di corosync è un numero positivo</translation>
    </message>
    <message>
        <source>nodeid %1 is %2&apos;s already</source>
        <translation>il nodeid %1 è già di %2</translation>
    </message>
</context>
<context>
    <name>hadesk::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Tramite</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>hadesk::ClusterSession</name>
    <message>
        <source>&apos;%1&apos; is not a server state (ready, drain or maint)</source>
        <translation>&apos;%1&apos; non è uno stato del server (ready, drain o maint)</translation>
    </message>
    <message>
        <source>no HAProxy has answered yet</source>
        <translation>nessun HAProxy ha ancora risposto</translation>
    </message>
    <message>
        <source>No HAProxy server stands for %1.</source>
        <translation>Nessun server HAProxy rappresenta %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
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
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
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
    <name>hadesk::CommandLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Uscita</translation>
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
    <name>hadesk::NodeAddressConfig</name>
    <message>
        <source>Name at least one node.</source>
        <translation>Indica almeno un nodo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name, an address or an SSH alias.</source>
        <translation>&apos;%1&apos; non è un nome host, un indirizzo o un alias SSH.</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>%1 è indicato due volte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name.</source>
        <translation>&apos;%1&apos; non è un nome utente valido.</translation>
    </message>
    <message>
        <source>%1 is not a port number.</source>
        <translation>%1 non è un numero di porta.</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Scegli il file della chiave privata.</translation>
    </message>
    <message>
        <source>The key file&apos;s path cannot contain quotes, &apos;%&apos; or line breaks.</source>
        <translation>Il percorso del file della chiave non può contenere virgolette, &apos;%&apos; o a capo.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Impossibile leggere il file della chiave %1.</translation>
    </message>
</context>
<context>
    <name>hadesk::SegmentLabel</name>
    <message>
        <source>&apos;%1&apos; is not a subnet like 198.19.0.0/24</source>
        <translation>&apos;%1&apos; non è una sottorete come 198.19.0.0/24</translation>
    </message>
    <message>
        <source>A segment&apos;s name is one line of at most 40 characters</source>
        <translation>Il nome di un segmento è una riga di al massimo 40 caratteri</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a segment role (%2)</source>
        <translation>&apos;%1&apos; non è un ruolo di segmento (%2)</translation>
    </message>
</context>
<context>
    <name>hadesk::ServiceHealth</name>
    <message>
        <source>%1 %2 is not running</source>
        <translation>%1 %2 non è in esecuzione</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 su %3</translation>
    </message>
    <message>
        <source>%1 :%2</source>
        <translation>%1 :%2</translation>
    </message>
    <message>
        <source>(nothing listens on %1)</source>
        <translation>(nessuno in ascolto su %1)</translation>
    </message>
    <message>
        <source>%1: not read</source>
        <translation>%1: non letto</translation>
    </message>
    <message>
        <source>%1: %2/%3 servers up</source>
        <translation>%1: %2/%3 server attivi</translation>
    </message>
    <message>
        <source>DRBD %1: %2/%3 replicas UpToDate</source>
        <translation>DRBD %1: %2/%3 repliche UpToDate</translation>
    </message>
    <message>
        <source>Primary on %1</source>
        <translation>Primary su %1</translation>
    </message>
    <message>
        <source>(%1 not read yet)</source>
        <translation>(%1 non ancora letto)</translation>
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
    <name>hadesk::drbd::DrbdActionJob</name>
    <message>
        <source>already %1</source>
        <translation>già %1</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::DrbdCreateJob</name>
    <message>
        <source>Create DRBD resource %1</source>
        <translation>Crea la risorsa DRBD %1</translation>
    </message>
    <message>
        <source>check the resource</source>
        <translation>controlla la risorsa</translation>
    </message>
    <message>
        <source>check that %1 and %2 are free</source>
        <translation>verifica che %1 e %2 siano liberi</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>scrivi %1</translation>
    </message>
    <message>
        <source>check the configuration with %1 (drbdadm -d)</source>
        <translation>controlla la configurazione con %1 (drbdadm -d)</translation>
    </message>
    <message>
        <source>install %1</source>
        <translation>installa %1</translation>
    </message>
    <message>
        <source>(the DRBD metadata written on %1 stays; drbdadm wipe-md removes it)</source>
        <translation>(i metadati DRBD scritti su %1 restano; drbdadm wipe-md li rimuove)</translation>
    </message>
    <message>
        <source>create DRBD metadata on %1</source>
        <translation>crea i metadati DRBD su %1</translation>
    </message>
    <message>
        <source>bring %1 up</source>
        <translation>attiva %1</translation>
    </message>
    <message>
        <source>wait for the nodes to connect</source>
        <translation>attendi che i nodi si connettano</translation>
    </message>
    <message>
        <source>(check the addresses and the firewall) %1</source>
        <translation>(controlla gli indirizzi e il firewall) %1</translation>
    </message>
    <message>
        <source>skip the initial sync (the disks are empty)</source>
        <translation>salta la sincronizzazione iniziale (i dischi sono vuoti)</translation>
    </message>
    <message>
        <source>make %1 Primary</source>
        <translation>rendi %1 Primary</translation>
    </message>
    <message>
        <source>start the initial sync from here (primary --force)</source>
        <translation>avvia da qui la sincronizzazione iniziale (primary --force)</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::DrbdRemoveJob</name>
    <message>
        <source>Remove DRBD resource %1</source>
        <translation>Rimuovi la risorsa DRBD %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resource name HAdesk writes (letters, digits, . _ - only)</source>
        <translation>&apos;%1&apos; non è un nome di risorsa che HAdesk scrive (solo lettere, cifre, . _ -)</translation>
    </message>
    <message>
        <source>check the resource</source>
        <translation>controlla la risorsa</translation>
    </message>
    <message>
        <source>check that HAdesk wrote %1</source>
        <translation>verifica che %1 sia stato scritto da HAdesk</translation>
    </message>
    <message>
        <source>take %1 down</source>
        <translation>disattiva %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>rimuovi %1</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::DrbdResourceModel</name>
    <message>
        <source>Secondary everywhere</source>
        <translation>Secondary ovunque</translation>
    </message>
    <message>
        <source>Primary on %1</source>
        <translation>Primary su %1</translation>
    </message>
    <message>
        <source>%1 KiB out of sync</source>
        <translation>%1 KiB non sincronizzati</translation>
    </message>
    <message>
        <source>not run by Pacemaker</source>
        <translation>non gestito da Pacemaker</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>nessuna connessione a %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 verso %2</translation>
    </message>
    <message>
        <source>%1 (split brain)</source>
        <translation>%1 (split brain)</translation>
    </message>
    <message>
        <source>%1 (I/O suspended: %2)</source>
        <translation>%1 (I/O sospeso: %2)</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>promosso</translation>
    </message>
    <message>
        <source>not promoted</source>
        <translation>non promosso</translation>
    </message>
    <message>
        <source>Resource / node</source>
        <translation>Risorsa / nodo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replica</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Pacemaker</source>
        <translation>Pacemaker</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::NodeDrbdWatcher</name>
    <message>
        <source>%1: a DRBD event could not be read: %2</source>
        <translation>%1: non è stato possibile leggere un evento DRBD: %2</translation>
    </message>
    <message>
        <source>%1: DRBD&apos;s progress could not be read: %2</source>
        <translation>%1: non è stato possibile leggere l&apos;avanzamento di DRBD: %2</translation>
    </message>
    <message>
        <source>DRBD (drbdsetup events2)</source>
        <translation>DRBD (drbdsetup events2)</translation>
    </message>
    <message>
        <source>%1 has no DRBD kernel module</source>
        <translation>%1 non ha il modulo del kernel DRBD</translation>
    </message>
    <message>
        <source>%1: the DRBD event stream stopped: %2</source>
        <translation>%1: il flusso di eventi DRBD si è fermato: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillChecks</name>
    <message>
        <source>quorum</source>
        <translation>quorum</translation>
    </message>
    <message>
        <source>the partition the console reads has quorum</source>
        <translation>la partizione letta dalla console ha il quorum</translation>
    </message>
    <message>
        <source>the cluster has no quorum</source>
        <translation>il cluster non ha il quorum</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 su %3</translation>
    </message>
    <message>
        <source>no failed actions</source>
        <translation>nessuna azione fallita</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>clean these up first: %1</source>
        <translation>da ripulire prima: %1</translation>
    </message>
    <message>
        <source>nothing in transition</source>
        <translation>niente in transizione</translation>
    </message>
    <message>
        <source>no action pending</source>
        <translation>nessuna azione in sospeso</translation>
    </message>
    <message>
        <source>still pending: %1</source>
        <translation>ancora in sospeso: %1</translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation>il cluster</translation>
    </message>
    <message>
        <source>not in maintenance</source>
        <translation>non in manutenzione</translation>
    </message>
    <message>
        <source>the cluster manages its resources</source>
        <translation>il cluster gestisce le sue risorse</translation>
    </message>
    <message>
        <source>in maintenance: %1</source>
        <translation>in manutenzione: %1</translation>
    </message>
    <message>
        <source>every node online</source>
        <translation>ogni nodo online</translation>
    </message>
    <message>
        <source>all %1 member nodes online and active</source>
        <translation>tutti i %1 nodi membri online e attivi</translation>
    </message>
    <message>
        <source>not online and active: %1</source>
        <translation>non online e attivi: %1</translation>
    </message>
    <message>
        <source>fencing</source>
        <translation>fencing</translation>
    </message>
    <message>
        <source>stonith-enabled is false: a lost node would not be fenced</source>
        <translation>stonith-enabled è false: un nodo perso non verrebbe isolato</translation>
    </message>
    <message>
        <source>no fence device runs</source>
        <translation>nessun dispositivo di fencing in esecuzione</translation>
    </message>
    <message>
        <source>enabled, with a fence device running</source>
        <translation>abilitato, con un dispositivo di fencing in esecuzione</translation>
    </message>
    <message>
        <source>DRBD peers UpToDate</source>
        <translation>peer DRBD UpToDate</translation>
    </message>
    <message>
        <source>every replica UpToDate</source>
        <translation>ogni replica UpToDate</translation>
    </message>
    <message>
        <source>not every replica UpToDate: %1</source>
        <translation>non tutte le repliche UpToDate: %1</translation>
    </message>
    <message>
        <source>a node to take over from %1</source>
        <translation>un nodo che subentri a %1</translation>
    </message>
    <message>
        <source>no other node is online and active: the services would have no copy</source>
        <translation>nessun altro nodo è online e attivo: i servizi non avrebbero copia</translation>
    </message>
    <message>
        <source>%1 can take over</source>
        <translation>%1 può subentrare</translation>
    </message>
    <message>
        <source>another HAProxy besides %1</source>
        <translation>un altro HAProxy oltre a %1</translation>
    </message>
    <message>
        <source>no other node&apos;s HAProxy answers: the frontends would have no copy</source>
        <translation>nessun HAProxy di un altro nodo risponde: i frontend non avrebbero copia</translation>
    </message>
    <message>
        <source>HAProxy answers on %1</source>
        <translation>HAProxy risponde su %1</translation>
    </message>
    <message>
        <source>%1 has a primary</source>
        <translation>%1 ha un Primary</translation>
    </message>
    <message>
        <source>Primary on %1</source>
        <translation>Primary su %1</translation>
    </message>
    <message>
        <source>no node is Primary</source>
        <translation>nessun nodo è Primary</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pending</source>
        <translation>
            <numerusform>%n azione in sospeso</numerusform>
            <numerusform>%n azioni in sospeso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not back online</source>
        <translation>%1 non è tornato online</translation>
    </message>
    <message>
        <source>%1 does not run everywhere it ran</source>
        <translation>%1 non gira ovunque girasse</translation>
    </message>
    <message>
        <source>failed actions are left</source>
        <translation>restano azioni fallite</translation>
    </message>
    <message>
        <source>DRBD %1 is not seen on every node again</source>
        <translation>DRBD %1 non è ancora visibile su ogni nodo</translation>
    </message>
    <message>
        <source>DRBD %1: split brain on %2</source>
        <translation>DRBD %1: split brain su %2</translation>
    </message>
    <message>
        <source>DRBD %1 is not connected between %2 and %3</source>
        <translation>DRBD %1 non è connesso tra %2 e %3</translation>
    </message>
    <message>
        <source>DRBD %1 is not UpToDate everywhere yet</source>
        <translation>DRBD %1 non è ancora UpToDate ovunque</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillLibrary</name>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 deve essere un numero intero da %2 a %3</translation>
    </message>
    <message>
        <source>fault %1: %2</source>
        <translation>guasto %1: %2</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>tipo sconosciuto «%1»</translation>
    </message>
    <message>
        <source>inject and undo are lists of arguments (strings), never a shell line</source>
        <translation>inject e undo sono liste di argomenti (stringhe), mai una riga di shell</translation>
    </message>
    <message>
        <source>resource must be a resource id, not &quot;%1&quot;</source>
        <translation>resource deve essere l&apos;id di una risorsa, non «%1»</translation>
    </message>
    <message>
        <source>node must be a node&apos;s name, not &quot;%1&quot;</source>
        <translation>node deve essere il nome di un nodo, non «%1»</translation>
    </message>
    <message>
        <source>segment must be internal, external, all or a subnet, not &quot;%1&quot;</source>
        <translation>segment deve essere internal, external, all o una sottorete, non «%1»</translation>
    </message>
    <message>
        <source>drbd must be a DRBD resource&apos;s name, not &quot;%1&quot;</source>
        <translation>drbd deve essere il nome di una risorsa DRBD, non «%1»</translation>
    </message>
    <message>
        <source>a command fault needs both inject and undo, each a list of arguments</source>
        <translation>un guasto command richiede sia inject sia undo, ciascuno una lista di argomenti</translation>
    </message>
    <message>
        <source>process must be one line of at most 200 characters</source>
        <translation>process deve essere una riga di al massimo 200 caratteri</translation>
    </message>
    <message>
        <source>name must be one line of at most 80 characters without &apos;/&apos;</source>
        <translation>name deve essere una riga di al massimo 80 caratteri senza &apos;/&apos;</translation>
    </message>
    <message>
        <source>faults must list at least one fault</source>
        <translation>faults deve elencare almeno un guasto</translation>
    </message>
    <message>
        <source>probes.extra: from must be a node&apos;s name, not &quot;%1&quot;</source>
        <translation>probes.extra: from deve essere il nome di un nodo, non «%1»</translation>
    </message>
    <message>
        <source>probes.extra: each needs a name, an address IP:PORT and a path from /, not &quot;%1&quot;</source>
        <translation>probes.extra: ciascuna richiede un nome, un indirizzo IP:PORTA e un percorso da /, non «%1»</translation>
    </message>
    <message>
        <source>probes.%1 must be a list of names</source>
        <translation>probes.%1 deve essere una lista di nomi</translation>
    </message>
    <message>
        <source>probes.from_nodes: each must be a node&apos;s name, once, not &quot;%1&quot;</source>
        <translation>probes.from_nodes: ciascuno deve essere il nome di un nodo, una volta sola, non «%1»</translation>
    </message>
    <message>
        <source>expectations: ends_on must be a node&apos;s name, not &quot;%1&quot;</source>
        <translation>expectations: ends_on deve essere il nome di un nodo, non «%1»</translation>
    </message>
    <message>
        <source>writes: each needs a name and an http:// URL of a folder, not &quot;%1&quot;</source>
        <translation>writes: ciascuno richiede un nome e un URL http:// di una cartella, non «%1»</translation>
    </message>
    <message>
        <source>standby the node running a resource (planned)</source>
        <translation>mettere in standby il nodo su cui gira una risorsa (pianificato)</translation>
    </message>
    <message>
        <source>fence the node running a resource through the cluster&apos;s own fencing</source>
        <translation>isolare il nodo su cui gira una risorsa con il fencing del cluster</translation>
    </message>
    <message>
        <source>cut one node off a segment with packet filtering on the node</source>
        <translation>staccare un nodo da un segmento con il filtro dei pacchetti sul nodo</translation>
    </message>
    <message>
        <source>kill -9 a resource&apos;s process on its node</source>
        <translation>kill -9 del processo di una risorsa sul suo nodo</translation>
    </message>
    <message>
        <source>make a resource&apos;s monitor fail (crm_resource --fail)</source>
        <translation>far fallire il monitor di una risorsa (crm_resource --fail)</translation>
    </message>
    <message>
        <source>stop HAProxy on a node</source>
        <translation>fermare HAProxy su un nodo</translation>
    </message>
    <message>
        <source>disconnect a DRBD resource&apos;s replication</source>
        <translation>disconnettere la replica di una risorsa DRBD</translation>
    </message>
    <message>
        <source>a fault and its undo, each a command run on the console&apos;s machine</source>
        <translation>un guasto e il suo annullamento, ciascuno un comando eseguito sulla macchina della console</translation>
    </message>
    <message>
        <source>no ready-made drill is called &quot;%1&quot;</source>
        <translation>nessuna esercitazione pronta si chiama «%1»</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 non è un oggetto JSON: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillPlanStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossibile rimuovere %1: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillReport</name>
    <message>
        <source>detect</source>
        <translation>rilevamento</translation>
    </message>
    <message>
        <source>fence</source>
        <translation>fencing</translation>
    </message>
    <message>
        <source>DRBD promote</source>
        <translation>promozione DRBD</translation>
    </message>
    <message>
        <source>resource start</source>
        <translation>avvio della risorsa</translation>
    </message>
    <message>
        <source>VIP up</source>
        <translation>VIP attivo</translation>
    </message>
    <message>
        <source>backend up</source>
        <translation>backend attivo</translation>
    </message>
    <message>
        <source>first ok probe</source>
        <translation>prima sonda riuscita</translation>
    </message>
    <message>
        <source>outage at most %1 ms</source>
        <translation>interruzione al massimo %1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no failed request</source>
        <translation>nessuna richiesta fallita</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallita</numerusform>
            <numerusform>%n fallite</numerusform>
        </translation>
    </message>
    <message>
        <source>ends on %1</source>
        <translation>finisce su %1</translation>
    </message>
    <message>
        <source>runs nowhere</source>
        <translation>non gira da nessuna parte</translation>
    </message>
    <message>
        <source>no acknowledged write lost</source>
        <translation>nessuna scrittura confermata persa</translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged writes lost</source>
        <translation>%1 di %2 scritture confermate perse</translation>
    </message>
    <message>
        <source>not read back: the drill ended before</source>
        <translation>non riletto: l&apos;esercitazione è finita prima</translation>
    </message>
    <message>
        <source>not read back: %1</source>
        <translation>non riletto: %1</translation>
    </message>
    <message>
        <source>up</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>down</source>
        <translation>interrotto</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>guasto</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>ripristino</translation>
    </message>
    <message>
        <source>Drill %1 on %2</source>
        <translation>Esercitazione %1 su %2</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>Guasto:</translation>
    </message>
    <message>
        <source>Cluster restored: the configuration as before, every resource running</source>
        <translation>Cluster ripristinato: la configurazione come prima, ogni risorsa in esecuzione</translation>
    </message>
    <message>
        <source>Cluster NOT restored (see Restoration)</source>
        <translation>Cluster NON ripristinato (vedi Ripristino)</translation>
    </message>
    <message>
        <source>Cluster not proven restored: the proof did not run</source>
        <translation>Ripristino del cluster non dimostrato: la verifica non è stata eseguita</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Interruzione</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Intervallo</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Rilevamento</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recupero</translation>
    </message>
    <message>
        <source>Full redundancy</source>
        <translation>Ridondanza piena</translation>
    </message>
    <message>
        <source>Failed probes</source>
        <translation>Sonde fallite</translation>
    </message>
    <message>
        <source>Flaps</source>
        <translation>Intermittenze</translation>
    </message>
    <message>
        <source>Worst latency</source>
        <translation>Latenza peggiore</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Attese</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Scritture</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Scritte</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confermate</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Non confermate</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>%1 (records %2)</source>
        <translation>%1 (record %2)</translation>
    </message>
    <message>
        <source>every acknowledged write read back</source>
        <translation>ogni scrittura confermata riletta</translation>
    </message>
    <message>
        <source>writes lost</source>
        <translation>scritture perse</translation>
    </message>
    <message>
        <source>Prediction and outcome</source>
        <translation>Previsione ed esito</translation>
    </message>
    <message>
        <source>Pacemaker predicted</source>
        <translation>Pacemaker prevedeva</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>Safety checks</source>
        <translation>Controlli di sicurezza</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Orologi</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Offset before</source>
        <translation>Scarto prima</translation>
    </message>
    <message>
        <source>Offset after</source>
        <translation>Scarto dopo</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non misurato</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>Ripristino</translation>
    </message>
    <message>
        <source>not proven: the proof did not run</source>
        <translation>non dimostrato: la verifica non è stata eseguita</translation>
    </message>
    <message>
        <source>the configuration is the one before the drill and every resource runs</source>
        <translation>la configurazione è quella di prima dell&apos;esercitazione e ogni risorsa è in esecuzione</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>non ripristinato</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Time from the fault</source>
        <translation>Tempo dal guasto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Timed by</source>
        <translation>Cronometrato da</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>console</source>
        <translation>console</translation>
    </message>
    <message>
        <source>node&apos;s clock ± %1 ms</source>
        <translation>orologio del nodo ± %1 ms</translation>
    </message>
    <message>
        <source>node&apos;s clock, offset not measured</source>
        <translation>orologio del nodo, scarto non misurato</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossibile scrivere %1</translation>
    </message>
    <message>
        <source>not a drill&apos;s probes.json (format 1)</source>
        <translation>non è il probes.json di un&apos;esercitazione (formato 1)</translation>
    </message>
    <message>
        <source>a probe result is not [sent_us, latency_us, outcome]</source>
        <translation>un risultato di sonda non è [sent_us, latency_us, outcome]</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>cannot append to %1: %2</source>
        <translation>impossibile aggiungere a %1: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillRun</name>
    <message>
        <source>drill: %1</source>
        <translation>esercitazione: %1</translation>
    </message>
    <message>
        <source>check the cluster</source>
        <translation>controllare il cluster</translation>
    </message>
    <message>
        <source>ask Pacemaker what the fault should do (crm_simulate)</source>
        <translation>chiedere a Pacemaker che cosa dovrebbe fare il guasto (crm_simulate)</translation>
    </message>
    <message>
        <source>measure the nodes&apos; clocks</source>
        <translation>misurare gli orologi dei nodi</translation>
    </message>
    <message>
        <source>save the configuration</source>
        <translation>salvare la configurazione</translation>
    </message>
    <message>
        <source>follow the nodes&apos; events (Pacemaker alerts, VIP addresses, DRBD)</source>
        <translation>seguire gli eventi dei nodi (alert di Pacemaker, indirizzi VIP, DRBD)</translation>
    </message>
    <message>
        <source>probe the services before the fault</source>
        <translation>sondare i servizi prima del guasto</translation>
    </message>
    <message>
        <source>inject fault %1: %2</source>
        <translation>iniettare il guasto %1: %2</translation>
    </message>
    <message>
        <source>watch the failover</source>
        <translation>osservare il failover</translation>
    </message>
    <message>
        <source>recover: undo the faults and clean up</source>
        <translation>ripristinare: annullare i guasti e ripulire</translation>
    </message>
    <message>
        <source>wait for the cluster to settle</source>
        <translation>attendere che il cluster si assesti</translation>
    </message>
    <message>
        <source>read the acknowledged writes back</source>
        <translation>rileggere le scritture confermate</translation>
    </message>
    <message>
        <source>prove the cluster restored</source>
        <translation>dimostrare il cluster ripristinato</translation>
    </message>
    <message>
        <source>measure the nodes&apos; clocks again</source>
        <translation>misurare di nuovo gli orologi dei nodi</translation>
    </message>
    <message>
        <source>stop the probes</source>
        <translation>fermare le sonde</translation>
    </message>
    <message>
        <source>stopped by the operator</source>
        <translation>fermata dall&apos;operatore</translation>
    </message>
    <message>
        <source>aborted: %1</source>
        <translation>interrotta: %1</translation>
    </message>
    <message>
        <source> (%1&apos;s clock, ±%2 ms)</source>
        <translation> (orologio di %1, ±%2 ms)</translation>
    </message>
    <message>
        <source>a fence the drill did not cause: %1</source>
        <translation>un fencing non causato dall&apos;esercitazione: %1</translation>
    </message>
    <message>
        <source>the cluster lost quorum, which the fault should not cause</source>
        <translation>il cluster ha perso il quorum, cosa che il guasto non dovrebbe causare</translation>
    </message>
    <message>
        <source>%1 is not one of the cluster&apos;s hosts (%2)</source>
        <translation>%1 non è uno degli host del cluster (%2)</translation>
    </message>
    <message>
        <source>%1 is what the fault takes away (%2): its probes would measure the fault, not the service</source>
        <translation>%1 è ciò che il guasto toglie (%2): le sue sonde misurerebbero il guasto, non il servizio</translation>
    </message>
    <message>
        <source>the cluster&apos;s state is not read yet</source>
        <translation>lo stato del cluster non è ancora stato letto</translation>
    </message>
    <message>
        <source>the cluster is opened read-only: no drills</source>
        <translation>il cluster è aperto in sola lettura: niente esercitazioni</translation>
    </message>
    <message>
        <source>services to probe</source>
        <translation>servizi da sondare</translation>
    </message>
    <message>
        <source>no VIP service found (the network picture has none yet)</source>
        <translation>nessun servizio VIP trovato (il quadro della rete non ne ha ancora)</translation>
    </message>
    <message numerus="yes">
        <source>%n probe stream(s)</source>
        <translation>
            <numerusform>%n flusso di sonde</numerusform>
            <numerusform>%n flussi di sonde</numerusform>
        </translation>
    </message>
    <message>
        <source>probes from %1</source>
        <translation>sonde da %1</translation>
    </message>
    <message>
        <source>a host of the cluster, not the fault&apos;s</source>
        <translation>un host del cluster, non quello del guasto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rifiutata: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n controllo superato</numerusform>
            <numerusform>%n controlli superati</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first edit of the configuration is simulated</source>
        <translation>viene simulata solo la prima modifica della configurazione</translation>
    </message>
    <message>
        <source>crm_simulate could not predict it: %1</source>
        <translation>crm_simulate non ha potuto prevederlo: %1</translation>
    </message>
    <message>
        <source>crm_simulate&apos;s answer could not be read: %1</source>
        <translation>la risposta di crm_simulate non si è potuta leggere: %1</translation>
    </message>
    <message>
        <source>nothing moves: Pacemaker would take no action</source>
        <translation>non si muove nulla: Pacemaker non farebbe nulla</translation>
    </message>
    <message>
        <source>%1 %2 ± %3 ms</source>
        <translation>%1 %2 ± %3 ms</translation>
    </message>
    <message>
        <source>%1 not measured</source>
        <translation>%1 non misurato</translation>
    </message>
    <message>
        <source>cannot read the configuration: %1</source>
        <translation>impossibile leggere la configurazione: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no events from the node (%2)</source>
        <translation>%1: nessun evento dal nodo (%2)</translation>
    </message>
    <message>
        <source>its tap did not begin</source>
        <translation>il suo ascolto non è partito</translation>
    </message>
    <message>
        <source>Pacemaker: the cluster&apos;s state as the console read it (console clock)</source>
        <translation>Pacemaker: lo stato del cluster come letto dalla console (orologio della console)</translation>
    </message>
    <message>
        <source>no node&apos;s events could be followed: the cluster&apos;s state stands in</source>
        <translation>non si sono potuti seguire gli eventi di alcun nodo: lo stato del cluster ne fa le veci</translation>
    </message>
    <message>
        <source>VIP addresses: ip monitor on %1 (node clocks)</source>
        <translation>indirizzi VIP: ip monitor su %1 (orologi dei nodi)</translation>
    </message>
    <message>
        <source>DRBD: drbdsetup events2 where it is installed, on %1 (node clocks)</source>
        <translation>DRBD: drbdsetup events2 dove installato, su %1 (orologi dei nodi)</translation>
    </message>
    <message>
        <source>Pacemaker: the cluster&apos;s state as the console read it (console clock); the drill&apos;s alert could not be added: %1</source>
        <translation>Pacemaker: lo stato del cluster come letto dalla console (orologio della console); l&apos;alert dell&apos;esercitazione non si è potuto aggiungere: %1</translation>
    </message>
    <message>
        <source>events from %1; no alert: %2</source>
        <translation>eventi da %1; nessun alert: %2</translation>
    </message>
    <message>
        <source>Pacemaker: the drill&apos;s alert on %1 (node clocks, microseconds)</source>
        <translation>Pacemaker: l&apos;alert dell&apos;esercitazione su %1 (orologi dei nodi, microsecondi)</translation>
    </message>
    <message>
        <source>events from %1, with Pacemaker&apos;s alerts</source>
        <translation>eventi da %1, con gli alert di Pacemaker</translation>
    </message>
    <message>
        <source>HAProxy: its servers&apos; states read every 100 ms on %1 (node clocks, within half a read)</source>
        <translation>HAProxy: gli stati dei suoi server letti ogni 100 ms su %1 (orologi dei nodi, entro mezza lettura)</translation>
    </message>
    <message>
        <source>Probes from %1: sent by the node, timed by its clock (±%2 ms)</source>
        <translation>sonde da %1: inviate dal nodo, cronometrate dal suo orologio (±%2 ms)</translation>
    </message>
    <message>
        <source>Probes from %1: sent by the node, its clock not measured</source>
        <translation>sonde da %1: inviate dal nodo, il suo orologio non misurato</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 probes failed)</source>
        <translation>%1 (%2 di %3 sonde fallite)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 writes acknowledged)</source>
        <translation>%1 (%2 di %3 scritture confermate)</translation>
    </message>
    <message>
        <source>not every service answers before the fault: %1</source>
        <translation>non tutti i servizi rispondono prima del guasto: %1</translation>
    </message>
    <message>
        <source>every service answers</source>
        <translation>ogni servizio risponde</translation>
    </message>
    <message>
        <source>not injected: the drill was aborted</source>
        <translation>non iniettato: l&apos;esercitazione è stata interrotta</translation>
    </message>
    <message>
        <source>fault: %1</source>
        <translation>guasto: %1</translation>
    </message>
    <message>
        <source>aborted: recovering at once</source>
        <translation>interrotta: ripristino immediato</translation>
    </message>
    <message>
        <source>not recovered within %1 s: recovering anyway</source>
        <translation>non recuperato entro %1 s: si ripristina comunque</translation>
    </message>
    <message>
        <source>every service answers again; the cluster is quiet</source>
        <translation>ogni servizio risponde di nuovo; il cluster è quieto</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>ripristino</translation>
    </message>
    <message>
        <source>faults undone, failures cleaned up</source>
        <translation>guasti annullati, errori ripuliti</translation>
    </message>
    <message>
        <source>the session is gone</source>
        <translation>la sessione non c&apos;è più</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 su %3</translation>
    </message>
    <message>
        <source>failed actions since recovery (%1): cleaned up again</source>
        <translation>azioni fallite dal ripristino (%1): ripulite di nuovo</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>assestato</translation>
    </message>
    <message>
        <source>the cluster did not settle within %1 s: %2</source>
        <translation>il cluster non si è assestato entro %1 s: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 acknowledged writes lost</source>
        <translation>%1: %2 di %3 scritture confermate perse</translation>
    </message>
    <message>
        <source>%1 ran on %2 and runs nowhere now</source>
        <translation>%1 girava su %2 e ora non gira da nessuna parte</translation>
    </message>
    <message>
        <source>%1 ran on %2 and runs on %3 now</source>
        <translation>%1 girava su %2 e ora gira su %3</translation>
    </message>
    <message>
        <source>not restored: %1</source>
        <translation>non ripristinato: %1</translation>
    </message>
    <message>
        <source>the configuration is the one before the drill; every resource runs</source>
        <translation>la configurazione è quella di prima dell&apos;esercitazione; ogni risorsa è in esecuzione</translation>
    </message>
    <message>
        <source>aborted (%1); recovered and proven</source>
        <translation>interrotta (%1); ripristinata e dimostrata</translation>
    </message>
    <message>
        <source>probes stopped</source>
        <translation>sonde fermate</translation>
    </message>
    <message>
        <source>%1: %2, measured %3</source>
        <translation>%1: %2, misurato %3</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>andato in crash</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>stato di uscita %1: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossibile avviare %1: %2</translation>
    </message>
    <message>
        <source>on this machine: %1</source>
        <translation>su questa macchina: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 non riuscito: %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached</source>
        <translation>%1 non è raggiungibile</translation>
    </message>
    <message>
        <source>%1 not reached (%2): trying again</source>
        <translation>%1 non raggiunto (%2): nuovo tentativo</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 su %2: %3</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::FaultResolver</name>
    <message>
        <source>the cluster has no resource %1</source>
        <translation>il cluster non ha la risorsa %1</translation>
    </message>
    <message>
        <source>%1 runs nowhere: there is nothing to fail over</source>
        <translation>%1 non gira da nessuna parte: non c&apos;è nulla da spostare</translation>
    </message>
    <message>
        <source>the cluster has no node %1</source>
        <translation>il cluster non ha il nodo %1</translation>
    </message>
    <message>
        <source>standby %1 (runs %2)</source>
        <translation>standby di %1 (esegue %2)</translation>
    </message>
    <message>
        <source>no other node is left to fence %1 from</source>
        <translation>non resta alcun altro nodo da cui isolare %1</translation>
    </message>
    <message>
        <source>fence %1 (runs %2)</source>
        <translation>isolare %1 (esegue %2)</translation>
    </message>
    <message>
        <source>%1 has no interface on any segment the console knows</source>
        <translation>%1 non ha interfacce su alcun segmento noto alla console</translation>
    </message>
    <message>
        <source>%1 has no interface on a segment with the role %2 (name the segments&apos; roles first)</source>
        <translation>%1 non ha interfacce su un segmento con il ruolo %2 (nominare prima i ruoli dei segmenti)</translation>
    </message>
    <message>
        <source>cut %1 off %2 (%3)</source>
        <translation>staccare %1 da %2 (%3)</translation>
    </message>
    <message>
        <source>Pacemaker&apos;s simulator cannot cut one link: Corosync decides whether the node stays a member over its other links</source>
        <translation>il simulatore di Pacemaker non può tagliare un solo collegamento: è Corosync a decidere se il nodo resta membro tramite gli altri collegamenti</translation>
    </message>
    <message>
        <source>cannot tell which process is %1&apos;s from its agent: give the process (a pkill -f pattern)</source>
        <translation>dall&apos;agente non si capisce quale processo sia di %1: indicare il processo (un modello per pkill -f)</translation>
    </message>
    <message>
        <source>kill -9 %1&apos;s process on %2</source>
        <translation>kill -9 del processo di %1 su %2</translation>
    </message>
    <message>
        <source>fail %1&apos;s monitor on %2</source>
        <translation>far fallire il monitor di %1 su %2</translation>
    </message>
    <message>
        <source>stop HAProxy on %1</source>
        <translation>fermare HAProxy su %1</translation>
    </message>
    <message>
        <source>HAProxy on %1 is not a cluster resource</source>
        <translation>HAProxy su %1 non è una risorsa del cluster</translation>
    </message>
    <message>
        <source>no node reports the DRBD resource %1</source>
        <translation>nessun nodo segnala la risorsa DRBD %1</translation>
    </message>
    <message>
        <source>disconnect DRBD %1 on %2</source>
        <translation>disconnettere DRBD %1 su %2</translation>
    </message>
    <message>
        <source>a replication link is DRBD&apos;s, not Pacemaker&apos;s: nothing to simulate</source>
        <translation>un collegamento di replica è di DRBD, non di Pacemaker: niente da simulare</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>eseguire %1</translation>
    </message>
    <message>
        <source>a command run on the console&apos;s machine: Pacemaker cannot know what it does</source>
        <translation>un comando eseguito sulla macchina della console: Pacemaker non può sapere che cosa faccia</translation>
    </message>
    <message>
        <source>%1 is not a node of the cluster</source>
        <translation>%1 non è un nodo del cluster</translation>
    </message>
    <message>
        <source>run %1 (takes %2 down)</source>
        <translation>eseguire %1 (spegne %2)</translation>
    </message>
    <message>
        <source>%1 has no monitor to fail</source>
        <translation>%1 non ha un monitor da far fallire</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::NodeEventParser</name>
    <message>
        <source>%1 joined the cluster</source>
        <translation>%1 è entrato nel cluster</translation>
    </message>
    <message>
        <source>%1 left the cluster</source>
        <translation>%1 ha lasciato il cluster</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>fencing of %1: %2</source>
        <translation>fencing di %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (every %3 s) on %4 failed: %5 (rc %6)</source>
        <translation>%1: %2 (ogni %3 s) su %4 fallito: %5 (rc %6)</translation>
    </message>
    <message>
        <source>%1: %2 on %3 failed: %4 (rc %5)</source>
        <translation>%1: %2 su %3 fallito: %4 (rc %5)</translation>
    </message>
    <message>
        <source>%1: %2 on %3 %4</source>
        <translation>%1: %2 su %3 %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>VIP %1 left %2 on %3</source>
        <translation>il VIP %1 ha lasciato %2 su %3</translation>
    </message>
    <message>
        <source>VIP %1 up on %2 of %3</source>
        <translation>VIP %1 attivo su %2 di %3</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>DRBD %1 %2: %3</source>
        <translation>DRBD %1 %2: %3</translation>
    </message>
    <message>
        <source>HAProxy on %1 stopped answering</source>
        <translation>HAProxy su %1 non risponde più</translation>
    </message>
    <message>
        <source>HAProxy on %1 answers again</source>
        <translation>HAProxy su %1 risponde di nuovo</translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4</source>
        <translation>%1 su %2: %3 → %4</translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4 (%5)</source>
        <translation>%1 su %2: %3 → %4 (%5)</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::NodeEventTap</name>
    <message>
        <source>not connected</source>
        <translation>non connesso</translation>
    </message>
    <message>
        <source>drill events</source>
        <translation>eventi dell&apos;esercitazione</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::NodeProbeStream</name>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 non è connesso</translation>
    </message>
    <message>
        <source>drill probes</source>
        <translation>sonde dell&apos;esercitazione</translation>
    </message>
    <message>
        <source>probes from %1 need python3, which the node lacks</source>
        <translation>le sonde da %1 richiedono python3, che manca sul nodo</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::WriteCheck</name>
    <message>
        <source>record %1 could not be read back: %2</source>
        <translation>il record %1 non si è potuto rileggere: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigCheckJob</name>
    <message>
        <source>Check the HAProxy configuration</source>
        <translation>Controlla la configurazione di HAProxy</translation>
    </message>
    <message>
        <source>haproxy -c on %1</source>
        <translation>haproxy -c su %1</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigEditor</name>
    <message>
        <source>no node runs HAProxy</source>
        <translation>nessun nodo esegue HAProxy</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigReadJob</name>
    <message>
        <source>Read the HAProxy configuration</source>
        <translation>Leggi la configurazione di HAProxy</translation>
    </message>
    <message>
        <source>read %1 on %2</source>
        <translation>leggi %1 su %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigRolloutJob</name>
    <message>
        <source>Install the HAProxy configuration</source>
        <translation>Installa la configurazione di HAProxy</translation>
    </message>
    <message>
        <source>haproxy -c on %1</source>
        <translation>haproxy -c su %1</translation>
    </message>
    <message>
        <source>install and reload on %1</source>
        <translation>installa e ricarica su %1</translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (non riuscito: %2)</translation>
    </message>
    <message numerus="yes">
        <source>installed and reloaded on %n node(s)</source>
        <translation>
            <numerusform>installata e ricaricata su %n nodo</numerusform>
            <numerusform>installata e ricaricata su %n nodi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected the configuration; no node was changed</source>
        <translation>%1 ha rifiutato la configurazione; nessun nodo è stato modificato</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>previous configuration restored on %1</source>
        <translation>configurazione precedente ripristinata su %1</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeApi</name>
    <message>
        <source>&apos;%1&apos; is not a valid HAProxy backend or server name</source>
        <translation>&apos;%1&apos; non è un nome valido di backend o server HAProxy</translation>
    </message>
    <message>
        <source>A weight is between 0 and 256, not %1</source>
        <translation>Un peso è tra 0 e 256, non %1</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeCommandJob</name>
    <message>
        <source>send to the HAProxy of %1</source>
        <translation>invia all&apos;HAProxy di %1</translation>
    </message>
    <message>
        <source>no HAProxy to send to</source>
        <translation>nessun HAProxy a cui inviare</translation>
    </message>
    <message>
        <source>%1: HAProxy refused &quot;%2&quot;: %3</source>
        <translation>%1: HAProxy ha rifiutato &quot;%2&quot;: %3</translation>
    </message>
    <message numerus="yes">
        <source>taken by %n HAProxy(s)</source>
        <translation>
            <numerusform>accettato da %n HAProxy</numerusform>
            <numerusform>accettato da %n HAProxy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeReadJob</name>
    <message>
        <source>Read HAProxy&apos;s state</source>
        <translation>Leggi lo stato di HAProxy</translation>
    </message>
    <message>
        <source>find the admin socket in %1 on %2</source>
        <translation>trova il socket di amministrazione in %1 su %2</translation>
    </message>
    <message>
        <source>show info, show stat and show servers state on %1</source>
        <translation>show info, show stat e show servers state su %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 non riuscito: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeReader</name>
    <message>
        <source>an empty reply</source>
        <translation>una risposta vuota</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show info&quot; answered %1</source>
        <translation>&quot;show info&quot; di HAProxy ha risposto %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; answered %1</source>
        <translation>&quot;show stat&quot; di HAProxy ha risposto %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; has no column %1</source>
        <translation>&quot;show stat&quot; di HAProxy non ha la colonna %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; has a malformed line %1: %2</source>
        <translation>&quot;show stat&quot; di HAProxy ha una riga malformata %1: %2</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; lists server %1 of no backend</source>
        <translation>&quot;show stat&quot; di HAProxy elenca il server %1 senza backend</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show servers state&quot; answered %1</source>
        <translation>&quot;show servers state&quot; di HAProxy ha risposto %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show servers state&quot; has a malformed line %1: %2</source>
        <translation>&quot;show servers state&quot; di HAProxy ha una riga malformata %1: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ServerTableModel</name>
    <message>
        <source>off</source>
        <translation>spento</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Impostato a</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Sessions/s</source>
        <translation>Sessioni/s</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>peso %1</translation>
    </message>
    <message>
        <source>The nodes&apos; HAProxies disagree: %1</source>
        <translation>Gli HAProxy dei nodi non concordano: %1</translation>
    </message>
    <message>
        <source>The same on every node</source>
        <translation>Uguale su ogni nodo</translation>
    </message>
    <message>
        <source>same on all %1</source>
        <translation>uguale su tutti e %1</translation>
    </message>
    <message>
        <source>Every node</source>
        <translation>Tutti i nodi</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 g %2 h</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 fa</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 on %2&apos;s HAProxy</source>
        <translation>%1 nell&apos;HAProxy di %2</translation>
    </message>
</context>
<context>
    <name>hadesk::jobs::Job</name>
    <message>
        <source>the connection to %1 was closed while the command ran</source>
        <translation>la connessione a %1 è stata chiusa mentre il comando era in esecuzione</translation>
    </message>
    <message>
        <source>started: %1</source>
        <translation>avviato: %1</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>could not be undone: %1</source>
        <translation>non è stato possibile annullarlo: %1</translation>
    </message>
    <message>
        <source>stop requested</source>
        <translation>arresto richiesto</translation>
    </message>
    <message>
        <source>stopped on the node while it ran; the change may or may not have been made</source>
        <translation>fermato sul nodo mentre era in esecuzione; la modifica potrebbe essere stata fatta o no</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>fermato</translation>
    </message>
    <message>
        <source>undoing: %1</source>
        <translation>annullamento: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>in esecuzione: %1</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>riuscito</translation>
    </message>
    <message>
        <source>failed at &quot;%1&quot;: %2 (done: %3; undone: %4)</source>
        <translation>fallito a &quot;%1&quot;: %2 (fatto: %3; annullato: %4)</translation>
    </message>
    <message>
        <source>cancelled (done: %1; undone: %2)</source>
        <translation>annullato (fatto: %1; annullato: %2)</translation>
    </message>
    <message>
        <source>stopping once &quot;%1&quot; has ended</source>
        <translation>si ferma appena &quot;%1&quot; è terminato</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connesso</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 non è connesso</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fallito: %1</translation>
    </message>
</context>
<context>
    <name>hadesk::jobs::JobList</name>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
</context>
<context>
    <name>hadesk::net::NetworkModel</name>
    <message>
        <source>%1 (%2) is in no subnet of the nodes&apos; interfaces: no node can carry it</source>
        <translation>%1 (%2) non è in nessuna sottorete delle interfacce dei nodi: nessun nodo può portarlo</translation>
    </message>
    <message>
        <source>%1 may run on %2, which has no interface on %3</source>
        <translation>%1 può girare su %2, che non ha interfacce su %3</translation>
    </message>
    <message>
        <source>%1&apos;s address %2 is configured on %3 at once</source>
        <translation>L&apos;indirizzo %2 di %1 è configurato contemporaneamente su %3</translation>
    </message>
    <message>
        <source>the cluster runs %1 on %2, but %2 does not carry %3</source>
        <translation>il cluster esegue %1 su %2, ma %2 non ha %3</translation>
    </message>
    <message>
        <source>%1 is colocated with no service: it can move away from what binds it</source>
        <translation>%1 non è colocato con alcun servizio: può spostarsi lontano da ciò che lo usa</translation>
    </message>
    <message>
        <source>%1 is put on interface %2, but %3 reaches %4 through %5: the address is on the wrong segment there</source>
        <translation>%1 è messo sull&apos;interfaccia %2, ma %3 raggiunge %4 tramite %5: lì l&apos;indirizzo è sul segmento sbagliato</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>porta %1</translation>
    </message>
    <message>
        <source>%1 is meant to listen on %2:%3, but nothing listens there on %4, which holds the address</source>
        <translation>%1 dovrebbe ascoltare su %2:%3, ma su %4, che detiene l&apos;indirizzo, non ascolta nulla</translation>
    </message>
    <message>
        <source>%1 is served by %2 (%3), but not colocated with it: the cluster may put the address where %3 does not run</source>
        <translation>%1 è servito da %2 (%3), ma non è colocato con esso: il cluster può mettere l&apos;indirizzo dove %3 non è in esecuzione</translation>
    </message>
    <message>
        <source>%1 on port %2 is %3, an internal service, but %4 puts it on the external segment %5</source>
        <translation>%1 sulla porta %2 è %3, un servizio interno, ma %4 lo mette sul segmento esterno %5</translation>
    </message>
    <message>
        <source>%1 on port %2 is %3, which outside clients use, but %4 puts it on the %5 segment %6</source>
        <translation>%1 sulla porta %2 è %3, usato dai client esterni, ma %4 lo mette sul segmento %5 %6</translation>
    </message>
    <message>
        <source>Corosync link %1 runs over the external segment %2 (%3): cluster traffic shares the public network and fails with it</source>
        <translation>Il link Corosync %1 passa sul segmento esterno %2 (%3): il traffico del cluster condivide la rete pubblica e cade con essa</translation>
    </message>
    <message>
        <source>DRBD resource %1 replicates over the external segment %2 (%3): every write crosses the public network</source>
        <translation>La risorsa DRBD %1 replica sul segmento esterno %2 (%3): ogni scrittura attraversa la rete pubblica</translation>
    </message>
    <message>
        <source>link %1 between %2 and %3</source>
        <translation>collegamento %1 tra %2 e %3</translation>
    </message>
    <message>
        <source>link %1 from %2 to %3</source>
        <translation>collegamento %1 da %2 a %3</translation>
    </message>
    <message>
        <source>Corosync %1 is down: the cluster runs on its other links</source>
        <translation>Corosync %1 è caduto: il cluster funziona sugli altri collegamenti</translation>
    </message>
</context>
<context>
    <name>hadesk::net::NetworkReader</name>
    <message>
        <source>&quot;ip -j addr&quot; gave no JSON: %1</source>
        <translation>&quot;ip -j addr&quot; non ha dato JSON: %1</translation>
    </message>
    <message>
        <source>&quot;ip -j addr&quot; gave no list of interfaces</source>
        <translation>&quot;ip -j addr&quot; non ha dato un elenco di interfacce</translation>
    </message>
    <message>
        <source>&quot;ip -j addr&quot; lists an interface without a name</source>
        <translation>&quot;ip -j addr&quot; elenca un&apos;interfaccia senza nome</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::net::NodeNetworkWatcher</name>
    <message>
        <source>addresses and links (ip monitor)</source>
        <translation>indirizzi e collegamenti (ip monitor)</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::AgentCatalog</name>
    <message>
        <source>Not connected to the cluster.</source>
        <translation>Non connesso al cluster.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an agent class such as ocf:heartbeat.</source>
        <translation>&apos;%1&apos; non è una classe di agenti come ocf:heartbeat.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an agent name such as ocf:heartbeat:IPaddr2.</source>
        <translation>&apos;%1&apos; non è un nome di agente come ocf:heartbeat:IPaddr2.</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ApplyJob</name>
    <message>
        <source>not applied</source>
        <translation>non applicato</translation>
    </message>
    <message>
        <source>apply: %1</source>
        <translation>applica: %1</translation>
    </message>
    <message>
        <source>applied: %1</source>
        <translation>applicato: %1</translation>
    </message>
    <message>
        <source>refused: the cluster configuration changed since the preview (it was at %1.%2); preview again</source>
        <translation>rifiutato: la configurazione del cluster è cambiata dall&apos;anteprima (era a %1.%2); rifare l&apos;anteprima</translation>
    </message>
    <message>
        <source>no answer within %1 s; the change may or may not have been made</source>
        <translation>nessuna risposta entro %1 s; la modifica potrebbe essere stata fatta o no</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 non riuscito: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::CibFileJob</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <source>read the CIB in %1</source>
        <translation>leggi la CIB in %1</translation>
    </message>
    <message>
        <source>crm_mon on this machine reads its runtime state</source>
        <translation>crm_mon su questa macchina ne legge lo stato di esecuzione</translation>
    </message>
    <message>
        <source>crm_mon is not installed here: this is the configuration only, without the runtime state (install pacemaker-cli-utils to see it)</source>
        <translation>crm_mon non è installato qui: questa è solo la configurazione, senza lo stato di esecuzione (installa pacemaker-cli-utils per vederlo)</translation>
    </message>
    <message>
        <source>crm_mon could not be started: %1</source>
        <translation>impossibile avviare crm_mon: %1</translation>
    </message>
    <message>
        <source>crm_mon&apos;s output could not be read</source>
        <translation>impossibile leggere l&apos;output di crm_mon</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ClusterReadJob</name>
    <message>
        <source>Read the cluster&apos;s state</source>
        <translation>Leggi lo stato del cluster</translation>
    </message>
    <message>
        <source>cibadmin --query and crm_mon on %1</source>
        <translation>cibadmin --query e crm_mon su %1</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ClusterWatcher</name>
    <message>
        <source>Pacemaker (crm_mon)</source>
        <translation>Pacemaker (crm_mon)</translation>
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
    <name>hadesk::pcmk::EventModel</name>
    <message>
        <source>added to the cluster</source>
        <translation>aggiunto al cluster</translation>
    </message>
    <message>
        <source>came online</source>
        <translation>è online</translation>
    </message>
    <message>
        <source>went offline</source>
        <translation>è offline</translation>
    </message>
    <message>
        <source>is UNCLEAN: it will be fenced</source>
        <translation>è UNCLEAN: verrà isolato (fencing)</translation>
    </message>
    <message>
        <source>put in standby</source>
        <translation>messo in standby</translation>
    </message>
    <message>
        <source>out of standby</source>
        <translation>uscito dallo standby</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>in manutenzione</translation>
    </message>
    <message>
        <source>out of maintenance</source>
        <translation>uscito dalla manutenzione</translation>
    </message>
    <message>
        <source>became the DC</source>
        <translation>è diventato il DC</translation>
    </message>
    <message>
        <source>removed from the cluster</source>
        <translation>rimosso dal cluster</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creata</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallito</translation>
    </message>
    <message>
        <source>moved %1 → %2</source>
        <translation>spostata %1 → %2</translation>
    </message>
    <message>
        <source>started on %1</source>
        <translation>avviata su %1</translation>
    </message>
    <message>
        <source>stopped on %1</source>
        <translation>fermata su %1</translation>
    </message>
    <message>
        <source>promoted on %1</source>
        <translation>promossa su %1</translation>
    </message>
    <message>
        <source>demoted on %1</source>
        <translation>retrocessa su %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminata</translation>
    </message>
    <message>
        <source>quorum regained</source>
        <translation>quorum riacquisito</translation>
    </message>
    <message>
        <source>quorum lost</source>
        <translation>quorum perso</translation>
    </message>
    <message>
        <source>maintenance mode on</source>
        <translation>modalità manutenzione attiva</translation>
    </message>
    <message>
        <source>maintenance mode off</source>
        <translation>modalità manutenzione disattiva</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 fallito su %2: %3</translation>
    </message>
    <message>
        <source>fenced (%1) by %2: %3</source>
        <translation>isolato (%1) da %2: %3</translation>
    </message>
    <message>
        <source>%1 constraint added</source>
        <translation>vincolo %1 aggiunto</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>%1 constraint removed</source>
        <translation>vincolo %1 rimosso</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nodo</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>risorsa</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>fallimento</translation>
    </message>
    <message>
        <source>fencing</source>
        <translation>fencing</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>vincolo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>recovered: runs again on %1</source>
        <translation>ripristinato: di nuovo in esecuzione su %1</translation>
    </message>
    <message>
        <source>%1 failure on %2 cleared; it runs on %3</source>
        <translation>errore di %1 su %2 rimosso; in esecuzione su %3</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>da %1</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>HAdesk</source>
        <translation>HAdesk</translation>
    </message>
    <message>
        <source>drill</source>
        <translation>esercitazione</translation>
    </message>
    <message>
        <source>DRBD</source>
        <translation>DRBD</translation>
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
    <message>
        <source>Remote nodes</source>
        <translation>Nodi remoti</translation>
    </message>
    <message>
        <source>Guest nodes</source>
        <translation>Nodi ospite</translation>
    </message>
    <message>
        <source>Bundle replicas</source>
        <translation>Repliche dei bundle</translation>
    </message>
    <message>
        <source>Cluster nodes</source>
        <translation>Nodi del cluster</translation>
    </message>
    <message>
        <source>The cluster has no quorum: it runs no resources</source>
        <translation>Il cluster non ha quorum: non esegue risorse</translation>
    </message>
    <message>
        <source>Fencing is disabled: a node that fails cannot be fenced</source>
        <translation>Il fencing è disattivato: un nodo guasto non può essere isolato</translation>
    </message>
    <message>
        <source>The cluster is in maintenance mode: nothing is started, stopped or monitored</source>
        <translation>Il cluster è in modalità manutenzione: nulla viene avviato, fermato o monitorato</translation>
    </message>
    <message>
        <source>%1 is unclean: it must be fenced</source>
        <translation>%1 non è pulito: deve essere isolato</translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation>%1 è offline</translation>
    </message>
    <message>
        <source>%1 is in maintenance: its resources are left alone</source>
        <translation>%1 è in manutenzione: le sue risorse restano come sono</translation>
    </message>
    <message>
        <source>%1 is in standby: it runs no resources</source>
        <translation>%1 è in standby: non esegue risorse</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1 non è in esecuzione</translation>
    </message>
    <message>
        <source>%1 runs %2 of %3 instances</source>
        <translation>%1 esegue %2 di %3 istanze</translation>
    </message>
    <message>
        <source>%1 is unmanaged: the cluster does not act on it</source>
        <translation>%1 non è gestito: il cluster non agisce su di esso</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n time(s) on %2; it moves away at %3</source>
        <translation>
            <numerusform>%1 è fallito %n volta su %2; si sposta a %3</numerusform>
            <numerusform>%1 è fallito %n volte su %2; si sposta a %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n time(s) on %2</source>
        <translation>
            <numerusform>%1 è fallito %n volta su %2</numerusform>
            <numerusform>%1 è fallito %n volte su %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::PlacementModel</name>
    <message>
        <source>failed</source>
        <translation>fallito</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloccata</translation>
    </message>
    <message>
        <source>unmanaged</source>
        <translation>non gestita</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>orfana</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>non in esecuzione</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) counted</source>
        <translation>
            <numerusform>%n fallimento contato</numerusform>
            <numerusform>%n fallimenti contati</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1, fallito</translation>
    </message>
    <message>
        <source>%1 left behind</source>
        <translation>%1 rimasto</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>unclean</source>
        <translation>non pulito</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>manutenzione</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>standby</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::PlannedAction</name>
    <message>
        <source>%1 is fenced</source>
        <translation>%1 viene isolato</translation>
    </message>
    <message>
        <source>%1 is fenced (%2)</source>
        <translation>%1 viene isolato (%2)</translation>
    </message>
    <message>
        <source>%1 moves %2 → %3</source>
        <translation>%1 si sposta %2 → %3</translation>
    </message>
    <message>
        <source>%1 starts on %2</source>
        <translation>%1 si avvia su %2</translation>
    </message>
    <message>
        <source>%1 stops on %2</source>
        <translation>%1 si ferma su %2</translation>
    </message>
    <message>
        <source>%1 is promoted on %2</source>
        <translation>%1 viene promossa su %2</translation>
    </message>
    <message>
        <source>%1 is demoted on %2</source>
        <translation>%1 viene retrocessa su %2</translation>
    </message>
    <message>
        <source>%1 restarts on %2</source>
        <translation>%1 si riavvia su %2</translation>
    </message>
    <message>
        <source>%1 reloads its parameters on %2</source>
        <translation>%1 ricarica i parametri su %2</translation>
    </message>
    <message>
        <source>%1 is recovered on %2</source>
        <translation>%1 viene ripristinata su %2</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 su %3</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::PreviewJob</name>
    <message>
        <source>preview: %1</source>
        <translation>anteprima: %1</translation>
    </message>
    <message>
        <source>read the configuration</source>
        <translation>leggere la configurazione</translation>
    </message>
    <message>
        <source>cannot read the CIB: %1</source>
        <translation>impossibile leggere la CIB: %1</translation>
    </message>
    <message>
        <source>the configuration changed (from %1.%2 to %3.%4) since this change was prepared; prepare it again</source>
        <translation>la configurazione è cambiata (da %1.%2 a %3.%4) da quando questa modifica è stata preparata; prepararla di nuovo</translation>
    </message>
    <message>
        <source>version %1.%2</source>
        <translation>versione %1.%2</translation>
    </message>
    <message>
        <source>ask Pacemaker what would happen (crm_simulate)</source>
        <translation>chiedere a Pacemaker cosa succederebbe (crm_simulate)</translation>
    </message>
    <message>
        <source>nothing to simulate: this acts on running resources</source>
        <translation>niente da simulare: agisce sulle risorse in esecuzione</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n azione</numerusform>
            <numerusform>%n azioni</numerusform>
        </translation>
    </message>
    <message>
        <source>the preview printed no constraints after the change</source>
        <translation>l&apos;anteprima non ha restituito i vincoli dopo la modifica</translation>
    </message>
    <message>
        <source>%1 cannot be moved away: it has a move or ban left behind; clear it first</source>
        <translation>%1 non può essere spostato: è rimasto uno spostamento o un divieto; rimuoverlo prima</translation>
    </message>
    <message>
        <source>%1 already runs on %2: there is nothing to move</source>
        <translation>%1 è già in esecuzione su %2: non c&apos;è nulla da spostare</translation>
    </message>
    <message>
        <source>%1 refused it (exit status %2)</source>
        <translation>%1 l&apos;ha rifiutato (stato di uscita %2)</translation>
    </message>
    <message>
        <source>%1 refused it: %2</source>
        <translation>%1 l&apos;ha rifiutato: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ReadJob</name>
    <message>
        <source>read the CIB</source>
        <translation>leggere la CIB</translation>
    </message>
    <message>
        <source>cannot read the CIB: %1</source>
        <translation>impossibile leggere la CIB: %1</translation>
    </message>
    <message>
        <source>read the metadata of %1</source>
        <translation>leggere i metadati di %1</translation>
    </message>
    <message>
        <source>no metadata for %1: %2</source>
        <translation>nessun metadato per %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an agent name such as ocf:heartbeat:IPaddr2</source>
        <translation>&apos;%1&apos; non è un nome di agente come ocf:heartbeat:IPaddr2</translation>
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
    <name>hadesk::setup::SetupRun</name>
    <message>
        <source>file %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>servizio %1</translation>
    </message>
    <message>
        <source>packages %1</source>
        <translation>pacchetti %1</translation>
    </message>
    <message>
        <source>CIB %1 %2</source>
        <translation>CIB %1 %2</translation>
    </message>
    <message>
        <source>standby of %1</source>
        <translation>standby di %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>corosync key %1</source>
        <translation>chiave corosync %1</translation>
    </message>
    <message>
        <source>test fence of %1</source>
        <translation>fencing di prova di %1</translation>
    </message>
    <message>
        <source>Undo the setup of %1</source>
        <translation>Annulla la configurazione di %1</translation>
    </message>
    <message>
        <source>Review the setup of %1</source>
        <translation>Rivedi la configurazione di %1</translation>
    </message>
    <message>
        <source>Set up %1</source>
        <translation>Configura %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>python3 is not installed</source>
        <translation>python3 non è installato</translation>
    </message>
    <message>
        <source>Check the hosts</source>
        <translation>Controllare gli host</translation>
    </message>
    <message>
        <source>an earlier run of this plan got as far as &quot;%1&quot; (journal on %2)</source>
        <translation>un&apos;esecuzione precedente di questo piano è arrivata fino a &quot;%1&quot; (journal su %2)</translation>
    </message>
    <message>
        <source>its journal is cluster &quot;%1&quot;&apos;s</source>
        <translation>il suo journal è del cluster &quot;%1&quot;</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rifiutato: %1</translation>
    </message>
    <message>
        <source>%1: %2, pacemaker %3, clock %4 ms</source>
        <translation>%1: %2, pacemaker %3, orologio %4 ms</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connesso</translation>
    </message>
    <message>
        <source>Test the links</source>
        <translation>Testare i collegamenti</translation>
    </message>
    <message>
        <source>corosync-cfgtool -s: every link connected</source>
        <translation>corosync-cfgtool -s: ogni collegamento connesso</translation>
    </message>
    <message>
        <source>%1: corosync&apos;s links: %2</source>
        <translation>%1: collegamenti di corosync: %2</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Rivedere le modifiche</translation>
    </message>
    <message>
        <source>not simulated: %1</source>
        <translation>non simulato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modifica</numerusform>
            <numerusform>%n modifiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup of %1: %2 nodes, %3</source>
        <translation>Configurazione di %1: %2 nodi, %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>  nothing to change</source>
        <translation>  niente da cambiare</translation>
    </message>
    <message>
        <source>
Nothing to change: the cluster is as the plan says.</source>
        <translation>
Niente da cambiare: il cluster è come dice il piano.</translation>
    </message>
    <message>
        <source>
Standby: every node but %1 while the services are added, then back online.</source>
        <translation>
Standby: ogni nodo tranne %1 mentre si aggiungono i servizi, poi di nuovo online.</translation>
    </message>
    <message>
        <source>Test fence: %1 is rebooted by its fence device and waited for.</source>
        <translation>Fencing di prova: %1 viene riavviato dal suo dispositivo di fencing e se ne attende il ritorno.</translation>
    </message>
    <message>
        <source>UNSAFE: fencing is disabled; a node that hangs can corrupt what the cluster runs.</source>
        <translation>NON SICURO: il fencing è disabilitato; un nodo bloccato può corrompere ciò che il cluster esegue.</translation>
    </message>
    <message>
        <source>UNSAFE: fencing is not tested before services are added.</source>
        <translation>NON SICURO: il fencing non viene provato prima di aggiungere i servizi.</translation>
    </message>
    <message>
        <source>
Pacemaker&apos;s simulation of the result:</source>
        <translation>
La simulazione del risultato da parte di Pacemaker:</translation>
    </message>
    <message>
        <source>Install packages</source>
        <translation>Installare i pacchetti</translation>
    </message>
    <message>
        <source>Open the firewall</source>
        <translation>Aprire il firewall</translation>
    </message>
    <message>
        <source>Configure corosync</source>
        <translation>Configurare corosync</translation>
    </message>
    <message>
        <source>no corosync key on %1: %2</source>
        <translation>nessuna chiave corosync su %1: %2</translation>
    </message>
    <message>
        <source>Start the cluster</source>
        <translation>Avviare il cluster</translation>
    </message>
    <message>
        <source>quorum and a DC with every node online</source>
        <translation>quorum e un DC con tutti i nodi online</translation>
    </message>
    <message>
        <source>Cluster options</source>
        <translation>Opzioni del cluster</translation>
    </message>
    <message>
        <source>Fence devices</source>
        <translation>Dispositivi di fencing</translation>
    </message>
    <message>
        <source>the fence devices started</source>
        <translation>i dispositivi di fencing avviati</translation>
    </message>
    <message>
        <source>Test fence %1</source>
        <translation>Fencing di prova di %1</translation>
    </message>
    <message>
        <source>the cluster settled after the test fence</source>
        <translation>il cluster si è assestato dopo il fencing di prova</translation>
    </message>
    <message>
        <source>every service is in place already</source>
        <translation>ogni servizio è già al suo posto</translation>
    </message>
    <message>
        <source>Configure HAProxy</source>
        <translation>Configurare HAProxy</translation>
    </message>
    <message>
        <source>Add the VIPs and services</source>
        <translation>Aggiungere i VIP e i servizi</translation>
    </message>
    <message>
        <source>the services started</source>
        <translation>i servizi avviati</translation>
    </message>
    <message>
        <source>Nodes back online</source>
        <translation>Nodi di nuovo online</translation>
    </message>
    <message>
        <source>every node online and the cluster settled</source>
        <translation>tutti i nodi online e il cluster assestato</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificare</translation>
    </message>
    <message>
        <source>corosync-quorumtool: quorate</source>
        <translation>corosync-quorumtool: quorum presente</translation>
    </message>
    <message>
        <source>crm_verify -L: the configuration is valid</source>
        <translation>crm_verify -L: la configurazione è valida</translation>
    </message>
    <message>
        <source>every resource started</source>
        <translation>tutte le risorse avviate</translation>
    </message>
    <message>
        <source>a request through %1 (%2)</source>
        <translation>una richiesta tramite %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n controllo superato</numerusform>
            <numerusform>%n controlli superati</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop every resource</source>
        <translation>Fermare tutte le risorse</translation>
    </message>
    <message>
        <source>no node runs the cluster</source>
        <translation>nessun nodo esegue il cluster</translation>
    </message>
    <message>
        <source>stop-all-resources</source>
        <translation>stop-all-resources</translation>
    </message>
    <message>
        <source>every resource stopped</source>
        <translation>tutte le risorse fermate</translation>
    </message>
    <message>
        <source>Undo on every node</source>
        <translation>Annullare su ogni nodo</translation>
    </message>
    <message>
        <source>no node has a journal of %1: nothing to undo</source>
        <translation>nessun nodo ha un journal di %1: niente da annullare</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) taken back</source>
        <translation>
            <numerusform>%n modifica annullata</numerusform>
            <numerusform>%n modifiche annullate</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Rimuovi %1 da %2</translation>
    </message>
    <message>
        <source>%1 (UDP %2); corosync&apos;s own links connected on %3</source>
        <translation>%1 (UDP %2); i collegamenti propri di corosync connessi su %3</translation>
    </message>
    <message>
        <source>Move every resource off %1</source>
        <translation>Spostare tutte le risorse via da %1</translation>
    </message>
    <message>
        <source>nothing running on %1</source>
        <translation>niente in esecuzione su %1</translation>
    </message>
    <message>
        <source>Stop the cluster on %1 and undo its setup</source>
        <translation>Fermare il cluster su %1 e annullarne la configurazione</translation>
    </message>
    <message>
        <source>Forget %1 in the cluster</source>
        <translation>Dimenticare %1 nel cluster</translation>
    </message>
    <message>
        <source>crm_node --remove %1</source>
        <translation>crm_node --remove %1</translation>
    </message>
    <message>
        <source>the cluster settled without %1</source>
        <translation>il cluster si è stabilizzato senza %1</translation>
    </message>
    <message>
        <source>the fence agent&apos;s parameters are checked once Pacemaker and the agent are installed (%1)</source>
        <translation>i parametri dell&apos;agente di fencing si verificano quando Pacemaker e l&apos;agente sono installati (%1)</translation>
    </message>
    <message>
        <source>the metadata of %1 cannot be read: %2</source>
        <translation>i metadati di %1 non si possono leggere: %2</translation>
    </message>
    <message>
        <source>stonith_admin --reboot %1, then waited for until it is back</source>
        <translation>stonith_admin --reboot %1, poi si attende che torni</translation>
    </message>
    <message>
        <source>tested before (the journal says so)</source>
        <translation>già verificato (lo dice il journal)</translation>
    </message>
    <message>
        <source>Standby while the services are added</source>
        <translation>Standby mentre si aggiungono i servizi</translation>
    </message>
    <message>
        <source>Wait for quorum</source>
        <translation>Attendere il quorum</translation>
    </message>
    <message>
        <source>delete %1 from the CIB</source>
        <translation>eliminare %1 dalla CIB</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>rimuovere %1</translation>
    </message>
    <message>
        <source>put back %1 from its backup</source>
        <translation>ripristinare %1 dal suo backup</translation>
    </message>
    <message>
        <source>service %1 back to %2, %3</source>
        <translation>servizio %1 di nuovo %2, %3</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>abilitato</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabilitato</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>fermo</translation>
    </message>
    <message>
        <source>remove the packages %1</source>
        <translation>rimuovere i pacchetti %1</translation>
    </message>
    <message>
        <source>empty %1</source>
        <translation>svuotare %1</translation>
    </message>
    <message>
        <source>close the ports %1</source>
        <translation>chiudere le porte %1</translation>
    </message>
    <message>
        <source>%1 back to %2</source>
        <translation>%1 di nuovo a %2</translation>
    </message>
    <message>
        <source>Review the removal of %1 from %2</source>
        <translation>Revisione della rimozione di %1 da %2</translation>
    </message>
    <message>
        <source>Joining: %1 in standby until its fence device runs, then online.</source>
        <translation>In ingresso: %1 in standby finché il suo dispositivo di fencing non è attivo, poi online.</translation>
    </message>
    <message>
        <source>Joining nodes in standby</source>
        <translation>Nodi in ingresso in standby</translation>
    </message>
    <message>
        <source>no node joins a running cluster</source>
        <translation>nessun nodo entra in un cluster in esecuzione</translation>
    </message>
    <message>
        <source>%1 join(s) in standby</source>
        <translation>%1 entra/entrano in standby</translation>
    </message>
    <message>
        <source>standby of %1, then waited for until nothing runs there</source>
        <translation>standby di %1, poi attesa finché lì non gira più nulla</translation>
    </message>
    <message>
        <source>crm_node --force --remove %1</source>
        <translation>crm_node --force --remove %1</translation>
    </message>
    <message>
        <source>Pacemaker forgets %1 (after corosync&apos;s nodelist is reloaded without it)</source>
        <translation>Pacemaker dimentica %1 (dopo che la lista dei nodi di corosync è ricaricata senza di esso)</translation>
    </message>
    <message>
        <source>corosync&apos;s own links connected on %1</source>
        <translation>i link di corosync sono connessi su %1</translation>
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
    <message>
        <source>host %1: invalid ConnectTimeout &apos;%2&apos;</source>
        <translation>host %1: ConnectTimeout non valido &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>hadesk::streams::NodeStream</name>
    <message>
        <source>stopped</source>
        <translation>fermato</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>in riavvio</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>non disponibile</translation>
    </message>
    <message>
        <source>the connection to %1 is gone</source>
        <translation>la connessione a %1 non c&apos;è più</translation>
    </message>
    <message>
        <source>%1 is not installed on %2</source>
        <translation>%1 non è installato su %2</translation>
    </message>
    <message>
        <source>not allowed on %1: %2</source>
        <translation>non consentito su %1: %2</translation>
    </message>
    <message>
        <source>it ended (exit %1)</source>
        <translation>è terminato (uscita %1)</translation>
    </message>
    <message>
        <source>%1; starting it again in %2 s</source>
        <translation>%1; riavvio tra %2 s</translation>
    </message>
</context>
<context>
    <name>hadesk::streams::StreamModel</name>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Segue</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Riavvii</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
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
        <source>OpenSSH client configuration</source>
        <translation>Configurazione del client OpenSSH</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>&amp;Indirizzi</translation>
    </message>
    <message>
        <source>SSH &amp;Configuration</source>
        <translation>&amp;Configurazione SSH</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>&amp;Nome del cluster:</translation>
    </message>
    <message>
        <source>node1.example.com 192.0.2.12 node3</source>
        <translation>node1.example.com 192.0.2.12 node3</translation>
    </message>
    <message>
        <source>Host names, addresses or aliases of ~/.ssh/config, separated by spaces or commas</source>
        <translation>Nomi host, indirizzi o alias di ~/.ssh/config, separati da spazi o virgole</translation>
    </message>
    <message>
        <source>as ~/.ssh/config says, or your user name</source>
        <translation>come dice ~/.ssh/config, o il tuo nome utente</translation>
    </message>
    <message>
        <source>SSH agent or default keys</source>
        <translation>Agente SSH o chiavi predefinite</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>File della chiave</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>No&amp;des:</source>
        <translation>No&amp;di:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Log in &amp;with:</source>
        <translation>Accedi &amp;con:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>File della c&amp;hiave:</translation>
    </message>
    <message>
        <source>Host keys are checked against ~/.ssh/known_hosts; an unknown one is shown with its fingerprint before the console trusts it.</source>
        <translation>Le chiavi host sono confrontate con ~/.ssh/known_hosts; una sconosciuta viene mostrata con la sua impronta prima che la console se ne fidi.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Chiave privata</translation>
    </message>
</context>
<context>
    <name>hadesk::views::ClusterPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Panoramica</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Risorse</translation>
    </message>
    <message>
        <source>&amp;Placement</source>
        <translation>&amp;Posizionamento</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventi</translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation>&amp;Comandi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>Attiva su</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Gestita</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>Meta attributes</source>
        <translation>Meta-attributi</translation>
    </message>
    <message>
        <source>interval %1, timeout %2%3</source>
        <translation>intervallo %1, timeout %2%3</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predefinito</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operazioni</translation>
    </message>
    <message>
        <source>Fail counts</source>
        <translation>Conteggi dei fallimenti</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Vincoli</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Eventi recenti</translation>
    </message>
    <message>
        <source>Problems &amp;only</source>
        <translation>&amp;Solo problemi</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtra eventi</translation>
    </message>
    <message>
        <source>Select a resource to see its agent, parameters, operations, fail counts, the constraints that touch it and its recent events. Right-click it for actions.</source>
        <translation>Seleziona una risorsa per vederne agente, parametri, operazioni, conteggi dei fallimenti, i vincoli che la riguardano e gli eventi recenti. Clic destro per le azioni.</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Grafo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>Re&amp;te</translation>
    </message>
    <message>
        <source>&amp;HAProxy</source>
        <translation>&amp;HAProxy</translation>
    </message>
    <message>
        <source>&amp;DRBD</source>
        <translation>&amp;DRBD</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Lavori</translation>
    </message>
    <message>
        <source>Nothing needs attention: every resource runs where it should, no failures, no moves or bans left behind.</source>
        <translation>Nulla richiede attenzione: ogni risorsa è dove deve essere, nessun errore, nessuno spostamento o divieto rimasto.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Sposta %1 su %2</translation>
    </message>
    <message>
        <source>🔒 Read-only</source>
        <translation>🔒 Sola lettura</translation>
    </message>
    <message>
        <source>This console changes nothing on %1: its actions are hidden. Cluster ▸ Read-only turns it off; an offline CIB file is always read-only.</source>
        <translation>Questa console non modifica nulla su %1: le sue azioni sono nascoste. Cluster ▸ Sola lettura lo disattiva; un file CIB offline è sempre in sola lettura.</translation>
    </message>
    <message>
        <source>Moves away after</source>
        <translation>Si sposta dopo</translation>
    </message>
    <message>
        <source>INFINITY failures (the default: it never moves for failures)</source>
        <translation>INFINITY errori (predefinito: non si sposta mai per errori)</translation>
    </message>
    <message>
        <source>Failures expire</source>
        <translation>Gli errori scadono</translation>
    </message>
    <message>
        <source>never (the default)</source>
        <translation>mai (predefinito)</translation>
    </message>
    <message>
        <source>Failure policy</source>
        <translation>Gestione degli errori</translation>
    </message>
    <message>
        <source>Meta attributes of %1</source>
        <translation>Meta-attributi di %1</translation>
    </message>
    <message>
        <source>%1 every %2 s</source>
        <translation>%1 ogni %2 s</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>sonda</translation>
    </message>
    <message>
        <source>FAILED (exit %1)</source>
        <translation>FALLITO (uscita %1)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>non in esecuzione</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>promosso</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>uscita %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, took %4 ms</source>
        <translation>%1: %2, %3, durata %4 ms</translation>
    </message>
    <message>
        <source>Operation history</source>
        <translation>Cronologia delle operazioni</translation>
    </message>
    <message>
        <source>; left by a move or ban, %1</source>
        <translation>; lasciato da uno spostamento o divieto, %1</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Ripulisci</translation>
    </message>
    <message>
        <source>failed for good (INFINITY)</source>
        <translation>fallito definitivamente (INFINITY)</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n errore</numerusform>
            <numerusform>%n errori</numerusform>
        </translation>
    </message>
    <message>
        <source>, last %1</source>
        <translation>, ultimo %1</translation>
    </message>
    <message>
        <source>Commands run</source>
        <translation>Comandi eseguiti</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message>
        <source>Dr&amp;ills</source>
        <translation>Eserc&amp;itazioni</translation>
    </message>
</context>
<context>
    <name>hadesk::views::ConstraintDialog</name>
    <message>
        <source>%1 — New Constraint</source>
        <translation>%1 — Nuovo vincolo</translation>
    </message>
    <message>
        <source>Location: prefer or avoid a node</source>
        <translation>Posizione: preferire o evitare un nodo</translation>
    </message>
    <message>
        <source>Colocation: run with another resource</source>
        <translation>Colocazione: eseguire con un&apos;altra risorsa</translation>
    </message>
    <message>
        <source>Order: start after another resource</source>
        <translation>Ordine: avviare dopo un&apos;altra risorsa</translation>
    </message>
    <message>
        <source>An integer, INFINITY (always) or -INFINITY (never).</source>
        <translation>Un intero, INFINITY (sempre) o -INFINITY (mai).</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Anteprima…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Risorsa:</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Nodo:</translation>
    </message>
    <message>
        <source>&amp;With / after:</source>
        <translation>&amp;Con / dopo:</translation>
    </message>
    <message>
        <source>Order &amp;kind:</source>
        <translation>Tipo di &amp;ordine:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Punteggio:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>A constraint named &apos;%1&apos; exists already.</source>
        <translation>Esiste già un vincolo chiamato &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A resource cannot be tied to itself.</source>
        <translation>Una risorsa non può essere legata a se stessa.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::CreateResourceDialog</name>
    <message>
        <source>%1 — New Resource</source>
        <translation>%1 — Nuova risorsa</translation>
    </message>
    <message>
        <source>e.g. vip-public</source>
        <translation>ad es. vip-public</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Anteprima…</translation>
    </message>
    <message>
        <source>Resource &amp;id:</source>
        <translation>&amp;Id della risorsa:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Classe:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <source>Reading the metadata of %1…</source>
        <translation>Lettura dei metadati di %1…</translation>
    </message>
    <message>
        <source>Asking %1 for its resource agents…</source>
        <translation>Richiesta degli agenti di risorsa a %1…</translation>
    </message>
    <message>
        <source>Could not ask the cluster for %1: %2</source>
        <translation>Impossibile chiedere %1 al cluster: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose an agent.</source>
        <translation>Scegli un agente.</translation>
    </message>
    <message>
        <source>Give the resource an id.</source>
        <translation>Dai un id alla risorsa.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: letters, digits, &apos;.&apos;, &apos;:&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>&apos;%1&apos; non è un id valido: lettere, cifre, &apos;.&apos;, &apos;:&apos;, &apos;_&apos; e &apos;-&apos;, iniziando con una lettera o &apos;_&apos;.</translation>
    </message>
    <message>
        <source>A resource named &apos;%1&apos; exists already.</source>
        <translation>Esiste già una risorsa chiamata &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::DrbdCreateDialog</name>
    <message>
        <source>New DRBD Resource</source>
        <translation>Nuova risorsa DRBD</translation>
    </message>
    <message>
        <source>letters, digits, . _ -</source>
        <translation>lettere, cifre, . _ -</translation>
    </message>
    <message>
        <source>/dev/… (empty, the same path on every node)</source>
        <translation>/dev/… (vuoto, stesso percorso su ogni nodo)</translation>
    </message>
    <message>
        <source>Resync rate per second (K, M or G); empty for DRBD&apos;s default</source>
        <translation>Velocità di resync al secondo (K, M o G); vuoto per il valore predefinito di DRBD</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Backing disk:</source>
        <translation>&amp;Disco sottostante:</translation>
    </message>
    <message>
        <source>Device &amp;minor:</source>
        <translation>&amp;Minor del dispositivo:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Resync rate:</source>
        <translation>Velocità di &amp;resync:</translation>
    </message>
    <message>
        <source>replication address</source>
        <translation>indirizzo di replica</translation>
    </message>
    <message>
        <source>Initial sync from %1</source>
        <translation>Sincronizzazione iniziale da %1</translation>
    </message>
    <message>
        <source>No initial sync: the disks are empty</source>
        <translation>Nessuna sincronizzazione iniziale: i dischi sono vuoti</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Avvio:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <source>DRBD metadata is written on %1 of every node, and this file installed as %2:

%3</source>
        <translation>I metadati DRBD vengono scritti su %1 di ogni nodo e questo file viene installato come %2:

%3</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Creazione di %1…</translation>
    </message>
    <message>
        <source>%1 created; its initial sync shows in the DRBD tab.</source>
        <translation>%1 creato; la sincronizzazione iniziale è visibile nella scheda DRBD.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::views::DrbdView</name>
    <message>
        <source>Make &amp;Primary</source>
        <translation>Rendi &amp;Primary</translation>
    </message>
    <message>
        <source>&amp;Force Primary…</source>
        <translation>&amp;Forza Primary…</translation>
    </message>
    <message>
        <source>Make &amp;Secondary</source>
        <translation>Rendi &amp;Secondary</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;Attach Disk</source>
        <translation>&amp;Aggancia disco</translation>
    </message>
    <message>
        <source>D&amp;etach Disk</source>
        <translation>S&amp;gancia disco</translation>
    </message>
    <message>
        <source>Ad&amp;just to Configuration</source>
        <translation>Ade&amp;gua alla configurazione</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifica</translation>
    </message>
    <message>
        <source>&amp;Invalidate (Resync from Peer)</source>
        <translation>&amp;Invalida (resync dal peer)</translation>
    </message>
    <message>
        <source>Invalidate &amp;Remote (Resync to Peer)</source>
        <translation>Invalida &amp;remoto (resync verso il peer)</translation>
    </message>
    <message>
        <source>Pa&amp;use Sync</source>
        <translation>S&amp;ospendi sincronizzazione</translation>
    </message>
    <message>
        <source>Res&amp;ume Sync</source>
        <translation>Rip&amp;rendi sincronizzazione</translation>
    </message>
    <message>
        <source>Connect Discarding &amp;My Data</source>
        <translation>Connetti scartando i &amp;miei dati</translation>
    </message>
    <message>
        <source>Sync rate (MiB/s)</source>
        <translation>Velocità di sincronizzazione (MiB/s)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Azioni</translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation>&amp;Promuovi…</translation>
    </message>
    <message>
        <source>&amp;Recover Split Brain…</source>
        <translation>&amp;Ripristina split brain…</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>&amp;Nuova risorsa…</translation>
    </message>
    <message>
        <source>Create a DRBD resource on an empty disk of two nodes</source>
        <translation>Crea una risorsa DRBD su un disco vuoto di due nodi</translation>
    </message>
    <message>
        <source>Select a resource for its warnings and what Pacemaker runs on it.</source>
        <translation>Seleziona una risorsa per vederne gli avvisi e cosa vi esegue Pacemaker.</translation>
    </message>
    <message>
        <source>drbdadm on the selected node, judged against the live state first</source>
        <translation>drbdadm sul nodo selezionato, prima valutato rispetto allo stato attuale</translation>
    </message>
    <message>
        <source>Move the promoted role through Pacemaker (previewed)</source>
        <translation>Sposta il ruolo promosso tramite Pacemaker (con anteprima)</translation>
    </message>
    <message>
        <source>Choose the node whose changes since the split brain are discarded</source>
        <translation>Scegli il nodo le cui modifiche dopo lo split brain vengono scartate</translation>
    </message>
    <message numerus="yes">
        <source>%n DRBD resource(s) on %1</source>
        <translation>
            <numerusform>%n risorsa/e DRBD su %1</numerusform>
            <numerusform>%n risorsa/e DRBD su %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading DRBD&apos;s state from the nodes…</source>
        <translation>Lettura dello stato DRBD dai nodi…</translation>
    </message>
    <message>
        <source>No DRBD resource on these nodes.</source>
        <translation>Nessuna risorsa DRBD su questi nodi.</translation>
    </message>
    <message>
        <source>(no DRBD on %1)</source>
        <translation>(nessun DRBD su %1)</translation>
    </message>
    <message>
        <source>Healthy: %1 hold UpToDate data.</source>
        <translation>Integro: %1 hanno dati UpToDate.</translation>
    </message>
    <message>
        <source>Run by Pacemaker as %1 (%2), promoted on %3. Promote and demote through Pacemaker, not drbdadm.</source>
        <translation>Gestito da Pacemaker come %1 (%2), promosso su %3. Promuovere e retrocedere tramite Pacemaker, non drbdadm.</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>nessun nodo</translation>
    </message>
    <message>
        <source>On its promoted side: %1</source>
        <translation>Sul lato promosso: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Select a node of a resource first</source>
        <translation>Seleziona prima un nodo di una risorsa</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Not run by Pacemaker: use Make Primary</source>
        <translation>Non gestito da Pacemaker: usare «Rendi Primary»</translation>
    </message>
    <message>
        <source>Promote on %1</source>
        <translation>Promuovi su %1</translation>
    </message>
    <message>
        <source>Select a resource first</source>
        <translation>Seleziona prima una risorsa</translation>
    </message>
    <message>
        <source>Discard %1&apos;s Changes</source>
        <translation>Scarta le modifiche di %1</translation>
    </message>
    <message>
        <source>DRBD</source>
        <translation>DRBD</translation>
    </message>
    <message>
        <source>%1 on %2 is not known any more.</source>
        <translation>%1 su %2 non è più noto.</translation>
    </message>
    <message>
        <source>Run on %1:

%2</source>
        <translation>Esegui su %1:

%2</translation>
    </message>
    <message>
        <source>This risks:</source>
        <translation>Rischi:</translation>
    </message>
    <message>
        <source>Run it anyway?</source>
        <translation>Eseguire comunque?</translation>
    </message>
    <message>
        <source>Another DRBD action is still running.</source>
        <translation>Un&apos;altra azione DRBD è ancora in corso.</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promuovi</translation>
    </message>
    <message>
        <source>Split Brain Recovery</source>
        <translation>Ripristino split brain</translation>
    </message>
    <message>
        <source>Every change made on %1 since the split brain is discarded; it then resyncs from %2.

%3

Go ahead?</source>
        <translation>Ogni modifica fatta su %1 dopo lo split brain viene scartata; poi il nodo si risincronizza da %2.

%3

Procedere?</translation>
    </message>
    <message>
        <source>Recover %1 from a split brain on %2</source>
        <translation>Ripristina %1 da uno split brain su %2</translation>
    </message>
</context>
<context>
    <name>hadesk::views::DrillTimeline</name>
    <message>
        <source>Services and events</source>
        <translation>Servizi ed eventi</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventi</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>risponde</translation>
    </message>
    <message>
        <source>cluster events</source>
        <translation>eventi del cluster</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>guasto</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>ripristino</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>interruzione</translation>
    </message>
</context>
<context>
    <name>hadesk::views::DrillsView</name>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>Break %1 on purpose?</source>
        <translation>Guastare %1 di proposito?</translation>
    </message>
    <message>
        <source>The drill &lt;b&gt;%1&lt;/b&gt; breaks the cluster &lt;b&gt;%2&lt;/b&gt; on purpose, then puts it back. Type the cluster&apos;s name to start it.</source>
        <translation>L&apos;esercitazione &lt;b&gt;%1&lt;/b&gt; guasta di proposito il cluster &lt;b&gt;%2&lt;/b&gt;, poi lo rimette a posto. Digitare il nome del cluster per avviarla.</translation>
    </message>
    <message>
        <source>Start the drill</source>
        <translation>Avvia l&apos;esercitazione</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Esecuzione</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapporto</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>The plan (the JSON &lt;code&gt;hadeskctl drill HOST run PLAN.json&lt;/code&gt; runs):</source>
        <translation>Il piano (il JSON che esegue &lt;code&gt;hadeskctl drill HOST run PLAN.json&lt;/code&gt;):</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>The safety checks and Pacemaker&apos;s prediction of the fault; nothing is changed</source>
        <translation>I controlli di sicurezza e la previsione di Pacemaker del guasto; non si cambia nulla</translation>
    </message>
    <message>
        <source>Start drill…</source>
        <translation>Avvia esercitazione…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Keep the plan with this cluster&apos;s drills</source>
        <translation>Conservare il piano tra le esercitazioni di questo cluster</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Remove this saved plan</source>
        <translation>Rimuovere questo piano salvato</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Import a drill plan</source>
        <translation>Importare un piano di esercitazione</translation>
    </message>
    <message>
        <source>Drill plans (*.json)</source>
        <translation>Piani di esercitazione (*.json)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Export the drill plan</source>
        <translation>Esportare il piano di esercitazione</translation>
    </message>
    <message>
        <source>🔒 This cluster is opened read-only: no drills. Cluster ▸ Read-only turns it off.</source>
        <translation>🔒 Questo cluster è aperto in sola lettura: niente esercitazioni. Cluster ▸ Sola lettura lo disattiva.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>saved with this cluster</source>
        <translation>salvato con questo cluster</translation>
    </message>
    <message>
        <source>ipmitool -H bmc-node2 chassis power off</source>
        <translation>ipmitool -H bmc-node2 chassis power off</translation>
    </message>
    <message>
        <source>ipmitool -H bmc-node2 chassis power on</source>
        <translation>ipmitool -H bmc-node2 chassis power on</translation>
    </message>
    <message>
        <source>A command and its arguments, run on this machine (split like a command line, never run by a shell)</source>
        <translation>Un comando con i suoi argomenti, eseguito su questa macchina (diviso come una riga di comando, mai eseguito da una shell)</translation>
    </message>
    <message>
        <source>Fault command</source>
        <translation>Comando del guasto</translation>
    </message>
    <message>
        <source>Undo command</source>
        <translation>Comando di annullamento</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>DRBD resource</source>
        <translation>Risorsa DRBD</translation>
    </message>
    <message>
        <source>not a JSON object: %1 (at character %2)</source>
        <translation>non è un oggetto JSON: %1 (al carattere %2)</translation>
    </message>
    <message>
        <source>probes.from_nodes: %1 is not one of the cluster&apos;s hosts</source>
        <translation>probes.from_nodes: %1 non è uno degli host del cluster</translation>
    </message>
    <message>
        <source>✔ ready: %1</source>
        <translation>✔ pronto: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Asking Pacemaker…</source>
        <translation>Si chiede a Pacemaker…</translation>
    </message>
    <message>
        <source>Pacemaker predicts: %1</source>
        <translation>Pacemaker prevede: %1</translation>
    </message>
    <message>
        <source>No prediction: %1</source>
        <translation>Nessuna previsione: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rifiutata: %1</translation>
    </message>
    <message>
        <source>not started: %1</source>
        <translation>non avviata: %1</translation>
    </message>
    <message>
        <source>not started: the cluster is opened read-only</source>
        <translation>non avviata: il cluster è aperto in sola lettura</translation>
    </message>
    <message>
        <source>not started: a drill is running on this cluster</source>
        <translation>non avviata: su questo cluster è in corso un&apos;esercitazione</translation>
    </message>
    <message>
        <source>not started: cancelled</source>
        <translation>non avviata: annullata</translation>
    </message>
    <message>
        <source>not started: &quot;%1&quot; is not the cluster&apos;s name (%2)</source>
        <translation>non avviata: «%1» non è il nome del cluster (%2)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Passo %1 di %2: %3</translation>
    </message>
    <message>
        <source>Aborting: the fault is undone at once, then the cluster is proven restored…</source>
        <translation>Interruzione: il guasto viene annullato subito, poi si dimostra il cluster ripristinato…</translation>
    </message>
    <message>
        <source>No drill is running. Pick one on the Plan page.</source>
        <translation>Nessuna esercitazione in corso. Sceglierne una nella pagina Piano.</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Undo the fault at once, recover, prove the cluster restored</source>
        <translation>Annullare subito il guasto, ripristinare, dimostrare il cluster ripristinato</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Outage so far</source>
        <translation>Interruzione finora</translation>
    </message>
    <message>
        <source>Failed probes</source>
        <translation>Sonde fallite</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Sonde</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>down</source>
        <translation>interrotto</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>risponde</translation>
    </message>
    <message>
        <source>Ended: %1 — %2</source>
        <translation>Terminata: %1 — %2</translation>
    </message>
    <message>
        <source>A drill&apos;s report appears here when it ends, or when one is opened from the history.</source>
        <translation>Il rapporto di un&apos;esercitazione compare qui quando termina, o quando lo si apre dalla cronologia.</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Esporta HTML…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Esporta PDF…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Esporta JSON…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Esportare il rapporto</translation>
    </message>
    <message>
        <source>no report to export</source>
        <translation>nessun rapporto da esportare</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>impossibile copiare %1 in %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Esercitazione</translation>
    </message>
    <message>
        <source>Worst outage</source>
        <translation>Interruzione peggiore</translation>
    </message>
    <message>
        <source>Double-click a run for its report</source>
        <translation>Doppio clic su un&apos;esecuzione per il suo rapporto</translation>
    </message>
    <message>
        <source>Outage across the runs of</source>
        <translation>Interruzione nelle esecuzioni di</translation>
    </message>
    <message>
        <source>Each service&apos;s outage, run by run</source>
        <translation>L&apos;interruzione di ogni servizio, esecuzione per esecuzione</translation>
    </message>
    <message>
        <source>no such run</source>
        <translation>nessuna esecuzione del genere</translation>
    </message>
    <message>
        <source>the run&apos;s report is not kept (%1)</source>
        <translation>il rapporto dell&apos;esecuzione non è conservato (%1)</translation>
    </message>
    <message>
        <source>it had no report folder</source>
        <translation>non aveva una cartella di rapporto</translation>
    </message>
    <message>
        <source>Probes, limits, expectations</source>
        <translation>Sonde, limiti, attese</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>TCP probe every</source>
        <translation>Sonda TCP ogni</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>HTTP probe every</source>
        <translation>Sonda HTTP ogni</translation>
    </message>
    <message>
        <source>Probe timeout</source>
        <translation>Timeout della sonda</translation>
    </message>
    <message>
        <source>Outage begins after</source>
        <translation>L&apos;interruzione inizia dopo</translation>
    </message>
    <message>
        <source> failed probes</source>
        <translation> sonde fallite</translation>
    </message>
    <message>
        <source>Outage ends after</source>
        <translation>L&apos;interruzione finisce dopo</translation>
    </message>
    <message>
        <source> ok probes</source>
        <translation> sonde riuscite</translation>
    </message>
    <message>
        <source>Probe before the fault</source>
        <translation>Sondare prima del guasto</translation>
    </message>
    <message>
        <source>Watch the failover at most</source>
        <translation>Osservare il failover al massimo</translation>
    </message>
    <message>
        <source>Then watch on</source>
        <translation>Poi osservare ancora</translation>
    </message>
    <message>
        <source>Wait for the cluster at most</source>
        <translation>Attendere il cluster al massimo</translation>
    </message>
    <message>
        <source>Expectations per service (* is every service):</source>
        <translation>Attese per servizio (* è ogni servizio):</translation>
    </message>
    <message>
        <source>Outage at most</source>
        <translation>Interruzione al massimo</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Finisce su</translation>
    </message>
    <message>
        <source>No failed request</source>
        <translation>Nessuna richiesta fallita</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non richiesto</translation>
    </message>
</context>
<context>
    <name>hadesk::views::HaproxyConfigDialog</name>
    <message>
        <source>installed and reloaded</source>
        <translation>installata e ricaricata</translation>
    </message>
    <message>
        <source>rejected by haproxy -c, nothing changed</source>
        <translation>rifiutata da haproxy -c, nulla è cambiato</translation>
    </message>
    <message>
        <source>changed by someone else since it was read, nothing changed</source>
        <translation>modificata da qualcun altro dopo la lettura, nulla è cambiato</translation>
    </message>
    <message>
        <source>reload failed, previous configuration back in place</source>
        <translation>ricaricamento non riuscito, configurazione precedente ripristinata</translation>
    </message>
    <message>
        <source>could not run</source>
        <translation>non è stato possibile eseguire</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Controlla</translation>
    </message>
    <message>
        <source>&amp;Install on Every Node…</source>
        <translation>&amp;Installa su ogni nodo…</translation>
    </message>
    <message>
        <source>Read &amp;Again</source>
        <translation>Ri&amp;leggi</translation>
    </message>
    <message>
        <source>HAProxy Configuration</source>
        <translation>Configurazione di HAProxy</translation>
    </message>
    <message>
        <source>HAProxy accepts it.</source>
        <translation>HAProxy la accetta.</translation>
    </message>
    <message>
        <source>HAProxy refuses it:</source>
        <translation>HAProxy la rifiuta:</translation>
    </message>
    <message>
        <source>Read the files again and lose your edits?</source>
        <translation>Rileggere i file e perdere le modifiche?</translation>
    </message>
    <message>
        <source>Reading the configuration from every node…</source>
        <translation>Lettura della configurazione da ogni nodo…</translation>
    </message>
    <message>
        <source>No configuration could be read.</source>
        <translation>Non è stato possibile leggere alcuna configurazione.</translation>
    </message>
    <message>
        <source>%1 as read from %2 (SHA-256 %3…).</source>
        <translation>%1 come letto da %2 (SHA-256 %3…).</translation>
    </message>
    <message>
        <source>The file on %1 is different; installing replaces it with this text.</source>
        <translation>Il file su %1 è diverso; l&apos;installazione lo sostituisce con questo testo.</translation>
    </message>
    <message>
        <source>Checking with haproxy -c on %1…</source>
        <translation>Controllo con haproxy -c su %1…</translation>
    </message>
    <message>
        <source>Install HAProxy Configuration</source>
        <translation>Installa la configurazione di HAProxy</translation>
    </message>
    <message>
        <source>Check this configuration on %1, then install it and reload HAProxy node by node? A node whose reload fails gets its previous file back, and so do the nodes done before it.</source>
        <translation>Controllare questa configurazione su %1, poi installarla e ricaricare HAProxy nodo per nodo? Un nodo il cui ricaricamento fallisce riavrà il file precedente, e così i nodi già fatti.</translation>
    </message>
    <message>
        <source>Installing on %1…</source>
        <translation>Installazione su %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close and lose your edits?</source>
        <translation>Chiudere e perdere le modifiche?</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arresto in corso…</translation>
    </message>
</context>
<context>
    <name>hadesk::views::HaproxyView</name>
    <message>
        <source>Sessions per backend</source>
        <translation>Sessioni per backend</translation>
    </message>
    <message>
        <source>Requests per second per backend</source>
        <translation>Richieste al secondo per backend</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>P&amp;ronto</translation>
    </message>
    <message>
        <source>&amp;Drain</source>
        <translation>&amp;Svuota</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>&amp;Manutenzione</translation>
    </message>
    <message>
        <source>&amp;Weight…</source>
        <translation>Pe&amp;so…</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Controlli</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>&amp;Nodo</translation>
    </message>
    <message>
        <source>Server Weight</source>
        <translation>Peso del server</translation>
    </message>
    <message>
        <source>Weight (0 to 256) on every node&apos;s HAProxy:</source>
        <translation>Peso (da 0 a 256) nell&apos;HAProxy di ogni nodo:</translation>
    </message>
    <message>
        <source>Enable Health Checks</source>
        <translation>Attiva i controlli di salute</translation>
    </message>
    <message>
        <source>Disable Health Checks</source>
        <translation>Disattiva i controlli di salute</translation>
    </message>
    <message>
        <source>Drain %1 in Every Backend</source>
        <translation>Svuota %1 in ogni backend</translation>
    </message>
    <message>
        <source>Ready %1 in Every Backend</source>
        <translation>Rendi pronto %1 in ogni backend</translation>
    </message>
    <message>
        <source>HAProxy on</source>
        <translation>HAProxy su</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>%1&apos;s HAProxy does not answer: %2</source>
        <translation>L&apos;HAProxy di %1 non risponde: %2</translation>
    </message>
    <message>
        <source>Reading %1&apos;s HAProxy…</source>
        <translation>Lettura dell&apos;HAProxy di %1…</translation>
    </message>
    <message>
        <source>%1 %2 (%3 req/s)</source>
        <translation>%1 %2 (%3 rich./s)</translation>
    </message>
    <message>
        <source>HAProxy %1, up %2, %3 connections; %4</source>
        <translation>HAProxy %1, attivo da %2, %3 connessioni; %4</translation>
    </message>
    <message>
        <source>(no answer from %1)</source>
        <translation>(nessuna risposta da %1)</translation>
    </message>
    <message>
        <source>Send to the HAProxy of %1:

%2</source>
        <translation>Invia all&apos;HAProxy di %1:

%2</translation>
    </message>
    <message>
        <source>Con&amp;figuration…</source>
        <translation>Con&amp;figurazione…</translation>
    </message>
    <message>
        <source>This cluster cannot be changed from here.</source>
        <translation>Questo cluster non può essere modificato da qui.</translation>
    </message>
    <message>
        <source>⚠ The nodes&apos; HAProxies disagree (clients see whichever holds the VIP):</source>
        <translation>⚠ Gli HAProxy dei nodi non concordano (i client vedono quello che detiene il VIP):</translation>
    </message>
</context>
<context>
    <name>hadesk::views::HostStatusBar</name>
    <message>
        <source>connected</source>
        <translation>connesso</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connessione in corso</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>riconnessione in corso</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallito</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connesso</translation>
    </message>
    <message>
        <source>&amp;Reconnect to %1</source>
        <translation>&amp;Riconnetti a %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (the cluster is read and changed through this node)</source>
        <translation> (il cluster è letto e modificato tramite questo nodo)</translation>
    </message>
</context>
<context>
    <name>hadesk::views::JobStatusWidget</name>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
</context>
<context>
    <name>hadesk::views::JobsView</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Rileggi</translation>
    </message>
    <message>
        <source>Read what the selected stream follows again now, and start it again if it stopped</source>
        <translation>Rileggi ora ciò che il flusso selezionato segue e riavvialo se si è fermato</translation>
    </message>
    <message>
        <source>Live streams on the nodes</source>
        <translation>Flussi dal vivo sui nodi</translation>
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
    <message>
        <source>Select a cluster to open it.</source>
        <translation>Seleziona un cluster per aprirlo.</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>&amp;Sola lettura</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <source>&amp;Open CIB File…</source>
        <translation>&amp;Apri file CIB…</translation>
    </message>
    <message>
        <source>Look at a saved CIB (cibadmin --query, crm_report) offline, read-only</source>
        <translation>Esamina una CIB salvata (cibadmin --query, crm_report) offline, in sola lettura</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>&amp;Risorsa</translation>
    </message>
    <message>
        <source>Select a resource first.</source>
        <translation>Seleziona prima una risorsa.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Riavvia</translation>
    </message>
    <message>
        <source>&amp;Move Away</source>
        <translation>&amp;Sposta via</translation>
    </message>
    <message>
        <source>C&amp;lear Moves and Bans</source>
        <translation>&amp;Annulla spostamenti ed esclusioni</translation>
    </message>
    <message>
        <source>Clean &amp;Up Failures</source>
        <translation>&amp;Ripulisci i fallimenti</translation>
    </message>
    <message>
        <source>Add &amp;Constraint…</source>
        <translation>Aggiungi &amp;vincolo…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>&amp;Nuova risorsa…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <source>Open CIB File</source>
        <translation>Apri file CIB</translation>
    </message>
    <message>
        <source>%1 (offline, read-only)</source>
        <translation>%1 (offline, sola lettura)</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenti</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>A drill is running</source>
        <translation>È in corso un&apos;esercitazione</translation>
    </message>
    <message>
        <source>A failover drill is running on %1. Closing aborts it: its fault is undone, the cluster recovered and proven restored, then the console closes. Abort the drill and close?</source>
        <translation>Su %1 è in corso un&apos;esercitazione di failover. Chiudere la interrompe: il guasto viene annullato, il cluster ripristinato e dimostrato tale, poi la console si chiude. Interrompere l&apos;esercitazione e chiudere?</translation>
    </message>
    <message>
        <source>Aborting the drill on %1 and recovering the cluster before closing…</source>
        <translation>Si interrompe l&apos;esercitazione su %1 e si ripristina il cluster prima di chiudere…</translation>
    </message>
    <message>
        <source>&amp;New Cluster…</source>
        <translation>&amp;Nuovo cluster…</translation>
    </message>
</context>
<context>
    <name>hadesk::views::NetworkDiagram</name>
    <message>
        <source>no speed</source>
        <translation>nessuna velocità</translation>
    </message>
    <message>
        <source>%1 Gb/s</source>
        <translation>%1 Gb/s</translation>
    </message>
    <message>
        <source>%1 Mb/s</source>
        <translation>%1 Mb/s</translation>
    </message>
    <message>
        <source>%1: %2, held by %3</source>
        <translation>%1: %2, tenuto da %3</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>nessun nodo</translation>
    </message>
    <message>
        <source>No node has reported its interfaces yet.</source>
        <translation>Nessun nodo ha ancora riportato le sue interfacce.</translation>
    </message>
    <message>
        <source>in no segment</source>
        <translation>in nessun segmento</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>nessun ruolo</translation>
    </message>
    <message>
        <source>no interface</source>
        <translation>nessuna interfaccia</translation>
    </message>
</context>
<context>
    <name>hadesk::views::NetworkView</name>
    <message>
        <source>VIP &amp;Actions</source>
        <translation>&amp;Azioni VIP</translation>
    </message>
    <message>
        <source>&amp;Segments…</source>
        <translation>&amp;Segmenti…</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>%1: interfaces not read: %2</source>
        <translation>%1: interfacce non lette: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a VIP to see its resource, its constraints and where it can move.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fai clic su un VIP per vederne la risorsa, i vincoli e dove può spostarsi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>address</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interfaccia</translation>
    </message>
    <message>
        <source>(chosen by the agent)</source>
        <translation>(scelta dall&apos;agente)</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>cluster runs it on</source>
        <translation>il cluster lo esegue su</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>nessun nodo</translation>
    </message>
    <message>
        <source>address seen on</source>
        <translation>indirizzo visto su</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Vincoli</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>nothing listens</source>
        <translation>nulla in ascolto</translation>
    </message>
    <message>
        <source>%1 listens</source>
        <translation>%1 in ascolto</translation>
    </message>
    <message>
        <source>run by %1</source>
        <translation>eseguito da %1</translation>
    </message>
    <message>
        <source>sends to %1</source>
        <translation>invia a %1</translation>
    </message>
    <message>
        <source>bound on %1</source>
        <translation>associato su %1</translation>
    </message>
</context>
<context>
    <name>hadesk::views::OperationDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Applica</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Asking Pacemaker what this would do (crm_simulate on a copy of the live CIB)…</source>
        <translation>Chiedo a Pacemaker cosa farebbe (crm_simulate su una copia della CIB attiva)…</translation>
    </message>
    <message>
        <source>The preview failed; nothing was changed.</source>
        <translation>L&apos;anteprima è fallita; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>This acts on running resources, not on the configuration: there is nothing to simulate.</source>
        <translation>Agisce sulle risorse in esecuzione, non sulla configurazione: non c&apos;è nulla da simulare.</translation>
    </message>
    <message>
        <source>Pacemaker would change nothing that runs.</source>
        <translation>Pacemaker non cambierebbe nulla di ciò che è in esecuzione.</translation>
    </message>
    <message>
        <source>Pacemaker will:</source>
        <translation>Pacemaker farà:</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applicazione in corso…</translation>
    </message>
    <message>
        <source>Done. The cluster view follows the change as it happens.</source>
        <translation>Fatto. La vista del cluster segue il cambiamento mentre avviene.</translation>
    </message>
    <message>
        <source>Not applied: someone changed the configuration since the preview. Nothing was overwritten; open the action again to preview it on the new configuration.</source>
        <translation>Non applicato: qualcuno ha cambiato la configurazione dopo l&apos;anteprima. Nulla è stato sovrascritto; riapri l&apos;azione per vederne l&apos;anteprima sulla nuova configurazione.</translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>Il comando è fallito.</translation>
    </message>
    <message>
        <source>Each step as it runs, with the command on the node</source>
        <translation>Ogni passo mentre viene eseguito, con il comando sul nodo</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arresto in corso…</translation>
    </message>
    <message>
        <source>This cluster cannot be changed from here (read-only or not connected).</source>
        <translation>Questo cluster non può essere modificato da qui (sola lettura o non connesso).</translation>
    </message>
    <message>
        <source>Stopped before the preview finished; nothing was changed.</source>
        <translation>Fermato prima che l&apos;anteprima finisse; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Stopped. The command was ended on the node; the cluster view shows what it is now.</source>
        <translation>Fermato. Il comando è stato terminato sul nodo; la vista del cluster mostra com&apos;è ora.</translation>
    </message>
    <message>
        <source>until cleared</source>
        <translation>fino alla rimozione</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minuti</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>Or an ISO 8601 duration such as PT2H</source>
        <translation>Oppure una durata ISO 8601 come PT2H</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <source>This change:</source>
        <translation>Questa modifica:</translation>
    </message>
    <message>
        <source>Left behind: %1. It keeps acting on %2 until it expires or is cleared.</source>
        <translation>Lasciato: %1. Continua ad agire su %2 finché non scade o viene rimosso.</translation>
    </message>
    <message>
        <source>C&amp;lear It</source>
        <translation>&amp;Rimuovilo</translation>
    </message>
</context>
<context>
    <name>hadesk::views::OverviewWidget</name>
    <message>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Vincolo</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effetto</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fino a</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Clean &amp;up</source>
        <translation>&amp;Ripulisci</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Failed actions</source>
        <translation>Azioni fallite</translation>
    </message>
    <message>
        <source>Moves and bans left behind</source>
        <translation>Spostamenti ed esclusioni rimasti</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Azioni in sospeso</translation>
    </message>
    <message>
        <source> (DC)</source>
        <translation> (DC)</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) running</source>
        <translation>
            <numerusform>%n risorsa in esecuzione</numerusform>
            <numerusform>%n risorse in esecuzione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n fallimento</numerusform>
            <numerusform>%n fallimenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>; last: %1 %2 (%3)</source>
        <translation>; ultimo: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 · DC: %3 · Fencing: %4%5%6&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 · DC: %3 · Fencing: %4%5%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#30a050&apos;&gt;quorate&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#30a050&apos;&gt;con quorum&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d03030&apos;&gt;NO QUORUM&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d03030&apos;&gt;NESSUN QUORUM&lt;/span&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d03030&apos;&gt;DISABLED&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d03030&apos;&gt;DISATTIVATO&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;cluster in maintenance mode&lt;/b&gt;</source>
        <translation> · &lt;b&gt;cluster in modalità manutenzione&lt;/b&gt;</translation>
    </message>
    <message>
        <source>banned from %1</source>
        <translation>escluso da %1</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>preferisce %1</translation>
    </message>
    <message>
        <source>(rule)</source>
        <translation>(regola)</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>per sempre</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <source>The cluster&apos;s state could not be read through %1: %2</source>
        <translation>Impossibile leggere lo stato del cluster tramite %1: %2</translation>
    </message>
    <message>
        <source>⚠ Not connected to %1: this is the state as last read.</source>
        <translation>⚠ Non connesso a %1: questo è lo stato letto per ultimo.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Nothing needs attention: no failed actions, no moves or bans left behind, nothing pending.</source>
        <translation>Nulla richiede attenzione: nessuna azione fallita, nessuno spostamento o divieto rimasto, nulla in sospeso.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Richiede attenzione</translation>
    </message>
    <message>
        <source>Double-click to go where it can be acted on</source>
        <translation>Doppio clic per andare dove si può agire</translation>
    </message>
    <message>
        <source>Pacemaker %1</source>
        <translation>Pacemaker %1</translation>
    </message>
    <message>
        <source>last change %1%2</source>
        <translation>ultima modifica %1%2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>da %1</translation>
    </message>
    <message>
        <source>stickiness %1</source>
        <translation>stickiness %1</translation>
    </message>
    <message>
        <source>without quorum: %1</source>
        <translation>senza quorum: %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>link %1 ✗ to %2</source>
        <translation>collegamento %1 ✗ verso %2</translation>
    </message>
    <message>
        <source>link %1 ✓</source>
        <translation>collegamento %1 ✓</translation>
    </message>
    <message>
        <source>Corosync: %1</source>
        <translation>Corosync: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Corosync %1</source>
        <translation>Corosync %1</translation>
    </message>
    <message>
        <source>Corosync %1 is down</source>
        <translation>Corosync %1 è caduto</translation>
    </message>
</context>
<context>
    <name>hadesk::views::ResourceGraphView</name>
    <message>
        <source>failed</source>
        <translation>fallito</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>promossa</translation>
    </message>
    <message>
        <source>unpromoted</source>
        <translation>non promossa</translation>
    </message>
    <message>
        <source>started</source>
        <translation>avviata</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>fermata</translation>
    </message>
    <message>
        <source>promoted on %1</source>
        <translation>promossa su %1</translation>
    </message>
    <message>
        <source>Find a resource</source>
        <translation>Trova una risorsa</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Fit the graph in the window (F)</source>
        <translation>Adatta il grafo alla finestra (F)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ingrandisci (Ctrl++)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Riduci (Ctrl+-)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Save as PNG or SVG</source>
        <translation>Salva come PNG o SVG</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Sposta</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossibile scrivere %1</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Esporta grafo</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Immagine PNG (*.png);;Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Posizioni</translation>
    </message>
    <message>
        <source>Show location constraints (moves, bans, preferences) as edges to their node (L)</source>
        <translation>Mostra i vincoli di posizione (spostamenti, esclusioni, preferenze) come archi verso il loro nodo (L)</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>&amp;Nuova risorsa…</translation>
    </message>
    <message>
        <source>Show &amp;Location Constraints</source>
        <translation>Mostra vincoli di &amp;posizione</translation>
    </message>
    <message>
        <source>in transition</source>
        <translation>in transizione</translation>
    </message>
    <message>
        <source>dashed border: unmanaged · stacked: clone · → order · ⇢ colocation · dotted: location (green prefers, red avoids)</source>
        <translation>bordo tratteggiato: non gestita · impilata: clone · → ordine · ⇢ colocazione · punteggiata: posizione (verde preferisce, rosso evita)</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>non ancora rilevato</translation>
    </message>
    <message>
        <source>%1 runs DRBD resource %2</source>
        <translation>%1 gestisce la risorsa DRBD %2</translation>
    </message>
    <message>
        <source>%1 failed on %2</source>
        <translation>%1 fallito su %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fallito</translation>
    </message>
    <message>
        <source>guest of %1, not running</source>
        <translation>ospite di %1, non in esecuzione</translation>
    </message>
    <message>
        <source>guest of %1 on %2</source>
        <translation>ospite di %1 su %2</translation>
    </message>
    <message>
        <source>%1, not connected</source>
        <translation>%1, non connesso</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 tramite %2</translation>
    </message>
    <message>
        <source>UNCLEAN</source>
        <translation>NON PULITO</translation>
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
        <source>standby, still running</source>
        <translation>standby, ancora in esecuzione</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>standby</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 di %2 in esecuzione</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n in esecuzione</numerusform>
            <numerusform>%n in esecuzione</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) su %3</translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation>agente: %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>non in esecuzione</translation>
    </message>
    <message>
        <source>last failure: %1 on %2 at %3 (%4)</source>
        <translation>ultimo errore: %1 su %2 alle %3 (%4)</translation>
    </message>
    <message>
        <source>ban %1</source>
        <translation>divieto %1</translation>
    </message>
    <message>
        <source>move %1</source>
        <translation>spostamento %1</translation>
    </message>
    <message>
        <source>No resource matches “%1”.</source>
        <translation>Nessuna risorsa corrisponde a “%1”.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SegmentLabelsDialog</name>
    <message>
        <source>Segments</source>
        <translation>Segmenti</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sottorete</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Name the subnets the nodes share and say what each carries. The lint uses the roles; HAdesk keeps them with the cluster.</source>
        <translation>Dai un nome alle sottoreti dei nodi e indica cosa porta ciascuna. Il controllo usa i ruoli; HAdesk li conserva con il cluster.</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfacce</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>A name of your own, such as &quot;public 1G&quot; or &quot;storage&quot;</source>
        <translation>Un nome a scelta, come &quot;public 1G&quot; o &quot;storage&quot;</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupApplyPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Each step as it runs on the nodes. A step that fails takes back what it did; the next run continues from there.</source>
        <translation>Ogni passo mentre viene eseguito sui nodi. Un passo che fallisce annulla ciò che ha fatto; l&apos;esecuzione successiva riprende da lì.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applicazione in corso…</translation>
    </message>
    <message>
        <source>Stopping on the nodes…</source>
        <translation>Arresto sui nodi…</translation>
    </message>
    <message>
        <source>%1 is as the plan says: nothing changed.</source>
        <translation>%1 è come dice il piano: nulla è cambiato.</translation>
    </message>
    <message numerus="yes">
        <source>%1 set up and verified: %n change(s).</source>
        <translation>
            <numerusform>%1 configurato e verificato: %n modifica.</numerusform>
            <numerusform>%1 configurato e verificato: %n modifiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>verificato: %1</translation>
    </message>
    <message>
        <source>The setup stopped: %1
Run it again (New Cluster…, the same plan) to continue from there, or take it back with hadeskctl setup --undo PLAN.</source>
        <translation>La configurazione si è fermata: %1
Eseguirla di nuovo (Nuovo cluster…, lo stesso piano) per riprendere da lì, o annullarla con hadeskctl setup --undo PLAN.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupPlanPage</name>
    <message>
        <source>&amp;Save Plan…</source>
        <translation>&amp;Salva piano…</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Il piano</translation>
    </message>
    <message>
        <source>A setup plan (docs/setup.md; hadeskctl setup example HOST... writes a starting one). Nothing on the hosts changes before the review.</source>
        <translation>Un piano di configurazione (docs/setup.md; hadeskctl setup example HOST... ne scrive uno di partenza). Nulla cambia sugli host prima della revisione.</translation>
    </message>
    <message>
        <source>~/.ssh/config</source>
        <translation>~/.ssh/config</translation>
    </message>
    <message>
        <source>default (Corosync&apos;s own: token 3000 ms)</source>
        <translation>default (quello di Corosync: token 3000 ms)</translation>
    </message>
    <message>
        <source>fast (token 1000 ms: for a low-latency network)</source>
        <translation>fast (token 1000 ms: per una rete a bassa latenza)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Plan &amp;file:</source>
        <translation>&amp;File del piano:</translation>
    </message>
    <message>
        <source>SSH &amp;configuration:</source>
        <translation>&amp;Configurazione SSH:</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>&amp;Nome del cluster:</translation>
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation>&amp;Tempi:</translation>
    </message>
    <message>
        <source>Choose a plan file.</source>
        <translation>Scegliere un file di piano.</translation>
    </message>
    <message>
        <source>active/standby</source>
        <translation>attivo/standby</translation>
    </message>
    <message>
        <source>active/active</source>
        <translation>attivo/attivo</translation>
    </message>
    <message>
        <source>Nodes: %1, %2 corosync link(s).
Fencing: %3.
VIPs: %4.
Services: %5.</source>
        <translation>Nodi: %1, %2 link corosync.
Fencing: %3.
VIP: %4.
Servizi: %5.</translation>
    </message>
    <message>
        <source>none (UNSAFE)</source>
        <translation>nessuno (NON SICURO)</translation>
    </message>
    <message>
        <source>%1, not tested (UNSAFE)</source>
        <translation>%1, non testato (NON SICURO)</translation>
    </message>
    <message>
        <source>%1, tested on %2</source>
        <translation>%1, testato su %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Open Setup Plan</source>
        <translation>Apri piano di configurazione</translation>
    </message>
    <message>
        <source>Setup plans (*.json)</source>
        <translation>Piani di configurazione (*.json)</translation>
    </message>
    <message>
        <source>SSH Configuration</source>
        <translation>Configurazione SSH</translation>
    </message>
    <message>
        <source>the plan is refused: %1</source>
        <translation>il piano è rifiutato: %1</translation>
    </message>
    <message>
        <source>Save Setup Plan</source>
        <translation>Salva piano di configurazione</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>The hosts checked, the links tested, and every change per node with Pacemaker&apos;s simulation of the result. Nothing has changed yet.</source>
        <translation>Gli host controllati, i link provati e ogni modifica per nodo con la simulazione del risultato di Pacemaker. Nulla è ancora cambiato.</translation>
    </message>
    <message>
        <source>Checking the hosts…</source>
        <translation>Controllo degli host…</translation>
    </message>
    <message>
        <source>The plan is refused.</source>
        <translation>Il piano è rifiutato.</translation>
    </message>
    <message>
        <source>The review failed: %1</source>
        <translation>La revisione non è riuscita: %1</translation>
    </message>
    <message>
        <source>%1 is as the plan says: Apply changes nothing.</source>
        <translation>%1 è come dice il piano: Applica non cambia nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply.</source>
        <translation>
            <numerusform>%n modifica da applicare.</numerusform>
            <numerusform>%n modifiche da applicare.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo This Setup…</source>
        <translation>&amp;Annulla questa configurazione…</translation>
    </message>
    <message>
        <source>A setup of this plan stopped half-way: %1. Apply continues from there; Undo takes it back.</source>
        <translation>Una configurazione di questo piano si è fermata a metà: %1. Applica riprende da lì; Annulla la toglie.</translation>
    </message>
    <message>
        <source>Undo This Setup</source>
        <translation>Annulla questa configurazione</translation>
    </message>
    <message>
        <source>Take %1 back to bare hosts (%2)? Only what HAdesk&apos;s journals say it did is taken back; files it replaced come back from their backups.</source>
        <translation>Riportare %1 a host nudi (%2)? Viene annullato solo ciò che i giornali di HAdesk dicono che ha fatto; i file sostituiti tornano dalle loro copie.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Annullamento in corso…</translation>
    </message>
    <message>
        <source>The undo stopped: %1</source>
        <translation>L&apos;annullamento si è fermato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 undone: %n change(s) taken back. Checking the hosts again…</source>
        <translation>
            <numerusform>%1 annullato: %n modifica tolta. Nuovo controllo degli host…</numerusform>
            <numerusform>%1 annullato: %n modifiche tolte. Nuovo controllo degli host…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupWizard</name>
    <message>
        <source>New Cluster</source>
        <translation>Nuovo cluster</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Applica</translation>
    </message>
    <message>
        <source>Refused, nothing was changed:</source>
        <translation>Rifiutato, nulla è stato modificato:</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SshPromptDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Chiave host sconosciuta</translation>
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
    <message>
        <source>Compare each fingerprint with the one the host shows (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):</source>
        <translation>Confronta ogni impronta con quella mostrata dall&apos;host (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):</translation>
    </message>
    <message>
        <source>Unknown Host Keys</source>
        <translation>Chiavi host sconosciute</translation>
    </message>
    <message numerus="yes">
        <source>The authenticity of %n host(s) cannot be established: HAdesk has never seen their keys.</source>
        <translation>
            <numerusform>L&apos;autenticità di %n host non può essere verificata: HAdesk non ha mai visto la sua chiave.</numerusform>
            <numerusform>L&apos;autenticità di %n host non può essere verificata: HAdesk non ha mai visto le loro chiavi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust All and Connect</source>
        <translation>Fidati di tutti e connetti</translation>
    </message>
</context>
<context>
    <name>hadeskctl</name>
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
    <message>
        <source>%1 needs a value</source>
        <translation>%1 richiede un valore</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 non è un numero di porta</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opzione sconosciuta %1</translation>
    </message>
    <message>
        <source>usage: hadeskctl add-cluster NAME SSH_CONFIG [HOST...]
       hadeskctl add-cluster NAME --nodes ADDR[,ADDR...] [--user USER] [--port PORT] [--key FILE | --password]</source>
        <translation>uso: hadeskctl add-cluster NAME SSH_CONFIG [HOST...]
     hadeskctl add-cluster NAME --nodes ADDR[,ADDR...] [--user USER] [--port PORT] [--key FILE | --password]</translation>
    </message>
    <message>
        <source>add a cluster by node addresses (--user, --port, --key FILE or --password)</source>
        <translation>aggiunge un cluster dagli indirizzi dei nodi (--user, --port, --key FILE o --password)</translation>
    </message>
    <message>
        <source>HAProxy has no server %1</source>
        <translation>HAProxy non ha il server %1</translation>
    </message>
    <message>
        <source>no HAProxy server stands for node %1 (give BACKEND/SERVER)</source>
        <translation>nessun server HAProxy corrisponde al nodo %1 (indica BACKEND/SERVER)</translation>
    </message>
    <message>
        <source>%1 is not a weight</source>
        <translation>%1 non è un peso</translation>
    </message>
    <message>
        <source>segments, interfaces per node, VIPs with their segment and holder, warnings</source>
        <translation>segmenti, interfacce per nodo, VIP con segmento e detentore, avvisi</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>HAProxy&apos;s frontends, backends and servers; drain|ready|maint NODE or BACKEND/SERVER, weight BACKEND/SERVER N, checks on|off BACKEND/SERVER; config show, check FILE, install FILE (checked on every node, reloaded, rolled back if the reload fails)</source>
        <translation>Frontend, backend e server di HAProxy; drain|ready|maint NODO o BACKEND/SERVER, weight BACKEND/SERVER N, checks on|off BACKEND/SERVER; config show, check FILE, install FILE (controllata su ogni nodo, ricaricata, ripristinata se il ricaricamento fallisce)</translation>
    </message>
    <message>
        <source>--segment takes SUBNET=ROLE[:NAME], one of the roles %1</source>
        <translation>--segment richiede SOTTORETE=RUOLO[:NOME], uno dei ruoli %1</translation>
    </message>
    <message>
        <source>usage: hadeskctl [--ssh-config FILE] network HOST [--json] [--segment SUBNET=ROLE[:NAME]]...</source>
        <translation>usage: hadeskctl [--ssh-config FILE] network HOST [--json] [--segment SUBNET=ROLE[:NAME]]...</translation>
    </message>
    <message>
        <source>%1: DRBD&apos;s configuration could not be read: %2</source>
        <translation>%1: non è stato possibile leggere la configurazione di DRBD: %2</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>nessuna risposta in tempo</translation>
    </message>
    <message>
        <source>%1 has no DRBD resources configured</source>
        <translation>%1 non ha risorse DRBD configurate</translation>
    </message>
    <message>
        <source>no cluster state (%1)</source>
        <translation>nessuno stato del cluster (%1)</translation>
    </message>
    <message>
        <source>no DRBD state from every node in time: %1</source>
        <translation>non è arrivato in tempo lo stato DRBD di ogni nodo: %1</translation>
    </message>
    <message>
        <source>no DRBD resource %1 on %2&apos;s nodes</source>
        <translation>nessuna risorsa DRBD %1 sui nodi di %2</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that these risks are accepted</source>
        <translation>hadeskctl: non eseguito: conferma con --yes che questi rischi sono accettati</translation>
    </message>
    <message>
        <source>Recovery: %1&apos;s changes since the split are discarded; it resyncs from %2</source>
        <translation>Ripristino: le modifiche di %1 dalla separazione vengono scartate; si risincronizza da %2</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that %1&apos;s changes are to be discarded</source>
        <translation>hadeskctl: non eseguito: conferma con --yes che le modifiche di %1 vanno scartate</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DRBD resource name</source>
        <translation>&apos;%1&apos; non è un nome di risorsa DRBD</translation>
    </message>
    <message>
        <source>Pacemaker does not run %1: use &apos;primary&apos; on the node</source>
        <translation>Pacemaker non esegue %1: usa &apos;primary&apos; sul nodo</translation>
    </message>
    <message>
        <source>DRBD resources on HOST&apos;s DRBD nodes: roles, disks, links, sync progress with rate and ETA, warnings; drbdadm actions with their risks confirmed (--yes), promote through Pacemaker, split-brain recovery</source>
        <translation>Risorse DRBD sui nodi DRBD di HOST: ruoli, dischi, collegamenti, avanzamento della sincronizzazione con velocità e tempo residuo, avvisi; azioni drbdadm con i rischi confermati (--yes), promozione tramite Pacemaker, ripristino da split brain</translation>
    </message>
    <message>
        <source>connected and in sync</source>
        <translation>connesso e sincronizzato</translation>
    </message>
    <message>
        <source>hadeskctl: not in sync in time; see the state above</source>
        <translation>hadeskctl: non sincronizzato in tempo; vedere lo stato sopra</translation>
    </message>
    <message>
        <source>%1 on %2, written to %3:</source>
        <translation>%1 su %2, scritto in %3:</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that DRBD metadata is to be written on %1 of %2</source>
        <translation>hadeskctl: non eseguito: confermare con --yes che i metadati DRBD vanno scritti su %1 di %2</translation>
    </message>
    <message>
        <source>Pacemaker runs %1 as %2: remove it from the cluster first</source>
        <translation>Pacemaker gestisce %1 come %2: rimuoverlo prima dal cluster</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that %1 is to be taken down and its configuration removed on %2</source>
        <translation>hadeskctl: non eseguito: confermare con --yes che %1 va disattivato e la sua configurazione rimossa su %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 rimosso</translation>
    </message>
    <message>
        <source>usage: hadeskctl drbd HOST [--json] [--watch [--for SECONDS]]
       hadeskctl drbd HOST ACTION RESOURCE [--yes]   ACTION: %1
       hadeskctl drbd HOST promote RESOURCE NODE [--preview]   (through Pacemaker)
       hadeskctl drbd HOST recover RESOURCE --victim NODE [--yes]   (after a split brain)
       hadeskctl drbd HOST create RESOURCE --disk DEVICE --minor N --port PORT --node NODE=ADDRESS --node NODE=ADDRESS
                 [--resync-rate RATE] (--primary NODE | --skip-initial-sync [--primary NODE]) [--yes]
       hadeskctl drbd HOST remove RESOURCE [--yes]   (only what HAdesk created)</source>
        <translation>usage: hadeskctl drbd HOST [--json] [--watch [--for SECONDS]]
       hadeskctl drbd HOST ACTION RESOURCE [--yes]   ACTION: %1
       hadeskctl drbd HOST promote RESOURCE NODE [--preview]   (through Pacemaker)
       hadeskctl drbd HOST recover RESOURCE --victim NODE [--yes]   (after a split brain)
       hadeskctl drbd HOST create RESOURCE --disk DEVICE --minor N --port PORT --node NODE=ADDRESS --node NODE=ADDRESS
                 [--resync-rate RATE] (--primary NODE | --skip-initial-sync [--primary NODE]) [--yes]
       hadeskctl drbd HOST remove RESOURCE [--yes]   (only what HAdesk created)</translation>
    </message>
    <message>
        <source>Recover %1 from a split brain on %2</source>
        <translation>Ripristina %1 da uno split brain su %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>nessuna risposta entro %1 s</translation>
    </message>
    <message>
        <source>usage: hadeskctl haproxy HOST config [show | check FILE | install FILE [--expect SHA256]]</source>
        <translation>usage: hadeskctl haproxy HOST config [show | check FILE | install FILE [--expect SHA256]]</translation>
    </message>
    <message>
        <source>no node runs HAProxy</source>
        <translation>nessun nodo esegue HAProxy</translation>
    </message>
    <message>
        <source>hadeskctl: the file on %1 is different (this is %2&apos;s)</source>
        <translation>hadeskctl: il file su %1 è diverso (questo è quello di %2)</translation>
    </message>
    <message>
        <source>the file on %1 is not the one with SHA-256 %2: nothing was changed</source>
        <translation>il file su %1 non è quello con SHA-256 %2: non è stato cambiato nulla</translation>
    </message>
    <message>
        <source>usage: hadeskctl haproxy HOST [--json] [--socket PATH]
       hadeskctl haproxy HOST drain|ready|maint NODE|BACKEND/SERVER
       hadeskctl haproxy HOST weight BACKEND/SERVER N
       hadeskctl haproxy HOST checks on|off BACKEND/SERVER
       hadeskctl haproxy HOST config [show | check FILE | install FILE [--expect SHA256]]</source>
        <translation>usage: hadeskctl haproxy HOST [--json] [--socket PATH]
       hadeskctl haproxy HOST drain|ready|maint NODE|BACKEND/SERVER
       hadeskctl haproxy HOST weight BACKEND/SERVER N
       hadeskctl haproxy HOST checks on|off BACKEND/SERVER
       hadeskctl haproxy HOST config [show | check FILE | install FILE [--expect SHA256]]</translation>
    </message>
    <message>
        <source>no HAProxy answered: %1</source>
        <translation>nessun HAProxy ha risposto: %1</translation>
    </message>
    <message>
        <source>this cluster is read-only</source>
        <translation>questo cluster è di sola lettura</translation>
    </message>
    <message>
        <source>%1 is read-only: no changes from here</source>
        <translation>%1 è in sola lettura: nessuna modifica da qui</translation>
    </message>
    <message>
        <source>%1 is a cluster: name the node to run drbdadm on</source>
        <translation>%1 è un cluster: indicare il nodo su cui eseguire drbdadm</translation>
    </message>
    <message>
        <source>usage: hadeskctl drill list
       hadeskctl drill show NAME|PLAN.json [PARAMETERS]
       hadeskctl drill HOST run NAME|PLAN.json [PARAMETERS] [--report DIR] [--yes] [--dry-run] [--restore-placement]
       hadeskctl drill HOST history [--json]
PARAMETERS: --resource R, --node N, --segment internal|external|all|SUBNET, --drbd RES, --process PATTERN,
            --inject CMD ARG... -- --undo CMD ARG... -- (each argument list ends at a lone --),
            --max-outage MS, --ends-on NODE, --zero-failed SERVICE, --observe SECONDS, --settle SECONDS,
            --write-check NAME=URL (numbered records PUT to URL before and during the fault, read back after),
            --probe NAME=IP:PORT or NAME=http://IP:PORT/PATH (probed besides the cluster&apos;s own services),
            --probe-from NODE (every probe also sent from that node, timed by its clock)</source>
        <translation>uso: hadeskctl drill list
       hadeskctl drill show NAME|PLAN.json [PARAMETERS]
       hadeskctl drill HOST run NAME|PLAN.json [PARAMETERS] [--report DIR] [--yes] [--dry-run] [--restore-placement]
       hadeskctl drill HOST history [--json]
PARAMETERS: --resource R, --node N, --segment internal|external|all|SUBNET, --drbd RES, --process PATTERN,
            --inject CMD ARG... -- --undo CMD ARG... -- (ogni lista di argomenti finisce a un -- isolato),
            --max-outage MS, --ends-on NODE, --zero-failed SERVICE, --observe SECONDS, --settle SECONDS,
            --write-check NAME=URL (record numerati inviati con PUT a URL prima e durante il guasto, riletti dopo),
            --probe NAME=IP:PORT or NAME=http://IP:PORT/PATH (sondato oltre ai servizi del cluster),
            --probe-from NODE (ogni sonda inviata anche da quel nodo, cronometrata dal suo orologio)</translation>
    </message>
    <message>
        <source>%1 needs a command and its arguments</source>
        <translation>%1 richiede un comando e i suoi argomenti</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argomento inatteso &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is for a ready-made drill; a plan file gives its own faults</source>
        <translation>--%1 è per un&apos;esercitazione pronta; un file di piano indica i propri guasti</translation>
    </message>
    <message>
        <source>%1 takes NAME=%2, not &apos;%3&apos;</source>
        <translation>%1 accetta NOME=%2, non &apos;%3&apos;</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>parametri: %1</translation>
    </message>
    <message>
        <source>drill %1 on %2: %3</source>
        <translation>esercitazione %1 su %2: %3</translation>
    </message>
    <message>
        <source>  Pacemaker predicts: %1</source>
        <translation>  Pacemaker prevede: %1</translation>
    </message>
    <message>
        <source>  no prediction: %1</source>
        <translation>  nessuna previsione: %1</translation>
    </message>
    <message>
        <source>  %1 %2: outage %3 ms [%4, %5], %6 of %7 probes failed, recovered after %8 ms</source>
        <translation>  %1 %2: interruzione %3 ms [%4, %5], %6 di %7 sonde fallite, recuperato dopo %8 ms</translation>
    </message>
    <message>
        <source>  restored: configuration as before, every resource runs</source>
        <translation>  ripristinato: configurazione come prima, ogni risorsa in esecuzione</translation>
    </message>
    <message>
        <source>  NOT restored: %1</source>
        <translation>  NON ripristinato: %1</translation>
    </message>
    <message>
        <source>worst outage %1 ms (%2)</source>
        <translation>interruzione peggiore %1 ms (%2)</translation>
    </message>
    <message>
        <source>This drill breaks the cluster %1 on purpose (%2). Type the cluster&apos;s name to go on: </source>
        <translation>Questa esercitazione guasta di proposito il cluster %1 (%2). Digitare il nome del cluster per proseguire: </translation>
    </message>
    <message>
        <source>hadeskctl: not started: the name did not match</source>
        <translation>hadeskctl: non avviata: il nome non corrispondeva</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>rapporto: %1</translation>
    </message>
    <message>
        <source>the ready-made failover drills; a drill&apos;s plan as JSON</source>
        <translation>le esercitazioni di failover pronte; il piano di un&apos;esercitazione come JSON</translation>
    </message>
    <message>
        <source>break the cluster on purpose, measure each service&apos;s outage from here, recover, prove it restored and report (--report DIR, --yes, --dry-run); exit 1 an expectation failed, 2 refused or aborted, 3 not proven restored</source>
        <translation>guastare il cluster di proposito, misurare da qui l&apos;interruzione di ogni servizio, ripristinare, dimostrare il ripristino e riferire (--report DIR, --yes, --dry-run); uscita 1 un&apos;attesa mancata, 2 rifiutata o interrotta, 3 ripristino non dimostrato</translation>
    </message>
    <message>
        <source>every drill run on the cluster, with its result and worst outage</source>
        <translation>ogni esercitazione eseguita sul cluster, con esito e interruzione peggiore</translation>
    </message>
    <message>
        <source>hadeskctl: %1 Not asked without a terminal: give --yes.</source>
        <translation>hadeskctl: %1 Senza terminale non viene chiesto: indicare --yes.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [y/N] </translation>
    </message>
    <message>
        <source>hadeskctl: setup refused, nothing was changed:</source>
        <translation>hadeskctl: configurazione rifiutata, non è stato cambiato nulla:</translation>
    </message>
    <message>
        <source>Take %1 back to bare hosts (%2)?</source>
        <translation>Riportare %1 a host senza cluster (%2)?</translation>
    </message>
    <message>
        <source>%1 undone: %2 change(s) taken back in %3 s</source>
        <translation>%1 annullato: %2 modifiche annullate in %3 s</translation>
    </message>
    <message>
        <source>hadeskctl: the review failed: %1</source>
        <translation>hadeskctl: la revisione non è riuscita: %1</translation>
    </message>
    <message>
        <source>Apply these changes to %1 (%2)?</source>
        <translation>Applicare queste modifiche a %1 (%2)?</translation>
    </message>
    <message>
        <source>setup of %1 stopped: %2</source>
        <translation>configurazione di %1 interrotta: %2</translation>
    </message>
    <message>
        <source>Run it again to continue from there, or undo it: hadeskctl setup --undo PLAN</source>
        <translation>Eseguirlo di nuovo per continuare da lì, o annullarlo: hadeskctl setup --undo PLAN</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>verificato: %1</translation>
    </message>
    <message>
        <source>%1 is as the plan says: nothing changed</source>
        <translation>%1 è come dice il piano: non è cambiato nulla</translation>
    </message>
    <message>
        <source>%1 set up: %2 change(s), verified, in %3 s</source>
        <translation>%1 configurato: %2 modifiche, verificato, in %3 s</translation>
    </message>
    <message>
        <source>hadeskctl: setup example needs at least two hosts</source>
        <translation>hadeskctl: setup example richiede almeno due host</translation>
    </message>
    <message>
        <source>hadeskctl: unexpected &apos;%1&apos;</source>
        <translation>hadeskctl: &apos;%1&apos; inatteso</translation>
    </message>
    <message>
        <source>hadeskctl: %1 refused:</source>
        <translation>hadeskctl: %1 rifiutato:</translation>
    </message>
    <message>
        <source>a commented starting plan for building a cluster on these hosts</source>
        <translation>un piano iniziale commentato per costruire un cluster su questi host</translation>
    </message>
    <message>
        <source>bare hosts to a running HA stack: checks, link test, review, then each step (resumable); exit 1 failed and undone, 2 refused by a check</source>
        <translation>da host senza cluster a uno stack HA in funzione: controlli, test dei collegamenti, revisione, poi ogni passo (riprendibile); uscita 1: fallito e annullato, 2: rifiutato da un controllo</translation>
    </message>
    <message>
        <source>take a cluster HAdesk built back to bare hosts (what its journal says it did)</source>
        <translation>riporta un cluster costruito da HAdesk a host senza cluster (secondo ciò che il suo journal registra)</translation>
    </message>
    <message>
        <source>Removing %1 from %2 (%3 stay):</source>
        <translation>Rimozione di %1 da %2 (restano %3):</translation>
    </message>
    <message>
        <source>Take %1 out of %2?</source>
        <translation>Togliere %1 da %2?</translation>
    </message>
    <message>
        <source>%1 removed from %2 in %3 s, the rest verified. The cluster&apos;s plan now:</source>
        <translation>%1 rimosso da %2 in %3 s, il resto verificato. Il piano del cluster ora:</translation>
    </message>
    <message>
        <source>hadeskctl: %1 must be a node of the plan, and two nodes must stay</source>
        <translation>hadeskctl: %1 deve essere un nodo del piano, e devono restare due nodi</translation>
    </message>
    <message>
        <source>hadeskctl: %1 is not a node of the plan: add it to cluster.nodes (and fencing.devices) first</source>
        <translation>hadeskctl: %1 non è un nodo del piano: aggiungerlo prima a cluster.nodes (e fencing.devices)</translation>
    </message>
    <message>
        <source>add a host to a running cluster HAdesk built: the plan with the node in it, corosync reloaded</source>
        <translation>aggiungere un host a un cluster in esecuzione costruito da HAdesk: il piano con il nodo, corosync ricaricato</translation>
    </message>
    <message>
        <source>take a node out of a running cluster HAdesk built: resources moved off, its setup undone, corosync reloaded</source>
        <translation>togliere un nodo da un cluster in esecuzione costruito da HAdesk: risorse spostate, configurazione annullata, corosync ricaricato</translation>
    </message>
    <message>
        <source>usage: hadeskctl setup example HOST...
       hadeskctl setup [--dry-run] [--yes] PLAN
       hadeskctl setup --undo [--yes] PLAN
       hadeskctl setup add-node [--dry-run] [--yes] PLAN NODE
       hadeskctl setup remove-node [--dry-run] [--yes] PLAN NODE
PLAN is a JSON file (docs/setup.md); HOST and the plan&apos;s &quot;ssh&quot; are reached through --ssh-config.</source>
        <translation>uso: hadeskctl setup example HOST...
       hadeskctl setup [--dry-run] [--yes] PLAN
       hadeskctl setup --undo [--yes] PLAN
       hadeskctl setup add-node [--dry-run] [--yes] PLAN NODE
       hadeskctl setup remove-node [--dry-run] [--yes] PLAN NODE
PLAN è un file JSON (docs/setup.md); HOST e lo &quot;ssh&quot; del piano si raggiungono tramite --ssh-config.</translation>
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
    <message>
        <source>Open the cluster of this host (or of this name).</source>
        <translation>Apri il cluster di questo host (o con questo nome).</translation>
    </message>
    <message>
        <source>Once the cluster has loaded, save the window as this PNG and exit.</source>
        <translation>Appena il cluster è caricato, salva la finestra in questo PNG ed esci.</translation>
    </message>
    <message>
        <source>Open a saved CIB offline, read-only (may be given more than once).</source>
        <translation>Apri una CIB salvata offline, in sola lettura (ripetibile).</translation>
    </message>
    <message>
        <source>Colours: desktop (the default: as the desktop says), light or dark.</source>
        <translation>Colori: desktop (predefinito: come dice il desktop), light (chiaro) o dark (scuro).</translation>
    </message>
    <message>
        <source>Wait this many seconds after loading before the screenshot (default 0.5).</source>
        <translation>Attendi questi secondi dopo il caricamento prima della schermata (predefinito 0,5).</translation>
    </message>
    <message>
        <source>Only these hosts of --ssh-config (comma-separated) make the cluster.</source>
        <translation>Solo questi host di --ssh-config (separati da virgole) formano il cluster.</translation>
    </message>
    <message>
        <source>The view to show: overview, graph, network, haproxy, drbd, resources, placement, events or commands.</source>
        <translation>La vista da mostrare: overview, graph, network, haproxy, drbd, resources, placement, events o commands.</translation>
    </message>
</context>
</TS>
