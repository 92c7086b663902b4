#!/bin/bash
# Checks of the lab cluster, one per CTest test: test_lab.sh CHECK. Each check waits on
# conditions with a bounded time, never on a fixed sleep, and fails with the reason.
set -euo pipefail

here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
labctl=$here/labctl
VIP_EXT=198.19.0.100
VIP_INT=198.18.0.100
NODES=(node1 node2 node3)

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
pass() { echo "ok: $*"; }

crm_xml() { "$labctl" exec "${1:-node1}" crm_mon -1 --output-as=xml; }
where() { crm_xml | python3 "$here/labstate.py" where "$1"; }
settled() { crm_xml "${1:-node1}" | python3 "$here/labstate.py" settled 3 >/dev/null; }

# wait_for DESCRIPTION SECONDS COMMAND...: polls COMMAND until it succeeds.
wait_for() {
    local what=$1 timeout=$2
    shift 2
    local end=$((SECONDS + timeout))
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < end)) || fail "timed out after ${timeout}s waiting for $what"
        sleep 0.5
    done
}

http_get() { curl -sS --max-time 3 "$1"; }
json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
vip_on() { "$labctl" exec "$1" ip -o -4 addr show dev "$2" | grep " $3/" >/dev/null; }

check_quorum() {
    local xml
    xml=$(crm_xml)
    [ "$(python3 "$here/labstate.py" online <<<"$xml" | sort | tr '\n' ' ')" = "node1 node2 node3 " ] ||
        fail "not all three nodes online"
    grep -q 'current_dc present="true".*with_quorum="true"' <<<"$xml" || fail "no DC with quorum"
    local node
    for node in "${NODES[@]}"; do
        "$labctl" exec "$node" corosync-quorumtool -s | grep -E '^Quorate: +Yes' >/dev/null ||
            fail "$node: corosync not quorate"
        [ "$("$labctl" exec "$node" corosync-quorumtool -s | awk '/^Total votes:/ {print $3}')" = 3 ] ||
            fail "$node: corosync does not count three votes"
        # Two knet links, internal and external, both connected.
        [ "$("$labctl" exec "$node" corosync-cfgtool -s | grep -c 'LINK ID')" = 2 ] ||
            fail "$node: expected two corosync links"
    done
    python3 "$here/labstate.py" settled 3 <<<"$xml" || fail "cluster not settled"
    pass "three nodes online with quorum, every resource started"
}

check_ssh() {
    local node out
    for node in "${NODES[@]}"; do
        [ "$("$labctl" ssh "$node" hostname)" = "$node" ] || fail "$node: wrong hostname over SSH"
    done
    # Arguments arrive unchanged, spaces, quotes and shell characters included.
    out=$("$labctl" ssh node2 printf '%s|' 'a b' "c'd" '$HOME;x')
    [ "$out" = "a b|c'd|\$HOME;x|" ] || fail "arguments were not quoted: $out"
    # Host keys are checked against the lab's known_hosts: a wrong key is refused.
    local cfg known
    cfg=$("$labctl" ssh-config)
    known=$(mktemp)
    sed 's/^\(node1,[^ ]*\) .*/\1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOaN8mVUHcnPmE1nUkB8tI7xWj6mC0+dJfDzmW8oTDKs/' \
        "$(dirname "$cfg")/known_hosts" >"$known"
    if ssh -F "$cfg" -o UserKnownHostsFile="$known" -o BatchMode=yes node1 true 2>/dev/null; then
        rm -f "$known"
        fail "a changed host key was accepted"
    fi
    rm -f "$known"
    # Each node has its own process table, /run and state folders.
    [ "$("$labctl" exec node1 ps -o comm= -p 1)" = node-init ] || fail "node1 has no PID namespace"
    "$labctl" exec node1 test -f /etc/corosync/corosync.conf || fail "node1 has no corosync.conf"
    "$labctl" exec node3 systemctl is-active pacemaker >/dev/null || fail "systemctl on node3"
    pass "ssh with the lab's config and known_hosts, quoting, per-node namespaces"
}

