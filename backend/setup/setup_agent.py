# HAdesk's setup agent: run on a node as `python3 -c AGENT`, the request as JSON on stdin.
#
# Every action knows whether it is already done (then it is left alone and reported unchanged),
# how to do it, and what undoing it takes; what it changes is appended to the node's journal
# (JOURNAL/journal.jsonl) before the agent reports it, with the files it replaced kept under
# JOURNAL/backup. A step whose action fails has its own changes undone before the agent says so;
# "undo" takes back everything the journal holds, newest first.
#
# Modes: facts, links, review, apply, undo, journal. Output: one JSON object per line.
import base64, difflib, fcntl, json, os, re, select, shutil, signal, socket, struct, subprocess, sys, threading, time
import xml.etree.ElementTree as ET

ENV = dict(os.environ, LANG="C", LC_ALL="C", DEBIAN_FRONTEND="noninteractive")


def emit(**fields):
    sys.stdout.write(json.dumps(fields, sort_keys=True) + "\n")
    sys.stdout.flush()


def run(argv, stdin=None, timeout=None):
    try:
        p = subprocess.run(argv, input=stdin, capture_output=True, env=ENV, timeout=timeout)
    except FileNotFoundError:
        return 127, b"", ("%s: not installed" % argv[0]).encode()
    except subprocess.TimeoutExpired:
        return 124, b"", ("%s: no answer within %s s" % (argv[0], timeout)).encode()
    return p.returncode, p.stdout, p.stderr


def text(data):
    return data.decode("utf-8", "replace").strip()


class Failed(Exception):
    pass


def must(argv, what, stdin=None, timeout=120):
    rc, out, err = run(argv, stdin, timeout)
    if rc != 0:
        raise Failed("%s: %s" % (what, text(err) or text(out) or "exit code %d" % rc))
    return out


class Journal:
    def __init__(self, folder, step, cluster):
        self.folder, self.step, self.cluster = folder, step, cluster
        self.path = os.path.join(folder, "journal.jsonl")
        self.made = []  # this run's entries, for undoing a failed step

    def entries(self):
        found = []
        try:
            with open(self.path) as f:
                for line in f:
                    try:
                        found.append(json.loads(line))
                    except ValueError:
                        pass  # half written when the agent was killed: the change after it never began
        except FileNotFoundError:
            pass
        return found

    def add(self, **entry):
        os.makedirs(self.folder, mode=0o700, exist_ok=True)
        entry.update(step=self.step, cluster=self.cluster, t=time.time())
        with open(self.path, "a") as f:
            f.write(json.dumps(entry, sort_keys=True) + "\n")
            f.flush()
            os.fsync(f.fileno())
        self.made.append(entry)

    def backup_path(self, path):
        """One backup per change: undoing a step puts back the file as it was just before it,
        and undoing everything, newest first, ends with the host's own."""
        n = len(self.entries()) + 1
        return os.path.join(self.folder, "backup", "%s.%d" % (path.strip("/").replace("/", "%"), n))


# ------------------------------------------------------------------ facts

def version_of(package):
    rc, out, _ = run(["dpkg-query", "-W", "-f=${Status}\t${Version}", package])
    if rc == 0 and out.startswith(b"install ok installed"):
        return text(out.split(b"\t", 1)[1])
    rc, out, _ = run(["rpm", "-q", "--qf", "%{VERSION}-%{RELEASE}", package])
    if rc == 0:
        return text(out)
    return ""


def os_release():
    fields = {}
    try:
        with open("/etc/os-release") as f:
            for line in f:
                k, _, v = line.strip().partition("=")
                if k:
                    fields[k] = v.strip('"')
    except OSError:
        pass
    return fields


def firewall():
    rc, out, _ = run(["ufw", "status"])
    if rc == 0 and b"Status: active" in out:
        return "ufw"
    rc, out, _ = run(["firewall-cmd", "--state"])
    if rc == 0 and b"running" in out:
        return "firewalld"
    rc, out, _ = run(["nft", "list", "ruleset"])
    if rc == 0 and re.search(rb"\bpolicy drop\b|\bdrop\b|\breject\b", out):
        return "nftables"
    return "none"


