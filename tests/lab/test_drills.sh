#!/bin/bash
# Real failover drills on the lab, one per CTest test: test_drills.sh DRILL. Each runs hadeskctl
# drill against the live cluster, then checks its report.json and the cluster itself.
set -euo pipefail

here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
labctl=$here/labctl

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
pass() { echo "ok: $*"; }

tmpdir=$(mktemp -d)
trap 'rm -rf "$tmpdir"' EXIT
export HOME=$tmpdir # the drill history and the audit log land here
export XDG_DATA_HOME=$tmpdir/data

ctl() { "$HADESKCTL" --ssh-config "$("$labctl" ssh-config)" "$@"; }
crm_xml() { "$labctl" exec node1 crm_mon -1 --output-as=xml; }
where() { crm_xml | python3 "$here/labstate.py" where "$1"; }

# report FILE PYTHON-EXPRESSION [MESSAGE]: the expression over r (the report) must hold.
report() {
    python3 - "$1" "$2" <<'PY' || fail "${3:-report check failed}: $2 (see $1)"
import json, sys
r = json.load(open(sys.argv[1]))
svc = {s["name"] + " " + s["probe"] + (" from " + s["from"] if s.get("from") else ""): s for s in r["services"]}
ok = eval(sys.argv[2])
if not ok:
    print(json.dumps({k: r[k] for k in ("result", "reason", "config_restored", "config_difference")}, indent=1), file=sys.stderr)
    for s in r["services"]:
        print(s["name"], s["probe"], s["outage_ms"], s["failed_probes"], file=sys.stderr)
sys.exit(0 if ok else 1)
PY
}

# Nothing of the drill's own is left: its alert in the CIB, its agent on the nodes, the commands
# that followed the nodes' events (they end within a heartbeat of the console's leaving).
no_leftovers() {
    local n end=$((SECONDS + 5))
    ! "$labctl" exec node1 cibadmin --query --xpath "//alert[@id='hadesk-drill-alert']" >/dev/null 2>&1 ||
        fail "$1: the drill's alert outlived it"
    for n in node1 node2 node3; do
        ! "$labctl" exec "$n" test -e /var/lib/hadesk-drill || fail "$1: the alert agent outlived the drill on $n"
        # The tap's sources, HAProxy's watcher and the probes' agent, by words of their own.
        while "$labctl" exec "$n" pgrep -f 'ip -ts -o monitor|events2 --timestamps|/var/lib/hadesk-drill/alerts|path = sys.argv.1.|limit_s, kind, host' >/dev/null; do
            ((SECONDS < end)) || fail "$1: the event tap outlived the drill on $n"
            sleep 0.5
        done
    done
}

# run NAME EXPECTED-EXIT ARGS...: a drill, its output kept beside its report.
run() {
    local name=$1 expected=$2 rc=0
    shift 2
    ctl drill node1 run "$@" --report "$tmpdir/$name" --yes >"$tmpdir/$name.log" 2>&1 || rc=$?
    [ "$rc" = "$expected" ] || { cat "$tmpdir/$name.log" >&2; fail "$name: exit $rc, expected $expected"; }
    [ -s "$tmpdir/$name/report.json" ] || fail "$name: no report.json"
    [ -s "$tmpdir/$name/report.html" ] && head -c 5 "$tmpdir/$name/report.pdf" | grep -q '%PDF' ||
        fail "$name: no HTML or PDF report"
    no_leftovers "$name"
}