check_vips() {
    local ext_holder int_holder reply node
    ext_holder=$(where vip-ext) || fail "vip-ext not running"
    int_holder=$(where vip-int) || fail "vip-int not running"
    ip route get "$VIP_EXT" | grep 'dev hdl-ext' >/dev/null || fail "external VIP not on the external segment"
    ip route get "$VIP_INT" | grep 'dev hdl-int' >/dev/null || fail "internal VIP not on the internal segment"
    for node in "${NODES[@]}"; do
        if [ "$node" = "$ext_holder" ]; then
            vip_on "$node" ext0 "$VIP_EXT" || fail "$node holds vip-ext but ext0 lacks it"
        else
            vip_on "$node" ext0 "$VIP_EXT" && fail "$node has vip-ext without holding it"
        fi
    done
    vip_on "$int_holder" int0 "$VIP_INT" || fail "$int_holder holds vip-int but int0 lacks it"
    ping -c 1 -W 2 "$VIP_EXT" >/dev/null || fail "external VIP does not answer ping"
    ping -c 1 -W 2 "$VIP_INT" >/dev/null || fail "internal VIP does not answer ping"
    wait_for "web through the external VIP" 20 http_get "http://$VIP_EXT/"
    reply=$(http_get "http://$VIP_EXT/")
    [ "$(json_field service <<<"$reply")" = web ] || fail "external VIP did not reach web: $reply"
    wait_for "api through the internal VIP" 20 http_get "http://$VIP_INT:5000/"
    reply=$(http_get "http://$VIP_INT:5000/")
    [ "$(json_field service <<<"$reply")" = api ] || fail "internal VIP did not reach api: $reply"
    [ "$(json_field node <<<"$reply")" = "$(where api)" ] || fail "api answered from the wrong node"
    pass "vip-ext on $ext_holder and vip-int on $int_holder answer from the host"
}

haproxy_cmd() {
    # The admin socket of the HAProxy on NODE, spoken to as the runtime API expects.
    "$labctl" exec "$1" python3 -c '
import socket, sys
s = socket.socket(socket.AF_UNIX)
s.connect("/run/haproxy/admin.sock")
s.sendall(sys.argv[1].encode() + b"\n")
data = b""
while chunk := s.recv(65536):
    data += chunk
sys.stdout.write(data.decode())
' "$2"
}

# srv_op_state (field 6) is 2 for a running server in "show servers state".
web_servers_up() {
    [ "$(haproxy_cmd "$1" "show servers state web" | awk '$2 == "web" && $6 == 2' | wc -l)" = 3 ]
}