def membership():
    """What says this host is already part of a cluster."""
    found = []
    try:
        with open("/etc/corosync/corosync.conf") as f:
            conf = f.read()
        m = re.search(r"^\s*cluster_name\s*:\s*(\S+)", conf, re.M)
        nodes = len(re.findall(r"^\s*node\s*\{", conf, re.M))
        found.append({"what": "corosync.conf", "cluster": m.group(1) if m else "", "nodes": nodes})
    except OSError:
        pass
    if os.path.exists("/etc/corosync/authkey"):
        found.append({"what": "authkey"})
    rc, out, _ = run(["systemctl", "is-active", "corosync"])
    if text(out) == "active":
        found.append({"what": "corosync running"})
    if os.path.exists("/var/lib/pacemaker/cib/cib.xml"):
        found.append({"what": "cib"})
    return found


def addresses():
    rc, out, _ = run(["ip", "-j", "addr", "show"])
    result = []
    if rc != 0:
        return result
    for link in json.loads(out or b"[]"):
        for a in link.get("addr_info", []):
            if a.get("family") == "inet":
                result.append({"interface": link.get("ifname", ""), "address": a.get("local", ""),
                               "prefix": a.get("prefixlen", 0), "mtu": link.get("mtu", 0)})
    return result


def resolve(name):
    rc, out, _ = run(["getent", "ahostsv4", name])
    seen = []
    for line in text(out).splitlines():
        address = line.split()[0]
        if address not in seen:
            seen.append(address)
    return seen


def fence_agents():
    rc, out, _ = run(["stonith_admin", "--list-installed"], timeout=60)
    return [w for w in text(out).split() if w.startswith("fence_")] if rc == 0 else []


def facts(request):
    emit(kind="facts", fence_agents=fence_agents(), hostname=socket.gethostname(), os=os_release(),
         versions={p: version_of(p) for p in request.get("packages", [])},
         membership=membership(), firewall=firewall(), addresses=addresses(),
         resolves={n: resolve(n) for n in request.get("names", [])},
         tools={t: shutil.which(t) is not None for t in ("apt-get", "dnf", "systemctl", "corosync-keygen")},
         journal=Journal(request["journal"], "", "").entries(), time_ns=time.time_ns())


# ------------------------------------------------------------------ links

def links(request):
    """Every node runs this at once: an echo server on the corosync port of each of its link
    addresses, and after a pause, probes of every peer's link addresses from its own."""
    port, duration = int(request["port"]), float(request["duration_s"])
    servers = []
    for address in request["listen"]:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((address, port))
        except OSError as e:
            emit(kind="link-error", address=address, error="cannot listen on %s:%d: %s" % (address, port, e))
            continue
        s.settimeout(0.2)
        servers.append(s)
    end = time.monotonic() + duration

    def serve(s):
        while time.monotonic() < end:
            try:
                data, peer = s.recvfrom(65535)
                s.sendto(data, peer)
            except socket.timeout:
                pass
            except OSError:
                pass

    threads = [threading.Thread(target=serve, args=(s,), daemon=True) for s in servers]
    for t in threads:
        t.start()
    time.sleep(float(request.get("start_after_s", 1.0)))
    for probe in request["probes"]:
        emit(kind="link", **probe, **measure(probe["local"], probe["remote"], port))
    for t in threads:
        t.join()


