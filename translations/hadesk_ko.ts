<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>DrbdOperations</name>
    <message>
        <source>&apos;%1&apos; is not a DRBD resource name</source>
        <translation>&apos;%1&apos;은(는) DRBD 리소스 이름이 아닙니다</translation>
    </message>
    <message>
        <source>drbdadm %1 %2 on %3</source>
        <translation>%3에서 drbdadm %1 %2</translation>
    </message>
    <message>
        <source>%1 has no DRBD resource %2</source>
        <translation>%1에는 DRBD 리소스 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>Pacemaker runs %1 as %2: promote it through the cluster (move the promoted role to the node), not with drbdadm behind the cluster&apos;s back</source>
        <translation>Pacemaker가 %1을(를) %2(으)로 실행합니다: drbdadm으로 클러스터 몰래 하지 말고 클러스터를 통해 승격하세요(승격 역할을 노드로 이동)</translation>
    </message>
    <message>
        <source>Forcing %1 primary makes its data the valid copy whatever its state (%2): changes only the other nodes have are lost when they connect</source>
        <translation>%1을(를) 강제로 primary로 만들면 상태(%2)와 관계없이 그 데이터가 유효한 사본이 됩니다: 다른 노드에만 있는 변경은 연결할 때 사라집니다</translation>
    </message>
    <message>
        <source>%1&apos;s changes since the split are discarded; it resyncs from its peer</source>
        <translation>분리 이후 %1의 변경은 버려지고 피어에서 다시 동기화합니다</translation>
    </message>
    <message>
        <source>Pacemaker runs %1 as %2 and may react to this</source>
        <translation>Pacemaker가 %1을(를) %2(으)로 실행하므로 이에 반응할 수 있습니다</translation>
    </message>
    <message>
        <source>No node would hold UpToDate data of %1 afterwards</source>
        <translation>이후 어떤 노드도 %1의 UpToDate 데이터를 갖지 않게 됩니다</translation>
    </message>
    <message>
        <source>Only %1 would hold UpToDate data of %2 afterwards</source>
        <translation>이후 %1만 %2의 UpToDate 데이터를 갖게 됩니다</translation>
    </message>
    <message>
        <source>%1 is where Pacemaker has promoted %2: move the promoted role away before discarding its data</source>
        <translation>%1은(는) Pacemaker가 %2을(를) 승격한 곳입니다: 데이터를 버리기 전에 승격 역할을 옮기세요</translation>
    </message>
    <message>
        <source>No node but %1 holds UpToDate data of %2: nothing to resync from</source>
        <translation>%1 외에는 %2의 UpToDate 데이터를 가진 노드가 없습니다: 다시 동기화할 원본이 없습니다</translation>
    </message>
</context>
<context>
    <name>DrbdOverview</name>
    <message>
        <source>Split brain on %1: its data and its peer&apos;s have diverged; choose the node whose changes are discarded and reconnect</source>
        <translation>%1에서 스플릿 브레인: 데이터가 피어와 갈라졌습니다. 변경을 버릴 노드를 골라 다시 연결하세요</translation>
    </message>
    <message>
        <source>I/O is suspended on %1 (%2): writes wait until it is resumed</source>
        <translation>%1에서 I/O가 중단되었습니다(%2): 재개될 때까지 쓰기가 대기합니다</translation>
    </message>
    <message>
        <source>Primary on %1 at once</source>
        <translation>%1에서 동시에 Primary</translation>
    </message>
    <message>
        <source>%1 is StandAlone: it does not replicate to %2 until connected again</source>
        <translation>%1은(는) StandAlone입니다: 다시 연결될 때까지 %2(으)로 복제하지 않습니다</translation>
    </message>
    <message>
        <source>The resync between %1 and %2 is paused</source>
        <translation>%1과(와) %2 사이의 재동기화가 일시 중지되었습니다</translation>
    </message>
    <message>
        <source>%1 KiB differ between %2 and %3 (found by a verify): disconnect and connect to resync them</source>
        <translation>%2과(와) %3 사이에 %1 KiB가 다릅니다(검증에서 발견): 연결을 끊었다가 다시 연결해 재동기화하세요</translation>
    </message>
    <message>
        <source>%1 has no disk (Diskless): it reads and writes through its peer</source>
        <translation>%1에는 디스크가 없습니다(Diskless): 피어를 통해 읽고 씁니다</translation>
    </message>
    <message>
        <source>%1&apos;s data is Outdated: it cannot take over until it has resynced</source>
        <translation>%1의 데이터가 Outdated입니다: 재동기화하기 전에는 넘겨받을 수 없습니다</translation>
    </message>
    <message>
        <source>%1&apos;s data is Inconsistent and no resync runs</source>
        <translation>%1의 데이터가 Inconsistent이며 재동기화가 실행되고 있지 않습니다</translation>
    </message>
    <message>
        <source>Only %1 holds UpToDate data</source>
        <translation>%1만 UpToDate 데이터를 갖고 있습니다</translation>
    </message>
    <message>
        <source>No node holds UpToDate data</source>
        <translation>UpToDate 데이터를 가진 노드가 없습니다</translation>
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
        <translation>검증 %1</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (일시 중지됨)</translation>
    </message>
    <message>
        <source>verify from %1: %2 %, %3, ETA %4</source>
        <translation>%1에서 검증: %2 %, %3, ETA %4</translation>
    </message>
    <message>
        <source>resync from %1: %2 %, %3, ETA %4</source>
        <translation>%1에서 재동기화: %2 %, %3, ETA %4</translation>
    </message>
</context>
<context>
    <name>DrbdResourceCreator</name>
    <message>
        <source>&apos;%1&apos; is not a resource name HAdesk writes (letters, digits, . _ - only)</source>
        <translation>&apos;%1&apos;은(는) HAdesk가 쓰는 리소스 이름이 아닙니다 (문자, 숫자, . _ - 만 허용)</translation>
    </message>
    <message>
        <source>the device minor must be between 0 and %1</source>
        <translation>장치 마이너 번호는 0에서 %1 사이여야 합니다</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>포트는 1에서 65535 사이여야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a block device path under /dev</source>
        <translation>&apos;%1&apos;은(는) /dev 아래의 블록 장치 경로가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resync rate (a number, optionally K, M or G)</source>
        <translation>&apos;%1&apos;은(는) 재동기화 속도가 아닙니다 (숫자, 선택적으로 K, M 또는 G)</translation>
    </message>
    <message>
        <source>a resource needs two nodes</source>
        <translation>리소스에는 노드 두 개가 필요합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name</source>
        <translation>&apos;%1&apos;은(는) 호스트 이름이 아닙니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (for %2) is not an IP address</source>
        <translation>&apos;%1&apos;(%2용)은(는) IP 주소가 아닙니다</translation>
    </message>
    <message>
        <source>every node needs a name and an address of its own</source>
        <translation>모든 노드에는 고유한 이름과 주소가 필요합니다</translation>
    </message>
    <message>
        <source>the initial primary %1 is not one of the nodes</source>
        <translation>초기 Primary %1은(는) 노드 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>choose the node the initial sync starts from, or skip the sync for empty disks</source>
        <translation>초기 동기화를 시작할 노드를 선택하거나, 빈 디스크라면 동기화를 건너뛰십시오</translation>
    </message>
</context>
<context>
    <name>Events2Parser</name>
    <message>
        <source>&quot;%1&quot; is not a key:value field</source>
        <translation>&quot;%1&quot;은(는) key:value 필드가 아닙니다</translation>
    </message>
    <message>
        <source>%1:%2 is not a number</source>
        <translation>%1:%2은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>not an events2 line: %1</source>
        <translation>events2 줄이 아닙니다: %1</translation>
    </message>
    <message>
        <source>no resource name in: %1</source>
        <translation>리소스 이름이 없습니다: %1</translation>
    </message>
    <message>
        <source>no peer-node-id in: %1</source>
        <translation>peer-node-id가 없습니다: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>the DRBD state ends early (no &quot;exists -&quot; line): the output is cut short</source>
        <translation>DRBD 상태가 일찍 끝납니다(&quot;exists -&quot; 줄 없음): 출력이 잘렸습니다</translation>
    </message>
    <message>
        <source>line %1: not DRBD status output: %2</source>
        <translation>%1행: DRBD 상태 출력이 아닙니다: %2</translation>
    </message>