check_haproxy() {
    local holder
    holder=$(where vip-ext)
    [ "$(where haproxy-clone | wc -l)" = 3 ] || fail "haproxy not running on every node"
    haproxy_cmd "$holder" "show info" | grep '^Name: HAProxy' >/dev/null || fail "stats socket not answering"
    # Admin level: a server can be put into maintenance and back.
    wait_for "all web servers UP" 20 web_servers_up "$holder"
    haproxy_cmd "$holder" "disable server web/node3" >/dev/null
    haproxy_cmd "$holder" "show servers state web" | grep -E ' node3 ' | awk '{print $7}' | grep -x 1 >/dev/null ||
        fail "disable server did not take effect (admin level?)"
    haproxy_cmd "$holder" "enable server web/node3" >/dev/null
    haproxy_cmd "$holder" "show servers state web" | grep -E ' node3 ' | awk '{print $7}' | grep -x 0 >/dev/null ||
        fail "enable server did not take effect"
    pass "haproxy clone with an admin-level runtime API on $holder"

    # hadeskctl haproxy drain acts as the console's: on every node's HAProxy, each audited.
    local cfg home node
    cfg=$("$labctl" ssh-config)
    home=$(mktemp -d)
    HOME=$home "$HADESKCTL" --ssh-config "$cfg" haproxy node1 drain node2 >"$home/out" 2>&1 ||
        fail "hadeskctl haproxy drain failed: $(cat "$home/out")"
    for node in node1 node2 node3; do
        # srv_admin_state (field 7) 8: drained by the operator.
        haproxy_cmd "$node" "show servers state web" | awk '$4 == "node2" { print $7 }' | grep -x 8 >/dev/null ||
            fail "web/node2 not drained on $node: $(cat "$home/out")"
    done
    # node2 stands in web and api: each command once per node.
    [ "$(grep -c '"command":\["haproxy-runtime","set server web/node2 state drain"\],"host":"node[123]".*"result":"applied"' \
        "$home"/.local/share/*/*/audit.jsonl)" = 3 ] ||
        fail "drain not audited once per node: $(cat "$home"/.local/share/*/*/audit.jsonl)"
    # Shown as node3's own HAProxy has it, read the way the console's HAProxy tab reads it.
    HOME=$home "$HADESKCTL" --ssh-config "$cfg" haproxy node3 --json >"$home/show.json" 2>"$home/err" ||
        fail "hadeskctl haproxy node3 --json failed: $(cat "$home/err")"
    python3 - "$home/show.json" <<'PY' || fail "node3's HAProxy as shown disagrees with the lab: $(cat "$home/show.json")"
import json, sys
state = json.load(open(sys.argv[1]))
web = next(b for b in state["backends"] if b["name"] == "web")
admin = {s["name"]: s["admin"] for s in web["servers"]}
assert admin == {"node1": "ready", "node2": "drain", "node3": "ready"}, admin
PY
    HOME=$home "$HADESKCTL" --ssh-config "$cfg" haproxy node1 ready node2 >/dev/null 2>&1 || fail "ready failed"
    for node in node1 node2 node3; do
        haproxy_cmd "$node" "show servers state web" | awk '$4 == "node2" { print $7 }' | grep -x 0 >/dev/null ||
            fail "web/node2 not ready again on $node"
    done
    pass "hadeskctl haproxy drain and ready on every node's HAProxy, audited per node"

    # The configuration, as the console's editor handles it: shown with its digest, a broken
    # copy refused by haproxy -c, a stale --expect refused, the same text installed everywhere.
    HOME=$home "$HADESKCTL" --ssh-config "$cfg" haproxy node1 config >"$home/haproxy.cfg" 2>"$home/err" ||
        fail "config show failed: $(cat "$home/err")"
    grep -q "balance roundrobin" "$home/haproxy.cfg" || fail "config show printed no configuration"
    local sha
    sha=$(awk '/^sha256 / { print $2 }' "$home/err")
    [ "$sha" = "$(sha256sum <"$home/haproxy.cfg" | cut -d' ' -f1)" ] || fail "config show's digest is not its text's"
    sed 's/balance roundrobin/balance roundrobbin/' "$home/haproxy.cfg" >"$home/broken.cfg"
    HOME=$home "$HADESKCTL" --ssh-config "$cfg" haproxy node1 config check "$home/broken.cfg" >/dev/null 2>&1 &&
        fail "a broken configuration passed the check"
    HOME=$home "$HADESKCTL" --ssh-config "$cfg" haproxy node1 config install "$home/haproxy.cfg" --expect 00 \
        >/dev/null 2>"$home/err" && fail "a stale --expect was not refused"
    grep -q "nothing was changed" "$home/err" || fail "stale --expect: $(cat "$home/err")"
    HOME=$home "$HADESKCTL" --ssh-config "$cfg" haproxy node1 config install "$home/haproxy.cfg" --expect "$sha" \
        >"$home/out" 2>&1 || fail "config install failed: $(cat "$home/out")"
    grep -q "installed and reloaded on 3 node" "$home/out" || fail "config install: $(cat "$home/out")"
    rm -rf -- "$home"
    pass "hadeskctl haproxy config: shown, checked, refused when stale, installed on every node"
}