# A planned switchover of api: its VIP's services see an outage, explained by phases; the
# cluster is back as it was and the run is in the history.
drill_switchover() {
    local before
    before=$(where api)
    run switchover 0 switchover --resource api --probe-from node3
    local r=$tmpdir/switchover/report.json
    report "$r" 'r["result"] == "passed" and r["config_restored"]' "not passed and restored"
    report "$r" 'svc["api-int http"]["outage_ms"] > 0 and svc["api-int http"]["ttr_ms"] >= svc["api-int http"]["outage_ms"]' \
        "api's outage not measured"
    report "$r" 'svc["api-int http"]["outage_bracket_ms"][0] <= svc["api-int http"]["outage_ms"] <= svc["api-int http"]["outage_bracket_ms"][1]'
    report "$r" '[p["name"] for p in svc["api-int http"]["phases"]][0] == "detect" and svc["api-int http"]["phases"][-1]["name"] == "first ok probe"' \
        "no phases"
    report "$r" 'any("standby" in e["text"] for e in r["events"]) and any("api" in a for a in r["prediction"]["actions"])' \
        "events or prediction missing"
    report "$r" 'len(r["clock_offsets"]) == 3 and all("before_ms" in o and "after_ms" in o for o in r["clock_offsets"])'
    # The cluster's events timed by the nodes: api's start from the drill's alert, the VIP's
    # address appearing, each with its clock's bound; the VIP's coming up is a phase of api's outage.
    report "$r" 'any(e["source"] == "pacemaker" and e["clock"] == "node" and e["kind"] == "start" and e["text"].startswith("api:") for e in r["events"])' \
        "no alert of api's start"
    report "$r" 'any(e["source"] == "address" and e["kind"] == "vip" and e["clock"] == "node" and "error_ms" in e for e in r["events"])' \
        "no VIP address event"
    report "$r" 'any("alert" in s for s in r["event_sources"]) and "VIP up" in [p["name"] for p in svc["api-int http"]["phases"]]'
    # HAProxy's servers, read on the nodes: api's server down where it left, up where it went,
    # and that is a phase of the outage.
    report "$r" 'any(e["source"] == "haproxy" and e["clock"] == "node" and e["kind"] == "server-down" and e["text"].startswith("api/") for e in r["events"])' \
        "no node-timed HAProxy server-down of api"
    report "$r" '"backend up" in [p["name"] for p in svc["api-int http"]["phases"]] and any("HAProxy" in s for s in r["event_sources"])' \
        "HAProxy's server coming up is no phase"
    # The same probes from node3, inside the cluster: their own streams, timed by node3's clock,
    # seeing an outage of their own.
    report "$r" 'svc["api-int http from node3"]["probes"] > 100 and svc["api-int http from node3"]["outage_ms"] > 0 and svc["api-int tcp from node3"]["probes"] > 100' \
        "no probes from node3"
    report "$r" 'any(s.startswith("Probes from node3") for s in r["event_sources"])'
    [ "$(where api)" != "$before" ] || fail "api did not move from $before"
    ctl drill node1 history | grep -qP '\tswitchover\tpassed\t' || fail "not in the history: $(ctl drill node1 history)"
    # A dry run: the checks and Pacemaker's prediction of a crash, nothing done.
    local dry
    dry=$(ctl drill node1 run node-crash --resource api --dry-run) || fail "dry run failed: $dry"
    grep -q "Pacemaker predicts: .*api moves" <<<"$dry" || fail "no prediction in the dry run: $dry"
    [ "$(where api)" != "$before" ] || fail "the dry run moved api"
    pass "switchover of api: $(python3 -c 'import json,sys; s=[s for s in json.load(open(sys.argv[1]))["services"] if s["name"]=="api-int" and s["probe"]=="http"][0]; print(s["outage_ms"], "ms")' "$r") of outage, restored"
}

# kill -9 of api's process: Pacemaker's monitor finds it, restarts it; the outage ends.
drill_service_kill() {
    run service-kill 0 service-kill --resource api
    local r=$tmpdir/service-kill/report.json
    report "$r" 'r["result"] == "passed" and r["config_restored"]'
    report "$r" 'svc["api-int tcp"]["outage_ms"] > 0 or svc["api-int http"]["outage_ms"] > 0' "a killed api was not seen down"
    report "$r" 'any(e["kind"] == "failure" for e in r["events"])' "no failure event"
    pass "service-kill of api measured and recovered"
}

# HAProxy lost on the node that holds no VIP: the other HAProxies keep serving web, not one
# request fails.
drill_haproxy_loss() {
    local node vips
    vips="$(where vip-ext) $(where vip-int)"
    for node in node1 node2 node3; do
        [[ " $vips " == *" $node "* ]] || break
    done
    run haproxy-loss 0 haproxy-loss --node "$node" --zero-failed web-ext
    local r=$tmpdir/haproxy-loss/report.json
    report "$r" 'r["result"] == "passed" and svc["web-ext tcp"]["failed_probes"] == 0 and svc["web-ext http"]["failed_probes"] == 0' \
        "web lost requests"
    report "$r" 'all(e["passed"] for s in r["services"] for e in s["expectations"])'
    report "$r" 'any(e["kind"] == "haproxy-down" and e["node"] == "'"$node"'" and e["clock"] == "node" for e in r["events"])' \
        "HAProxy's loss on $node not seen on the node"
    pass "haproxy-loss on $node: web-ext kept every request"
}

