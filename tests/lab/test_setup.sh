#!/bin/bash
# hadeskctl setup against a bare lab (labctl up --bare): refusals that change nothing, a run
# killed after the cluster step and finished by the next, the built stack verified from outside
# and drilled, a second run that changes nothing, and --undo back to bare hosts.
# test_setup.sh refusals|build|grow|all
set -euo pipefail

here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
top=$(cd "$here/../.." && pwd)
labctl=$here/labctl
plan=$top/docs/examples/lab-setup.json
LAB=${HADESK_LAB_DIR:-/var/tmp/hadesk-lab}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
pass() { echo "ok: $*"; }

tmpdir=$(mktemp -d)
trap 'rm -rf "$tmpdir"' EXIT
export HOME=$tmpdir
export XDG_DATA_HOME=$tmpdir/data

ctl() { "$HADESKCTL" --ssh-config "$("$labctl" ssh-config)" "$@"; }

# (grep -q never reads a pipe here: it stops early, and pipefail then fails the writer.)

# expect CODE LOG ARGS...: hadeskctl ARGS exits with CODE, its output in LOG.
expect() {
    local code=$1 log=$2 rc=0
    shift 2
    ctl "$@" >"$log" 2>&1 || rc=$?
    [ "$rc" = "$code" ] || { cat "$log" >&2; fail "hadeskctl $*: exit $rc, expected $code"; }
}

# edit_plan OUT PYTHON: the lab plan with PYTHON run on it (as `plan`), written to OUT.
edit_plan() {
    python3 - "$plan" "$1" "$2" <<'PY'
import json, sys
plan = json.loads("".join(l for l in open(sys.argv[1]) if not l.lstrip().startswith("//")))
exec(sys.argv[3])
json.dump(plan, open(sys.argv[2], "w"), indent=1)
PY
}

bare_lab() {
    "$labctl" up --bare >/dev/null
    "$labctl" bare-check || fail "the lab is not bare to begin with"
}

check_refusals() {
    bare_lab
    "$labctl" break node2 hosts
    expect 2 "$tmpdir/hosts.log" setup --dry-run "$plan"
    grep -q "node2: it resolves node2 to 127.0.1.1" "$tmpdir/hosts.log" || { cat "$tmpdir/hosts.log"; fail "no word of the hosts line"; }
    "$labctl" break node2 none
    "$labctl" break node3 clock +120
    expect 2 "$tmpdir/clock.log" setup --yes "$plan"
    grep -Eq "node3: its clock is 1[12][0-9]\.[0-9] s ahead of" "$tmpdir/clock.log" || { cat "$tmpdir/clock.log"; fail "no word of the clock"; }
    "$labctl" break node3 none
    edit_plan "$tmpdir/outside.json" 'plan["vips"][0]["address"] = "10.99.0.100"'
    expect 2 "$tmpdir/outside.log" setup --yes "$tmpdir/outside.json"
    grep -q "vips.vip-ext: 10.99.0.100/24 is outside every segment" "$tmpdir/outside.log" || { cat "$tmpdir/outside.log"; fail "no word of the VIP"; }
    # A fence device's parameters are checked against the agent's own metadata.
    edit_plan "$tmpdir/fence.json" 'plan["fencing"]["parameters"]["ipport"] = "not-a-port"'
    expect 2 "$tmpdir/fence.log" setup --yes "$tmpdir/fence.json"
    grep -q "fencing.devices.node1: ipport='not-a-port' is not a valid integer" "$tmpdir/fence.log" || { cat "$tmpdir/fence.log"; fail "no word of the fence parameter"; }
    "$labctl" bare-check || fail "a refused setup changed something"
    # The review alone changes nothing either, and says what it would do.
    expect 0 "$tmpdir/review.log" setup --dry-run "$plan"
    grep -q "would-change: file /etc/corosync/corosync.conf" "$tmpdir/review.log" || { cat "$tmpdir/review.log"; fail "the review shows no corosync.conf"; }
    grep -q "node1 → node2 link 0: rtt" "$tmpdir/review.log" || fail "the review shows no link test"
    grep -q "Pacemaker's simulation of the result" "$tmpdir/review.log" || fail "the review shows no simulation"
    # node3 lacks haproxy (labctl up --bare): the review installs it there and nowhere else.
    local node3_review
    node3_review=$(sed -n '/^node3:/,/^node[12]:/p' "$tmpdir/review.log")
    [ "$(grep -c "apt-get install -y --no-install-recommends haproxy" "$tmpdir/review.log")" = 1 ] &&
        grep -q "would-change: packages haproxy" <<<"$node3_review" ||
        { cat "$tmpdir/review.log"; fail "the review does not install haproxy on node3 alone"; }
    "$labctl" bare-check || fail "a review changed something"
    pass "refused for a bad hosts line, a wrong clock, a VIP outside every segment and a bad fence parameter; nothing changed"
}

