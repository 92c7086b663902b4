<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DrbdOperations</name>
    <message>
        <source>&apos;%1&apos; is not a DRBD resource name</source>
        <translation>&apos;%1&apos; is not a DRBD resource name</translation>
    </message>
    <message>
        <source>drbdadm %1 %2 on %3</source>
        <translation>drbdadm %1 %2 on %3</translation>
    </message>
    <message>
        <source>%1 has no DRBD resource %2</source>
        <translation>%1 has no DRBD resource %2</translation>
    </message>
    <message>
        <source>Pacemaker runs %1 as %2: promote it through the cluster (move the promoted role to the node), not with drbdadm behind the cluster&apos;s back</source>
        <translation>Pacemaker runs %1 as %2: promote it through the cluster (move the promoted role to the node), not with drbdadm behind the cluster&apos;s back</translation>
    </message>
    <message>
        <source>Forcing %1 primary makes its data the valid copy whatever its state (%2): changes only the other nodes have are lost when they connect</source>
        <translation>Forcing %1 primary makes its data the valid copy whatever its state (%2): changes only the other nodes have are lost when they connect</translation>
    </message>
    <message>
        <source>%1&apos;s changes since the split are discarded; it resyncs from its peer</source>
        <translation>%1&apos;s changes since the split are discarded; it resyncs from its peer</translation>
    </message>
    <message>
        <source>Pacemaker runs %1 as %2 and may react to this</source>
        <translation>Pacemaker runs %1 as %2 and may react to this</translation>
    </message>
    <message>
        <source>No node would hold UpToDate data of %1 afterwards</source>
        <translation>No node would hold UpToDate data of %1 afterwards</translation>
    </message>
    <message>
        <source>Only %1 would hold UpToDate data of %2 afterwards</source>
        <translation>Only %1 would hold UpToDate data of %2 afterwards</translation>
    </message>
    <message>
        <source>%1 is where Pacemaker has promoted %2: move the promoted role away before discarding its data</source>
        <translation>%1 is where Pacemaker has promoted %2: move the promoted role away before discarding its data</translation>
    </message>
    <message>
        <source>No node but %1 holds UpToDate data of %2: nothing to resync from</source>
        <translation>No node but %1 holds UpToDate data of %2: nothing to resync from</translation>
    </message>
</context>
<context>
    <name>DrbdOverview</name>
    <message>
        <source>Split brain on %1: its data and its peer&apos;s have diverged; choose the node whose changes are discarded and reconnect</source>
        <translation>Split brain on %1: its data and its peer&apos;s have diverged; choose the node whose changes are discarded and reconnect</translation>
    </message>
    <message>
        <source>I/O is suspended on %1 (%2): writes wait until it is resumed</source>
        <translation>I/O is suspended on %1 (%2): writes wait until it is resumed</translation>
    </message>
    <message>
        <source>Primary on %1 at once</source>
        <translation>Primary on %1 at once</translation>
    </message>
    <message>
        <source>%1 is StandAlone: it does not replicate to %2 until connected again</source>
        <translation>%1 is StandAlone: it does not replicate to %2 until connected again</translation>
    </message>
    <message>
        <source>The resync between %1 and %2 is paused</source>
        <translation>The resync between %1 and %2 is paused</translation>
    </message>
    <message>
        <source>%1 KiB differ between %2 and %3 (found by a verify): disconnect and connect to resync them</source>
        <translation>%1 KiB differ between %2 and %3 (found by a verify): disconnect and connect to resync them</translation>
    </message>
    <message>
        <source>%1 has no disk (Diskless): it reads and writes through its peer</source>
        <translation>%1 has no disk (Diskless): it reads and writes through its peer</translation>
    </message>
    <message>
        <source>%1&apos;s data is Outdated: it cannot take over until it has resynced</source>
        <translation>%1&apos;s data is Outdated: it cannot take over until it has resynced</translation>
    </message>
    <message>
        <source>%1&apos;s data is Inconsistent and no resync runs</source>
        <translation>%1&apos;s data is Inconsistent and no resync runs</translation>
    </message>
    <message>
        <source>Only %1 holds UpToDate data</source>
        <translation>Only %1 holds UpToDate data</translation>
    </message>
    <message>
        <source>No node holds UpToDate data</source>
        <translation>No node holds UpToDate data</translation>
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
        <translation>verify %1</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (paused)</translation>
    </message>
    <message>
        <source>verify from %1: %2 %, %3, ETA %4</source>
        <translation>verify from %1: %2 %, %3, ETA %4</translation>
    </message>
    <message>
        <source>resync from %1: %2 %, %3, ETA %4</source>
        <translation>resync from %1: %2 %, %3, ETA %4</translation>
    </message>
</context>
<context>
    <name>DrbdResourceCreator</name>
    <message>
        <source>&apos;%1&apos; is not a resource name HAdesk writes (letters, digits, . _ - only)</source>
        <translation>&apos;%1&apos; is not a resource name HAdesk writes (letters, digits, . _ - only)</translation>
    </message>
    <message>
        <source>the device minor must be between 0 and %1</source>
        <translation>the device minor must be between 0 and %1</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>the port must be between 1 and 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a block device path under /dev</source>
        <translation>&apos;%1&apos; is not a block device path under /dev</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resync rate (a number, optionally K, M or G)</source>
        <translation>&apos;%1&apos; is not a resync rate (a number, optionally K, M or G)</translation>
    </message>
    <message>
        <source>a resource needs two nodes</source>
        <translation>a resource needs two nodes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name</source>
        <translation>&apos;%1&apos; is not a host name</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (for %2) is not an IP address</source>
        <translation>&apos;%1&apos; (for %2) is not an IP address</translation>
    </message>
    <message>
        <source>every node needs a name and an address of its own</source>
        <translation>every node needs a name and an address of its own</translation>
    </message>
    <message>
        <source>the initial primary %1 is not one of the nodes</source>
        <translation>the initial primary %1 is not one of the nodes</translation>
    </message>
    <message>
        <source>choose the node the initial sync starts from, or skip the sync for empty disks</source>
        <translation>choose the node the initial sync starts from, or skip the sync for empty disks</translation>
    </message>
</context>
<context>
    <name>Events2Parser</name>
    <message>
        <source>&quot;%1&quot; is not a key:value field</source>
        <translation>&quot;%1&quot; is not a key:value field</translation>
    </message>
    <message>
        <source>%1:%2 is not a number</source>
        <translation>%1:%2 is not a number</translation>
    </message>
    <message>
        <source>not an events2 line: %1</source>
        <translation>not an events2 line: %1</translation>
    </message>
    <message>
        <source>no resource name in: %1</source>
        <translation>no resource name in: %1</translation>
    </message>
    <message>
        <source>no peer-node-id in: %1</source>
        <translation>no peer-node-id in: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>the DRBD state ends early (no &quot;exists -&quot; line): the output is cut short</source>
        <translation>the DRBD state ends early (no &quot;exists -&quot; line): the output is cut short</translation>
    </message>
    <message>
        <source>line %1: not DRBD status output: %2</source>
        <translation>line %1: not DRBD status output: %2</translation>
    </message>
</context>
<context>
    <name>HostChecks</name>
    <message>
        <source>%1: the setup agent reported nothing it found</source>
        <translation>%1: the setup agent reported nothing it found</translation>
    </message>
    <message>
        <source>HAdesk set it up for cluster &quot;%1&quot;: undo that first (hadeskctl setup --undo)</source>
        <translation>HAdesk set it up for cluster &quot;%1&quot;: undo that first (hadeskctl setup --undo)</translation>
    </message>
    <message>
        <source>it belongs to a cluster already (%1)</source>
        <translation>it belongs to a cluster already (%1)</translation>
    </message>
    <message>
        <source>its host name is &quot;%1&quot;, the plan calls it &quot;%2&quot;</source>
        <translation>its host name is &quot;%1&quot;, the plan calls it &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no systemctl: setup needs systemd&apos;s service manager</source>
        <translation>no systemctl: setup needs systemd&apos;s service manager</translation>
    </message>
    <message>
        <source>its clock is %1 s %2 this machine&apos;s (limit %3 s): set up NTP (chrony) first</source>
        <translation>its clock is %1 s %2 this machine&apos;s (limit %3 s): set up NTP (chrony) first</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>ahead of</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>behind</translation>
    </message>
    <message>
        <source>link %1&apos;s address %2 is not on any of its interfaces (%3)</source>
        <translation>link %1&apos;s address %2 is not on any of its interfaces (%3)</translation>
    </message>
    <message>
        <source>%1 does not resolve the name %2 (add it to /etc/hosts: %3)</source>
        <translation>%1 does not resolve the name %2 (add it to /etc/hosts: %3)</translation>
    </message>
    <message>
        <source>it resolves %1 to %2, the plan gives %3%4</source>
        <translation>it resolves %1 to %2, the plan gives %3%4</translation>
    </message>
    <message>
        <source> (the 127.0.1.1 line Debian&apos;s installer writes: point it at the link 0 address)</source>
        <translation> (the 127.0.1.1 line Debian&apos;s installer writes: point it at the link 0 address)</translation>
    </message>
    <message>
        <source>nftables has rules of its own: open %1 in them, then run again</source>
        <translation>nftables has rules of its own: open %1 in them, then run again</translation>
    </message>
    <message>
        <source>%1 %2 here, %3: every node needs the same version</source>
        <translation>%1 %2 here, %3: every node needs the same version</translation>
    </message>
    <message>
        <source>%1 missing and neither apt-get nor dnf to install them</source>
        <translation>%1 missing and neither apt-get nor dnf to install them</translation>
    </message>
    <message>
        <source>the fence agent %1 is not installed</source>
        <translation>the fence agent %1 is not installed</translation>
    </message>
    <message>
        <source>the VIP %1 (%2) is already an address of this host</source>
        <translation>the VIP %1 (%2) is already an address of this host</translation>
    </message>
    <message>
        <source>the nodes run different systems: %1</source>
        <translation>the nodes run different systems: %1</translation>
    </message>
    <message>
        <source>%1/%2 is outside every segment of %3 (%4 has %5)</source>
        <translation>%1/%2 is outside every segment of %3 (%4 has %5)</translation>
    </message>
    <message>
        <source>the plan puts it on %1, its segment is on %2</source>
        <translation>the plan puts it on %1, its segment is on %2</translation>
    </message>
    <message>
        <source>its segment is on differently named interfaces (%1): give &quot;interface&quot;</source>
        <translation>its segment is on differently named interfaces (%1): give &quot;interface&quot;</translation>
    </message>
    <message>
        <source>it is in a cluster already: it is not a node to add</source>
        <translation>it is in a cluster already: it is not a node to add</translation>
    </message>
    <message>
        <source>it does not run %1 as HAdesk built it: build the cluster first (hadeskctl setup)</source>
        <translation>it does not run %1 as HAdesk built it: build the cluster first (hadeskctl setup)</translation>
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
        <translation>%1 → %2 link %3 (%4 → %5): %6</translation>
    </message>
    <message>
        <source>%1 → %2 link %3: rtt %4/%5/%6 ms, jitter %7 ms, %8 of %9 lost, path MTU %10</source>
        <translation>%1 → %2 link %3: rtt %4/%5/%6 ms, jitter %7 ms, %8 of %9 lost, path MTU %10</translation>
    </message>
    <message>
        <source>%1: packets lost</source>
        <translation>%1: packets lost</translation>
    </message>
    <message>
        <source>%1: a path MTU this small slows every message</source>
        <translation>%1: a path MTU this small slows every message</translation>
    </message>
    <message>
        <source>%1 of %2 link measurements arrived</source>
        <translation>%1 of %2 link measurements arrived</translation>
    </message>
    <message>
        <source>%1 links measured, worst round trip %2 ms: timing &quot;%3&quot; suggested</source>
        <translation>%1 links measured, worst round trip %2 ms: timing &quot;%3&quot; suggested</translation>
    </message>
    <message>
        <source>the plan asks for the fast timing, but the links are not quick and steady enough for it</source>
        <translation>the plan asks for the fast timing, but the links are not quick and steady enough for it</translation>
    </message>
    <message>
        <source>nothing to measure</source>
        <translation>nothing to measure</translation>
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
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Restart</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Move to</translation>
    </message>
    <message>
        <source>&amp;Ban from</source>
        <translation>&amp;Ban from</translation>
    </message>
    <message>
        <source>Move &amp;away from %1</source>
        <translation>Move &amp;away from %1</translation>
    </message>
    <message>
        <source>&amp;Clear moves and bans</source>
        <translation>&amp;Clear moves and bans</translation>
    </message>
    <message>
        <source>Clean &amp;up failures</source>
        <translation>Clean &amp;up failures</translation>
    </message>
    <message>
        <source>U&amp;nmanage</source>
        <translation>U&amp;nmanage</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Manage</translation>
    </message>
    <message>
        <source>Leave maintenance</source>
        <translation>Leave maintenance</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>Delete Resource</translation>
    </message>
    <message>
        <source>Delete %1 from the configuration? Pacemaker stops it first.</source>
        <translation>Delete %1 from the configuration? Pacemaker stops it first.</translation>
    </message>
    <message>
        <source>Bring &amp;online</source>
        <translation>Bring &amp;online</translation>
    </message>
    <message>
        <source>Put in &amp;standby</source>
        <translation>Put in &amp;standby</translation>
    </message>
    <message>
        <source>Leave &amp;maintenance</source>
        <translation>Leave &amp;maintenance</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>&amp;Maintenance</translation>
    </message>
    <message>
        <source>Add &amp;Constraint…</source>
        <translation>Add &amp;Constraint…</translation>
    </message>
    <message>
        <source>Remove C&amp;onstraint</source>
        <translation>Remove C&amp;onstraint</translation>
    </message>
    <message>
        <source>Read-only: no changes from here (Cluster ▸ Read-only)</source>
        <translation>Read-only: no changes from here (Cluster ▸ Read-only)</translation>
    </message>
    <message>
        <source>Made by Pacemaker for its bundle: act on the bundle</source>
        <translation>Made by Pacemaker for its bundle: act on the bundle</translation>
    </message>