def measure(local, remote, port):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.bind((local, 0))
    except OSError as e:
        return {"ok": False, "error": "cannot send from %s: %s" % (local, e)}
    s.setsockopt(socket.IPPROTO_IP, 10, 2)  # IP_MTU_DISCOVER = IP_PMTUDISC_DO: never fragment
    s.settimeout(0.3)
    seq = [0]

    def echo(size, wait=0.3):
        seq[0] += 1
        tag = struct.pack("!I", seq[0])
        payload = tag + b"h" * max(0, size - 4)
        sent = time.monotonic()
        try:
            s.sendto(payload, (remote, port))
        except OSError:
            return None
        deadline = sent + wait
        while time.monotonic() < deadline:
            try:
                data, _ = s.recvfrom(65535)
            except socket.timeout:
                return None
            except OSError:
                return None
            if data[:4] == tag:
                return (time.monotonic() - sent) * 1000.0
        return None

    rtts = []
    start = time.monotonic()
    while len(rtts) == 0 and time.monotonic() - start < 2.0:  # the peer's server may start late
        r = echo(64)
        if r is not None:
            rtts.append(r)
    if not rtts:
        return {"ok": False, "error": "no UDP echo from %s:%d" % (remote, port)}
    lost = 0
    for _ in range(19):
        r = echo(64)
        if r is None:
            lost += 1
        else:
            rtts.append(r)
        time.sleep(0.01)
    jitter = sum(abs(a - b) for a, b in zip(rtts, rtts[1:])) / max(1, len(rtts) - 1)
    low, high = 548, 9000 - 28  # UDP payloads: IPv4's minimum datagram to a jumbo frame
    if echo(low) is None:
        mtu = 0
    else:
        while low < high:
            mid = (low + high + 1) // 2
            if echo(mid, 0.15) is not None:
                low = mid
            else:
                high = mid - 1
        mtu = low + 28
    return {"ok": True, "rtt_min_ms": min(rtts), "rtt_avg_ms": sum(rtts) / len(rtts), "rtt_max_ms": max(rtts),
            "jitter_ms": jitter, "lost": lost, "sent": 20, "mtu": mtu}


# ------------------------------------------------------------------ actions

def systemctl_state(unit):
    _, out, _ = run(["systemctl", "is-enabled", unit])
    enabled = text(out) == "enabled"
    _, out, _ = run(["systemctl", "is-active", unit])
    return enabled, text(out) == "active"


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def file_mode(path):
    try:
        return "%04o" % (os.stat(path).st_mode & 0o7777)
    except FileNotFoundError:
        return None


def write_atomically(path, data, mode):
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, ".%s.hadesk-new" % os.path.basename(path))
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        os.write(fd, data)
        os.fchmod(fd, mode)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.rename(tmp, path)
    dfd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


def file_action(a, journal, dry):
    path, want, mode = a["path"], base64.b64decode(a["b64"]), a.get("mode", "0644")
    have = read_bytes(path)
    if have == want and file_mode(path) == mode:
        return "unchanged", {}
    diff = "".join(difflib.unified_diff(
        (have or b"").decode("utf-8", "replace").splitlines(True) if not a.get("secret") else [],
        want.decode("utf-8", "replace").splitlines(True) if not a.get("secret") else [],
        fromfile=path if have is not None else "/dev/null", tofile=path))
    if a.get("secret"):
        diff = "(a secret: %s)\n" % ("replaced" if have is not None else "created")
    if dry:
        return "would-change", {"diff": diff}
    if a.get("check"):
        tmp = path + ".hadesk-check"
        write_atomically(tmp, want, 0o600)
        try:
            must([tmp if x == "{}" else x for x in a["check"]], "%s refused the new %s" % (a["check"][0], path))
        finally:
            os.unlink(tmp)
    backup = None
    if have is not None:
        backup = journal.backup_path(path)
        os.makedirs(os.path.dirname(backup), mode=0o700, exist_ok=True)
        shutil.copy2(path, backup)
    journal.add(op="file", path=path, backup=backup, mode=file_mode(path))
    write_atomically(path, want, int(mode, 8))
    reload = a.get("reload")  # {"if_active": UNIT, "argv": [...]}: a running daemon takes the new file
    if reload and systemctl_state(reload["if_active"])[1]:
        must(reload["argv"], " ".join(reload["argv"]))
    return "changed", {"diff": diff}


def undo_file(e):
    if e.get("backup"):
        if not os.path.exists(e["backup"]):
            raise Failed("%s: its backup %s is gone" % (e["path"], e["backup"]))
        shutil.copy2(e["backup"], e["path"])
        if e.get("mode"):
            os.chmod(e["path"], int(e["mode"], 8))
    else:
        try:
            os.unlink(e["path"])
        except FileNotFoundError:
            pass


def service_action(a, journal, dry):
    unit = a["unit"]
    enabled, active = systemctl_state(unit)
    want_enabled, want_active = a.get("enabled", enabled), a.get("active", active)
    if a.get("unless_resource") and cib_element(a["unless_resource"], True, "resources") is not None:
        want_active = active  # Pacemaker runs it now: its state is the cluster's
    if (enabled, active) == (want_enabled, want_active):
        return "unchanged", {}
    said = "%s: %s, %s" % (unit, "enable" if want_enabled else "disable", "start" if want_active else "stop")
    if dry:
        return "would-change", {"commands": [said]}
    journal.add(op="service", unit=unit, enabled=enabled, active=active)
    if want_enabled != enabled:
        must(["systemctl", "enable" if want_enabled else "disable", unit], "systemctl")
    if want_active != active:
        must(["systemctl", "start" if want_active else "stop", unit], "systemctl %s %s" % ("start" if want_active else "stop", unit), timeout=600)
    return "changed", {"commands": [said]}