journal() { cat "$LAB/nodes/$1/var/lib/hadesk/setup/journal.jsonl" 2>/dev/null || true; }

check_build() {
    bare_lab
    local start=$SECONDS
    # Killed once the cluster step is done: the next run finds where it stopped and finishes.
    "$HADESKCTL" --ssh-config "$("$labctl" ssh-config)" setup --yes "$plan" >"$tmpdir/killed.log" 2>&1 &
    local pid=$! end=$((SECONDS + 240))
    until grep -q '"op": "step-done", "step": "start"' <<<"$(journal node1)"; do
        ((SECONDS < end)) || { cat "$tmpdir/killed.log"; fail "the cluster step never finished"; }
        kill -0 "$pid" 2>/dev/null || { cat "$tmpdir/killed.log"; fail "setup ended before it was killed"; }
        sleep 0.5
    done
    kill -KILL "$pid"
    wait "$pid" 2>/dev/null || true
    expect 0 "$tmpdir/resumed.log" setup --yes "$plan"
    grep -q 'got as far as "start"' "$tmpdir/resumed.log" || { cat "$tmpdir/resumed.log"; fail "the second run did not say where the first stopped"; }
    grep -q "hadesk-lab set up" "$tmpdir/resumed.log" || { cat "$tmpdir/resumed.log"; fail "not set up"; }
    local took=$((SECONDS - start))

    # From outside: the cluster, its links, its VIPs.
    local xml n
    xml=$("$labctl" exec node1 crm_mon -1 --output-as=xml)
    for n in node1 node2 node3; do
        grep -qx "$n" <<<"$(python3 "$here/labstate.py" online <<<"$xml")" || fail "$n is not online"
        "$labctl" exec "$n" corosync-cfgtool -s >"$tmpdir/cfgtool.$n"
        [ "$(grep -c 'connected' "$tmpdir/cfgtool.$n")" -ge 4 ] || { cat "$tmpdir/cfgtool.$n"; fail "$n: not every link connected"; }
    done
    python3 "$here/labstate.py" settled 3 <<<"$xml" || fail "the built cluster has not settled"
    # The install step ran for real: apt installed node3's missing haproxy from the lab's repository.
    [ "$("$labctl" exec node3 dpkg-query -W -f='${Status}' haproxy)" = "install ok installed" ] || fail "haproxy was not installed on node3"
    grep -q "node3: Setting up haproxy" "$tmpdir/killed.log" || { cat "$tmpdir/killed.log"; fail "no apt log of the install in the run's output"; }
    grep -q "test fence of node3" "$tmpdir/killed.log" "$tmpdir/resumed.log" || true
    grep -q "successful" <<<"$("$labctl" exec node1 stonith_admin --history node3)" || fail "node3 was never test-fenced"
    curl -fsS --max-time 5 http://198.19.0.100/health >/dev/null || fail "no answer through vip-ext"
    curl -fsS --max-time 5 http://198.18.0.100:5000/health >/dev/null || fail "no answer through vip-int"
    pass "bare hosts to a verified stack in ${took} s (killed after the cluster step and resumed)"

    # A second run of the finished plan changes nothing and says so.
    expect 0 "$tmpdir/again.log" setup --yes "$plan"
    grep -q "hadesk-lab is as the plan says: nothing changed" "$tmpdir/again.log" || { cat "$tmpdir/again.log"; fail "the second run changed something"; }
    pass "a second run changed nothing"

    # The built cluster fails over as a drill expects (issue 10's switchover).
    expect 0 "$tmpdir/drill.log" drill node1 run switchover --resource api --report "$tmpdir/drill" --yes
    pass "a switchover drill on the built cluster passes"

    expect 0 "$tmpdir/undo.log" setup --undo --yes "$plan"
    "$labctl" bare-check || { cat "$tmpdir/undo.log"; fail "undo did not leave bare hosts"; }
    pass "--undo left bare hosts"
}