</context>
<context>
    <name>SetupConfigs</name>
    <message>
        <source>timing &quot;%1&quot;: corosync token %2 ms (%3 ms with %4 nodes), a lost node noticed after about %5 s; fencing allowed %6 s; services checked every %7 s</source>
        <translation>timing &quot;%1&quot;: corosync token %2 ms (%3 ms with %4 nodes), a lost node noticed after about %5 s; fencing allowed %6 s; services checked every %7 s</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source>must be an object of name: value</source>
        <translation>must be an object of name: value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter name</source>
        <translation>&quot;%1&quot; is not a parameter name</translation>
    </message>
    <message>
        <source>must be a string, a number or true/false</source>
        <translation>must be a string, a number or true/false</translation>
    </message>
    <message>
        <source>cannot read the plan: %1</source>
        <translation>cannot read the plan: %1</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>not JSON: %1 at offset %2</translation>
    </message>
    <message>
        <source>the plan must be a JSON object</source>
        <translation>the plan must be a JSON object</translation>
    </message>
    <message>
        <source>unknown key (known: cluster, fencing, vips, haproxy, storage, services)</source>
        <translation>unknown key (known: cluster, fencing, vips, haproxy, storage, services)</translation>
    </message>
    <message>
        <source>a name of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; is needed</source>
        <translation>a name of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; is needed</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timing profile (default or fast)</source>
        <translation>&quot;%1&quot; is not a timing profile (default or fast)</translation>
    </message>
    <message>
        <source>not a UDP port</source>
        <translation>not a UDP port</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node name</source>
        <translation>&quot;%1&quot; is not a node name</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host to connect to</source>
        <translation>&quot;%1&quot; is not a host to connect to</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot; is not an IPv4 address</translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation>%1 is used twice</translation>
    </message>
    <message>
        <source>one to eight corosync link addresses are needed</source>
        <translation>one to eight corosync link addresses are needed</translation>
    </message>
    <message>
        <source>a cluster needs at least two nodes</source>
        <translation>a cluster needs at least two nodes</translation>
    </message>
    <message>
        <source>more than 32 nodes: corosync does not support it</source>
        <translation>more than 32 nodes: corosync does not support it</translation>
    </message>
    <message>
        <source>%1 has %2 links, %3 has %4: every node needs the same links</source>
        <translation>%1 has %2 links, %3 has %4: every node needs the same links</translation>
    </message>
    <message>
        <source>a fence agent is needed (fence_ipmilan, say); &quot;enabled&quot;: false only knowingly</source>
        <translation>a fence agent is needed (fence_ipmilan, say); &quot;enabled&quot;: false only knowingly</translation>
    </message>
    <message>
        <source>not a node of the cluster</source>
        <translation>not a node of the cluster</translation>
    </message>
    <message>
        <source>%1 has no fence device</source>
        <translation>%1 has no fence device</translation>
    </message>
    <message>
        <source>the node to test-fence is needed (&quot;test&quot;: false skips the test, unsafely)</source>
        <translation>the node to test-fence is needed (&quot;test&quot;: false skips the test, unsafely)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>&quot;%1&quot; is not an id (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <source>%1 is already used</source>
        <translation>%1 is already used</translation>
    </message>
    <message>
        <source>a prefix length from 1 to 32 is needed</source>
        <translation>a prefix length from 1 to 32 is needed</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name</source>
        <translation>&quot;%1&quot; is not an interface name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset</source>
        <translation>&quot;%1&quot; is not a preset</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template (active-standby, active-active)</source>
        <translation>&quot;%1&quot; is not a template (active-standby, active-active)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agent (ocf:provider:type, systemd:unit...)</source>
        <translation>&quot;%1&quot; is not an agent (ocf:provider:type, systemd:unit...)</translation>
    </message>
    <message>
        <source>not a TCP port</source>
        <translation>not a TCP port</translation>
    </message>
    <message>
        <source>an HTTP path such as /health is needed</source>
        <translation>an HTTP path such as /health is needed</translation>
    </message>
    <message>
        <source>no VIP %1 in vips</source>
        <translation>no VIP %1 in vips</translation>
    </message>
    <message>
        <source>an active/active service is reached through a frontend, not a VIP of its own</source>
        <translation>an active/active service is reached through a frontend, not a VIP of its own</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agent</source>
        <translation>&quot;%1&quot; is not an agent</translation>
    </message>
    <message>
        <source>%1 is the id of HAProxy&apos;s clone: name it otherwise</source>
        <translation>%1 is the id of HAProxy&apos;s clone: name it otherwise</translation>
    </message>
    <message>
        <source>%1 port %2 is bound twice</source>
        <translation>%1 port %2 is bound twice</translation>
    </message>
    <message>
        <source>no service %1 in services</source>
        <translation>no service %1 in services</translation>
    </message>
    <message>
        <source>%1 has no port for HAProxy to reach</source>
        <translation>%1 has no port for HAProxy to reach</translation>
    </message>
    <message>
        <source>DRBD storage in a setup plan is not supported yet: set it up with hadeskctl drbd once the cluster runs</source>
        <translation>DRBD storage in a setup plan is not supported yet: set it up with hadeskctl drbd once the cluster runs</translation>
    </message>
    <message>
        <source>a corosync nodeid is a positive number</source>
        <translation>a corosync nodeid is a positive number</translation>
    </message>
    <message>
        <source>nodeid %1 is %2&apos;s already</source>
        <translation>nodeid %1 is %2&apos;s already</translation>
    </message>
</context>
<context>
    <name>hadesk::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Through</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>hadesk::ClusterSession</name>
    <message>
        <source>&apos;%1&apos; is not a server state (ready, drain or maint)</source>
        <translation>&apos;%1&apos; is not a server state (ready, drain or maint)</translation>
    </message>
    <message>
        <source>no HAProxy has answered yet</source>
        <translation>no HAProxy has answered yet</translation>
    </message>
    <message>
        <source>No HAProxy server stands for %1.</source>
        <translation>No HAProxy server stands for %1.</translation>
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
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entry %1</translation>
    </message>
    <message>
        <source>Skipped unreadable clusters in %1: %2</source>
        <translation>Skipped unreadable clusters in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid cluster name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>&apos;%1&apos; is not a valid cluster name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</translation>
    </message>
    <message>
        <source>A cluster named &apos;%1&apos; already exists</source>
        <translation>A cluster named &apos;%1&apos; already exists</translation>
    </message>
    <message>
        <source>Cluster &apos;%1&apos; has no nodes</source>
        <translation>Cluster &apos;%1&apos; has no nodes</translation>
    </message>
    <message>
        <source>There is no cluster named &apos;%1&apos;</source>
        <translation>There is no cluster named &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 names no host &apos;%2&apos;</source>
        <translation>%1 names no host &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 names no concrete hosts</source>
        <translation>%1 names no concrete hosts</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::ClusterTreeModel</name>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reached through %1</source>
        <translation>Reached through %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
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
        <translation>Started</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>hadesk::Language</name>
    <message>
        <source>No translation for &apos;%1&apos;; available: %2</source>
        <translation>No translation for &apos;%1&apos;; available: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::NodeAddressConfig</name>
    <message>
        <source>Name at least one node.</source>
        <translation>Name at least one node.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name, an address or an SSH alias.</source>
        <translation>&apos;%1&apos; is not a host name, an address or an SSH alias.</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>%1 is named twice.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name.</source>
        <translation>&apos;%1&apos; is not a valid user name.</translation>
    </message>
    <message>
        <source>%1 is not a port number.</source>
        <translation>%1 is not a port number.</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Choose the private key file.</translation>
    </message>
    <message>
        <source>The key file&apos;s path cannot contain quotes, &apos;%&apos; or line breaks.</source>
        <translation>The key file&apos;s path cannot contain quotes, &apos;%&apos; or line breaks.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Cannot read the key file %1.</translation>
    </message>
</context>
<context>
    <name>hadesk::SegmentLabel</name>
    <message>
        <source>&apos;%1&apos; is not a subnet like 198.19.0.0/24</source>
        <translation>&apos;%1&apos; is not a subnet like 198.19.0.0/24</translation>
    </message>
    <message>
        <source>A segment&apos;s name is one line of at most 40 characters</source>
        <translation>A segment&apos;s name is one line of at most 40 characters</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a segment role (%2)</source>
        <translation>&apos;%1&apos; is not a segment role (%2)</translation>
    </message>
</context>
<context>
    <name>hadesk::ServiceHealth</name>
    <message>
        <source>%1 %2 is not running</source>
        <translation>%1 %2 is not running</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 on %3</translation>
    </message>
    <message>
        <source>%1 :%2</source>
        <translation>%1 :%2</translation>
    </message>
    <message>
        <source>(nothing listens on %1)</source>
        <translation>(nothing listens on %1)</translation>
    </message>
    <message>
        <source>%1: not read</source>
        <translation>%1: not read</translation>
    </message>
    <message>
        <source>%1: %2/%3 servers up</source>
        <translation>%1: %2/%3 servers up</translation>
    </message>
    <message>
        <source>DRBD %1: %2/%3 replicas UpToDate</source>
        <translation>DRBD %1: %2/%3 replicas UpToDate</translation>
    </message>
    <message>
        <source>Primary on %1</source>
        <translation>Primary on %1</translation>
    </message>
    <message>
        <source>(%1 not read yet)</source>
        <translation>(%1 not read yet)</translation>
    </message>
</context>
<context>
    <name>hadesk::Startup</name>
    <message>
        <source>User interface language (e.g. de, it, ko); default: the system&apos;s.</source>
        <translation>User interface language (e.g. de, it, ko); default: the system&apos;s.</translation>
    </message>
    <message>
        <source>Cluster list file; default: %1.</source>
        <translation>Cluster list file; default: %1.</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::DrbdActionJob</name>
    <message>
        <source>already %1</source>
        <translation>already %1</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::DrbdCreateJob</name>
    <message>
        <source>Create DRBD resource %1</source>
        <translation>Create DRBD resource %1</translation>
    </message>
    <message>
        <source>check the resource</source>
        <translation>check the resource</translation>
    </message>
    <message>
        <source>check that %1 and %2 are free</source>
        <translation>check that %1 and %2 are free</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>write %1</translation>
    </message>
    <message>
        <source>check the configuration with %1 (drbdadm -d)</source>
        <translation>check the configuration with %1 (drbdadm -d)</translation>
    </message>
    <message>
        <source>install %1</source>
        <translation>install %1</translation>
    </message>
    <message>
        <source>(the DRBD metadata written on %1 stays; drbdadm wipe-md removes it)</source>
        <translation>(the DRBD metadata written on %1 stays; drbdadm wipe-md removes it)</translation>
    </message>
    <message>
        <source>create DRBD metadata on %1</source>
        <translation>create DRBD metadata on %1</translation>
    </message>
    <message>
        <source>bring %1 up</source>
        <translation>bring %1 up</translation>
    </message>
    <message>
        <source>wait for the nodes to connect</source>
        <translation>wait for the nodes to connect</translation>
    </message>
    <message>
        <source>(check the addresses and the firewall) %1</source>
        <translation>(check the addresses and the firewall) %1</translation>
    </message>
    <message>
        <source>skip the initial sync (the disks are empty)</source>
        <translation>skip the initial sync (the disks are empty)</translation>
    </message>
    <message>
        <source>make %1 Primary</source>
        <translation>make %1 Primary</translation>
    </message>
    <message>
        <source>start the initial sync from here (primary --force)</source>
        <translation>start the initial sync from here (primary --force)</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::DrbdRemoveJob</name>
    <message>
        <source>Remove DRBD resource %1</source>
        <translation>Remove DRBD resource %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resource name HAdesk writes (letters, digits, . _ - only)</source>
        <translation>&apos;%1&apos; is not a resource name HAdesk writes (letters, digits, . _ - only)</translation>
    </message>
    <message>
        <source>check the resource</source>
        <translation>check the resource</translation>
    </message>
    <message>
        <source>check that HAdesk wrote %1</source>
        <translation>check that HAdesk wrote %1</translation>
    </message>
    <message>
        <source>take %1 down</source>
        <translation>take %1 down</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>remove %1</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::DrbdResourceModel</name>
    <message>
        <source>Secondary everywhere</source>
        <translation>Secondary everywhere</translation>
    </message>
    <message>
        <source>Primary on %1</source>
        <translation>Primary on %1</translation>
    </message>
    <message>
        <source>%1 KiB out of sync</source>
        <translation>%1 KiB out of sync</translation>
    </message>
    <message>
        <source>not run by Pacemaker</source>
        <translation>not run by Pacemaker</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>no connection to %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 (split brain)</source>
        <translation>%1 (split brain)</translation>
    </message>
    <message>
        <source>%1 (I/O suspended: %2)</source>
        <translation>%1 (I/O suspended: %2)</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>promoted</translation>
    </message>
    <message>
        <source>not promoted</source>
        <translation>not promoted</translation>
    </message>
    <message>
        <source>Resource / node</source>
        <translation>Resource / node</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replication</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
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
        <translation>%1: a DRBD event could not be read: %2</translation>
    </message>
    <message>
        <source>%1: DRBD&apos;s progress could not be read: %2</source>
        <translation>%1: DRBD&apos;s progress could not be read: %2</translation>
    </message>
    <message>
        <source>DRBD (drbdsetup events2)</source>
        <translation>DRBD (drbdsetup events2)</translation>
    </message>
    <message>
        <source>%1 has no DRBD kernel module</source>
        <translation>%1 has no DRBD kernel module</translation>
    </message>
    <message>
        <source>%1: the DRBD event stream stopped: %2</source>
        <translation>%1: the DRBD event stream stopped: %2</translation>
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
        <translation>the partition the console reads has quorum</translation>
    </message>
    <message>
        <source>the cluster has no quorum</source>
        <translation>the cluster has no quorum</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 on %3</translation>
    </message>
    <message>
        <source>no failed actions</source>
        <translation>no failed actions</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>clean these up first: %1</source>
        <translation>clean these up first: %1</translation>
    </message>
    <message>
        <source>nothing in transition</source>
        <translation>nothing in transition</translation>
    </message>
    <message>
        <source>no action pending</source>
        <translation>no action pending</translation>
    </message>
    <message>
        <source>still pending: %1</source>
        <translation>still pending: %1</translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation>the cluster</translation>
    </message>
    <message>
        <source>not in maintenance</source>
        <translation>not in maintenance</translation>
    </message>
    <message>
        <source>the cluster manages its resources</source>
        <translation>the cluster manages its resources</translation>
    </message>
    <message>
        <source>in maintenance: %1</source>
        <translation>in maintenance: %1</translation>
    </message>
    <message>
        <source>every node online</source>
        <translation>every node online</translation>
    </message>
    <message>
        <source>all %1 member nodes online and active</source>
        <translation>all %1 member nodes online and active</translation>
    </message>
    <message>
        <source>not online and active: %1</source>
        <translation>not online and active: %1</translation>
    </message>
    <message>
        <source>fencing</source>
        <translation>fencing</translation>
    </message>
    <message>
        <source>stonith-enabled is false: a lost node would not be fenced</source>
        <translation>stonith-enabled is false: a lost node would not be fenced</translation>
    </message>
    <message>
        <source>no fence device runs</source>
        <translation>no fence device runs</translation>
    </message>
    <message>
        <source>enabled, with a fence device running</source>
        <translation>enabled, with a fence device running</translation>
    </message>
    <message>
        <source>DRBD peers UpToDate</source>
        <translation>DRBD peers UpToDate</translation>
    </message>
    <message>
        <source>every replica UpToDate</source>
        <translation>every replica UpToDate</translation>
    </message>
    <message>
        <source>not every replica UpToDate: %1</source>
        <translation>not every replica UpToDate: %1</translation>
    </message>
    <message>
        <source>a node to take over from %1</source>
        <translation>a node to take over from %1</translation>
    </message>
    <message>
        <source>no other node is online and active: the services would have no copy</source>
        <translation>no other node is online and active: the services would have no copy</translation>
    </message>
    <message>
        <source>%1 can take over</source>
        <translation>%1 can take over</translation>
    </message>
    <message>
        <source>another HAProxy besides %1</source>
        <translation>another HAProxy besides %1</translation>
    </message>
    <message>
        <source>no other node&apos;s HAProxy answers: the frontends would have no copy</source>
        <translation>no other node&apos;s HAProxy answers: the frontends would have no copy</translation>
    </message>
    <message>
        <source>HAProxy answers on %1</source>
        <translation>HAProxy answers on %1</translation>
    </message>
    <message>
        <source>%1 has a primary</source>
        <translation>%1 has a primary</translation>
    </message>
    <message>
        <source>Primary on %1</source>
        <translation>Primary on %1</translation>
    </message>
    <message>
        <source>no node is Primary</source>
        <translation>no node is Primary</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pending</source>
        <translation>
            <numerusform>%n action pending</numerusform>
            <numerusform>%n actions pending</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not back online</source>
        <translation>%1 is not back online</translation>
    </message>
    <message>
        <source>%1 does not run everywhere it ran</source>
        <translation>%1 does not run everywhere it ran</translation>
    </message>
    <message>
        <source>failed actions are left</source>
        <translation>failed actions are left</translation>
    </message>
    <message>
        <source>DRBD %1 is not seen on every node again</source>
        <translation>DRBD %1 is not seen on every node again</translation>
    </message>
    <message>
        <source>DRBD %1: split brain on %2</source>
        <translation>DRBD %1: split brain on %2</translation>
    </message>
    <message>
        <source>DRBD %1 is not connected between %2 and %3</source>
        <translation>DRBD %1 is not connected between %2 and %3</translation>
    </message>
    <message>
        <source>DRBD %1 is not UpToDate everywhere yet</source>
        <translation>DRBD %1 is not UpToDate everywhere yet</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillLibrary</name>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 must be a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>fault %1: %2</source>
        <translation>fault %1: %2</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unknown kind &quot;%1&quot;</translation>
    </message>
    <message>
        <source>inject and undo are lists of arguments (strings), never a shell line</source>
        <translation>inject and undo are lists of arguments (strings), never a shell line</translation>
    </message>
    <message>
        <source>resource must be a resource id, not &quot;%1&quot;</source>
        <translation>resource must be a resource id, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>node must be a node&apos;s name, not &quot;%1&quot;</source>
        <translation>node must be a node&apos;s name, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>segment must be internal, external, all or a subnet, not &quot;%1&quot;</source>
        <translation>segment must be internal, external, all or a subnet, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>drbd must be a DRBD resource&apos;s name, not &quot;%1&quot;</source>
        <translation>drbd must be a DRBD resource&apos;s name, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a command fault needs both inject and undo, each a list of arguments</source>
        <translation>a command fault needs both inject and undo, each a list of arguments</translation>
    </message>
    <message>
        <source>process must be one line of at most 200 characters</source>
        <translation>process must be one line of at most 200 characters</translation>
    </message>
    <message>
        <source>name must be one line of at most 80 characters without &apos;/&apos;</source>
        <translation>name must be one line of at most 80 characters without &apos;/&apos;</translation>
    </message>
    <message>
        <source>faults must list at least one fault</source>
        <translation>faults must list at least one fault</translation>
    </message>
    <message>
        <source>probes.extra: from must be a node&apos;s name, not &quot;%1&quot;</source>
        <translation>probes.extra: from must be a node&apos;s name, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>probes.extra: each needs a name, an address IP:PORT and a path from /, not &quot;%1&quot;</source>
        <translation>probes.extra: each needs a name, an address IP:PORT and a path from /, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>probes.%1 must be a list of names</source>
        <translation>probes.%1 must be a list of names</translation>
    </message>
    <message>
        <source>probes.from_nodes: each must be a node&apos;s name, once, not &quot;%1&quot;</source>
        <translation>probes.from_nodes: each must be a node&apos;s name, once, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expectations: ends_on must be a node&apos;s name, not &quot;%1&quot;</source>
        <translation>expectations: ends_on must be a node&apos;s name, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>writes: each needs a name and an http:// URL of a folder, not &quot;%1&quot;</source>
        <translation>writes: each needs a name and an http:// URL of a folder, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>standby the node running a resource (planned)</source>
        <translation>standby the node running a resource (planned)</translation>
    </message>
    <message>
        <source>fence the node running a resource through the cluster&apos;s own fencing</source>
        <translation>fence the node running a resource through the cluster&apos;s own fencing</translation>
    </message>
    <message>
        <source>cut one node off a segment with packet filtering on the node</source>
        <translation>cut one node off a segment with packet filtering on the node</translation>
    </message>
    <message>
        <source>kill -9 a resource&apos;s process on its node</source>
        <translation>kill -9 a resource&apos;s process on its node</translation>
    </message>
    <message>
        <source>make a resource&apos;s monitor fail (crm_resource --fail)</source>
        <translation>make a resource&apos;s monitor fail (crm_resource --fail)</translation>
    </message>
    <message>
        <source>stop HAProxy on a node</source>
        <translation>stop HAProxy on a node</translation>
    </message>
    <message>
        <source>disconnect a DRBD resource&apos;s replication</source>
        <translation>disconnect a DRBD resource&apos;s replication</translation>
    </message>
    <message>
        <source>a fault and its undo, each a command run on the console&apos;s machine</source>
        <translation>a fault and its undo, each a command run on the console&apos;s machine</translation>
    </message>
    <message>
        <source>no ready-made drill is called &quot;%1&quot;</source>
        <translation>no ready-made drill is called &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillPlanStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>cannot remove %1: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillReport</name>
    <message>
        <source>detect</source>
        <translation>detect</translation>
    </message>
    <message>
        <source>fence</source>
        <translation>fence</translation>
    </message>
    <message>
        <source>DRBD promote</source>
        <translation>DRBD promote</translation>
    </message>
    <message>
        <source>resource start</source>
        <translation>resource start</translation>
    </message>
    <message>
        <source>VIP up</source>
        <translation>VIP up</translation>
    </message>
    <message>
        <source>backend up</source>
        <translation>backend up</translation>
    </message>
    <message>
        <source>first ok probe</source>
        <translation>first ok probe</translation>
    </message>
    <message>
        <source>outage at most %1 ms</source>
        <translation>outage at most %1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no failed request</source>
        <translation>no failed request</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>ends on %1</source>
        <translation>ends on %1</translation>
    </message>
    <message>
        <source>runs nowhere</source>
        <translation>runs nowhere</translation>
    </message>
    <message>
        <source>no acknowledged write lost</source>
        <translation>no acknowledged write lost</translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged writes lost</source>
        <translation>%1 of %2 acknowledged writes lost</translation>
    </message>
    <message>
        <source>not read back: the drill ended before</source>
        <translation>not read back: the drill ended before</translation>
    </message>
    <message>
        <source>not read back: %1</source>
        <translation>not read back: %1</translation>
    </message>
    <message>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>fault</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>recovery</translation>
    </message>
    <message>
        <source>Drill %1 on %2</source>
        <translation>Drill %1 on %2</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>Fault:</translation>
    </message>
    <message>
        <source>Cluster restored: the configuration as before, every resource running</source>
        <translation>Cluster restored: the configuration as before, every resource running</translation>
    </message>
    <message>
        <source>Cluster NOT restored (see Restoration)</source>
        <translation>Cluster NOT restored (see Restoration)</translation>
    </message>
    <message>
        <source>Cluster not proven restored: the proof did not run</source>
        <translation>Cluster not proven restored: the proof did not run</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Outage</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Bracket</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Full redundancy</source>
        <translation>Full redundancy</translation>
    </message>
    <message>
        <source>Failed probes</source>
        <translation>Failed probes</translation>
    </message>
    <message>
        <source>Flaps</source>
        <translation>Flaps</translation>
    </message>
    <message>
        <source>Worst latency</source>
        <translation>Worst latency</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Writes</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Not acknowledged</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>%1 (records %2)</source>
        <translation>%1 (records %2)</translation>
    </message>
    <message>
        <source>every acknowledged write read back</source>
        <translation>every acknowledged write read back</translation>
    </message>
    <message>
        <source>writes lost</source>
        <translation>writes lost</translation>
    </message>
    <message>
        <source>Prediction and outcome</source>
        <translation>Prediction and outcome</translation>
    </message>
    <message>
        <source>Pacemaker predicted</source>
        <translation>Pacemaker predicted</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Safety checks</source>
        <translation>Safety checks</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Clocks</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Offset before</source>
        <translation>Offset before</translation>
    </message>
    <message>
        <source>Offset after</source>
        <translation>Offset after</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>Restoration</translation>
    </message>
    <message>
        <source>not proven: the proof did not run</source>
        <translation>not proven: the proof did not run</translation>
    </message>
    <message>
        <source>the configuration is the one before the drill and every resource runs</source>
        <translation>the configuration is the one before the drill and every resource runs</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>not restored</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Time from the fault</source>
        <translation>Time from the fault</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Timed by</source>
        <translation>Timed by</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>console</source>
        <translation>console</translation>
    </message>
    <message>
        <source>node&apos;s clock ± %1 ms</source>
        <translation>node&apos;s clock ± %1 ms</translation>
    </message>
    <message>
        <source>node&apos;s clock, offset not measured</source>
        <translation>node&apos;s clock, offset not measured</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>not a drill&apos;s probes.json (format 1)</source>
        <translation>not a drill&apos;s probes.json (format 1)</translation>
    </message>
    <message>
        <source>a probe result is not [sent_us, latency_us, outcome]</source>
        <translation>a probe result is not [sent_us, latency_us, outcome]</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot append to %1: %2</source>
        <translation>cannot append to %1: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillRun</name>
    <message>
        <source>drill: %1</source>
        <translation>drill: %1</translation>
    </message>
    <message>
        <source>check the cluster</source>
        <translation>check the cluster</translation>
    </message>
    <message>
        <source>ask Pacemaker what the fault should do (crm_simulate)</source>
        <translation>ask Pacemaker what the fault should do (crm_simulate)</translation>
    </message>
    <message>
        <source>measure the nodes&apos; clocks</source>
        <translation>measure the nodes&apos; clocks</translation>
    </message>
    <message>
        <source>save the configuration</source>
        <translation>save the configuration</translation>
    </message>
    <message>
        <source>follow the nodes&apos; events (Pacemaker alerts, VIP addresses, DRBD)</source>
        <translation>follow the nodes&apos; events (Pacemaker alerts, VIP addresses, DRBD)</translation>
    </message>
    <message>
        <source>probe the services before the fault</source>
        <translation>probe the services before the fault</translation>
    </message>
    <message>
        <source>inject fault %1: %2</source>
        <translation>inject fault %1: %2</translation>
    </message>
    <message>
        <source>watch the failover</source>
        <translation>watch the failover</translation>
    </message>
    <message>
        <source>recover: undo the faults and clean up</source>
        <translation>recover: undo the faults and clean up</translation>
    </message>
    <message>
        <source>wait for the cluster to settle</source>
        <translation>wait for the cluster to settle</translation>
    </message>
    <message>
        <source>read the acknowledged writes back</source>
        <translation>read the acknowledged writes back</translation>
    </message>
    <message>
        <source>prove the cluster restored</source>
        <translation>prove the cluster restored</translation>
    </message>
    <message>
        <source>measure the nodes&apos; clocks again</source>
        <translation>measure the nodes&apos; clocks again</translation>
    </message>
    <message>
        <source>stop the probes</source>
        <translation>stop the probes</translation>
    </message>
    <message>
        <source>stopped by the operator</source>
        <translation>stopped by the operator</translation>
    </message>
    <message>
        <source>aborted: %1</source>
        <translation>aborted: %1</translation>
    </message>
    <message>
        <source> (%1&apos;s clock, ±%2 ms)</source>
        <translation> (%1&apos;s clock, ±%2 ms)</translation>
    </message>
    <message>
        <source>a fence the drill did not cause: %1</source>
        <translation>a fence the drill did not cause: %1</translation>
    </message>
    <message>
        <source>the cluster lost quorum, which the fault should not cause</source>
        <translation>the cluster lost quorum, which the fault should not cause</translation>
    </message>
    <message>
        <source>%1 is not one of the cluster&apos;s hosts (%2)</source>
        <translation>%1 is not one of the cluster&apos;s hosts (%2)</translation>
    </message>
    <message>
        <source>%1 is what the fault takes away (%2): its probes would measure the fault, not the service</source>
        <translation>%1 is what the fault takes away (%2): its probes would measure the fault, not the service</translation>
    </message>
    <message>
        <source>the cluster&apos;s state is not read yet</source>
        <translation>the cluster&apos;s state is not read yet</translation>
    </message>
    <message>
        <source>the cluster is opened read-only: no drills</source>
        <translation>the cluster is opened read-only: no drills</translation>
    </message>
    <message>
        <source>services to probe</source>
        <translation>services to probe</translation>
    </message>
    <message>
        <source>no VIP service found (the network picture has none yet)</source>
        <translation>no VIP service found (the network picture has none yet)</translation>
    </message>
    <message numerus="yes">
        <source>%n probe stream(s)</source>
        <translation>
            <numerusform>%n probe stream</numerusform>
            <numerusform>%n probe streams</numerusform>
        </translation>
    </message>
    <message>
        <source>probes from %1</source>
        <translation>probes from %1</translation>
    </message>
    <message>
        <source>a host of the cluster, not the fault&apos;s</source>
        <translation>a host of the cluster, not the fault&apos;s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n check passed</numerusform>
            <numerusform>%n checks passed</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first edit of the configuration is simulated</source>
        <translation>only the first edit of the configuration is simulated</translation>
    </message>
    <message>
        <source>crm_simulate could not predict it: %1</source>
        <translation>crm_simulate could not predict it: %1</translation>
    </message>
    <message>
        <source>crm_simulate&apos;s answer could not be read: %1</source>
        <translation>crm_simulate&apos;s answer could not be read: %1</translation>
    </message>
    <message>
        <source>nothing moves: Pacemaker would take no action</source>
        <translation>nothing moves: Pacemaker would take no action</translation>
    </message>
    <message>
        <source>%1 %2 ± %3 ms</source>
        <translation>%1 %2 ± %3 ms</translation>
    </message>
    <message>
        <source>%1 not measured</source>
        <translation>%1 not measured</translation>
    </message>
    <message>
        <source>cannot read the configuration: %1</source>
        <translation>cannot read the configuration: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no events from the node (%2)</source>
        <translation>%1: no events from the node (%2)</translation>
    </message>
    <message>
        <source>its tap did not begin</source>
        <translation>its tap did not begin</translation>
    </message>
    <message>
        <source>Pacemaker: the cluster&apos;s state as the console read it (console clock)</source>
        <translation>Pacemaker: the cluster&apos;s state as the console read it (console clock)</translation>
    </message>
    <message>
        <source>no node&apos;s events could be followed: the cluster&apos;s state stands in</source>
        <translation>no node&apos;s events could be followed: the cluster&apos;s state stands in</translation>
    </message>
    <message>
        <source>VIP addresses: ip monitor on %1 (node clocks)</source>
        <translation>VIP addresses: ip monitor on %1 (node clocks)</translation>
    </message>
    <message>
        <source>DRBD: drbdsetup events2 where it is installed, on %1 (node clocks)</source>
        <translation>DRBD: drbdsetup events2 where it is installed, on %1 (node clocks)</translation>
    </message>
    <message>
        <source>Pacemaker: the cluster&apos;s state as the console read it (console clock); the drill&apos;s alert could not be added: %1</source>
        <translation>Pacemaker: the cluster&apos;s state as the console read it (console clock); the drill&apos;s alert could not be added: %1</translation>
    </message>
    <message>
        <source>events from %1; no alert: %2</source>
        <translation>events from %1; no alert: %2</translation>
    </message>
    <message>
        <source>Pacemaker: the drill&apos;s alert on %1 (node clocks, microseconds)</source>
        <translation>Pacemaker: the drill&apos;s alert on %1 (node clocks, microseconds)</translation>
    </message>
    <message>
        <source>events from %1, with Pacemaker&apos;s alerts</source>
        <translation>events from %1, with Pacemaker&apos;s alerts</translation>
    </message>
    <message>
        <source>HAProxy: its servers&apos; states read every 100 ms on %1 (node clocks, within half a read)</source>
        <translation>HAProxy: its servers&apos; states read every 100 ms on %1 (node clocks, within half a read)</translation>
    </message>
    <message>
        <source>Probes from %1: sent by the node, timed by its clock (±%2 ms)</source>
        <translation>Probes from %1: sent by the node, timed by its clock (±%2 ms)</translation>
    </message>
    <message>
        <source>Probes from %1: sent by the node, its clock not measured</source>
        <translation>Probes from %1: sent by the node, its clock not measured</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 probes failed)</source>
        <translation>%1 (%2 of %3 probes failed)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 writes acknowledged)</source>
        <translation>%1 (%2 of %3 writes acknowledged)</translation>
    </message>
    <message>
        <source>not every service answers before the fault: %1</source>
        <translation>not every service answers before the fault: %1</translation>
    </message>
    <message>
        <source>every service answers</source>
        <translation>every service answers</translation>
    </message>
    <message>
        <source>not injected: the drill was aborted</source>
        <translation>not injected: the drill was aborted</translation>
    </message>
    <message>
        <source>fault: %1</source>
        <translation>fault: %1</translation>
    </message>
    <message>
        <source>aborted: recovering at once</source>
        <translation>aborted: recovering at once</translation>
    </message>
    <message>
        <source>not recovered within %1 s: recovering anyway</source>
        <translation>not recovered within %1 s: recovering anyway</translation>
    </message>
    <message>
        <source>every service answers again; the cluster is quiet</source>
        <translation>every service answers again; the cluster is quiet</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>recovery</translation>
    </message>
    <message>
        <source>faults undone, failures cleaned up</source>
        <translation>faults undone, failures cleaned up</translation>
    </message>
    <message>
        <source>the session is gone</source>
        <translation>the session is gone</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 on %3</translation>
    </message>
    <message>
        <source>failed actions since recovery (%1): cleaned up again</source>
        <translation>failed actions since recovery (%1): cleaned up again</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>settled</translation>
    </message>
    <message>
        <source>the cluster did not settle within %1 s: %2</source>
        <translation>the cluster did not settle within %1 s: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 acknowledged writes lost</source>
        <translation>%1: %2 of %3 acknowledged writes lost</translation>
    </message>
    <message>
        <source>%1 ran on %2 and runs nowhere now</source>
        <translation>%1 ran on %2 and runs nowhere now</translation>
    </message>
    <message>
        <source>%1 ran on %2 and runs on %3 now</source>
        <translation>%1 ran on %2 and runs on %3 now</translation>
    </message>
    <message>
        <source>not restored: %1</source>
        <translation>not restored: %1</translation>
    </message>
    <message>
        <source>the configuration is the one before the drill; every resource runs</source>
        <translation>the configuration is the one before the drill; every resource runs</translation>
    </message>
    <message>
        <source>aborted (%1); recovered and proven</source>
        <translation>aborted (%1); recovered and proven</translation>
    </message>
    <message>
        <source>probes stopped</source>
        <translation>probes stopped</translation>
    </message>
    <message>
        <source>%1: %2, measured %3</source>
        <translation>%1: %2, measured %3</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>crashed</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>exit status %1: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>on this machine: %1</source>
        <translation>on this machine: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached</source>
        <translation>%1 cannot be reached</translation>
    </message>
    <message>
        <source>%1 not reached (%2): trying again</source>
        <translation>%1 not reached (%2): trying again</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::FaultResolver</name>
    <message>
        <source>the cluster has no resource %1</source>
        <translation>the cluster has no resource %1</translation>
    </message>
    <message>
        <source>%1 runs nowhere: there is nothing to fail over</source>
        <translation>%1 runs nowhere: there is nothing to fail over</translation>
    </message>
    <message>
        <source>the cluster has no node %1</source>
        <translation>the cluster has no node %1</translation>
    </message>
    <message>
        <source>standby %1 (runs %2)</source>
        <translation>standby %1 (runs %2)</translation>
    </message>
    <message>
        <source>no other node is left to fence %1 from</source>
        <translation>no other node is left to fence %1 from</translation>
    </message>
    <message>
        <source>fence %1 (runs %2)</source>
        <translation>fence %1 (runs %2)</translation>
    </message>
    <message>
        <source>%1 has no interface on any segment the console knows</source>
        <translation>%1 has no interface on any segment the console knows</translation>
    </message>
    <message>
        <source>%1 has no interface on a segment with the role %2 (name the segments&apos; roles first)</source>
        <translation>%1 has no interface on a segment with the role %2 (name the segments&apos; roles first)</translation>
    </message>
    <message>
        <source>cut %1 off %2 (%3)</source>
        <translation>cut %1 off %2 (%3)</translation>
    </message>
    <message>
        <source>Pacemaker&apos;s simulator cannot cut one link: Corosync decides whether the node stays a member over its other links</source>
        <translation>Pacemaker&apos;s simulator cannot cut one link: Corosync decides whether the node stays a member over its other links</translation>
    </message>
    <message>
        <source>cannot tell which process is %1&apos;s from its agent: give the process (a pkill -f pattern)</source>
        <translation>cannot tell which process is %1&apos;s from its agent: give the process (a pkill -f pattern)</translation>
    </message>
    <message>
        <source>kill -9 %1&apos;s process on %2</source>
        <translation>kill -9 %1&apos;s process on %2</translation>
    </message>
    <message>
        <source>fail %1&apos;s monitor on %2</source>
        <translation>fail %1&apos;s monitor on %2</translation>
    </message>
    <message>
        <source>stop HAProxy on %1</source>
        <translation>stop HAProxy on %1</translation>
    </message>
    <message>
        <source>HAProxy on %1 is not a cluster resource</source>
        <translation>HAProxy on %1 is not a cluster resource</translation>
    </message>
    <message>
        <source>no node reports the DRBD resource %1</source>
        <translation>no node reports the DRBD resource %1</translation>
    </message>
    <message>
        <source>disconnect DRBD %1 on %2</source>
        <translation>disconnect DRBD %1 on %2</translation>
    </message>
    <message>
        <source>a replication link is DRBD&apos;s, not Pacemaker&apos;s: nothing to simulate</source>
        <translation>a replication link is DRBD&apos;s, not Pacemaker&apos;s: nothing to simulate</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>run %1</translation>
    </message>
    <message>
        <source>a command run on the console&apos;s machine: Pacemaker cannot know what it does</source>
        <translation>a command run on the console&apos;s machine: Pacemaker cannot know what it does</translation>
    </message>
    <message>
        <source>%1 is not a node of the cluster</source>
        <translation>%1 is not a node of the cluster</translation>
    </message>
    <message>
        <source>run %1 (takes %2 down)</source>
        <translation>run %1 (takes %2 down)</translation>
    </message>
    <message>
        <source>%1 has no monitor to fail</source>
        <translation>%1 has no monitor to fail</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::NodeEventParser</name>
    <message>
        <source>%1 joined the cluster</source>
        <translation>%1 joined the cluster</translation>
    </message>
    <message>
        <source>%1 left the cluster</source>
        <translation>%1 left the cluster</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>fencing of %1: %2</source>
        <translation>fencing of %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (every %3 s) on %4 failed: %5 (rc %6)</source>
        <translation>%1: %2 (every %3 s) on %4 failed: %5 (rc %6)</translation>
    </message>
    <message>
        <source>%1: %2 on %3 failed: %4 (rc %5)</source>
        <translation>%1: %2 on %3 failed: %4 (rc %5)</translation>
    </message>
    <message>
        <source>%1: %2 on %3 %4</source>
        <translation>%1: %2 on %3 %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>VIP %1 left %2 on %3</source>
        <translation>VIP %1 left %2 on %3</translation>
    </message>
    <message>
        <source>VIP %1 up on %2 of %3</source>
        <translation>VIP %1 up on %2 of %3</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message>
        <source>DRBD %1 %2: %3</source>
        <translation>DRBD %1 %2: %3</translation>
    </message>
    <message>
        <source>HAProxy on %1 stopped answering</source>
        <translation>HAProxy on %1 stopped answering</translation>
    </message>
    <message>
        <source>HAProxy on %1 answers again</source>
        <translation>HAProxy on %1 answers again</translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4</source>
        <translation>%1 on %2: %3 → %4</translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4 (%5)</source>
        <translation>%1 on %2: %3 → %4 (%5)</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::NodeEventTap</name>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>drill events</source>
        <translation>drill events</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::NodeProbeStream</name>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 is not connected</translation>
    </message>
    <message>
        <source>drill probes</source>
        <translation>drill probes</translation>
    </message>
    <message>
        <source>probes from %1 need python3, which the node lacks</source>
        <translation>probes from %1 need python3, which the node lacks</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::WriteCheck</name>
    <message>
        <source>record %1 could not be read back: %2</source>
        <translation>record %1 could not be read back: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigCheckJob</name>
    <message>
        <source>Check the HAProxy configuration</source>
        <translation>Check the HAProxy configuration</translation>
    </message>
    <message>
        <source>haproxy -c on %1</source>
        <translation>haproxy -c on %1</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigEditor</name>
    <message>
        <source>no node runs HAProxy</source>
        <translation>no node runs HAProxy</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigReadJob</name>
    <message>
        <source>Read the HAProxy configuration</source>
        <translation>Read the HAProxy configuration</translation>
    </message>
    <message>
        <source>read %1 on %2</source>
        <translation>read %1 on %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigRolloutJob</name>
    <message>
        <source>Install the HAProxy configuration</source>
        <translation>Install the HAProxy configuration</translation>
    </message>
    <message>
        <source>haproxy -c on %1</source>
        <translation>haproxy -c on %1</translation>
    </message>
    <message>
        <source>install and reload on %1</source>
        <translation>install and reload on %1</translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (failed: %2)</translation>
    </message>
    <message numerus="yes">
        <source>installed and reloaded on %n node(s)</source>
        <translation>
            <numerusform>installed and reloaded on %n node(s)</numerusform>
            <numerusform>installed and reloaded on %n node(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected the configuration; no node was changed</source>
        <translation>%1 rejected the configuration; no node was changed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>previous configuration restored on %1</source>
        <translation>previous configuration restored on %1</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeApi</name>
    <message>
        <source>&apos;%1&apos; is not a valid HAProxy backend or server name</source>
        <translation>&apos;%1&apos; is not a valid HAProxy backend or server name</translation>
    </message>
    <message>
        <source>A weight is between 0 and 256, not %1</source>
        <translation>A weight is between 0 and 256, not %1</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeCommandJob</name>
    <message>
        <source>send to the HAProxy of %1</source>
        <translation>send to the HAProxy of %1</translation>
    </message>
    <message>
        <source>no HAProxy to send to</source>
        <translation>no HAProxy to send to</translation>
    </message>
    <message>
        <source>%1: HAProxy refused &quot;%2&quot;: %3</source>
        <translation>%1: HAProxy refused &quot;%2&quot;: %3</translation>
    </message>
    <message numerus="yes">
        <source>taken by %n HAProxy(s)</source>
        <translation>
            <numerusform>taken by %n HAProxy(s)</numerusform>
            <numerusform>taken by %n HAProxy(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeReadJob</name>
    <message>
        <source>Read HAProxy&apos;s state</source>
        <translation>Read HAProxy&apos;s state</translation>
    </message>
    <message>
        <source>find the admin socket in %1 on %2</source>
        <translation>find the admin socket in %1 on %2</translation>
    </message>
    <message>
        <source>show info, show stat and show servers state on %1</source>
        <translation>show info, show stat and show servers state on %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeReader</name>
    <message>
        <source>an empty reply</source>
        <translation>an empty reply</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show info&quot; answered %1</source>
        <translation>HAProxy&apos;s &quot;show info&quot; answered %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; answered %1</source>
        <translation>HAProxy&apos;s &quot;show stat&quot; answered %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; has no column %1</source>
        <translation>HAProxy&apos;s &quot;show stat&quot; has no column %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; has a malformed line %1: %2</source>
        <translation>HAProxy&apos;s &quot;show stat&quot; has a malformed line %1: %2</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; lists server %1 of no backend</source>
        <translation>HAProxy&apos;s &quot;show stat&quot; lists server %1 of no backend</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show servers state&quot; answered %1</source>
        <translation>HAProxy&apos;s &quot;show servers state&quot; answered %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show servers state&quot; has a malformed line %1: %2</source>
        <translation>HAProxy&apos;s &quot;show servers state&quot; has a malformed line %1: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ServerTableModel</name>
    <message>
        <source>off</source>
        <translation>off</translation>
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
        <translation>Address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Set to</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sessions/s</source>
        <translation>Sessions/s</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>weight %1</translation>
    </message>
    <message>
        <source>The nodes&apos; HAProxies disagree: %1</source>
        <translation>The nodes&apos; HAProxies disagree: %1</translation>
    </message>
    <message>
        <source>The same on every node</source>
        <translation>The same on every node</translation>
    </message>
    <message>
        <source>same on all %1</source>
        <translation>same on all %1</translation>
    </message>
    <message>
        <source>Every node</source>
        <translation>Every node</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 on %2&apos;s HAProxy</source>
        <translation>%1 on %2&apos;s HAProxy</translation>
    </message>
</context>
<context>
    <name>hadesk::jobs::Job</name>
    <message>
        <source>the connection to %1 was closed while the command ran</source>
        <translation>the connection to %1 was closed while the command ran</translation>
    </message>
    <message>
        <source>started: %1</source>
        <translation>started: %1</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>could not be undone: %1</source>
        <translation>could not be undone: %1</translation>
    </message>
    <message>
        <source>stop requested</source>
        <translation>stop requested</translation>
    </message>
    <message>
        <source>stopped on the node while it ran; the change may or may not have been made</source>
        <translation>stopped on the node while it ran; the change may or may not have been made</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>undoing: %1</source>
        <translation>undoing: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>running: %1</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>failed at &quot;%1&quot;: %2 (done: %3; undone: %4)</source>
        <translation>failed at &quot;%1&quot;: %2 (done: %3; undone: %4)</translation>
    </message>
    <message>
        <source>cancelled (done: %1; undone: %2)</source>
        <translation>cancelled (done: %1; undone: %2)</translation>
    </message>
    <message>
        <source>stopping once &quot;%1&quot; has ended</source>
        <translation>stopping once &quot;%1&quot; has ended</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 is not connected</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
</context>
<context>
    <name>hadesk::jobs::JobList</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>hadesk::net::NetworkModel</name>
    <message>
        <source>%1 (%2) is in no subnet of the nodes&apos; interfaces: no node can carry it</source>
        <translation>%1 (%2) is in no subnet of the nodes&apos; interfaces: no node can carry it</translation>
    </message>
    <message>
        <source>%1 may run on %2, which has no interface on %3</source>
        <translation>%1 may run on %2, which has no interface on %3</translation>
    </message>
    <message>
        <source>%1&apos;s address %2 is configured on %3 at once</source>
        <translation>%1&apos;s address %2 is configured on %3 at once</translation>
    </message>
    <message>
        <source>the cluster runs %1 on %2, but %2 does not carry %3</source>
        <translation>the cluster runs %1 on %2, but %2 does not carry %3</translation>
    </message>
    <message>
        <source>%1 is colocated with no service: it can move away from what binds it</source>
        <translation>%1 is colocated with no service: it can move away from what binds it</translation>
    </message>
    <message>
        <source>%1 is put on interface %2, but %3 reaches %4 through %5: the address is on the wrong segment there</source>
        <translation>%1 is put on interface %2, but %3 reaches %4 through %5: the address is on the wrong segment there</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>%1 is meant to listen on %2:%3, but nothing listens there on %4, which holds the address</source>
        <translation>%1 is meant to listen on %2:%3, but nothing listens there on %4, which holds the address</translation>
    </message>
    <message>
        <source>%1 is served by %2 (%3), but not colocated with it: the cluster may put the address where %3 does not run</source>
        <translation>%1 is served by %2 (%3), but not colocated with it: the cluster may put the address where %3 does not run</translation>
    </message>
    <message>
        <source>%1 on port %2 is %3, an internal service, but %4 puts it on the external segment %5</source>
        <translation>%1 on port %2 is %3, an internal service, but %4 puts it on the external segment %5</translation>
    </message>
    <message>
        <source>%1 on port %2 is %3, which outside clients use, but %4 puts it on the %5 segment %6</source>
        <translation>%1 on port %2 is %3, which outside clients use, but %4 puts it on the %5 segment %6</translation>
    </message>
    <message>
        <source>Corosync link %1 runs over the external segment %2 (%3): cluster traffic shares the public network and fails with it</source>
        <translation>Corosync link %1 runs over the external segment %2 (%3): cluster traffic shares the public network and fails with it</translation>
    </message>
    <message>
        <source>DRBD resource %1 replicates over the external segment %2 (%3): every write crosses the public network</source>
        <translation>DRBD resource %1 replicates over the external segment %2 (%3): every write crosses the public network</translation>
    </message>
    <message>
        <source>link %1 between %2 and %3</source>
        <translation>link %1 between %2 and %3</translation>
    </message>
    <message>
        <source>link %1 from %2 to %3</source>
        <translation>link %1 from %2 to %3</translation>
    </message>
    <message>
        <source>Corosync %1 is down: the cluster runs on its other links</source>
        <translation>Corosync %1 is down: the cluster runs on its other links</translation>
    </message>
</context>
<context>
    <name>hadesk::net::NetworkReader</name>
    <message>
        <source>&quot;ip -j addr&quot; gave no JSON: %1</source>
        <translation>&quot;ip -j addr&quot; gave no JSON: %1</translation>
    </message>
    <message>
        <source>&quot;ip -j addr&quot; gave no list of interfaces</source>
        <translation>&quot;ip -j addr&quot; gave no list of interfaces</translation>
    </message>
    <message>
        <source>&quot;ip -j addr&quot; lists an interface without a name</source>
        <translation>&quot;ip -j addr&quot; lists an interface without a name</translation>
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
        <translation>addresses and links (ip monitor)</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::AgentCatalog</name>
    <message>
        <source>Not connected to the cluster.</source>
        <translation>Not connected to the cluster.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an agent class such as ocf:heartbeat.</source>
        <translation>&apos;%1&apos; is not an agent class such as ocf:heartbeat.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an agent name such as ocf:heartbeat:IPaddr2.</source>
        <translation>&apos;%1&apos; is not an agent name such as ocf:heartbeat:IPaddr2.</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ApplyJob</name>
    <message>
        <source>not applied</source>
        <translation>not applied</translation>
    </message>
    <message>
        <source>apply: %1</source>
        <translation>apply: %1</translation>
    </message>
    <message>
        <source>applied: %1</source>
        <translation>applied: %1</translation>
    </message>
    <message>
        <source>refused: the cluster configuration changed since the preview (it was at %1.%2); preview again</source>
        <translation>refused: the cluster configuration changed since the preview (it was at %1.%2); preview again</translation>
    </message>
    <message>
        <source>no answer within %1 s; the change may or may not have been made</source>
        <translation>no answer within %1 s; the change may or may not have been made</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::CibFileJob</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>read the CIB in %1</source>
        <translation>read the CIB in %1</translation>
    </message>
    <message>
        <source>crm_mon on this machine reads its runtime state</source>
        <translation>crm_mon on this machine reads its runtime state</translation>
    </message>
    <message>
        <source>crm_mon is not installed here: this is the configuration only, without the runtime state (install pacemaker-cli-utils to see it)</source>
        <translation>crm_mon is not installed here: this is the configuration only, without the runtime state (install pacemaker-cli-utils to see it)</translation>
    </message>
    <message>
        <source>crm_mon could not be started: %1</source>
        <translation>crm_mon could not be started: %1</translation>
    </message>
    <message>
        <source>crm_mon&apos;s output could not be read</source>
        <translation>crm_mon&apos;s output could not be read</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ClusterReadJob</name>
    <message>
        <source>Read the cluster&apos;s state</source>
        <translation>Read the cluster&apos;s state</translation>
    </message>
    <message>
        <source>cibadmin --query and crm_mon on %1</source>
        <translation>cibadmin --query and crm_mon on %1</translation>
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
        <translation>score %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>node %1</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>rules</translation>
    </message>
    <message>
        <source>resource sets</source>
        <translation>resource sets</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
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
        <translation>added to the cluster</translation>
    </message>
    <message>
        <source>came online</source>
        <translation>came online</translation>
    </message>
    <message>
        <source>went offline</source>
        <translation>went offline</translation>
    </message>
    <message>
        <source>is UNCLEAN: it will be fenced</source>
        <translation>is UNCLEAN: it will be fenced</translation>
    </message>
    <message>
        <source>put in standby</source>
        <translation>put in standby</translation>
    </message>
    <message>
        <source>out of standby</source>
        <translation>out of standby</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>in maintenance</translation>
    </message>
    <message>
        <source>out of maintenance</source>
        <translation>out of maintenance</translation>
    </message>
    <message>
        <source>became the DC</source>
        <translation>became the DC</translation>
    </message>
    <message>
        <source>removed from the cluster</source>
        <translation>removed from the cluster</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>moved %1 → %2</source>
        <translation>moved %1 → %2</translation>
    </message>
    <message>
        <source>started on %1</source>
        <translation>started on %1</translation>
    </message>
    <message>
        <source>stopped on %1</source>
        <translation>stopped on %1</translation>
    </message>
    <message>
        <source>promoted on %1</source>
        <translation>promoted on %1</translation>
    </message>
    <message>
        <source>demoted on %1</source>
        <translation>demoted on %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>quorum regained</source>
        <translation>quorum regained</translation>
    </message>
    <message>
        <source>quorum lost</source>
        <translation>quorum lost</translation>
    </message>
    <message>
        <source>maintenance mode on</source>
        <translation>maintenance mode on</translation>
    </message>
    <message>
        <source>maintenance mode off</source>
        <translation>maintenance mode off</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 failed on %2: %3</translation>
    </message>
    <message>
        <source>fenced (%1) by %2: %3</source>
        <translation>fenced (%1) by %2: %3</translation>
    </message>
    <message>
        <source>%1 constraint added</source>
        <translation>%1 constraint added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>%1 constraint removed</source>
        <translation>%1 constraint removed</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>resource</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>failure</translation>
    </message>
    <message>
        <source>fencing</source>
        <translation>fencing</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>constraint</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>recovered: runs again on %1</source>
        <translation>recovered: runs again on %1</translation>
    </message>
    <message>
        <source>%1 failure on %2 cleared; it runs on %3</source>
        <translation>%1 failure on %2 cleared; it runs on %3</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
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
        <translation>drill</translation>
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
        <translation>UNCLEAN</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
    <message>
        <source>standby (on fail)</source>
        <translation>standby (on fail)</translation>
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
        <translation>Node</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Remote nodes</source>
        <translation>Remote nodes</translation>
    </message>
    <message>
        <source>Guest nodes</source>
        <translation>Guest nodes</translation>
    </message>
    <message>
        <source>Bundle replicas</source>
        <translation>Bundle replicas</translation>
    </message>
    <message>
        <source>Cluster nodes</source>
        <translation>Cluster nodes</translation>
    </message>
    <message>
        <source>The cluster has no quorum: it runs no resources</source>
        <translation>The cluster has no quorum: it runs no resources</translation>
    </message>
    <message>
        <source>Fencing is disabled: a node that fails cannot be fenced</source>
        <translation>Fencing is disabled: a node that fails cannot be fenced</translation>
    </message>
    <message>
        <source>The cluster is in maintenance mode: nothing is started, stopped or monitored</source>
        <translation>The cluster is in maintenance mode: nothing is started, stopped or monitored</translation>
    </message>
    <message>
        <source>%1 is unclean: it must be fenced</source>
        <translation>%1 is unclean: it must be fenced</translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation>%1 is offline</translation>
    </message>
    <message>
        <source>%1 is in maintenance: its resources are left alone</source>
        <translation>%1 is in maintenance: its resources are left alone</translation>
    </message>
    <message>
        <source>%1 is in standby: it runs no resources</source>
        <translation>%1 is in standby: it runs no resources</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1 is not running</translation>
    </message>
    <message>
        <source>%1 runs %2 of %3 instances</source>
        <translation>%1 runs %2 of %3 instances</translation>
    </message>
    <message>
        <source>%1 is unmanaged: the cluster does not act on it</source>
        <translation>%1 is unmanaged: the cluster does not act on it</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n time(s) on %2; it moves away at %3</source>
        <translation>
            <numerusform>%1 failed %n time on %2; it moves away at %3</numerusform>
            <numerusform>%1 failed %n times on %2; it moves away at %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n time(s) on %2</source>
        <translation>
            <numerusform>%1 failed %n time on %2</numerusform>
            <numerusform>%1 failed %n times on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::PlacementModel</name>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>unmanaged</source>
        <translation>unmanaged</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>orphaned</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>not running</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) counted</source>
        <translation>
            <numerusform>%n failure(s) counted</numerusform>
            <numerusform>%n failure(s) counted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1, failed</translation>
    </message>
    <message>
        <source>%1 left behind</source>
        <translation>%1 left behind</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>unclean</source>
        <translation>unclean</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>maintenance</translation>
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
        <translation>%1 is fenced</translation>
    </message>
    <message>
        <source>%1 is fenced (%2)</source>
        <translation>%1 is fenced (%2)</translation>
    </message>
    <message>
        <source>%1 moves %2 → %3</source>
        <translation>%1 moves %2 → %3</translation>
    </message>
    <message>
        <source>%1 starts on %2</source>
        <translation>%1 starts on %2</translation>
    </message>
    <message>
        <source>%1 stops on %2</source>
        <translation>%1 stops on %2</translation>
    </message>
    <message>
        <source>%1 is promoted on %2</source>
        <translation>%1 is promoted on %2</translation>
    </message>
    <message>
        <source>%1 is demoted on %2</source>
        <translation>%1 is demoted on %2</translation>
    </message>
    <message>
        <source>%1 restarts on %2</source>
        <translation>%1 restarts on %2</translation>
    </message>
    <message>
        <source>%1 reloads its parameters on %2</source>
        <translation>%1 reloads its parameters on %2</translation>
    </message>
    <message>
        <source>%1 is recovered on %2</source>
        <translation>%1 is recovered on %2</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 on %3</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::PreviewJob</name>
    <message>
        <source>preview: %1</source>
        <translation>preview: %1</translation>
    </message>
    <message>
        <source>read the configuration</source>
        <translation>read the configuration</translation>
    </message>
    <message>
        <source>cannot read the CIB: %1</source>
        <translation>cannot read the CIB: %1</translation>
    </message>
    <message>
        <source>the configuration changed (from %1.%2 to %3.%4) since this change was prepared; prepare it again</source>
        <translation>the configuration changed (from %1.%2 to %3.%4) since this change was prepared; prepare it again</translation>
    </message>
    <message>
        <source>version %1.%2</source>
        <translation>version %1.%2</translation>
    </message>
    <message>
        <source>ask Pacemaker what would happen (crm_simulate)</source>
        <translation>ask Pacemaker what would happen (crm_simulate)</translation>
    </message>
    <message>
        <source>nothing to simulate: this acts on running resources</source>
        <translation>nothing to simulate: this acts on running resources</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>the preview printed no constraints after the change</source>
        <translation>the preview printed no constraints after the change</translation>
    </message>
    <message>
        <source>%1 cannot be moved away: it has a move or ban left behind; clear it first</source>
        <translation>%1 cannot be moved away: it has a move or ban left behind; clear it first</translation>
    </message>
    <message>
        <source>%1 already runs on %2: there is nothing to move</source>
        <translation>%1 already runs on %2: there is nothing to move</translation>
    </message>
    <message>
        <source>%1 refused it (exit status %2)</source>
        <translation>%1 refused it (exit status %2)</translation>
    </message>
    <message>
        <source>%1 refused it: %2</source>
        <translation>%1 refused it: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ReadJob</name>
    <message>
        <source>read the CIB</source>
        <translation>read the CIB</translation>
    </message>
    <message>
        <source>cannot read the CIB: %1</source>
        <translation>cannot read the CIB: %1</translation>
    </message>
    <message>
        <source>read the metadata of %1</source>
        <translation>read the metadata of %1</translation>
    </message>
    <message>
        <source>no metadata for %1: %2</source>
        <translation>no metadata for %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an agent name such as ocf:heartbeat:IPaddr2</source>
        <translation>&apos;%1&apos; is not an agent name such as ocf:heartbeat:IPaddr2</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ResourceTreeModel</name>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (failed)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>Active on</translation>
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
        <translation>service %1</translation>
    </message>
    <message>
        <source>packages %1</source>
        <translation>packages %1</translation>
    </message>
    <message>
        <source>CIB %1 %2</source>
        <translation>CIB %1 %2</translation>
    </message>
    <message>
        <source>standby of %1</source>
        <translation>standby of %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>corosync key %1</source>
        <translation>corosync key %1</translation>
    </message>
    <message>
        <source>test fence of %1</source>
        <translation>test fence of %1</translation>
    </message>
    <message>
        <source>Undo the setup of %1</source>
        <translation>Undo the setup of %1</translation>
    </message>
    <message>
        <source>Review the setup of %1</source>
        <translation>Review the setup of %1</translation>
    </message>
    <message>
        <source>Set up %1</source>
        <translation>Set up %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>python3 is not installed</source>
        <translation>python3 is not installed</translation>
    </message>
    <message>
        <source>Check the hosts</source>
        <translation>Check the hosts</translation>
    </message>
    <message>
        <source>an earlier run of this plan got as far as &quot;%1&quot; (journal on %2)</source>
        <translation>an earlier run of this plan got as far as &quot;%1&quot; (journal on %2)</translation>
    </message>
    <message>
        <source>its journal is cluster &quot;%1&quot;&apos;s</source>
        <translation>its journal is cluster &quot;%1&quot;&apos;s</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>%1: %2, pacemaker %3, clock %4 ms</source>
        <translation>%1: %2, pacemaker %3, clock %4 ms</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>Test the links</source>
        <translation>Test the links</translation>
    </message>
    <message>
        <source>corosync-cfgtool -s: every link connected</source>
        <translation>corosync-cfgtool -s: every link connected</translation>
    </message>
    <message>
        <source>%1: corosync&apos;s links: %2</source>
        <translation>%1: corosync&apos;s links: %2</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Review the changes</translation>
    </message>
    <message>
        <source>not simulated: %1</source>
        <translation>not simulated: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup of %1: %2 nodes, %3</source>
        <translation>Setup of %1: %2 nodes, %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>  nothing to change</source>
        <translation>  nothing to change</translation>
    </message>
    <message>
        <source>
Nothing to change: the cluster is as the plan says.</source>
        <translation>
Nothing to change: the cluster is as the plan says.</translation>
    </message>
    <message>
        <source>
Standby: every node but %1 while the services are added, then back online.</source>
        <translation>
Standby: every node but %1 while the services are added, then back online.</translation>
    </message>
    <message>
        <source>Test fence: %1 is rebooted by its fence device and waited for.</source>
        <translation>Test fence: %1 is rebooted by its fence device and waited for.</translation>
    </message>
    <message>
        <source>UNSAFE: fencing is disabled; a node that hangs can corrupt what the cluster runs.</source>
        <translation>UNSAFE: fencing is disabled; a node that hangs can corrupt what the cluster runs.</translation>
    </message>
    <message>
        <source>UNSAFE: fencing is not tested before services are added.</source>
        <translation>UNSAFE: fencing is not tested before services are added.</translation>
    </message>
    <message>
        <source>
Pacemaker&apos;s simulation of the result:</source>
        <translation>
Pacemaker&apos;s simulation of the result:</translation>
    </message>
    <message>
        <source>Install packages</source>
        <translation>Install packages</translation>
    </message>
    <message>
        <source>Open the firewall</source>
        <translation>Open the firewall</translation>
    </message>
    <message>
        <source>Configure corosync</source>
        <translation>Configure corosync</translation>
    </message>
    <message>
        <source>no corosync key on %1: %2</source>
        <translation>no corosync key on %1: %2</translation>
    </message>
    <message>
        <source>Start the cluster</source>
        <translation>Start the cluster</translation>
    </message>
    <message>
        <source>quorum and a DC with every node online</source>
        <translation>quorum and a DC with every node online</translation>
    </message>
    <message>
        <source>Cluster options</source>
        <translation>Cluster options</translation>
    </message>
    <message>
        <source>Fence devices</source>
        <translation>Fence devices</translation>
    </message>
    <message>
        <source>the fence devices started</source>
        <translation>the fence devices started</translation>
    </message>
    <message>
        <source>Test fence %1</source>
        <translation>Test fence %1</translation>
    </message>
    <message>
        <source>the cluster settled after the test fence</source>
        <translation>the cluster settled after the test fence</translation>
    </message>
    <message>
        <source>every service is in place already</source>
        <translation>every service is in place already</translation>
    </message>
    <message>
        <source>Configure HAProxy</source>
        <translation>Configure HAProxy</translation>
    </message>
    <message>
        <source>Add the VIPs and services</source>
        <translation>Add the VIPs and services</translation>
    </message>
    <message>
        <source>the services started</source>
        <translation>the services started</translation>
    </message>
    <message>
        <source>Nodes back online</source>
        <translation>Nodes back online</translation>
    </message>
    <message>
        <source>every node online and the cluster settled</source>
        <translation>every node online and the cluster settled</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>corosync-quorumtool: quorate</source>
        <translation>corosync-quorumtool: quorate</translation>
    </message>
    <message>
        <source>crm_verify -L: the configuration is valid</source>
        <translation>crm_verify -L: the configuration is valid</translation>
    </message>
    <message>
        <source>every resource started</source>
        <translation>every resource started</translation>
    </message>
    <message>
        <source>a request through %1 (%2)</source>
        <translation>a request through %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n check passed</numerusform>
            <numerusform>%n checks passed</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop every resource</source>
        <translation>Stop every resource</translation>
    </message>
    <message>
        <source>no node runs the cluster</source>
        <translation>no node runs the cluster</translation>
    </message>
    <message>
        <source>stop-all-resources</source>
        <translation>stop-all-resources</translation>
    </message>
    <message>
        <source>every resource stopped</source>
        <translation>every resource stopped</translation>
    </message>
    <message>
        <source>Undo on every node</source>
        <translation>Undo on every node</translation>
    </message>
    <message>
        <source>no node has a journal of %1: nothing to undo</source>
        <translation>no node has a journal of %1: nothing to undo</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) taken back</source>
        <translation>
            <numerusform>%n change taken back</numerusform>
            <numerusform>%n changes taken back</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Remove %1 from %2</translation>
    </message>
    <message>
        <source>%1 (UDP %2); corosync&apos;s own links connected on %3</source>
        <translation>%1 (UDP %2); corosync&apos;s own links connected on %3</translation>
    </message>
    <message>
        <source>Move every resource off %1</source>
        <translation>Move every resource off %1</translation>
    </message>
    <message>
        <source>nothing running on %1</source>
        <translation>nothing running on %1</translation>
    </message>
    <message>
        <source>Stop the cluster on %1 and undo its setup</source>
        <translation>Stop the cluster on %1 and undo its setup</translation>
    </message>
    <message>
        <source>Forget %1 in the cluster</source>
        <translation>Forget %1 in the cluster</translation>
    </message>
    <message>
        <source>crm_node --remove %1</source>
        <translation>crm_node --remove %1</translation>
    </message>
    <message>
        <source>the cluster settled without %1</source>
        <translation>the cluster settled without %1</translation>
    </message>
    <message>
        <source>the fence agent&apos;s parameters are checked once Pacemaker and the agent are installed (%1)</source>
        <translation>the fence agent&apos;s parameters are checked once Pacemaker and the agent are installed (%1)</translation>
    </message>
    <message>
        <source>the metadata of %1 cannot be read: %2</source>
        <translation>the metadata of %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>stonith_admin --reboot %1, then waited for until it is back</source>
        <translation>stonith_admin --reboot %1, then waited for until it is back</translation>
    </message>
    <message>
        <source>tested before (the journal says so)</source>
        <translation>tested before (the journal says so)</translation>
    </message>
    <message>
        <source>Standby while the services are added</source>
        <translation>Standby while the services are added</translation>
    </message>
    <message>
        <source>Wait for quorum</source>
        <translation>Wait for quorum</translation>
    </message>
    <message>
        <source>delete %1 from the CIB</source>
        <translation>delete %1 from the CIB</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>remove %1</translation>
    </message>
    <message>
        <source>put back %1 from its backup</source>
        <translation>put back %1 from its backup</translation>
    </message>
    <message>
        <source>service %1 back to %2, %3</source>
        <translation>service %1 back to %2, %3</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>remove the packages %1</source>
        <translation>remove the packages %1</translation>
    </message>
    <message>
        <source>empty %1</source>
        <translation>empty %1</translation>
    </message>
    <message>
        <source>close the ports %1</source>
        <translation>close the ports %1</translation>
    </message>
    <message>
        <source>%1 back to %2</source>
        <translation>%1 back to %2</translation>
    </message>
    <message>
        <source>Review the removal of %1 from %2</source>
        <translation>Review the removal of %1 from %2</translation>
    </message>
    <message>
        <source>Joining: %1 in standby until its fence device runs, then online.</source>
        <translation>Joining: %1 in standby until its fence device runs, then online.</translation>
    </message>
    <message>
        <source>Joining nodes in standby</source>
        <translation>Joining nodes in standby</translation>
    </message>
    <message>
        <source>no node joins a running cluster</source>
        <translation>no node joins a running cluster</translation>
    </message>
    <message>
        <source>%1 join(s) in standby</source>
        <translation>%1 join(s) in standby</translation>
    </message>
    <message>
        <source>standby of %1, then waited for until nothing runs there</source>
        <translation>standby of %1, then waited for until nothing runs there</translation>
    </message>
    <message>
        <source>crm_node --force --remove %1</source>
        <translation>crm_node --force --remove %1</translation>
    </message>
    <message>
        <source>Pacemaker forgets %1 (after corosync&apos;s nodelist is reloaded without it)</source>
        <translation>Pacemaker forgets %1 (after corosync&apos;s nodelist is reloaded without it)</translation>
    </message>
    <message>
        <source>corosync&apos;s own links connected on %1</source>
        <translation>corosync&apos;s own links connected on %1</translation>
    </message>