def undo_service(e):
    enabled, active = systemctl_state(e["unit"])
    if active and not e["active"]:
        must(["systemctl", "stop", e["unit"]], "systemctl stop", timeout=600)
    if enabled and not e["enabled"]:
        must(["systemctl", "disable", e["unit"]], "systemctl disable")
    if e["enabled"] and not enabled:
        must(["systemctl", "enable", e["unit"]], "systemctl enable")
    if e["active"] and not active:
        must(["systemctl", "start", e["unit"]], "systemctl start", timeout=600)


def package_action(a, journal, dry):
    missing = [p for p in a["names"] if not version_of(p)]
    if not missing:
        return "unchanged", {}
    manager = "apt-get" if shutil.which("apt-get") else "dnf"
    argv = [manager, "install", "-y"] + (["--no-install-recommends"] if manager == "apt-get" else []) + missing
    if dry:
        return "would-change", {"commands": [" ".join(argv)]}
    journal.add(op="package", names=missing, manager=manager)
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=ENV)
    for line in p.stdout:
        emit(kind="log", line=text(line))
    if p.wait() != 0:
        raise Failed("%s install %s failed (exit code %d)" % (manager, " ".join(missing), p.returncode))
    return "changed", {"commands": [" ".join(argv)]}


def undo_package(e):
    argv = [e["manager"], "remove", "-y"] + e["names"]
    must(argv, "%s remove" % e["manager"], timeout=900)


def keygen_action(a, journal, dry):
    path = a["path"]
    if os.path.exists(path):
        return "unchanged", {"b64": base64.b64encode(read_bytes(path)).decode()}
    if dry:
        return "would-change", {"commands": ["corosync-keygen -k %s" % path]}
    journal.add(op="file", path=path, backup=None, mode=None)
    must(["corosync-keygen", "-k", path], "corosync-keygen")
    return "changed", {"b64": base64.b64encode(read_bytes(path)).decode()}


def state_action(a, journal, dry):
    """The cluster stack fills these folders once started: undo empties them again, but only the
    ones that were empty when HAdesk began."""
    empty = [p for p in a["paths"] if not os.listdir(p)] if not dry else []
    if dry or any(e.get("op") == "state" for e in journal.entries()):
        return "unchanged", {}
    journal.add(op="state", paths=empty)
    return "changed", {}


def undo_state(e):
    for folder in e["paths"]:
        for name in os.listdir(folder):
            full = os.path.join(folder, name)
            if os.path.isdir(full) and not os.path.islink(full):
                shutil.rmtree(full)
            else:
                os.unlink(full)


def config_xpath(element_id, scope):
    # A direct child of the section: never an nvpair or op of the same id deeper down.
    return "/cib/configuration/%s/*[@id='%s']" % (scope, element_id)


def canonical(xml):
    """An element as a comparable value: attributes in any order, whitespace between elements
    ignored (cibadmin answers indented)."""
    def shape(el):
        return (el.tag, tuple(sorted(el.attrib.items())), (el.text or "").strip(), tuple(shape(c) for c in el))
    return shape(ET.fromstring(xml))


def cib_element(element_id, dry, scope="resources"):
    # The configuration's element only: the status section has lrm_resource entries of the same id.
    rc, out, err = run(["cibadmin", "--query", "--xpath", config_xpath(element_id, scope)], timeout=60)
    if rc == 0:
        return text(out)
    if rc == 105 or b"No such device" in err or b"No match" in err or dry:
        return None  # a review before the cluster runs: everything is still to be created
    raise Failed("cibadmin --query: %s" % (text(err) or "exit code %d" % rc))


