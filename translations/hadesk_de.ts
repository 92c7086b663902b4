<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DrbdOperations</name>
    <message>
        <source>&apos;%1&apos; is not a DRBD resource name</source>
        <translation>&apos;%1&apos; ist kein DRBD-Ressourcenname</translation>
    </message>
    <message>
        <source>drbdadm %1 %2 on %3</source>
        <translation>drbdadm %1 %2 auf %3</translation>
    </message>
    <message>
        <source>%1 has no DRBD resource %2</source>
        <translation>%1 hat keine DRBD-Ressource %2</translation>
    </message>
    <message>
        <source>Pacemaker runs %1 as %2: promote it through the cluster (move the promoted role to the node), not with drbdadm behind the cluster&apos;s back</source>
        <translation>Pacemaker betreibt %1 als %2: über den Cluster hochstufen (die Promoted-Rolle auf den Knoten verschieben), nicht mit drbdadm am Cluster vorbei</translation>
    </message>
    <message>
        <source>Forcing %1 primary makes its data the valid copy whatever its state (%2): changes only the other nodes have are lost when they connect</source>
        <translation>%1 zwangsweise primär zu machen, macht seine Daten zur gültigen Kopie, gleich in welchem Zustand (%2): Änderungen, die nur die anderen Knoten haben, gehen beim Verbinden verloren</translation>
    </message>
    <message>
        <source>%1&apos;s changes since the split are discarded; it resyncs from its peer</source>
        <translation>Die Änderungen von %1 seit der Trennung werden verworfen; es synchronisiert neu von seinem Partner</translation>
    </message>
    <message>
        <source>Pacemaker runs %1 as %2 and may react to this</source>
        <translation>Pacemaker betreibt %1 als %2 und kann darauf reagieren</translation>
    </message>
    <message>
        <source>No node would hold UpToDate data of %1 afterwards</source>
        <translation>Danach hielte kein Knoten aktuelle (UpToDate) Daten von %1</translation>
    </message>
    <message>
        <source>Only %1 would hold UpToDate data of %2 afterwards</source>
        <translation>Danach hielte nur %1 aktuelle (UpToDate) Daten von %2</translation>
    </message>
    <message>
        <source>%1 is where Pacemaker has promoted %2: move the promoted role away before discarding its data</source>
        <translation>Auf %1 hat Pacemaker %2 hochgestuft: die Promoted-Rolle zuerst verschieben, bevor seine Daten verworfen werden</translation>
    </message>
    <message>
        <source>No node but %1 holds UpToDate data of %2: nothing to resync from</source>
        <translation>Nur %1 hält aktuelle (UpToDate) Daten von %2: es gibt nichts, wovon neu synchronisiert werden kann</translation>
    </message>
</context>
<context>
    <name>DrbdOverview</name>
    <message>
        <source>Split brain on %1: its data and its peer&apos;s have diverged; choose the node whose changes are discarded and reconnect</source>
        <translation>Split Brain auf %1: seine Daten und die seines Partners sind auseinandergelaufen; den Knoten wählen, dessen Änderungen verworfen werden, und neu verbinden</translation>
    </message>
    <message>
        <source>I/O is suspended on %1 (%2): writes wait until it is resumed</source>
        <translation>E/A ist auf %1 angehalten (%2): Schreibvorgänge warten, bis sie fortgesetzt wird</translation>
    </message>
    <message>
        <source>Primary on %1 at once</source>
        <translation>Gleichzeitig primär auf %1</translation>
    </message>
    <message>
        <source>%1 is StandAlone: it does not replicate to %2 until connected again</source>
        <translation>%1 ist StandAlone: es repliziert nicht zu %2, bis es wieder verbunden ist</translation>
    </message>
    <message>
        <source>The resync between %1 and %2 is paused</source>
        <translation>Die Neusynchronisation zwischen %1 und %2 ist angehalten</translation>
    </message>
    <message>
        <source>%1 KiB differ between %2 and %3 (found by a verify): disconnect and connect to resync them</source>
        <translation>%1 KiB unterscheiden sich zwischen %2 und %3 (von einer Prüfung gefunden): trennen und verbinden, um sie neu zu synchronisieren</translation>
    </message>
    <message>
        <source>%1 has no disk (Diskless): it reads and writes through its peer</source>
        <translation>%1 hat keine Platte (Diskless): es liest und schreibt über seinen Partner</translation>
    </message>
    <message>
        <source>%1&apos;s data is Outdated: it cannot take over until it has resynced</source>
        <translation>Die Daten von %1 sind veraltet (Outdated): es kann erst nach einer Neusynchronisation übernehmen</translation>
    </message>
    <message>
        <source>%1&apos;s data is Inconsistent and no resync runs</source>
        <translation>Die Daten von %1 sind inkonsistent (Inconsistent) und keine Neusynchronisation läuft</translation>
    </message>
    <message>
        <source>Only %1 holds UpToDate data</source>
        <translation>Nur %1 hält aktuelle (UpToDate) Daten</translation>
    </message>
    <message>
        <source>No node holds UpToDate data</source>
        <translation>Kein Knoten hält aktuelle (UpToDate) Daten</translation>
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
        <translation>Prüfung %1</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <source>verify from %1: %2 %, %3, ETA %4</source>
        <translation>Prüfung von %1: %2 %, %3, ETA %4</translation>
    </message>
    <message>
        <source>resync from %1: %2 %, %3, ETA %4</source>
        <translation>Resync von %1: %2 %, %3, ETA %4</translation>
    </message>
</context>
<context>
    <name>DrbdResourceCreator</name>
    <message>
        <source>&apos;%1&apos; is not a resource name HAdesk writes (letters, digits, . _ - only)</source>
        <translation>&apos;%1&apos; ist kein Ressourcenname, den HAdesk schreibt (nur Buchstaben, Ziffern, . _ -)</translation>
    </message>
    <message>
        <source>the device minor must be between 0 and %1</source>
        <translation>die Geräte-Minor-Nummer muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a block device path under /dev</source>
        <translation>&apos;%1&apos; ist kein Blockgerätepfad unter /dev</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resync rate (a number, optionally K, M or G)</source>
        <translation>&apos;%1&apos; ist keine Resync-Rate (eine Zahl, optional mit K, M oder G)</translation>
    </message>
    <message>
        <source>a resource needs two nodes</source>
        <translation>eine Ressource braucht zwei Knoten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name</source>
        <translation>&apos;%1&apos; ist kein Hostname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (for %2) is not an IP address</source>
        <translation>&apos;%1&apos; (für %2) ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>every node needs a name and an address of its own</source>
        <translation>jeder Knoten braucht einen eigenen Namen und eine eigene Adresse</translation>
    </message>
    <message>
        <source>the initial primary %1 is not one of the nodes</source>
        <translation>der anfängliche Primary %1 ist keiner der Knoten</translation>
    </message>
    <message>
        <source>choose the node the initial sync starts from, or skip the sync for empty disks</source>
        <translation>den Knoten wählen, von dem die Erstsynchronisation ausgeht, oder die Synchronisation bei leeren Datenträgern überspringen</translation>
    </message>
</context>
<context>
    <name>Events2Parser</name>
    <message>
        <source>&quot;%1&quot; is not a key:value field</source>
        <translation>&quot;%1&quot; ist kein Schlüssel:Wert-Feld</translation>
    </message>
    <message>
        <source>%1:%2 is not a number</source>
        <translation>%1:%2 ist keine Zahl</translation>
    </message>
    <message>
        <source>not an events2 line: %1</source>
        <translation>keine events2-Zeile: %1</translation>
    </message>
    <message>
        <source>no resource name in: %1</source>
        <translation>kein Ressourcenname in: %1</translation>
    </message>
    <message>
        <source>no peer-node-id in: %1</source>
        <translation>keine peer-node-id in: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the DRBD state ends early (no &quot;exists -&quot; line): the output is cut short</source>
        <translation>der DRBD-Zustand endet zu früh (keine Zeile &quot;exists -&quot;): die Ausgabe ist abgeschnitten</translation>
    </message>
    <message>
        <source>line %1: not DRBD status output: %2</source>
        <translation>Zeile %1: keine DRBD-Statusausgabe: %2</translation>
    </message>
</context>
<context>
    <name>HostChecks</name>
    <message>
        <source>%1: the setup agent reported nothing it found</source>
        <translation>%1: der Einrichtungsagent hat keine Befunde gemeldet</translation>
    </message>
    <message>
        <source>HAdesk set it up for cluster &quot;%1&quot;: undo that first (hadeskctl setup --undo)</source>
        <translation>HAdesk hat ihn für den Cluster &quot;%1&quot; eingerichtet: zuerst rückgängig machen (hadeskctl setup --undo)</translation>
    </message>
    <message>
        <source>it belongs to a cluster already (%1)</source>
        <translation>er gehört bereits zu einem Cluster (%1)</translation>
    </message>
    <message>
        <source>its host name is &quot;%1&quot;, the plan calls it &quot;%2&quot;</source>
        <translation>sein Hostname ist &quot;%1&quot;, der Plan nennt ihn &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no systemctl: setup needs systemd&apos;s service manager</source>
        <translation>kein systemctl: die Einrichtung braucht den Dienstmanager von systemd</translation>
    </message>
    <message>
        <source>its clock is %1 s %2 this machine&apos;s (limit %3 s): set up NTP (chrony) first</source>
        <translation>seine Uhr geht gegenüber diesem Rechner %1 s %2 (Grenze %3 s): zuerst NTP (chrony) einrichten</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>link %1&apos;s address %2 is not on any of its interfaces (%3)</source>
        <translation>die Adresse %2 von Link %1 liegt auf keiner seiner Schnittstellen (%3)</translation>
    </message>
    <message>
        <source>%1 does not resolve the name %2 (add it to /etc/hosts: %3)</source>
        <translation>%1 löst den Namen %2 nicht auf (in /etc/hosts eintragen: %3)</translation>
    </message>
    <message>
        <source>it resolves %1 to %2, the plan gives %3%4</source>
        <translation>er löst %1 in %2 auf, der Plan nennt %3%4</translation>
    </message>
    <message>
        <source> (the 127.0.1.1 line Debian&apos;s installer writes: point it at the link 0 address)</source>
        <translation> (die Zeile 127.0.1.1, die der Debian-Installer schreibt: auf die Adresse von Link 0 zeigen lassen)</translation>
    </message>
    <message>
        <source>nftables has rules of its own: open %1 in them, then run again</source>
        <translation>nftables hat eigene Regeln: %1 darin öffnen und dann erneut ausführen</translation>
    </message>
    <message>
        <source>%1 %2 here, %3: every node needs the same version</source>
        <translation>%1 %2 hier, %3: jeder Knoten braucht dieselbe Version</translation>
    </message>
    <message>
        <source>%1 missing and neither apt-get nor dnf to install them</source>
        <translation>%1 nicht vorhanden, und weder apt-get noch dnf zum Installieren da</translation>
    </message>
    <message>
        <source>the fence agent %1 is not installed</source>
        <translation>der Fencing-Agent %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>the VIP %1 (%2) is already an address of this host</source>
        <translation>die VIP %1 (%2) ist bereits eine Adresse dieses Hosts</translation>
    </message>
    <message>
        <source>the nodes run different systems: %1</source>
        <translation>auf den Knoten laufen verschiedene Systeme: %1</translation>
    </message>
    <message>
        <source>%1/%2 is outside every segment of %3 (%4 has %5)</source>
        <translation>%1/%2 liegt außerhalb aller Segmente von %3 (%4 hat %5)</translation>
    </message>
    <message>
        <source>the plan puts it on %1, its segment is on %2</source>
        <translation>der Plan legt sie auf %1, ihr Segment liegt auf %2</translation>
    </message>
    <message>
        <source>its segment is on differently named interfaces (%1): give &quot;interface&quot;</source>
        <translation>ihr Segment liegt auf unterschiedlich benannten Schnittstellen (%1): &quot;interface&quot; angeben</translation>
    </message>
    <message>
        <source>it is in a cluster already: it is not a node to add</source>
        <translation>es ist bereits in einem Cluster: kein Knoten zum Hinzufügen</translation>
    </message>
    <message>
        <source>it does not run %1 as HAdesk built it: build the cluster first (hadeskctl setup)</source>
        <translation>es betreibt %1 nicht so, wie HAdesk ihn gebaut hat: zuerst den Cluster bauen (hadeskctl setup)</translation>
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
        <translation>%1 → %2 Link %3 (%4 → %5): %6</translation>
    </message>
    <message>
        <source>%1 → %2 link %3: rtt %4/%5/%6 ms, jitter %7 ms, %8 of %9 lost, path MTU %10</source>
        <translation>%1 → %2 Link %3: rtt %4/%5/%6 ms, Jitter %7 ms, %8 von %9 verloren, Pfad-MTU %10</translation>
    </message>
    <message>
        <source>%1: packets lost</source>
        <translation>%1: Pakete verloren</translation>
    </message>
    <message>
        <source>%1: a path MTU this small slows every message</source>
        <translation>%1: eine so kleine Pfad-MTU bremst jede Nachricht</translation>
    </message>
    <message>
        <source>%1 of %2 link measurements arrived</source>
        <translation>%1 von %2 Link-Messungen sind eingetroffen</translation>
    </message>
    <message>
        <source>%1 links measured, worst round trip %2 ms: timing &quot;%3&quot; suggested</source>
        <translation>%1 Links gemessen, schlechteste Umlaufzeit %2 ms: Timing &quot;%3&quot; empfohlen</translation>
    </message>
    <message>
        <source>the plan asks for the fast timing, but the links are not quick and steady enough for it</source>
        <translation>der Plan verlangt das schnelle Timing, aber die Links sind dafür nicht schnell und stabil genug</translation>
    </message>
    <message>
        <source>nothing to measure</source>
        <translation>nichts zu messen</translation>
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
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Ban from</source>
        <translation>&amp;Sperren auf</translation>
    </message>
    <message>
        <source>Move &amp;away from %1</source>
        <translation>&amp;Weg von %1 verschieben</translation>
    </message>
    <message>
        <source>&amp;Clear moves and bans</source>
        <translation>Verschiebungen und Sperren &amp;aufheben</translation>
    </message>
    <message>
        <source>Clean &amp;up failures</source>
        <translation>Fehler &amp;bereinigen</translation>
    </message>
    <message>
        <source>U&amp;nmanage</source>
        <translation>Nicht &amp;verwalten</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Verwalten</translation>
    </message>
    <message>
        <source>Leave maintenance</source>
        <translation>Wartung beenden</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>Ressource löschen</translation>
    </message>
    <message>
        <source>Delete %1 from the configuration? Pacemaker stops it first.</source>
        <translation>%1 aus der Konfiguration löschen? Pacemaker stoppt sie vorher.</translation>
    </message>
    <message>
        <source>Bring &amp;online</source>
        <translation>&amp;Online bringen</translation>
    </message>
    <message>
        <source>Put in &amp;standby</source>
        <translation>In &amp;Standby versetzen</translation>
    </message>
    <message>
        <source>Leave &amp;maintenance</source>
        <translation>&amp;Wartung beenden</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>&amp;Wartung</translation>
    </message>
    <message>
        <source>Add &amp;Constraint…</source>
        <translation>&amp;Bedingung hinzufügen…</translation>
    </message>
    <message>
        <source>Remove C&amp;onstraint</source>
        <translation>Bedingung &amp;entfernen</translation>
    </message>
    <message>
        <source>Read-only: no changes from here (Cluster ▸ Read-only)</source>
        <translation>Schreibgeschützt: von hier keine Änderungen (Cluster ▸ Schreibgeschützt)</translation>
    </message>
    <message>
        <source>Made by Pacemaker for its bundle: act on the bundle</source>
        <translation>Von Pacemaker für sein Bundle angelegt: auf das Bundle wirken</translation>
    </message>