</context>
<context>
    <name>hadesk::ssh::KnownHostsFile</name>
    <message>
        <source>The host key of %1 is known (%2, line %3).</source>
        <translation>The host key of %1 is known (%2, line %3).</translation>
    </message>
    <message>
        <source>The authenticity of %1 cannot be established: it is not in %2. Its %3 key has the fingerprint %4.</source>
        <translation>The authenticity of %1 cannot be established: it is not in %2. Its %3 key has the fingerprint %4.</translation>
    </message>
    <message>
        <source>HOST KEY MISMATCH for %1: it presented a %2 key with fingerprint %3, but %4 line %5 records a different %6 key. Someone could be intercepting the connection, or the host was reinstalled. Refusing to connect; if the change is expected, remove line %5 from %4.</source>
        <translation>HOST KEY MISMATCH for %1: it presented a %2 key with fingerprint %3, but %4 line %5 records a different %6 key. Someone could be intercepting the connection, or the host was reinstalled. Refusing to connect; if the change is expected, remove line %5 from %4.</translation>
    </message>
    <message>
        <source>The %1 key of %2 is marked @revoked in %3 line %4. Refusing to connect.</source>
        <translation>The %1 key of %2 is marked @revoked in %3 line %4. Refusing to connect.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::ssh::SshConfigFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: unbalanced quotes</source>
        <translation>%1: unbalanced quotes</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; needs a value</source>
        <translation>%1: &apos;%2&apos; needs a value</translation>
    </message>
    <message>
        <source>Include nested more than %1 deep</source>
        <translation>Include nested more than %1 deep</translation>
    </message>
    <message>
        <source>host %1: invalid port &apos;%2&apos;</source>
        <translation>host %1: invalid port &apos;%2&apos;</translation>
    </message>
    <message>
        <source>host %1: invalid ConnectTimeout &apos;%2&apos;</source>
        <translation>host %1: invalid ConnectTimeout &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>hadesk::streams::NodeStream</name>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>restarting</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>unavailable</translation>
    </message>
    <message>
        <source>the connection to %1 is gone</source>
        <translation>the connection to %1 is gone</translation>
    </message>
    <message>
        <source>%1 is not installed on %2</source>
        <translation>%1 is not installed on %2</translation>
    </message>
    <message>
        <source>not allowed on %1: %2</source>
        <translation>not allowed on %1: %2</translation>
    </message>
    <message>
        <source>it ended (exit %1)</source>
        <translation>it ended (exit %1)</translation>
    </message>
    <message>
        <source>%1; starting it again in %2 s</source>
        <translation>%1; starting it again in %2 s</translation>
    </message>