def cib_action(a, journal, dry):
    before = cib_element(a["id"], dry, a["scope"])
    if before is not None and canonical(before) == canonical(a["xml"]):
        return "unchanged", {}
    if dry:
        return "would-change", {"cib": a["xml"]}
    journal.add(op="cib", id=a["id"], scope=a["scope"], before=before, tag=ET.fromstring(a["xml"]).tag)
    # The XML on stdin, never on a command line every local user can read (a fence password).
    if before is None:
        must(["cibadmin", "--create", "--scope", a["scope"], "--xml-pipe"], "cibadmin --create", stdin=a["xml"].encode())
    else:
        must(["cibadmin", "--replace", "--xpath", config_xpath(a["id"], a["scope"]), "--xml-pipe"], "cibadmin --replace",
             stdin=a["xml"].encode())
    return "changed", {"cib": a["xml"]}


def undo_cib(e):
    rc, _, _ = run(["cibadmin", "--query", "--scope", "nodes"], timeout=10)
    if rc != 0:
        return  # the cluster is gone: so is its configuration
    if e["before"] is None:
        must(["cibadmin", "--delete", "--xml-text", '<%s id="%s"/>' % (e["tag"], e["id"])], "cibadmin --delete")
    else:
        must(["cibadmin", "--replace", "--xpath", config_xpath(e["id"], e["scope"]), "--xml-pipe"], "cibadmin --replace",
             stdin=e["before"].encode())


def attribute_argv(a):
    if a["kind"] == "standby":
        return ["crm_attribute", "--node", a["node"], "--name", "standby", "--lifetime", "forever"]
    return ["crm_attribute", "--type", a["kind"], "--name", a["name"]]


def attribute_value(a):
    rc, out, _ = run(attribute_argv(a) + ["--query", "--quiet"])
    return text(out) if rc == 0 else None


def attribute_action(a, journal, dry):
    before = attribute_value(a)
    if before == a["value"]:
        return "unchanged", {}
    said = "%s = %s" % (a.get("name") or "standby of %s" % a["node"], a["value"])
    if dry:
        return "would-change", {"commands": [said]}
    journal.add(op="attribute", a=a, before=before)
    set_attribute(a, a["value"])
    return "changed", {"commands": [said]}


def set_attribute(a, value):
    if value is None:
        must(attribute_argv(a) + ["--delete"], "crm_attribute --delete")
    else:
        must(attribute_argv(a) + ["--update", value], "crm_attribute --update")


def undo_attribute(e):
    rc, _, _ = run(["cibadmin", "--query", "--scope", "nodes"], timeout=10)
    if rc == 0:
        set_attribute(e["a"], e["before"])


def cluster_status():
    rc, out, err = run(["crm_mon", "-1", "--output-as=xml"], timeout=30)
    if rc != 0:
        return None, text(err) or "crm_mon: exit code %d" % rc
    return ET.fromstring(out), ""


def wait_action(a, journal, dry):
    if dry:
        return "unchanged", {}
    deadline = time.monotonic() + a["timeout_s"]
    why = ""
    while time.monotonic() < deadline:
        root, why = cluster_status()
        if root is not None:
            dc = root.find("summary/current_dc")
            online = {n.get("name") for n in root.iter("node") if n.get("online") == "true"}
            missing = [n for n in a["online"] if n not in online]
            if dc is None or dc.get("present") != "true":
                why = "no DC elected yet"
            elif dc.get("with_quorum") != "true":
                why = "no quorum yet"
            elif missing:
                why = "not online yet: %s" % ", ".join(missing)
            elif a.get("settled") and root.find(".//resource[@pending]") is not None:
                why = "actions still pending"
            else:
                return "unchanged", {}
        time.sleep(1)
    raise Failed("%s within %d s: %s" % (a["what"], a["timeout_s"], why))