vip_moved_from() {
    local holder
    holder=$(where vip-ext) && [ -n "$holder" ] && [ "$holder" != "$1" ]
}

check_standby() {
    "$labctl" reset >/dev/null
    local before after
    before=$(where vip-ext)
    "$labctl" exec node1 crm_attribute --node "$before" --name standby --update on
    wait_for "vip-ext to leave $before" 60 vip_moved_from "$before"
    after=$(where vip-ext)
    vip_on "$after" ext0 "$VIP_EXT" || fail "vip-ext not configured on $after"
    vip_on "$before" ext0 "$VIP_EXT" && fail "vip-ext still configured on $before"
    wait_for "web through the moved VIP" 20 http_get "http://$VIP_EXT/"
    "$labctl" exec node1 crm_attribute --node "$before" --name standby --update off
    wait_for "the cluster to settle" 90 settled
    pass "vip-ext moved from $before to $after when $before went to standby"
    "$labctl" reset >/dev/null
}

check_fencing() {
    "$labctl" reset >/dev/null
    local victim=node3
    "$labctl" exec node1 stonith_admin --list-installed | grep -w fence_hadesk_lab >/dev/null ||
        fail "fence agent not installed on the nodes"
    "$labctl" exec node1 stonith_admin --metadata --agent fence_hadesk_lab | python3 -c '
import sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.read())
actions = {a.get("name") for a in root.iter("action")}
assert {"on", "off", "reboot", "status", "monitor", "metadata"} <= actions, actions
' || fail "fence agent metadata incomplete"
    # Volatile state that a power cycle must wipe.
    "$labctl" ssh "$victim" touch /run/before-fencing
    "$labctl" exec node1 stonith_admin --reboot "$victim" --timeout 90 || fail "fencing $victim failed"
    "$labctl" exec node1 stonith_admin --history "$victim" | grep "reboot of $victim successful" >/dev/null ||
        fail "no successful reboot of $victim in the fencing history"
    wait_for "$victim to come back with a fresh /run" 60 \
        "$labctl" ssh "$victim" test ! -e /run/before-fencing
    wait_for "$victim to rejoin and the cluster to settle" 120 settled
    where web-clone | grep -x "$victim" >/dev/null || fail "$victim did not get its web instance back"
    pass "$victim was fenced (power cycled), came back and rejoined"
}

check_console() {
    local cfg list
    cfg=$(mktemp -d)
    "$HADESKCTL" --config "$cfg/clusters.ini" add-cluster lab "$("$labctl" ssh-config)" >/dev/null ||
        fail "hadeskctl could not add the lab"
    list=$("$HADESKCTL" --config "$cfg/clusters.ini" clusters)
    grep -qP '^  node1\t198\.19\.0\.11$' <<<"$list" || fail "lab nodes not listed: $list"
    [ "$(grep -c '^  node' <<<"$list")" = 3 ] || fail "expected three lab nodes: $list"
    pass "hadeskctl reads the lab's ssh_config"

    # By address, as a new operator would: own HOME, no agent, host keys accepted on first use.
    local key node
    key="$(dirname "$("$labctl" ssh-config)")/id_ed25519"
    HOME=$cfg SSH_AUTH_SOCK= "$HADESKCTL" --config "$cfg/clusters.ini" add-cluster bare \
        --nodes 198.19.0.12,198.19.0.13 --user root --key "$key" >/dev/null ||
        fail "hadeskctl could not add the lab by address"
    node=$(HOME=$cfg SSH_AUTH_SOCK= "$HADESKCTL" --ssh-config "$cfg/ssh/bare.ssh_config" --accept-new \
        exec 198.19.0.13 -- uname -n) || fail "no command through the written ssh_config"
    [ "$node" = node3 ] || fail "198.19.0.13 answered as '$node'"
    grep -q '^198\.19\.0\.13 ' "$cfg/.ssh/known_hosts" || fail "host key not recorded: $(cat "$cfg/.ssh/known_hosts")"
    "$HADESKCTL" --config "$cfg/clusters.ini" remove-cluster bare || fail "could not remove the cluster"
    [ ! -e "$cfg/ssh/bare.ssh_config" ] || fail "the written ssh_config outlived its cluster"
    rm -rf "$cfg"
    pass "hadeskctl adds nodes by address and reaches them through the ssh_config it wrote"
}