</context>
<context>
    <name>SetupConfigs</name>
    <message>
        <source>timing &quot;%1&quot;: corosync token %2 ms (%3 ms with %4 nodes), a lost node noticed after about %5 s; fencing allowed %6 s; services checked every %7 s</source>
        <translation>Timing &quot;%1&quot;: corosync token %2 ms (%3 ms bei %4 Knoten), ein verlorener Knoten wird nach etwa %5 s bemerkt; Fencing darf %6 s dauern; Dienste werden alle %7 s geprüft</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source>must be an object of name: value</source>
        <translation>muss ein Objekt aus Name: Wert sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter name</source>
        <translation>&quot;%1&quot; ist kein Parametername</translation>
    </message>
    <message>
        <source>must be a string, a number or true/false</source>
        <translation>muss eine Zeichenkette, eine Zahl oder true/false sein</translation>
    </message>
    <message>
        <source>cannot read the plan: %1</source>
        <translation>der Plan kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>the plan must be a JSON object</source>
        <translation>der Plan muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown key (known: cluster, fencing, vips, haproxy, storage, services)</source>
        <translation>unbekannter Schlüssel (bekannt: cluster, fencing, vips, haproxy, storage, services)</translation>
    </message>
    <message>
        <source>a name of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; is needed</source>
        <translation>ein Name aus Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; ist nötig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timing profile (default or fast)</source>
        <translation>&quot;%1&quot; ist kein Timing-Profil (default oder fast)</translation>
    </message>
    <message>
        <source>not a UDP port</source>
        <translation>kein UDP-Port</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node name</source>
        <translation>&quot;%1&quot; ist kein Knotenname</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host to connect to</source>
        <translation>&quot;%1&quot; ist kein Host, mit dem verbunden werden kann</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot; ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation>%1 wird doppelt verwendet</translation>
    </message>
    <message>
        <source>one to eight corosync link addresses are needed</source>
        <translation>ein bis acht corosync-Link-Adressen sind nötig</translation>
    </message>
    <message>
        <source>a cluster needs at least two nodes</source>
        <translation>ein Cluster braucht mindestens zwei Knoten</translation>
    </message>
    <message>
        <source>more than 32 nodes: corosync does not support it</source>
        <translation>mehr als 32 Knoten: corosync unterstützt das nicht</translation>
    </message>
    <message>
        <source>%1 has %2 links, %3 has %4: every node needs the same links</source>
        <translation>%1 hat %2 Links, %3 hat %4: jeder Knoten braucht dieselben Links</translation>
    </message>
    <message>
        <source>a fence agent is needed (fence_ipmilan, say); &quot;enabled&quot;: false only knowingly</source>
        <translation>ein Fencing-Agent ist nötig (etwa fence_ipmilan); &quot;enabled&quot;: false nur wissentlich</translation>
    </message>
    <message>
        <source>not a node of the cluster</source>
        <translation>kein Knoten des Clusters</translation>
    </message>
    <message>
        <source>%1 has no fence device</source>
        <translation>%1 hat kein Fencing-Gerät</translation>
    </message>
    <message>
        <source>the node to test-fence is needed (&quot;test&quot;: false skips the test, unsafely)</source>
        <translation>der Knoten für das Test-Fencing ist nötig (&quot;test&quot;: false überspringt den Test, unsicher)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>&quot;%1&quot; ist keine Id (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <source>%1 is already used</source>
        <translation>%1 wird bereits verwendet</translation>
    </message>
    <message>
        <source>a prefix length from 1 to 32 is needed</source>
        <translation>eine Präfixlänge von 1 bis 32 ist nötig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name</source>
        <translation>&quot;%1&quot; ist kein Schnittstellenname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset</source>
        <translation>&quot;%1&quot; ist keine Voreinstellung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template (active-standby, active-active)</source>
        <translation>&quot;%1&quot; ist keine Vorlage (active-standby, active-active)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agent (ocf:provider:type, systemd:unit...)</source>
        <translation>&quot;%1&quot; ist kein Agent (ocf:provider:type, systemd:unit...)</translation>
    </message>
    <message>
        <source>not a TCP port</source>
        <translation>kein TCP-Port</translation>
    </message>
    <message>
        <source>an HTTP path such as /health is needed</source>
        <translation>ein HTTP-Pfad wie /health ist nötig</translation>
    </message>
    <message>
        <source>no VIP %1 in vips</source>
        <translation>keine VIP %1 in vips</translation>
    </message>
    <message>
        <source>an active/active service is reached through a frontend, not a VIP of its own</source>
        <translation>ein Active/Active-Dienst wird über ein Frontend erreicht, nicht über eine eigene VIP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agent</source>
        <translation>&quot;%1&quot; ist kein Agent</translation>
    </message>
    <message>
        <source>%1 is the id of HAProxy&apos;s clone: name it otherwise</source>
        <translation>%1 ist die Id des HAProxy-Klons: anders benennen</translation>
    </message>
    <message>
        <source>%1 port %2 is bound twice</source>
        <translation>Port %2 von %1 ist doppelt gebunden</translation>
    </message>
    <message>
        <source>no service %1 in services</source>
        <translation>kein Dienst %1 in services</translation>
    </message>
    <message>
        <source>%1 has no port for HAProxy to reach</source>
        <translation>%1 hat keinen Port, den HAProxy erreichen kann</translation>
    </message>
    <message>
        <source>DRBD storage in a setup plan is not supported yet: set it up with hadeskctl drbd once the cluster runs</source>
        <translation>DRBD-Speicher in einem Einrichtungsplan wird noch nicht unterstützt: ihn mit hadeskctl drbd einrichten, sobald der Cluster läuft</translation>
    </message>
    <message>
        <source>a corosync nodeid is a positive number</source>
        <translation>eine corosync-nodeid ist eine positive Zahl</translation>
    </message>
    <message>
        <source>nodeid %1 is %2&apos;s already</source>
        <translation>nodeid %1 gehört bereits %2</translation>
    </message>
</context>
<context>
    <name>hadesk::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>hadesk::ClusterSession</name>
    <message>
        <source>&apos;%1&apos; is not a server state (ready, drain or maint)</source>
        <translation>„%1“ ist kein Serverzustand (ready, drain oder maint)</translation>
    </message>
    <message>
        <source>no HAProxy has answered yet</source>
        <translation>noch hat kein HAProxy geantwortet</translation>
    </message>
    <message>
        <source>No HAProxy server stands for %1.</source>
        <translation>Kein HAProxy-Server steht für %1.</translation>
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
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
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
    <name>hadesk::CommandLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit-Code</translation>
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
    <name>hadesk::NodeAddressConfig</name>
    <message>
        <source>Name at least one node.</source>
        <translation>Nennen Sie mindestens einen Knoten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name, an address or an SSH alias.</source>
        <translation>&apos;%1&apos; ist weder Hostname noch Adresse noch SSH-Alias.</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>%1 ist doppelt genannt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name.</source>
        <translation>&apos;%1&apos; ist kein gültiger Benutzername.</translation>
    </message>
    <message>
        <source>%1 is not a port number.</source>
        <translation>%1 ist keine Portnummer.</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Wählen Sie die Datei mit dem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The key file&apos;s path cannot contain quotes, &apos;%&apos; or line breaks.</source>
        <translation>Der Pfad der Schlüsseldatei darf keine Anführungszeichen, &apos;%&apos; oder Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Kann die Schlüsseldatei %1 nicht lesen.</translation>
    </message>
</context>
<context>
    <name>hadesk::SegmentLabel</name>
    <message>
        <source>&apos;%1&apos; is not a subnet like 198.19.0.0/24</source>
        <translation>&apos;%1&apos; ist kein Subnetz wie 198.19.0.0/24</translation>
    </message>
    <message>
        <source>A segment&apos;s name is one line of at most 40 characters</source>
        <translation>Der Name eines Segments ist eine Zeile mit höchstens 40 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a segment role (%2)</source>
        <translation>&apos;%1&apos; ist keine Segmentrolle (%2)</translation>
    </message>
</context>
<context>
    <name>hadesk::ServiceHealth</name>
    <message>
        <source>%1 %2 is not running</source>
        <translation>%1 %2 läuft nicht</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message>
        <source>%1 :%2</source>
        <translation>%1 :%2</translation>
    </message>
    <message>
        <source>(nothing listens on %1)</source>
        <translation>(auf %1 lauscht nichts)</translation>
    </message>
    <message>
        <source>%1: not read</source>
        <translation>%1: nicht gelesen</translation>
    </message>
    <message>
        <source>%1: %2/%3 servers up</source>
        <translation>%1: %2/%3 Server aktiv</translation>
    </message>
    <message>
        <source>DRBD %1: %2/%3 replicas UpToDate</source>
        <translation>DRBD %1: %2/%3 Replikate UpToDate</translation>
    </message>
    <message>
        <source>Primary on %1</source>
        <translation>Primary auf %1</translation>
    </message>
    <message>
        <source>(%1 not read yet)</source>
        <translation>(%1 noch nicht gelesen)</translation>
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
    <name>hadesk::drbd::DrbdActionJob</name>
    <message>
        <source>already %1</source>
        <translation>bereits %1</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::DrbdCreateJob</name>
    <message>
        <source>Create DRBD resource %1</source>
        <translation>DRBD-Ressource %1 anlegen</translation>
    </message>
    <message>
        <source>check the resource</source>
        <translation>die Ressource prüfen</translation>
    </message>
    <message>
        <source>check that %1 and %2 are free</source>
        <translation>prüfen, dass %1 und %2 frei sind</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>check the configuration with %1 (drbdadm -d)</source>
        <translation>die Konfiguration mit %1 prüfen (drbdadm -d)</translation>
    </message>
    <message>
        <source>install %1</source>
        <translation>%1 installieren</translation>
    </message>
    <message>
        <source>(the DRBD metadata written on %1 stays; drbdadm wipe-md removes it)</source>
        <translation>(die auf %1 geschriebenen DRBD-Metadaten bleiben; drbdadm wipe-md entfernt sie)</translation>
    </message>
    <message>
        <source>create DRBD metadata on %1</source>
        <translation>DRBD-Metadaten auf %1 anlegen</translation>
    </message>
    <message>
        <source>bring %1 up</source>
        <translation>%1 hochfahren</translation>
    </message>
    <message>
        <source>wait for the nodes to connect</source>
        <translation>warten, bis die Knoten verbunden sind</translation>
    </message>
    <message>
        <source>(check the addresses and the firewall) %1</source>
        <translation>(Adressen und Firewall prüfen) %1</translation>
    </message>
    <message>
        <source>skip the initial sync (the disks are empty)</source>
        <translation>die erste Synchronisation überspringen (die Platten sind leer)</translation>
    </message>
    <message>
        <source>make %1 Primary</source>
        <translation>%1 zum Primary machen</translation>
    </message>
    <message>
        <source>start the initial sync from here (primary --force)</source>
        <translation>die erste Synchronisation von hier starten (primary --force)</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::DrbdRemoveJob</name>
    <message>
        <source>Remove DRBD resource %1</source>
        <translation>DRBD-Ressource %1 entfernen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resource name HAdesk writes (letters, digits, . _ - only)</source>
        <translation>„%1“ ist kein Ressourcenname, den HAdesk schreibt (nur Buchstaben, Ziffern, . _ -)</translation>
    </message>
    <message>
        <source>check the resource</source>
        <translation>die Ressource prüfen</translation>
    </message>
    <message>
        <source>check that HAdesk wrote %1</source>
        <translation>prüfen, dass HAdesk %1 geschrieben hat</translation>
    </message>
    <message>
        <source>take %1 down</source>
        <translation>%1 herunterfahren</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::DrbdResourceModel</name>
    <message>
        <source>Secondary everywhere</source>
        <translation>Überall Secondary</translation>
    </message>
    <message>
        <source>Primary on %1</source>
        <translation>Primary auf %1</translation>
    </message>
    <message>
        <source>%1 KiB out of sync</source>
        <translation>%1 KiB nicht synchron</translation>
    </message>
    <message>
        <source>not run by Pacemaker</source>
        <translation>nicht von Pacemaker verwaltet</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>keine Verbindung zu %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>%1 (split brain)</source>
        <translation>%1 (Split Brain)</translation>
    </message>
    <message>
        <source>%1 (I/O suspended: %2)</source>
        <translation>%1 (E/A angehalten: %2)</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>hochgestuft</translation>
    </message>
    <message>
        <source>not promoted</source>
        <translation>nicht hochgestuft</translation>
    </message>
    <message>
        <source>Resource / node</source>
        <translation>Ressource / Knoten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
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
        <translation>%1: ein DRBD-Ereignis konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: DRBD&apos;s progress could not be read: %2</source>
        <translation>%1: der Fortschritt von DRBD konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>DRBD (drbdsetup events2)</source>
        <translation>DRBD (drbdsetup events2)</translation>
    </message>
    <message>
        <source>%1 has no DRBD kernel module</source>
        <translation>%1 hat kein DRBD-Kernelmodul</translation>
    </message>
    <message>
        <source>%1: the DRBD event stream stopped: %2</source>
        <translation>%1: der DRBD-Ereignisstrom hat aufgehört: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillChecks</name>
    <message>
        <source>quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>the partition the console reads has quorum</source>
        <translation>die Partition, die die Konsole liest, hat Quorum</translation>
    </message>
    <message>
        <source>the cluster has no quorum</source>
        <translation>der Cluster hat kein Quorum</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message>
        <source>no failed actions</source>
        <translation>keine fehlgeschlagenen Aktionen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>clean these up first: %1</source>
        <translation>zuerst bereinigen: %1</translation>
    </message>
    <message>
        <source>nothing in transition</source>
        <translation>nichts im Übergang</translation>
    </message>
    <message>
        <source>no action pending</source>
        <translation>keine Aktion ausstehend</translation>
    </message>
    <message>
        <source>still pending: %1</source>
        <translation>noch ausstehend: %1</translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation>der Cluster</translation>
    </message>
    <message>
        <source>not in maintenance</source>
        <translation>nicht im Wartungsmodus</translation>
    </message>
    <message>
        <source>the cluster manages its resources</source>
        <translation>der Cluster verwaltet seine Ressourcen</translation>
    </message>
    <message>
        <source>in maintenance: %1</source>
        <translation>im Wartungsmodus: %1</translation>
    </message>
    <message>
        <source>every node online</source>
        <translation>jeder Knoten online</translation>
    </message>
    <message>
        <source>all %1 member nodes online and active</source>
        <translation>alle %1 Mitgliedsknoten online und aktiv</translation>
    </message>
    <message>
        <source>not online and active: %1</source>
        <translation>nicht online und aktiv: %1</translation>
    </message>
    <message>
        <source>fencing</source>
        <translation>Fencing</translation>
    </message>
    <message>
        <source>stonith-enabled is false: a lost node would not be fenced</source>
        <translation>stonith-enabled ist false: ein verlorener Knoten würde nicht abgeschottet</translation>
    </message>
    <message>
        <source>no fence device runs</source>
        <translation>kein Fencing-Gerät läuft</translation>
    </message>
    <message>
        <source>enabled, with a fence device running</source>
        <translation>aktiviert, mit laufendem Fencing-Gerät</translation>
    </message>
    <message>
        <source>DRBD peers UpToDate</source>
        <translation>DRBD-Partner UpToDate</translation>
    </message>
    <message>
        <source>every replica UpToDate</source>
        <translation>jede Replik UpToDate</translation>
    </message>
    <message>
        <source>not every replica UpToDate: %1</source>
        <translation>nicht jede Replik UpToDate: %1</translation>
    </message>
    <message>
        <source>a node to take over from %1</source>
        <translation>ein Knoten, der %1 übernimmt</translation>
    </message>
    <message>
        <source>no other node is online and active: the services would have no copy</source>
        <translation>kein anderer Knoten ist online und aktiv: die Dienste hätten keine Kopie</translation>
    </message>
    <message>
        <source>%1 can take over</source>
        <translation>%1 kann übernehmen</translation>
    </message>
    <message>
        <source>another HAProxy besides %1</source>
        <translation>ein weiteres HAProxy neben %1</translation>
    </message>
    <message>
        <source>no other node&apos;s HAProxy answers: the frontends would have no copy</source>
        <translation>kein HAProxy eines anderen Knotens antwortet: die Frontends hätten keine Kopie</translation>
    </message>
    <message>
        <source>HAProxy answers on %1</source>
        <translation>HAProxy antwortet auf %1</translation>
    </message>
    <message>
        <source>%1 has a primary</source>
        <translation>%1 hat einen Primary</translation>
    </message>
    <message>
        <source>Primary on %1</source>
        <translation>Primary auf %1</translation>
    </message>
    <message>
        <source>no node is Primary</source>
        <translation>kein Knoten ist Primary</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pending</source>
        <translation>
            <numerusform>%n Aktion ausstehend</numerusform>
            <numerusform>%n Aktionen ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not back online</source>
        <translation>%1 ist nicht wieder online</translation>
    </message>
    <message>
        <source>%1 does not run everywhere it ran</source>
        <translation>%1 läuft nicht überall, wo es lief</translation>
    </message>
    <message>
        <source>failed actions are left</source>
        <translation>fehlgeschlagene Aktionen bleiben</translation>
    </message>
    <message>
        <source>DRBD %1 is not seen on every node again</source>
        <translation>DRBD %1 ist noch nicht wieder auf jedem Knoten zu sehen</translation>
    </message>
    <message>
        <source>DRBD %1: split brain on %2</source>
        <translation>DRBD %1: Split Brain auf %2</translation>
    </message>
    <message>
        <source>DRBD %1 is not connected between %2 and %3</source>
        <translation>DRBD %1 ist zwischen %2 und %3 nicht verbunden</translation>
    </message>
    <message>
        <source>DRBD %1 is not UpToDate everywhere yet</source>
        <translation>DRBD %1 ist noch nicht überall UpToDate</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillLibrary</name>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>fault %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>inject and undo are lists of arguments (strings), never a shell line</source>
        <translation>inject und undo sind Listen von Argumenten (Zeichenketten), nie eine Shell-Zeile</translation>
    </message>
    <message>
        <source>resource must be a resource id, not &quot;%1&quot;</source>
        <translation>resource muss eine Ressourcen-ID sein, nicht „%1“</translation>
    </message>
    <message>
        <source>node must be a node&apos;s name, not &quot;%1&quot;</source>
        <translation>node muss der Name eines Knotens sein, nicht „%1“</translation>
    </message>
    <message>
        <source>segment must be internal, external, all or a subnet, not &quot;%1&quot;</source>
        <translation>segment muss internal, external, all oder ein Subnetz sein, nicht „%1“</translation>
    </message>
    <message>
        <source>drbd must be a DRBD resource&apos;s name, not &quot;%1&quot;</source>
        <translation>drbd muss der Name einer DRBD-Ressource sein, nicht „%1“</translation>
    </message>
    <message>
        <source>a command fault needs both inject and undo, each a list of arguments</source>
        <translation>ein command-Fehler braucht inject und undo, jeweils eine Liste von Argumenten</translation>
    </message>
    <message>
        <source>process must be one line of at most 200 characters</source>
        <translation>process muss eine Zeile mit höchstens 200 Zeichen sein</translation>
    </message>
    <message>
        <source>name must be one line of at most 80 characters without &apos;/&apos;</source>
        <translation>name muss eine Zeile mit höchstens 80 Zeichen ohne &apos;/&apos; sein</translation>
    </message>
    <message>
        <source>faults must list at least one fault</source>
        <translation>faults muss mindestens einen Fehler enthalten</translation>
    </message>
    <message>
        <source>probes.extra: from must be a node&apos;s name, not &quot;%1&quot;</source>
        <translation>probes.extra: from muss der Name eines Knotens sein, nicht „%1“</translation>
    </message>
    <message>
        <source>probes.extra: each needs a name, an address IP:PORT and a path from /, not &quot;%1&quot;</source>
        <translation>probes.extra: jede braucht einen Namen, eine Adresse IP:PORT und einen Pfad ab /, nicht „%1“</translation>
    </message>
    <message>
        <source>probes.%1 must be a list of names</source>
        <translation>probes.%1 muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>probes.from_nodes: each must be a node&apos;s name, once, not &quot;%1&quot;</source>
        <translation>probes.from_nodes: jeder muss der Name eines Knotens sein, einmal, nicht „%1“</translation>
    </message>
    <message>
        <source>expectations: ends_on must be a node&apos;s name, not &quot;%1&quot;</source>
        <translation>expectations: ends_on muss der Name eines Knotens sein, nicht „%1“</translation>
    </message>
    <message>
        <source>writes: each needs a name and an http:// URL of a folder, not &quot;%1&quot;</source>
        <translation>writes: jeder braucht einen Namen und eine http://-URL eines Ordners, nicht „%1“</translation>
    </message>
    <message>
        <source>standby the node running a resource (planned)</source>
        <translation>den Knoten, auf dem eine Ressource läuft, in Standby versetzen (geplant)</translation>
    </message>
    <message>
        <source>fence the node running a resource through the cluster&apos;s own fencing</source>
        <translation>den Knoten, auf dem eine Ressource läuft, über das Fencing des Clusters abschotten</translation>
    </message>
    <message>
        <source>cut one node off a segment with packet filtering on the node</source>
        <translation>einen Knoten per Paketfilter auf dem Knoten von einem Segment trennen</translation>
    </message>
    <message>
        <source>kill -9 a resource&apos;s process on its node</source>
        <translation>kill -9 auf den Prozess einer Ressource auf ihrem Knoten</translation>
    </message>
    <message>
        <source>make a resource&apos;s monitor fail (crm_resource --fail)</source>
        <translation>den Monitor einer Ressource fehlschlagen lassen (crm_resource --fail)</translation>
    </message>
    <message>
        <source>stop HAProxy on a node</source>
        <translation>HAProxy auf einem Knoten stoppen</translation>
    </message>
    <message>
        <source>disconnect a DRBD resource&apos;s replication</source>
        <translation>die Replikation einer DRBD-Ressource trennen</translation>
    </message>
    <message>
        <source>a fault and its undo, each a command run on the console&apos;s machine</source>
        <translation>ein Fehler und seine Rücknahme, jeweils ein Befehl auf dem Rechner der Konsole</translation>
    </message>
    <message>
        <source>no ready-made drill is called &quot;%1&quot;</source>
        <translation>keine vorgefertigte Übung heißt „%1“</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillPlanStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillReport</name>
    <message>
        <source>detect</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>fence</source>
        <translation>Fencing</translation>
    </message>
    <message>
        <source>DRBD promote</source>
        <translation>DRBD-Promote</translation>
    </message>
    <message>
        <source>resource start</source>
        <translation>Ressourcenstart</translation>
    </message>
    <message>
        <source>VIP up</source>
        <translation>VIP aktiv</translation>
    </message>
    <message>
        <source>backend up</source>
        <translation>Backend aktiv</translation>
    </message>
    <message>
        <source>first ok probe</source>
        <translation>erste erfolgreiche Probe</translation>
    </message>
    <message>
        <source>outage at most %1 ms</source>
        <translation>Ausfall höchstens %1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no failed request</source>
        <translation>keine fehlgeschlagene Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>ends on %1</source>
        <translation>endet auf %1</translation>
    </message>
    <message>
        <source>runs nowhere</source>
        <translation>läuft nirgends</translation>
    </message>
    <message>
        <source>no acknowledged write lost</source>
        <translation>kein bestätigter Schreibvorgang verloren</translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged writes lost</source>
        <translation>%1 von %2 bestätigten Schreibvorgängen verloren</translation>
    </message>
    <message>
        <source>not read back: the drill ended before</source>
        <translation>nicht zurückgelesen: die Übung endete vorher</translation>
    </message>
    <message>
        <source>not read back: %1</source>
        <translation>nicht zurückgelesen: %1</translation>
    </message>
    <message>
        <source>up</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Drill %1 on %2</source>
        <translation>Übung %1 auf %2</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Cluster restored: the configuration as before, every resource running</source>
        <translation>Cluster wiederhergestellt: die Konfiguration wie vorher, jede Ressource läuft</translation>
    </message>
    <message>
        <source>Cluster NOT restored (see Restoration)</source>
        <translation>Cluster NICHT wiederhergestellt (siehe Wiederherstellung)</translation>
    </message>
    <message>
        <source>Cluster not proven restored: the proof did not run</source>
        <translation>Wiederherstellung des Clusters nicht nachgewiesen: der Nachweis lief nicht</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>Full redundancy</source>
        <translation>Volle Redundanz</translation>
    </message>
    <message>
        <source>Failed probes</source>
        <translation>Fehlgeschlagene Proben</translation>
    </message>
    <message>
        <source>Flaps</source>
        <translation>Aussetzer</translation>
    </message>
    <message>
        <source>Worst latency</source>
        <translation>Schlechteste Latenz</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Schreibvorgänge</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 (records %2)</source>
        <translation>%1 (Datensätze %2)</translation>
    </message>
    <message>
        <source>every acknowledged write read back</source>
        <translation>jeder bestätigte Schreibvorgang zurückgelesen</translation>
    </message>
    <message>
        <source>writes lost</source>
        <translation>Schreibvorgänge verloren</translation>
    </message>
    <message>
        <source>Prediction and outcome</source>
        <translation>Vorhersage und Ergebnis</translation>
    </message>
    <message>
        <source>Pacemaker predicted</source>
        <translation>Pacemaker sagte voraus</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Safety checks</source>
        <translation>Sicherheitsprüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Uhren</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Offset before</source>
        <translation>Versatz vorher</translation>
    </message>
    <message>
        <source>Offset after</source>
        <translation>Versatz nachher</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>not proven: the proof did not run</source>
        <translation>nicht nachgewiesen: der Nachweis lief nicht</translation>
    </message>
    <message>
        <source>the configuration is the one before the drill and every resource runs</source>
        <translation>die Konfiguration ist die von vor der Übung und jede Ressource läuft</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Time from the fault</source>
        <translation>Zeit ab dem Fehler</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Timed by</source>
        <translation>Zeitgeber</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>node&apos;s clock ± %1 ms</source>
        <translation>Uhr des Knotens ± %1 ms</translation>
    </message>
    <message>
        <source>node&apos;s clock, offset not measured</source>
        <translation>Uhr des Knotens, Versatz nicht gemessen</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>not a drill&apos;s probes.json (format 1)</source>
        <translation>keine probes.json einer Übung (Format 1)</translation>
    </message>
    <message>
        <source>a probe result is not [sent_us, latency_us, outcome]</source>
        <translation>ein Probenergebnis ist nicht [sent_us, latency_us, outcome]</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot append to %1: %2</source>
        <translation>an %1 kann nicht angehängt werden: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillRun</name>
    <message>
        <source>drill: %1</source>
        <translation>Übung: %1</translation>
    </message>
    <message>
        <source>check the cluster</source>
        <translation>den Cluster prüfen</translation>
    </message>
    <message>
        <source>ask Pacemaker what the fault should do (crm_simulate)</source>
        <translation>Pacemaker fragen, was der Fehler bewirken soll (crm_simulate)</translation>
    </message>
    <message>
        <source>measure the nodes&apos; clocks</source>
        <translation>die Uhren der Knoten messen</translation>
    </message>
    <message>
        <source>save the configuration</source>
        <translation>die Konfiguration sichern</translation>
    </message>
    <message>
        <source>follow the nodes&apos; events (Pacemaker alerts, VIP addresses, DRBD)</source>
        <translation>den Ereignissen der Knoten folgen (Pacemaker-Alerts, VIP-Adressen, DRBD)</translation>
    </message>
    <message>
        <source>probe the services before the fault</source>
        <translation>die Dienste vor dem Fehler prüfen</translation>
    </message>
    <message>
        <source>inject fault %1: %2</source>
        <translation>Fehler %1 auslösen: %2</translation>
    </message>
    <message>
        <source>watch the failover</source>
        <translation>den Failover beobachten</translation>
    </message>
    <message>
        <source>recover: undo the faults and clean up</source>
        <translation>wiederherstellen: die Fehler zurücknehmen und aufräumen</translation>
    </message>
    <message>
        <source>wait for the cluster to settle</source>
        <translation>warten, bis sich der Cluster beruhigt</translation>
    </message>
    <message>
        <source>read the acknowledged writes back</source>
        <translation>die bestätigten Schreibvorgänge zurücklesen</translation>
    </message>
    <message>
        <source>prove the cluster restored</source>
        <translation>nachweisen, dass der Cluster wiederhergestellt ist</translation>
    </message>
    <message>
        <source>measure the nodes&apos; clocks again</source>
        <translation>die Uhren der Knoten erneut messen</translation>
    </message>
    <message>
        <source>stop the probes</source>
        <translation>die Proben stoppen</translation>
    </message>
    <message>
        <source>stopped by the operator</source>
        <translation>vom Bediener gestoppt</translation>
    </message>
    <message>
        <source>aborted: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <source> (%1&apos;s clock, ±%2 ms)</source>
        <translation> (Uhr von %1, ±%2 ms)</translation>
    </message>
    <message>
        <source>a fence the drill did not cause: %1</source>
        <translation>ein Fencing, das die Übung nicht verursacht hat: %1</translation>
    </message>
    <message>
        <source>the cluster lost quorum, which the fault should not cause</source>
        <translation>der Cluster hat das Quorum verloren, was der Fehler nicht verursachen sollte</translation>
    </message>
    <message>
        <source>%1 is not one of the cluster&apos;s hosts (%2)</source>
        <translation>%1 ist keiner der Hosts des Clusters (%2)</translation>
    </message>
    <message>
        <source>%1 is what the fault takes away (%2): its probes would measure the fault, not the service</source>
        <translation>%1 ist, was der Fehler wegnimmt (%2): seine Proben würden den Fehler messen, nicht den Dienst</translation>
    </message>
    <message>
        <source>the cluster&apos;s state is not read yet</source>
        <translation>der Zustand des Clusters ist noch nicht gelesen</translation>
    </message>
    <message>
        <source>the cluster is opened read-only: no drills</source>
        <translation>der Cluster ist schreibgeschützt geöffnet: keine Übungen</translation>
    </message>
    <message>
        <source>services to probe</source>
        <translation>zu prüfende Dienste</translation>
    </message>
    <message>
        <source>no VIP service found (the network picture has none yet)</source>
        <translation>kein VIP-Dienst gefunden (das Netzwerkbild hat noch keinen)</translation>
    </message>
    <message numerus="yes">
        <source>%n probe stream(s)</source>
        <translation>
            <numerusform>%n Probenstrom</numerusform>
            <numerusform>%n Probenströme</numerusform>
        </translation>
    </message>
    <message>
        <source>probes from %1</source>
        <translation>Proben von %1</translation>
    </message>
    <message>
        <source>a host of the cluster, not the fault&apos;s</source>
        <translation>ein Host des Clusters, nicht der des Fehlers</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n Prüfung bestanden</numerusform>
            <numerusform>%n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first edit of the configuration is simulated</source>
        <translation>nur die erste Änderung der Konfiguration wird simuliert</translation>
    </message>
    <message>
        <source>crm_simulate could not predict it: %1</source>
        <translation>crm_simulate konnte es nicht vorhersagen: %1</translation>
    </message>
    <message>
        <source>crm_simulate&apos;s answer could not be read: %1</source>
        <translation>die Antwort von crm_simulate war nicht lesbar: %1</translation>
    </message>
    <message>
        <source>nothing moves: Pacemaker would take no action</source>
        <translation>nichts bewegt sich: Pacemaker würde nichts tun</translation>
    </message>
    <message>
        <source>%1 %2 ± %3 ms</source>
        <translation>%1 %2 ± %3 ms</translation>
    </message>
    <message>
        <source>%1 not measured</source>
        <translation>%1 nicht gemessen</translation>
    </message>
    <message>
        <source>cannot read the configuration: %1</source>
        <translation>die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no events from the node (%2)</source>
        <translation>%1: keine Ereignisse vom Knoten (%2)</translation>
    </message>
    <message>
        <source>its tap did not begin</source>
        <translation>sein Abgriff hat nicht begonnen</translation>
    </message>
    <message>
        <source>Pacemaker: the cluster&apos;s state as the console read it (console clock)</source>
        <translation>Pacemaker: der Zustand des Clusters, wie ihn die Konsole las (Uhr der Konsole)</translation>
    </message>
    <message>
        <source>no node&apos;s events could be followed: the cluster&apos;s state stands in</source>
        <translation>den Ereignissen keines Knotens konnte gefolgt werden: der Zustand des Clusters springt ein</translation>
    </message>
    <message>
        <source>VIP addresses: ip monitor on %1 (node clocks)</source>
        <translation>VIP-Adressen: ip monitor auf %1 (Uhren der Knoten)</translation>
    </message>
    <message>
        <source>DRBD: drbdsetup events2 where it is installed, on %1 (node clocks)</source>
        <translation>DRBD: drbdsetup events2, wo installiert, auf %1 (Uhren der Knoten)</translation>
    </message>
    <message>
        <source>Pacemaker: the cluster&apos;s state as the console read it (console clock); the drill&apos;s alert could not be added: %1</source>
        <translation>Pacemaker: der Zustand des Clusters, wie ihn die Konsole las (Uhr der Konsole); der Alert der Übung konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>events from %1; no alert: %2</source>
        <translation>Ereignisse von %1; kein Alert: %2</translation>
    </message>
    <message>
        <source>Pacemaker: the drill&apos;s alert on %1 (node clocks, microseconds)</source>
        <translation>Pacemaker: der Alert der Übung auf %1 (Uhren der Knoten, Mikrosekunden)</translation>
    </message>
    <message>
        <source>events from %1, with Pacemaker&apos;s alerts</source>
        <translation>Ereignisse von %1, mit den Alerts von Pacemaker</translation>
    </message>
    <message>
        <source>HAProxy: its servers&apos; states read every 100 ms on %1 (node clocks, within half a read)</source>
        <translation>HAProxy: die Zustände seiner Server alle 100 ms auf %1 gelesen (Uhren der Knoten, auf eine halbe Lesung genau)</translation>
    </message>
    <message>
        <source>Probes from %1: sent by the node, timed by its clock (±%2 ms)</source>
        <translation>Proben von %1: vom Knoten gesendet, nach seiner Uhr (±%2 ms)</translation>
    </message>
    <message>
        <source>Probes from %1: sent by the node, its clock not measured</source>
        <translation>Proben von %1: vom Knoten gesendet, seine Uhr nicht gemessen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 probes failed)</source>
        <translation>%1 (%2 von %3 Proben fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 writes acknowledged)</source>
        <translation>%1 (%2 von %3 Schreibvorgängen bestätigt)</translation>
    </message>
    <message>
        <source>not every service answers before the fault: %1</source>
        <translation>nicht jeder Dienst antwortet vor dem Fehler: %1</translation>
    </message>
    <message>
        <source>every service answers</source>
        <translation>jeder Dienst antwortet</translation>
    </message>
    <message>
        <source>not injected: the drill was aborted</source>
        <translation>nicht ausgelöst: die Übung wurde abgebrochen</translation>
    </message>
    <message>
        <source>fault: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>aborted: recovering at once</source>
        <translation>abgebrochen: sofortige Wiederherstellung</translation>
    </message>
    <message>
        <source>not recovered within %1 s: recovering anyway</source>
        <translation>nicht innerhalb von %1 s erholt: trotzdem wiederherstellen</translation>
    </message>
    <message>
        <source>every service answers again; the cluster is quiet</source>
        <translation>jeder Dienst antwortet wieder; der Cluster ist ruhig</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>faults undone, failures cleaned up</source>
        <translation>Fehler zurückgenommen, Fehlschläge bereinigt</translation>
    </message>
    <message>
        <source>the session is gone</source>
        <translation>die Sitzung ist weg</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message>
        <source>failed actions since recovery (%1): cleaned up again</source>
        <translation>fehlgeschlagene Aktionen seit der Wiederherstellung (%1): erneut bereinigt</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>beruhigt</translation>
    </message>
    <message>
        <source>the cluster did not settle within %1 s: %2</source>
        <translation>der Cluster hat sich nicht innerhalb von %1 s beruhigt: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 acknowledged writes lost</source>
        <translation>%1: %2 von %3 bestätigten Schreibvorgängen verloren</translation>
    </message>
    <message>
        <source>%1 ran on %2 and runs nowhere now</source>
        <translation>%1 lief auf %2 und läuft jetzt nirgends</translation>
    </message>
    <message>
        <source>%1 ran on %2 and runs on %3 now</source>
        <translation>%1 lief auf %2 und läuft jetzt auf %3</translation>
    </message>
    <message>
        <source>not restored: %1</source>
        <translation>nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>the configuration is the one before the drill; every resource runs</source>
        <translation>die Konfiguration ist die von vor der Übung; jede Ressource läuft</translation>
    </message>
    <message>
        <source>aborted (%1); recovered and proven</source>
        <translation>abgebrochen (%1); wiederhergestellt und nachgewiesen</translation>
    </message>
    <message>
        <source>probes stopped</source>
        <translation>Proben gestoppt</translation>
    </message>
    <message>
        <source>%1: %2, measured %3</source>
        <translation>%1: %2, gemessen %3</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>Exit-Status %1: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>on this machine: %1</source>
        <translation>auf diesem Rechner: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 not reached (%2): trying again</source>
        <translation>%1 nicht erreicht (%2): erneuter Versuch</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::FaultResolver</name>
    <message>
        <source>the cluster has no resource %1</source>
        <translation>der Cluster hat keine Ressource %1</translation>
    </message>
    <message>
        <source>%1 runs nowhere: there is nothing to fail over</source>
        <translation>%1 läuft nirgends: es gibt nichts umzuschalten</translation>
    </message>
    <message>
        <source>the cluster has no node %1</source>
        <translation>der Cluster hat keinen Knoten %1</translation>
    </message>
    <message>
        <source>standby %1 (runs %2)</source>
        <translation>Standby für %1 (führt %2 aus)</translation>
    </message>
    <message>
        <source>no other node is left to fence %1 from</source>
        <translation>kein anderer Knoten bleibt, um %1 abzuschotten</translation>
    </message>
    <message>
        <source>fence %1 (runs %2)</source>
        <translation>%1 abschotten (führt %2 aus)</translation>
    </message>
    <message>
        <source>%1 has no interface on any segment the console knows</source>
        <translation>%1 hat auf keinem der Konsole bekannten Segment eine Schnittstelle</translation>
    </message>
    <message>
        <source>%1 has no interface on a segment with the role %2 (name the segments&apos; roles first)</source>
        <translation>%1 hat keine Schnittstelle auf einem Segment mit der Rolle %2 (zuerst die Rollen der Segmente benennen)</translation>
    </message>
    <message>
        <source>cut %1 off %2 (%3)</source>
        <translation>%1 von %2 trennen (%3)</translation>
    </message>
    <message>
        <source>Pacemaker&apos;s simulator cannot cut one link: Corosync decides whether the node stays a member over its other links</source>
        <translation>der Simulator von Pacemaker kann keinen einzelnen Link trennen: Corosync entscheidet, ob der Knoten über seine anderen Links Mitglied bleibt</translation>
    </message>
    <message>
        <source>cannot tell which process is %1&apos;s from its agent: give the process (a pkill -f pattern)</source>
        <translation>aus dem Agenten ist nicht erkennbar, welcher Prozess zu %1 gehört: den Prozess angeben (ein pkill-f-Muster)</translation>
    </message>
    <message>
        <source>kill -9 %1&apos;s process on %2</source>
        <translation>kill -9 auf den Prozess von %1 auf %2</translation>
    </message>
    <message>
        <source>fail %1&apos;s monitor on %2</source>
        <translation>den Monitor von %1 auf %2 fehlschlagen lassen</translation>
    </message>
    <message>
        <source>stop HAProxy on %1</source>
        <translation>HAProxy auf %1 stoppen</translation>
    </message>
    <message>
        <source>HAProxy on %1 is not a cluster resource</source>
        <translation>HAProxy auf %1 ist keine Cluster-Ressource</translation>
    </message>
    <message>
        <source>no node reports the DRBD resource %1</source>
        <translation>kein Knoten meldet die DRBD-Ressource %1</translation>
    </message>
    <message>
        <source>disconnect DRBD %1 on %2</source>
        <translation>DRBD %1 auf %2 trennen</translation>
    </message>
    <message>
        <source>a replication link is DRBD&apos;s, not Pacemaker&apos;s: nothing to simulate</source>
        <translation>ein Replikationslink gehört DRBD, nicht Pacemaker: nichts zu simulieren</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>a command run on the console&apos;s machine: Pacemaker cannot know what it does</source>
        <translation>ein Befehl auf dem Rechner der Konsole: Pacemaker kann nicht wissen, was er bewirkt</translation>
    </message>
    <message>
        <source>%1 is not a node of the cluster</source>
        <translation>%1 ist kein Knoten des Clusters</translation>
    </message>
    <message>
        <source>run %1 (takes %2 down)</source>
        <translation>%1 ausführen (legt %2 still)</translation>
    </message>
    <message>
        <source>%1 has no monitor to fail</source>
        <translation>%1 hat keinen Monitor, der fehlschlagen könnte</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::NodeEventParser</name>
    <message>
        <source>%1 joined the cluster</source>
        <translation>%1 ist dem Cluster beigetreten</translation>
    </message>
    <message>
        <source>%1 left the cluster</source>
        <translation>%1 hat den Cluster verlassen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>fencing of %1: %2</source>
        <translation>Fencing von %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (every %3 s) on %4 failed: %5 (rc %6)</source>
        <translation>%1: %2 (alle %3 s) auf %4 fehlgeschlagen: %5 (rc %6)</translation>
    </message>
    <message>
        <source>%1: %2 on %3 failed: %4 (rc %5)</source>
        <translation>%1: %2 auf %3 fehlgeschlagen: %4 (rc %5)</translation>
    </message>
    <message>
        <source>%1: %2 on %3 %4</source>
        <translation>%1: %2 auf %3 %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>VIP %1 left %2 on %3</source>
        <translation>VIP %1 hat %2 auf %3 verlassen</translation>
    </message>
    <message>
        <source>VIP %1 up on %2 of %3</source>
        <translation>VIP %1 aktiv auf %2 von %3</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>DRBD %1 %2: %3</source>
        <translation>DRBD %1 %2: %3</translation>
    </message>
    <message>
        <source>HAProxy on %1 stopped answering</source>
        <translation>HAProxy auf %1 antwortet nicht mehr</translation>
    </message>
    <message>
        <source>HAProxy on %1 answers again</source>
        <translation>HAProxy auf %1 antwortet wieder</translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4</source>
        <translation>%1 auf %2: %3 → %4</translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4 (%5)</source>
        <translation>%1 auf %2: %3 → %4 (%5)</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::NodeEventTap</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>drill events</source>
        <translation>Übungsereignisse</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::NodeProbeStream</name>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 ist nicht verbunden</translation>
    </message>
    <message>
        <source>drill probes</source>
        <translation>Übungsproben</translation>
    </message>
    <message>
        <source>probes from %1 need python3, which the node lacks</source>
        <translation>Proben von %1 brauchen python3, das dem Knoten fehlt</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::WriteCheck</name>
    <message>
        <source>record %1 could not be read back: %2</source>
        <translation>Datensatz %1 konnte nicht zurückgelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigCheckJob</name>
    <message>
        <source>Check the HAProxy configuration</source>
        <translation>Die HAProxy-Konfiguration prüfen</translation>
    </message>
    <message>
        <source>haproxy -c on %1</source>
        <translation>haproxy -c auf %1</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigEditor</name>
    <message>
        <source>no node runs HAProxy</source>
        <translation>auf keinem Knoten läuft HAProxy</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigReadJob</name>
    <message>
        <source>Read the HAProxy configuration</source>
        <translation>Die HAProxy-Konfiguration lesen</translation>
    </message>
    <message>
        <source>read %1 on %2</source>
        <translation>%1 auf %2 lesen</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigRolloutJob</name>
    <message>
        <source>Install the HAProxy configuration</source>
        <translation>Die HAProxy-Konfiguration installieren</translation>
    </message>
    <message>
        <source>haproxy -c on %1</source>
        <translation>haproxy -c auf %1</translation>
    </message>
    <message>
        <source>install and reload on %1</source>
        <translation>auf %1 installieren und neu laden</translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (fehlgeschlagen: %2)</translation>
    </message>
    <message numerus="yes">
        <source>installed and reloaded on %n node(s)</source>
        <translation>
            <numerusform>auf %n Knoten installiert und neu geladen</numerusform>
            <numerusform>auf %n Knoten installiert und neu geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected the configuration; no node was changed</source>
        <translation>%1 hat die Konfiguration abgelehnt; kein Knoten wurde geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>previous configuration restored on %1</source>
        <translation>vorherige Konfiguration auf %1 wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeApi</name>
    <message>
        <source>&apos;%1&apos; is not a valid HAProxy backend or server name</source>
        <translation>&apos;%1&apos; ist kein gültiger HAProxy-Backend- oder Servername</translation>
    </message>
    <message>
        <source>A weight is between 0 and 256, not %1</source>
        <translation>Ein Gewicht liegt zwischen 0 und 256, nicht %1</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeCommandJob</name>
    <message>
        <source>send to the HAProxy of %1</source>
        <translation>an das HAProxy von %1 senden</translation>
    </message>
    <message>
        <source>no HAProxy to send to</source>
        <translation>kein HAProxy, an das gesendet werden kann</translation>
    </message>
    <message>
        <source>%1: HAProxy refused &quot;%2&quot;: %3</source>
        <translation>%1: HAProxy hat „%2“ abgelehnt: %3</translation>
    </message>
    <message numerus="yes">
        <source>taken by %n HAProxy(s)</source>
        <translation>
            <numerusform>von %n HAProxy angenommen</numerusform>
            <numerusform>von %n HAProxys angenommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeReadJob</name>
    <message>
        <source>Read HAProxy&apos;s state</source>
        <translation>Den Zustand von HAProxy lesen</translation>
    </message>
    <message>
        <source>find the admin socket in %1 on %2</source>
        <translation>den Admin-Socket in %1 auf %2 finden</translation>
    </message>
    <message>
        <source>show info, show stat and show servers state on %1</source>
        <translation>show info, show stat und show servers state auf %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeReader</name>
    <message>
        <source>an empty reply</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show info&quot; answered %1</source>
        <translation>HAProxys „show info“ antwortete %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; answered %1</source>
        <translation>HAProxys „show stat“ antwortete %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; has no column %1</source>
        <translation>HAProxys „show stat“ hat keine Spalte %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; has a malformed line %1: %2</source>
        <translation>HAProxys „show stat“ hat eine fehlerhafte Zeile %1: %2</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; lists server %1 of no backend</source>
        <translation>HAProxys „show stat“ nennt Server %1 ohne Backend</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show servers state&quot; answered %1</source>
        <translation>HAProxys „show servers state“ antwortete %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show servers state&quot; has a malformed line %1: %2</source>
        <translation>HAProxys „show servers state“ hat eine fehlerhafte Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ServerTableModel</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
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
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Gesetzt auf</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Sessions/s</source>
        <translation>Sitzungen/s</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>The nodes&apos; HAProxies disagree: %1</source>
        <translation>Die HAProxys der Knoten sind uneins: %1</translation>
    </message>
    <message>
        <source>The same on every node</source>
        <translation>Auf jedem Knoten gleich</translation>
    </message>
    <message>
        <source>same on all %1</source>
        <translation>gleich auf allen %1</translation>
    </message>
    <message>
        <source>Every node</source>
        <translation>Alle Knoten</translation>
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
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 on %2&apos;s HAProxy</source>
        <translation>%1 im HAProxy von %2</translation>
    </message>