def fence_action(a, journal, dry):
    node = a["node"]
    entries = journal.entries()
    if a.get("done") or any(e.get("op") == "fenced" for e in entries):
        return "unchanged", {}
    if dry:
        return "would-change", {"commands": ["stonith_admin --reboot %s" % node]}
    started = time.time()
    # Said before it is asked: a fence in flight cannot be called back, and a run that stopped
    # here must not fence again, only wait for the node.
    if not any(e.get("op") == "fence-requested" and e.get("node") == node for e in entries):
        journal.add(op="fence-requested", node=node)
        must(["stonith_admin", "--reboot", node, "--timeout", str(a["timeout_s"])], "fencing %s" % node,
             timeout=a["timeout_s"] + 30)
    out = must(["stonith_admin", "--history", node, "--output-as=xml"], "stonith_admin --history")
    done = [e for e in ET.fromstring(out).iter("fence_event")
            if e.get("status") == "success" and e.get("target") == node]
    if not done:
        raise Failed("%s: the fencer reports no successful fence in its history" % node)
    emit(kind="log", line="%s fenced by %s; waiting for it to come back" % (node, done[0].get("delegate", "?")))
    wait_action({"what": "%s back in the cluster" % node, "online": [node], "timeout_s": a["back_timeout_s"]},
                journal, False)
    journal.add(op="fenced", node=node, seconds=round(time.time() - started, 1))
    return "changed", {"commands": ["stonith_admin --reboot %s" % node]}


def sysctl_action(a, journal, dry):
    path = "/proc/sys/" + a["name"].replace(".", "/")
    with open(path) as f:
        before = f.read().strip()
    if before == a["value"]:
        return "unchanged", {}
    said = "sysctl %s=%s (and /etc/sysctl.d/90-hadesk.conf)" % (a["name"], a["value"])
    if dry:
        return "would-change", {"commands": [said]}
    conf = "/etc/sysctl.d/90-hadesk.conf"
    lines = [l for l in (read_bytes(conf) or b"").decode().splitlines() if not l.startswith(a["name"] + " ")]
    lines.append("%s = %s" % (a["name"], a["value"]))
    file_action({"path": conf, "b64": base64.b64encode(("\n".join(lines) + "\n").encode()).decode(), "mode": "0644"},
                journal, False)
    journal.add(op="sysctl", name=a["name"], before=before)
    with open(path, "w") as f:
        f.write(a["value"])
    return "changed", {"commands": [said]}


def undo_sysctl(e):
    with open("/proc/sys/" + e["name"].replace(".", "/"), "w") as f:
        f.write(e["before"])


def resources_action(a, journal, dry):
    """Every resource the setup made is running: a primitive somewhere, a clone on every online node."""
    if dry:
        return "unchanged", {}
    deadline = time.monotonic() + a.get("timeout_s", 60)
    while True:
        root, why = cluster_status()
        bad = [why] if root is None else []
        if root is not None:
            online = [n.get("name") for n in root.iter("node") if n.get("online") == "true" and n.get("standby") != "true"]
            for rid in a["ids"]:
                clone = root.find(".//clone[@id='%s']" % rid)
                if clone is not None:
                    running = {r.find("node").get("name") for r in clone.iter("resource")
                               if r.get("active") == "true" and r.find("node") is not None}
                    missing = [n for n in online if n not in running]
                    if missing:
                        bad.append("%s not running on %s" % (rid, ", ".join(missing)))
                    continue
                res = root.find(".//resource[@id='%s']" % rid)
                if res is None or res.get("active") != "true" or res.get("failed") == "true":
                    bad.append("%s is not running" % rid)
            for f in root.iter("failure"):
                bad.append("failure: %s %s on %s" % (f.get("op_key"), f.get("exitreason") or f.get("exitstatus"), f.get("node")))
        if not bad:
            return "unchanged", {"output": "%d resources running" % len(a["ids"])}
        if time.monotonic() > deadline:
            raise Failed("; ".join(bad))
        time.sleep(1)


def idle_action(a, journal, dry):
    """Nothing running (on a.node, or anywhere)."""
    if dry:
        return "unchanged", {}
    deadline = time.monotonic() + a.get("timeout_s", 120)
    where = a.get("node")
    while True:
        root, why = cluster_status()
        active = [r.get("id") for r in root.iter("resource") if r.get("active") == "true"
                  and (not where or any(n.get("name") == where for n in r.iter("node")))] if root is not None else []
        if root is not None and not active:
            return "unchanged", {}
        if time.monotonic() > deadline:
            raise Failed("still running: %s" % (", ".join(active) or why))
        time.sleep(1)


def cib_delete_action(a, journal, dry):
    if cib_element(a["id"], dry, a["scope"]) is None:
        return "unchanged", {}
    if dry:
        return "would-change", {"commands": ["cibadmin --delete %s" % a["id"]]}
    must(["cibadmin", "--delete", "--xml-text", '<%s id="%s"/>' % (a["tag"], a["id"])], "cibadmin --delete")
    return "changed", {"commands": ["cibadmin --delete %s" % a["id"]]}


