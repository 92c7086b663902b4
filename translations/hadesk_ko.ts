<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
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
    <name>hadesk::Language</name>
    <message>
        <source>No translation for &apos;%1&apos;; available: %2</source>
        <translation>&apos;%1&apos; 번역이 없습니다. 사용 가능: %2</translation>
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
        <source>Cluster name:</source>
        <translation>클러스터 이름:</translation>
    </message>
    <message>
        <source>OpenSSH client configuration</source>
        <translation>OpenSSH 클라이언트 설정</translation>
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
</context>
<context>
    <name>hadesk::views::SshPromptDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>알 수 없는 호스트 키</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the host shows (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):</source>
        <translation>이 지문을 호스트가 보여 주는 지문과 비교하십시오(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):</translation>
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
</context>
<context>
    <name>hadeskctl</name>
    <message>
        <source>usage: hadeskctl add-cluster NAME SSH_CONFIG [HOST...]</source>
        <translation>사용법: hadeskctl add-cluster 이름 SSH_CONFIG [HOST...]</translation>
    </message>
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
</context>
</TS>