</context>
<context>
    <name>hadesk::streams::StreamModel</name>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Follows</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Restarts</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>hadesk::views::AboutDialog</name>
    <message>
        <source>About HAdesk</source>
        <translation>About HAdesk</translation>
    </message>
    <message>
        <source>A desktop console for high-availability Linux clusters: Pacemaker and Corosync, DRBD replication and HAProxy load balancers, reached over SSH.</source>
        <translation>A desktop console for high-availability Linux clusters: Pacemaker and Corosync, DRBD replication and HAProxy load balancers, reached over SSH.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, libssh %3.</source>
        <translation>Built with Qt %1, running on Qt %2, libssh %3.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::AddClusterDialog</name>
    <message>
        <source>Add Cluster</source>
        <translation>Add Cluster</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>SSH configuration:</source>
        <translation>SSH configuration:</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Nodes:</translation>
    </message>
    <message>
        <source>OpenSSH client configuration</source>
        <translation>OpenSSH client configuration</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>&amp;Addresses</translation>
    </message>
    <message>
        <source>SSH &amp;Configuration</source>
        <translation>SSH &amp;Configuration</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>Cluster &amp;name:</translation>
    </message>
    <message>
        <source>node1.example.com 192.0.2.12 node3</source>
        <translation>node1.example.com 192.0.2.12 node3</translation>
    </message>
    <message>
        <source>Host names, addresses or aliases of ~/.ssh/config, separated by spaces or commas</source>
        <translation>Host names, addresses or aliases of ~/.ssh/config, separated by spaces or commas</translation>
    </message>
    <message>
        <source>as ~/.ssh/config says, or your user name</source>
        <translation>as ~/.ssh/config says, or your user name</translation>
    </message>
    <message>
        <source>SSH agent or default keys</source>
        <translation>SSH agent or default keys</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>No&amp;des:</source>
        <translation>No&amp;des:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Log in &amp;with:</source>
        <translation>Log in &amp;with:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Key file:</translation>
    </message>
    <message>
        <source>Host keys are checked against ~/.ssh/known_hosts; an unknown one is shown with its fingerprint before the console trusts it.</source>
        <translation>Host keys are checked against ~/.ssh/known_hosts; an unknown one is shown with its fingerprint before the console trusts it.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Private key</translation>
    </message>