# hadeskctl network against the nodes' own addresses: both segments, both VIPs on their holders
# with HAProxy's frontends on them, Corosync's links (one on the external segment, once the roles
# are given);
# then vip-ext's address added by hand on a second node must be reported.
# hadeskctl drbd on the DRBD VMs (labctl up --with-drbd): the state as JSON, a promotion behind
# Pacemaker's back refused, a risky action not done without --yes, a verify done and audited.
check_drbd() {
    local cfg json rc=0 home
    cfg=$("$labctl" ssh-config)
    home=$(mktemp -d)
    json=$("$HADESKCTL" --ssh-config "$cfg" drbd drbd1 --json) || fail "drbd failed"
    python3 - "$json" <<'PY' || fail "drbd state disagrees with the lab: $json"
import json, sys
state = json.loads(sys.argv[1])
[hafs] = state["resources"]
assert hafs["name"] == "hafs" and hafs["cluster_resource"] == "hafs-drbd-clone", hafs
assert sorted(r["node"] for r in hafs["replicas"]) == ["drbd1", "drbd2"], hafs
assert sorted(r["role"] for r in hafs["replicas"]) == ["Primary", "Secondary"], hafs
assert sorted(hafs["up_to_date"]) == ["drbd1", "drbd2"], hafs
[link] = hafs["links"]
assert link["connection"] == ["Connected", "Connected"], link
assert hafs["promoted_node"] in ("drbd1", "drbd2") and "hafs-fs" in hafs["stacked"], hafs
PY
    "$HADESKCTL" --ssh-config "$cfg" drbd drbd1 primary hafs 2>"$home/err" && fail "drbdadm primary was not refused"
    grep "hafs-drbd-clone" "$home/err" >/dev/null || fail "refusal does not name the clone: $(cat "$home/err")"
    HOME=$home "$HADESKCTL" --ssh-config "$cfg" drbd drbd1 disconnect hafs >/dev/null 2>"$home/err" || rc=$?
    [ "$rc" = 3 ] || fail "disconnect without --yes: exit $rc, not 3"
    grep "risk: Only" "$home/err" >/dev/null || fail "the risk was not told: $(cat "$home/err")"
    ssh -F "$cfg" -o BatchMode=yes drbd1 drbdadm cstate hafs </dev/null | grep -x Connected >/dev/null ||
        fail "disconnected without --yes"
    # A job's end state as JSON (docs/json.md, "job").
    HOME=$home "$HADESKCTL" --ssh-config "$cfg" drbd drbd1 verify hafs --json >"$home/job.json" || fail "verify failed"
    python3 - "$home/job.json" <<'PY' || fail "verify's job JSON: $(cat "$home/job.json")"
import json, sys
job = json.load(open(sys.argv[1]))
assert job["state"] == "succeeded" and job["failed_step"] is None, job
assert job["steps"][0]["command"] == ["drbdadm", "verify", "--", "hafs"] and job["steps"][0]["state"] == "done", job
PY
    grep '"command":\["drbdadm","verify","--","hafs"\]' "$home"/.local/share/*/*/audit.jsonl >/dev/null ||
        fail "verify not in the audit log"
    # A new resource on the VMs' blank spare disk, created without a sync (on request), removed.
    local create=(drbd drbd1 create spare --disk /dev/vdd --minor 1 --port 7790 --node drbd1=198.18.0.21
        --node drbd2=198.18.0.22 --skip-initial-sync)
    HOME=$home "$HADESKCTL" --ssh-config "$cfg" "${create[@]}" >/dev/null 2>&1 && fail "create without --yes went ahead"
    HOME=$home "$HADESKCTL" --ssh-config "$cfg" "${create[@]}" --yes >"$home/out" 2>&1 ||
        fail "create failed: $(cat "$home/out")"
    grep "connected and in sync" "$home/out" >/dev/null || fail "the new resource is not in sync: $(cat "$home/out")"
    HOME=$home "$HADESKCTL" --ssh-config "$cfg" drbd drbd1 remove spare --yes >/dev/null 2>"$home/err" ||
        fail "remove failed: $(cat "$home/err")"
    for vm in drbd1 drbd2; do
        ssh -F "$cfg" -o BatchMode=yes "$vm" 'test ! -e /etc/drbd.d/spare.res && wipefs -a /dev/vdd >/dev/null' </dev/null ||
            fail "spare.res left on $vm"
    done
    rm -rf "$home"
    pass "hadeskctl drbd reads the DRBD VMs, refuses drbdadm primary under Pacemaker, asks before a risk, creates and removes a resource"
}