def check_action(a, journal, dry):
    if dry:
        return "unchanged", {}
    out = must(a["argv"], a["what"], timeout=a.get("timeout_s", 60))
    return "unchanged", {"output": text(out)}


def links_action(a, journal, dry):
    """corosync-cfgtool -s: every link to every other node connected."""
    if dry:
        return "unchanged", {}
    deadline = time.monotonic() + a.get("timeout_s", 30)
    while True:
        out = text(must(["corosync-cfgtool", "-s"], "corosync-cfgtool -s"))
        link, bad, seen = None, [], set()
        for line in out.splitlines():
            m = re.match(r"\s*LINK ID (\d+)", line)
            if m:
                link = m.group(1)
                seen.add(link)
            m = re.match(r"\s*nodeid:\s*(\d+):\s*(.+)", line)
            if m and link is not None and m.group(2).strip() not in ("localhost", "connected"):
                bad.append("link %s to node %s: %s" % (link, m.group(1), m.group(2).strip()))
        if len(seen) < a["links"]:
            bad.append("%d of %d links configured" % (len(seen), a["links"]))
        if not bad:
            return "unchanged", {"output": out}
        if time.monotonic() > deadline:
            raise Failed("; ".join(bad))
        time.sleep(1)


def http_action(a, journal, dry):
    if dry:
        return "unchanged", {}
    import urllib.request
    deadline = time.monotonic() + a.get("timeout_s", 30)
    while True:
        try:
            with urllib.request.urlopen(a["url"], timeout=5) as r:
                return "unchanged", {"output": "%s: HTTP %d" % (a["url"], r.status)}
        except Exception as e:  # noqa: BLE001 - any failure is the answer
            if time.monotonic() > deadline:
                raise Failed("%s: %s" % (a["url"], e))
            time.sleep(1)


def firewall_action(a, journal, dry):
    kind = firewall()
    if kind == "none":
        return "unchanged", {}
    if kind == "ufw":
        _, out, _ = run(["ufw", "status"])
        have = text(out)
        ports = [p for p in a["ports"] if not re.search(r"^%s\s+ALLOW" % re.escape(p), have, re.M)]
        argv = [["ufw", "allow", p] for p in ports]
    elif kind == "firewalld":
        ports = [p for p in a["ports"] if run(["firewall-cmd", "--query-port=" + p.replace(":", "-")])[0] != 0]
        argv = [["firewall-cmd", "--permanent", "--add-port=" + p.replace(":", "-")] for p in ports]
        argv += [["firewall-cmd", "--add-port=" + p.replace(":", "-")] for p in ports]
    else:
        raise Failed("nftables has rules of its own: open %s in them" % ", ".join(a["ports"]))
    if not argv:
        return "unchanged", {}
    if dry:
        return "would-change", {"commands": [" ".join(x) for x in argv]}
    journal.add(op="firewall", kind=kind, ports=ports)
    for x in argv:
        must(x, x[0])
    return "changed", {"commands": [" ".join(x) for x in argv]}


def undo_firewall(e):
    for p in e["ports"]:  # only the ports HAdesk opened
        if e["kind"] == "ufw":
            must(["ufw", "delete", "allow", p], "ufw delete")
        else:
            must(["firewall-cmd", "--permanent", "--remove-port=" + p.replace(":", "-")], "firewall-cmd")
            run(["firewall-cmd", "--remove-port=" + p.replace(":", "-")])


ACTIONS = {"file": file_action, "service": service_action, "package": package_action, "keygen": keygen_action,
           "state": state_action, "cib": cib_action, "attribute": attribute_action, "wait": wait_action,
           "fence": fence_action, "check": check_action, "links": links_action, "http": http_action,
           "firewall": firewall_action, "sysctl": sysctl_action, "resources": resources_action, "idle": idle_action,
           "cib-delete": cib_delete_action}
UNDO = {"file": undo_file, "service": undo_service, "package": undo_package, "state": undo_state,
        "cib": undo_cib, "attribute": undo_attribute, "firewall": undo_firewall, "sysctl": undo_sysctl}