</context>
<context>
    <name>hadesk::jobs::Job</name>
    <message>
        <source>the connection to %1 was closed while the command ran</source>
        <translation>die Verbindung zu %1 wurde geschlossen, während der Befehl lief</translation>
    </message>
    <message>
        <source>started: %1</source>
        <translation>gestartet: %1</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>could not be undone: %1</source>
        <translation>konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>stop requested</source>
        <translation>Stopp angefordert</translation>
    </message>
    <message>
        <source>stopped on the node while it ran; the change may or may not have been made</source>
        <translation>auf dem Knoten während der Ausführung gestoppt; die Änderung wurde vielleicht vorgenommen, vielleicht nicht</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>undoing: %1</source>
        <translation>wird rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>läuft: %1</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed at &quot;%1&quot;: %2 (done: %3; undone: %4)</source>
        <translation>fehlgeschlagen bei „%1“: %2 (erledigt: %3; rückgängig: %4)</translation>
    </message>
    <message>
        <source>cancelled (done: %1; undone: %2)</source>
        <translation>abgebrochen (erledigt: %1; rückgängig: %2)</translation>
    </message>
    <message>
        <source>stopping once &quot;%1&quot; has ended</source>
        <translation>wird angehalten, sobald „%1“ beendet ist</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 ist nicht verbunden</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>hadesk::jobs::JobList</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>hadesk::net::NetworkModel</name>
    <message>
        <source>%1 (%2) is in no subnet of the nodes&apos; interfaces: no node can carry it</source>
        <translation>%1 (%2) liegt in keinem Subnetz der Knotenschnittstellen: kein Knoten kann sie tragen</translation>
    </message>
    <message>
        <source>%1 may run on %2, which has no interface on %3</source>
        <translation>%1 darf auf %2 laufen, das keine Schnittstelle in %3 hat</translation>
    </message>
    <message>
        <source>%1&apos;s address %2 is configured on %3 at once</source>
        <translation>Die Adresse %2 von %1 ist gleichzeitig auf %3 eingerichtet</translation>
    </message>
    <message>
        <source>the cluster runs %1 on %2, but %2 does not carry %3</source>
        <translation>der Cluster betreibt %1 auf %2, aber %2 trägt %3 nicht</translation>
    </message>
    <message>
        <source>%1 is colocated with no service: it can move away from what binds it</source>
        <translation>%1 ist mit keinem Dienst kolokiert: sie kann sich von dem entfernen, was sie bindet</translation>
    </message>
    <message>
        <source>%1 is put on interface %2, but %3 reaches %4 through %5: the address is on the wrong segment there</source>
        <translation>%1 liegt auf Schnittstelle %2, aber %3 erreicht %4 über %5: die Adresse ist dort im falschen Segment</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>%1 is meant to listen on %2:%3, but nothing listens there on %4, which holds the address</source>
        <translation>%1 soll auf %2:%3 lauschen, aber auf %4, der die Adresse hält, lauscht dort nichts</translation>
    </message>
    <message>
        <source>%1 is served by %2 (%3), but not colocated with it: the cluster may put the address where %3 does not run</source>
        <translation>%1 wird von %2 (%3) bedient, ist aber nicht mit ihm kolokiert: der Cluster kann die Adresse dorthin legen, wo %3 nicht läuft</translation>
    </message>
    <message>
        <source>%1 on port %2 is %3, an internal service, but %4 puts it on the external segment %5</source>
        <translation>%1 auf Port %2 ist %3, ein interner Dienst, aber %4 legt ihn in das externe Segment %5</translation>
    </message>
    <message>
        <source>%1 on port %2 is %3, which outside clients use, but %4 puts it on the %5 segment %6</source>
        <translation>%1 auf Port %2 ist %3, das Clients von außen nutzen, aber %4 legt es in das Segment %6 (%5)</translation>
    </message>
    <message>
        <source>Corosync link %1 runs over the external segment %2 (%3): cluster traffic shares the public network and fails with it</source>
        <translation>Corosync-Link %1 läuft über das externe Segment %2 (%3): der Clusterverkehr teilt sich das öffentliche Netz und fällt mit ihm aus</translation>
    </message>
    <message>
        <source>DRBD resource %1 replicates over the external segment %2 (%3): every write crosses the public network</source>
        <translation>DRBD-Ressource %1 repliziert über das externe Segment %2 (%3): jeder Schreibvorgang geht über das öffentliche Netz</translation>
    </message>
    <message>
        <source>link %1 between %2 and %3</source>
        <translation>Verbindung %1 zwischen %2 und %3</translation>
    </message>
    <message>
        <source>link %1 from %2 to %3</source>
        <translation>Verbindung %1 von %2 zu %3</translation>
    </message>
    <message>
        <source>Corosync %1 is down: the cluster runs on its other links</source>
        <translation>Corosync-%1 ist ausgefallen: der Cluster läuft über seine anderen Verbindungen</translation>
    </message>