check_network() {
    "$labctl" reset >/dev/null
    local json holder other
    json=$("$HADESKCTL" --ssh-config "$("$labctl" ssh-config)" network node1 --json) || fail "network failed"
    python3 - "$json" "$(where vip-ext)" "$(where vip-int)" <<'PY' || fail "network picture disagrees with the lab"
import json, sys
picture, ext_holder, int_holder = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3]
subnets = sorted(s["subnet"] for s in picture["segments"])
assert subnets == ["198.18.0.0/24", "198.19.0.0/24"], subnets
for s in picture["segments"]:
    assert sorted(s["interface_on"]) == ["node1", "node2", "node3"], s
vips = {v["resource"]: v for v in picture["vips"]}
assert vips["vip-ext"]["segment"] == "198.19.0.0/24" and vips["vip-ext"]["seen_on"] == [ext_holder], vips
assert vips["vip-int"]["segment"] == "198.18.0.0/24" and vips["vip-int"]["seen_on"] == [int_holder], vips
assert picture["warnings"] == [], picture["warnings"]
services = {(s["vip"], s["port"]): s for s in picture["services"]}
assert sorted(services) == [("vip-ext", 80), ("vip-int", 5000)], services
web = services[("vip-ext", 80)]
assert web["name"] == "web-ext" and web["process"] == "haproxy" and web["resource"] == "haproxy-clone", web
assert web["server_segments"] == ["198.18.0.0/24"] and ext_holder in web["listening_on"], web
assert sorted({l["link"] for l in picture["cluster_links"]}) == [0, 1], picture["cluster_links"]
PY
    # With the roles given, the lab's second Corosync link on the external segment is reported.
    json=$("$HADESKCTL" --ssh-config "$("$labctl" ssh-config)" network node1 --json \
        --segment 198.19.0.0/24=external:public --segment 198.18.0.0/24=internal:data) || fail "network failed"
    grep -q "Corosync link 1 runs over the external segment public" <<<"$json" ||
        fail "Corosync on the external segment was not reported: $json"
    holder=$(where vip-ext)
    other=node1
    [ "$holder" = node1 ] && other=node2
    "$labctl" exec "$other" ip addr add "$VIP_EXT/24" dev ext0
    json=$("$HADESKCTL" --ssh-config "$("$labctl" ssh-config)" network node1 --json) || fail "network failed"
    "$labctl" exec "$other" ip addr del "$VIP_EXT/24" dev ext0
    grep -q "is configured on .* at once" <<<"$json" || fail "a VIP on two nodes was not reported: $json"
    pass "hadeskctl network: both segments, both VIPs on their holders with their services, Corosync on the external segment and a duplicated VIP reported"
}