def undo_entries(entries, whole=False):
    """whole: everything HAdesk did here, the cluster included; what it put in the CIB goes with
    the CIB's files, so it is not taken out piece by piece first."""
    problems = []
    for e in reversed(entries):
        fn = UNDO.get(e.get("op"))
        if not fn or (whole and e.get("op") in ("cib", "attribute")):
            continue
        try:
            fn(e)
            emit(kind="undone", op=e["op"], what=e.get("path") or e.get("unit") or e.get("id") or e.get("op"))
        except (Failed, OSError, KeyError, TypeError, ValueError) as x:
            problems.append(str(x))
            emit(kind="undo-failed", op=e["op"], error=str(x))
    return problems


def apply(request, dry):
    journal = Journal(request["journal"], request["step"], request["cluster"])
    changed = 0
    for i, a in enumerate(request["actions"]):
        try:
            result, extra = ACTIONS[a["op"]](a, journal, dry)
        except Exception as x:  # noqa: BLE001 - any failure: the step's own changes go back
            emit(kind="action", i=i, result="failed", detail=str(x) if isinstance(x, Failed) else "%s: %s" % (type(x).__name__, x))
            problems = undo_entries(journal.made)
            emit(kind="end", result="failed", detail=str(x), undo_problems=problems)
            return 1
        changed += result != "unchanged"
        emit(kind="action", i=i, result=result, **extra)
    if not dry and changed:
        journal.add(op="step-done", digest=request.get("digest", ""))
    emit(kind="end", result="ok", changed=changed)
    return 0


def undo(request):
    journal = Journal(request["journal"], "", "")
    entries = journal.entries()
    if request.get("cluster") and any(e.get("cluster") not in ("", request["cluster"]) for e in entries):
        emit(kind="end", result="failed", detail="the journal is another cluster's")
        return 1
    problems = undo_entries(entries, whole=True)
    if problems:
        emit(kind="end", result="failed", detail="; ".join(problems))
        return 1
    shutil.rmtree(request["journal"], ignore_errors=True)
    emit(kind="end", result="ok", changed=len(entries))
    return 0


def die_with_hadesk():
    """HAdesk gone (its session closed, hadeskctl killed): stop here too, with what this process
    started, rather than go on unwatched beside the next run. The journal says how far it got."""
    p = select.poll()
    p.register(sys.stdout.fileno(), select.POLLERR | select.POLLHUP)
    while True:
        if p.poll(1000):
            os.killpg(0, signal.SIGTERM)  # the session's group: this process and what it started
            os._exit(1)


def hold_lock(folder):
    """One setup run at a time on a node: a second waits a little, then says who holds it."""
    os.makedirs(folder, mode=0o700, exist_ok=True)
    f = open(os.path.join(folder, ".lock"), "a+")
    deadline = time.monotonic() + 30
    while True:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            f.seek(0)
            f.truncate()
            f.write(str(os.getpid()))
            f.flush()
            return f
        except BlockingIOError:
            if time.monotonic() > deadline:
                f.seek(0)
                raise Failed("another HAdesk setup run is working on this node (process %s)" % (f.read().strip() or "?"))
            time.sleep(0.5)


def main():
    threading.Thread(target=die_with_hadesk, daemon=True).start()
    try:
        return serve(json.load(sys.stdin))
    except Exception as x:  # noqa: BLE001 - whatever it is, HAdesk gets an end line saying it
        emit(kind="end", result="failed", detail="the setup agent failed: %s: %s" % (type(x).__name__, x))
        return 1


def serve(request):
    mode = request["mode"]
    if mode not in ("facts", "links", "journal", "undo", "apply", "review"):
        emit(kind="end", result="failed", detail="unknown mode %r" % mode)
        return 1
    if mode == "facts":
        facts(request)
        return 0
    if mode == "links":
        links(request)
        return 0
    if mode == "journal":
        emit(kind="journal", entries=Journal(request["journal"], "", "").entries())
        emit(kind="end", result="ok")
        return 0
    if mode in ("undo", "apply"):
        try:
            lock = hold_lock(request["journal"])  # noqa: F841 - held until the process ends
        except Failed as x:
            emit(kind="end", result="failed", detail=str(x))
            return 1
    if mode == "undo":
        return undo(request)
    return apply(request, mode == "review")


sys.exit(main())