# Stopped in the middle (SIGTERM after the fault): the fault is undone at once, the cluster is
# proven restored, the drill says aborted (exit 2).
drill_abort() {
    # hadeskctl itself in the background (not a shell function around it): the signal is its.
    "$HADESKCTL" --ssh-config "$("$labctl" ssh-config)" drill node1 run monitor-fail --resource web --observe 120 \
        --report "$tmpdir/abort" --yes >"$tmpdir/abort.log" 2>&1 &
    local pid=$! rc=0 end=$((SECONDS + 60))
    until grep -q 'inject fault 1: monitor-fail: done' "$tmpdir/abort.log" 2>/dev/null; do
        ((SECONDS < end)) || { kill "$pid"; fail "the fault was never injected: $(cat "$tmpdir/abort.log")"; }
        sleep 0.2
    done
    kill -TERM "$pid"
    wait "$pid" || rc=$?
    [ "$rc" = 2 ] || { cat "$tmpdir/abort.log" >&2; fail "aborted drill exited $rc, expected 2"; }
    local r=$tmpdir/abort/report.json
    report "$r" 'r["result"] == "aborted" and r["config_restored"] and not r["not_running"]' "abort did not recover"
    report "$r" 'any(e["kind"] == "abort" for e in r["events"]) and r["recovery_at_ms"] is not None'
    crm_xml | python3 "$here/labstate.py" settled 3 >/dev/null || fail "the cluster is not settled after the abort"
    pass "an aborted drill recovers and proves it"
}

# The node running api fenced through the lab's power switch: api moves, the node comes back,
# the cluster is proven restored.
drill_node_crash() {
    local before
    before=$(where api)
    run node-crash 0 node-crash --resource api
    local r=$tmpdir/node-crash/report.json
    report "$r" 'r["result"] == "passed" and r["config_restored"]'
    report "$r" 'svc["api-int http"]["outage_ms"] > 0 and any(e["kind"] == "fencing" and e["clock"] == "node" for e in r["events"])' \
        "no outage or no fence seen"
    report "$r" '[e["text"] for e in r["events"] if e["kind"] == "fencing"].__len__() == 1' "the fence told more than once"
    report "$r" 'any(a.startswith("api moves") for a in r["prediction"]["actions"])' "Pacemaker's prediction missing"
    [ "$(where api)" != "$before" ] || fail "api still on $before"
    crm_xml | python3 "$here/labstate.py" settled 3 >/dev/null || fail "the cluster is not settled after the crash"
    pass "node-crash of $before: api moved, $before back, restored"
}

# node3 cut off the internal segment by packet filtering: HAProxy sees node3's servers go down
# over that segment while Corosync keeps it a member over link 1; the filter is gone afterwards.
drill_partition() {
    run partition 0 partition --node node3 --segment 198.18.0.0/24 --observe 15
    local r=$tmpdir/partition/report.json
    report "$r" 'r["result"] == "passed" and r["config_restored"]'
    report "$r" 'any(e["source"] == "haproxy" and "DOWN" in e["text"] for e in r["events"])' "the cut was not seen"
    report "$r" 'not any(e["kind"] == "fencing" for e in r["events"])' "a node was fenced"
    ! "$labctl" exec node3 iptables -w -S hadesk-drill-in >/dev/null 2>&1 || fail "the filter outlived the drill"
    ! "$labctl" exec node3 test -e /var/lib/hadesk-drill-deadman.pid || fail "the dead-man timer outlived the drill"
    pass "partition of node3's internal link seen and healed"
}

# A fault that changes the configuration and does not undo it: the proof finds the difference
# and the drill exits 3.
drill_proof() {
    run proof 3 command --inject "$labctl" exec node1 crm_attribute --type crm_config --name hadesk-planted --update yes -- \
        --undo true --
    "$labctl" exec node1 crm_attribute --type crm_config --name hadesk-planted --delete >/dev/null
    report "$tmpdir/proof/report.json" 'not r["config_restored"] and any("hadesk-planted" in d for d in r["config_difference"])' \
        "the planted difference was not found"
    pass "the configuration proof catches a planted difference"
}