# hadeskctl status against Pacemaker's own answer: crm_resource --locate for every primitive.
check_status() {
    local json
    json=$("$HADESKCTL" --ssh-config "$("$labctl" ssh-config)" status node1 --json) || fail "status failed"
    python3 - "$json" "$labctl" <<'PY' || fail "status disagrees with the cluster"
import json, subprocess, sys
state = json.loads(sys.argv[1])
assert sorted(n["name"] for n in state["nodes"] if n["online"]) == ["node1", "node2", "node3"], state["nodes"]
assert state["cluster"]["quorum"] is True
kinds = {r["id"]: r["kind"] for r in state["resources"]}
assert kinds["haproxy-clone"] == "clone" and kinds["vip-ext"] == "primitive", kinds
for r in state["resources"]:
    if r["kind"] != "primitive":
        continue
    out = subprocess.run([sys.argv[2], "exec", "node1", "crm_resource", "--locate", "--resource", r["id"]],
                         capture_output=True, text=True, check=True).stdout
    located = sorted(line.split("running on:")[1].strip() for line in out.splitlines() if "running on:" in line)
    assert located == sorted(r["active_on"]), (r["id"], located, r["active_on"])
clone = next(r for r in state["resources"] if r["id"] == "web-clone")
assert clone["active_on"] == ["node1", "node2", "node3"] and clone["agent"] is None and clone["parent"] is None
web = next(r for r in state["resources"] if r["id"] == "web")
assert web["parent"] == "web-clone" and web["agent"] == "ocf:heartbeat:anything"
PY
    # Offline: a CIB file read with this machine's crm_mon.
    "$labctl" exec node1 cibadmin --query >"$tmpdir/cib.xml"
    json=$("$HADESKCTL" status --cib-file "$tmpdir/cib.xml" --json) || fail "status --cib-file failed"
    python3 -c 'import json,sys; s=json.loads(sys.argv[1]); assert len(s["resources"]) == 10 and any(r["active_on"] for r in s["resources"])' "$json" ||
        fail "offline status is incomplete"
    pass "hadeskctl status agrees with crm_resource --locate, live and from a CIB file"
}

check_down() {
    "$labctl" down
    [ -z "$(ip netns list | grep hdl- || true)" ] || fail "namespaces left: $(ip netns list)"
    ! ip -o link show | grep ' hdl-' >/dev/null || fail "links left behind"
    ! pgrep -f labpdu.py >/dev/null || fail "power switch still running"
    ! grep -q hadesk-lab /proc/mounts || fail "mounts left behind"
    pass "down left nothing behind"
}

check_bare() {
    "$labctl" up --bare
    local node
    for node in "${NODES[@]}"; do
        [ "$("$labctl" ssh "$node" hostname)" = "$node" ] || fail "$node: no SSH"
        if "$labctl" ssh "$node" systemctl is-active corosync >/dev/null; then
            fail "$node: corosync runs on a bare node"
        fi
        "$labctl" ssh "$node" systemctl is-enabled pacemaker >/dev/null && fail "$node: pacemaker enabled"
        "$labctl" ssh "$node" test -x /usr/sbin/pacemakerd || fail "$node: pacemaker not installed"
    done
    # The wizard's first steps work: services start and stop through systemctl.
    "$labctl" ssh node1 systemctl start haproxy
    "$labctl" ssh node1 systemctl is-active haproxy >/dev/null || fail "haproxy did not start"
    "$labctl" ssh node1 systemctl stop haproxy
    "$labctl" ssh node1 systemctl is-active haproxy >/dev/null && fail "haproxy did not stop"
    check_down
    pass "bare lab: sshd and packages, no cluster"
}

tmpdir=$(mktemp -d)
trap 'rm -rf "$tmpdir"' EXIT
case ${1:-} in
    quorum | ssh | vips | haproxy | standby | fencing | console | status | network | drbd | down | bare) "check_$1" ;;
    *) fail "usage: test_lab.sh quorum|ssh|vips|haproxy|standby|fencing|console|status|network|drbd|down|bare" ;;
esac