</context>
<context>
    <name>HostChecks</name>
    <message>
        <source>%1: the setup agent reported nothing it found</source>
        <translation>%1: 구축 에이전트가 찾은 내용을 보고하지 않았습니다</translation>
    </message>
    <message>
        <source>HAdesk set it up for cluster &quot;%1&quot;: undo that first (hadeskctl setup --undo)</source>
        <translation>HAdesk가 클러스터 &quot;%1&quot;용으로 구축한 호스트입니다: 먼저 되돌리십시오(hadeskctl setup --undo)</translation>
    </message>
    <message>
        <source>it belongs to a cluster already (%1)</source>
        <translation>이미 클러스터에 속해 있습니다(%1)</translation>
    </message>
    <message>
        <source>its host name is &quot;%1&quot;, the plan calls it &quot;%2&quot;</source>
        <translation>호스트 이름이 &quot;%1&quot;이지만 계획에서는 &quot;%2&quot;입니다</translation>
    </message>
    <message>
        <source>no systemctl: setup needs systemd&apos;s service manager</source>
        <translation>systemctl 없음: 구축에는 systemd의 서비스 관리자가 필요합니다</translation>
    </message>
    <message>
        <source>its clock is %1 s %2 this machine&apos;s (limit %3 s): set up NTP (chrony) first</source>
        <translation>시계가 이 컴퓨터보다 %1초 %2(한도 %3초): 먼저 NTP(chrony)를 설정하십시오</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>빠름</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>느림</translation>
    </message>
    <message>
        <source>link %1&apos;s address %2 is not on any of its interfaces (%3)</source>
        <translation>링크 %1의 주소 %2이(가) 어떤 인터페이스에도 없습니다(%3)</translation>
    </message>
    <message>
        <source>%1 does not resolve the name %2 (add it to /etc/hosts: %3)</source>
        <translation>%1이(가) 이름 %2을(를) 확인하지 못합니다(/etc/hosts에 추가하십시오: %3)</translation>
    </message>
    <message>
        <source>it resolves %1 to %2, the plan gives %3%4</source>
        <translation>%1을(를) %2(으)로 확인하지만 계획에서는 %3입니다%4</translation>
    </message>
    <message>
        <source> (the 127.0.1.1 line Debian&apos;s installer writes: point it at the link 0 address)</source>
        <translation> (Debian 설치 프로그램이 쓰는 127.0.1.1 줄: 링크 0 주소를 가리키게 하십시오)</translation>
    </message>
    <message>
        <source>nftables has rules of its own: open %1 in them, then run again</source>
        <translation>nftables에 자체 규칙이 있습니다: 그 규칙에서 %1을(를) 연 뒤 다시 실행하십시오</translation>
    </message>
    <message>
        <source>%1 %2 here, %3: every node needs the same version</source>
        <translation>여기는 %1 %2, %3: 모든 노드에 같은 버전이 필요합니다</translation>
    </message>
    <message>
        <source>%1 missing and neither apt-get nor dnf to install them</source>
        <translation>%1이(가) 없는데 설치할 apt-get도 dnf도 없습니다</translation>
    </message>
    <message>
        <source>the fence agent %1 is not installed</source>
        <translation>펜스 에이전트 %1이(가) 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the VIP %1 (%2) is already an address of this host</source>
        <translation>VIP %1(%2)은(는) 이미 이 호스트의 주소입니다</translation>
    </message>
    <message>
        <source>the nodes run different systems: %1</source>
        <translation>노드마다 시스템이 다릅니다: %1</translation>
    </message>
    <message>
        <source>%1/%2 is outside every segment of %3 (%4 has %5)</source>
        <translation>%1/%2은(는) %3의 어느 세그먼트에도 속하지 않습니다(%4에는 %5)</translation>
    </message>
    <message>
        <source>the plan puts it on %1, its segment is on %2</source>
        <translation>계획은 %1에 두지만 세그먼트는 %2에 있습니다</translation>
    </message>
    <message>
        <source>its segment is on differently named interfaces (%1): give &quot;interface&quot;</source>
        <translation>세그먼트가 이름이 서로 다른 인터페이스에 있습니다(%1): &quot;interface&quot;를 지정하십시오</translation>
    </message>
    <message>
        <source>it is in a cluster already: it is not a node to add</source>
        <translation>이미 클러스터에 속해 있어 추가할 노드가 아닙니다</translation>
    </message>
    <message>
        <source>it does not run %1 as HAdesk built it: build the cluster first (hadeskctl setup)</source>
        <translation>HAdesk가 구축한 %1을(를) 실행하고 있지 않습니다: 먼저 클러스터를 구축하세요 (hadeskctl setup)</translation>
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
        <translation>%1 → %2 링크 %3 (%4 → %5): %6</translation>
    </message>
    <message>
        <source>%1 → %2 link %3: rtt %4/%5/%6 ms, jitter %7 ms, %8 of %9 lost, path MTU %10</source>
        <translation>%1 → %2 링크 %3: rtt %4/%5/%6ms, 지터 %7ms, %9개 중 %8개 손실, 경로 MTU %10</translation>
    </message>
    <message>
        <source>%1: packets lost</source>
        <translation>%1: 패킷 손실</translation>
    </message>
    <message>
        <source>%1: a path MTU this small slows every message</source>
        <translation>%1: 경로 MTU가 이렇게 작으면 모든 메시지가 느려집니다</translation>
    </message>
    <message>
        <source>%1 of %2 link measurements arrived</source>
        <translation>링크 측정 %2개 중 %1개가 도착했습니다</translation>
    </message>
    <message>
        <source>%1 links measured, worst round trip %2 ms: timing &quot;%3&quot; suggested</source>
        <translation>링크 %1개 측정, 최악 왕복 시간 %2ms: 타이밍 &quot;%3&quot; 권장</translation>
    </message>
    <message>
        <source>the plan asks for the fast timing, but the links are not quick and steady enough for it</source>
        <translation>계획은 빠른 타이밍을 요구하지만 링크가 그만큼 빠르고 안정적이지 않습니다</translation>
    </message>
    <message>
        <source>nothing to measure</source>
        <translation>측정할 것이 없음</translation>
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
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>재시작(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>이동(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Ban from</source>
        <translation>금지(&amp;B)</translation>
    </message>
    <message>
        <source>Move &amp;away from %1</source>
        <translation>%1에서 다른 곳으로 이동(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Clear moves and bans</source>
        <translation>이동 및 금지 해제(&amp;C)</translation>
    </message>
    <message>
        <source>Clean &amp;up failures</source>
        <translation>실패 정리(&amp;U)</translation>
    </message>
    <message>
        <source>U&amp;nmanage</source>
        <translation>관리 해제(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>관리(&amp;M)</translation>
    </message>
    <message>
        <source>Leave maintenance</source>
        <translation>유지보수 종료</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>유지보수</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>리소스 삭제</translation>
    </message>
    <message>
        <source>Delete %1 from the configuration? Pacemaker stops it first.</source>
        <translation>%1을(를) 구성에서 삭제할까요? Pacemaker가 먼저 중지합니다.</translation>
    </message>
    <message>
        <source>Bring &amp;online</source>
        <translation>온라인으로(&amp;O)</translation>
    </message>
    <message>
        <source>Put in &amp;standby</source>
        <translation>대기 상태로(&amp;S)</translation>
    </message>
    <message>
        <source>Leave &amp;maintenance</source>
        <translation>유지보수 종료(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>유지보수(&amp;M)</translation>
    </message>
    <message>
        <source>Add &amp;Constraint…</source>
        <translation>제약 조건 추가(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove C&amp;onstraint</source>
        <translation>제약 조건 제거(&amp;O)</translation>
    </message>
    <message>
        <source>Read-only: no changes from here (Cluster ▸ Read-only)</source>
        <translation>읽기 전용: 여기서 변경할 수 없음 (클러스터 ▸ 읽기 전용)</translation>
    </message>
    <message>
        <source>Made by Pacemaker for its bundle: act on the bundle</source>
        <translation>Pacemaker가 번들을 위해 만든 것입니다: 번들에서 작업하십시오</translation>
    </message>
</context>
<context>
    <name>SetupConfigs</name>
    <message>
        <source>timing &quot;%1&quot;: corosync token %2 ms (%3 ms with %4 nodes), a lost node noticed after about %5 s; fencing allowed %6 s; services checked every %7 s</source>
        <translation>타이밍 &quot;%1&quot;: corosync token %2ms(노드 %4개일 때 %3ms), 잃은 노드는 약 %5초 후 감지; 펜싱 허용 %6초; 서비스는 %7초마다 점검</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source>must be an object of name: value</source>
        <translation>이름: 값 형식의 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter name</source>
        <translation>&quot;%1&quot;은(는) 매개변수 이름이 아닙니다</translation>
    </message>
    <message>
        <source>must be a string, a number or true/false</source>
        <translation>문자열, 숫자 또는 true/false여야 합니다</translation>
    </message>
    <message>
        <source>cannot read the plan: %1</source>
        <translation>계획을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>JSON이 아닙니다: 오프셋 %2에서 %1</translation>
    </message>
    <message>
        <source>the plan must be a JSON object</source>
        <translation>계획은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>unknown key (known: cluster, fencing, vips, haproxy, storage, services)</source>
        <translation>알 수 없는 키(알려진 키: cluster, fencing, vips, haproxy, storage, services)</translation>
    </message>
    <message>
        <source>a name of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; is needed</source>
        <translation>문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로 된 이름이 필요합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timing profile (default or fast)</source>
        <translation>&quot;%1&quot;은(는) 타이밍 프로필이 아닙니다(default 또는 fast)</translation>
    </message>
    <message>
        <source>not a UDP port</source>
        <translation>UDP 포트가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node name</source>
        <translation>&quot;%1&quot;은(는) 노드 이름이 아닙니다</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host to connect to</source>
        <translation>&quot;%1&quot;은(는) 연결할 수 있는 호스트가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot;은(는) IPv4 주소가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation>%1이(가) 두 번 사용되었습니다</translation>
    </message>
    <message>
        <source>one to eight corosync link addresses are needed</source>
        <translation>corosync 링크 주소가 1~8개 필요합니다</translation>
    </message>
    <message>
        <source>a cluster needs at least two nodes</source>
        <translation>클러스터에는 노드가 두 개 이상 필요합니다</translation>
    </message>
    <message>
        <source>more than 32 nodes: corosync does not support it</source>
        <translation>노드가 32개를 넘습니다: corosync가 지원하지 않습니다</translation>
    </message>
    <message>
        <source>%1 has %2 links, %3 has %4: every node needs the same links</source>
        <translation>%1에는 링크가 %2개, %3에는 %4개 있습니다: 모든 노드에 같은 링크가 필요합니다</translation>
    </message>
    <message>
        <source>a fence agent is needed (fence_ipmilan, say); &quot;enabled&quot;: false only knowingly</source>
        <translation>펜스 에이전트가 필요합니다(예: fence_ipmilan). &quot;enabled&quot;: false는 알고 있을 때만 쓰십시오</translation>
    </message>
    <message>
        <source>not a node of the cluster</source>
        <translation>클러스터의 노드가 아닙니다</translation>
    </message>
    <message>
        <source>%1 has no fence device</source>
        <translation>%1에 펜스 장치가 없습니다</translation>
    </message>
    <message>
        <source>the node to test-fence is needed (&quot;test&quot;: false skips the test, unsafely)</source>
        <translation>테스트 펜싱할 노드가 필요합니다(&quot;test&quot;: false는 테스트를 건너뛰며 안전하지 않습니다)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>&quot;%1&quot;은(는) ID가 아닙니다(문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <source>%1 is already used</source>
        <translation>%1은(는) 이미 사용 중입니다</translation>
    </message>
    <message>
        <source>a prefix length from 1 to 32 is needed</source>
        <translation>1에서 32 사이의 접두사 길이가 필요합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name</source>
        <translation>&quot;%1&quot;은(는) 인터페이스 이름이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset</source>
        <translation>&quot;%1&quot;은(는) 프리셋이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template (active-standby, active-active)</source>
        <translation>&quot;%1&quot;은(는) 템플릿이 아닙니다(active-standby, active-active)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agent (ocf:provider:type, systemd:unit...)</source>
        <translation>&quot;%1&quot;은(는) 에이전트가 아닙니다(ocf:provider:type, systemd:unit...)</translation>
    </message>
    <message>
        <source>not a TCP port</source>
        <translation>TCP 포트가 아닙니다</translation>
    </message>
    <message>
        <source>an HTTP path such as /health is needed</source>
        <translation>/health 같은 HTTP 경로가 필요합니다</translation>
    </message>
    <message>
        <source>no VIP %1 in vips</source>
        <translation>vips에 VIP %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>an active/active service is reached through a frontend, not a VIP of its own</source>
        <translation>active/active 서비스는 자체 VIP가 아니라 프런트엔드를 통해 접근합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agent</source>
        <translation>&quot;%1&quot;은(는) 에이전트가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is the id of HAProxy&apos;s clone: name it otherwise</source>
        <translation>%1은(는) HAProxy 클론의 ID입니다: 다른 이름을 쓰십시오</translation>
    </message>
    <message>
        <source>%1 port %2 is bound twice</source>
        <translation>%1 포트 %2이(가) 두 번 바인딩됩니다</translation>
    </message>
    <message>
        <source>no service %1 in services</source>
        <translation>services에 서비스 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 has no port for HAProxy to reach</source>
        <translation>%1에는 HAProxy가 접근할 포트가 없습니다</translation>
    </message>
    <message>
        <source>DRBD storage in a setup plan is not supported yet: set it up with hadeskctl drbd once the cluster runs</source>
        <translation>구축 계획의 DRBD 스토리지는 아직 지원되지 않습니다: 클러스터가 실행된 뒤 hadeskctl drbd로 구성하십시오</translation>
    </message>
    <message>
        <source>a corosync nodeid is a positive number</source>
        <translation>corosync nodeid는 양의 정수입니다</translation>
    </message>
    <message>
        <source>nodeid %1 is %2&apos;s already</source>
        <translation>nodeid %1은(는) 이미 %2의 것입니다</translation>
    </message>
</context>
<context>
    <name>hadesk::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>경유</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>hadesk::ClusterSession</name>
    <message>
        <source>&apos;%1&apos; is not a server state (ready, drain or maint)</source>
        <translation>&apos;%1&apos;은(는) 서버 상태가 아닙니다 (ready, drain, maint 중 하나)</translation>
    </message>
    <message>
        <source>no HAProxy has answered yet</source>
        <translation>아직 응답한 HAProxy가 없습니다</translation>
    </message>
    <message>
        <source>No HAProxy server stands for %1.</source>
        <translation>%1에 해당하는 HAProxy 서버가 없습니다.</translation>
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
        <translation>%1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>항목 %1</translation>
    </message>
    <message>
        <source>Skipped unreadable clusters in %1: %2</source>
        <translation>%1에서 읽을 수 없는 클러스터를 건너뛰었습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid cluster name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>&apos;%1&apos;은(는) 올바른 클러스터 이름이 아닙니다: 문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;를 사용하고 문자나 숫자로 시작하십시오</translation>
    </message>
    <message>
        <source>A cluster named &apos;%1&apos; already exists</source>
        <translation>&apos;%1&apos; 클러스터가 이미 있습니다</translation>
    </message>
    <message>
        <source>Cluster &apos;%1&apos; has no nodes</source>
        <translation>&apos;%1&apos; 클러스터에 노드가 없습니다</translation>
    </message>
    <message>
        <source>There is no cluster named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 클러스터가 없습니다</translation>
    </message>
    <message>
        <source>%1 names no host &apos;%2&apos;</source>
        <translation>%1에 &apos;%2&apos; 호스트가 없습니다</translation>
    </message>
    <message>
        <source>%1 names no concrete hosts</source>
        <translation>%1에 구체적인 호스트가 없습니다</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::ClusterTreeModel</name>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>노드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Reached through %1</source>
        <translation>%1을(를) 통해 연결</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
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
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>종료 코드</translation>
    </message>
</context>
<context>
    <name>hadesk::Language</name>
    <message>
        <source>No translation for &apos;%1&apos;; available: %2</source>
        <translation>&apos;%1&apos; 번역이 없습니다. 사용 가능: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::NodeAddressConfig</name>
    <message>
        <source>Name at least one node.</source>
        <translation>노드를 하나 이상 입력하세요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name, an address or an SSH alias.</source>
        <translation>&apos;%1&apos;은(는) 호스트 이름, 주소 또는 SSH 별칭이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>%1이(가) 두 번 입력되었습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name.</source>
        <translation>&apos;%1&apos;은(는) 올바른 사용자 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a port number.</source>
        <translation>%1은(는) 포트 번호가 아닙니다.</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>개인 키 파일을 고르세요.</translation>
    </message>
    <message>
        <source>The key file&apos;s path cannot contain quotes, &apos;%&apos; or line breaks.</source>
        <translation>키 파일 경로에는 따옴표, &apos;%&apos;, 줄바꿈을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>키 파일 %1을(를) 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>hadesk::SegmentLabel</name>
    <message>
        <source>&apos;%1&apos; is not a subnet like 198.19.0.0/24</source>
        <translation>&apos;%1&apos;은(는) 198.19.0.0/24 같은 서브넷이 아닙니다</translation>
    </message>
    <message>
        <source>A segment&apos;s name is one line of at most 40 characters</source>
        <translation>세그먼트 이름은 40자 이하의 한 줄입니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a segment role (%2)</source>
        <translation>&apos;%1&apos;은(는) 세그먼트 역할이 아닙니다 (%2)</translation>
    </message>
</context>
<context>
    <name>hadesk::ServiceHealth</name>
    <message>
        <source>%1 %2 is not running</source>
        <translation>%1 %2 실행 중 아님</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%3의 %1 %2</translation>
    </message>
    <message>
        <source>%1 :%2</source>
        <translation>%1 :%2</translation>
    </message>
    <message>
        <source>(nothing listens on %1)</source>
        <translation>(%1에서 수신 대기 중인 것 없음)</translation>
    </message>
    <message>
        <source>%1: not read</source>
        <translation>%1: 읽지 못함</translation>
    </message>
    <message>
        <source>%1: %2/%3 servers up</source>
        <translation>%1: 서버 %2/%3 가동</translation>
    </message>
    <message>
        <source>DRBD %1: %2/%3 replicas UpToDate</source>
        <translation>DRBD %1: 복제본 %2/%3 UpToDate</translation>
    </message>
    <message>
        <source>Primary on %1</source>
        <translation>%1에서 Primary</translation>
    </message>
    <message>
        <source>(%1 not read yet)</source>
        <translation>(%1 아직 읽지 않음)</translation>
    </message>
</context>
<context>
    <name>hadesk::Startup</name>
    <message>
        <source>User interface language (e.g. de, it, ko); default: the system&apos;s.</source>
        <translation>사용자 인터페이스 언어(예: de, it, ko). 기본값: 시스템 언어.</translation>
    </message>
    <message>
        <source>Cluster list file; default: %1.</source>
        <translation>클러스터 목록 파일. 기본값: %1.</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::DrbdActionJob</name>
    <message>
        <source>already %1</source>
        <translation>이미 %1</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::DrbdCreateJob</name>
    <message>
        <source>Create DRBD resource %1</source>
        <translation>DRBD 리소스 %1 만들기</translation>
    </message>
    <message>
        <source>check the resource</source>
        <translation>리소스 확인</translation>
    </message>
    <message>
        <source>check that %1 and %2 are free</source>
        <translation>%1 및 %2이(가) 비어 있는지 확인</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>%1 쓰기</translation>
    </message>
    <message>
        <source>check the configuration with %1 (drbdadm -d)</source>
        <translation>%1을(를) 포함한 구성 확인 (drbdadm -d)</translation>
    </message>
    <message>
        <source>install %1</source>
        <translation>%1 설치</translation>
    </message>
    <message>
        <source>(the DRBD metadata written on %1 stays; drbdadm wipe-md removes it)</source>
        <translation>(%1에 기록된 DRBD 메타데이터는 남습니다. drbdadm wipe-md로 지울 수 있습니다)</translation>
    </message>
    <message>
        <source>create DRBD metadata on %1</source>
        <translation>%1에 DRBD 메타데이터 만들기</translation>
    </message>
    <message>
        <source>bring %1 up</source>
        <translation>%1 올리기</translation>
    </message>
    <message>
        <source>wait for the nodes to connect</source>
        <translation>노드가 연결될 때까지 대기</translation>
    </message>
    <message>
        <source>(check the addresses and the firewall) %1</source>
        <translation>(주소와 방화벽을 확인하세요) %1</translation>
    </message>
    <message>
        <source>skip the initial sync (the disks are empty)</source>
        <translation>초기 동기화 건너뛰기 (디스크가 비어 있음)</translation>
    </message>
    <message>
        <source>make %1 Primary</source>
        <translation>%1을(를) Primary로 만들기</translation>
    </message>
    <message>
        <source>start the initial sync from here (primary --force)</source>
        <translation>여기서 초기 동기화 시작 (primary --force)</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::DrbdRemoveJob</name>
    <message>
        <source>Remove DRBD resource %1</source>
        <translation>DRBD 리소스 %1 제거</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resource name HAdesk writes (letters, digits, . _ - only)</source>
        <translation>&apos;%1&apos;은(는) HAdesk가 쓰는 리소스 이름이 아닙니다 (문자, 숫자, . _ - 만 허용)</translation>
    </message>
    <message>
        <source>check the resource</source>
        <translation>리소스 확인</translation>
    </message>
    <message>
        <source>check that HAdesk wrote %1</source>
        <translation>HAdesk가 %1을(를) 썼는지 확인</translation>
    </message>
    <message>
        <source>take %1 down</source>
        <translation>%1 내리기</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 제거</translation>
    </message>
</context>
<context>
    <name>hadesk::drbd::DrbdResourceModel</name>
    <message>
        <source>Secondary everywhere</source>
        <translation>모든 곳에서 Secondary</translation>
    </message>
    <message>
        <source>Primary on %1</source>
        <translation>%1에서 Primary</translation>
    </message>
    <message>
        <source>%1 KiB out of sync</source>
        <translation>%1 KiB 동기화되지 않음</translation>
    </message>
    <message>
        <source>not run by Pacemaker</source>
        <translation>Pacemaker가 관리하지 않음</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>%1에 연결 없음</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 (대상: %2)</translation>
    </message>
    <message>
        <source>%1 (split brain)</source>
        <translation>%1 (스플릿 브레인)</translation>
    </message>
    <message>
        <source>%1 (I/O suspended: %2)</source>
        <translation>%1 (I/O 일시 중단: %2)</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>승격됨</translation>
    </message>
    <message>
        <source>not promoted</source>
        <translation>승격되지 않음</translation>
    </message>
    <message>
        <source>Resource / node</source>
        <translation>리소스 / 노드</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>디스크</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
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
        <translation>%1: DRBD 이벤트를 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1: DRBD&apos;s progress could not be read: %2</source>
        <translation>%1: DRBD의 진행 상황을 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>DRBD (drbdsetup events2)</source>
        <translation>DRBD (drbdsetup events2)</translation>
    </message>
    <message>
        <source>%1 has no DRBD kernel module</source>
        <translation>%1에 DRBD 커널 모듈이 없습니다</translation>
    </message>
    <message>
        <source>%1: the DRBD event stream stopped: %2</source>
        <translation>%1: DRBD 이벤트 스트림이 멈췄습니다: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillChecks</name>
    <message>
        <source>quorum</source>
        <translation>쿼럼</translation>
    </message>
    <message>
        <source>the partition the console reads has quorum</source>
        <translation>콘솔이 읽는 파티션에 쿼럼이 있음</translation>
    </message>
    <message>
        <source>the cluster has no quorum</source>
        <translation>클러스터에 쿼럼이 없음</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%3의 %1 %2</translation>
    </message>
    <message>
        <source>no failed actions</source>
        <translation>실패한 작업 없음</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>clean these up first: %1</source>
        <translation>먼저 정리하십시오: %1</translation>
    </message>
    <message>
        <source>nothing in transition</source>
        <translation>전환 중인 것 없음</translation>
    </message>
    <message>
        <source>no action pending</source>
        <translation>대기 중인 작업 없음</translation>
    </message>
    <message>
        <source>still pending: %1</source>
        <translation>아직 대기 중: %1</translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>not in maintenance</source>
        <translation>유지 관리 중 아님</translation>
    </message>
    <message>
        <source>the cluster manages its resources</source>
        <translation>클러스터가 리소스를 관리함</translation>
    </message>
    <message>
        <source>in maintenance: %1</source>
        <translation>유지 관리 중: %1</translation>
    </message>
    <message>
        <source>every node online</source>
        <translation>모든 노드 온라인</translation>
    </message>
    <message>
        <source>all %1 member nodes online and active</source>
        <translation>구성원 노드 %1개 모두 온라인이며 활성</translation>
    </message>
    <message>
        <source>not online and active: %1</source>
        <translation>온라인·활성 아님: %1</translation>
    </message>
    <message>
        <source>fencing</source>
        <translation>펜싱</translation>
    </message>
    <message>
        <source>stonith-enabled is false: a lost node would not be fenced</source>
        <translation>stonith-enabled가 false: 잃은 노드가 펜싱되지 않음</translation>
    </message>
    <message>
        <source>no fence device runs</source>
        <translation>실행 중인 펜스 장치 없음</translation>
    </message>
    <message>
        <source>enabled, with a fence device running</source>
        <translation>활성화됨, 펜스 장치 실행 중</translation>
    </message>
    <message>
        <source>DRBD peers UpToDate</source>
        <translation>DRBD 피어 UpToDate</translation>
    </message>
    <message>
        <source>every replica UpToDate</source>
        <translation>모든 복제본 UpToDate</translation>
    </message>
    <message>
        <source>not every replica UpToDate: %1</source>
        <translation>모든 복제본이 UpToDate는 아님: %1</translation>
    </message>
    <message>
        <source>a node to take over from %1</source>
        <translation>%1을(를) 대신할 노드</translation>
    </message>
    <message>
        <source>no other node is online and active: the services would have no copy</source>
        <translation>다른 온라인·활성 노드 없음: 서비스의 사본이 없게 됨</translation>
    </message>
    <message>
        <source>%1 can take over</source>
        <translation>%1이(가) 대신할 수 있음</translation>
    </message>
    <message>
        <source>another HAProxy besides %1</source>
        <translation>%1 외의 다른 HAProxy</translation>
    </message>
    <message>
        <source>no other node&apos;s HAProxy answers: the frontends would have no copy</source>
        <translation>다른 노드의 HAProxy가 응답하지 않음: 프런트엔드의 사본이 없게 됨</translation>
    </message>
    <message>
        <source>HAProxy answers on %1</source>
        <translation>%1에서 HAProxy가 응답함</translation>
    </message>
    <message>
        <source>%1 has a primary</source>
        <translation>%1에 Primary가 있음</translation>
    </message>
    <message>
        <source>Primary on %1</source>
        <translation>%1에서 Primary</translation>
    </message>
    <message>
        <source>no node is Primary</source>
        <translation>Primary인 노드 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pending</source>
        <translation>
            <numerusform>대기 중인 작업 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not back online</source>
        <translation>%1이(가) 다시 온라인이 아님</translation>
    </message>
    <message>
        <source>%1 does not run everywhere it ran</source>
        <translation>%1이(가) 실행되던 모든 곳에서 실행되지 않음</translation>
    </message>
    <message>
        <source>failed actions are left</source>
        <translation>실패한 작업이 남아 있음</translation>
    </message>
    <message>
        <source>DRBD %1 is not seen on every node again</source>
        <translation>DRBD %1이(가) 아직 모든 노드에서 보이지 않습니다</translation>
    </message>
    <message>
        <source>DRBD %1: split brain on %2</source>
        <translation>DRBD %1: %2에서 스플릿 브레인</translation>
    </message>
    <message>
        <source>DRBD %1 is not connected between %2 and %3</source>
        <translation>DRBD %1이(가) %2와 %3 사이에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>DRBD %1 is not UpToDate everywhere yet</source>
        <translation>DRBD %1이(가) 아직 모든 곳에서 UpToDate가 아닙니다</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillLibrary</name>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1은(는) %2에서 %3 사이의 정수여야 함</translation>
    </message>
    <message>
        <source>fault %1: %2</source>
        <translation>장애 %1: %2</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>알 수 없는 종류 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>inject and undo are lists of arguments (strings), never a shell line</source>
        <translation>inject와 undo는 인수(문자열) 목록이며 셸 명령줄이 아님</translation>
    </message>
    <message>
        <source>resource must be a resource id, not &quot;%1&quot;</source>
        <translation>resource는 리소스 ID여야 함, &quot;%1&quot;이(가) 아님</translation>
    </message>
    <message>
        <source>node must be a node&apos;s name, not &quot;%1&quot;</source>
        <translation>node는 노드 이름이어야 함, &quot;%1&quot;이(가) 아님</translation>
    </message>
    <message>
        <source>segment must be internal, external, all or a subnet, not &quot;%1&quot;</source>
        <translation>segment는 internal, external, all 또는 서브넷이어야 함, &quot;%1&quot;이(가) 아님</translation>
    </message>
    <message>
        <source>drbd must be a DRBD resource&apos;s name, not &quot;%1&quot;</source>
        <translation>drbd는 DRBD 리소스 이름이어야 함, &quot;%1&quot;이(가) 아님</translation>
    </message>
    <message>
        <source>a command fault needs both inject and undo, each a list of arguments</source>
        <translation>command 장애에는 inject와 undo가 모두 필요하며 각각 인수 목록임</translation>
    </message>
    <message>
        <source>process must be one line of at most 200 characters</source>
        <translation>process는 200자 이하의 한 줄이어야 함</translation>
    </message>
    <message>
        <source>name must be one line of at most 80 characters without &apos;/&apos;</source>
        <translation>name은 &apos;/&apos; 없는 80자 이하의 한 줄이어야 함</translation>
    </message>
    <message>
        <source>faults must list at least one fault</source>
        <translation>faults에는 장애가 하나 이상 있어야 함</translation>
    </message>
    <message>
        <source>probes.extra: from must be a node&apos;s name, not &quot;%1&quot;</source>
        <translation>probes.extra: from은 노드 이름이어야 함, &quot;%1&quot;이(가) 아님</translation>
    </message>
    <message>
        <source>probes.extra: each needs a name, an address IP:PORT and a path from /, not &quot;%1&quot;</source>
        <translation>probes.extra: 각각 이름, IP:PORT 주소, /로 시작하는 경로가 필요함, &quot;%1&quot;이(가) 아님</translation>
    </message>
    <message>
        <source>probes.%1 must be a list of names</source>
        <translation>probes.%1은(는) 이름 목록이어야 함</translation>
    </message>
    <message>
        <source>probes.from_nodes: each must be a node&apos;s name, once, not &quot;%1&quot;</source>
        <translation>probes.from_nodes: 각각 노드 이름이어야 하며 한 번만, &quot;%1&quot;이(가) 아님</translation>
    </message>
    <message>
        <source>expectations: ends_on must be a node&apos;s name, not &quot;%1&quot;</source>
        <translation>expectations: ends_on은 노드 이름이어야 함, &quot;%1&quot;이(가) 아님</translation>
    </message>
    <message>
        <source>writes: each needs a name and an http:// URL of a folder, not &quot;%1&quot;</source>
        <translation>writes: 각각 이름과 폴더의 http:// URL이 필요함, &quot;%1&quot;이(가) 아님</translation>
    </message>
    <message>
        <source>standby the node running a resource (planned)</source>
        <translation>리소스를 실행하는 노드를 대기 상태로 전환(계획됨)</translation>
    </message>
    <message>
        <source>fence the node running a resource through the cluster&apos;s own fencing</source>
        <translation>리소스를 실행하는 노드를 클러스터 자체 펜싱으로 펜싱</translation>
    </message>
    <message>
        <source>cut one node off a segment with packet filtering on the node</source>
        <translation>노드의 패킷 필터링으로 노드를 세그먼트에서 분리</translation>
    </message>
    <message>
        <source>kill -9 a resource&apos;s process on its node</source>
        <translation>노드에서 리소스 프로세스를 kill -9</translation>
    </message>
    <message>
        <source>make a resource&apos;s monitor fail (crm_resource --fail)</source>
        <translation>리소스의 모니터를 실패시킴(crm_resource --fail)</translation>
    </message>
    <message>
        <source>stop HAProxy on a node</source>
        <translation>노드의 HAProxy 중지</translation>
    </message>
    <message>
        <source>disconnect a DRBD resource&apos;s replication</source>
        <translation>DRBD 리소스의 복제 연결 끊기</translation>
    </message>
    <message>
        <source>a fault and its undo, each a command run on the console&apos;s machine</source>
        <translation>장애와 되돌리기, 각각 콘솔 컴퓨터에서 실행하는 명령</translation>
    </message>
    <message>
        <source>no ready-made drill is called &quot;%1&quot;</source>
        <translation>&quot;%1&quot;(이)라는 기성 훈련이 없음</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1은(는) JSON 객체가 아님: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillPlanStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없음</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1을(를) 제거할 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillReport</name>
    <message>
        <source>detect</source>
        <translation>감지</translation>
    </message>
    <message>
        <source>fence</source>
        <translation>펜싱</translation>
    </message>
    <message>
        <source>DRBD promote</source>
        <translation>DRBD 승격</translation>
    </message>
    <message>
        <source>resource start</source>
        <translation>리소스 시작</translation>
    </message>
    <message>
        <source>VIP up</source>
        <translation>VIP 활성</translation>
    </message>
    <message>
        <source>backend up</source>
        <translation>백엔드 활성</translation>
    </message>
    <message>
        <source>first ok probe</source>
        <translation>첫 정상 프로브</translation>
    </message>
    <message>
        <source>outage at most %1 ms</source>
        <translation>중단 최대 %1ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no failed request</source>
        <translation>실패한 요청 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message>
        <source>ends on %1</source>
        <translation>%1에서 끝남</translation>
    </message>
    <message>
        <source>runs nowhere</source>
        <translation>어디에서도 실행되지 않음</translation>
    </message>
    <message>
        <source>no acknowledged write lost</source>
        <translation>확인된 쓰기 손실 없음</translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged writes lost</source>
        <translation>확인된 쓰기 %2개 중 %1개 손실</translation>
    </message>
    <message>
        <source>not read back: the drill ended before</source>
        <translation>다시 읽지 않음: 훈련이 먼저 끝남</translation>
    </message>
    <message>
        <source>not read back: %1</source>
        <translation>다시 읽지 않음: %1</translation>
    </message>
    <message>
        <source>up</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>down</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>장애</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Drill %1 on %2</source>
        <translation>%2의 훈련 %1</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>장애:</translation>
    </message>
    <message>
        <source>Cluster restored: the configuration as before, every resource running</source>
        <translation>클러스터 복원됨: 구성이 이전과 같고 모든 리소스 실행 중</translation>
    </message>
    <message>
        <source>Cluster NOT restored (see Restoration)</source>
        <translation>클러스터가 복원되지 않음(복원 참조)</translation>
    </message>
    <message>
        <source>Cluster not proven restored: the proof did not run</source>
        <translation>클러스터 복원이 증명되지 않음: 증명이 실행되지 않음</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>감지</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>회복</translation>
    </message>
    <message>
        <source>Full redundancy</source>
        <translation>완전한 이중화</translation>
    </message>
    <message>
        <source>Failed probes</source>
        <translation>실패한 프로브</translation>
    </message>
    <message>
        <source>Flaps</source>
        <translation>깜빡임</translation>
    </message>
    <message>
        <source>Worst latency</source>
        <translation>최악 지연</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>기대치</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>쓰기</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>쓴 것</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>확인 안 됨</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>%1 (records %2)</source>
        <translation>%1(레코드 %2)</translation>
    </message>
    <message>
        <source>every acknowledged write read back</source>
        <translation>확인된 모든 쓰기를 다시 읽음</translation>
    </message>
    <message>
        <source>writes lost</source>
        <translation>쓰기 손실</translation>
    </message>
    <message>
        <source>Prediction and outcome</source>
        <translation>예측과 결과</translation>
    </message>
    <message>
        <source>Pacemaker predicted</source>
        <translation>Pacemaker의 예측</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>발생한 일</translation>
    </message>
    <message>
        <source>Safety checks</source>
        <translation>안전 점검</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>시계</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Offset before</source>
        <translation>이전 오프셋</translation>
    </message>
    <message>
        <source>Offset after</source>
        <translation>이후 오프셋</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>측정 안 됨</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>not proven: the proof did not run</source>
        <translation>증명되지 않음: 증명이 실행되지 않음</translation>
    </message>
    <message>
        <source>the configuration is the one before the drill and every resource runs</source>
        <translation>구성이 훈련 전과 같고 모든 리소스가 실행 중</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>복원되지 않음</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Time from the fault</source>
        <translation>장애 이후 시간</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Timed by</source>
        <translation>시간 기준</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>console</source>
        <translation>콘솔</translation>
    </message>
    <message>
        <source>node&apos;s clock ± %1 ms</source>
        <translation>노드 시계 ± %1ms</translation>
    </message>
    <message>
        <source>node&apos;s clock, offset not measured</source>
        <translation>노드 시계, 오프셋 측정 안 됨</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>not a drill&apos;s probes.json (format 1)</source>
        <translation>훈련의 probes.json(형식 1)이 아님</translation>
    </message>
    <message>
        <source>a probe result is not [sent_us, latency_us, outcome]</source>
        <translation>프로브 결과가 [sent_us, latency_us, outcome]이 아님</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없음</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>cannot append to %1: %2</source>
        <translation>%1에 추가할 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::DrillRun</name>
    <message>
        <source>drill: %1</source>
        <translation>훈련: %1</translation>
    </message>
    <message>
        <source>check the cluster</source>
        <translation>클러스터 점검</translation>
    </message>
    <message>
        <source>ask Pacemaker what the fault should do (crm_simulate)</source>
        <translation>장애가 어떤 결과를 낼지 Pacemaker에 묻기(crm_simulate)</translation>
    </message>
    <message>
        <source>measure the nodes&apos; clocks</source>
        <translation>노드 시계 측정</translation>
    </message>
    <message>
        <source>save the configuration</source>
        <translation>구성 저장</translation>
    </message>
    <message>
        <source>follow the nodes&apos; events (Pacemaker alerts, VIP addresses, DRBD)</source>
        <translation>노드 이벤트 추적(Pacemaker 알림, VIP 주소, DRBD)</translation>
    </message>
    <message>
        <source>probe the services before the fault</source>
        <translation>장애 전 서비스 프로브</translation>
    </message>
    <message>
        <source>inject fault %1: %2</source>
        <translation>장애 %1 주입: %2</translation>
    </message>
    <message>
        <source>watch the failover</source>
        <translation>페일오버 관찰</translation>
    </message>
    <message>
        <source>recover: undo the faults and clean up</source>
        <translation>복구: 장애 되돌리기 및 정리</translation>
    </message>
    <message>
        <source>wait for the cluster to settle</source>
        <translation>클러스터가 안정될 때까지 대기</translation>
    </message>
    <message>
        <source>read the acknowledged writes back</source>
        <translation>확인된 쓰기 다시 읽기</translation>
    </message>
    <message>
        <source>prove the cluster restored</source>
        <translation>클러스터 복원 증명</translation>
    </message>
    <message>
        <source>measure the nodes&apos; clocks again</source>
        <translation>노드 시계 다시 측정</translation>
    </message>
    <message>
        <source>stop the probes</source>
        <translation>프로브 중지</translation>
    </message>
    <message>
        <source>stopped by the operator</source>
        <translation>운영자가 중지함</translation>
    </message>
    <message>
        <source>aborted: %1</source>
        <translation>중단됨: %1</translation>
    </message>
    <message>
        <source> (%1&apos;s clock, ±%2 ms)</source>
        <translation> (%1의 시계, ±%2ms)</translation>
    </message>
    <message>
        <source>a fence the drill did not cause: %1</source>
        <translation>훈련이 일으키지 않은 펜싱: %1</translation>
    </message>
    <message>
        <source>the cluster lost quorum, which the fault should not cause</source>
        <translation>클러스터가 쿼럼을 잃음(장애가 일으키면 안 되는 일)</translation>
    </message>
    <message>
        <source>%1 is not one of the cluster&apos;s hosts (%2)</source>
        <translation>%1은(는) 클러스터의 호스트가 아님(%2)</translation>
    </message>
    <message>
        <source>%1 is what the fault takes away (%2): its probes would measure the fault, not the service</source>
        <translation>%1은(는) 장애가 없애는 대상임(%2): 그 프로브는 서비스가 아닌 장애를 측정하게 됨</translation>
    </message>
    <message>
        <source>the cluster&apos;s state is not read yet</source>
        <translation>클러스터 상태를 아직 읽지 않음</translation>
    </message>
    <message>
        <source>the cluster is opened read-only: no drills</source>
        <translation>클러스터가 읽기 전용으로 열림: 훈련 불가</translation>
    </message>
    <message>
        <source>services to probe</source>
        <translation>프로브할 서비스</translation>
    </message>
    <message>
        <source>no VIP service found (the network picture has none yet)</source>
        <translation>VIP 서비스를 찾지 못함(네트워크 그림에 아직 없음)</translation>
    </message>
    <message numerus="yes">
        <source>%n probe stream(s)</source>
        <translation>
            <numerusform>프로브 스트림 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>probes from %1</source>
        <translation>%1에서의 프로브</translation>
    </message>
    <message>
        <source>a host of the cluster, not the fault&apos;s</source>
        <translation>장애 대상이 아닌 클러스터 호스트</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>거부됨: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>점검 %n개 통과</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first edit of the configuration is simulated</source>
        <translation>구성의 첫 번째 변경만 시뮬레이션됨</translation>
    </message>
    <message>
        <source>crm_simulate could not predict it: %1</source>
        <translation>crm_simulate가 예측하지 못함: %1</translation>
    </message>
    <message>
        <source>crm_simulate&apos;s answer could not be read: %1</source>
        <translation>crm_simulate의 응답을 읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>nothing moves: Pacemaker would take no action</source>
        <translation>아무것도 이동하지 않음: Pacemaker가 아무 작업도 하지 않음</translation>
    </message>
    <message>
        <source>%1 %2 ± %3 ms</source>
        <translation>%1 %2 ± %3ms</translation>
    </message>
    <message>
        <source>%1 not measured</source>
        <translation>%1 측정 안 됨</translation>
    </message>
    <message>
        <source>cannot read the configuration: %1</source>
        <translation>구성을 읽을 수 없음: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n줄</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no events from the node (%2)</source>
        <translation>%1: 노드에서 이벤트 없음(%2)</translation>
    </message>
    <message>
        <source>its tap did not begin</source>
        <translation>탭이 시작되지 않음</translation>
    </message>
    <message>
        <source>Pacemaker: the cluster&apos;s state as the console read it (console clock)</source>
        <translation>Pacemaker: 콘솔이 읽은 클러스터 상태(콘솔 시계)</translation>
    </message>
    <message>
        <source>no node&apos;s events could be followed: the cluster&apos;s state stands in</source>
        <translation>어떤 노드의 이벤트도 추적할 수 없음: 클러스터 상태로 대신함</translation>
    </message>
    <message>
        <source>VIP addresses: ip monitor on %1 (node clocks)</source>
        <translation>VIP 주소: %1의 ip monitor(노드 시계)</translation>
    </message>
    <message>
        <source>DRBD: drbdsetup events2 where it is installed, on %1 (node clocks)</source>
        <translation>DRBD: 설치된 곳의 drbdsetup events2, %1(노드 시계)</translation>
    </message>
    <message>
        <source>Pacemaker: the cluster&apos;s state as the console read it (console clock); the drill&apos;s alert could not be added: %1</source>
        <translation>Pacemaker: 콘솔이 읽은 클러스터 상태(콘솔 시계); 훈련 알림을 추가할 수 없음: %1</translation>
    </message>
    <message>
        <source>events from %1; no alert: %2</source>
        <translation>%1의 이벤트, 알림 없음: %2</translation>
    </message>
    <message>
        <source>Pacemaker: the drill&apos;s alert on %1 (node clocks, microseconds)</source>
        <translation>Pacemaker: %1의 훈련 알림(노드 시계, 마이크로초)</translation>
    </message>
    <message>
        <source>events from %1, with Pacemaker&apos;s alerts</source>
        <translation>%1의 이벤트, Pacemaker 알림 포함</translation>
    </message>
    <message>
        <source>HAProxy: its servers&apos; states read every 100 ms on %1 (node clocks, within half a read)</source>
        <translation>HAProxy: %1에서 100ms마다 읽은 서버 상태(노드 시계, 읽기 간격의 절반 이내)</translation>
    </message>
    <message>
        <source>Probes from %1: sent by the node, timed by its clock (±%2 ms)</source>
        <translation>%1에서의 프로브: 노드가 보내고 그 시계로 측정(±%2ms)</translation>
    </message>
    <message>
        <source>Probes from %1: sent by the node, its clock not measured</source>
        <translation>%1에서의 프로브: 노드가 보냄, 시계 측정 안 됨</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 probes failed)</source>
        <translation>%1(프로브 %3개 중 %2개 실패)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 writes acknowledged)</source>
        <translation>%1(쓰기 %3개 중 %2개 확인)</translation>
    </message>
    <message>
        <source>not every service answers before the fault: %1</source>
        <translation>장애 전에 모든 서비스가 응답하지는 않음: %1</translation>
    </message>
    <message>
        <source>every service answers</source>
        <translation>모든 서비스가 응답함</translation>
    </message>
    <message>
        <source>not injected: the drill was aborted</source>
        <translation>주입하지 않음: 훈련이 중단됨</translation>
    </message>
    <message>
        <source>fault: %1</source>
        <translation>장애: %1</translation>
    </message>
    <message>
        <source>aborted: recovering at once</source>
        <translation>중단됨: 즉시 복구 중</translation>
    </message>
    <message>
        <source>not recovered within %1 s: recovering anyway</source>
        <translation>%1초 안에 회복되지 않음: 그래도 복구</translation>
    </message>
    <message>
        <source>every service answers again; the cluster is quiet</source>
        <translation>모든 서비스가 다시 응답함, 클러스터가 조용함</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>faults undone, failures cleaned up</source>
        <translation>장애 되돌림, 실패 정리됨</translation>
    </message>
    <message>
        <source>the session is gone</source>
        <translation>세션이 사라짐</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%3의 %1 %2</translation>
    </message>
    <message>
        <source>failed actions since recovery (%1): cleaned up again</source>
        <translation>복구 이후 실패한 작업(%1): 다시 정리함</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>안정됨</translation>
    </message>
    <message>
        <source>the cluster did not settle within %1 s: %2</source>
        <translation>클러스터가 %1초 안에 안정되지 않음: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 acknowledged writes lost</source>
        <translation>%1: 확인된 쓰기 %3개 중 %2개 손실</translation>
    </message>
    <message>
        <source>%1 ran on %2 and runs nowhere now</source>
        <translation>%1은(는) %2에서 실행되었으나 지금은 어디에서도 실행되지 않음</translation>
    </message>
    <message>
        <source>%1 ran on %2 and runs on %3 now</source>
        <translation>%1은(는) %2에서 실행되었고 지금은 %3에서 실행됨</translation>
    </message>
    <message>
        <source>not restored: %1</source>
        <translation>복원되지 않음: %1</translation>
    </message>
    <message>
        <source>the configuration is the one before the drill; every resource runs</source>
        <translation>구성이 훈련 전과 같음, 모든 리소스 실행 중</translation>
    </message>
    <message>
        <source>aborted (%1); recovered and proven</source>
        <translation>중단됨(%1), 복구 및 증명됨</translation>
    </message>
    <message>
        <source>probes stopped</source>
        <translation>프로브 중지됨</translation>
    </message>
    <message>
        <source>%1: %2, measured %3</source>
        <translation>%1: %2, 측정값 %3</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>비정상 종료</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>종료 상태 %1: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없음: %2</translation>
    </message>
    <message>
        <source>on this machine: %1</source>
        <translation>이 컴퓨터에서: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached</source>
        <translation>%1에 연결할 수 없음</translation>
    </message>
    <message>
        <source>%1 not reached (%2): trying again</source>
        <translation>%1에 연결하지 못함(%2): 다시 시도</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2의 %1: %3</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::FaultResolver</name>
    <message>
        <source>the cluster has no resource %1</source>
        <translation>클러스터에 리소스 %1이(가) 없음</translation>
    </message>
    <message>
        <source>%1 runs nowhere: there is nothing to fail over</source>
        <translation>%1이(가) 어디에서도 실행되지 않음: 페일오버할 것이 없음</translation>
    </message>
    <message>
        <source>the cluster has no node %1</source>
        <translation>클러스터에 노드 %1이(가) 없음</translation>
    </message>
    <message>
        <source>standby %1 (runs %2)</source>
        <translation>%1 대기 전환(%2 실행 중)</translation>
    </message>
    <message>
        <source>no other node is left to fence %1 from</source>
        <translation>%1을(를) 펜싱할 다른 노드가 남아 있지 않음</translation>
    </message>
    <message>
        <source>fence %1 (runs %2)</source>
        <translation>%1 펜싱(%2 실행 중)</translation>
    </message>
    <message>
        <source>%1 has no interface on any segment the console knows</source>
        <translation>%1에 콘솔이 아는 세그먼트의 인터페이스가 없음</translation>
    </message>
    <message>
        <source>%1 has no interface on a segment with the role %2 (name the segments&apos; roles first)</source>
        <translation>%1에 역할이 %2인 세그먼트의 인터페이스가 없음(먼저 세그먼트 역할을 지정하십시오)</translation>
    </message>
    <message>
        <source>cut %1 off %2 (%3)</source>
        <translation>%1을(를) %2에서 분리(%3)</translation>
    </message>
    <message>
        <source>Pacemaker&apos;s simulator cannot cut one link: Corosync decides whether the node stays a member over its other links</source>
        <translation>Pacemaker 시뮬레이터는 링크 하나만 끊을 수 없음: 노드가 다른 링크로 구성원으로 남을지는 Corosync가 결정함</translation>
    </message>
    <message>
        <source>cannot tell which process is %1&apos;s from its agent: give the process (a pkill -f pattern)</source>
        <translation>에이전트로는 어느 프로세스가 %1의 것인지 알 수 없음: 프로세스를 지정하십시오(pkill -f 패턴)</translation>
    </message>
    <message>
        <source>kill -9 %1&apos;s process on %2</source>
        <translation>%2에서 %1의 프로세스를 kill -9</translation>
    </message>
    <message>
        <source>fail %1&apos;s monitor on %2</source>
        <translation>%2에서 %1의 모니터를 실패시킴</translation>
    </message>
    <message>
        <source>stop HAProxy on %1</source>
        <translation>%1의 HAProxy 중지</translation>
    </message>
    <message>
        <source>HAProxy on %1 is not a cluster resource</source>
        <translation>%1의 HAProxy는 클러스터 리소스가 아님</translation>
    </message>
    <message>
        <source>no node reports the DRBD resource %1</source>
        <translation>DRBD 리소스 %1을(를) 보고하는 노드 없음</translation>
    </message>
    <message>
        <source>disconnect DRBD %1 on %2</source>
        <translation>%2에서 DRBD %1 연결 끊기</translation>
    </message>
    <message>
        <source>a replication link is DRBD&apos;s, not Pacemaker&apos;s: nothing to simulate</source>
        <translation>복제 링크는 Pacemaker가 아닌 DRBD의 것임: 시뮬레이션할 것 없음</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>%1 실행</translation>
    </message>
    <message>
        <source>a command run on the console&apos;s machine: Pacemaker cannot know what it does</source>
        <translation>콘솔 컴퓨터에서 실행하는 명령: Pacemaker는 그 결과를 알 수 없음</translation>
    </message>
    <message>
        <source>%1 is not a node of the cluster</source>
        <translation>%1은(는) 클러스터의 노드가 아님</translation>
    </message>
    <message>
        <source>run %1 (takes %2 down)</source>
        <translation>%1 실행(%2을(를) 다운시킴)</translation>
    </message>
    <message>
        <source>%1 has no monitor to fail</source>
        <translation>%1에는 실패시킬 모니터가 없음</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::NodeEventParser</name>
    <message>
        <source>%1 joined the cluster</source>
        <translation>%1이(가) 클러스터에 합류함</translation>
    </message>
    <message>
        <source>%1 left the cluster</source>
        <translation>%1이(가) 클러스터를 떠남</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>fencing of %1: %2</source>
        <translation>%1 펜싱: %2</translation>
    </message>
    <message>
        <source>%1: %2 (every %3 s) on %4 failed: %5 (rc %6)</source>
        <translation>%1: %4에서 %2(%3초마다) 실패: %5(rc %6)</translation>
    </message>
    <message>
        <source>%1: %2 on %3 failed: %4 (rc %5)</source>
        <translation>%1: %3에서 %2 실패: %4(rc %5)</translation>
    </message>
    <message>
        <source>%1: %2 on %3 %4</source>
        <translation>%1: %3에서 %2 %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>VIP %1 left %2 on %3</source>
        <translation>VIP %1이(가) %3의 %2을(를) 떠남</translation>
    </message>
    <message>
        <source>VIP %1 up on %2 of %3</source>
        <translation>VIP %1이(가) %3의 %2에서 활성</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1(%2와(과))</translation>
    </message>
    <message>
        <source>DRBD %1 %2: %3</source>
        <translation>DRBD %1 %2: %3</translation>
    </message>
    <message>
        <source>HAProxy on %1 stopped answering</source>
        <translation>%1의 HAProxy가 응답하지 않음</translation>
    </message>
    <message>
        <source>HAProxy on %1 answers again</source>
        <translation>%1의 HAProxy가 다시 응답함</translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4</source>
        <translation>%2의 %1: %3 → %4</translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4 (%5)</source>
        <translation>%2의 %1: %3 → %4(%5)</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::NodeEventTap</name>
    <message>
        <source>not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <source>drill events</source>
        <translation>훈련 이벤트</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::NodeProbeStream</name>
    <message>
        <source>%1 is not connected</source>
        <translation>%1에 연결되지 않음</translation>
    </message>
    <message>
        <source>drill probes</source>
        <translation>훈련 프로브</translation>
    </message>
    <message>
        <source>probes from %1 need python3, which the node lacks</source>
        <translation>%1에서의 프로브에는 python3가 필요하지만 노드에 없음</translation>
    </message>
</context>
<context>
    <name>hadesk::drills::WriteCheck</name>
    <message>
        <source>record %1 could not be read back: %2</source>
        <translation>레코드 %1을(를) 다시 읽을 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigCheckJob</name>
    <message>
        <source>Check the HAProxy configuration</source>
        <translation>HAProxy 구성 확인</translation>
    </message>
    <message>
        <source>haproxy -c on %1</source>
        <translation>%1에서 haproxy -c</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigEditor</name>
    <message>
        <source>no node runs HAProxy</source>
        <translation>HAProxy를 실행하는 노드가 없습니다</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigReadJob</name>
    <message>
        <source>Read the HAProxy configuration</source>
        <translation>HAProxy 구성 읽기</translation>
    </message>
    <message>
        <source>read %1 on %2</source>
        <translation>%2에서 %1 읽기</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ConfigRolloutJob</name>
    <message>
        <source>Install the HAProxy configuration</source>
        <translation>HAProxy 구성 설치</translation>
    </message>
    <message>
        <source>haproxy -c on %1</source>
        <translation>%1에서 haproxy -c</translation>
    </message>
    <message>
        <source>install and reload on %1</source>
        <translation>%1에 설치하고 다시 읽기</translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (실패: %2)</translation>
    </message>
    <message numerus="yes">
        <source>installed and reloaded on %n node(s)</source>
        <translation>
            <numerusform>%n개 노드에 설치하고 다시 읽었습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected the configuration; no node was changed</source>
        <translation>%1이(가) 구성을 거부했습니다. 어떤 노드도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>previous configuration restored on %1</source>
        <translation>%1에서 이전 구성을 복원했습니다</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeApi</name>
    <message>
        <source>&apos;%1&apos; is not a valid HAProxy backend or server name</source>
        <translation>&apos;%1&apos;은(는) 올바른 HAProxy 백엔드 또는 서버 이름이 아닙니다</translation>
    </message>
    <message>
        <source>A weight is between 0 and 256, not %1</source>
        <translation>가중치는 0에서 256 사이여야 합니다(%1 아님)</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeCommandJob</name>
    <message>
        <source>send to the HAProxy of %1</source>
        <translation>%1의 HAProxy로 보내기</translation>
    </message>
    <message>
        <source>no HAProxy to send to</source>
        <translation>보낼 HAProxy가 없습니다</translation>
    </message>
    <message>
        <source>%1: HAProxy refused &quot;%2&quot;: %3</source>
        <translation>%1: HAProxy가 &quot;%2&quot;을(를) 거부했습니다: %3</translation>
    </message>
    <message numerus="yes">
        <source>taken by %n HAProxy(s)</source>
        <translation>
            <numerusform>HAProxy %n개가 받아들였습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeReadJob</name>
    <message>
        <source>Read HAProxy&apos;s state</source>
        <translation>HAProxy 상태 읽기</translation>
    </message>
    <message>
        <source>find the admin socket in %1 on %2</source>
        <translation>%2의 %1에서 관리 소켓 찾기</translation>
    </message>
    <message>
        <source>show info, show stat and show servers state on %1</source>
        <translation>%1에서 show info, show stat, show servers state</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::RuntimeReader</name>
    <message>
        <source>an empty reply</source>
        <translation>빈 응답</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show info&quot; answered %1</source>
        <translation>HAProxy의 &quot;show info&quot; 응답: %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; answered %1</source>
        <translation>HAProxy의 &quot;show stat&quot; 응답: %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; has no column %1</source>
        <translation>HAProxy의 &quot;show stat&quot;에 %1 열이 없습니다</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; has a malformed line %1: %2</source>
        <translation>HAProxy의 &quot;show stat&quot; %1번 줄이 잘못되었습니다: %2</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show stat&quot; lists server %1 of no backend</source>
        <translation>HAProxy의 &quot;show stat&quot;에 백엔드 없는 서버 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show servers state&quot; answered %1</source>
        <translation>HAProxy의 &quot;show servers state&quot; 응답: %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &quot;show servers state&quot; has a malformed line %1: %2</source>
        <translation>HAProxy의 &quot;show servers state&quot; %1번 줄이 잘못되었습니다: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::haproxy::ServerTableModel</name>
    <message>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>설정값</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Sessions/s</source>
        <translation>세션/초</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>마지막 변경</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2에서 %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>가중치 %1</translation>
    </message>
    <message>
        <source>The nodes&apos; HAProxies disagree: %1</source>
        <translation>노드들의 HAProxy 설정이 다릅니다: %1</translation>
    </message>
    <message>
        <source>The same on every node</source>
        <translation>모든 노드에서 같음</translation>
    </message>
    <message>
        <source>same on all %1</source>
        <translation>%1개 모두 같음</translation>
    </message>
    <message>
        <source>Every node</source>
        <translation>모든 노드</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 전</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 on %2&apos;s HAProxy</source>
        <translation>%2의 HAProxy에서 %1</translation>
    </message>
</context>
<context>
    <name>hadesk::jobs::Job</name>
    <message>
        <source>the connection to %1 was closed while the command ran</source>
        <translation>명령이 실행되는 동안 %1 연결이 닫혔습니다</translation>
    </message>
    <message>
        <source>started: %1</source>
        <translation>시작됨: %1</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>되돌림</translation>
    </message>
    <message>
        <source>could not be undone: %1</source>
        <translation>되돌릴 수 없음: %1</translation>
    </message>
    <message>
        <source>stop requested</source>
        <translation>중지 요청됨</translation>
    </message>
    <message>
        <source>stopped on the node while it ran; the change may or may not have been made</source>
        <translation>실행 중에 노드에서 중지됨; 변경이 이루어졌을 수도, 아닐 수도 있습니다</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>undoing: %1</source>
        <translation>되돌리는 중: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>실행 중: %1</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>failed at &quot;%1&quot;: %2 (done: %3; undone: %4)</source>
        <translation>&quot;%1&quot;에서 실패: %2 (완료: %3; 되돌림: %4)</translation>
    </message>
    <message>
        <source>cancelled (done: %1; undone: %2)</source>
        <translation>취소됨 (완료: %1; 되돌림: %2)</translation>
    </message>
    <message>
        <source>stopping once &quot;%1&quot; has ended</source>
        <translation>&quot;%1&quot;이(가) 끝나면 멈춥니다</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1에 연결되지 않음</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
</context>
<context>
    <name>hadesk::jobs::JobList</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>hadesk::net::NetworkModel</name>
    <message>
        <source>%1 (%2) is in no subnet of the nodes&apos; interfaces: no node can carry it</source>
        <translation>%1(%2)은(는) 노드 인터페이스의 어떤 서브넷에도 없습니다: 어느 노드도 가질 수 없습니다</translation>
    </message>
    <message>
        <source>%1 may run on %2, which has no interface on %3</source>
        <translation>%1은(는) %2에서 실행될 수 있지만 %2에는 %3 인터페이스가 없습니다</translation>
    </message>
    <message>
        <source>%1&apos;s address %2 is configured on %3 at once</source>
        <translation>%1의 주소 %2이(가) %3에 동시에 설정되어 있습니다</translation>
    </message>
    <message>
        <source>the cluster runs %1 on %2, but %2 does not carry %3</source>
        <translation>클러스터는 %1을(를) %2에서 실행하지만 %2에는 %3이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 is colocated with no service: it can move away from what binds it</source>
        <translation>%1은(는) 어떤 서비스와도 동일 배치되지 않았습니다: 바인딩하는 서비스에서 떨어져 이동할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 is put on interface %2, but %3 reaches %4 through %5: the address is on the wrong segment there</source>
        <translation>%1은(는) 인터페이스 %2에 놓이지만 %3은(는) %5을(를) 통해 %4에 닿습니다: 그곳에서 주소가 잘못된 세그먼트에 있습니다</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>포트 %1</translation>
    </message>
    <message>
        <source>%1 is meant to listen on %2:%3, but nothing listens there on %4, which holds the address</source>
        <translation>%1은(는) %2:%3에서 수신해야 하지만 주소를 보유한 %4에서는 아무것도 수신하지 않습니다</translation>
    </message>
    <message>
        <source>%1 is served by %2 (%3), but not colocated with it: the cluster may put the address where %3 does not run</source>
        <translation>%1은(는) %2(%3)이(가) 제공하지만 함께 배치되어 있지 않습니다: 클러스터가 %3이(가) 실행되지 않는 곳에 주소를 둘 수 있습니다</translation>
    </message>
    <message>
        <source>%1 on port %2 is %3, an internal service, but %4 puts it on the external segment %5</source>
        <translation>포트 %2의 %1은(는) 내부 서비스인 %3이지만 %4이(가) 외부 세그먼트 %5에 둡니다</translation>
    </message>
    <message>
        <source>%1 on port %2 is %3, which outside clients use, but %4 puts it on the %5 segment %6</source>
        <translation>포트 %2의 %1은(는) 외부 클라이언트가 쓰는 %3이지만 %4이(가) %5 세그먼트 %6에 둡니다</translation>
    </message>
    <message>
        <source>Corosync link %1 runs over the external segment %2 (%3): cluster traffic shares the public network and fails with it</source>
        <translation>Corosync 링크 %1이(가) 외부 세그먼트 %2(%3)를 지납니다: 클러스터 트래픽이 공용 네트워크를 공유하고 함께 장애를 겪습니다</translation>
    </message>
    <message>
        <source>DRBD resource %1 replicates over the external segment %2 (%3): every write crosses the public network</source>
        <translation>DRBD 리소스 %1이(가) 외부 세그먼트 %2(%3)로 복제합니다: 모든 쓰기가 공용 네트워크를 지납니다</translation>
    </message>
    <message>
        <source>link %1 between %2 and %3</source>
        <translation>%2와 %3 사이 링크 %1</translation>
    </message>
    <message>
        <source>link %1 from %2 to %3</source>
        <translation>%2에서 %3(으)로 가는 링크 %1</translation>
    </message>
    <message>
        <source>Corosync %1 is down: the cluster runs on its other links</source>
        <translation>Corosync %1 끊김: 클러스터는 다른 링크로 동작 중</translation>
    </message>
</context>
<context>
    <name>hadesk::net::NetworkReader</name>
    <message>
        <source>&quot;ip -j addr&quot; gave no JSON: %1</source>
        <translation>&quot;ip -j addr&quot;가 JSON을 주지 않았습니다: %1</translation>
    </message>
    <message>
        <source>&quot;ip -j addr&quot; gave no list of interfaces</source>
        <translation>&quot;ip -j addr&quot;가 인터페이스 목록을 주지 않았습니다</translation>
    </message>
    <message>
        <source>&quot;ip -j addr&quot; lists an interface without a name</source>
        <translation>&quot;ip -j addr&quot;에 이름 없는 인터페이스가 있습니다</translation>
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
        <translation>주소와 링크 (ip monitor)</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::AgentCatalog</name>
    <message>
        <source>Not connected to the cluster.</source>
        <translation>클러스터에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an agent class such as ocf:heartbeat.</source>
        <translation>&apos;%1&apos;은(는) ocf:heartbeat 같은 에이전트 클래스가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an agent name such as ocf:heartbeat:IPaddr2.</source>
        <translation>&apos;%1&apos;은(는) ocf:heartbeat:IPaddr2 같은 에이전트 이름이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ApplyJob</name>
    <message>
        <source>not applied</source>
        <translation>적용되지 않음</translation>
    </message>
    <message>
        <source>apply: %1</source>
        <translation>적용: %1</translation>
    </message>
    <message>
        <source>applied: %1</source>
        <translation>적용됨: %1</translation>
    </message>
    <message>
        <source>refused: the cluster configuration changed since the preview (it was at %1.%2); preview again</source>
        <translation>거부됨: 미리보기 이후 클러스터 구성이 바뀌었습니다(%1.%2였음); 다시 미리보기하십시오</translation>
    </message>
    <message>
        <source>no answer within %1 s; the change may or may not have been made</source>
        <translation>%1초 안에 응답 없음; 변경이 이루어졌을 수도, 아닐 수도 있습니다</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::CibFileJob</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
    <message>
        <source>read the CIB in %1</source>
        <translation>%1의 CIB 읽기</translation>
    </message>
    <message>
        <source>crm_mon on this machine reads its runtime state</source>
        <translation>이 컴퓨터의 crm_mon이 실행 상태를 읽습니다</translation>
    </message>
    <message>
        <source>crm_mon is not installed here: this is the configuration only, without the runtime state (install pacemaker-cli-utils to see it)</source>
        <translation>여기에는 crm_mon이 설치되어 있지 않습니다: 실행 상태 없이 구성만 보여 줍니다 (보려면 pacemaker-cli-utils를 설치하세요)</translation>
    </message>
    <message>
        <source>crm_mon could not be started: %1</source>
        <translation>crm_mon을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>crm_mon&apos;s output could not be read</source>
        <translation>crm_mon의 출력을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ClusterReadJob</name>
    <message>
        <source>Read the cluster&apos;s state</source>
        <translation>클러스터 상태 읽기</translation>
    </message>
    <message>
        <source>cibadmin --query and crm_mon on %1</source>
        <translation>%1에서 cibadmin --query 및 crm_mon</translation>
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
        <translation>점수 %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>노드 %1</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>resource sets</source>
        <translation>리소스 집합</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>제약 조건</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::EventModel</name>
    <message>
        <source>added to the cluster</source>
        <translation>클러스터에 추가됨</translation>
    </message>
    <message>
        <source>came online</source>
        <translation>온라인이 됨</translation>
    </message>
    <message>
        <source>went offline</source>
        <translation>오프라인이 됨</translation>
    </message>
    <message>
        <source>is UNCLEAN: it will be fenced</source>
        <translation>UNCLEAN 상태: 펜싱됩니다</translation>
    </message>
    <message>
        <source>put in standby</source>
        <translation>대기 상태로 전환됨</translation>
    </message>
    <message>
        <source>out of standby</source>
        <translation>대기 상태 해제됨</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>유지보수 중</translation>
    </message>
    <message>
        <source>out of maintenance</source>
        <translation>유지보수 종료됨</translation>
    </message>
    <message>
        <source>became the DC</source>
        <translation>DC가 됨</translation>
    </message>
    <message>
        <source>removed from the cluster</source>
        <translation>클러스터에서 제거됨</translation>
    </message>
    <message>
        <source>created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>moved %1 → %2</source>
        <translation>이동됨 %1 → %2</translation>
    </message>
    <message>
        <source>started on %1</source>
        <translation>%1에서 시작됨</translation>
    </message>
    <message>
        <source>stopped on %1</source>
        <translation>%1에서 중지됨</translation>
    </message>
    <message>
        <source>promoted on %1</source>
        <translation>%1에서 승격됨</translation>
    </message>
    <message>
        <source>demoted on %1</source>
        <translation>%1에서 강등됨</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>quorum regained</source>
        <translation>쿼럼 회복</translation>
    </message>
    <message>
        <source>quorum lost</source>
        <translation>쿼럼 상실</translation>
    </message>
    <message>
        <source>maintenance mode on</source>
        <translation>유지보수 모드 켜짐</translation>
    </message>
    <message>
        <source>maintenance mode off</source>
        <translation>유지보수 모드 꺼짐</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%2에서 %1 실패: %3</translation>
    </message>
    <message>
        <source>fenced (%1) by %2: %3</source>
        <translation>%2에 의해 펜싱됨(%1): %3</translation>
    </message>
    <message>
        <source>%1 constraint added</source>
        <translation>%1 제약 추가됨</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>%1 constraint removed</source>
        <translation>%1 제약 제거됨</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>fencing</source>
        <translation>펜싱</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>제약</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>발생한 일</translation>
    </message>
    <message>
        <source>recovered: runs again on %1</source>
        <translation>복구됨: %1에서 다시 실행 중</translation>
    </message>
    <message>
        <source>%1 failure on %2 cleared; it runs on %3</source>
        <translation>%2의 %1 실패가 해제됨; %3에서 실행 중</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1에 의해</translation>
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
        <translation>훈련</translation>
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
        <translation>비정상(UNCLEAN)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>유지 보수</translation>
    </message>
    <message>
        <source>standby (on fail)</source>
        <translation>대기(실패로 인해)</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>%1 (DC)</source>
        <translation>%1 (DC)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Remote nodes</source>
        <translation>원격 노드</translation>
    </message>
    <message>
        <source>Guest nodes</source>
        <translation>게스트 노드</translation>
    </message>
    <message>
        <source>Bundle replicas</source>
        <translation>번들 복제본</translation>
    </message>
    <message>
        <source>Cluster nodes</source>
        <translation>클러스터 노드</translation>
    </message>
    <message>
        <source>The cluster has no quorum: it runs no resources</source>
        <translation>클러스터에 쿼럼이 없습니다: 리소스를 실행하지 않습니다</translation>
    </message>
    <message>
        <source>Fencing is disabled: a node that fails cannot be fenced</source>
        <translation>펜싱이 꺼져 있습니다: 실패한 노드를 펜싱할 수 없습니다</translation>
    </message>
    <message>
        <source>The cluster is in maintenance mode: nothing is started, stopped or monitored</source>
        <translation>클러스터가 유지 보수 모드입니다: 아무것도 시작, 중지, 모니터링되지 않습니다</translation>
    </message>
    <message>
        <source>%1 is unclean: it must be fenced</source>
        <translation>%1이(가) 비정상입니다: 펜싱해야 합니다</translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation>%1이(가) 오프라인입니다</translation>
    </message>
    <message>
        <source>%1 is in maintenance: its resources are left alone</source>
        <translation>%1이(가) 유지 보수 중입니다: 리소스를 건드리지 않습니다</translation>
    </message>
    <message>
        <source>%1 is in standby: it runs no resources</source>
        <translation>%1이(가) 대기 중입니다: 리소스를 실행하지 않습니다</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1이(가) 실행 중이 아닙니다</translation>
    </message>
    <message>
        <source>%1 runs %2 of %3 instances</source>
        <translation>%1이(가) %3개 중 %2개 인스턴스를 실행합니다</translation>
    </message>
    <message>
        <source>%1 is unmanaged: the cluster does not act on it</source>
        <translation>%1이(가) 관리되지 않습니다: 클러스터가 관여하지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n time(s) on %2; it moves away at %3</source>
        <translation>
            <numerusform>%1이(가) %2에서 %n번 실패했습니다. %3번이면 옮겨 갑니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n time(s) on %2</source>
        <translation>
            <numerusform>%1이(가) %2에서 %n번 실패했습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::PlacementModel</name>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <source>unmanaged</source>
        <translation>관리 안 됨</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>고아</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>실행 중 아님</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) counted</source>
        <translation>
            <numerusform>실패 %n회 집계</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1, 실패</translation>
    </message>
    <message>
        <source>%1 left behind</source>
        <translation>%1 남아 있음</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>unclean</source>
        <translation>비정상</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>유지 보수</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>대기</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::PlannedAction</name>
    <message>
        <source>%1 is fenced</source>
        <translation>%1이(가) 펜싱됨</translation>
    </message>
    <message>
        <source>%1 is fenced (%2)</source>
        <translation>%1이(가) 펜싱됨(%2)</translation>
    </message>
    <message>
        <source>%1 moves %2 → %3</source>
        <translation>%1 이동 %2 → %3</translation>
    </message>
    <message>
        <source>%1 starts on %2</source>
        <translation>%2에서 %1 시작</translation>
    </message>
    <message>
        <source>%1 stops on %2</source>
        <translation>%2에서 %1 중지</translation>
    </message>
    <message>
        <source>%1 is promoted on %2</source>
        <translation>%2에서 %1 승격</translation>
    </message>
    <message>
        <source>%1 is demoted on %2</source>
        <translation>%2에서 %1 강등</translation>
    </message>
    <message>
        <source>%1 restarts on %2</source>
        <translation>%2에서 %1 재시작</translation>
    </message>
    <message>
        <source>%1 reloads its parameters on %2</source>
        <translation>%2에서 %1 매개변수 다시 읽기</translation>
    </message>
    <message>
        <source>%1 is recovered on %2</source>
        <translation>%2에서 %1 복구</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1: %3에서 %2</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::PreviewJob</name>
    <message>
        <source>preview: %1</source>
        <translation>미리보기: %1</translation>
    </message>
    <message>
        <source>read the configuration</source>
        <translation>구성 읽기</translation>
    </message>
    <message>
        <source>cannot read the CIB: %1</source>
        <translation>CIB를 읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>the configuration changed (from %1.%2 to %3.%4) since this change was prepared; prepare it again</source>
        <translation>이 변경을 준비한 뒤 구성이 바뀌었습니다(%1.%2에서 %3.%4로); 다시 준비하십시오</translation>
    </message>
    <message>
        <source>version %1.%2</source>
        <translation>버전 %1.%2</translation>
    </message>
    <message>
        <source>ask Pacemaker what would happen (crm_simulate)</source>
        <translation>Pacemaker에 무엇이 일어날지 묻기 (crm_simulate)</translation>
    </message>
    <message>
        <source>nothing to simulate: this acts on running resources</source>
        <translation>시뮬레이션할 것 없음: 실행 중인 리소스에 작용합니다</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n개 동작</numerusform>
        </translation>
    </message>
    <message>
        <source>the preview printed no constraints after the change</source>
        <translation>미리 보기가 변경 후의 제약 조건을 출력하지 않았습니다</translation>
    </message>
    <message>
        <source>%1 cannot be moved away: it has a move or ban left behind; clear it first</source>
        <translation>%1을(를) 옮길 수 없습니다: 남아 있는 이동 또는 금지가 있습니다. 먼저 해제하십시오</translation>
    </message>
    <message>
        <source>%1 already runs on %2: there is nothing to move</source>
        <translation>%1은(는) 이미 %2에서 실행 중입니다: 옮길 것이 없습니다</translation>
    </message>
    <message>
        <source>%1 refused it (exit status %2)</source>
        <translation>%1이(가) 거부했습니다 (종료 상태 %2)</translation>
    </message>
    <message>
        <source>%1 refused it: %2</source>
        <translation>%1이(가) 거부했습니다: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ReadJob</name>
    <message>
        <source>read the CIB</source>
        <translation>CIB 읽기</translation>
    </message>
    <message>
        <source>cannot read the CIB: %1</source>
        <translation>CIB를 읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>read the metadata of %1</source>
        <translation>%1의 메타데이터 읽기</translation>
    </message>
    <message>
        <source>no metadata for %1: %2</source>
        <translation>%1의 메타데이터 없음: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an agent name such as ocf:heartbeat:IPaddr2</source>
        <translation>&apos;%1&apos;은(는) ocf:heartbeat:IPaddr2 같은 에이전트 이름이 아닙니다</translation>
    </message>
</context>
<context>
    <name>hadesk::pcmk::ResourceTreeModel</name>
    <message>
        <source>%1 (failed)</source>
        <translation>%1(실패)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>에이전트</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>실행 위치</translation>
    </message>
</context>
<context>
    <name>hadesk::setup::SetupRun</name>
    <message>
        <source>file %1</source>
        <translation>파일 %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>서비스 %1</translation>
    </message>
    <message>
        <source>packages %1</source>
        <translation>패키지 %1</translation>
    </message>
    <message>
        <source>CIB %1 %2</source>
        <translation>CIB %1 %2</translation>
    </message>
    <message>
        <source>standby of %1</source>
        <translation>%1 대기</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>corosync key %1</source>
        <translation>corosync 키 %1</translation>
    </message>
    <message>
        <source>test fence of %1</source>
        <translation>%1 테스트 펜싱</translation>
    </message>
    <message>
        <source>Undo the setup of %1</source>
        <translation>%1 구축 되돌리기</translation>
    </message>
    <message>
        <source>Review the setup of %1</source>
        <translation>%1 구축 검토</translation>
    </message>
    <message>
        <source>Set up %1</source>
        <translation>%1 구축</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>python3 is not installed</source>
        <translation>python3이 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Check the hosts</source>
        <translation>호스트 점검</translation>
    </message>
    <message>
        <source>an earlier run of this plan got as far as &quot;%1&quot; (journal on %2)</source>
        <translation>이 계획의 이전 실행이 &quot;%1&quot;까지 진행되었습니다(%2의 저널)</translation>
    </message>
    <message>
        <source>its journal is cluster &quot;%1&quot;&apos;s</source>
        <translation>저널이 클러스터 &quot;%1&quot;의 것입니다</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>거부됨: %1</translation>
    </message>
    <message>
        <source>%1: %2, pacemaker %3, clock %4 ms</source>
        <translation>%1: %2, pacemaker %3, 시계 %4ms</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Test the links</source>
        <translation>링크 테스트</translation>
    </message>
    <message>
        <source>corosync-cfgtool -s: every link connected</source>
        <translation>corosync-cfgtool -s: 모든 링크 연결됨</translation>
    </message>
    <message>
        <source>%1: corosync&apos;s links: %2</source>
        <translation>%1: corosync 링크: %2</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>변경 사항 검토</translation>
    </message>
    <message>
        <source>not simulated: %1</source>
        <translation>시뮬레이션하지 않음: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>변경 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup of %1: %2 nodes, %3</source>
        <translation>%1 구축: 노드 %2개, %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>  nothing to change</source>
        <translation>  변경할 것 없음</translation>
    </message>
    <message>
        <source>
Nothing to change: the cluster is as the plan says.</source>
        <translation>
변경할 것이 없습니다: 클러스터가 계획대로입니다.</translation>
    </message>
    <message>
        <source>
Standby: every node but %1 while the services are added, then back online.</source>
        <translation>
대기: 서비스를 추가하는 동안 %1을(를) 제외한 모든 노드, 그 후 다시 온라인.</translation>
    </message>
    <message>
        <source>Test fence: %1 is rebooted by its fence device and waited for.</source>
        <translation>테스트 펜싱: %1이(가) 펜스 장치로 재부팅되고 돌아올 때까지 기다립니다.</translation>
    </message>
    <message>
        <source>UNSAFE: fencing is disabled; a node that hangs can corrupt what the cluster runs.</source>
        <translation>안전하지 않음: 펜싱이 비활성화되어 있습니다. 멈춘 노드가 클러스터가 실행하는 것을 손상시킬 수 있습니다.</translation>
    </message>
    <message>
        <source>UNSAFE: fencing is not tested before services are added.</source>
        <translation>안전하지 않음: 서비스를 추가하기 전에 펜싱을 테스트하지 않습니다.</translation>
    </message>
    <message>
        <source>
Pacemaker&apos;s simulation of the result:</source>
        <translation>
Pacemaker의 결과 시뮬레이션:</translation>
    </message>
    <message>
        <source>Install packages</source>
        <translation>패키지 설치</translation>
    </message>
    <message>
        <source>Open the firewall</source>
        <translation>방화벽 열기</translation>
    </message>
    <message>
        <source>Configure corosync</source>
        <translation>corosync 구성</translation>
    </message>
    <message>
        <source>no corosync key on %1: %2</source>
        <translation>%1에 corosync 키가 없습니다: %2</translation>
    </message>
    <message>
        <source>Start the cluster</source>
        <translation>클러스터 시작</translation>
    </message>
    <message>
        <source>quorum and a DC with every node online</source>
        <translation>모든 노드가 온라인인 상태에서 쿼럼과 DC</translation>
    </message>
    <message>
        <source>Cluster options</source>
        <translation>클러스터 옵션</translation>
    </message>
    <message>
        <source>Fence devices</source>
        <translation>펜스 장치</translation>
    </message>
    <message>
        <source>the fence devices started</source>
        <translation>펜스 장치 시작됨</translation>
    </message>
    <message>
        <source>Test fence %1</source>
        <translation>%1 테스트 펜싱</translation>
    </message>
    <message>
        <source>the cluster settled after the test fence</source>
        <translation>테스트 펜싱 후 클러스터 안정됨</translation>
    </message>
    <message>
        <source>every service is in place already</source>
        <translation>모든 서비스가 이미 있습니다</translation>
    </message>
    <message>
        <source>Configure HAProxy</source>
        <translation>HAProxy 구성</translation>
    </message>
    <message>
        <source>Add the VIPs and services</source>
        <translation>VIP와 서비스 추가</translation>
    </message>
    <message>
        <source>the services started</source>
        <translation>서비스 시작됨</translation>
    </message>
    <message>
        <source>Nodes back online</source>
        <translation>노드 다시 온라인</translation>
    </message>
    <message>
        <source>every node online and the cluster settled</source>
        <translation>모든 노드 온라인, 클러스터 안정됨</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>corosync-quorumtool: quorate</source>
        <translation>corosync-quorumtool: 쿼럼 있음</translation>
    </message>
    <message>
        <source>crm_verify -L: the configuration is valid</source>
        <translation>crm_verify -L: 구성이 유효합니다</translation>
    </message>
    <message>
        <source>every resource started</source>
        <translation>모든 리소스 시작됨</translation>
    </message>
    <message>
        <source>a request through %1 (%2)</source>
        <translation>%1을(를) 통한 요청(%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>점검 %n개 통과</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop every resource</source>
        <translation>모든 리소스 중지</translation>
    </message>
    <message>
        <source>no node runs the cluster</source>
        <translation>클러스터를 실행하는 노드가 없습니다</translation>
    </message>
    <message>
        <source>stop-all-resources</source>
        <translation>stop-all-resources</translation>
    </message>
    <message>
        <source>every resource stopped</source>
        <translation>모든 리소스 중지됨</translation>
    </message>
    <message>
        <source>Undo on every node</source>
        <translation>모든 노드에서 되돌리기</translation>
    </message>
    <message>
        <source>no node has a journal of %1: nothing to undo</source>
        <translation>%1의 저널이 있는 노드가 없습니다: 되돌릴 것 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) taken back</source>
        <translation>
            <numerusform>변경 %n개 되돌림</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%2에서 %1 제거</translation>
    </message>
    <message>
        <source>%1 (UDP %2); corosync&apos;s own links connected on %3</source>
        <translation>%1 (UDP %2); %3에서 corosync 자체 링크 연결됨</translation>
    </message>
    <message>
        <source>Move every resource off %1</source>
        <translation>%1에서 모든 리소스 옮기기</translation>
    </message>
    <message>
        <source>nothing running on %1</source>
        <translation>%1에서 실행 중인 것 없음</translation>
    </message>
    <message>
        <source>Stop the cluster on %1 and undo its setup</source>
        <translation>%1에서 클러스터를 멈추고 구축을 되돌리기</translation>
    </message>
    <message>
        <source>Forget %1 in the cluster</source>
        <translation>클러스터에서 %1 잊기</translation>
    </message>
    <message>
        <source>crm_node --remove %1</source>
        <translation>crm_node --remove %1</translation>
    </message>
    <message>
        <source>the cluster settled without %1</source>
        <translation>%1 없이 클러스터 안정됨</translation>
    </message>
    <message>
        <source>the fence agent&apos;s parameters are checked once Pacemaker and the agent are installed (%1)</source>
        <translation>펜스 에이전트의 매개변수는 Pacemaker와 에이전트가 설치된 뒤에 검사됩니다 (%1)</translation>
    </message>
    <message>
        <source>the metadata of %1 cannot be read: %2</source>
        <translation>%1의 메타데이터를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>stonith_admin --reboot %1, then waited for until it is back</source>
        <translation>stonith_admin --reboot %1 후 돌아올 때까지 대기</translation>
    </message>
    <message>
        <source>tested before (the journal says so)</source>
        <translation>이미 테스트됨 (저널 기록)</translation>
    </message>
    <message>
        <source>Standby while the services are added</source>
        <translation>서비스를 추가하는 동안 대기</translation>
    </message>
    <message>
        <source>Wait for quorum</source>
        <translation>쿼럼 대기</translation>
    </message>
    <message>
        <source>delete %1 from the CIB</source>
        <translation>CIB에서 %1 삭제</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <source>put back %1 from its backup</source>
        <translation>%1을(를) 백업에서 되돌리기</translation>
    </message>
    <message>
        <source>service %1 back to %2, %3</source>
        <translation>서비스 %1을(를) %2, %3(으)로 되돌리기</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>remove the packages %1</source>
        <translation>패키지 %1 제거</translation>
    </message>
    <message>
        <source>empty %1</source>
        <translation>%1 비우기</translation>
    </message>
    <message>
        <source>close the ports %1</source>
        <translation>포트 %1 닫기</translation>
    </message>
    <message>
        <source>%1 back to %2</source>
        <translation>%1을(를) %2(으)로 되돌리기</translation>
    </message>
    <message>
        <source>Review the removal of %1 from %2</source>
        <translation>%2에서 %1 제거 검토</translation>
    </message>
    <message>
        <source>Joining: %1 in standby until its fence device runs, then online.</source>
        <translation>합류: %1은(는) 펜스 장치가 실행될 때까지 대기 상태, 그 다음 온라인.</translation>
    </message>
    <message>
        <source>Joining nodes in standby</source>
        <translation>합류하는 노드를 대기 상태로</translation>
    </message>
    <message>
        <source>no node joins a running cluster</source>
        <translation>실행 중인 클러스터에 합류하는 노드 없음</translation>
    </message>
    <message>
        <source>%1 join(s) in standby</source>
        <translation>%1 대기 상태로 합류</translation>
    </message>
    <message>
        <source>standby of %1, then waited for until nothing runs there</source>
        <translation>%1 대기 상태, 그 다음 아무것도 실행되지 않을 때까지 대기</translation>
    </message>
    <message>
        <source>crm_node --force --remove %1</source>
        <translation>crm_node --force --remove %1</translation>
    </message>
    <message>
        <source>Pacemaker forgets %1 (after corosync&apos;s nodelist is reloaded without it)</source>
        <translation>Pacemaker가 %1을(를) 잊습니다 (corosync 노드 목록이 그것 없이 다시 로드된 후)</translation>
    </message>
    <message>
        <source>corosync&apos;s own links connected on %1</source>
        <translation>%1에서 corosync 자체 링크가 연결됨</translation>
    </message>
</context>
<context>
    <name>hadesk::ssh::KnownHostsFile</name>
    <message>
        <source>The host key of %1 is known (%2, line %3).</source>
        <translation>%1의 호스트 키를 알고 있습니다(%2, %3행).</translation>
    </message>
    <message>
        <source>The authenticity of %1 cannot be established: it is not in %2. Its %3 key has the fingerprint %4.</source>
        <translation>%1의 진위를 확인할 수 없습니다: %2에 없습니다. %3 키의 지문은 %4입니다.</translation>
    </message>
    <message>
        <source>HOST KEY MISMATCH for %1: it presented a %2 key with fingerprint %3, but %4 line %5 records a different %6 key. Someone could be intercepting the connection, or the host was reinstalled. Refusing to connect; if the change is expected, remove line %5 from %4.</source>
        <translation>%1의 호스트 키 불일치(HOST KEY MISMATCH): 지문이 %3인 %2 키를 제시했지만 %4 %5행에는 다른 %6 키가 기록되어 있습니다. 누군가 연결을 가로채고 있거나 호스트가 재설치되었을 수 있습니다. 연결을 거부합니다. 예상된 변경이라면 %4에서 %5행을 삭제하십시오.</translation>
    </message>
    <message>
        <source>The %1 key of %2 is marked @revoked in %3 line %4. Refusing to connect.</source>
        <translation>%2의 %1 키는 %3 %4행에 @revoked로 표시되어 있습니다. 연결을 거부합니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>hadesk::ssh::SshConfigFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: unbalanced quotes</source>
        <translation>%1: 따옴표가 짝이 맞지 않습니다</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; needs a value</source>
        <translation>%1: &apos;%2&apos;에 값이 필요합니다</translation>
    </message>
    <message>
        <source>Include nested more than %1 deep</source>
        <translation>Include가 %1단계보다 깊게 중첩되었습니다</translation>
    </message>
    <message>
        <source>host %1: invalid port &apos;%2&apos;</source>
        <translation>호스트 %1: 잘못된 포트 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>host %1: invalid ConnectTimeout &apos;%2&apos;</source>
        <translation>호스트 %1: 잘못된 ConnectTimeout &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>hadesk::streams::NodeStream</name>
    <message>
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>다시 시작 중</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>사용할 수 없음</translation>
    </message>
    <message>
        <source>the connection to %1 is gone</source>
        <translation>%1과(와)의 연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>%1 is not installed on %2</source>
        <translation>%2에 %1이(가) 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>not allowed on %1: %2</source>
        <translation>%1에서 허용되지 않음: %2</translation>
    </message>
    <message>
        <source>it ended (exit %1)</source>
        <translation>끝났습니다 (종료 코드 %1)</translation>
    </message>
    <message>
        <source>%1; starting it again in %2 s</source>
        <translation>%1; %2초 후 다시 시작합니다</translation>
    </message>
</context>
<context>
    <name>hadesk::streams::StreamModel</name>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>따라가는 대상</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>재시작</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>hadesk::views::AboutDialog</name>
    <message>
        <source>About HAdesk</source>
        <translation>HAdesk 정보</translation>
    </message>
    <message>
        <source>A desktop console for high-availability Linux clusters: Pacemaker and Corosync, DRBD replication and HAProxy load balancers, reached over SSH.</source>
        <translation>고가용성 리눅스 클러스터를 위한 데스크톱 콘솔: SSH로 연결하는 Pacemaker와 Corosync, DRBD 복제, HAProxy 로드 밸런서.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, libssh %3.</source>
        <translation>Qt %1(으)로 빌드, Qt %2, libssh %3에서 실행 중.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::AddClusterDialog</name>
    <message>
        <source>Add Cluster</source>
        <translation>클러스터 추가</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>SSH configuration:</source>
        <translation>SSH 설정:</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>노드:</translation>
    </message>
    <message>
        <source>OpenSSH client configuration</source>
        <translation>OpenSSH 클라이언트 설정</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>주소(&amp;A)</translation>
    </message>
    <message>
        <source>SSH &amp;Configuration</source>
        <translation>SSH 구성(&amp;C)</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>클러스터 이름(&amp;N):</translation>
    </message>
    <message>
        <source>node1.example.com 192.0.2.12 node3</source>
        <translation>node1.example.com 192.0.2.12 node3</translation>
    </message>
    <message>
        <source>Host names, addresses or aliases of ~/.ssh/config, separated by spaces or commas</source>
        <translation>호스트 이름, 주소 또는 ~/.ssh/config의 별칭을 공백이나 쉼표로 구분</translation>
    </message>
    <message>
        <source>as ~/.ssh/config says, or your user name</source>
        <translation>~/.ssh/config에 따름, 없으면 내 사용자 이름</translation>
    </message>
    <message>
        <source>SSH agent or default keys</source>
        <translation>SSH 에이전트 또는 기본 키</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>키 파일</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>No&amp;des:</source>
        <translation>노드(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>Log in &amp;with:</source>
        <translation>로그인 방법(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>키 파일(&amp;K):</translation>
    </message>
    <message>
        <source>Host keys are checked against ~/.ssh/known_hosts; an unknown one is shown with its fingerprint before the console trusts it.</source>
        <translation>호스트 키는 ~/.ssh/known_hosts와 대조합니다. 모르는 키는 콘솔이 신뢰하기 전에 지문과 함께 보여 줍니다.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>개인 키</translation>
    </message>
</context>
<context>
    <name>hadesk::views::ClusterPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>리소스(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Placement</source>
        <translation>배치(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>이벤트(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation>명령(&amp;C)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>활성 노드</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>에이전트</translation>
    </message>
    <message>
        <source>In</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>관리</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니오</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Meta attributes</source>
        <translation>메타 속성</translation>
    </message>
    <message>
        <source>interval %1, timeout %2%3</source>
        <translation>간격 %1, 제한 시간 %2%3</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Fail counts</source>
        <translation>실패 횟수</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>제약</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>최근 이벤트</translation>
    </message>
    <message>
        <source>Problems &amp;only</source>
        <translation>문제만(&amp;O)</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>이벤트 필터</translation>
    </message>
    <message>
        <source>Select a resource to see its agent, parameters, operations, fail counts, the constraints that touch it and its recent events. Right-click it for actions.</source>
        <translation>리소스를 선택하면 에이전트, 매개변수, 작업, 실패 횟수, 관련 제약, 최근 이벤트가 표시됩니다. 작업은 오른쪽 클릭으로.</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>그래프(&amp;G)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>네트워크(&amp;N)</translation>
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
        <translation>작업(&amp;J)</translation>
    </message>
    <message>
        <source>Nothing needs attention: every resource runs where it should, no failures, no moves or bans left behind.</source>
        <translation>주의할 것이 없습니다: 모든 리소스가 제자리에서 실행 중이며, 실패도 남은 이동이나 금지도 없습니다.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1을(를) %2(으)로 이동</translation>
    </message>
    <message>
        <source>🔒 Read-only</source>
        <translation>🔒 읽기 전용</translation>
    </message>
    <message>
        <source>This console changes nothing on %1: its actions are hidden. Cluster ▸ Read-only turns it off; an offline CIB file is always read-only.</source>
        <translation>이 콘솔은 %1에서 아무것도 바꾸지 않습니다: 작업이 숨겨져 있습니다. 클러스터 ▸ 읽기 전용으로 끌 수 있으며, 오프라인 CIB 파일은 항상 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Moves away after</source>
        <translation>이동 기준</translation>
    </message>
    <message>
        <source>INFINITY failures (the default: it never moves for failures)</source>
        <translation>INFINITY번 실패 (기본값: 실패로 이동하지 않음)</translation>
    </message>
    <message>
        <source>Failures expire</source>
        <translation>실패 만료</translation>
    </message>
    <message>
        <source>never (the default)</source>
        <translation>없음 (기본값)</translation>
    </message>
    <message>
        <source>Failure policy</source>
        <translation>실패 정책</translation>
    </message>
    <message>
        <source>Meta attributes of %1</source>
        <translation>%1의 메타 속성</translation>
    </message>
    <message>
        <source>%1 every %2 s</source>
        <translation>%2초마다 %1</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>프로브</translation>
    </message>
    <message>
        <source>FAILED (exit %1)</source>
        <translation>실패 (종료 %1)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>실행 중 아님</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>승격됨</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>종료 %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, took %4 ms</source>
        <translation>%1: %2, %3, %4ms 걸림</translation>
    </message>
    <message>
        <source>Operation history</source>
        <translation>작업 기록</translation>
    </message>
    <message>
        <source>; left by a move or ban, %1</source>
        <translation>; 이동 또는 금지로 남음, %1</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>정리</translation>
    </message>
    <message>
        <source>failed for good (INFINITY)</source>
        <translation>영구 실패 (INFINITY)</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>실패 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>, last %1</source>
        <translation>, 마지막 %1</translation>
    </message>
    <message>
        <source>Commands run</source>
        <translation>실행한 명령</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>Dr&amp;ills</source>
        <translation>훈련(&amp;I)</translation>
    </message>
</context>
<context>
    <name>hadesk::views::ConstraintDialog</name>
    <message>
        <source>%1 — New Constraint</source>
        <translation>%1 — 새 제약 조건</translation>
    </message>
    <message>
        <source>Location: prefer or avoid a node</source>
        <translation>위치: 노드를 선호하거나 회피</translation>
    </message>
    <message>
        <source>Colocation: run with another resource</source>
        <translation>동일 배치: 다른 리소스와 함께 실행</translation>
    </message>
    <message>
        <source>Order: start after another resource</source>
        <translation>순서: 다른 리소스 다음에 시작</translation>
    </message>
    <message>
        <source>An integer, INFINITY (always) or -INFINITY (never).</source>
        <translation>정수, INFINITY(항상) 또는 -INFINITY(절대 안 함).</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>미리 보기(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>리소스(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>노드(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;With / after:</source>
        <translation>함께 / 다음(&amp;W):</translation>
    </message>
    <message>
        <source>Order &amp;kind:</source>
        <translation>순서 종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>점수(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>A constraint named &apos;%1&apos; exists already.</source>
        <translation>&apos;%1&apos; 제약 조건이 이미 있습니다.</translation>
    </message>
    <message>
        <source>A resource cannot be tied to itself.</source>
        <translation>리소스를 자기 자신에 묶을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::CreateResourceDialog</name>
    <message>
        <source>%1 — New Resource</source>
        <translation>%1 — 새 리소스</translation>
    </message>
    <message>
        <source>e.g. vip-public</source>
        <translation>예: vip-public</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>미리 보기(&amp;P)…</translation>
    </message>
    <message>
        <source>Resource &amp;id:</source>
        <translation>리소스 ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>클래스(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>에이전트(&amp;A):</translation>
    </message>
    <message>
        <source>Reading the metadata of %1…</source>
        <translation>%1의 메타데이터를 읽는 중…</translation>
    </message>
    <message>
        <source>Asking %1 for its resource agents…</source>
        <translation>%1에 리소스 에이전트를 묻는 중…</translation>
    </message>
    <message>
        <source>Could not ask the cluster for %1: %2</source>
        <translation>클러스터에 %1을(를) 물을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose an agent.</source>
        <translation>에이전트를 고르세요.</translation>
    </message>
    <message>
        <source>Give the resource an id.</source>
        <translation>리소스 ID를 입력하세요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: letters, digits, &apos;.&apos;, &apos;:&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>&apos;%1&apos;은(는) 올바른 ID가 아닙니다: 문자, 숫자, &apos;.&apos;, &apos;:&apos;, &apos;_&apos;, &apos;-&apos;만 쓰고 문자나 &apos;_&apos;로 시작하세요.</translation>
    </message>
    <message>
        <source>A resource named &apos;%1&apos; exists already.</source>
        <translation>&apos;%1&apos; 리소스가 이미 있습니다.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::DrbdCreateDialog</name>
    <message>
        <source>New DRBD Resource</source>
        <translation>새 DRBD 리소스</translation>
    </message>
    <message>
        <source>letters, digits, . _ -</source>
        <translation>문자, 숫자, . _ -</translation>
    </message>
    <message>
        <source>/dev/… (empty, the same path on every node)</source>
        <translation>/dev/… (비어 있음, 모든 노드에서 같은 경로)</translation>
    </message>
    <message>
        <source>Resync rate per second (K, M or G); empty for DRBD&apos;s default</source>
        <translation>초당 재동기화 속도 (K, M 또는 G). 비워 두면 DRBD 기본값</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Backing disk:</source>
        <translation>기반 디스크(&amp;B):</translation>
    </message>
    <message>
        <source>Device &amp;minor:</source>
        <translation>장치 마이너(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Resync rate:</source>
        <translation>재동기화 속도(&amp;R):</translation>
    </message>
    <message>
        <source>replication address</source>
        <translation>복제 주소</translation>
    </message>
    <message>
        <source>Initial sync from %1</source>
        <translation>%1에서 초기 동기화</translation>
    </message>
    <message>
        <source>No initial sync: the disks are empty</source>
        <translation>초기 동기화 없음: 디스크가 비어 있음</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>시작(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>생성(&amp;C)</translation>
    </message>
    <message>
        <source>DRBD metadata is written on %1 of every node, and this file installed as %2:

%3</source>
        <translation>모든 노드의 %1에 DRBD 메타데이터를 기록하고 이 파일을 %2(으)로 설치합니다:

%3</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 생성 중…</translation>
    </message>
    <message>
        <source>%1 created; its initial sync shows in the DRBD tab.</source>
        <translation>%1이(가) 생성되었습니다. 초기 동기화는 DRBD 탭에 표시됩니다.</translation>
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
        <translation>Primary로 전환(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Force Primary…</source>
        <translation>Primary 강제 전환(&amp;F)…</translation>
    </message>
    <message>
        <source>Make &amp;Secondary</source>
        <translation>Secondary로 전환(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>연결 해제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Attach Disk</source>
        <translation>디스크 연결(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;etach Disk</source>
        <translation>디스크 분리(&amp;E)</translation>
    </message>
    <message>
        <source>Ad&amp;just to Configuration</source>
        <translation>구성에 맞게 조정(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>검증(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Invalidate (Resync from Peer)</source>
        <translation>무효화(&amp;I) (피어에서 재동기화)</translation>
    </message>
    <message>
        <source>Invalidate &amp;Remote (Resync to Peer)</source>
        <translation>원격 무효화(&amp;R) (피어로 재동기화)</translation>
    </message>
    <message>
        <source>Pa&amp;use Sync</source>
        <translation>동기화 일시 중지(&amp;U)</translation>
    </message>
    <message>
        <source>Res&amp;ume Sync</source>
        <translation>동기화 재개(&amp;M)</translation>
    </message>
    <message>
        <source>Connect Discarding &amp;My Data</source>
        <translation>내 데이터를 버리고 연결(&amp;M)</translation>
    </message>
    <message>
        <source>Sync rate (MiB/s)</source>
        <translation>동기화 속도 (MiB/s)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>작업(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation>승격(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Recover Split Brain…</source>
        <translation>스플릿 브레인 복구(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>새 리소스(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a DRBD resource on an empty disk of two nodes</source>
        <translation>두 노드의 빈 디스크에 DRBD 리소스 생성</translation>
    </message>
    <message>
        <source>Select a resource for its warnings and what Pacemaker runs on it.</source>
        <translation>리소스를 선택하면 경고와 Pacemaker가 그 위에서 실행하는 항목이 표시됩니다.</translation>
    </message>
    <message>
        <source>drbdadm on the selected node, judged against the live state first</source>
        <translation>선택한 노드에서 drbdadm 실행, 먼저 현재 상태와 대조해 검토</translation>
    </message>
    <message>
        <source>Move the promoted role through Pacemaker (previewed)</source>
        <translation>Pacemaker를 통해 승격된 역할 이동 (미리 보기 제공)</translation>
    </message>
    <message>
        <source>Choose the node whose changes since the split brain are discarded</source>
        <translation>스플릿 브레인 이후의 변경 사항을 버릴 노드 선택</translation>
    </message>
    <message numerus="yes">
        <source>%n DRBD resource(s) on %1</source>
        <translation>
            <numerusform>%1의 DRBD 리소스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading DRBD&apos;s state from the nodes…</source>
        <translation>노드에서 DRBD 상태를 읽는 중…</translation>
    </message>
    <message>
        <source>No DRBD resource on these nodes.</source>
        <translation>이 노드들에 DRBD 리소스가 없습니다.</translation>
    </message>
    <message>
        <source>(no DRBD on %1)</source>
        <translation>(%1에 DRBD 없음)</translation>
    </message>
    <message>
        <source>Healthy: %1 hold UpToDate data.</source>
        <translation>정상: %1에 UpToDate 데이터가 있습니다.</translation>
    </message>
    <message>
        <source>Run by Pacemaker as %1 (%2), promoted on %3. Promote and demote through Pacemaker, not drbdadm.</source>
        <translation>Pacemaker가 %1(%2)(으)로 관리하며 %3에서 승격됨. 승격과 강등은 drbdadm이 아닌 Pacemaker를 통해 수행하십시오.</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>노드 없음</translation>
    </message>
    <message>
        <source>On its promoted side: %1</source>
        <translation>승격된 쪽: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Select a node of a resource first</source>
        <translation>먼저 리소스의 노드를 선택하십시오</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2에서 %1</translation>
    </message>
    <message>
        <source>Not run by Pacemaker: use Make Primary</source>
        <translation>Pacemaker가 관리하지 않음: &apos;Primary로 전환&apos;을 사용하십시오</translation>
    </message>
    <message>
        <source>Promote on %1</source>
        <translation>%1에서 승격</translation>
    </message>
    <message>
        <source>Select a resource first</source>
        <translation>먼저 리소스를 선택하십시오</translation>
    </message>
    <message>
        <source>Discard %1&apos;s Changes</source>
        <translation>%1의 변경 사항 버리기</translation>
    </message>
    <message>
        <source>DRBD</source>
        <translation>DRBD</translation>
    </message>
    <message>
        <source>%1 on %2 is not known any more.</source>
        <translation>%2의 %1을(를) 더 이상 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Run on %1:

%2</source>
        <translation>%1에서 실행:

%2</translation>
    </message>
    <message>
        <source>This risks:</source>
        <translation>위험 요소:</translation>
    </message>
    <message>
        <source>Run it anyway?</source>
        <translation>그래도 실행하시겠습니까?</translation>
    </message>
    <message>
        <source>Another DRBD action is still running.</source>
        <translation>다른 DRBD 작업이 아직 실행 중입니다.</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>승격</translation>
    </message>
    <message>
        <source>Split Brain Recovery</source>
        <translation>스플릿 브레인 복구</translation>
    </message>
    <message>
        <source>Every change made on %1 since the split brain is discarded; it then resyncs from %2.

%3

Go ahead?</source>
        <translation>스플릿 브레인 이후 %1에서 변경된 모든 내용이 버려지고, 이후 %2에서 재동기화합니다.

%3

계속하시겠습니까?</translation>
    </message>
    <message>
        <source>Recover %1 from a split brain on %2</source>
        <translation>%2에서 스플릿 브레인으로부터 %1 복구</translation>
    </message>
</context>
<context>
    <name>hadesk::views::DrillTimeline</name>
    <message>
        <source>Services and events</source>
        <translation>서비스와 이벤트</translation>
    </message>
    <message>
        <source>events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>응답 중</translation>
    </message>
    <message>
        <source>cluster events</source>
        <translation>클러스터 이벤트</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>장애</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>중단</translation>
    </message>
</context>
<context>
    <name>hadesk::views::DrillsView</name>
    <message>
        <source>%L1 ms</source>
        <translation>%L1ms</translation>
    </message>
    <message>
        <source>Break %1 on purpose?</source>
        <translation>%1을(를) 일부러 망가뜨릴까요?</translation>
    </message>
    <message>
        <source>The drill &lt;b&gt;%1&lt;/b&gt; breaks the cluster &lt;b&gt;%2&lt;/b&gt; on purpose, then puts it back. Type the cluster&apos;s name to start it.</source>
        <translation>훈련 &lt;b&gt;%1&lt;/b&gt;은(는) 클러스터 &lt;b&gt;%2&lt;/b&gt;을(를) 일부러 망가뜨린 뒤 되돌립니다. 시작하려면 클러스터 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Start the drill</source>
        <translation>훈련 시작</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>The plan (the JSON &lt;code&gt;hadeskctl drill HOST run PLAN.json&lt;/code&gt; runs):</source>
        <translation>계획(&lt;code&gt;hadeskctl drill HOST run PLAN.json&lt;/code&gt;이 실행하는 JSON):</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>The safety checks and Pacemaker&apos;s prediction of the fault; nothing is changed</source>
        <translation>안전 점검과 장애에 대한 Pacemaker의 예측, 아무것도 바꾸지 않음</translation>
    </message>
    <message>
        <source>Start drill…</source>
        <translation>훈련 시작…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Keep the plan with this cluster&apos;s drills</source>
        <translation>이 클러스터의 훈련에 계획 보관</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove this saved plan</source>
        <translation>저장된 이 계획 제거</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Import a drill plan</source>
        <translation>훈련 계획 가져오기</translation>
    </message>
    <message>
        <source>Drill plans (*.json)</source>
        <translation>훈련 계획(*.json)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Export the drill plan</source>
        <translation>훈련 계획 내보내기</translation>
    </message>
    <message>
        <source>🔒 This cluster is opened read-only: no drills. Cluster ▸ Read-only turns it off.</source>
        <translation>🔒 이 클러스터는 읽기 전용으로 열림: 훈련 불가. 클러스터 ▸ 읽기 전용에서 끌 수 있습니다.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>saved with this cluster</source>
        <translation>이 클러스터에 저장됨</translation>
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
        <translation>이 컴퓨터에서 실행하는 명령과 인수(명령줄처럼 나누며 셸로 실행하지 않음)</translation>
    </message>
    <message>
        <source>Fault command</source>
        <translation>장애 명령</translation>
    </message>
    <message>
        <source>Undo command</source>
        <translation>되돌리기 명령</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>DRBD resource</source>
        <translation>DRBD 리소스</translation>
    </message>
    <message>
        <source>not a JSON object: %1 (at character %2)</source>
        <translation>JSON 객체가 아님: %1(문자 %2)</translation>
    </message>
    <message>
        <source>probes.from_nodes: %1 is not one of the cluster&apos;s hosts</source>
        <translation>probes.from_nodes: %1은(는) 클러스터의 호스트가 아님</translation>
    </message>
    <message>
        <source>✔ ready: %1</source>
        <translation>✔ 준비됨: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>Asking Pacemaker…</source>
        <translation>Pacemaker에 묻는 중…</translation>
    </message>
    <message>
        <source>Pacemaker predicts: %1</source>
        <translation>Pacemaker 예측: %1</translation>
    </message>
    <message>
        <source>No prediction: %1</source>
        <translation>예측 없음: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>거부됨: %1</translation>
    </message>
    <message>
        <source>not started: %1</source>
        <translation>시작하지 않음: %1</translation>
    </message>
    <message>
        <source>not started: the cluster is opened read-only</source>
        <translation>시작하지 않음: 클러스터가 읽기 전용으로 열림</translation>
    </message>
    <message>
        <source>not started: a drill is running on this cluster</source>
        <translation>시작하지 않음: 이 클러스터에서 훈련이 실행 중</translation>
    </message>
    <message>
        <source>not started: cancelled</source>
        <translation>시작하지 않음: 취소됨</translation>
    </message>
    <message>
        <source>not started: &quot;%1&quot; is not the cluster&apos;s name (%2)</source>
        <translation>시작하지 않음: &quot;%1&quot;은(는) 클러스터 이름이 아님(%2)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>%2단계 중 %1단계: %3</translation>
    </message>
    <message>
        <source>Aborting: the fault is undone at once, then the cluster is proven restored…</source>
        <translation>중단: 장애를 즉시 되돌리고 클러스터 복원을 증명합니다…</translation>
    </message>
    <message>
        <source>No drill is running. Pick one on the Plan page.</source>
        <translation>실행 중인 훈련이 없습니다. 계획 페이지에서 고르십시오.</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>Undo the fault at once, recover, prove the cluster restored</source>
        <translation>장애를 즉시 되돌리고 복구한 뒤 클러스터 복원을 증명</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Outage so far</source>
        <translation>지금까지 중단</translation>
    </message>
    <message>
        <source>Failed probes</source>
        <translation>실패한 프로브</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>프로브</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>down</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>응답 중</translation>
    </message>
    <message>
        <source>Ended: %1 — %2</source>
        <translation>종료됨: %1 — %2</translation>
    </message>
    <message>
        <source>A drill&apos;s report appears here when it ends, or when one is opened from the history.</source>
        <translation>훈련이 끝나거나 기록에서 열면 보고서가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>HTML 내보내기…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF 내보내기…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON 내보내기…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>no report to export</source>
        <translation>내보낼 보고서가 없음</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1을(를) %2(으)로 복사할 수 없음</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>Worst outage</source>
        <translation>최악 중단</translation>
    </message>
    <message>
        <source>Double-click a run for its report</source>
        <translation>실행을 두 번 클릭하면 보고서가 열립니다</translation>
    </message>
    <message>
        <source>Outage across the runs of</source>
        <translation>다음 훈련의 실행별 중단:</translation>
    </message>
    <message>
        <source>Each service&apos;s outage, run by run</source>
        <translation>실행별 각 서비스의 중단</translation>
    </message>
    <message>
        <source>no such run</source>
        <translation>그런 실행이 없음</translation>
    </message>
    <message>
        <source>the run&apos;s report is not kept (%1)</source>
        <translation>실행 보고서가 보관되지 않음(%1)</translation>
    </message>
    <message>
        <source>it had no report folder</source>
        <translation>보고서 폴더가 없었음</translation>
    </message>
    <message>
        <source>Probes, limits, expectations</source>
        <translation>프로브, 제한, 기대치</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>TCP probe every</source>
        <translation>TCP 프로브 간격</translation>
    </message>
    <message>
        <source> ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>HTTP probe every</source>
        <translation>HTTP 프로브 간격</translation>
    </message>
    <message>
        <source>Probe timeout</source>
        <translation>프로브 제한 시간</translation>
    </message>
    <message>
        <source>Outage begins after</source>
        <translation>중단 시작 조건</translation>
    </message>
    <message>
        <source> failed probes</source>
        <translation>개 프로브 실패</translation>
    </message>
    <message>
        <source>Outage ends after</source>
        <translation>중단 종료 조건</translation>
    </message>
    <message>
        <source> ok probes</source>
        <translation>개 프로브 정상</translation>
    </message>
    <message>
        <source>Probe before the fault</source>
        <translation>장애 전 프로브</translation>
    </message>
    <message>
        <source>Watch the failover at most</source>
        <translation>페일오버 최대 관찰</translation>
    </message>
    <message>
        <source>Then watch on</source>
        <translation>이후 추가 관찰</translation>
    </message>
    <message>
        <source>Wait for the cluster at most</source>
        <translation>클러스터 최대 대기</translation>
    </message>
    <message>
        <source>Expectations per service (* is every service):</source>
        <translation>서비스별 기대치(*는 모든 서비스):</translation>
    </message>
    <message>
        <source>Outage at most</source>
        <translation>최대 중단</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>끝나는 노드</translation>
    </message>
    <message>
        <source>No failed request</source>
        <translation>실패한 요청 없음</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>요구 안 함</translation>
    </message>
</context>
<context>
    <name>hadesk::views::HaproxyConfigDialog</name>
    <message>
        <source>installed and reloaded</source>
        <translation>설치하고 다시 불러옴</translation>
    </message>
    <message>
        <source>rejected by haproxy -c, nothing changed</source>
        <translation>haproxy -c가 거부함, 변경 없음</translation>
    </message>
    <message>
        <source>changed by someone else since it was read, nothing changed</source>
        <translation>읽은 뒤 다른 사람이 변경함, 변경 없음</translation>
    </message>
    <message>
        <source>reload failed, previous configuration back in place</source>
        <translation>다시 불러오기 실패, 이전 구성으로 복원됨</translation>
    </message>
    <message>
        <source>could not run</source>
        <translation>실행할 수 없음</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>검사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Install on Every Node…</source>
        <translation>모든 노드에 설치(&amp;I)…</translation>
    </message>
    <message>
        <source>Read &amp;Again</source>
        <translation>다시 읽기(&amp;A)</translation>
    </message>
    <message>
        <source>HAProxy Configuration</source>
        <translation>HAProxy 구성</translation>
    </message>
    <message>
        <source>HAProxy accepts it.</source>
        <translation>HAProxy가 받아들입니다.</translation>
    </message>
    <message>
        <source>HAProxy refuses it:</source>
        <translation>HAProxy가 거부합니다:</translation>
    </message>
    <message>
        <source>Read the files again and lose your edits?</source>
        <translation>파일을 다시 읽고 편집 내용을 버릴까요?</translation>
    </message>
    <message>
        <source>Reading the configuration from every node…</source>
        <translation>모든 노드에서 구성을 읽는 중…</translation>
    </message>
    <message>
        <source>No configuration could be read.</source>
        <translation>구성을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 as read from %2 (SHA-256 %3…).</source>
        <translation>%2에서 읽은 %1 (SHA-256 %3…).</translation>
    </message>
    <message>
        <source>The file on %1 is different; installing replaces it with this text.</source>
        <translation>%1의 파일은 다릅니다. 설치하면 이 텍스트로 바뀝니다.</translation>
    </message>
    <message>
        <source>Checking with haproxy -c on %1…</source>
        <translation>%1에서 haproxy -c로 검사하는 중…</translation>
    </message>
    <message>
        <source>Install HAProxy Configuration</source>
        <translation>HAProxy 구성 설치</translation>
    </message>
    <message>
        <source>Check this configuration on %1, then install it and reload HAProxy node by node? A node whose reload fails gets its previous file back, and so do the nodes done before it.</source>
        <translation>%1에서 이 구성을 검사한 뒤 노드별로 설치하고 HAProxy를 다시 불러올까요? 다시 불러오기에 실패한 노드는 이전 파일로 돌아가며, 그 전에 끝난 노드도 마찬가지입니다.</translation>
    </message>
    <message>
        <source>Installing on %1…</source>
        <translation>%1에 설치하는 중…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close and lose your edits?</source>
        <translation>닫고 편집 내용을 버릴까요?</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
</context>
<context>
    <name>hadesk::views::HaproxyView</name>
    <message>
        <source>Sessions per backend</source>
        <translation>백엔드별 세션</translation>
    </message>
    <message>
        <source>Requests per second per backend</source>
        <translation>백엔드별 초당 요청</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>준비(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Drain</source>
        <translation>드레인(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>유지보수(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Weight…</source>
        <translation>가중치(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>검사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>노드(&amp;N)</translation>
    </message>
    <message>
        <source>Server Weight</source>
        <translation>서버 가중치</translation>
    </message>
    <message>
        <source>Weight (0 to 256) on every node&apos;s HAProxy:</source>
        <translation>모든 노드의 HAProxy에서 가중치 (0~256):</translation>
    </message>
    <message>
        <source>Enable Health Checks</source>
        <translation>상태 검사 켜기</translation>
    </message>
    <message>
        <source>Disable Health Checks</source>
        <translation>상태 검사 끄기</translation>
    </message>
    <message>
        <source>Drain %1 in Every Backend</source>
        <translation>모든 백엔드에서 %1 드레인</translation>
    </message>
    <message>
        <source>Ready %1 in Every Backend</source>
        <translation>모든 백엔드에서 %1 준비</translation>
    </message>
    <message>
        <source>HAProxy on</source>
        <translation>HAProxy 노드</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>%1&apos;s HAProxy does not answer: %2</source>
        <translation>%1의 HAProxy가 응답하지 않습니다: %2</translation>
    </message>
    <message>
        <source>Reading %1&apos;s HAProxy…</source>
        <translation>%1의 HAProxy를 읽는 중…</translation>
    </message>
    <message>
        <source>%1 %2 (%3 req/s)</source>
        <translation>%1 %2 (%3 요청/초)</translation>
    </message>
    <message>
        <source>HAProxy %1, up %2, %3 connections; %4</source>
        <translation>HAProxy %1, 가동 %2, 연결 %3개; %4</translation>
    </message>
    <message>
        <source>(no answer from %1)</source>
        <translation>(%1에서 응답 없음)</translation>
    </message>
    <message>
        <source>Send to the HAProxy of %1:

%2</source>
        <translation>%1의 HAProxy로 보내기:

%2</translation>
    </message>
    <message>
        <source>Con&amp;figuration…</source>
        <translation>구성(&amp;F)…</translation>
    </message>
    <message>
        <source>This cluster cannot be changed from here.</source>
        <translation>이 클러스터는 여기서 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>⚠ The nodes&apos; HAProxies disagree (clients see whichever holds the VIP):</source>
        <translation>⚠ 노드들의 HAProxy 설정이 다릅니다 (클라이언트는 VIP를 가진 노드의 것을 봅니다):</translation>
    </message>
</context>
<context>
    <name>hadesk::views::HostStatusBar</name>
    <message>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>다시 연결 중</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <source>&amp;Reconnect to %1</source>
        <translation>%1에 다시 연결(&amp;R)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (the cluster is read and changed through this node)</source>
        <translation> (이 노드를 통해 클러스터를 읽고 변경합니다)</translation>
    </message>
</context>
<context>
    <name>hadesk::views::JobStatusWidget</name>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
</context>
<context>
    <name>hadesk::views::JobsView</name>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>Read what the selected stream follows again now, and start it again if it stopped</source>
        <translation>선택한 스트림이 따라가는 것을 지금 다시 읽고, 멈췄다면 다시 시작합니다</translation>
    </message>
    <message>
        <source>Live streams on the nodes</source>
        <translation>노드의 실시간 스트림</translation>
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
        <translation>&lt;h3&gt;아직 클러스터가 없습니다&lt;/h3&gt;&lt;p&gt;노드에 연결하는 OpenSSH 설정을 선택하여 클러스터를 추가하십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Cluster…</source>
        <translation>클러스터 추가…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>클러스터(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>클러스터 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Cluster</source>
        <translation>클러스터 제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About HAdesk</source>
        <translation>HAdesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>클러스터 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Cluster</source>
        <translation>클러스터 제거</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the console? The cluster itself is not changed.</source>
        <translation>콘솔에서 &apos;%1&apos;을(를) 제거하시겠습니까? 클러스터 자체는 변경되지 않습니다.</translation>
    </message>
    <message>
        <source>Select a cluster to open it.</source>
        <translation>열 클러스터를 선택하세요.</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>읽기 전용(&amp;R)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>&amp;Open CIB File…</source>
        <translation>CIB 파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Look at a saved CIB (cibadmin --query, crm_report) offline, read-only</source>
        <translation>저장된 CIB(cibadmin --query, crm_report)를 오프라인 읽기 전용으로 봅니다</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>리소스(&amp;R)</translation>
    </message>
    <message>
        <source>Select a resource first.</source>
        <translation>먼저 리소스를 선택하세요.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>재시작(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Move Away</source>
        <translation>다른 곳으로 이동(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;lear Moves and Bans</source>
        <translation>이동 및 금지 해제(&amp;L)</translation>
    </message>
    <message>
        <source>Clean &amp;Up Failures</source>
        <translation>실패 정리(&amp;U)</translation>
    </message>
    <message>
        <source>Add &amp;Constraint…</source>
        <translation>제약 조건 추가(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>새 리소스(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Open CIB File</source>
        <translation>CIB 파일 열기</translation>
    </message>
    <message>
        <source>%1 (offline, read-only)</source>
        <translation>%1 (오프라인, 읽기 전용)</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>A drill is running</source>
        <translation>훈련이 실행 중</translation>
    </message>
    <message>
        <source>A failover drill is running on %1. Closing aborts it: its fault is undone, the cluster recovered and proven restored, then the console closes. Abort the drill and close?</source>
        <translation>%1에서 페일오버 훈련이 실행 중입니다. 닫으면 훈련이 중단됩니다: 장애를 되돌리고 클러스터를 복구해 복원을 증명한 뒤 콘솔이 닫힙니다. 훈련을 중단하고 닫을까요?</translation>
    </message>
    <message>
        <source>Aborting the drill on %1 and recovering the cluster before closing…</source>
        <translation>닫기 전에 %1의 훈련을 중단하고 클러스터를 복구하는 중…</translation>
    </message>
    <message>
        <source>&amp;New Cluster…</source>
        <translation>새 클러스터(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>hadesk::views::NetworkDiagram</name>
    <message>
        <source>no speed</source>
        <translation>속도 없음</translation>
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
        <translation>%1: %2, 보유 노드 %3</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>노드 없음</translation>
    </message>
    <message>
        <source>No node has reported its interfaces yet.</source>
        <translation>아직 인터페이스를 보고한 노드가 없습니다.</translation>
    </message>
    <message>
        <source>in no segment</source>
        <translation>세그먼트 없음</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>역할 없음</translation>
    </message>
    <message>
        <source>no interface</source>
        <translation>인터페이스 없음</translation>
    </message>
</context>
<context>
    <name>hadesk::views::NetworkView</name>
    <message>
        <source>VIP &amp;Actions</source>
        <translation>VIP 작업(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Segments…</source>
        <translation>세그먼트(&amp;S)…</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>%1: interfaces not read: %2</source>
        <translation>%1: 인터페이스를 읽지 못함: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a VIP to see its resource, its constraints and where it can move.&lt;/p&gt;</source>
        <translation>&lt;p&gt;VIP를 클릭하면 리소스, 제약 조건, 이동할 수 있는 곳을 볼 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>에이전트</translation>
    </message>
    <message>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>인터페이스</translation>
    </message>
    <message>
        <source>(chosen by the agent)</source>
        <translation>(에이전트가 선택)</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>cluster runs it on</source>
        <translation>클러스터 실행 노드</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>노드 없음</translation>
    </message>
    <message>
        <source>address seen on</source>
        <translation>주소가 보이는 노드</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>제약 조건</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>nothing listens</source>
        <translation>수신하는 것 없음</translation>
    </message>
    <message>
        <source>%1 listens</source>
        <translation>%1 수신 중</translation>
    </message>
    <message>
        <source>run by %1</source>
        <translation>%1이(가) 실행</translation>
    </message>
    <message>
        <source>sends to %1</source>
        <translation>%1(으)로 보냄</translation>
    </message>
    <message>
        <source>bound on %1</source>
        <translation>%1에 바인딩</translation>
    </message>
</context>
<context>
    <name>hadesk::views::OperationDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Asking Pacemaker what this would do (crm_simulate on a copy of the live CIB)…</source>
        <translation>Pacemaker에 결과를 묻는 중(실행 중인 CIB 사본에서 crm_simulate)…</translation>
    </message>
    <message>
        <source>The preview failed; nothing was changed.</source>
        <translation>미리보기에 실패했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>This acts on running resources, not on the configuration: there is nothing to simulate.</source>
        <translation>구성이 아니라 실행 중인 리소스에 작용하므로 시뮬레이션할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Pacemaker would change nothing that runs.</source>
        <translation>Pacemaker는 실행 중인 것을 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Pacemaker will:</source>
        <translation>Pacemaker가 할 일:</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>적용 중…</translation>
    </message>
    <message>
        <source>Done. The cluster view follows the change as it happens.</source>
        <translation>완료. 클러스터 보기가 변경을 실시간으로 따라갑니다.</translation>
    </message>
    <message>
        <source>Not applied: someone changed the configuration since the preview. Nothing was overwritten; open the action again to preview it on the new configuration.</source>
        <translation>적용 안 됨: 미리보기 이후 누군가 구성을 바꿨습니다. 아무것도 덮어쓰지 않았습니다. 새 구성에서 미리보려면 작업을 다시 여세요.</translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>명령이 실패했습니다.</translation>
    </message>
    <message>
        <source>Each step as it runs, with the command on the node</source>
        <translation>실행되는 각 단계와 노드에서의 명령</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <source>This cluster cannot be changed from here (read-only or not connected).</source>
        <translation>여기서는 이 클러스터를 변경할 수 없습니다(읽기 전용이거나 연결되지 않음).</translation>
    </message>
    <message>
        <source>Stopped before the preview finished; nothing was changed.</source>
        <translation>미리보기가 끝나기 전에 중지됨; 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Stopped. The command was ended on the node; the cluster view shows what it is now.</source>
        <translation>중지됨. 명령은 노드에서 종료되었고, 클러스터 보기가 현재 상태를 보여 줍니다.</translation>
    </message>
    <message>
        <source>until cleared</source>
        <translation>해제할 때까지</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30분</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1시간</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <source>Or an ISO 8601 duration such as PT2H</source>
        <translation>또는 PT2H 같은 ISO 8601 기간</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>유효 기간(&amp;L):</translation>
    </message>
    <message>
        <source>This change:</source>
        <translation>이 변경:</translation>
    </message>
    <message>
        <source>Left behind: %1. It keeps acting on %2 until it expires or is cleared.</source>
        <translation>남은 제약: %1. 만료되거나 해제될 때까지 %2에 계속 적용됩니다.</translation>
    </message>
    <message>
        <source>C&amp;lear It</source>
        <translation>해제(&amp;L)</translation>
    </message>
</context>
<context>
    <name>hadesk::views::OverviewWidget</name>
    <message>
        <source>Resource</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>제약</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>효과</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Clean &amp;up</source>
        <translation>정리(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>해제(&amp;L)</translation>
    </message>
    <message>
        <source>Failed actions</source>
        <translation>실패한 작업</translation>
    </message>
    <message>
        <source>Moves and bans left behind</source>
        <translation>남아 있는 이동 및 금지</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>대기 중인 작업</translation>
    </message>
    <message>
        <source> (DC)</source>
        <translation> (DC)</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) running</source>
        <translation>
            <numerusform>리소스 %n개 실행 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>실패 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결 중…</translation>
    </message>
    <message>
        <source>; last: %1 %2 (%3)</source>
        <translation>; 마지막: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 · DC: %3 · Fencing: %4%5%6&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 · DC: %3 · 펜싱: %4%5%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#30a050&apos;&gt;quorate&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#30a050&apos;&gt;쿼럼 있음&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d03030&apos;&gt;NO QUORUM&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d03030&apos;&gt;쿼럼 없음&lt;/span&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d03030&apos;&gt;DISABLED&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d03030&apos;&gt;꺼짐&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;cluster in maintenance mode&lt;/b&gt;</source>
        <translation> · &lt;b&gt;클러스터 유지보수 모드&lt;/b&gt;</translation>
    </message>
    <message>
        <source>banned from %1</source>
        <translation>%1에서 금지</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>%1 선호</translation>
    </message>
    <message>
        <source>(rule)</source>
        <translation>(규칙)</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>영구</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <source>The cluster&apos;s state could not be read through %1: %2</source>
        <translation>%1을(를) 통해 클러스터 상태를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>⚠ Not connected to %1: this is the state as last read.</source>
        <translation>⚠ %1에 연결되지 않음: 마지막으로 읽은 상태입니다.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Nothing needs attention: no failed actions, no moves or bans left behind, nothing pending.</source>
        <translation>주의할 것이 없습니다: 실패한 작업도, 남은 이동이나 금지도, 대기 중인 작업도 없습니다.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>주의 필요</translation>
    </message>
    <message>
        <source>Double-click to go where it can be acted on</source>
        <translation>두 번 클릭하면 조치할 수 있는 곳으로 갑니다</translation>
    </message>
    <message>
        <source>Pacemaker %1</source>
        <translation>Pacemaker %1</translation>
    </message>
    <message>
        <source>last change %1%2</source>
        <translation>마지막 변경 %1%2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>변경자 %1</translation>
    </message>
    <message>
        <source>stickiness %1</source>
        <translation>고정성 %1</translation>
    </message>
    <message>
        <source>without quorum: %1</source>
        <translation>쿼럼 없을 때: %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>link %1 ✗ to %2</source>
        <translation>%2(으)로 링크 %1 ✗</translation>
    </message>
    <message>
        <source>link %1 ✓</source>
        <translation>링크 %1 ✓</translation>
    </message>
    <message>
        <source>Corosync: %1</source>
        <translation>Corosync: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2에서 %1</translation>
    </message>
    <message>
        <source>Corosync %1</source>
        <translation>Corosync %1</translation>
    </message>
    <message>
        <source>Corosync %1 is down</source>
        <translation>Corosync %1 끊김</translation>
    </message>
</context>
<context>
    <name>hadesk::views::ResourceGraphView</name>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>승격됨</translation>
    </message>
    <message>
        <source>unpromoted</source>
        <translation>승격 안 됨</translation>
    </message>
    <message>
        <source>started</source>
        <translation>시작됨</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>promoted on %1</source>
        <translation>%1에서 승격됨</translation>
    </message>
    <message>
        <source>Find a resource</source>
        <translation>리소스 찾기</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Fit the graph in the window (F)</source>
        <translation>그래프를 창에 맞춤 (F)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>확대 (Ctrl++)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>축소 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save as PNG or SVG</source>
        <translation>PNG 또는 SVG로 저장</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>그래프 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Show location constraints (moves, bans, preferences) as edges to their node (L)</source>
        <translation>위치 제약 조건(이동, 금지, 선호)을 노드로 가는 간선으로 표시 (L)</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>새 리소스(&amp;N)…</translation>
    </message>
    <message>
        <source>Show &amp;Location Constraints</source>
        <translation>위치 제약 조건 표시(&amp;L)</translation>
    </message>
    <message>
        <source>in transition</source>
        <translation>전환 중</translation>
    </message>
    <message>
        <source>dashed border: unmanaged · stacked: clone · → order · ⇢ colocation · dotted: location (green prefers, red avoids)</source>
        <translation>점선 테두리: 관리 안 함 · 겹침: 클론 · → 순서 · ⇢ 동일 배치 · 점 선: 위치(초록 선호, 빨강 회피)</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>아직 확인되지 않음</translation>
    </message>
    <message>
        <source>%1 runs DRBD resource %2</source>
        <translation>%1이(가) DRBD 리소스 %2을(를) 실행</translation>
    </message>
    <message>
        <source>%1 failed on %2</source>
        <translation>%2에서 %1 실패</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 실패</translation>
    </message>
    <message>
        <source>guest of %1, not running</source>
        <translation>%1의 게스트, 실행 중 아님</translation>
    </message>
    <message>
        <source>guest of %1 on %2</source>
        <translation>%2의 %1 게스트</translation>
    </message>
    <message>
        <source>%1, not connected</source>
        <translation>%1, 연결되지 않음</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%2 경유 %1</translation>
    </message>
    <message>
        <source>UNCLEAN</source>
        <translation>비정상(UNCLEAN)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>유지 보수</translation>
    </message>
    <message>
        <source>standby, still running</source>
        <translation>대기, 아직 실행 중</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%2개 중 %1개 실행 중</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n개 실행 중</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%3의 %1 (%2)</translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation>에이전트: %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>실행 중 아님</translation>
    </message>
    <message>
        <source>last failure: %1 on %2 at %3 (%4)</source>
        <translation>마지막 실패: %3에 %2에서 %1 (%4)</translation>
    </message>
    <message>
        <source>ban %1</source>
        <translation>금지 %1</translation>
    </message>
    <message>
        <source>move %1</source>
        <translation>이동 %1</translation>
    </message>
    <message>
        <source>No resource matches “%1”.</source>
        <translation>“%1”과(와) 일치하는 리소스가 없습니다.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SegmentLabelsDialog</name>
    <message>
        <source>Segments</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Name the subnets the nodes share and say what each carries. The lint uses the roles; HAdesk keeps them with the cluster.</source>
        <translation>노드가 공유하는 서브넷에 이름을 붙이고 각각이 무엇을 나르는지 정하세요. 검사는 역할을 사용하며, HAdesk는 이를 클러스터와 함께 보관합니다.</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>인터페이스</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2에서 %1</translation>
    </message>
    <message>
        <source>A name of your own, such as &quot;public 1G&quot; or &quot;storage&quot;</source>
        <translation>&quot;public 1G&quot;나 &quot;storage&quot; 같은 원하는 이름</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupApplyPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Each step as it runs on the nodes. A step that fails takes back what it did; the next run continues from there.</source>
        <translation>노드에서 실행되는 각 단계입니다. 실패한 단계는 자신이 한 일을 되돌리며, 다음 실행이 그 지점부터 이어갑니다.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>적용 중…</translation>
    </message>
    <message>
        <source>Stopping on the nodes…</source>
        <translation>노드에서 중지하는 중…</translation>
    </message>
    <message>
        <source>%1 is as the plan says: nothing changed.</source>
        <translation>%1은(는) 계획대로입니다: 변경된 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 set up and verified: %n change(s).</source>
        <translation>
            <numerusform>%1 설정 및 검증 완료: 변경 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>검증됨: %1</translation>
    </message>
    <message>
        <source>The setup stopped: %1
Run it again (New Cluster…, the same plan) to continue from there, or take it back with hadeskctl setup --undo PLAN.</source>
        <translation>설정이 중단되었습니다: %1
다시 실행하면(새 클러스터…, 같은 계획) 그 지점부터 이어가고, hadeskctl setup --undo PLAN으로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupPlanPage</name>
    <message>
        <source>&amp;Save Plan…</source>
        <translation>계획 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>A setup plan (docs/setup.md; hadeskctl setup example HOST... writes a starting one). Nothing on the hosts changes before the review.</source>
        <translation>설정 계획(docs/setup.md; hadeskctl setup example HOST...가 시작용 계획을 만듭니다). 검토 전에는 호스트에서 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>~/.ssh/config</source>
        <translation>~/.ssh/config</translation>
    </message>
    <message>
        <source>default (Corosync&apos;s own: token 3000 ms)</source>
        <translation>default (Corosync 기본값: 토큰 3000 ms)</translation>
    </message>
    <message>
        <source>fast (token 1000 ms: for a low-latency network)</source>
        <translation>fast (토큰 1000 ms: 지연이 낮은 네트워크용)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Plan &amp;file:</source>
        <translation>계획 파일(&amp;F):</translation>
    </message>
    <message>
        <source>SSH &amp;configuration:</source>
        <translation>SSH 설정(&amp;C):</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>클러스터 이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation>타이밍(&amp;T):</translation>
    </message>
    <message>
        <source>Choose a plan file.</source>
        <translation>계획 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>active/standby</source>
        <translation>액티브/스탠바이</translation>
    </message>
    <message>
        <source>active/active</source>
        <translation>액티브/액티브</translation>
    </message>
    <message>
        <source>Nodes: %1, %2 corosync link(s).
Fencing: %3.
VIPs: %4.
Services: %5.</source>
        <translation>노드: %1, corosync 링크 %2개.
펜싱: %3.
VIP: %4.
서비스: %5.</translation>
    </message>
    <message>
        <source>none (UNSAFE)</source>
        <translation>없음 (안전하지 않음)</translation>
    </message>
    <message>
        <source>%1, not tested (UNSAFE)</source>
        <translation>%1, 테스트 안 됨 (안전하지 않음)</translation>
    </message>
    <message>
        <source>%1, tested on %2</source>
        <translation>%1, %2에서 테스트</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Open Setup Plan</source>
        <translation>설정 계획 열기</translation>
    </message>
    <message>
        <source>Setup plans (*.json)</source>
        <translation>설정 계획 (*.json)</translation>
    </message>
    <message>
        <source>SSH Configuration</source>
        <translation>SSH 설정</translation>
    </message>
    <message>
        <source>the plan is refused: %1</source>
        <translation>계획이 거부되었습니다: %1</translation>
    </message>
    <message>
        <source>Save Setup Plan</source>
        <translation>설정 계획 저장</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupReviewPage</name>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>The hosts checked, the links tested, and every change per node with Pacemaker&apos;s simulation of the result. Nothing has changed yet.</source>
        <translation>호스트 점검, 링크 테스트, 노드별 모든 변경과 그 결과에 대한 Pacemaker 시뮬레이션입니다. 아직 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Checking the hosts…</source>
        <translation>호스트 점검 중…</translation>
    </message>
    <message>
        <source>The plan is refused.</source>
        <translation>계획이 거부되었습니다.</translation>
    </message>
    <message>
        <source>The review failed: %1</source>
        <translation>검토 실패: %1</translation>
    </message>
    <message>
        <source>%1 is as the plan says: Apply changes nothing.</source>
        <translation>%1은(는) 계획대로입니다: 적용해도 바뀌는 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply.</source>
        <translation>
            <numerusform>적용할 변경 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo This Setup…</source>
        <translation>이 설정 되돌리기(&amp;U)…</translation>
    </message>
    <message>
        <source>A setup of this plan stopped half-way: %1. Apply continues from there; Undo takes it back.</source>
        <translation>이 계획의 설정이 중간에 멈췄습니다: %1. 적용하면 그 지점부터 이어가고, 되돌리기로 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Undo This Setup</source>
        <translation>이 설정 되돌리기</translation>
    </message>
    <message>
        <source>Take %1 back to bare hosts (%2)? Only what HAdesk&apos;s journals say it did is taken back; files it replaced come back from their backups.</source>
        <translation>%1을(를) 빈 호스트로 되돌릴까요 (%2)? HAdesk 저널에 기록된 작업만 되돌리며, 교체된 파일은 백업에서 복원됩니다.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>되돌리는 중…</translation>
    </message>
    <message>
        <source>The undo stopped: %1</source>
        <translation>되돌리기가 중단되었습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 undone: %n change(s) taken back. Checking the hosts again…</source>
        <translation>
            <numerusform>%1 되돌림: 변경 %n개 취소. 호스트를 다시 점검하는 중…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hadesk::views::SetupWizard</name>
    <message>
        <source>New Cluster</source>
        <translation>새 클러스터</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>Refused, nothing was changed:</source>
        <translation>거부됨, 아무것도 변경되지 않았습니다:</translation>
    </message>
</context>
<context>
    <name>hadesk::views::SshPromptDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>알 수 없는 호스트 키</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>신뢰하고 연결</translation>
    </message>
    <message>
        <source>sudo Password</source>
        <translation>sudo 암호</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>키 암호문</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>암호</translation>
    </message>
    <message>
        <source>Compare each fingerprint with the one the host shows (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):</source>
        <translation>각 지문을 호스트가 보여 주는 지문과 비교하십시오 (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):</translation>
    </message>
    <message>
        <source>Unknown Host Keys</source>
        <translation>알 수 없는 호스트 키</translation>
    </message>
    <message numerus="yes">
        <source>The authenticity of %n host(s) cannot be established: HAdesk has never seen their keys.</source>
        <translation>
            <numerusform>호스트 %n개의 진위를 확인할 수 없습니다: HAdesk가 그 키를 본 적이 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust All and Connect</source>
        <translation>모두 신뢰하고 연결</translation>
    </message>
</context>
<context>
    <name>hadeskctl</name>
    <message numerus="yes">
        <source>Added cluster %1 with %n node(s)</source>
        <translation>
            <numerusform>노드 %n개로 클러스터 %1을(를) 추가했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: hadeskctl remove-cluster NAME</source>
        <translation>사용법: hadeskctl remove-cluster 이름</translation>
    </message>
    <message>
        <source>hadeskctl: HAdesk without a window, for scripts, tests and benchmarks.</source>
        <translation>hadeskctl: 창 없는 HAdesk, 스크립트·테스트·벤치마크용.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>list the clusters and their nodes</source>
        <translation>클러스터와 노드 목록을 표시합니다</translation>
    </message>
    <message>
        <source>add a cluster whose nodes are hosts of an OpenSSH configuration</source>
        <translation>OpenSSH 설정의 호스트를 노드로 하는 클러스터를 추가합니다</translation>
    </message>
    <message>
        <source>remove a cluster from the list (the cluster itself is not touched)</source>
        <translation>목록에서 클러스터를 제거합니다(클러스터 자체는 그대로입니다)</translation>
    </message>
    <message>
        <source>Show the version of HAdesk, Qt and libssh.</source>
        <translation>HAdesk, Qt, libssh 버전을 표시합니다.</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>수행할 작업(명령 참조).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see --help</source>
        <translation>알 수 없는 명령 &apos;%1&apos;. --help를 참조하십시오</translation>
    </message>
    <message>
        <source>run a command on a host over SSH; its output and exit code pass through</source>
        <translation>SSH로 호스트에서 명령을 실행합니다. 출력과 종료 코드는 그대로 전달됩니다</translation>
    </message>
    <message>
        <source>measure SSH round trips: held session, OpenSSH multiplexing, fresh ssh</source>
        <translation>SSH 왕복 시간 측정: 유지 세션, OpenSSH 멀티플렉싱, 새 ssh</translation>
    </message>
    <message>
        <source>OpenSSH client configuration to use, like ssh -F; default: ~/.ssh/config.</source>
        <translation>사용할 OpenSSH 클라이언트 설정(ssh -F와 같음). 기본값: ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Accept and record the host key of a host seen for the first time (never a changed one).</source>
        <translation>처음 보는 호스트의 호스트 키를 수락하고 기록합니다(변경된 키는 절대 수락하지 않음).</translation>
    </message>
    <message>
        <source>exec: stop the command after this many seconds.</source>
        <translation>exec: 이 시간(초)이 지나면 명령을 중지합니다.</translation>
    </message>
    <message>
        <source>the cluster&apos;s nodes, resources, constraints and failures, live or from a CIB file</source>
        <translation>클러스터의 노드, 리소스, 제약 조건, 실패 - 실시간 또는 CIB 파일에서</translation>
    </message>
    <message>
        <source>time HAdesk&apos;s model of a CIB against crm_mon rendering it</source>
        <translation>CIB에 대한 HAdesk 모델과 crm_mon 출력의 시간을 비교합니다</translation>
    </message>
    <message>
        <source>start, stop, move, ban, clear, cleanup; previewed first (--preview: only that)</source>
        <translation>start, stop, move, ban, clear, cleanup; 먼저 미리 보기(--preview: 미리 보기만)</translation>
    </message>
    <message>
        <source>standby, online, maintenance, ready; previewed first</source>
        <translation>standby, online, maintenance, ready; 먼저 미리 보기</translation>
    </message>
    <message>
        <source>time a full refresh over a held session against crm_mon on the node</source>
        <translation>유지 세션을 통한 전체 새로 고침과 노드의 crm_mon 시간을 비교합니다</translation>
    </message>
    <message>
        <source>maintenance, ready, clear-expired; previewed first</source>
        <translation>maintenance, ready, clear-expired; 먼저 미리 보기</translation>
    </message>
    <message>
        <source>add a location, colocation or order constraint, or remove one; previewed first</source>
        <translation>위치, 동일 배치 또는 순서 제약 조건을 추가하거나 제거합니다. 먼저 미리 보기</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1에는 값이 필요합니다</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1은(는) 포트 번호가 아닙니다</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>알 수 없는 옵션 %1</translation>
    </message>
    <message>
        <source>usage: hadeskctl add-cluster NAME SSH_CONFIG [HOST...]
       hadeskctl add-cluster NAME --nodes ADDR[,ADDR...] [--user USER] [--port PORT] [--key FILE | --password]</source>
        <translation>사용법: hadeskctl add-cluster NAME SSH_CONFIG [HOST...]
        hadeskctl add-cluster NAME --nodes ADDR[,ADDR...] [--user USER] [--port PORT] [--key FILE | --password]</translation>
    </message>
    <message>
        <source>add a cluster by node addresses (--user, --port, --key FILE or --password)</source>
        <translation>노드 주소로 클러스터 추가(--user, --port, --key 파일 또는 --password)</translation>
    </message>
    <message>
        <source>HAProxy has no server %1</source>
        <translation>HAProxy에 서버 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>no HAProxy server stands for node %1 (give BACKEND/SERVER)</source>
        <translation>노드 %1에 해당하는 HAProxy 서버가 없습니다(BACKEND/SERVER를 지정하세요)</translation>
    </message>
    <message>
        <source>%1 is not a weight</source>
        <translation>%1은(는) 가중치가 아닙니다</translation>
    </message>
    <message>
        <source>segments, interfaces per node, VIPs with their segment and holder, warnings</source>
        <translation>세그먼트, 노드별 인터페이스, 세그먼트와 보유 노드가 있는 VIP, 경고</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>HAProxy&apos;s frontends, backends and servers; drain|ready|maint NODE or BACKEND/SERVER, weight BACKEND/SERVER N, checks on|off BACKEND/SERVER; config show, check FILE, install FILE (checked on every node, reloaded, rolled back if the reload fails)</source>
        <translation>HAProxy의 프런트엔드, 백엔드, 서버; drain|ready|maint 노드 또는 BACKEND/SERVER, weight BACKEND/SERVER N, checks on|off BACKEND/SERVER; config show, check 파일, install 파일 (모든 노드에서 검사, 다시 불러오기, 실패하면 되돌림)</translation>
    </message>
    <message>
        <source>--segment takes SUBNET=ROLE[:NAME], one of the roles %1</source>
        <translation>--segment는 SUBNET=ROLE[:NAME] 형식이며 역할은 %1 중 하나입니다</translation>
    </message>
    <message>
        <source>usage: hadeskctl [--ssh-config FILE] network HOST [--json] [--segment SUBNET=ROLE[:NAME]]...</source>
        <translation>usage: hadeskctl [--ssh-config FILE] network HOST [--json] [--segment SUBNET=ROLE[:NAME]]...</translation>
    </message>
    <message>
        <source>%1: DRBD&apos;s configuration could not be read: %2</source>
        <translation>%1: DRBD 구성을 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>제시간에 응답 없음</translation>
    </message>
    <message>
        <source>%1 has no DRBD resources configured</source>
        <translation>%1에는 구성된 DRBD 리소스가 없습니다</translation>
    </message>
    <message>
        <source>no cluster state (%1)</source>
        <translation>클러스터 상태 없음(%1)</translation>
    </message>
    <message>
        <source>no DRBD state from every node in time: %1</source>
        <translation>모든 노드의 DRBD 상태를 제시간에 받지 못했습니다: %1</translation>
    </message>
    <message>
        <source>no DRBD resource %1 on %2&apos;s nodes</source>
        <translation>%2의 노드에 DRBD 리소스 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that these risks are accepted</source>
        <translation>hadeskctl: 수행하지 않음: 이 위험을 받아들인다면 --yes로 확인하세요</translation>
    </message>
    <message>
        <source>Recovery: %1&apos;s changes since the split are discarded; it resyncs from %2</source>
        <translation>복구: 분리 이후 %1의 변경은 버려지고 %2에서 다시 동기화합니다</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that %1&apos;s changes are to be discarded</source>
        <translation>hadeskctl: 수행하지 않음: %1의 변경을 버리려면 --yes로 확인하세요</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DRBD resource name</source>
        <translation>&apos;%1&apos;은(는) DRBD 리소스 이름이 아닙니다</translation>
    </message>
    <message>
        <source>Pacemaker does not run %1: use &apos;primary&apos; on the node</source>
        <translation>Pacemaker가 %1을(를) 실행하지 않습니다: 노드에서 &apos;primary&apos;를 쓰세요</translation>
    </message>
    <message>
        <source>DRBD resources on HOST&apos;s DRBD nodes: roles, disks, links, sync progress with rate and ETA, warnings; drbdadm actions with their risks confirmed (--yes), promote through Pacemaker, split-brain recovery</source>
        <translation>HOST의 DRBD 노드에 있는 DRBD 리소스: 역할, 디스크, 링크, 속도와 남은 시간을 포함한 동기화 진행, 경고; 위험을 확인(--yes)한 drbdadm 작업, Pacemaker를 통한 승격, 스플릿 브레인 복구</translation>
    </message>
    <message>
        <source>connected and in sync</source>
        <translation>연결 및 동기화됨</translation>
    </message>
    <message>
        <source>hadeskctl: not in sync in time; see the state above</source>
        <translation>hadeskctl: 제한 시간 내에 동기화되지 않음. 위의 상태를 참조하십시오</translation>
    </message>
    <message>
        <source>%1 on %2, written to %3:</source>
        <translation>%2의 %1, %3에 기록됨:</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that DRBD metadata is to be written on %1 of %2</source>
        <translation>hadeskctl: 수행하지 않음: %2의 %1에 DRBD 메타데이터를 기록하려면 --yes로 확인하십시오</translation>
    </message>
    <message>
        <source>Pacemaker runs %1 as %2: remove it from the cluster first</source>
        <translation>Pacemaker가 %1을(를) %2(으)로 실행 중입니다: 먼저 클러스터에서 제거하십시오</translation>
    </message>
    <message>
        <source>hadeskctl: not done: confirm with --yes that %1 is to be taken down and its configuration removed on %2</source>
        <translation>hadeskctl: 수행하지 않음: %2에서 %1을(를) 중지하고 구성을 제거하려면 --yes로 확인하십시오</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 제거됨</translation>
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
        <translation>%2에서 스플릿 브레인으로부터 %1 복구</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1초 안에 응답이 없습니다</translation>
    </message>
    <message>
        <source>usage: hadeskctl haproxy HOST config [show | check FILE | install FILE [--expect SHA256]]</source>
        <translation>usage: hadeskctl haproxy HOST config [show | check FILE | install FILE [--expect SHA256]]</translation>
    </message>
    <message>
        <source>no node runs HAProxy</source>
        <translation>HAProxy를 실행하는 노드가 없습니다</translation>
    </message>
    <message>
        <source>hadeskctl: the file on %1 is different (this is %2&apos;s)</source>
        <translation>hadeskctl: %1의 파일은 다릅니다 (이것은 %2의 파일입니다)</translation>
    </message>
    <message>
        <source>the file on %1 is not the one with SHA-256 %2: nothing was changed</source>
        <translation>%1의 파일은 SHA-256 %2인 파일이 아닙니다: 아무것도 바뀌지 않았습니다</translation>
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
        <translation>응답한 HAProxy가 없습니다: %1</translation>
    </message>
    <message>
        <source>this cluster is read-only</source>
        <translation>이 클러스터는 읽기 전용입니다</translation>
    </message>
    <message>
        <source>%1 is read-only: no changes from here</source>
        <translation>%1은(는) 읽기 전용입니다: 여기서 변경할 수 없음</translation>
    </message>
    <message>
        <source>%1 is a cluster: name the node to run drbdadm on</source>
        <translation>%1은(는) 클러스터입니다: drbdadm을 실행할 노드를 지정하십시오</translation>
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
        <translation>사용법: hadeskctl drill list
       hadeskctl drill show NAME|PLAN.json [PARAMETERS]
       hadeskctl drill HOST run NAME|PLAN.json [PARAMETERS] [--report DIR] [--yes] [--dry-run] [--restore-placement]
       hadeskctl drill HOST history [--json]
PARAMETERS: --resource R, --node N, --segment internal|external|all|SUBNET, --drbd RES, --process PATTERN,
            --inject CMD ARG... -- --undo CMD ARG... -- (각 인수 목록은 단독 --에서 끝남),
            --max-outage MS, --ends-on NODE, --zero-failed SERVICE, --observe SECONDS, --settle SECONDS,
            --write-check NAME=URL (장애 전과 도중에 번호 매긴 레코드를 URL에 PUT하고 나중에 다시 읽음),
            --probe NAME=IP:PORT or NAME=http://IP:PORT/PATH (클러스터 자체 서비스 외에 추가로 프로브),
            --probe-from NODE (모든 프로브를 그 노드에서도 보내고 그 시계로 측정)</translation>
    </message>
    <message>
        <source>%1 needs a command and its arguments</source>
        <translation>%1에는 명령과 인수가 필요함</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예상치 못한 인수 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is for a ready-made drill; a plan file gives its own faults</source>
        <translation>--%1은(는) 기성 훈련용임, 계획 파일은 자체 장애를 지정함</translation>
    </message>
    <message>
        <source>%1 takes NAME=%2, not &apos;%3&apos;</source>
        <translation>%1은(는) NAME=%2 형식임, &apos;%3&apos;이(가) 아님</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>매개변수: %1</translation>
    </message>
    <message>
        <source>drill %1 on %2: %3</source>
        <translation>%2의 훈련 %1: %3</translation>
    </message>
    <message>
        <source>  Pacemaker predicts: %1</source>
        <translation>  Pacemaker 예측: %1</translation>
    </message>
    <message>
        <source>  no prediction: %1</source>
        <translation>  예측 없음: %1</translation>
    </message>
    <message>
        <source>  %1 %2: outage %3 ms [%4, %5], %6 of %7 probes failed, recovered after %8 ms</source>
        <translation>  %1 %2: 중단 %3ms [%4, %5], 프로브 %7개 중 %6개 실패, %8ms 후 회복</translation>
    </message>
    <message>
        <source>  restored: configuration as before, every resource runs</source>
        <translation>  복원됨: 구성이 이전과 같고 모든 리소스 실행 중</translation>
    </message>
    <message>
        <source>  NOT restored: %1</source>
        <translation>  복원되지 않음: %1</translation>
    </message>
    <message>
        <source>worst outage %1 ms (%2)</source>
        <translation>최악 중단 %1ms(%2)</translation>
    </message>
    <message>
        <source>This drill breaks the cluster %1 on purpose (%2). Type the cluster&apos;s name to go on: </source>
        <translation>이 훈련은 클러스터 %1을(를) 일부러 망가뜨립니다(%2). 계속하려면 클러스터 이름을 입력하십시오: </translation>
    </message>
    <message>
        <source>hadeskctl: not started: the name did not match</source>
        <translation>hadeskctl: 시작하지 않음: 이름이 일치하지 않음</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>보고서: %1</translation>
    </message>
    <message>
        <source>the ready-made failover drills; a drill&apos;s plan as JSON</source>
        <translation>기성 페일오버 훈련, 훈련 계획을 JSON으로</translation>
    </message>
    <message>
        <source>break the cluster on purpose, measure each service&apos;s outage from here, recover, prove it restored and report (--report DIR, --yes, --dry-run); exit 1 an expectation failed, 2 refused or aborted, 3 not proven restored</source>
        <translation>클러스터를 일부러 망가뜨리고 여기에서 각 서비스의 중단을 측정하고 복구한 뒤 복원을 증명하고 보고(--report DIR, --yes, --dry-run); 종료 1 기대치 실패, 2 거부 또는 중단, 3 복원 증명 안 됨</translation>
    </message>
    <message>
        <source>every drill run on the cluster, with its result and worst outage</source>
        <translation>클러스터에서 실행한 모든 훈련과 결과, 최악 중단</translation>
    </message>
    <message>
        <source>hadeskctl: %1 Not asked without a terminal: give --yes.</source>
        <translation>hadeskctl: %1 터미널이 없으면 묻지 않습니다: --yes를 지정하십시오.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [y/N] </translation>
    </message>
    <message>
        <source>hadeskctl: setup refused, nothing was changed:</source>
        <translation>hadeskctl: 구축이 거부되었습니다. 아무것도 바뀌지 않았습니다:</translation>
    </message>
    <message>
        <source>Take %1 back to bare hosts (%2)?</source>
        <translation>%1을(를) 클러스터 없는 호스트로 되돌리시겠습니까(%2)?</translation>
    </message>
    <message>
        <source>%1 undone: %2 change(s) taken back in %3 s</source>
        <translation>%1 되돌리기 완료: %3초 만에 변경 %2개를 되돌렸습니다</translation>
    </message>
    <message>
        <source>hadeskctl: the review failed: %1</source>
        <translation>hadeskctl: 검토 실패: %1</translation>
    </message>
    <message>
        <source>Apply these changes to %1 (%2)?</source>
        <translation>이 변경 사항을 %1에 적용하시겠습니까(%2)?</translation>
    </message>
    <message>
        <source>setup of %1 stopped: %2</source>
        <translation>%1 구축 중단: %2</translation>
    </message>
    <message>
        <source>Run it again to continue from there, or undo it: hadeskctl setup --undo PLAN</source>
        <translation>다시 실행해 그 지점부터 계속하거나 되돌리십시오: hadeskctl setup --undo PLAN</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>검증됨: %1</translation>
    </message>
    <message>
        <source>%1 is as the plan says: nothing changed</source>
        <translation>%1은(는) 계획대로입니다: 바뀐 것 없음</translation>
    </message>
    <message>
        <source>%1 set up: %2 change(s), verified, in %3 s</source>
        <translation>%1 구축 완료: 변경 %2개, 검증됨, %3초</translation>
    </message>
    <message>
        <source>hadeskctl: setup example needs at least two hosts</source>
        <translation>hadeskctl: setup example에는 호스트가 두 개 이상 필요합니다</translation>
    </message>
    <message>
        <source>hadeskctl: unexpected &apos;%1&apos;</source>
        <translation>hadeskctl: 예상하지 못한 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>hadeskctl: %1 refused:</source>
        <translation>hadeskctl: %1 거부됨:</translation>
    </message>
    <message>
        <source>a commented starting plan for building a cluster on these hosts</source>
        <translation>이 호스트들에 클러스터를 구축하기 위한 주석 달린 시작 계획</translation>
    </message>
    <message>
        <source>bare hosts to a running HA stack: checks, link test, review, then each step (resumable); exit 1 failed and undone, 2 refused by a check</source>
        <translation>클러스터 없는 호스트에서 실행 중인 HA 스택까지: 점검, 링크 테스트, 검토, 이어서 각 단계(재개 가능). 종료 코드 1은 실패 후 되돌림, 2는 점검에 의한 거부</translation>
    </message>
    <message>
        <source>take a cluster HAdesk built back to bare hosts (what its journal says it did)</source>
        <translation>HAdesk가 구축한 클러스터를 클러스터 없는 호스트로 되돌립니다(저널에 기록된 작업 기준)</translation>
    </message>
    <message>
        <source>Removing %1 from %2 (%3 stay):</source>
        <translation>%2에서 %1 제거 (%3 남음):</translation>
    </message>
    <message>
        <source>Take %1 out of %2?</source>
        <translation>%2에서 %1을(를) 빼시겠습니까?</translation>
    </message>
    <message>
        <source>%1 removed from %2 in %3 s, the rest verified. The cluster&apos;s plan now:</source>
        <translation>%3초 만에 %2에서 %1 제거, 나머지 검증됨. 현재 클러스터 계획:</translation>
    </message>
    <message>
        <source>hadeskctl: %1 must be a node of the plan, and two nodes must stay</source>
        <translation>hadeskctl: %1은(는) 계획의 노드여야 하고 두 노드가 남아야 합니다</translation>
    </message>
    <message>
        <source>hadeskctl: %1 is not a node of the plan: add it to cluster.nodes (and fencing.devices) first</source>
        <translation>hadeskctl: %1은(는) 계획의 노드가 아닙니다: 먼저 cluster.nodes(와 fencing.devices)에 추가하세요</translation>
    </message>
    <message>
        <source>add a host to a running cluster HAdesk built: the plan with the node in it, corosync reloaded</source>
        <translation>HAdesk가 구축한 실행 중인 클러스터에 호스트 추가: 노드가 들어간 계획, corosync 다시 읽기</translation>
    </message>
    <message>
        <source>take a node out of a running cluster HAdesk built: resources moved off, its setup undone, corosync reloaded</source>
        <translation>HAdesk가 구축한 실행 중인 클러스터에서 노드 빼기: 리소스 이동, 구축 되돌림, corosync 다시 읽기</translation>
    </message>
    <message>
        <source>usage: hadeskctl setup example HOST...
       hadeskctl setup [--dry-run] [--yes] PLAN
       hadeskctl setup --undo [--yes] PLAN
       hadeskctl setup add-node [--dry-run] [--yes] PLAN NODE
       hadeskctl setup remove-node [--dry-run] [--yes] PLAN NODE
PLAN is a JSON file (docs/setup.md); HOST and the plan&apos;s &quot;ssh&quot; are reached through --ssh-config.</source>
        <translation>사용법: hadeskctl setup example HOST...
       hadeskctl setup [--dry-run] [--yes] PLAN
       hadeskctl setup --undo [--yes] PLAN
       hadeskctl setup add-node [--dry-run] [--yes] PLAN NODE
       hadeskctl setup remove-node [--dry-run] [--yes] PLAN NODE
PLAN은 JSON 파일입니다 (docs/setup.md); HOST와 계획의 &quot;ssh&quot;는 --ssh-config로 접속합니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Add Cluster</source>
        <translation>클러스터 추가</translation>
    </message>
    <message>
        <source>HAdesk: a console for high-availability clusters.</source>
        <translation>HAdesk: 고가용성 클러스터용 콘솔.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>버전을 표시합니다.</translation>
    </message>
    <message>
        <source>Add a cluster made of the hosts of this OpenSSH client configuration, unless one of that name exists.</source>
        <translation>이 OpenSSH 클라이언트 설정의 호스트로 클러스터를 추가합니다(같은 이름이 없을 때).</translation>
    </message>
    <message>
        <source>Name for the cluster added with --ssh-config.</source>
        <translation>--ssh-config로 추가하는 클러스터의 이름.</translation>
    </message>
    <message>
        <source>Cluster list</source>
        <translation>클러스터 목록</translation>
    </message>
    <message>
        <source>Open the cluster of this host (or of this name).</source>
        <translation>이 호스트(또는 이 이름)의 클러스터를 엽니다.</translation>
    </message>
    <message>
        <source>Once the cluster has loaded, save the window as this PNG and exit.</source>
        <translation>클러스터가 로드되면 창을 이 PNG로 저장하고 종료합니다.</translation>
    </message>
    <message>
        <source>Open a saved CIB offline, read-only (may be given more than once).</source>
        <translation>저장된 CIB를 오프라인 읽기 전용으로 엽니다(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Colours: desktop (the default: as the desktop says), light or dark.</source>
        <translation>색: desktop(기본값: 데스크톱 설정), light(밝게) 또는 dark(어둡게).</translation>
    </message>
    <message>
        <source>Wait this many seconds after loading before the screenshot (default 0.5).</source>
        <translation>불러온 뒤 스크린샷 전에 이만큼 초를 기다립니다 (기본값 0.5).</translation>
    </message>
    <message>
        <source>Only these hosts of --ssh-config (comma-separated) make the cluster.</source>
        <translation>--ssh-config의 이 호스트들만 클러스터를 구성합니다 (쉼표로 구분).</translation>
    </message>
    <message>
        <source>The view to show: overview, graph, network, haproxy, drbd, resources, placement, events or commands.</source>
        <translation>표시할 보기: overview, graph, network, haproxy, drbd, resources, placement, events 또는 commands.</translation>
    </message>
</context>
</TS>