# On the DRBD VMs: the power of the VM running the HAFS stack cut (the lab's own power-off, a
# command fault), the stack fails over to the other VM with no acknowledged write lost, the VM is
# powered back and the pair proven restored; the VMs' clock offsets and their own events
# (Pacemaker's alerts, DRBD's promotion) are in the report. Intervals suit VMs under emulation.
drill_drbd_power() {
    local promoted survivor plan=$tmpdir/hafs-power-cut.json rc=0
    promoted=$("$here/drbdvm" promoted) || fail "no promoted DRBD VM"
    survivor=drbd1
    [ "$promoted" = drbd1 ] && survivor=drbd2
    cat >"$plan" <<EOF
{"name": "hafs-power-cut", "description": "cut the power of the VM running the HAFS stack",
 "faults": [{"kind": "command", "node": "$promoted",
             "inject": ["$here/drbdvm", "poweroff", "$promoted"], "undo": ["$here/drbdvm", "poweron", "$promoted"]}],
 "probes": {"http_interval_ms": 200, "timeout_ms": 2000,
            "extra": [{"name": "hafs", "address": "198.18.0.200:8080", "kind": "http", "path": "/"}]},
 "writes": [{"name": "hafs", "url": "http://198.18.0.200:8080/drill-writes/", "interval_ms": 250, "timeout_ms": 3000}],
 "limits": {"baseline_ms": 5000, "observe_ms": 240000, "settle_ms": 600000}}
EOF
    # The emulated VMs now and then time a monitor out while the tests before this one load them
    # (a failed hafs-vip monitor refused the drill once): it starts from a clean cluster, as an
    # operator's drill would. The drill itself still refuses any failure left.
    local vm=(ssh -F "$("$labctl" ssh-config)" -o BatchMode=yes "$survivor") end=$((SECONDS + 180))
    if grep -q "<failure " <<<"$("${vm[@]}" crm_mon -1 --output-as=xml 2>/dev/null)"; then
        # A cleanup re-probes every resource: the drill waits until the cluster has settled again.
        "${vm[@]}" crm_resource --cleanup >/dev/null 2>&1 || true
        sleep 5
        until python3 "$here/labstate.py" settled 2 <<<"$("${vm[@]}" crm_mon -1 --output-as=xml 2>/dev/null)" >/dev/null; do
            ((SECONDS < end)) || break
            sleep 2
        done
    fi
    ctl drill "$survivor" run "$plan" --report "$tmpdir/drbd-power" --yes >"$tmpdir/drbd-power.log" 2>&1 || rc=$?
    [ "$rc" = 0 ] || { cat "$tmpdir/drbd-power.log" >&2; fail "drbd power cut: exit $rc"; }
    local r=$tmpdir/drbd-power/report.json
    report "$r" 'r["result"] == "passed" and r["config_restored"]' "not passed and restored"
    report "$r" 'svc["hafs http"]["outage_ms"] > 0 and svc["hafs http"]["recovered"]' "no outage of the HAFS service measured"
    report "$r" 'r["writes"][0]["verified"] and r["writes"][0]["lost"] == 0 and r["writes"][0]["acknowledged"] > 10' \
        "acknowledged writes were lost or not read back"
    report "$r" 'any(e["source"] == "drbd" and e["kind"] == "promote" and e["node"] == "'"$survivor"'" and e["clock"] == "node" for e in r["events"])' \
        "no DRBD promotion on the survivor"
    report "$r" 'any(e["source"] == "pacemaker" and e["clock"] == "node" and e["text"].startswith("hafs-vip: start") for e in r["events"])' \
        "no alert of the VIP's start"
    report "$r" 'sorted(o["node"] for o in r["clock_offsets"]) == ["drbd1", "drbd2"] and all("before_ms" in o and "after_ms" in o for o in r["clock_offsets"])' \
        "the VMs' clock offsets are missing"
    [ "$("$here/drbdvm" promoted)" = "$survivor" ] || fail "the stack is not on $survivor"
    # Put back means replicated again: the powered-on VM resynced, both disks UpToDate.
    local cstate dstate
    cstate=$("${vm[@]}" drbdadm cstate hafs 2>&1) dstate=$("${vm[@]}" drbdadm dstate hafs 2>&1)
    [ "$cstate" = Connected ] && [ "$dstate" = UpToDate/UpToDate ] ||
        fail "the drill passed with hafs $cstate, $dstate: replication is not whole again"
    pass "power cut of $promoted: HAFS on $survivor after $(python3 -c 'import json,sys; print([s for s in json.load(open(sys.argv[1]))["services"]][0]["outage_ms"])' "$r") ms, no acknowledged write lost"
}

case ${1:-} in
    switchover | service_kill | haproxy_loss | node_crash | partition | abort | proof | drbd_power) "drill_$1" ;;
    *) fail "usage: test_drills.sh switchover|service_kill|haproxy_loss|node_crash|partition|abort|proof|drbd_power" ;;
esac