</context>
<context>
    <name>hadesk::views::ClusterPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Resources</translation>
    </message>
    <message>
        <source>&amp;Placement</source>
        <translation>&amp;Placement</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation>&amp;Commands</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>Active on</translation>
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
        <translation>Managed</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Meta attributes</source>
        <translation>Meta attributes</translation>
    </message>
    <message>
        <source>interval %1, timeout %2%3</source>
        <translation>interval %1, timeout %2%3</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>Fail counts</source>
        <translation>Fail counts</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Recent events</translation>
    </message>
    <message>
        <source>Problems &amp;only</source>
        <translation>Problems &amp;only</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filter events</translation>
    </message>
    <message>
        <source>Select a resource to see its agent, parameters, operations, fail counts, the constraints that touch it and its recent events. Right-click it for actions.</source>
        <translation>Select a resource to see its agent, parameters, operations, fail counts, the constraints that touch it and its recent events. Right-click it for actions.</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Network</translation>
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
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>Nothing needs attention: every resource runs where it should, no failures, no moves or bans left behind.</source>
        <translation>Nothing needs attention: every resource runs where it should, no failures, no moves or bans left behind.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Move %1 to %2</translation>
    </message>
    <message>
        <source>🔒 Read-only</source>
        <translation>🔒 Read-only</translation>
    </message>
    <message>
        <source>This console changes nothing on %1: its actions are hidden. Cluster ▸ Read-only turns it off; an offline CIB file is always read-only.</source>
        <translation>This console changes nothing on %1: its actions are hidden. Cluster ▸ Read-only turns it off; an offline CIB file is always read-only.</translation>
    </message>
    <message>
        <source>Moves away after</source>
        <translation>Moves away after</translation>
    </message>
    <message>
        <source>INFINITY failures (the default: it never moves for failures)</source>
        <translation>INFINITY failures (the default: it never moves for failures)</translation>
    </message>
    <message>
        <source>Failures expire</source>
        <translation>Failures expire</translation>
    </message>
    <message>
        <source>never (the default)</source>
        <translation>never (the default)</translation>
    </message>
    <message>
        <source>Failure policy</source>
        <translation>Failure policy</translation>
    </message>
    <message>
        <source>Meta attributes of %1</source>
        <translation>Meta attributes of %1</translation>
    </message>
    <message>
        <source>%1 every %2 s</source>
        <translation>%1 every %2 s</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>probe</translation>
    </message>
    <message>
        <source>FAILED (exit %1)</source>
        <translation>FAILED (exit %1)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>not running</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>promoted</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>exit %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, took %4 ms</source>
        <translation>%1: %2, %3, took %4 ms</translation>
    </message>
    <message>
        <source>Operation history</source>
        <translation>Operation history</translation>
    </message>
    <message>
        <source>; left by a move or ban, %1</source>
        <translation>; left by a move or ban, %1</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Clean up</translation>
    </message>
    <message>
        <source>failed for good (INFINITY)</source>
        <translation>failed for good (INFINITY)</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
    <message>
        <source>, last %1</source>
        <translation>, last %1</translation>
    </message>
    <message>
        <source>Commands run</source>
        <translation>Commands run</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Dr&amp;ills</source>
        <translation>Dr&amp;ills</translation>
    </message>
</context>
<context>
    <name>hadesk::views::ConstraintDialog</name>
    <message>
        <source>%1 — New Constraint</source>
        <translation>%1 — New Constraint</translation>
    </message>
    <message>
        <source>Location: prefer or avoid a node</source>
        <translation>Location: prefer or avoid a node</translation>
    </message>
    <message>
        <source>Colocation: run with another resource</source>
        <translation>Colocation: run with another resource</translation>
    </message>
    <message>
        <source>Order: start after another resource</source>
        <translation>Order: start after another resource</translation>
    </message>
    <message>
        <source>An integer, INFINITY (always) or -INFINITY (never).</source>
        <translation>An integer, INFINITY (always) or -INFINITY (never).</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Resource:</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>&amp;With / after:</source>
        <translation>&amp;With / after:</translation>
    </message>
    <message>
        <source>Order &amp;kind:</source>
        <translation>Order &amp;kind:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Score:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>A constraint named &apos;%1&apos; exists already.</source>
        <translation>A constraint named &apos;%1&apos; exists already.</translation>
    </message>
    <message>
        <source>A resource cannot be tied to itself.</source>
        <translation>A resource cannot be tied to itself.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::CreateResourceDialog</name>
    <message>
        <source>%1 — New Resource</source>
        <translation>%1 — New Resource</translation>
    </message>
    <message>
        <source>e.g. vip-public</source>
        <translation>e.g. vip-public</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>Resource &amp;id:</source>
        <translation>Resource &amp;id:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>Reading the metadata of %1…</source>
        <translation>Reading the metadata of %1…</translation>
    </message>
    <message>
        <source>Asking %1 for its resource agents…</source>
        <translation>Asking %1 for its resource agents…</translation>
    </message>
    <message>
        <source>Could not ask the cluster for %1: %2</source>
        <translation>Could not ask the cluster for %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose an agent.</source>
        <translation>Choose an agent.</translation>
    </message>
    <message>
        <source>Give the resource an id.</source>
        <translation>Give the resource an id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: letters, digits, &apos;.&apos;, &apos;:&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>&apos;%1&apos; is not a valid id: letters, digits, &apos;.&apos;, &apos;:&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;.</translation>
    </message>
    <message>
        <source>A resource named &apos;%1&apos; exists already.</source>
        <translation>A resource named &apos;%1&apos; exists already.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::DrbdCreateDialog</name>
    <message>
        <source>New DRBD Resource</source>
        <translation>New DRBD Resource</translation>
    </message>
    <message>
        <source>letters, digits, . _ -</source>
        <translation>letters, digits, . _ -</translation>
    </message>
    <message>
        <source>/dev/… (empty, the same path on every node)</source>
        <translation>/dev/… (empty, the same path on every node)</translation>
    </message>
    <message>
        <source>Resync rate per second (K, M or G); empty for DRBD&apos;s default</source>
        <translation>Resync rate per second (K, M or G); empty for DRBD&apos;s default</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Backing disk:</source>
        <translation>&amp;Backing disk:</translation>
    </message>
    <message>
        <source>Device &amp;minor:</source>
        <translation>Device &amp;minor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Resync rate:</source>
        <translation>&amp;Resync rate:</translation>
    </message>
    <message>
        <source>replication address</source>
        <translation>replication address</translation>
    </message>
    <message>
        <source>Initial sync from %1</source>
        <translation>Initial sync from %1</translation>
    </message>
    <message>
        <source>No initial sync: the disks are empty</source>
        <translation>No initial sync: the disks are empty</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>DRBD metadata is written on %1 of every node, and this file installed as %2:

%3</source>
        <translation>DRBD metadata is written on %1 of every node, and this file installed as %2:

%3</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <source>%1 created; its initial sync shows in the DRBD tab.</source>
        <translation>%1 created; its initial sync shows in the DRBD tab.</translation>
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
        <translation>Make &amp;Primary</translation>
    </message>
    <message>
        <source>&amp;Force Primary…</source>
        <translation>&amp;Force Primary…</translation>
    </message>
    <message>
        <source>Make &amp;Secondary</source>
        <translation>Make &amp;Secondary</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnect</translation>
    </message>
    <message>
        <source>&amp;Attach Disk</source>
        <translation>&amp;Attach Disk</translation>
    </message>
    <message>
        <source>D&amp;etach Disk</source>
        <translation>D&amp;etach Disk</translation>
    </message>
    <message>
        <source>Ad&amp;just to Configuration</source>
        <translation>Ad&amp;just to Configuration</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>&amp;Invalidate (Resync from Peer)</source>
        <translation>&amp;Invalidate (Resync from Peer)</translation>
    </message>
    <message>
        <source>Invalidate &amp;Remote (Resync to Peer)</source>
        <translation>Invalidate &amp;Remote (Resync to Peer)</translation>
    </message>
    <message>
        <source>Pa&amp;use Sync</source>
        <translation>Pa&amp;use Sync</translation>
    </message>
    <message>
        <source>Res&amp;ume Sync</source>
        <translation>Res&amp;ume Sync</translation>
    </message>
    <message>
        <source>Connect Discarding &amp;My Data</source>
        <translation>Connect Discarding &amp;My Data</translation>
    </message>
    <message>
        <source>Sync rate (MiB/s)</source>
        <translation>Sync rate (MiB/s)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation>&amp;Promote…</translation>
    </message>
    <message>
        <source>&amp;Recover Split Brain…</source>
        <translation>&amp;Recover Split Brain…</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>&amp;New Resource…</translation>
    </message>
    <message>
        <source>Create a DRBD resource on an empty disk of two nodes</source>
        <translation>Create a DRBD resource on an empty disk of two nodes</translation>
    </message>
    <message>
        <source>Select a resource for its warnings and what Pacemaker runs on it.</source>
        <translation>Select a resource for its warnings and what Pacemaker runs on it.</translation>
    </message>
    <message>
        <source>drbdadm on the selected node, judged against the live state first</source>
        <translation>drbdadm on the selected node, judged against the live state first</translation>
    </message>
    <message>
        <source>Move the promoted role through Pacemaker (previewed)</source>
        <translation>Move the promoted role through Pacemaker (previewed)</translation>
    </message>
    <message>
        <source>Choose the node whose changes since the split brain are discarded</source>
        <translation>Choose the node whose changes since the split brain are discarded</translation>
    </message>
    <message numerus="yes">
        <source>%n DRBD resource(s) on %1</source>
        <translation>
            <numerusform>%n DRBD resource(s) on %1</numerusform>
            <numerusform>%n DRBD resource(s) on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading DRBD&apos;s state from the nodes…</source>
        <translation>Reading DRBD&apos;s state from the nodes…</translation>
    </message>
    <message>
        <source>No DRBD resource on these nodes.</source>
        <translation>No DRBD resource on these nodes.</translation>
    </message>
    <message>
        <source>(no DRBD on %1)</source>
        <translation>(no DRBD on %1)</translation>
    </message>
    <message>
        <source>Healthy: %1 hold UpToDate data.</source>
        <translation>Healthy: %1 hold UpToDate data.</translation>
    </message>
    <message>
        <source>Run by Pacemaker as %1 (%2), promoted on %3. Promote and demote through Pacemaker, not drbdadm.</source>
        <translation>Run by Pacemaker as %1 (%2), promoted on %3. Promote and demote through Pacemaker, not drbdadm.</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>no node</translation>
    </message>
    <message>
        <source>On its promoted side: %1</source>
        <translation>On its promoted side: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Select a node of a resource first</source>
        <translation>Select a node of a resource first</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Not run by Pacemaker: use Make Primary</source>
        <translation>Not run by Pacemaker: use Make Primary</translation>
    </message>
    <message>
        <source>Promote on %1</source>
        <translation>Promote on %1</translation>
    </message>
    <message>
        <source>Select a resource first</source>
        <translation>Select a resource first</translation>
    </message>
    <message>
        <source>Discard %1&apos;s Changes</source>
        <translation>Discard %1&apos;s Changes</translation>
    </message>
    <message>
        <source>DRBD</source>
        <translation>DRBD</translation>
    </message>
    <message>
        <source>%1 on %2 is not known any more.</source>
        <translation>%1 on %2 is not known any more.</translation>
    </message>
    <message>
        <source>Run on %1:

%2</source>
        <translation>Run on %1:

%2</translation>
    </message>
    <message>
        <source>This risks:</source>
        <translation>This risks:</translation>
    </message>
    <message>
        <source>Run it anyway?</source>
        <translation>Run it anyway?</translation>
    </message>
    <message>
        <source>Another DRBD action is still running.</source>
        <translation>Another DRBD action is still running.</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promote</translation>
    </message>
    <message>
        <source>Split Brain Recovery</source>
        <translation>Split Brain Recovery</translation>
    </message>
    <message>
        <source>Every change made on %1 since the split brain is discarded; it then resyncs from %2.

%3

Go ahead?</source>
        <translation>Every change made on %1 since the split brain is discarded; it then resyncs from %2.

%3

Go ahead?</translation>
    </message>
    <message>
        <source>Recover %1 from a split brain on %2</source>
        <translation>Recover %1 from a split brain on %2</translation>
    </message>
</context>
<context>
    <name>hadesk::views::DrillTimeline</name>
    <message>
        <source>Services and events</source>
        <translation>Services and events</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>answering</translation>
    </message>
    <message>
        <source>cluster events</source>
        <translation>cluster events</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>fault</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>recovery</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>outage</translation>
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
        <translation>Break %1 on purpose?</translation>
    </message>
    <message>
        <source>The drill &lt;b&gt;%1&lt;/b&gt; breaks the cluster &lt;b&gt;%2&lt;/b&gt; on purpose, then puts it back. Type the cluster&apos;s name to start it.</source>
        <translation>The drill &lt;b&gt;%1&lt;/b&gt; breaks the cluster &lt;b&gt;%2&lt;/b&gt; on purpose, then puts it back. Type the cluster&apos;s name to start it.</translation>
    </message>
    <message>
        <source>Start the drill</source>
        <translation>Start the drill</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>The plan (the JSON &lt;code&gt;hadeskctl drill HOST run PLAN.json&lt;/code&gt; runs):</source>
        <translation>The plan (the JSON &lt;code&gt;hadeskctl drill HOST run PLAN.json&lt;/code&gt; runs):</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>The safety checks and Pacemaker&apos;s prediction of the fault; nothing is changed</source>
        <translation>The safety checks and Pacemaker&apos;s prediction of the fault; nothing is changed</translation>
    </message>
    <message>
        <source>Start drill…</source>
        <translation>Start drill…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keep the plan with this cluster&apos;s drills</source>
        <translation>Keep the plan with this cluster&apos;s drills</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove this saved plan</source>
        <translation>Remove this saved plan</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import a drill plan</source>
        <translation>Import a drill plan</translation>
    </message>
    <message>
        <source>Drill plans (*.json)</source>
        <translation>Drill plans (*.json)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the drill plan</source>
        <translation>Export the drill plan</translation>
    </message>
    <message>
        <source>🔒 This cluster is opened read-only: no drills. Cluster ▸ Read-only turns it off.</source>
        <translation>🔒 This cluster is opened read-only: no drills. Cluster ▸ Read-only turns it off.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>saved with this cluster</source>
        <translation>saved with this cluster</translation>
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
        <translation>A command and its arguments, run on this machine (split like a command line, never run by a shell)</translation>
    </message>
    <message>
        <source>Fault command</source>
        <translation>Fault command</translation>
    </message>
    <message>
        <source>Undo command</source>
        <translation>Undo command</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>DRBD resource</source>
        <translation>DRBD resource</translation>
    </message>
    <message>
        <source>not a JSON object: %1 (at character %2)</source>
        <translation>not a JSON object: %1 (at character %2)</translation>
    </message>
    <message>
        <source>probes.from_nodes: %1 is not one of the cluster&apos;s hosts</source>
        <translation>probes.from_nodes: %1 is not one of the cluster&apos;s hosts</translation>
    </message>
    <message>
        <source>✔ ready: %1</source>
        <translation>✔ ready: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Asking Pacemaker…</source>
        <translation>Asking Pacemaker…</translation>
    </message>
    <message>
        <source>Pacemaker predicts: %1</source>
        <translation>Pacemaker predicts: %1</translation>
    </message>
    <message>
        <source>No prediction: %1</source>
        <translation>No prediction: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>not started: %1</source>
        <translation>not started: %1</translation>
    </message>
    <message>
        <source>not started: the cluster is opened read-only</source>
        <translation>not started: the cluster is opened read-only</translation>
    </message>
    <message>
        <source>not started: a drill is running on this cluster</source>
        <translation>not started: a drill is running on this cluster</translation>
    </message>
    <message>
        <source>not started: cancelled</source>
        <translation>not started: cancelled</translation>
    </message>
    <message>
        <source>not started: &quot;%1&quot; is not the cluster&apos;s name (%2)</source>
        <translation>not started: &quot;%1&quot; is not the cluster&apos;s name (%2)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Aborting: the fault is undone at once, then the cluster is proven restored…</source>
        <translation>Aborting: the fault is undone at once, then the cluster is proven restored…</translation>
    </message>
    <message>
        <source>No drill is running. Pick one on the Plan page.</source>
        <translation>No drill is running. Pick one on the Plan page.</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Undo the fault at once, recover, prove the cluster restored</source>
        <translation>Undo the fault at once, recover, prove the cluster restored</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Outage so far</source>
        <translation>Outage so far</translation>
    </message>
    <message>
        <source>Failed probes</source>
        <translation>Failed probes</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Probes</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>answering</translation>
    </message>
    <message>
        <source>Ended: %1 — %2</source>
        <translation>Ended: %1 — %2</translation>
    </message>
    <message>
        <source>A drill&apos;s report appears here when it ends, or when one is opened from the history.</source>
        <translation>A drill&apos;s report appears here when it ends, or when one is opened from the history.</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Export HTML…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>no report to export</source>
        <translation>no report to export</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>cannot copy %1 to %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Worst outage</source>
        <translation>Worst outage</translation>
    </message>
    <message>
        <source>Double-click a run for its report</source>
        <translation>Double-click a run for its report</translation>
    </message>
    <message>
        <source>Outage across the runs of</source>
        <translation>Outage across the runs of</translation>
    </message>
    <message>
        <source>Each service&apos;s outage, run by run</source>
        <translation>Each service&apos;s outage, run by run</translation>
    </message>
    <message>
        <source>no such run</source>
        <translation>no such run</translation>
    </message>
    <message>
        <source>the run&apos;s report is not kept (%1)</source>
        <translation>the run&apos;s report is not kept (%1)</translation>
    </message>
    <message>
        <source>it had no report folder</source>
        <translation>it had no report folder</translation>
    </message>
    <message>
        <source>Probes, limits, expectations</source>
        <translation>Probes, limits, expectations</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>TCP probe every</source>
        <translation>TCP probe every</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>HTTP probe every</source>
        <translation>HTTP probe every</translation>
    </message>
    <message>
        <source>Probe timeout</source>
        <translation>Probe timeout</translation>
    </message>
    <message>
        <source>Outage begins after</source>
        <translation>Outage begins after</translation>
    </message>
    <message>
        <source> failed probes</source>
        <translation> failed probes</translation>
    </message>
    <message>
        <source>Outage ends after</source>
        <translation>Outage ends after</translation>
    </message>
    <message>
        <source> ok probes</source>
        <translation> ok probes</translation>
    </message>
    <message>
        <source>Probe before the fault</source>
        <translation>Probe before the fault</translation>
    </message>
    <message>
        <source>Watch the failover at most</source>
        <translation>Watch the failover at most</translation>
    </message>
    <message>
        <source>Then watch on</source>
        <translation>Then watch on</translation>
    </message>
    <message>
        <source>Wait for the cluster at most</source>
        <translation>Wait for the cluster at most</translation>
    </message>
    <message>
        <source>Expectations per service (* is every service):</source>
        <translation>Expectations per service (* is every service):</translation>
    </message>
    <message>
        <source>Outage at most</source>
        <translation>Outage at most</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>No failed request</source>
        <translation>No failed request</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
</context>
<context>
    <name>hadesk::views::HaproxyConfigDialog</name>
    <message>
        <source>installed and reloaded</source>
        <translation>installed and reloaded</translation>
    </message>
    <message>
        <source>rejected by haproxy -c, nothing changed</source>
        <translation>rejected by haproxy -c, nothing changed</translation>
    </message>
    <message>
        <source>changed by someone else since it was read, nothing changed</source>
        <translation>changed by someone else since it was read, nothing changed</translation>
    </message>
    <message>
        <source>reload failed, previous configuration back in place</source>
        <translation>reload failed, previous configuration back in place</translation>
    </message>
    <message>
        <source>could not run</source>
        <translation>could not run</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Install on Every Node…</source>
        <translation>&amp;Install on Every Node…</translation>
    </message>
    <message>
        <source>Read &amp;Again</source>
        <translation>Read &amp;Again</translation>
    </message>
    <message>
        <source>HAProxy Configuration</source>
        <translation>HAProxy Configuration</translation>
    </message>
    <message>
        <source>HAProxy accepts it.</source>
        <translation>HAProxy accepts it.</translation>
    </message>
    <message>
        <source>HAProxy refuses it:</source>
        <translation>HAProxy refuses it:</translation>
    </message>
    <message>
        <source>Read the files again and lose your edits?</source>
        <translation>Read the files again and lose your edits?</translation>
    </message>
    <message>
        <source>Reading the configuration from every node…</source>
        <translation>Reading the configuration from every node…</translation>
    </message>
    <message>
        <source>No configuration could be read.</source>
        <translation>No configuration could be read.</translation>
    </message>
    <message>
        <source>%1 as read from %2 (SHA-256 %3…).</source>
        <translation>%1 as read from %2 (SHA-256 %3…).</translation>
    </message>
    <message>
        <source>The file on %1 is different; installing replaces it with this text.</source>
        <translation>The file on %1 is different; installing replaces it with this text.</translation>
    </message>
    <message>
        <source>Checking with haproxy -c on %1…</source>
        <translation>Checking with haproxy -c on %1…</translation>
    </message>
    <message>
        <source>Install HAProxy Configuration</source>
        <translation>Install HAProxy Configuration</translation>
    </message>
    <message>
        <source>Check this configuration on %1, then install it and reload HAProxy node by node? A node whose reload fails gets its previous file back, and so do the nodes done before it.</source>
        <translation>Check this configuration on %1, then install it and reload HAProxy node by node? A node whose reload fails gets its previous file back, and so do the nodes done before it.</translation>
    </message>
    <message>
        <source>Installing on %1…</source>
        <translation>Installing on %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close and lose your edits?</source>
        <translation>Close and lose your edits?</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>hadesk::views::HaproxyView</name>
    <message>
        <source>Sessions per backend</source>
        <translation>Sessions per backend</translation>
    </message>
    <message>
        <source>Requests per second per backend</source>
        <translation>Requests per second per backend</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>&amp;Ready</translation>
    </message>
    <message>
        <source>&amp;Drain</source>
        <translation>&amp;Drain</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>&amp;Maintenance</translation>
    </message>
    <message>
        <source>&amp;Weight…</source>
        <translation>&amp;Weight…</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Checks</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>&amp;Node</translation>
    </message>
    <message>
        <source>Server Weight</source>
        <translation>Server Weight</translation>
    </message>
    <message>
        <source>Weight (0 to 256) on every node&apos;s HAProxy:</source>
        <translation>Weight (0 to 256) on every node&apos;s HAProxy:</translation>
    </message>
    <message>
        <source>Enable Health Checks</source>
        <translation>Enable Health Checks</translation>
    </message>
    <message>
        <source>Disable Health Checks</source>
        <translation>Disable Health Checks</translation>
    </message>
    <message>
        <source>Drain %1 in Every Backend</source>
        <translation>Drain %1 in Every Backend</translation>
    </message>
    <message>
        <source>Ready %1 in Every Backend</source>
        <translation>Ready %1 in Every Backend</translation>
    </message>
    <message>
        <source>HAProxy on</source>
        <translation>HAProxy on</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>%1&apos;s HAProxy does not answer: %2</source>
        <translation>%1&apos;s HAProxy does not answer: %2</translation>
    </message>
    <message>
        <source>Reading %1&apos;s HAProxy…</source>
        <translation>Reading %1&apos;s HAProxy…</translation>
    </message>
    <message>
        <source>%1 %2 (%3 req/s)</source>
        <translation>%1 %2 (%3 req/s)</translation>
    </message>
    <message>
        <source>HAProxy %1, up %2, %3 connections; %4</source>
        <translation>HAProxy %1, up %2, %3 connections; %4</translation>
    </message>
    <message>
        <source>(no answer from %1)</source>
        <translation>(no answer from %1)</translation>
    </message>
    <message>
        <source>Send to the HAProxy of %1:

%2</source>
        <translation>Send to the HAProxy of %1:

%2</translation>
    </message>
    <message>
        <source>Con&amp;figuration…</source>
        <translation>Con&amp;figuration…</translation>
    </message>
    <message>
        <source>This cluster cannot be changed from here.</source>
        <translation>This cluster cannot be changed from here.</translation>
    </message>
    <message>
        <source>⚠ The nodes&apos; HAProxies disagree (clients see whichever holds the VIP):</source>
        <translation>⚠ The nodes&apos; HAProxies disagree (clients see whichever holds the VIP):</translation>
    </message>
</context>
<context>
    <name>hadesk::views::HostStatusBar</name>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnecting</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>&amp;Reconnect to %1</source>
        <translation>&amp;Reconnect to %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (the cluster is read and changed through this node)</source>
        <translation> (the cluster is read and changed through this node)</translation>
    </message>