# add-node grows a two-node cluster (two_node quorum, fence delay) to the plan's three.
check_grow() {
    bare_lab
    edit_plan "$tmpdir/two.json" '
plan["cluster"]["nodes"] = plan["cluster"]["nodes"][:2]
del plan["fencing"]["devices"]["node3"]
plan["fencing"]["test"] = "node2"'
    expect 2 "$tmpdir/add-bare.log" setup add-node --yes "$plan" node3
    grep -q "does not run hadesk-lab as HAdesk built it" "$tmpdir/add-bare.log" || { cat "$tmpdir/add-bare.log"; fail "add-node on bare hosts not refused"; }
    expect 0 "$tmpdir/two.log" setup --yes "$tmpdir/two.json"
    grep -q "2Node" <<<"$("$labctl" exec node1 corosync-quorumtool -s)" || fail "two nodes without two_node"
    expect 0 "$tmpdir/grow.log" setup add-node --yes "$plan" node3
    local xml n
    xml=$("$labctl" exec node1 crm_mon -1 --output-as=xml)
    for n in node1 node2 node3; do
        grep -qx "$n" <<<"$(python3 "$here/labstate.py" online <<<"$xml")" || { cat "$tmpdir/grow.log"; fail "$n is not online after add-node"; }
    done
    [ "$(grep -c connected <<<"$("$labctl" exec node3 corosync-cfgtool -s)")" = 4 ] || fail "node3's links are not all connected"
    ! grep -q "2Node" <<<"$("$labctl" exec node1 corosync-quorumtool -s)" || fail "three nodes still with two_node"
    python3 "$here/labstate.py" settled 3 <<<"$xml" || fail "not settled after add-node"
    # node3 joined in standby (its CIB entry written before its Pacemaker started, journaled on
    # node1) and was brought online once its fence device ran.
    grep -q "Joining nodes in standby: node3 join(s) in standby" "$tmpdir/grow.log" || { cat "$tmpdir/grow.log"; fail "node3 did not join in standby"; }
    grep -q '"scope": *"nodes"' <<<"$("$labctl" exec node1 cat /var/lib/hadesk/setup/journal.jsonl)" || fail "node3's standby entry is not in node1's journal"
    ! grep -q 'standby="true"' <<<"$xml" || fail "a node is still in standby after add-node"
    pass "add-node grew a two-node setup to three, node3 held in standby until its fence device ran"

    # remove-node is reviewed first: the others' corosync.conf without node2, the command that
    # forgets it, and node2's own journal, undone last first. --dry-run changes nothing.
    expect 0 "$tmpdir/shrink-review.log" setup remove-node --dry-run "$plan" node2
    local review
    review=$(cat "$tmpdir/shrink-review.log")
    grep -q "^ *-.*name: node2" <<<"$review" || { echo "$review"; fail "no corosync.conf diff without node2 in the review"; }
    grep -q "would-change: crm_node --force --remove node2" <<<"$review" || { echo "$review"; fail "the review does not name crm_node --remove"; }
    grep -q "would-change: delete fence-node2 from the CIB" <<<"$review" || { echo "$review"; fail "the review does not delete node2's fence device"; }
    grep -q "would-change: service corosync back to" <<<"$review" || { echo "$review"; fail "the review does not say what node2's undo takes back"; }
    [ "$(python3 "$here/labstate.py" online <<<"$("$labctl" exec node1 crm_mon -1 --output-as=xml)" | sort | tr '\n' ' ')" = "node1 node2 node3 " ] ||
        fail "remove-node --dry-run changed the cluster"
    # remove-node takes one out again: resources moved off, its setup undone, the rest reloaded.
    expect 0 "$tmpdir/shrink.log" setup remove-node --yes "$plan" node2
    xml=$("$labctl" exec node1 crm_mon -1 --output-as=xml)
    [ "$(python3 "$here/labstate.py" online <<<"$xml" | sort | tr '\n' ' ')" = "node1 node3 " ] ||
        { cat "$tmpdir/shrink.log"; fail "after remove-node, online: $(python3 "$here/labstate.py" online <<<"$xml" | tr '\n' ' ')"; }
    ! grep -q 'uname="node2"' <<<"$("$labctl" exec node1 cibadmin -Q -o nodes)" || fail "node2 still in the CIB"
    grep -q "2Node" <<<"$("$labctl" exec node1 corosync-quorumtool -s)" || fail "two nodes left without two_node"
    python3 "$here/labstate.py" settled 2 <<<"$xml" || fail "not settled after remove-node"
    "$labctl" exec node2 systemctl is-active corosync >/dev/null && fail "corosync still runs on node2"
    # The cluster may still move api once Pacemaker has forgotten node2: a client retries as one would.
    local tries=0
    until curl -fsS --max-time 5 http://198.18.0.100:5000/health >/dev/null; do
        ((++tries < 20)) || fail "no answer through vip-int after remove-node"
        sleep 1
    done
    pass "remove-node took node2 out; two nodes run on"

    expect 0 "$tmpdir/grow-undo.log" setup --undo --yes "$plan"
    "$labctl" bare-check || fail "undo after add-node and remove-node did not leave bare hosts"
    pass "undone to bare hosts"
}

case ${1:-} in
    refusals) check_refusals ;;
    build) check_build ;;
    grow) check_grow ;;
    all)
        check_refusals
        check_build
        check_grow
        ;;
    *) fail "usage: test_setup.sh refusals|build|grow|all" ;;
esac