</context>
<context>
    <name>hadesk::net::NetworkReader</name>
    <message>
        <source>&quot;ip -j addr&quot; gave no JSON: %1</source>
        <translation>„ip -j addr“ lieferte kein JSON: %1</translation>
    </message>
    <message>
        <source>&quot;ip -j addr&quot; gave no list of interfaces</source>
        <translation>„ip -j addr“ lieferte keine Liste von Schnittstellen</translation>
    </message>
    <message>
        <source>&quot;ip -j addr&quot; lists an interface without a name</source>
        <translation>„ip -j addr“ nennt eine Schnittstelle ohne Namen</translation>
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
        <translation>Adressen und Links (ip monitor)</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::AgentCatalog</name>
    <message>
        <source>Not connected to the cluster.</source>
        <translation>Nicht mit dem Cluster verbunden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an agent class such as ocf:heartbeat.</source>
        <translation>&apos;%1&apos; ist keine Agentenklasse wie ocf:heartbeat.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an agent name such as ocf:heartbeat:IPaddr2.</source>
        <translation>&apos;%1&apos; ist kein Agentenname wie ocf:heartbeat:IPaddr2.</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ApplyJob</name>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>apply: %1</source>
        <translation>anwenden: %1</translation>
    </message>
    <message>
        <source>applied: %1</source>
        <translation>angewendet: %1</translation>
    </message>
    <message>
        <source>refused: the cluster configuration changed since the preview (it was at %1.%2); preview again</source>
        <translation>abgelehnt: die Clusterkonfiguration hat sich seit der Vorschau geändert (sie war bei %1.%2); erneut Vorschau anzeigen</translation>
    </message>
    <message>
        <source>no answer within %1 s; the change may or may not have been made</source>
        <translation>keine Antwort innerhalb von %1 s; die Änderung wurde vielleicht vorgenommen, vielleicht nicht</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::CibFileJob</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>read the CIB in %1</source>
        <translation>die CIB in %1 lesen</translation>
    </message>
    <message>
        <source>crm_mon on this machine reads its runtime state</source>
        <translation>crm_mon auf diesem Rechner liest ihren Laufzeitzustand</translation>
    </message>
    <message>
        <source>crm_mon is not installed here: this is the configuration only, without the runtime state (install pacemaker-cli-utils to see it)</source>
        <translation>crm_mon ist hier nicht installiert: nur die Konfiguration, ohne den Laufzeitzustand (pacemaker-cli-utils installieren, um ihn zu sehen)</translation>
    </message>
    <message>
        <source>crm_mon could not be started: %1</source>
        <translation>crm_mon konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>crm_mon&apos;s output could not be read</source>
        <translation>die Ausgabe von crm_mon konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ClusterReadJob</name>
    <message>
        <source>Read the cluster&apos;s state</source>
        <translation>Den Zustand des Clusters lesen</translation>
    </message>
    <message>
        <source>cibadmin --query and crm_mon on %1</source>
        <translation>cibadmin --query und crm_mon auf %1</translation>
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
    <name>hadesk::pcmk::EventModel</name>
    <message>
        <source>added to the cluster</source>
        <translation>zum Cluster hinzugefügt</translation>
    </message>
    <message>
        <source>came online</source>
        <translation>ist online</translation>
    </message>
    <message>
        <source>went offline</source>
        <translation>ist offline</translation>
    </message>
    <message>
        <source>is UNCLEAN: it will be fenced</source>
        <translation>ist UNCLEAN: er wird gefenct</translation>
    </message>
    <message>
        <source>put in standby</source>
        <translation>in Standby versetzt</translation>
    </message>
    <message>
        <source>out of standby</source>
        <translation>aus dem Standby</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>in Wartung</translation>
    </message>
    <message>
        <source>out of maintenance</source>
        <translation>aus der Wartung</translation>
    </message>
    <message>
        <source>became the DC</source>
        <translation>wurde DC</translation>
    </message>
    <message>
        <source>removed from the cluster</source>
        <translation>aus dem Cluster entfernt</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>moved %1 → %2</source>
        <translation>verschoben %1 → %2</translation>
    </message>
    <message>
        <source>started on %1</source>
        <translation>gestartet auf %1</translation>
    </message>
    <message>
        <source>stopped on %1</source>
        <translation>gestoppt auf %1</translation>
    </message>
    <message>
        <source>promoted on %1</source>
        <translation>befördert auf %1</translation>
    </message>
    <message>
        <source>demoted on %1</source>
        <translation>zurückgestuft auf %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>quorum regained</source>
        <translation>Quorum wiederhergestellt</translation>
    </message>
    <message>
        <source>quorum lost</source>
        <translation>Quorum verloren</translation>
    </message>
    <message>
        <source>maintenance mode on</source>
        <translation>Wartungsmodus an</translation>
    </message>
    <message>
        <source>maintenance mode off</source>
        <translation>Wartungsmodus aus</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>fenced (%1) by %2: %3</source>
        <translation>gefenct (%1) durch %2: %3</translation>
    </message>
    <message>
        <source>%1 constraint added</source>
        <translation>%1-Bedingung hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 constraint removed</source>
        <translation>%1-Bedingung entfernt</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>fencing</source>
        <translation>Fencing</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>recovered: runs again on %1</source>
        <translation>erholt: läuft wieder auf %1</translation>
    </message>
    <message>
        <source>%1 failure on %2 cleared; it runs on %3</source>
        <translation>%1-Fehler auf %2 aufgehoben; läuft auf %3</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
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
        <translation>Übung</translation>
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
    <message>
        <source>Remote nodes</source>
        <translation>Remote-Knoten</translation>
    </message>
    <message>
        <source>Guest nodes</source>
        <translation>Gastknoten</translation>
    </message>
    <message>
        <source>Bundle replicas</source>
        <translation>Bundle-Replikate</translation>
    </message>
    <message>
        <source>Cluster nodes</source>
        <translation>Clusterknoten</translation>
    </message>
    <message>
        <source>The cluster has no quorum: it runs no resources</source>
        <translation>Der Cluster hat kein Quorum: er betreibt keine Ressourcen</translation>
    </message>
    <message>
        <source>Fencing is disabled: a node that fails cannot be fenced</source>
        <translation>Fencing ist abgeschaltet: ein ausgefallener Knoten kann nicht abgeschottet werden</translation>
    </message>
    <message>
        <source>The cluster is in maintenance mode: nothing is started, stopped or monitored</source>
        <translation>Der Cluster ist im Wartungsmodus: nichts wird gestartet, gestoppt oder überwacht</translation>
    </message>
    <message>
        <source>%1 is unclean: it must be fenced</source>
        <translation>%1 ist unsauber: er muss abgeschottet werden</translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation>%1 ist offline</translation>
    </message>
    <message>
        <source>%1 is in maintenance: its resources are left alone</source>
        <translation>%1 ist in Wartung: seine Ressourcen bleiben unberührt</translation>
    </message>
    <message>
        <source>%1 is in standby: it runs no resources</source>
        <translation>%1 ist im Standby: er betreibt keine Ressourcen</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1 läuft nicht</translation>
    </message>
    <message>
        <source>%1 runs %2 of %3 instances</source>
        <translation>%1 betreibt %2 von %3 Instanzen</translation>
    </message>
    <message>
        <source>%1 is unmanaged: the cluster does not act on it</source>
        <translation>%1 ist nicht verwaltet: der Cluster greift nicht ein</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n time(s) on %2; it moves away at %3</source>
        <translation>
            <numerusform>%1 ist auf %2 %n Mal ausgefallen; bei %3 wird verlagert</numerusform>
            <numerusform>%1 ist auf %2 %n Mal ausgefallen; bei %3 wird verlagert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n time(s) on %2</source>
        <translation>
            <numerusform>%1 ist auf %2 %n Mal ausgefallen</numerusform>
            <numerusform>%1 ist auf %2 %n Mal ausgefallen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::PlacementModel</name>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>unmanaged</source>
        <translation>nicht verwaltet</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) counted</source>
        <translation>
            <numerusform>%n Fehler gezählt</numerusform>
            <numerusform>%n Fehler gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1, fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 left behind</source>
        <translation>%1 zurückgeblieben</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>unclean</source>
        <translation>unsauber</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::PlannedAction</name>
    <message>
        <source>%1 is fenced</source>
        <translation>%1 wird abgeschottet</translation>
    </message>
    <message>
        <source>%1 is fenced (%2)</source>
        <translation>%1 wird abgeschottet (%2)</translation>
    </message>
    <message>
        <source>%1 moves %2 → %3</source>
        <translation>%1 wandert %2 → %3</translation>
    </message>
    <message>
        <source>%1 starts on %2</source>
        <translation>%1 startet auf %2</translation>
    </message>
    <message>
        <source>%1 stops on %2</source>
        <translation>%1 stoppt auf %2</translation>
    </message>
    <message>
        <source>%1 is promoted on %2</source>
        <translation>%1 wird auf %2 befördert</translation>
    </message>
    <message>
        <source>%1 is demoted on %2</source>
        <translation>%1 wird auf %2 zurückgestuft</translation>
    </message>
    <message>
        <source>%1 restarts on %2</source>
        <translation>%1 startet auf %2 neu</translation>
    </message>
    <message>
        <source>%1 reloads its parameters on %2</source>
        <translation>%1 lädt ihre Parameter auf %2 neu</translation>
    </message>
    <message>
        <source>%1 is recovered on %2</source>
        <translation>%1 wird auf %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 auf %3</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::PreviewJob</name>
    <message>
        <source>preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>read the configuration</source>
        <translation>die Konfiguration lesen</translation>
    </message>
    <message>
        <source>cannot read the CIB: %1</source>
        <translation>die CIB kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the configuration changed (from %1.%2 to %3.%4) since this change was prepared; prepare it again</source>
        <translation>die Konfiguration hat sich geändert (von %1.%2 zu %3.%4), seit diese Änderung vorbereitet wurde; bereiten Sie sie neu vor</translation>
    </message>
    <message>
        <source>version %1.%2</source>
        <translation>Version %1.%2</translation>
    </message>
    <message>
        <source>ask Pacemaker what would happen (crm_simulate)</source>
        <translation>Pacemaker fragen, was geschehen würde (crm_simulate)</translation>
    </message>
    <message>
        <source>nothing to simulate: this acts on running resources</source>
        <translation>nichts zu simulieren: dies wirkt auf laufende Ressourcen</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Aktion</numerusform>
            <numerusform>%n Aktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>the preview printed no constraints after the change</source>
        <translation>die Vorschau gab nach der Änderung keine Constraints aus</translation>
    </message>
    <message>
        <source>%1 cannot be moved away: it has a move or ban left behind; clear it first</source>
        <translation>%1 kann nicht wegbewegt werden: ein Verschieben oder Verbot ist zurückgeblieben; zuerst aufheben</translation>
    </message>
    <message>
        <source>%1 already runs on %2: there is nothing to move</source>
        <translation>%1 läuft bereits auf %2: es gibt nichts zu verschieben</translation>
    </message>
    <message>
        <source>%1 refused it (exit status %2)</source>
        <translation>%1 hat es abgelehnt (Exit-Status %2)</translation>
    </message>
    <message>
        <source>%1 refused it: %2</source>
        <translation>%1 hat es abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ReadJob</name>
    <message>
        <source>read the CIB</source>
        <translation>die CIB lesen</translation>
    </message>
    <message>
        <source>cannot read the CIB: %1</source>
        <translation>die CIB kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>read the metadata of %1</source>
        <translation>die Metadaten von %1 lesen</translation>
    </message>
    <message>
        <source>no metadata for %1: %2</source>
        <translation>keine Metadaten für %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an agent name such as ocf:heartbeat:IPaddr2</source>
        <translation>&apos;%1&apos; ist kein Agentenname wie ocf:heartbeat:IPaddr2</translation>
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
    <name>hadesk::setup::SetupRun</name>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>packages %1</source>
        <translation>Pakete %1</translation>
    </message>
    <message>
        <source>CIB %1 %2</source>
        <translation>CIB %1 %2</translation>
    </message>
    <message>
        <source>standby of %1</source>
        <translation>Standby von %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>corosync key %1</source>
        <translation>corosync-Schlüssel %1</translation>
    </message>
    <message>
        <source>test fence of %1</source>
        <translation>Test-Fencing von %1</translation>
    </message>
    <message>
        <source>Undo the setup of %1</source>
        <translation>Einrichtung von %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Review the setup of %1</source>
        <translation>Einrichtung von %1 durchsehen</translation>
    </message>
    <message>
        <source>Set up %1</source>
        <translation>%1 einrichten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>python3 is not installed</source>
        <translation>python3 ist nicht installiert</translation>
    </message>
    <message>
        <source>Check the hosts</source>
        <translation>Hosts prüfen</translation>
    </message>
    <message>
        <source>an earlier run of this plan got as far as &quot;%1&quot; (journal on %2)</source>
        <translation>ein früherer Lauf dieses Plans kam bis &quot;%1&quot; (Journal auf %2)</translation>
    </message>
    <message>
        <source>its journal is cluster &quot;%1&quot;&apos;s</source>
        <translation>sein Journal gehört zum Cluster &quot;%1&quot;</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1: %2, pacemaker %3, clock %4 ms</source>
        <translation>%1: %2, pacemaker %3, Uhr %4 ms</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Test the links</source>
        <translation>Links testen</translation>
    </message>
    <message>
        <source>corosync-cfgtool -s: every link connected</source>
        <translation>corosync-cfgtool -s: jeder Link verbunden</translation>
    </message>
    <message>
        <source>%1: corosync&apos;s links: %2</source>
        <translation>%1: Links von corosync: %2</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Änderungen durchsehen</translation>
    </message>
    <message>
        <source>not simulated: %1</source>
        <translation>nicht simuliert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup of %1: %2 nodes, %3</source>
        <translation>Einrichtung von %1: %2 Knoten, %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>  nothing to change</source>
        <translation>  nichts zu ändern</translation>
    </message>
    <message>
        <source>