</context>
<context>
    <name>hadesk::views::JobStatusWidget</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>hadesk::views::JobsView</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Read Again</translation>
    </message>
    <message>
        <source>Read what the selected stream follows again now, and start it again if it stopped</source>
        <translation>Read what the selected stream follows again now, and start it again if it stopped</translation>
    </message>
    <message>
        <source>Live streams on the nodes</source>
        <translation>Live streams on the nodes</translation>
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
        <translation>&lt;h3&gt;No clusters yet&lt;/h3&gt;&lt;p&gt;Add a cluster by choosing the OpenSSH configuration its nodes are reached through.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Cluster…</source>
        <translation>Add Cluster…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>&amp;Add Cluster…</translation>
    </message>
    <message>
        <source>&amp;Remove Cluster</source>
        <translation>&amp;Remove Cluster</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About HAdesk</source>
        <translation>&amp;About HAdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Cluster</source>
        <translation>Remove Cluster</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the console? The cluster itself is not changed.</source>
        <translation>Remove &apos;%1&apos; from the console? The cluster itself is not changed.</translation>
    </message>
    <message>
        <source>Select a cluster to open it.</source>
        <translation>Select a cluster to open it.</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>&amp;Read-only</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>&amp;Open CIB File…</source>
        <translation>&amp;Open CIB File…</translation>
    </message>
    <message>
        <source>Look at a saved CIB (cibadmin --query, crm_report) offline, read-only</source>
        <translation>Look at a saved CIB (cibadmin --query, crm_report) offline, read-only</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>&amp;Resource</translation>
    </message>
    <message>
        <source>Select a resource first.</source>
        <translation>Select a resource first.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Restart</translation>
    </message>
    <message>
        <source>&amp;Move Away</source>
        <translation>&amp;Move Away</translation>
    </message>
    <message>
        <source>C&amp;lear Moves and Bans</source>
        <translation>C&amp;lear Moves and Bans</translation>
    </message>
    <message>
        <source>Clean &amp;Up Failures</source>
        <translation>Clean &amp;Up Failures</translation>
    </message>
    <message>
        <source>Add &amp;Constraint…</source>
        <translation>Add &amp;Constraint…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>&amp;New Resource…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Open CIB File</source>
        <translation>Open CIB File</translation>
    </message>
    <message>
        <source>%1 (offline, read-only)</source>
        <translation>%1 (offline, read-only)</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>A drill is running</source>
        <translation>A drill is running</translation>
    </message>
    <message>
        <source>A failover drill is running on %1. Closing aborts it: its fault is undone, the cluster recovered and proven restored, then the console closes. Abort the drill and close?</source>
        <translation>A failover drill is running on %1. Closing aborts it: its fault is undone, the cluster recovered and proven restored, then the console closes. Abort the drill and close?</translation>
    </message>
    <message>
        <source>Aborting the drill on %1 and recovering the cluster before closing…</source>
        <translation>Aborting the drill on %1 and recovering the cluster before closing…</translation>
    </message>
    <message>
        <source>&amp;New Cluster…</source>
        <translation>&amp;New Cluster…</translation>
    </message>
</context>
<context>
    <name>hadesk::views::NetworkDiagram</name>
    <message>
        <source>no speed</source>
        <translation>no speed</translation>
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
        <translation>%1: %2, held by %3</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>no node</translation>
    </message>
    <message>
        <source>No node has reported its interfaces yet.</source>
        <translation>No node has reported its interfaces yet.</translation>
    </message>
    <message>
        <source>in no segment</source>
        <translation>in no segment</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>no role</translation>
    </message>
    <message>
        <source>no interface</source>
        <translation>no interface</translation>
    </message>
</context>
<context>
    <name>hadesk::views::NetworkView</name>
    <message>
        <source>VIP &amp;Actions</source>
        <translation>VIP &amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Segments…</source>
        <translation>&amp;Segments…</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>%1: interfaces not read: %2</source>
        <translation>%1: interfaces not read: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a VIP to see its resource, its constraints and where it can move.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Click a VIP to see its resource, its constraints and where it can move.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interface</translation>
    </message>
    <message>
        <source>(chosen by the agent)</source>
        <translation>(chosen by the agent)</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>cluster runs it on</source>
        <translation>cluster runs it on</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>no node</translation>
    </message>
    <message>
        <source>address seen on</source>
        <translation>address seen on</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>nothing listens</source>
        <translation>nothing listens</translation>
    </message>
    <message>
        <source>%1 listens</source>
        <translation>%1 listens</translation>
    </message>
    <message>
        <source>run by %1</source>
        <translation>run by %1</translation>
    </message>
    <message>
        <source>sends to %1</source>
        <translation>sends to %1</translation>
    </message>
    <message>
        <source>bound on %1</source>
        <translation>bound on %1</translation>
    </message>
</context>
<context>
    <name>hadesk::views::OperationDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Asking Pacemaker what this would do (crm_simulate on a copy of the live CIB)…</source>
        <translation>Asking Pacemaker what this would do (crm_simulate on a copy of the live CIB)…</translation>
    </message>
    <message>
        <source>The preview failed; nothing was changed.</source>
        <translation>The preview failed; nothing was changed.</translation>
    </message>
    <message>
        <source>This acts on running resources, not on the configuration: there is nothing to simulate.</source>
        <translation>This acts on running resources, not on the configuration: there is nothing to simulate.</translation>
    </message>
    <message>
        <source>Pacemaker would change nothing that runs.</source>
        <translation>Pacemaker would change nothing that runs.</translation>
    </message>
    <message>
        <source>Pacemaker will:</source>
        <translation>Pacemaker will:</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applying…</translation>
    </message>
    <message>
        <source>Done. The cluster view follows the change as it happens.</source>
        <translation>Done. The cluster view follows the change as it happens.</translation>
    </message>
    <message>
        <source>Not applied: someone changed the configuration since the preview. Nothing was overwritten; open the action again to preview it on the new configuration.</source>
        <translation>Not applied: someone changed the configuration since the preview. Nothing was overwritten; open the action again to preview it on the new configuration.</translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>The command failed.</translation>
    </message>
    <message>
        <source>Each step as it runs, with the command on the node</source>
        <translation>Each step as it runs, with the command on the node</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>This cluster cannot be changed from here (read-only or not connected).</source>
        <translation>This cluster cannot be changed from here (read-only or not connected).</translation>
    </message>
    <message>
        <source>Stopped before the preview finished; nothing was changed.</source>
        <translation>Stopped before the preview finished; nothing was changed.</translation>
    </message>
    <message>
        <source>Stopped. The command was ended on the node; the cluster view shows what it is now.</source>
        <translation>Stopped. The command was ended on the node; the cluster view shows what it is now.</translation>
    </message>
    <message>
        <source>until cleared</source>
        <translation>until cleared</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>Or an ISO 8601 duration such as PT2H</source>
        <translation>Or an ISO 8601 duration such as PT2H</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Lifetime:</translation>
    </message>
    <message>
        <source>This change:</source>
        <translation>This change:</translation>
    </message>
    <message>
        <source>Left behind: %1. It keeps acting on %2 until it expires or is cleared.</source>
        <translation>Left behind: %1. It keeps acting on %2 until it expires or is cleared.</translation>
    </message>
    <message>
        <source>C&amp;lear It</source>
        <translation>C&amp;lear It</translation>
    </message>
</context>
<context>
    <name>hadesk::views::OverviewWidget</name>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Clean &amp;up</source>
        <translation>Clean &amp;up</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Failed actions</source>
        <translation>Failed actions</translation>
    </message>
    <message>
        <source>Moves and bans left behind</source>
        <translation>Moves and bans left behind</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Pending actions</translation>
    </message>
    <message>
        <source> (DC)</source>
        <translation> (DC)</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) running</source>
        <translation>
            <numerusform>%n resource(s) running</numerusform>
            <numerusform>%n resource(s) running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure(s)</numerusform>
            <numerusform>%n failure(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>; last: %1 %2 (%3)</source>
        <translation>; last: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 · DC: %3 · Fencing: %4%5%6&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 · DC: %3 · Fencing: %4%5%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#30a050&apos;&gt;quorate&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#30a050&apos;&gt;quorate&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d03030&apos;&gt;NO QUORUM&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d03030&apos;&gt;NO QUORUM&lt;/span&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d03030&apos;&gt;DISABLED&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d03030&apos;&gt;DISABLED&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;cluster in maintenance mode&lt;/b&gt;</source>
        <translation> · &lt;b&gt;cluster in maintenance mode&lt;/b&gt;</translation>
    </message>
    <message>
        <source>banned from %1</source>
        <translation>banned from %1</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>prefers %1</translation>
    </message>
    <message>
        <source>(rule)</source>
        <translation>(rule)</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>forever</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>The cluster&apos;s state could not be read through %1: %2</source>
        <translation>The cluster&apos;s state could not be read through %1: %2</translation>
    </message>
    <message>
        <source>⚠ Not connected to %1: this is the state as last read.</source>
        <translation>⚠ Not connected to %1: this is the state as last read.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Nothing needs attention: no failed actions, no moves or bans left behind, nothing pending.</source>
        <translation>Nothing needs attention: no failed actions, no moves or bans left behind, nothing pending.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Double-click to go where it can be acted on</source>
        <translation>Double-click to go where it can be acted on</translation>
    </message>
    <message>
        <source>Pacemaker %1</source>
        <translation>Pacemaker %1</translation>
    </message>
    <message>
        <source>last change %1%2</source>
        <translation>last change %1%2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>stickiness %1</source>
        <translation>stickiness %1</translation>
    </message>
    <message>
        <source>without quorum: %1</source>
        <translation>without quorum: %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>link %1 ✗ to %2</source>
        <translation>link %1 ✗ to %2</translation>
    </message>
    <message>
        <source>link %1 ✓</source>
        <translation>link %1 ✓</translation>
    </message>
    <message>
        <source>Corosync: %1</source>
        <translation>Corosync: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Corosync %1</source>
        <translation>Corosync %1</translation>
    </message>
    <message>
        <source>Corosync %1 is down</source>
        <translation>Corosync %1 is down</translation>
    </message>
</context>
<context>
    <name>hadesk::views::ResourceGraphView</name>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>promoted</translation>
    </message>
    <message>
        <source>unpromoted</source>
        <translation>unpromoted</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>promoted on %1</source>
        <translation>promoted on %1</translation>
    </message>
    <message>
        <source>Find a resource</source>
        <translation>Find a resource</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the graph in the window (F)</source>
        <translation>Fit the graph in the window (F)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save as PNG or SVG</source>
        <translation>Save as PNG or SVG</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Export Graph</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Show location constraints (moves, bans, preferences) as edges to their node (L)</source>
        <translation>Show location constraints (moves, bans, preferences) as edges to their node (L)</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>&amp;New Resource…</translation>
    </message>
    <message>
        <source>Show &amp;Location Constraints</source>
        <translation>Show &amp;Location Constraints</translation>
    </message>
    <message>
        <source>in transition</source>
        <translation>in transition</translation>
    </message>
    <message>
        <source>dashed border: unmanaged · stacked: clone · → order · ⇢ colocation · dotted: location (green prefers, red avoids)</source>
        <translation>dashed border: unmanaged · stacked: clone · → order · ⇢ colocation · dotted: location (green prefers, red avoids)</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>not seen yet</translation>
    </message>
    <message>
        <source>%1 runs DRBD resource %2</source>
        <translation>%1 runs DRBD resource %2</translation>
    </message>
    <message>
        <source>%1 failed on %2</source>
        <translation>%1 failed on %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>guest of %1, not running</source>
        <translation>guest of %1, not running</translation>
    </message>
    <message>
        <source>guest of %1 on %2</source>
        <translation>guest of %1 on %2</translation>
    </message>
    <message>
        <source>%1, not connected</source>
        <translation>%1, not connected</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>UNCLEAN</source>
        <translation>UNCLEAN</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
    <message>
        <source>standby, still running</source>
        <translation>standby, still running</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>standby</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 of %2 running</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) on %3</translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation>agent: %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>not running</translation>
    </message>
    <message>
        <source>last failure: %1 on %2 at %3 (%4)</source>
        <translation>last failure: %1 on %2 at %3 (%4)</translation>
    </message>
    <message>
        <source>ban %1</source>
        <translation>ban %1</translation>
    </message>
    <message>
        <source>move %1</source>
        <translation>move %1</translation>
    </message>
    <message>
        <source>No resource matches “%1”.</source>
        <translation>No resource matches “%1”.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SegmentLabelsDialog</name>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Name the subnets the nodes share and say what each carries. The lint uses the roles; HAdesk keeps them with the cluster.</source>
        <translation>Name the subnets the nodes share and say what each carries. The lint uses the roles; HAdesk keeps them with the cluster.</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>A name of your own, such as &quot;public 1G&quot; or &quot;storage&quot;</source>
        <translation>A name of your own, such as &quot;public 1G&quot; or &quot;storage&quot;</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupApplyPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Each step as it runs on the nodes. A step that fails takes back what it did; the next run continues from there.</source>
        <translation>Each step as it runs on the nodes. A step that fails takes back what it did; the next run continues from there.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applying…</translation>
    </message>
    <message>
        <source>Stopping on the nodes…</source>
        <translation>Stopping on the nodes…</translation>
    </message>
    <message>
        <source>%1 is as the plan says: nothing changed.</source>
        <translation>%1 is as the plan says: nothing changed.</translation>
    </message>
    <message numerus="yes">
        <source>%1 set up and verified: %n change(s).</source>
        <translation>
            <numerusform>%1 set up and verified: %n change.</numerusform>
            <numerusform>%1 set up and verified: %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>verified: %1</translation>
    </message>
    <message>
        <source>The setup stopped: %1
Run it again (New Cluster…, the same plan) to continue from there, or take it back with hadeskctl setup --undo PLAN.</source>
        <translation>The setup stopped: %1
Run it again (New Cluster…, the same plan) to continue from there, or take it back with hadeskctl setup --undo PLAN.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupPlanPage</name>
    <message>
        <source>&amp;Save Plan…</source>
        <translation>&amp;Save Plan…</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>The plan</translation>
    </message>
    <message>
        <source>A setup plan (docs/setup.md; hadeskctl setup example HOST... writes a starting one). Nothing on the hosts changes before the review.</source>
        <translation>A setup plan (docs/setup.md; hadeskctl setup example HOST... writes a starting one). Nothing on the hosts changes before the review.</translation>
    </message>
    <message>
        <source>~/.ssh/config</source>
        <translation>~/.ssh/config</translation>
    </message>
    <message>
        <source>default (Corosync&apos;s own: token 3000 ms)</source>
        <translation>default (Corosync&apos;s own: token 3000 ms)</translation>
    </message>
    <message>
        <source>fast (token 1000 ms: for a low-latency network)</source>
        <translation>fast (token 1000 ms: for a low-latency network)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Plan &amp;file:</source>
        <translation>Plan &amp;file:</translation>
    </message>
    <message>
        <source>SSH &amp;configuration:</source>
        <translation>SSH &amp;configuration:</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>Cluster &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation>&amp;Timing:</translation>
    </message>
    <message>
        <source>Choose a plan file.</source>
        <translation>Choose a plan file.</translation>
    </message>
    <message>
        <source>active/standby</source>
        <translation>active/standby</translation>
    </message>
    <message>
        <source>active/active</source>
        <translation>active/active</translation>
    </message>
    <message>
        <source>Nodes: %1, %2 corosync link(s).
Fencing: %3.
VIPs: %4.
Services: %5.</source>
        <translation>Nodes: %1, %2 corosync link(s).
Fencing: %3.
VIPs: %4.
Services: %5.</translation>
    </message>
    <message>
        <source>none (UNSAFE)</source>
        <translation>none (UNSAFE)</translation>
    </message>
    <message>
        <source>%1, not tested (UNSAFE)</source>
        <translation>%1, not tested (UNSAFE)</translation>
    </message>
    <message>
        <source>%1, tested on %2</source>
        <translation>%1, tested on %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Open Setup Plan</source>
        <translation>Open Setup Plan</translation>
    </message>
    <message>
        <source>Setup plans (*.json)</source>
        <translation>Setup plans (*.json)</translation>
    </message>
    <message>
        <source>SSH Configuration</source>
        <translation>SSH Configuration</translation>
    </message>
    <message>
        <source>the plan is refused: %1</source>
        <translation>the plan is refused: %1</translation>
    </message>
    <message>
        <source>Save Setup Plan</source>
        <translation>Save Setup Plan</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>The hosts checked, the links tested, and every change per node with Pacemaker&apos;s simulation of the result. Nothing has changed yet.</source>
        <translation>The hosts checked, the links tested, and every change per node with Pacemaker&apos;s simulation of the result. Nothing has changed yet.</translation>
    </message>
    <message>
        <source>Checking the hosts…</source>
        <translation>Checking the hosts…</translation>
    </message>
    <message>
        <source>The plan is refused.</source>
        <translation>The plan is refused.</translation>
    </message>
    <message>
        <source>The review failed: %1</source>
        <translation>The review failed: %1</translation>
    </message>
    <message>
        <source>%1 is as the plan says: Apply changes nothing.</source>
        <translation>%1 is as the plan says: Apply changes nothing.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply.</source>
        <translation>
            <numerusform>%n change to apply.</numerusform>
            <numerusform>%n changes to apply.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo This Setup…</source>
        <translation>&amp;Undo This Setup…</translation>
    </message>
    <message>
        <source>A setup of this plan stopped half-way: %1. Apply continues from there; Undo takes it back.</source>
        <translation>A setup of this plan stopped half-way: %1. Apply continues from there; Undo takes it back.</translation>
    </message>
    <message>
        <source>Undo This Setup</source>
        <translation>Undo This Setup</translation>
    </message>
    <message>
        <source>Take %1 back to bare hosts (%2)? Only what HAdesk&apos;s journals say it did is taken back; files it replaced come back from their backups.</source>
        <translation>Take %1 back to bare hosts (%2)? Only what HAdesk&apos;s journals say it did is taken back; files it replaced come back from their backups.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <source>The undo stopped: %1</source>
        <translation>The undo stopped: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 undone: %n change(s) taken back. Checking the hosts again…</source>
        <translation>
            <numerusform>%1 undone: %n change taken back. Checking the hosts again…</numerusform>
            <numerusform>%1 undone: %n changes taken back. Checking the hosts again…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupWizard</name>
    <message>
        <source>New Cluster</source>
        <translation>New Cluster</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Refused, nothing was changed:</source>
        <translation>Refused, nothing was changed:</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SshPromptDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Unknown Host Key</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Trust and Connect</translation>
    </message>
    <message>
        <source>sudo Password</source>
        <translation>sudo Password</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Key Passphrase</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Compare each fingerprint with the one the host shows (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):</source>
        <translation>Compare each fingerprint with the one the host shows (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):</translation>
    </message>
    <message>
        <source>Unknown Host Keys</source>
        <translation>Unknown Host Keys</translation>
    </message>
    <message numerus="yes">
        <source>The authenticity of %n host(s) cannot be established: HAdesk has never seen their keys.</source>
        <translation>
            <numerusform>The authenticity of %n host cannot be established: HAdesk has never seen its key.</numerusform>
            <numerusform>The authenticity of %n hosts cannot be established: HAdesk has never seen their keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust All and Connect</source>
        <translation>Trust All and Connect</translation>
    </message>