Nothing to change: the cluster is as the plan says.</source>
        <translation>
Nichts zu ändern: der Cluster entspricht dem Plan.</translation>
    </message>
    <message>
        <source>
Standby: every node but %1 while the services are added, then back online.</source>
        <translation>
Standby: jeder Knoten außer %1, während die Dienste hinzugefügt werden, danach wieder online.</translation>
    </message>
    <message>
        <source>Test fence: %1 is rebooted by its fence device and waited for.</source>
        <translation>Test-Fencing: %1 wird von seinem Fencing-Gerät neu gestartet, und es wird auf ihn gewartet.</translation>
    </message>
    <message>
        <source>UNSAFE: fencing is disabled; a node that hangs can corrupt what the cluster runs.</source>
        <translation>UNSICHER: Fencing ist abgeschaltet; ein hängender Knoten kann beschädigen, was der Cluster betreibt.</translation>
    </message>
    <message>
        <source>UNSAFE: fencing is not tested before services are added.</source>
        <translation>UNSICHER: Fencing wird nicht getestet, bevor Dienste hinzugefügt werden.</translation>
    </message>
    <message>
        <source>
Pacemaker&apos;s simulation of the result:</source>
        <translation>
Simulation des Ergebnisses durch Pacemaker:</translation>
    </message>
    <message>
        <source>Install packages</source>
        <translation>Pakete installieren</translation>
    </message>
    <message>
        <source>Open the firewall</source>
        <translation>Firewall öffnen</translation>
    </message>
    <message>
        <source>Configure corosync</source>
        <translation>corosync konfigurieren</translation>
    </message>
    <message>
        <source>no corosync key on %1: %2</source>
        <translation>kein corosync-Schlüssel auf %1: %2</translation>
    </message>
    <message>
        <source>Start the cluster</source>
        <translation>Cluster starten</translation>
    </message>
    <message>
        <source>quorum and a DC with every node online</source>
        <translation>Quorum und ein DC, alle Knoten online</translation>
    </message>
    <message>
        <source>Cluster options</source>
        <translation>Clusteroptionen</translation>
    </message>
    <message>
        <source>Fence devices</source>
        <translation>Fencing-Geräte</translation>
    </message>
    <message>
        <source>the fence devices started</source>
        <translation>die Fencing-Geräte gestartet</translation>
    </message>
    <message>
        <source>Test fence %1</source>
        <translation>Test-Fencing von %1</translation>
    </message>
    <message>
        <source>the cluster settled after the test fence</source>
        <translation>der Cluster hat sich nach dem Test-Fencing beruhigt</translation>
    </message>
    <message>
        <source>every service is in place already</source>
        <translation>jeder Dienst ist bereits vorhanden</translation>
    </message>
    <message>
        <source>Configure HAProxy</source>
        <translation>HAProxy konfigurieren</translation>
    </message>
    <message>
        <source>Add the VIPs and services</source>
        <translation>VIPs und Dienste hinzufügen</translation>
    </message>
    <message>
        <source>the services started</source>
        <translation>die Dienste gestartet</translation>
    </message>
    <message>
        <source>Nodes back online</source>
        <translation>Knoten wieder online</translation>
    </message>
    <message>
        <source>every node online and the cluster settled</source>
        <translation>alle Knoten online und der Cluster beruhigt</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>corosync-quorumtool: quorate</source>
        <translation>corosync-quorumtool: Quorum vorhanden</translation>
    </message>
    <message>
        <source>crm_verify -L: the configuration is valid</source>
        <translation>crm_verify -L: die Konfiguration ist gültig</translation>
    </message>
    <message>
        <source>every resource started</source>
        <translation>alle Ressourcen gestartet</translation>
    </message>
    <message>
        <source>a request through %1 (%2)</source>
        <translation>eine Anfrage über %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n Prüfung bestanden</numerusform>
            <numerusform>%n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop every resource</source>
        <translation>Alle Ressourcen stoppen</translation>
    </message>
    <message>
        <source>no node runs the cluster</source>
        <translation>auf keinem Knoten läuft der Cluster</translation>
    </message>
    <message>
        <source>stop-all-resources</source>
        <translation>stop-all-resources</translation>
    </message>
    <message>
        <source>every resource stopped</source>
        <translation>alle Ressourcen gestoppt</translation>
    </message>
    <message>
        <source>Undo on every node</source>
        <translation>Auf jedem Knoten rückgängig machen</translation>
    </message>
    <message>
        <source>no node has a journal of %1: nothing to undo</source>
        <translation>kein Knoten hat ein Journal von %1: nichts rückgängig zu machen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) taken back</source>
        <translation>
            <numerusform>%n Änderung zurückgenommen</numerusform>
            <numerusform>%n Änderungen zurückgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>%1 (UDP %2); corosync&apos;s own links connected on %3</source>
        <translation>%1 (UDP %2); die eigenen Links von corosync auf %3 verbunden</translation>
    </message>
    <message>
        <source>Move every resource off %1</source>
        <translation>Alle Ressourcen von %1 wegverschieben</translation>
    </message>
    <message>
        <source>nothing running on %1</source>
        <translation>auf %1 läuft nichts</translation>
    </message>
    <message>
        <source>Stop the cluster on %1 and undo its setup</source>
        <translation>Den Cluster auf %1 stoppen und seine Einrichtung rückgängig machen</translation>
    </message>
    <message>
        <source>Forget %1 in the cluster</source>
        <translation>%1 im Cluster vergessen</translation>
    </message>
    <message>
        <source>crm_node --remove %1</source>
        <translation>crm_node --remove %1</translation>
    </message>
    <message>
        <source>the cluster settled without %1</source>
        <translation>der Cluster ist ohne %1 zur Ruhe gekommen</translation>
    </message>
    <message>
        <source>the fence agent&apos;s parameters are checked once Pacemaker and the agent are installed (%1)</source>
        <translation>die Parameter des Fencing-Agenten werden geprüft, sobald Pacemaker und der Agent installiert sind (%1)</translation>
    </message>
    <message>
        <source>the metadata of %1 cannot be read: %2</source>
        <translation>die Metadaten von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>stonith_admin --reboot %1, then waited for until it is back</source>
        <translation>stonith_admin --reboot %1, dann warten, bis er zurück ist</translation>
    </message>
    <message>
        <source>tested before (the journal says so)</source>
        <translation>bereits getestet (laut Journal)</translation>
    </message>
    <message>
        <source>Standby while the services are added</source>
        <translation>Standby, während die Dienste hinzugefügt werden</translation>
    </message>
    <message>
        <source>Wait for quorum</source>
        <translation>Auf Quorum warten</translation>
    </message>
    <message>
        <source>delete %1 from the CIB</source>
        <translation>%1 aus der CIB löschen</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>put back %1 from its backup</source>
        <translation>%1 aus seiner Sicherung zurückholen</translation>
    </message>
    <message>
        <source>service %1 back to %2, %3</source>
        <translation>Dienst %1 zurück auf %2, %3</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>running</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>remove the packages %1</source>
        <translation>die Pakete %1 entfernen</translation>
    </message>
    <message>
        <source>empty %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>close the ports %1</source>
        <translation>die Ports %1 schließen</translation>
    </message>
    <message>
        <source>%1 back to %2</source>
        <translation>%1 zurück auf %2</translation>
    </message>
    <message>
        <source>Review the removal of %1 from %2</source>
        <translation>Entfernen von %1 aus %2 durchsehen</translation>
    </message>
    <message>
        <source>Joining: %1 in standby until its fence device runs, then online.</source>
        <translation>Beitretend: %1 im Standby, bis sein Fencing-Gerät läuft, dann online.</translation>
    </message>
    <message>
        <source>Joining nodes in standby</source>
        <translation>Beitretende Knoten im Standby</translation>
    </message>
    <message>
        <source>no node joins a running cluster</source>
        <translation>kein Knoten tritt einem laufenden Cluster bei</translation>
    </message>
    <message>
        <source>%1 join(s) in standby</source>
        <translation>%1 tritt/treten im Standby bei</translation>
    </message>
    <message>
        <source>standby of %1, then waited for until nothing runs there</source>
        <translation>Standby von %1, dann gewartet, bis dort nichts mehr läuft</translation>
    </message>
    <message>
        <source>crm_node --force --remove %1</source>
        <translation>crm_node --force --remove %1</translation>
    </message>
    <message>
        <source>Pacemaker forgets %1 (after corosync&apos;s nodelist is reloaded without it)</source>
        <translation>Pacemaker vergisst %1 (nachdem die Knotenliste von corosync ohne ihn neu geladen ist)</translation>
    </message>
    <message>
        <source>corosync&apos;s own links connected on %1</source>
        <translation>die eigenen Links von Corosync sind auf %1 verbunden</translation>
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
    <message>
        <source>host %1: invalid ConnectTimeout &apos;%2&apos;</source>
        <translation>Host %1: ungültiges ConnectTimeout &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>hadesk::streams::NodeStream</name>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>wird neu gestartet</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>the connection to %1 is gone</source>
        <translation>die Verbindung zu %1 ist weg</translation>
    </message>
    <message>
        <source>%1 is not installed on %2</source>
        <translation>%1 ist auf %2 nicht installiert</translation>
    </message>
    <message>
        <source>not allowed on %1: %2</source>
        <translation>auf %1 nicht erlaubt: %2</translation>
    </message>
    <message>
        <source>it ended (exit %1)</source>
        <translation>beendet (Exit %1)</translation>
    </message>
    <message>
        <source>%1; starting it again in %2 s</source>
        <translation>%1; Neustart in %2 s</translation>
    </message>
</context>
<context>
    <name>hadesk::streams::StreamModel</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Verfolgt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
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
        <source>OpenSSH client configuration</source>
        <translation>OpenSSH-Client-Konfiguration</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>&amp;Adressen</translation>
    </message>
    <message>
        <source>SSH &amp;Configuration</source>
        <translation>SSH-&amp;Konfiguration</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>Cluster-&amp;Name:</translation>
    </message>
    <message>
        <source>node1.example.com 192.0.2.12 node3</source>
        <translation>node1.example.com 192.0.2.12 node3</translation>
    </message>
    <message>
        <source>Host names, addresses or aliases of ~/.ssh/config, separated by spaces or commas</source>
        <translation>Hostnamen, Adressen oder Aliase aus ~/.ssh/config, durch Leerzeichen oder Kommas getrennt</translation>
    </message>
    <message>
        <source>as ~/.ssh/config says, or your user name</source>
        <translation>wie in ~/.ssh/config, sonst Ihr Benutzername</translation>
    </message>
    <message>
        <source>SSH agent or default keys</source>
        <translation>SSH-Agent oder Standardschlüssel</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>No&amp;des:</source>
        <translation>Kno&amp;ten:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Log in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Host keys are checked against ~/.ssh/known_hosts; an unknown one is shown with its fingerprint before the console trusts it.</source>
        <translation>Hostschlüssel werden mit ~/.ssh/known_hosts verglichen; ein unbekannter wird mit seinem Fingerabdruck gezeigt, bevor die Konsole ihm vertraut.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
</context>
<context>
    <name>hadesk::views::ClusterPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Ressourcen</translation>
    </message>
    <message>
        <source>&amp;Placement</source>
        <translation>&amp;Platzierung</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation>&amp;Befehle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>Aktiv auf</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Achtung</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Meta attributes</source>
        <translation>Meta-Attribute</translation>
    </message>
    <message>
        <source>interval %1, timeout %2%3</source>
        <translation>Intervall %1, Timeout %2%3</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Fail counts</source>
        <translation>Fehlerzähler</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Letzte Ereignisse</translation>
    </message>
    <message>
        <source>Problems &amp;only</source>
        <translation>&amp;Nur Probleme</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>Select a resource to see its agent, parameters, operations, fail counts, the constraints that touch it and its recent events. Right-click it for actions.</source>
        <translation>Wählen Sie eine Ressource, um Agent, Parameter, Operationen, Fehlerzähler, die sie betreffenden Bedingungen und ihre letzten Ereignisse zu sehen. Rechtsklick für Aktionen.</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
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
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <source>Nothing needs attention: every resource runs where it should, no failures, no moves or bans left behind.</source>
        <translation>Nichts braucht Aufmerksamkeit: jede Ressource läuft, wo sie soll, keine Fehler, keine zurückgebliebenen Verschiebungen oder Verbote.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>🔒 Read-only</source>
        <translation>🔒 Schreibgeschützt</translation>
    </message>
    <message>
        <source>This console changes nothing on %1: its actions are hidden. Cluster ▸ Read-only turns it off; an offline CIB file is always read-only.</source>
        <translation>Diese Konsole ändert nichts an %1: ihre Aktionen sind ausgeblendet. Cluster ▸ Schreibgeschützt schaltet es ab; eine Offline-CIB-Datei ist immer schreibgeschützt.</translation>
    </message>
    <message>
        <source>Moves away after</source>
        <translation>Verlagert nach</translation>
    </message>
    <message>
        <source>INFINITY failures (the default: it never moves for failures)</source>
        <translation>INFINITY Fehlern (Standard: verlagert nie wegen Fehlern)</translation>
    </message>
    <message>
        <source>Failures expire</source>
        <translation>Fehler verfallen</translation>
    </message>
    <message>
        <source>never (the default)</source>
        <translation>nie (Standard)</translation>
    </message>
    <message>
        <source>Failure policy</source>
        <translation>Fehlerverhalten</translation>
    </message>
    <message>
        <source>Meta attributes of %1</source>
        <translation>Meta-Attribute von %1</translation>
    </message>
    <message>
        <source>%1 every %2 s</source>
        <translation>%1 alle %2 s</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>FAILED (exit %1)</source>
        <translation>FEHLGESCHLAGEN (Exit %1)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>hochgestuft</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, took %4 ms</source>
        <translation>%1: %2, %3, dauerte %4 ms</translation>
    </message>
    <message>
        <source>Operation history</source>
        <translation>Operationsverlauf</translation>
    </message>
    <message>
        <source>; left by a move or ban, %1</source>
        <translation>; von einem Verschieben oder Verbot zurückgelassen, %1</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>failed for good (INFINITY)</source>
        <translation>endgültig fehlgeschlagen (INFINITY)</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n Fehlschlag</numerusform>
            <numerusform>%n Fehlschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>, last %1</source>
        <translation>, zuletzt %1</translation>
    </message>
    <message>
        <source>Commands run</source>
        <translation>Ausgeführte Befehle</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Dr&amp;ills</source>
        <translation>Üb&amp;ungen</translation>
    </message>
</context>
<context>
    <name>hadesk::views::ConstraintDialog</name>
    <message>
        <source>%1 — New Constraint</source>
        <translation>%1 — Neue Bedingung</translation>
    </message>
    <message>
        <source>Location: prefer or avoid a node</source>
        <translation>Ort: einen Knoten bevorzugen oder meiden</translation>
    </message>
    <message>
        <source>Colocation: run with another resource</source>
        <translation>Kolokation: mit einer anderen Ressource laufen</translation>
    </message>
    <message>
        <source>Order: start after another resource</source>
        <translation>Reihenfolge: nach einer anderen Ressource starten</translation>
    </message>
    <message>
        <source>An integer, INFINITY (always) or -INFINITY (never).</source>
        <translation>Eine ganze Zahl, INFINITY (immer) oder -INFINITY (nie).</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>&amp;With / after:</source>
        <translation>&amp;Mit / nach:</translation>
    </message>
    <message>
        <source>Order &amp;kind:</source>
        <translation>Reihenfolge-&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>A constraint named &apos;%1&apos; exists already.</source>
        <translation>Eine Bedingung namens &apos;%1&apos; gibt es schon.</translation>
    </message>
    <message>
        <source>A resource cannot be tied to itself.</source>
        <translation>Eine Ressource kann nicht an sich selbst gebunden werden.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::CreateResourceDialog</name>
    <message>
        <source>%1 — New Resource</source>
        <translation>%1 — Neue Ressource</translation>
    </message>
    <message>
        <source>e.g. vip-public</source>
        <translation>z. B. vip-public</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Resource &amp;id:</source>
        <translation>Ressourcen-&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>Reading the metadata of %1…</source>
        <translation>Lese die Metadaten von %1…</translation>
    </message>
    <message>
        <source>Asking %1 for its resource agents…</source>
        <translation>Frage %1 nach seinen Ressourcenagenten…</translation>
    </message>
    <message>
        <source>Could not ask the cluster for %1: %2</source>
        <translation>Konnte den Cluster nicht nach %1 fragen: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose an agent.</source>
        <translation>Wählen Sie einen Agenten.</translation>
    </message>
    <message>
        <source>Give the resource an id.</source>
        <translation>Geben Sie der Ressource eine Id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: letters, digits, &apos;.&apos;, &apos;:&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>&apos;%1&apos; ist keine gültige Id: Buchstaben, Ziffern, &apos;.&apos;, &apos;:&apos;, &apos;_&apos; und &apos;-&apos;, beginnend mit einem Buchstaben oder &apos;_&apos;.</translation>
    </message>
    <message>
        <source>A resource named &apos;%1&apos; exists already.</source>
        <translation>Eine Ressource namens &apos;%1&apos; gibt es schon.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::DrbdCreateDialog</name>
    <message>
        <source>New DRBD Resource</source>
        <translation>Neue DRBD-Ressource</translation>
    </message>
    <message>
        <source>letters, digits, . _ -</source>
        <translation>Buchstaben, Ziffern, . _ -</translation>
    </message>
    <message>
        <source>/dev/… (empty, the same path on every node)</source>
        <translation>/dev/… (leer, auf jedem Knoten derselbe Pfad)</translation>
    </message>
    <message>
        <source>Resync rate per second (K, M or G); empty for DRBD&apos;s default</source>
        <translation>Resync-Rate pro Sekunde (K, M oder G); leer für den DRBD-Standardwert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Backing disk:</source>
        <translation>&amp;Basisdatenträger:</translation>
    </message>
    <message>
        <source>Device &amp;minor:</source>
        <translation>Geräte-&amp;Minor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Resync rate:</source>
        <translation>&amp;Resync-Rate:</translation>
    </message>
    <message>
        <source>replication address</source>
        <translation>Replikationsadresse</translation>
    </message>
    <message>
        <source>Initial sync from %1</source>
        <translation>Erstsynchronisation von %1</translation>
    </message>
    <message>
        <source>No initial sync: the disks are empty</source>
        <translation>Keine Erstsynchronisation: die Datenträger sind leer</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>DRBD metadata is written on %1 of every node, and this file installed as %2:

%3</source>
        <translation>DRBD-Metadaten werden auf %1 jedes Knotens geschrieben und diese Datei als %2 installiert:

%3</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>%1 created; its initial sync shows in the DRBD tab.</source>
        <translation>%1 erstellt; die Erstsynchronisation wird im Reiter DRBD angezeigt.</translation>
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
        <translation>Zum &amp;Primary machen</translation>
    </message>
    <message>
        <source>&amp;Force Primary…</source>
        <translation>Primary &amp;erzwingen…</translation>
    </message>
    <message>
        <source>Make &amp;Secondary</source>
        <translation>Zum &amp;Secondary machen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Attach Disk</source>
        <translation>Datenträger &amp;anbinden</translation>
    </message>
    <message>
        <source>D&amp;etach Disk</source>
        <translation>Datenträger &amp;lösen</translation>
    </message>
    <message>
        <source>Ad&amp;just to Configuration</source>
        <translation>An Konfiguration an&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Veri&amp;fizieren</translation>
    </message>
    <message>
        <source>&amp;Invalidate (Resync from Peer)</source>
        <translation>&amp;Invalidieren (Resync vom Peer)</translation>
    </message>
    <message>
        <source>Invalidate &amp;Remote (Resync to Peer)</source>
        <translation>&amp;Remote invalidieren (Resync zum Peer)</translation>
    </message>
    <message>
        <source>Pa&amp;use Sync</source>
        <translation>Synchronisation an&amp;halten</translation>
    </message>
    <message>
        <source>Res&amp;ume Sync</source>
        <translation>Synchronisation &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Connect Discarding &amp;My Data</source>
        <translation>Verbinden und &amp;meine Daten verwerfen</translation>
    </message>
    <message>
        <source>Sync rate (MiB/s)</source>
        <translation>Sync-Rate (MiB/s)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation>&amp;Hochstufen…</translation>
    </message>
    <message>
        <source>&amp;Recover Split Brain…</source>
        <translation>Split Brain &amp;beheben…</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>&amp;Neue Ressource…</translation>
    </message>
    <message>
        <source>Create a DRBD resource on an empty disk of two nodes</source>
        <translation>Eine DRBD-Ressource auf einem leeren Datenträger zweier Knoten anlegen</translation>
    </message>
    <message>
        <source>Select a resource for its warnings and what Pacemaker runs on it.</source>
        <translation>Ressource auswählen, um ihre Warnungen und die darauf von Pacemaker betriebenen Dienste zu sehen.</translation>
    </message>
    <message>
        <source>drbdadm on the selected node, judged against the live state first</source>
        <translation>drbdadm auf dem ausgewählten Knoten, vorher am aktuellen Zustand geprüft</translation>
    </message>
    <message>
        <source>Move the promoted role through Pacemaker (previewed)</source>
        <translation>Die hochgestufte Rolle über Pacemaker verschieben (mit Vorschau)</translation>
    </message>
    <message>
        <source>Choose the node whose changes since the split brain are discarded</source>
        <translation>Den Knoten wählen, dessen Änderungen seit dem Split Brain verworfen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n DRBD resource(s) on %1</source>
        <translation>
            <numerusform>%n DRBD-Ressource(n) auf %1</numerusform>
            <numerusform>%n DRBD-Ressource(n) auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading DRBD&apos;s state from the nodes…</source>
        <translation>DRBD-Zustand wird von den Knoten gelesen…</translation>
    </message>
    <message>
        <source>No DRBD resource on these nodes.</source>
        <translation>Keine DRBD-Ressource auf diesen Knoten.</translation>
    </message>
    <message>
        <source>(no DRBD on %1)</source>
        <translation>(kein DRBD auf %1)</translation>
    </message>
    <message>
        <source>Healthy: %1 hold UpToDate data.</source>
        <translation>Fehlerfrei: %1 halten UpToDate-Daten.</translation>
    </message>
    <message>
        <source>Run by Pacemaker as %1 (%2), promoted on %3. Promote and demote through Pacemaker, not drbdadm.</source>
        <translation>Von Pacemaker als %1 (%2) verwaltet, hochgestuft auf %3. Hoch- und Herabstufen über Pacemaker, nicht über drbdadm.</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>kein Knoten</translation>
    </message>
    <message>
        <source>On its promoted side: %1</source>
        <translation>Auf der hochgestuften Seite: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Select a node of a resource first</source>
        <translation>Zuerst einen Knoten einer Ressource auswählen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Not run by Pacemaker: use Make Primary</source>
        <translation>Nicht von Pacemaker verwaltet: „Zum Primary machen“ verwenden</translation>
    </message>
    <message>
        <source>Promote on %1</source>
        <translation>Auf %1 hochstufen</translation>
    </message>
    <message>
        <source>Select a resource first</source>
        <translation>Zuerst eine Ressource auswählen</translation>
    </message>
    <message>
        <source>Discard %1&apos;s Changes</source>
        <translation>Änderungen von %1 verwerfen</translation>
    </message>
    <message>
        <source>DRBD</source>
        <translation>DRBD</translation>
    </message>
    <message>
        <source>%1 on %2 is not known any more.</source>
        <translation>%1 auf %2 ist nicht mehr bekannt.</translation>
    </message>
    <message>
        <source>Run on %1:

%2</source>
        <translation>Auf %1 ausführen:

%2</translation>
    </message>
    <message>
        <source>This risks:</source>
        <translation>Risiken dabei:</translation>
    </message>
    <message>
        <source>Run it anyway?</source>
        <translation>Trotzdem ausführen?</translation>
    </message>
    <message>
        <source>Another DRBD action is still running.</source>
        <translation>Eine andere DRBD-Aktion läuft noch.</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Hochstufen</translation>
    </message>
    <message>
        <source>Split Brain Recovery</source>
        <translation>Split-Brain-Wiederherstellung</translation>
    </message>
    <message>
        <source>Every change made on %1 since the split brain is discarded; it then resyncs from %2.

%3

Go ahead?</source>
        <translation>Alle Änderungen auf %1 seit dem Split Brain werden verworfen; danach synchronisiert der Knoten neu von %2.

%3

Fortfahren?</translation>
    </message>
    <message>
        <source>Recover %1 from a split brain on %2</source>
        <translation>%1 nach einem Split Brain auf %2 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>hadesk::views::DrillTimeline</name>
    <message>
        <source>Services and events</source>
        <translation>Dienste und Ereignisse</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <source>cluster events</source>
        <translation>Cluster-Ereignisse</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>Ausfall</translation>
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
        <translation>%1 absichtlich stören?</translation>
    </message>
    <message>
        <source>The drill &lt;b&gt;%1&lt;/b&gt; breaks the cluster &lt;b&gt;%2&lt;/b&gt; on purpose, then puts it back. Type the cluster&apos;s name to start it.</source>
        <translation>Die Übung &lt;b&gt;%1&lt;/b&gt; stört den Cluster &lt;b&gt;%2&lt;/b&gt; absichtlich und stellt ihn dann wieder her. Zum Starten den Namen des Clusters eingeben.</translation>
    </message>
    <message>
        <source>Start the drill</source>
        <translation>Übung starten</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The plan (the JSON &lt;code&gt;hadeskctl drill HOST run PLAN.json&lt;/code&gt; runs):</source>
        <translation>Der Plan (das JSON, das &lt;code&gt;hadeskctl drill HOST run PLAN.json&lt;/code&gt; ausführt):</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The safety checks and Pacemaker&apos;s prediction of the fault; nothing is changed</source>
        <translation>Die Sicherheitsprüfungen und die Vorhersage von Pacemaker für den Fehler; nichts wird geändert</translation>
    </message>
    <message>
        <source>Start drill…</source>
        <translation>Übung starten…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keep the plan with this cluster&apos;s drills</source>
        <translation>Den Plan bei den Übungen dieses Clusters aufbewahren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove this saved plan</source>
        <translation>Diesen gespeicherten Plan entfernen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a drill plan</source>
        <translation>Einen Übungsplan importieren</translation>
    </message>
    <message>
        <source>Drill plans (*.json)</source>
        <translation>Übungspläne (*.json)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the drill plan</source>
        <translation>Den Übungsplan exportieren</translation>
    </message>
    <message>
        <source>🔒 This cluster is opened read-only: no drills. Cluster ▸ Read-only turns it off.</source>
        <translation>🔒 Dieser Cluster ist schreibgeschützt geöffnet: keine Übungen. Cluster ▸ Schreibgeschützt schaltet das ab.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>saved with this cluster</source>
        <translation>bei diesem Cluster gespeichert</translation>
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
        <translation>Ein Befehl mit seinen Argumenten, auf diesem Rechner ausgeführt (wie eine Befehlszeile zerlegt, nie von einer Shell ausgeführt)</translation>
    </message>
    <message>
        <source>Fault command</source>
        <translation>Fehlerbefehl</translation>
    </message>
    <message>
        <source>Undo command</source>
        <translation>Rücknahmebefehl</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>DRBD resource</source>
        <translation>DRBD-Ressource</translation>
    </message>
    <message>
        <source>not a JSON object: %1 (at character %2)</source>
        <translation>kein JSON-Objekt: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>probes.from_nodes: %1 is not one of the cluster&apos;s hosts</source>
        <translation>probes.from_nodes: %1 ist keiner der Hosts des Clusters</translation>
    </message>
    <message>
        <source>✔ ready: %1</source>
        <translation>✔ bereit: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Asking Pacemaker…</source>
        <translation>Pacemaker wird gefragt…</translation>
    </message>
    <message>
        <source>Pacemaker predicts: %1</source>
        <translation>Pacemaker sagt voraus: %1</translation>
    </message>
    <message>
        <source>No prediction: %1</source>
        <translation>Keine Vorhersage: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>not started: %1</source>
        <translation>nicht gestartet: %1</translation>
    </message>
    <message>
        <source>not started: the cluster is opened read-only</source>
        <translation>nicht gestartet: der Cluster ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>not started: a drill is running on this cluster</source>
        <translation>nicht gestartet: auf diesem Cluster läuft eine Übung</translation>
    </message>
    <message>
        <source>not started: cancelled</source>
        <translation>nicht gestartet: abgebrochen</translation>
    </message>
    <message>
        <source>not started: &quot;%1&quot; is not the cluster&apos;s name (%2)</source>
        <translation>nicht gestartet: „%1“ ist nicht der Name des Clusters (%2)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Aborting: the fault is undone at once, then the cluster is proven restored…</source>
        <translation>Abbruch: der Fehler wird sofort zurückgenommen, dann die Wiederherstellung des Clusters nachgewiesen…</translation>
    </message>
    <message>
        <source>No drill is running. Pick one on the Plan page.</source>
        <translation>Keine Übung läuft. Auf der Seite Plan eine auswählen.</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Undo the fault at once, recover, prove the cluster restored</source>
        <translation>Den Fehler sofort zurücknehmen, wiederherstellen, die Wiederherstellung des Clusters nachweisen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Outage so far</source>
        <translation>Ausfall bisher</translation>
    </message>
    <message>
        <source>Failed probes</source>
        <translation>Fehlgeschlagene Proben</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Proben</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <source>Ended: %1 — %2</source>
        <translation>Beendet: %1 — %2</translation>
    </message>
    <message>
        <source>A drill&apos;s report appears here when it ends, or when one is opened from the history.</source>
        <translation>Der Bericht einer Übung erscheint hier, wenn sie endet oder aus dem Verlauf geöffnet wird.</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>HTML exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Den Bericht exportieren</translation>
    </message>
    <message>
        <source>no report to export</source>
        <translation>kein Bericht zum Exportieren</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Worst outage</source>
        <translation>Schlechtester Ausfall</translation>
    </message>
    <message>
        <source>Double-click a run for its report</source>
        <translation>Doppelklick auf einen Lauf zeigt seinen Bericht</translation>
    </message>
    <message>
        <source>Outage across the runs of</source>
        <translation>Ausfall über die Läufe von</translation>
    </message>
    <message>
        <source>Each service&apos;s outage, run by run</source>
        <translation>Der Ausfall jedes Dienstes, Lauf für Lauf</translation>
    </message>
    <message>
        <source>no such run</source>
        <translation>kein solcher Lauf</translation>
    </message>
    <message>
        <source>the run&apos;s report is not kept (%1)</source>
        <translation>der Bericht des Laufs ist nicht aufbewahrt (%1)</translation>
    </message>
    <message>
        <source>it had no report folder</source>
        <translation>er hatte keinen Berichtsordner</translation>
    </message>
    <message>
        <source>Probes, limits, expectations</source>
        <translation>Proben, Grenzen, Erwartungen</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>TCP probe every</source>
        <translation>TCP-Probe alle</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>HTTP probe every</source>
        <translation>HTTP-Probe alle</translation>
    </message>
    <message>
        <source>Probe timeout</source>
        <translation>Zeitlimit einer Probe</translation>
    </message>
    <message>
        <source>Outage begins after</source>
        <translation>Ausfall beginnt nach</translation>
    </message>
    <message>
        <source> failed probes</source>
        <translation> fehlgeschlagenen Proben</translation>
    </message>
    <message>
        <source>Outage ends after</source>
        <translation>Ausfall endet nach</translation>
    </message>
    <message>
        <source> ok probes</source>
        <translation> erfolgreichen Proben</translation>
    </message>
    <message>
        <source>Probe before the fault</source>
        <translation>Proben vor dem Fehler</translation>
    </message>
    <message>
        <source>Watch the failover at most</source>
        <translation>Failover höchstens beobachten</translation>
    </message>
    <message>
        <source>Then watch on</source>
        <translation>Danach weiter beobachten</translation>
    </message>
    <message>
        <source>Wait for the cluster at most</source>
        <translation>Höchstens auf den Cluster warten</translation>
    </message>
    <message>
        <source>Expectations per service (* is every service):</source>
        <translation>Erwartungen je Dienst (* ist jeder Dienst):</translation>
    </message>
    <message>
        <source>Outage at most</source>
        <translation>Ausfall höchstens</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Endet auf</translation>
    </message>
    <message>
        <source>No failed request</source>
        <translation>Keine fehlgeschlagene Anfrage</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht verlangt</translation>
    </message>
</context>
<context>
    <name>hadesk::views::HaproxyConfigDialog</name>
    <message>
        <source>installed and reloaded</source>
        <translation>installiert und neu geladen</translation>
    </message>
    <message>
        <source>rejected by haproxy -c, nothing changed</source>
        <translation>von haproxy -c abgelehnt, nichts geändert</translation>
    </message>
    <message>
        <source>changed by someone else since it was read, nothing changed</source>
        <translation>seit dem Lesen von jemand anderem geändert, nichts geändert</translation>
    </message>
    <message>
        <source>reload failed, previous configuration back in place</source>
        <translation>Neuladen fehlgeschlagen, vorherige Konfiguration wieder in Kraft</translation>
    </message>
    <message>
        <source>could not run</source>
        <translation>konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Install on Every Node…</source>
        <translation>Auf jedem Knoten &amp;installieren…</translation>
    </message>
    <message>
        <source>Read &amp;Again</source>
        <translation>&amp;Erneut lesen</translation>
    </message>
    <message>
        <source>HAProxy Configuration</source>
        <translation>HAProxy-Konfiguration</translation>
    </message>
    <message>
        <source>HAProxy accepts it.</source>
        <translation>HAProxy akzeptiert sie.</translation>
    </message>
    <message>
        <source>HAProxy refuses it:</source>
        <translation>HAProxy lehnt sie ab:</translation>
    </message>
    <message>
        <source>Read the files again and lose your edits?</source>
        <translation>Die Dateien erneut lesen und Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Reading the configuration from every node…</source>
        <translation>Lese die Konfiguration von jedem Knoten…</translation>
    </message>
    <message>
        <source>No configuration could be read.</source>
        <translation>Keine Konfiguration konnte gelesen werden.</translation>
    </message>
    <message>
        <source>%1 as read from %2 (SHA-256 %3…).</source>
        <translation>%1, gelesen von %2 (SHA-256 %3…).</translation>
    </message>
    <message>
        <source>The file on %1 is different; installing replaces it with this text.</source>
        <translation>Die Datei auf %1 ist anders; Installieren ersetzt sie durch diesen Text.</translation>
    </message>
    <message>
        <source>Checking with haproxy -c on %1…</source>
        <translation>Prüfe mit haproxy -c auf %1…</translation>
    </message>
    <message>
        <source>Install HAProxy Configuration</source>
        <translation>HAProxy-Konfiguration installieren</translation>
    </message>
    <message>
        <source>Check this configuration on %1, then install it and reload HAProxy node by node? A node whose reload fails gets its previous file back, and so do the nodes done before it.</source>
        <translation>Diese Konfiguration auf %1 prüfen, dann Knoten für Knoten installieren und HAProxy neu laden? Ein Knoten, dessen Neuladen scheitert, bekommt seine vorherige Datei zurück, ebenso die Knoten davor.</translation>
    </message>
    <message>
        <source>Installing on %1…</source>
        <translation>Installiere auf %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close and lose your edits?</source>
        <translation>Schließen und Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>hadesk::views::HaproxyView</name>
    <message>
        <source>Sessions per backend</source>
        <translation>Sitzungen je Backend</translation>
    </message>
    <message>
        <source>Requests per second per backend</source>
        <translation>Anfragen pro Sekunde je Backend</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>&amp;Bereit</translation>
    </message>
    <message>
        <source>&amp;Drain</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>&amp;Wartung</translation>
    </message>
    <message>
        <source>&amp;Weight…</source>
        <translation>&amp;Gewicht…</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>Server Weight</source>
        <translation>Servergewicht</translation>
    </message>
    <message>
        <source>Weight (0 to 256) on every node&apos;s HAProxy:</source>
        <translation>Gewicht (0 bis 256) im HAProxy jedes Knotens:</translation>
    </message>
    <message>
        <source>Enable Health Checks</source>
        <translation>Zustandsprüfungen einschalten</translation>
    </message>
    <message>
        <source>Disable Health Checks</source>
        <translation>Zustandsprüfungen ausschalten</translation>
    </message>
    <message>
        <source>Drain %1 in Every Backend</source>
        <translation>%1 in jedem Backend leeren</translation>
    </message>
    <message>
        <source>Ready %1 in Every Backend</source>
        <translation>%1 in jedem Backend bereit setzen</translation>
    </message>
    <message>
        <source>HAProxy on</source>
        <translation>HAProxy auf</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>%1&apos;s HAProxy does not answer: %2</source>
        <translation>Der HAProxy von %1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>Reading %1&apos;s HAProxy…</source>
        <translation>Lese den HAProxy von %1…</translation>
    </message>
    <message>
        <source>%1 %2 (%3 req/s)</source>
        <translation>%1 %2 (%3 Anfr./s)</translation>
    </message>
    <message>
        <source>HAProxy %1, up %2, %3 connections; %4</source>
        <translation>HAProxy %1, läuft seit %2, %3 Verbindungen; %4</translation>
    </message>
    <message>
        <source>(no answer from %1)</source>
        <translation>(keine Antwort von %1)</translation>
    </message>
    <message>
        <source>Send to the HAProxy of %1:

%2</source>
        <translation>An den HAProxy von %1 senden:

%2</translation>
    </message>
    <message>
        <source>Con&amp;figuration…</source>
        <translation>Kon&amp;figuration…</translation>
    </message>
    <message>
        <source>This cluster cannot be changed from here.</source>
        <translation>Dieser Cluster kann von hier aus nicht geändert werden.</translation>
    </message>
    <message>
        <source>⚠ The nodes&apos; HAProxies disagree (clients see whichever holds the VIP):</source>
        <translation>⚠ Die HAProxys der Knoten sind uneins (Clients sehen den, der die VIP hält):</translation>
    </message>
</context>
<context>
    <name>hadesk::views::HostStatusBar</name>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbinde erneut</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;Reconnect to %1</source>
        <translation>Neu mit %1 &amp;verbinden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (the cluster is read and changed through this node)</source>
        <translation> (der Cluster wird über diesen Knoten gelesen und geändert)</translation>
    </message>
</context>
<context>
    <name>hadesk::views::JobStatusWidget</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
</context>
<context>
    <name>hadesk::views::JobsView</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Erneut lesen</translation>
    </message>
    <message>
        <source>Read what the selected stream follows again now, and start it again if it stopped</source>
        <translation>Was der gewählte Strom verfolgt, jetzt erneut lesen, und ihn neu starten, wenn er aufgehört hat</translation>
    </message>
    <message>
        <source>Live streams on the nodes</source>
        <translation>Live-Ströme auf den Knoten</translation>
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
    <message>
        <source>Select a cluster to open it.</source>
        <translation>Wählen Sie einen Cluster, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>&amp;Nur lesen</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>&amp;Open CIB File…</source>
        <translation>CIB-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Look at a saved CIB (cibadmin --query, crm_report) offline, read-only</source>
        <translation>Eine gespeicherte CIB (cibadmin --query, crm_report) offline und schreibgeschützt ansehen</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <source>Select a resource first.</source>
        <translation>Wählen Sie zuerst eine Ressource.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>&amp;Move Away</source>
        <translation>&amp;Wegverschieben</translation>
    </message>
    <message>
        <source>C&amp;lear Moves and Bans</source>
        <translation>Verschiebungen und Sperren auf&amp;heben</translation>
    </message>
    <message>
        <source>Clean &amp;Up Failures</source>
        <translation>Fehler &amp;bereinigen</translation>
    </message>
    <message>
        <source>Add &amp;Constraint…</source>
        <translation>&amp;Bedingung hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>&amp;Neue Ressource…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Open CIB File</source>
        <translation>CIB-Datei öffnen</translation>
    </message>
    <message>
        <source>%1 (offline, read-only)</source>
        <translation>%1 (offline, schreibgeschützt)</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>A drill is running</source>
        <translation>Eine Übung läuft</translation>
    </message>
    <message>
        <source>A failover drill is running on %1. Closing aborts it: its fault is undone, the cluster recovered and proven restored, then the console closes. Abort the drill and close?</source>
        <translation>Auf %1 läuft eine Failover-Übung. Schließen bricht sie ab: ihr Fehler wird zurückgenommen, der Cluster wiederhergestellt und die Wiederherstellung nachgewiesen, dann schließt die Konsole. Übung abbrechen und schließen?</translation>
    </message>
    <message>
        <source>Aborting the drill on %1 and recovering the cluster before closing…</source>
        <translation>Die Übung auf %1 wird abgebrochen und der Cluster vor dem Schließen wiederhergestellt…</translation>
    </message>
    <message>
        <source>&amp;New Cluster…</source>
        <translation>&amp;Neuer Cluster…</translation>
    </message>
</context>
<context>
    <name>hadesk::views::NetworkDiagram</name>
    <message>
        <source>no speed</source>
        <translation>keine Geschwindigkeit</translation>
    </message>
    <message>
        <source>%1 Gb/s</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <source>%1 Mb/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>%1: %2, held by %3</source>
        <translation>%1: %2, gehalten von %3</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>kein Knoten</translation>
    </message>
    <message>
        <source>No node has reported its interfaces yet.</source>
        <translation>Noch kein Knoten hat seine Schnittstellen gemeldet.</translation>
    </message>
    <message>
        <source>in no segment</source>
        <translation>in keinem Segment</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>no interface</source>
        <translation>keine Schnittstelle</translation>
    </message>
</context>
<context>
    <name>hadesk::views::NetworkView</name>
    <message>
        <source>VIP &amp;Actions</source>
        <translation>VIP-&amp;Aktionen</translation>
    </message>
    <message>
        <source>&amp;Segments…</source>
        <translation>&amp;Segmente…</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>%1: interfaces not read: %2</source>
        <translation>%1: Schnittstellen nicht gelesen: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a VIP to see its resource, its constraints and where it can move.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klicken Sie auf eine VIP, um ihre Ressource, ihre Bedingungen und ihre möglichen Ziele zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>(chosen by the agent)</source>
        <translation>(vom Agenten gewählt)</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>cluster runs it on</source>
        <translation>Cluster betreibt sie auf</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>kein Knoten</translation>
    </message>
    <message>
        <source>address seen on</source>
        <translation>Adresse gesehen auf</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>nothing listens</source>
        <translation>nichts lauscht</translation>
    </message>
    <message>
        <source>%1 listens</source>
        <translation>%1 lauscht</translation>
    </message>
    <message>
        <source>run by %1</source>
        <translation>betrieben von %1</translation>
    </message>
    <message>
        <source>sends to %1</source>
        <translation>sendet an %1</translation>
    </message>
    <message>
        <source>bound on %1</source>
        <translation>gebunden auf %1</translation>
    </message>
</context>
<context>
    <name>hadesk::views::OperationDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Asking Pacemaker what this would do (crm_simulate on a copy of the live CIB)…</source>
        <translation>Pacemaker wird gefragt, was das bewirken würde (crm_simulate auf einer Kopie der laufenden CIB)…</translation>
    </message>
    <message>
        <source>The preview failed; nothing was changed.</source>
        <translation>Die Vorschau ist fehlgeschlagen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This acts on running resources, not on the configuration: there is nothing to simulate.</source>
        <translation>Dies wirkt auf laufende Ressourcen, nicht auf die Konfiguration: es gibt nichts zu simulieren.</translation>
    </message>
    <message>
        <source>Pacemaker would change nothing that runs.</source>
        <translation>Pacemaker würde nichts an dem ändern, was läuft.</translation>
    </message>
    <message>
        <source>Pacemaker will:</source>
        <translation>Pacemaker wird:</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Done. The cluster view follows the change as it happens.</source>
        <translation>Erledigt. Die Clusteransicht folgt der Änderung, während sie geschieht.</translation>
    </message>
    <message>
        <source>Not applied: someone changed the configuration since the preview. Nothing was overwritten; open the action again to preview it on the new configuration.</source>
        <translation>Nicht angewendet: Jemand hat die Konfiguration seit der Vorschau geändert. Nichts wurde überschrieben; öffnen Sie die Aktion erneut für eine Vorschau auf der neuen Konfiguration.</translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>Der Befehl ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Each step as it runs, with the command on the node</source>
        <translation>Jeder Schritt, während er läuft, mit dem Befehl auf dem Knoten</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>This cluster cannot be changed from here (read-only or not connected).</source>
        <translation>Dieser Cluster kann von hier aus nicht geändert werden (nur lesbar oder nicht verbunden).</translation>
    </message>
    <message>
        <source>Stopped before the preview finished; nothing was changed.</source>
        <translation>Gestoppt, bevor die Vorschau fertig war; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Stopped. The command was ended on the node; the cluster view shows what it is now.</source>
        <translation>Gestoppt. Der Befehl wurde auf dem Knoten beendet; die Clusteransicht zeigt den jetzigen Zustand.</translation>
    </message>
    <message>
        <source>until cleared</source>
        <translation>bis zum Aufheben</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>Or an ISO 8601 duration such as PT2H</source>
        <translation>Oder eine ISO-8601-Dauer wie PT2H</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>This change:</source>
        <translation>Diese Änderung:</translation>
    </message>
    <message>
        <source>Left behind: %1. It keeps acting on %2 until it expires or is cleared.</source>
        <translation>Zurückgelassen: %1. Es wirkt auf %2, bis es abläuft oder aufgehoben wird.</translation>
    </message>
    <message>
        <source>C&amp;lear It</source>
        <translation>&amp;Aufheben</translation>
    </message>
</context>
<context>
    <name>hadesk::views::OverviewWidget</name>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Clean &amp;up</source>
        <translation>&amp;Bereinigen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Aufheben</translation>
    </message>
    <message>
        <source>Failed actions</source>
        <translation>Fehlgeschlagene Aktionen</translation>
    </message>
    <message>
        <source>Moves and bans left behind</source>
        <translation>Zurückgelassene Verschiebungen und Sperren</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Ausstehende Aktionen</translation>
    </message>
    <message>
        <source> (DC)</source>
        <translation> (DC)</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) running</source>
        <translation>
            <numerusform>%n Ressource läuft</numerusform>
            <numerusform>%n Ressourcen laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>; last: %1 %2 (%3)</source>
        <translation>; zuletzt: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 · DC: %3 · Fencing: %4%5%6&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 · DC: %3 · Fencing: %4%5%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#30a050&apos;&gt;quorate&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#30a050&apos;&gt;Quorum vorhanden&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d03030&apos;&gt;NO QUORUM&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d03030&apos;&gt;KEIN QUORUM&lt;/span&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d03030&apos;&gt;DISABLED&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d03030&apos;&gt;AUS&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;cluster in maintenance mode&lt;/b&gt;</source>
        <translation> · &lt;b&gt;Cluster im Wartungsmodus&lt;/b&gt;</translation>
    </message>
    <message>
        <source>banned from %1</source>
        <translation>gesperrt auf %1</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>bevorzugt %1</translation>
    </message>
    <message>
        <source>(rule)</source>
        <translation>(Regel)</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>The cluster&apos;s state could not be read through %1: %2</source>
        <translation>Der Zustand des Clusters konnte über %1 nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>⚠ Not connected to %1: this is the state as last read.</source>
        <translation>⚠ Nicht mit %1 verbunden: dies ist der zuletzt gelesene Zustand.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Nothing needs attention: no failed actions, no moves or bans left behind, nothing pending.</source>
        <translation>Nichts braucht Aufmerksamkeit: keine fehlgeschlagenen Aktionen, keine zurückgebliebenen Verschiebungen oder Verbote, nichts ausstehend.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Double-click to go where it can be acted on</source>
        <translation>Doppelklick führt dorthin, wo man handeln kann</translation>
    </message>
    <message>
        <source>Pacemaker %1</source>
        <translation>Pacemaker %1</translation>
    </message>
    <message>
        <source>last change %1%2</source>
        <translation>letzte Änderung %1%2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>stickiness %1</source>
        <translation>Stickiness %1</translation>
    </message>
    <message>
        <source>without quorum: %1</source>
        <translation>ohne Quorum: %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>link %1 ✗ to %2</source>
        <translation>Verbindung %1 ✗ zu %2</translation>
    </message>
    <message>
        <source>link %1 ✓</source>
        <translation>Verbindung %1 ✓</translation>
    </message>
    <message>
        <source>Corosync: %1</source>
        <translation>Corosync: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Corosync %1</source>
        <translation>Corosync %1</translation>
    </message>
    <message>
        <source>Corosync %1 is down</source>
        <translation>Corosync-%1 ist ausgefallen</translation>
    </message>
</context>
<context>
    <name>hadesk::views::ResourceGraphView</name>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>befördert</translation>
    </message>
    <message>
        <source>unpromoted</source>
        <translation>nicht befördert</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>promoted on %1</source>
        <translation>befördert auf %1</translation>
    </message>
    <message>
        <source>Find a resource</source>
        <translation>Ressource suchen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the graph in the window (F)</source>
        <translation>Graph ins Fenster einpassen (F)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save as PNG or SVG</source>
        <translation>Als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Show location constraints (moves, bans, preferences) as edges to their node (L)</source>
        <translation>Ortsbedingungen (Verschiebungen, Sperren, Vorlieben) als Kanten zu ihrem Knoten zeigen (L)</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>&amp;Neue Ressource…</translation>
    </message>
    <message>
        <source>Show &amp;Location Constraints</source>
        <translation>&amp;Ortsbedingungen zeigen</translation>
    </message>
    <message>
        <source>in transition</source>
        <translation>im Übergang</translation>
    </message>
    <message>
        <source>dashed border: unmanaged · stacked: clone · → order · ⇢ colocation · dotted: location (green prefers, red avoids)</source>
        <translation>gestrichelter Rand: nicht verwaltet · gestapelt: Klon · → Reihenfolge · ⇢ Kolokation · gepunktet: Ort (grün bevorzugt, rot meidet)</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>noch nicht gesehen</translation>
    </message>
    <message>
        <source>%1 runs DRBD resource %2</source>
        <translation>%1 betreibt DRBD-Ressource %2</translation>
    </message>
    <message>
        <source>%1 failed on %2</source>
        <translation>%1 auf %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>guest of %1, not running</source>
        <translation>Gast von %1, läuft nicht</translation>
    </message>
    <message>
        <source>guest of %1 on %2</source>
        <translation>Gast von %1 auf %2</translation>
    </message>
    <message>
        <source>%1, not connected</source>
        <translation>%1, nicht verbunden</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>UNCLEAN</source>
        <translation>UNSAUBER</translation>
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
        <source>standby, still running</source>
        <translation>Standby, läuft noch</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 von %2 laufen</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) auf %3</translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>last failure: %1 on %2 at %3 (%4)</source>
        <translation>letzter Fehler: %1 auf %2 um %3 (%4)</translation>
    </message>
    <message>
        <source>ban %1</source>
        <translation>Verbot %1</translation>
    </message>
    <message>
        <source>move %1</source>
        <translation>Verschieben %1</translation>
    </message>
    <message>
        <source>No resource matches “%1”.</source>
        <translation>Keine Ressource passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SegmentLabelsDialog</name>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Name the subnets the nodes share and say what each carries. The lint uses the roles; HAdesk keeps them with the cluster.</source>
        <translation>Benennen Sie die Subnetze der Knoten und sagen Sie, was jedes trägt. Die Prüfung nutzt die Rollen; HAdesk speichert sie mit dem Cluster.</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>A name of your own, such as &quot;public 1G&quot; or &quot;storage&quot;</source>
        <translation>Ein eigener Name, etwa „public 1G“ oder „storage“</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupApplyPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Each step as it runs on the nodes. A step that fails takes back what it did; the next run continues from there.</source>
        <translation>Jeder Schritt, wie er auf den Knoten läuft. Ein fehlschlagender Schritt nimmt zurück, was er getan hat; der nächste Lauf macht dort weiter.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Stopping on the nodes…</source>
        <translation>Wird auf den Knoten gestoppt…</translation>
    </message>
    <message>
        <source>%1 is as the plan says: nothing changed.</source>
        <translation>%1 ist, wie der Plan sagt: nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 set up and verified: %n change(s).</source>
        <translation>
            <numerusform>%1 eingerichtet und geprüft: %n Änderung.</numerusform>
            <numerusform>%1 eingerichtet und geprüft: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>geprüft: %1</translation>
    </message>
    <message>
        <source>The setup stopped: %1
Run it again (New Cluster…, the same plan) to continue from there, or take it back with hadeskctl setup --undo PLAN.</source>
        <translation>Die Einrichtung wurde angehalten: %1
Erneut ausführen (Neuer Cluster…, derselbe Plan), um dort weiterzumachen, oder mit hadeskctl setup --undo PLAN zurücknehmen.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupPlanPage</name>
    <message>
        <source>&amp;Save Plan…</source>
        <translation>Plan &amp;speichern…</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>A setup plan (docs/setup.md; hadeskctl setup example HOST... writes a starting one). Nothing on the hosts changes before the review.</source>
        <translation>Ein Einrichtungsplan (docs/setup.md; hadeskctl setup example HOST... schreibt einen Ausgangsplan). Vor der Prüfung ändert sich auf den Hosts nichts.</translation>
    </message>
    <message>
        <source>~/.ssh/config</source>
        <translation>~/.ssh/config</translation>
    </message>
    <message>
        <source>default (Corosync&apos;s own: token 3000 ms)</source>
        <translation>default (Corosyncs eigenes: Token 3000 ms)</translation>
    </message>
    <message>
        <source>fast (token 1000 ms: for a low-latency network)</source>
        <translation>fast (Token 1000 ms: für ein Netz mit geringer Latenz)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Plan &amp;file:</source>
        <translation>Plan&amp;datei:</translation>
    </message>
    <message>
        <source>SSH &amp;configuration:</source>
        <translation>SSH-&amp;Konfiguration:</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>Cluster&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation>&amp;Zeitprofil:</translation>
    </message>
    <message>
        <source>Choose a plan file.</source>
        <translation>Eine Plandatei wählen.</translation>
    </message>
    <message>
        <source>active/standby</source>
        <translation>aktiv/Standby</translation>
    </message>
    <message>
        <source>active/active</source>
        <translation>aktiv/aktiv</translation>
    </message>
    <message>
        <source>Nodes: %1, %2 corosync link(s).
Fencing: %3.
VIPs: %4.
Services: %5.</source>
        <translation>Knoten: %1, %2 Corosync-Link(s).
Fencing: %3.
VIPs: %4.
Dienste: %5.</translation>
    </message>
    <message>
        <source>none (UNSAFE)</source>
        <translation>keines (UNSICHER)</translation>
    </message>
    <message>
        <source>%1, not tested (UNSAFE)</source>
        <translation>%1, nicht getestet (UNSICHER)</translation>
    </message>
    <message>
        <source>%1, tested on %2</source>
        <translation>%1, getestet an %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Open Setup Plan</source>
        <translation>Einrichtungsplan öffnen</translation>
    </message>
    <message>
        <source>Setup plans (*.json)</source>
        <translation>Einrichtungspläne (*.json)</translation>
    </message>
    <message>
        <source>SSH Configuration</source>
        <translation>SSH-Konfiguration</translation>
    </message>
    <message>
        <source>the plan is refused: %1</source>
        <translation>der Plan wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>Save Setup Plan</source>
        <translation>Einrichtungsplan speichern</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The hosts checked, the links tested, and every change per node with Pacemaker&apos;s simulation of the result. Nothing has changed yet.</source>
        <translation>Die Hosts geprüft, die Links getestet und jede Änderung je Knoten mit Pacemakers Simulation des Ergebnisses. Noch hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Checking the hosts…</source>
        <translation>Die Hosts werden geprüft…</translation>
    </message>
    <message>
        <source>The plan is refused.</source>
        <translation>Der Plan wird abgelehnt.</translation>
    </message>
    <message>
        <source>The review failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is as the plan says: Apply changes nothing.</source>
        <translation>%1 ist, wie der Plan sagt: Anwenden ändert nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply.</source>
        <translation>
            <numerusform>%n Änderung anzuwenden.</numerusform>
            <numerusform>%n Änderungen anzuwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo This Setup…</source>
        <translation>Diese Einrichtung &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>A setup of this plan stopped half-way: %1. Apply continues from there; Undo takes it back.</source>
        <translation>Eine Einrichtung dieses Plans wurde mittendrin angehalten: %1. Anwenden macht dort weiter; Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Undo This Setup</source>
        <translation>Diese Einrichtung rückgängig machen</translation>
    </message>
    <message>
        <source>Take %1 back to bare hosts (%2)? Only what HAdesk&apos;s journals say it did is taken back; files it replaced come back from their backups.</source>
        <translation>%1 auf nackte Hosts zurückführen (%2)? Nur was laut HAdesks Journalen getan wurde, wird zurückgenommen; ersetzte Dateien kommen aus ihren Sicherungen zurück.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>The undo stopped: %1</source>
        <translation>Das Rückgängigmachen wurde angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 undone: %n change(s) taken back. Checking the hosts again…</source>
        <translation>
            <numerusform>%1 rückgängig gemacht: %n Änderung zurückgenommen. Die Hosts werden erneut geprüft…</numerusform>
            <numerusform>%1 rückgängig gemacht: %n Änderungen zurückgenommen. Die Hosts werden erneut geprüft…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupWizard</name>
    <message>
        <source>New Cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Refused, nothing was changed:</source>
        <translation>Abgelehnt, nichts wurde geändert:</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SshPromptDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
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
    <message>
        <source>Compare each fingerprint with the one the host shows (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):</source>
        <translation>Vergleichen Sie jeden Fingerabdruck mit dem, den der Host zeigt (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):</translation>
    </message>
    <message>
        <source>Unknown Host Keys</source>
        <translation>Unbekannte Host-Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>The authenticity of %n host(s) cannot be established: HAdesk has never seen their keys.</source>
        <translation>
            <numerusform>Die Echtheit von %n Host kann nicht festgestellt werden: HAdesk hat seinen Schlüssel nie gesehen.</numerusform>
            <numerusform>Die Echtheit von %n Hosts kann nicht festgestellt werden: HAdesk hat ihre Schlüssel nie gesehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust All and Connect</source>
        <translation>Allen vertrauen und verbinden</translation>
    </message>