</context>
<context>
    <name>hadeskctl</name>
    <message numerus="yes">
        <source>Added cluster %1 with %n node(s)</source>
        <translation>
            <numerusform>Added cluster %1 with %n node</numerusform>
            <numerusform>Added cluster %1 with %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: hadeskctl remove-cluster NAME</source>
        <translation>usage: hadeskctl remove-cluster NAME</translation>
    </message>
    <message>
        <source>hadeskctl: HAdesk without a window, for scripts, tests and benchmarks.</source>
        <translation>hadeskctl: HAdesk without a window, for scripts, tests and benchmarks.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>list the clusters and their nodes</source>
        <translation>list the clusters and their nodes</translation>
    </message>
    <message>
        <source>add a cluster whose nodes are hosts of an OpenSSH configuration</source>
        <translation>add a cluster whose nodes are hosts of an OpenSSH configuration</translation>
    </message>
    <message>
        <source>remove a cluster from the list (the cluster itself is not touched)</source>
        <translation>remove a cluster from the list (the cluster itself is not touched)</translation>
    </message>
    <message>
        <source>Show the version of HAdesk, Qt and libssh.</source>
        <translation>Show the version of HAdesk, Qt and libssh.</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>What to do (see Commands).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see --help</source>
        <translation>unknown command &apos;%1&apos;; see --help</translation>
    </message>
    <message>
        <source>run a command on a host over SSH; its output and exit code pass through</source>
        <translation>run a command on a host over SSH; its output and exit code pass through</translation>
    </message>
    <message>
        <source>measure SSH round trips: held session, OpenSSH multiplexing, fresh ssh</source>
        <translation>measure SSH round trips: held session, OpenSSH multiplexing, fresh ssh</translation>
    </message>
    <message>
        <source>OpenSSH client configuration to use, like ssh -F; default: ~/.ssh/config.</source>
        <translation>OpenSSH client configuration to use, like ssh -F; default: ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Accept and record the host key of a host seen for the first time (never a changed one).</source>
        <translation>Accept and record the host key of a host seen for the first time (never a changed one).</translation>
    </message>
    <message>
        <source>exec: stop the command after this many seconds.</source>
        <translation>exec: stop the command after this many seconds.</translation>
    </message>
    <message>
        <source>the cluster&apos;s nodes, resources, constraints and failures, live or from a CIB file</source>
        <translation>the cluster&apos;s nodes, resources, constraints and failures, live or from a CIB file</translation>
    </message>
    <message>
        <source>time HAdesk&apos;s model of a CIB against crm_mon rendering it</source>
        <translation>time HAdesk&apos;s model of a CIB against crm_mon rendering it</translation>
    </message>
    <message>
        <source>start, stop, move, ban, clear, cleanup; previewed first (--preview: only that)</source>
        <translation>start, stop, move, ban, clear, cleanup; previewed first (--preview: only that)</translation>
    </message>
    <message>
        <source>standby, online, maintenance, ready; previewed first</source>
        <translation>standby, online, maintenance, ready; previewed first</translation>
    </message>
    <message>
        <source>time a full refresh over a held session against crm_mon on the node</source>
        <translation>time a full refresh over a held session against crm_mon on the node</translation>
    </message>
    <message>
        <source>maintenance, ready, clear-expired; previewed first</source>
        <translation>maintenance, ready, clear-expired; previewed first</translation>
    </message>
    <message>
        <source>add a location, colocation or order constraint, or remove one; previewed first</source>
        <translation>add a location, colocation or order constraint, or remove one; previewed first</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 is not a port number</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>usage: hadeskctl add-cluster NAME SSH_CONFIG [HOST...]
       hadeskctl add-cluster NAME --nodes ADDR[,ADDR...] [--user USER] [--port PORT] [--key FILE | --password]</source>
        <translation>usage: hadeskctl add-cluster NAME SSH_CONFIG [HOST...]
       hadeskctl add-cluster NAME --nodes ADDR[,ADDR...] [--user USER] [--port PORT] [--key FILE | --password]</translation>
    </message>
    <message>
        <source>add a cluster by node addresses (--user, --port, --key FILE or --password)</source>
        <translation>add a cluster by node addresses (--user, --port, --key FILE or --password)</translation>
    </message>
    <message>
        <source>HAProxy has no server %1</source>
        <translation>HAProxy has no server %1</translation>
    </message>
    <message>
        <source>no HAProxy server stands for node %1 (give BACKEND/SERVER)</source>
        <translation>no HAProxy server stands for node %1 (give BACKEND/SERVER)</translation>
    </message>
    <message>
        <source>%1 is not a weight</source>
        <translation>%1 is not a weight</translation>
    </message>
    <message>
        <source>segments, interfaces per node, VIPs with their segment and holder, warnings</source>
        <translation>segments, interfaces per node, VIPs with their segment and holder, warnings</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>HAProxy&apos;s frontends, backends and servers; drain|ready|maint NODE or BACKEND/SERVER, weight BACKEND/SERVER N, checks on|off BACKEND/SERVER; config show, check FILE, install FILE (checked on every node, reloaded, rolled back if the reload fails)</source>
        <translation>HAProxy&apos;s frontends, backends and servers; drain|ready|maint NODE or BACKEND/SERVER, weight BACKEND/SERVER N, checks on|off BACKEND/SERVER; config show, check FILE, install FILE (checked on every node, reloaded, rolled back if the reload fails)</translation>
    </message>
    <message>
        <source>--segment takes SUBNET=ROLE[:NAME], one of the roles %1</source>
        <translation>--segment takes SUBNET=ROLE[:NAME], one of the roles %1</translation>
    </message>
    <message>
        <source>usage: hadeskctl [--ssh-config FILE] network HOST [--json] [--segment SUBNET=ROLE[:NAME]]...</source>
        <translation>usage: hadeskctl [--ssh-config FILE] network HOST [--json] [--segment SUBNET=ROLE[:NAME]]...</translation>
    </message>
    <message>
        <source>%1: DRBD&apos;s configuration could not be read: %2</source>
        <translation>%1: DRBD&apos;s configuration could not be read: %2</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>%1 has no DRBD resources configured</source>
        <translation>%1 has no DRBD resources configured</translation>
    </message>
    <message>
        <source>no cluster state (%1)</source>
        <translation>no cluster state (%1)</translation>
    </message>
    <message>
        <source>no DRBD state from every node in time: %1</source>
        <translation>no DRBD state from every node in time: %1</translation>
    </message>
    <message>
        <source>no DRBD resource %1 on %2&apos;s nodes</source>
        <translation>no DRBD resource %1 on %2&apos;s nodes</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that these risks are accepted</source>
        <translation>hadeskctl: not done: confirm with --yes that these risks are accepted</translation>
    </message>
    <message>
        <source>Recovery: %1&apos;s changes since the split are discarded; it resyncs from %2</source>
        <translation>Recovery: %1&apos;s changes since the split are discarded; it resyncs from %2</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that %1&apos;s changes are to be discarded</source>
        <translation>hadeskctl: not done: confirm with --yes that %1&apos;s changes are to be discarded</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DRBD resource name</source>
        <translation>&apos;%1&apos; is not a DRBD resource name</translation>
    </message>
    <message>
        <source>Pacemaker does not run %1: use &apos;primary&apos; on the node</source>
        <translation>Pacemaker does not run %1: use &apos;primary&apos; on the node</translation>
    </message>
    <message>
        <source>DRBD resources on HOST&apos;s DRBD nodes: roles, disks, links, sync progress with rate and ETA, warnings; drbdadm actions with their risks confirmed (--yes), promote through Pacemaker, split-brain recovery</source>
        <translation>DRBD resources on HOST&apos;s DRBD nodes: roles, disks, links, sync progress with rate and ETA, warnings; drbdadm actions with their risks confirmed (--yes), promote through Pacemaker, split-brain recovery</translation>
    </message>
    <message>
        <source>connected and in sync</source>
        <translation>connected and in sync</translation>
    </message>
    <message>
        <source>hadeskctl: not in sync in time; see the state above</source>
        <translation>hadeskctl: not in sync in time; see the state above</translation>
    </message>
    <message>
        <source>%1 on %2, written to %3:</source>
        <translation>%1 on %2, written to %3:</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that DRBD metadata is to be written on %1 of %2</source>
        <translation>hadeskctl: not done: confirm with --yes that DRBD metadata is to be written on %1 of %2</translation>
    </message>
    <message>
        <source>Pacemaker runs %1 as %2: remove it from the cluster first</source>
        <translation>Pacemaker runs %1 as %2: remove it from the cluster first</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that %1 is to be taken down and its configuration removed on %2</source>
        <translation>hadeskctl: not done: confirm with --yes that %1 is to be taken down and its configuration removed on %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 removed</translation>
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
        <translation>Recover %1 from a split brain on %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>usage: hadeskctl haproxy HOST config [show | check FILE | install FILE [--expect SHA256]]</source>
        <translation>usage: hadeskctl haproxy HOST config [show | check FILE | install FILE [--expect SHA256]]</translation>
    </message>
    <message>
        <source>no node runs HAProxy</source>
        <translation>no node runs HAProxy</translation>
    </message>
    <message>
        <source>hadeskctl: the file on %1 is different (this is %2&apos;s)</source>
        <translation>hadeskctl: the file on %1 is different (this is %2&apos;s)</translation>
    </message>
    <message>
        <source>the file on %1 is not the one with SHA-256 %2: nothing was changed</source>
        <translation>the file on %1 is not the one with SHA-256 %2: nothing was changed</translation>
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
        <translation>no HAProxy answered: %1</translation>
    </message>
    <message>
        <source>this cluster is read-only</source>
        <translation>this cluster is read-only</translation>
    </message>
    <message>
        <source>%1 is read-only: no changes from here</source>
        <translation>%1 is read-only: no changes from here</translation>
    </message>
    <message>
        <source>%1 is a cluster: name the node to run drbdadm on</source>
        <translation>%1 is a cluster: name the node to run drbdadm on</translation>
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
        <translation>usage: hadeskctl drill list
       hadeskctl drill show NAME|PLAN.json [PARAMETERS]
       hadeskctl drill HOST run NAME|PLAN.json [PARAMETERS] [--report DIR] [--yes] [--dry-run] [--restore-placement]
       hadeskctl drill HOST history [--json]
PARAMETERS: --resource R, --node N, --segment internal|external|all|SUBNET, --drbd RES, --process PATTERN,
            --inject CMD ARG... -- --undo CMD ARG... -- (each argument list ends at a lone --),
            --max-outage MS, --ends-on NODE, --zero-failed SERVICE, --observe SECONDS, --settle SECONDS,
            --write-check NAME=URL (numbered records PUT to URL before and during the fault, read back after),
            --probe NAME=IP:PORT or NAME=http://IP:PORT/PATH (probed besides the cluster&apos;s own services),
            --probe-from NODE (every probe also sent from that node, timed by its clock)</translation>
    </message>
    <message>
        <source>%1 needs a command and its arguments</source>
        <translation>%1 needs a command and its arguments</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is for a ready-made drill; a plan file gives its own faults</source>
        <translation>--%1 is for a ready-made drill; a plan file gives its own faults</translation>
    </message>
    <message>
        <source>%1 takes NAME=%2, not &apos;%3&apos;</source>
        <translation>%1 takes NAME=%2, not &apos;%3&apos;</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>parameters: %1</translation>
    </message>
    <message>
        <source>drill %1 on %2: %3</source>
        <translation>drill %1 on %2: %3</translation>
    </message>
    <message>
        <source>  Pacemaker predicts: %1</source>
        <translation>  Pacemaker predicts: %1</translation>
    </message>
    <message>
        <source>  no prediction: %1</source>
        <translation>  no prediction: %1</translation>
    </message>
    <message>
        <source>  %1 %2: outage %3 ms [%4, %5], %6 of %7 probes failed, recovered after %8 ms</source>
        <translation>  %1 %2: outage %3 ms [%4, %5], %6 of %7 probes failed, recovered after %8 ms</translation>
    </message>
    <message>
        <source>  restored: configuration as before, every resource runs</source>
        <translation>  restored: configuration as before, every resource runs</translation>
    </message>
    <message>
        <source>  NOT restored: %1</source>
        <translation>  NOT restored: %1</translation>
    </message>
    <message>
        <source>worst outage %1 ms (%2)</source>
        <translation>worst outage %1 ms (%2)</translation>
    </message>
    <message>
        <source>This drill breaks the cluster %1 on purpose (%2). Type the cluster&apos;s name to go on: </source>
        <translation>This drill breaks the cluster %1 on purpose (%2). Type the cluster&apos;s name to go on: </translation>
    </message>
    <message>
        <source>hadeskctl: not started: the name did not match</source>
        <translation>hadeskctl: not started: the name did not match</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report: %1</translation>
    </message>
    <message>
        <source>the ready-made failover drills; a drill&apos;s plan as JSON</source>
        <translation>the ready-made failover drills; a drill&apos;s plan as JSON</translation>
    </message>
    <message>
        <source>break the cluster on purpose, measure each service&apos;s outage from here, recover, prove it restored and report (--report DIR, --yes, --dry-run); exit 1 an expectation failed, 2 refused or aborted, 3 not proven restored</source>
        <translation>break the cluster on purpose, measure each service&apos;s outage from here, recover, prove it restored and report (--report DIR, --yes, --dry-run); exit 1 an expectation failed, 2 refused or aborted, 3 not proven restored</translation>
    </message>
    <message>
        <source>every drill run on the cluster, with its result and worst outage</source>
        <translation>every drill run on the cluster, with its result and worst outage</translation>
    </message>
    <message>
        <source>hadeskctl: %1 Not asked without a terminal: give --yes.</source>
        <translation>hadeskctl: %1 Not asked without a terminal: give --yes.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [y/N] </translation>
    </message>
    <message>
        <source>hadeskctl: setup refused, nothing was changed:</source>
        <translation>hadeskctl: setup refused, nothing was changed:</translation>
    </message>
    <message>
        <source>Take %1 back to bare hosts (%2)?</source>
        <translation>Take %1 back to bare hosts (%2)?</translation>
    </message>
    <message>
        <source>%1 undone: %2 change(s) taken back in %3 s</source>
        <translation>%1 undone: %2 change(s) taken back in %3 s</translation>
    </message>
    <message>
        <source>hadeskctl: the review failed: %1</source>
        <translation>hadeskctl: the review failed: %1</translation>
    </message>
    <message>
        <source>Apply these changes to %1 (%2)?</source>
        <translation>Apply these changes to %1 (%2)?</translation>
    </message>
    <message>
        <source>setup of %1 stopped: %2</source>
        <translation>setup of %1 stopped: %2</translation>
    </message>
    <message>
        <source>Run it again to continue from there, or undo it: hadeskctl setup --undo PLAN</source>
        <translation>Run it again to continue from there, or undo it: hadeskctl setup --undo PLAN</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>verified: %1</translation>
    </message>
    <message>
        <source>%1 is as the plan says: nothing changed</source>
        <translation>%1 is as the plan says: nothing changed</translation>
    </message>
    <message>
        <source>%1 set up: %2 change(s), verified, in %3 s</source>
        <translation>%1 set up: %2 change(s), verified, in %3 s</translation>
    </message>
    <message>
        <source>hadeskctl: setup example needs at least two hosts</source>
        <translation>hadeskctl: setup example needs at least two hosts</translation>
    </message>
    <message>
        <source>hadeskctl: unexpected &apos;%1&apos;</source>
        <translation>hadeskctl: unexpected &apos;%1&apos;</translation>
    </message>
    <message>
        <source>hadeskctl: %1 refused:</source>
        <translation>hadeskctl: %1 refused:</translation>
    </message>
    <message>
        <source>a commented starting plan for building a cluster on these hosts</source>
        <translation>a commented starting plan for building a cluster on these hosts</translation>
    </message>
    <message>
        <source>bare hosts to a running HA stack: checks, link test, review, then each step (resumable); exit 1 failed and undone, 2 refused by a check</source>
        <translation>bare hosts to a running HA stack: checks, link test, review, then each step (resumable); exit 1 failed and undone, 2 refused by a check</translation>
    </message>
    <message>
        <source>take a cluster HAdesk built back to bare hosts (what its journal says it did)</source>
        <translation>take a cluster HAdesk built back to bare hosts (what its journal says it did)</translation>
    </message>
    <message>
        <source>Removing %1 from %2 (%3 stay):</source>
        <translation>Removing %1 from %2 (%3 stay):</translation>
    </message>
    <message>
        <source>Take %1 out of %2?</source>
        <translation>Take %1 out of %2?</translation>
    </message>
    <message>
        <source>%1 removed from %2 in %3 s, the rest verified. The cluster&apos;s plan now:</source>
        <translation>%1 removed from %2 in %3 s, the rest verified. The cluster&apos;s plan now:</translation>
    </message>
    <message>
        <source>hadeskctl: %1 must be a node of the plan, and two nodes must stay</source>
        <translation>hadeskctl: %1 must be a node of the plan, and two nodes must stay</translation>
    </message>
    <message>
        <source>hadeskctl: %1 is not a node of the plan: add it to cluster.nodes (and fencing.devices) first</source>
        <translation>hadeskctl: %1 is not a node of the plan: add it to cluster.nodes (and fencing.devices) first</translation>
    </message>
    <message>
        <source>add a host to a running cluster HAdesk built: the plan with the node in it, corosync reloaded</source>
        <translation>add a host to a running cluster HAdesk built: the plan with the node in it, corosync reloaded</translation>
    </message>
    <message>
        <source>take a node out of a running cluster HAdesk built: resources moved off, its setup undone, corosync reloaded</source>
        <translation>take a node out of a running cluster HAdesk built: resources moved off, its setup undone, corosync reloaded</translation>
    </message>
    <message>
        <source>usage: hadeskctl setup example HOST...
       hadeskctl setup [--dry-run] [--yes] PLAN
       hadeskctl setup --undo [--yes] PLAN
       hadeskctl setup add-node [--dry-run] [--yes] PLAN NODE
       hadeskctl setup remove-node [--dry-run] [--yes] PLAN NODE
PLAN is a JSON file (docs/setup.md); HOST and the plan&apos;s &quot;ssh&quot; are reached through --ssh-config.</source>
        <translation>usage: hadeskctl setup example HOST...
       hadeskctl setup [--dry-run] [--yes] PLAN
       hadeskctl setup --undo [--yes] PLAN
       hadeskctl setup add-node [--dry-run] [--yes] PLAN NODE
       hadeskctl setup remove-node [--dry-run] [--yes] PLAN NODE
PLAN is a JSON file (docs/setup.md); HOST and the plan&apos;s &quot;ssh&quot; are reached through --ssh-config.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Add Cluster</source>
        <translation>Add Cluster</translation>
    </message>
    <message>
        <source>HAdesk: a console for high-availability clusters.</source>
        <translation>HAdesk: a console for high-availability clusters.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Add a cluster made of the hosts of this OpenSSH client configuration, unless one of that name exists.</source>
        <translation>Add a cluster made of the hosts of this OpenSSH client configuration, unless one of that name exists.</translation>
    </message>
    <message>
        <source>Name for the cluster added with --ssh-config.</source>
        <translation>Name for the cluster added with --ssh-config.</translation>
    </message>
    <message>
        <source>Cluster list</source>
        <translation>Cluster list</translation>
    </message>
    <message>
        <source>Open the cluster of this host (or of this name).</source>
        <translation>Open the cluster of this host (or of this name).</translation>
    </message>
    <message>
        <source>Once the cluster has loaded, save the window as this PNG and exit.</source>
        <translation>Once the cluster has loaded, save the window as this PNG and exit.</translation>
    </message>
    <message>
        <source>Open a saved CIB offline, read-only (may be given more than once).</source>
        <translation>Open a saved CIB offline, read-only (may be given more than once).</translation>
    </message>
    <message>
        <source>Colours: desktop (the default: as the desktop says), light or dark.</source>
        <translation>Colours: desktop (the default: as the desktop says), light or dark.</translation>
    </message>
    <message>
        <source>Wait this many seconds after loading before the screenshot (default 0.5).</source>
        <translation>Wait this many seconds after loading before the screenshot (default 0.5).</translation>
    </message>
    <message>
        <source>Only these hosts of --ssh-config (comma-separated) make the cluster.</source>
        <translation>Only these hosts of --ssh-config (comma-separated) make the cluster.</translation>
    </message>
    <message>
        <source>The view to show: overview, graph, network, haproxy, drbd, resources, placement, events or commands.</source>
        <translation>The view to show: overview, graph, network, haproxy, drbd, resources, placement, events or commands.</translation>
    </message>
</context>
</TS>