</context>
<context>
    <name>hadeskctl</name>
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
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 ist keine Portnummer</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>usage: hadeskctl add-cluster NAME SSH_CONFIG [HOST...]
       hadeskctl add-cluster NAME --nodes ADDR[,ADDR...] [--user USER] [--port PORT] [--key FILE | --password]</source>
        <translation>Aufruf: hadeskctl add-cluster NAME SSH_CONFIG [HOST...]
       hadeskctl add-cluster NAME --nodes ADDR[,ADDR...] [--user USER] [--port PORT] [--key FILE | --password]</translation>
    </message>
    <message>
        <source>add a cluster by node addresses (--user, --port, --key FILE or --password)</source>
        <translation>einen Cluster über Knotenadressen hinzufügen (--user, --port, --key DATEI oder --password)</translation>
    </message>
    <message>
        <source>HAProxy has no server %1</source>
        <translation>HAProxy hat keinen Server %1</translation>
    </message>
    <message>
        <source>no HAProxy server stands for node %1 (give BACKEND/SERVER)</source>
        <translation>kein HAProxy-Server steht für Knoten %1 (BACKEND/SERVER angeben)</translation>
    </message>
    <message>
        <source>%1 is not a weight</source>
        <translation>%1 ist kein Gewicht</translation>
    </message>
    <message>
        <source>segments, interfaces per node, VIPs with their segment and holder, warnings</source>
        <translation>Segmente, Schnittstellen je Knoten, VIPs mit Segment und Halter, Warnungen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>HAProxy&apos;s frontends, backends and servers; drain|ready|maint NODE or BACKEND/SERVER, weight BACKEND/SERVER N, checks on|off BACKEND/SERVER; config show, check FILE, install FILE (checked on every node, reloaded, rolled back if the reload fails)</source>
        <translation>Frontends, Backends und Server von HAProxy; drain|ready|maint KNOTEN oder BACKEND/SERVER, weight BACKEND/SERVER N, checks on|off BACKEND/SERVER; config show, check DATEI, install DATEI (auf jedem Knoten geprüft, neu geladen, zurückgerollt, wenn das Neuladen scheitert)</translation>
    </message>
    <message>
        <source>--segment takes SUBNET=ROLE[:NAME], one of the roles %1</source>
        <translation>--segment erwartet SUBNETZ=ROLLE[:NAME], eine der Rollen %1</translation>
    </message>
    <message>
        <source>usage: hadeskctl [--ssh-config FILE] network HOST [--json] [--segment SUBNET=ROLE[:NAME]]...</source>
        <translation>usage: hadeskctl [--ssh-config FILE] network HOST [--json] [--segment SUBNET=ROLE[:NAME]]...</translation>
    </message>
    <message>
        <source>%1: DRBD&apos;s configuration could not be read: %2</source>
        <translation>%1: die DRBD-Konfiguration konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der Zeit</translation>
    </message>
    <message>
        <source>%1 has no DRBD resources configured</source>
        <translation>%1 hat keine DRBD-Ressourcen konfiguriert</translation>
    </message>
    <message>
        <source>no cluster state (%1)</source>
        <translation>kein Clusterzustand (%1)</translation>
    </message>
    <message>
        <source>no DRBD state from every node in time: %1</source>
        <translation>nicht von jedem Knoten rechtzeitig einen DRBD-Zustand: %1</translation>
    </message>
    <message>
        <source>no DRBD resource %1 on %2&apos;s nodes</source>
        <translation>keine DRBD-Ressource %1 auf den Knoten von %2</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that these risks are accepted</source>
        <translation>hadeskctl: nicht ausgeführt: mit --yes bestätigen, dass diese Risiken akzeptiert werden</translation>
    </message>
    <message>
        <source>Recovery: %1&apos;s changes since the split are discarded; it resyncs from %2</source>
        <translation>Wiederherstellung: die Änderungen von %1 seit der Trennung werden verworfen; es synchronisiert neu von %2</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that %1&apos;s changes are to be discarded</source>
        <translation>hadeskctl: nicht ausgeführt: mit --yes bestätigen, dass die Änderungen von %1 verworfen werden sollen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DRBD resource name</source>
        <translation>&apos;%1&apos; ist kein DRBD-Ressourcenname</translation>
    </message>
    <message>
        <source>Pacemaker does not run %1: use &apos;primary&apos; on the node</source>
        <translation>Pacemaker betreibt %1 nicht: &apos;primary&apos; auf dem Knoten verwenden</translation>
    </message>
    <message>
        <source>DRBD resources on HOST&apos;s DRBD nodes: roles, disks, links, sync progress with rate and ETA, warnings; drbdadm actions with their risks confirmed (--yes), promote through Pacemaker, split-brain recovery</source>
        <translation>DRBD-Ressourcen auf den DRBD-Knoten von HOST: Rollen, Platten, Verbindungen, Synchronisationsfortschritt mit Rate und Restzeit, Warnungen; drbdadm-Aktionen mit bestätigten Risiken (--yes), Hochstufen über Pacemaker, Split-Brain-Wiederherstellung</translation>
    </message>
    <message>
        <source>connected and in sync</source>
        <translation>verbunden und synchron</translation>
    </message>
    <message>
        <source>hadeskctl: not in sync in time; see the state above</source>
        <translation>hadeskctl: nicht rechtzeitig synchron; siehe Zustand oben</translation>
    </message>
    <message>
        <source>%1 on %2, written to %3:</source>
        <translation>%1 auf %2, geschrieben nach %3:</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that DRBD metadata is to be written on %1 of %2</source>
        <translation>hadeskctl: nicht ausgeführt: mit --yes bestätigen, dass DRBD-Metadaten auf %1 von %2 geschrieben werden sollen</translation>
    </message>
    <message>
        <source>Pacemaker runs %1 as %2: remove it from the cluster first</source>
        <translation>Pacemaker verwaltet %1 als %2: zuerst aus dem Cluster entfernen</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that %1 is to be taken down and its configuration removed on %2</source>
        <translation>hadeskctl: nicht ausgeführt: mit --yes bestätigen, dass %1 auf %2 heruntergefahren und seine Konfiguration entfernt werden soll</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
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
        <translation>%1 nach einem Split Brain auf %2 wiederherstellen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>usage: hadeskctl haproxy HOST config [show | check FILE | install FILE [--expect SHA256]]</source>
        <translation>usage: hadeskctl haproxy HOST config [show | check FILE | install FILE [--expect SHA256]]</translation>
    </message>
    <message>
        <source>no node runs HAProxy</source>
        <translation>auf keinem Knoten läuft HAProxy</translation>
    </message>
    <message>
        <source>hadeskctl: the file on %1 is different (this is %2&apos;s)</source>
        <translation>hadeskctl: die Datei auf %1 ist anders (dies ist die von %2)</translation>
    </message>
    <message>
        <source>the file on %1 is not the one with SHA-256 %2: nothing was changed</source>
        <translation>die Datei auf %1 ist nicht die mit SHA-256 %2: nichts wurde geändert</translation>
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
        <translation>kein HAProxy hat geantwortet: %1</translation>
    </message>
    <message>
        <source>this cluster is read-only</source>
        <translation>dieser Cluster ist nur lesbar</translation>
    </message>
    <message>
        <source>%1 is read-only: no changes from here</source>
        <translation>%1 ist schreibgeschützt: von hier keine Änderungen</translation>
    </message>
    <message>
        <source>%1 is a cluster: name the node to run drbdadm on</source>
        <translation>%1 ist ein Cluster: nennen Sie den Knoten, auf dem drbdadm laufen soll</translation>
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
        <translation>Aufruf: hadeskctl drill list
       hadeskctl drill show NAME|PLAN.json [PARAMETERS]
       hadeskctl drill HOST run NAME|PLAN.json [PARAMETERS] [--report DIR] [--yes] [--dry-run] [--restore-placement]
       hadeskctl drill HOST history [--json]
PARAMETERS: --resource R, --node N, --segment internal|external|all|SUBNET, --drbd RES, --process PATTERN,
            --inject CMD ARG... -- --undo CMD ARG... -- (jede Argumentliste endet an einem einzelnen --),
            --max-outage MS, --ends-on NODE, --zero-failed SERVICE, --observe SECONDS, --settle SECONDS,
            --write-check NAME=URL (nummerierte Datensätze vor und während des Fehlers per PUT an URL, danach zurückgelesen),
            --probe NAME=IP:PORT or NAME=http://IP:PORT/PATH (zusätzlich zu den Diensten des Clusters geprüft),
            --probe-from NODE (jede Probe auch von diesem Knoten gesendet, nach seiner Uhr)</translation>
    </message>
    <message>
        <source>%1 needs a command and its arguments</source>
        <translation>%1 braucht einen Befehl und seine Argumente</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is for a ready-made drill; a plan file gives its own faults</source>
        <translation>--%1 ist für eine vorgefertigte Übung; eine Plandatei gibt ihre eigenen Fehler an</translation>
    </message>
    <message>
        <source>%1 takes NAME=%2, not &apos;%3&apos;</source>
        <translation>%1 nimmt NAME=%2, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <source>drill %1 on %2: %3</source>
        <translation>Übung %1 auf %2: %3</translation>
    </message>
    <message>
        <source>  Pacemaker predicts: %1</source>
        <translation>  Pacemaker sagt voraus: %1</translation>
    </message>
    <message>
        <source>  no prediction: %1</source>
        <translation>  keine Vorhersage: %1</translation>
    </message>
    <message>
        <source>  %1 %2: outage %3 ms [%4, %5], %6 of %7 probes failed, recovered after %8 ms</source>
        <translation>  %1 %2: Ausfall %3 ms [%4, %5], %6 von %7 Proben fehlgeschlagen, erholt nach %8 ms</translation>
    </message>
    <message>
        <source>  restored: configuration as before, every resource runs</source>
        <translation>  wiederhergestellt: Konfiguration wie vorher, jede Ressource läuft</translation>
    </message>
    <message>
        <source>  NOT restored: %1</source>
        <translation>  NICHT wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>worst outage %1 ms (%2)</source>
        <translation>schlechtester Ausfall %1 ms (%2)</translation>
    </message>
    <message>
        <source>This drill breaks the cluster %1 on purpose (%2). Type the cluster&apos;s name to go on: </source>
        <translation>Diese Übung stört den Cluster %1 absichtlich (%2). Zum Fortfahren den Namen des Clusters eingeben: </translation>
    </message>
    <message>
        <source>hadeskctl: not started: the name did not match</source>
        <translation>hadeskctl: nicht gestartet: der Name stimmte nicht</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>the ready-made failover drills; a drill&apos;s plan as JSON</source>
        <translation>die vorgefertigten Failover-Übungen; der Plan einer Übung als JSON</translation>
    </message>
    <message>
        <source>break the cluster on purpose, measure each service&apos;s outage from here, recover, prove it restored and report (--report DIR, --yes, --dry-run); exit 1 an expectation failed, 2 refused or aborted, 3 not proven restored</source>
        <translation>den Cluster absichtlich stören, den Ausfall jedes Dienstes von hier messen, wiederherstellen, die Wiederherstellung nachweisen und berichten (--report DIR, --yes, --dry-run); Exit 1: eine Erwartung verfehlt, 2: abgelehnt oder abgebrochen, 3: Wiederherstellung nicht nachgewiesen</translation>
    </message>
    <message>
        <source>every drill run on the cluster, with its result and worst outage</source>
        <translation>jede auf dem Cluster gelaufene Übung, mit Ergebnis und schlechtestem Ausfall</translation>
    </message>
    <message>
        <source>hadeskctl: %1 Not asked without a terminal: give --yes.</source>
        <translation>hadeskctl: %1 Ohne Terminal wird nicht gefragt: --yes angeben.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [y/N] </translation>
    </message>
    <message>
        <source>hadeskctl: setup refused, nothing was changed:</source>
        <translation>hadeskctl: Einrichtung abgelehnt, nichts wurde geändert:</translation>
    </message>
    <message>
        <source>Take %1 back to bare hosts (%2)?</source>
        <translation>%1 wieder zu blanken Hosts machen (%2)?</translation>
    </message>
    <message>
        <source>%1 undone: %2 change(s) taken back in %3 s</source>
        <translation>%1 rückgängig gemacht: %2 Änderung(en) in %3 s zurückgenommen</translation>
    </message>
    <message>
        <source>hadeskctl: the review failed: %1</source>
        <translation>hadeskctl: die Durchsicht ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Apply these changes to %1 (%2)?</source>
        <translation>Diese Änderungen auf %1 anwenden (%2)?</translation>
    </message>
    <message>
        <source>setup of %1 stopped: %2</source>
        <translation>Einrichtung von %1 angehalten: %2</translation>
    </message>
    <message>
        <source>Run it again to continue from there, or undo it: hadeskctl setup --undo PLAN</source>
        <translation>Erneut ausführen, um dort fortzufahren, oder rückgängig machen: hadeskctl setup --undo PLAN</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>überprüft: %1</translation>
    </message>
    <message>
        <source>%1 is as the plan says: nothing changed</source>
        <translation>%1 entspricht dem Plan: nichts geändert</translation>
    </message>
    <message>
        <source>%1 set up: %2 change(s), verified, in %3 s</source>
        <translation>%1 eingerichtet: %2 Änderung(en), überprüft, in %3 s</translation>
    </message>
    <message>
        <source>hadeskctl: setup example needs at least two hosts</source>
        <translation>hadeskctl: setup example braucht mindestens zwei Hosts</translation>
    </message>
    <message>
        <source>hadeskctl: unexpected &apos;%1&apos;</source>
        <translation>hadeskctl: unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>hadeskctl: %1 refused:</source>
        <translation>hadeskctl: %1 abgelehnt:</translation>
    </message>
    <message>
        <source>a commented starting plan for building a cluster on these hosts</source>
        <translation>ein kommentierter Ausgangsplan für den Aufbau eines Clusters auf diesen Hosts</translation>
    </message>
    <message>
        <source>bare hosts to a running HA stack: checks, link test, review, then each step (resumable); exit 1 failed and undone, 2 refused by a check</source>
        <translation>von blanken Hosts zu einem laufenden HA-Stack: Prüfungen, Link-Test, Durchsicht, dann jeder Schritt (fortsetzbar); Exit 1: fehlgeschlagen und rückgängig gemacht, 2: von einer Prüfung abgelehnt</translation>
    </message>
    <message>
        <source>take a cluster HAdesk built back to bare hosts (what its journal says it did)</source>
        <translation>einen von HAdesk gebauten Cluster wieder zu blanken Hosts machen (was sein Journal als getan verzeichnet)</translation>
    </message>
    <message>
        <source>Removing %1 from %2 (%3 stay):</source>
        <translation>%1 wird aus %2 entfernt (%3 bleiben):</translation>
    </message>
    <message>
        <source>Take %1 out of %2?</source>
        <translation>%1 aus %2 herausnehmen?</translation>
    </message>
    <message>
        <source>%1 removed from %2 in %3 s, the rest verified. The cluster&apos;s plan now:</source>
        <translation>%1 in %3 s aus %2 entfernt, der Rest überprüft. Der Plan des Clusters jetzt:</translation>
    </message>
    <message>
        <source>hadeskctl: %1 must be a node of the plan, and two nodes must stay</source>
        <translation>hadeskctl: %1 muss ein Knoten des Plans sein, und zwei Knoten müssen bleiben</translation>
    </message>
    <message>
        <source>hadeskctl: %1 is not a node of the plan: add it to cluster.nodes (and fencing.devices) first</source>
        <translation>hadeskctl: %1 ist kein Knoten des Plans: zuerst in cluster.nodes (und fencing.devices) eintragen</translation>
    </message>
    <message>
        <source>add a host to a running cluster HAdesk built: the plan with the node in it, corosync reloaded</source>
        <translation>einen Host zu einem laufenden, von HAdesk gebauten Cluster hinzufügen: der Plan mit dem Knoten, corosync neu geladen</translation>
    </message>
    <message>
        <source>take a node out of a running cluster HAdesk built: resources moved off, its setup undone, corosync reloaded</source>
        <translation>einen Knoten aus einem laufenden, von HAdesk gebauten Cluster nehmen: Ressourcen wegverschoben, seine Einrichtung rückgängig, corosync neu geladen</translation>
    </message>
    <message>
        <source>usage: hadeskctl setup example HOST...
       hadeskctl setup [--dry-run] [--yes] PLAN
       hadeskctl setup --undo [--yes] PLAN
       hadeskctl setup add-node [--dry-run] [--yes] PLAN NODE
       hadeskctl setup remove-node [--dry-run] [--yes] PLAN NODE
PLAN is a JSON file (docs/setup.md); HOST and the plan&apos;s &quot;ssh&quot; are reached through --ssh-config.</source>
        <translation>Aufruf: hadeskctl setup example HOST...
       hadeskctl setup [--dry-run] [--yes] PLAN
       hadeskctl setup --undo [--yes] PLAN
       hadeskctl setup add-node [--dry-run] [--yes] PLAN NODE
       hadeskctl setup remove-node [--dry-run] [--yes] PLAN NODE
PLAN ist eine JSON-Datei (docs/setup.md); HOST und das &quot;ssh&quot; des Plans werden über --ssh-config erreicht.</translation>
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
    <message>
        <source>Open the cluster of this host (or of this name).</source>
        <translation>Den Cluster dieses Hosts (oder dieses Namens) öffnen.</translation>
    </message>
    <message>
        <source>Once the cluster has loaded, save the window as this PNG and exit.</source>
        <translation>Sobald der Cluster geladen ist, das Fenster als dieses PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Open a saved CIB offline, read-only (may be given more than once).</source>
        <translation>Eine gespeicherte CIB offline und schreibgeschützt öffnen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Colours: desktop (the default: as the desktop says), light or dark.</source>
        <translation>Farben: desktop (Vorgabe: wie der Desktop sagt), light (hell) oder dark (dunkel).</translation>
    </message>
    <message>
        <source>Wait this many seconds after loading before the screenshot (default 0.5).</source>
        <translation>So viele Sekunden nach dem Laden vor dem Bildschirmfoto warten (Standard 0,5).</translation>
    </message>
    <message>
        <source>Only these hosts of --ssh-config (comma-separated) make the cluster.</source>
        <translation>Nur diese Hosts aus --ssh-config (durch Kommas getrennt) bilden den Cluster.</translation>
    </message>
    <message>
        <source>The view to show: overview, graph, network, haproxy, drbd, resources, placement, events or commands.</source>
        <translation>Die anzuzeigende Ansicht: overview, graph, network, haproxy, drbd, resources, placement, events oder commands.</translation>
    </message>
</context>
</TS>
