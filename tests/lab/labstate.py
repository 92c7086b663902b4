#!/usr/bin/python3
"""Reads `crm_mon --output-as=xml` on stdin and answers questions about it.

  labstate.py settled NODES   exit 0 when there is a DC with quorum, NODES nodes are online and
                              every resource is active with none failed or pending
  labstate.py where RESOURCE  print the nodes a resource (or any instance of a clone) is active on
  labstate.py online          print the online nodes
"""

import sys
import xml.etree.ElementTree as ET


def online_nodes(root):
    return [n.get("name") for n in root.iterfind("./nodes/node") if n.get("online") == "true"]


def primitives(root):
    return list(root.iterfind("./resources//resource"))


def unsettled_reasons(root, want_nodes):
    reasons = []
    dc = root.find("./summary/current_dc")
    if dc is None or dc.get("present") != "true":
        reasons.append("no DC")
    elif dc.get("with_quorum") != "true":
        reasons.append("no quorum")
    online = online_nodes(root)
    if len(online) < want_nodes:
        reasons.append(f"{len(online)}/{want_nodes} nodes online")
    for node in root.iterfind("./nodes/node"):
        if node.get("pending") == "true" or node.get("unclean") == "true":
            reasons.append(f"node {node.get('name')} pending or unclean")
    resources = primitives(root)
    if not resources:
        reasons.append("no resources configured")
    for rsc in resources:
        if rsc.get("active") != "true" or rsc.get("failed") == "true" or rsc.get("role") != "Started":
            reasons.append(f"{rsc.get('id')} is {rsc.get('role')}")
    if root.find("./failures/failure") is not None:
        reasons.append("failed actions recorded")
    return reasons


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        root = ET.fromstring(sys.stdin.read())
    except ET.ParseError as err:
        print(f"labstate: crm_mon output is not XML: {err}", file=sys.stderr)
        return 2
    verb = sys.argv[1]
    if verb == "settled" and len(sys.argv) == 3:
        reasons = unsettled_reasons(root, int(sys.argv[2]))
        if reasons:
            print("; ".join(reasons))
            return 1
        return 0
    if verb == "where" and len(sys.argv) == 3:
        wanted = sys.argv[2]
        nodes = []
        for rsc in primitives(root):
            if rsc.get("id").split(":")[0] == wanted and rsc.get("active") == "true":
                nodes.extend(n.get("name") for n in rsc.iterfind("node"))
        for clone in root.iterfind("./resources/clone"):
            if clone.get("id") == wanted:
                nodes.extend(n.get("name") for r in clone.iterfind(".//resource")
                             if r.get("active") == "true" for n in r.iterfind("node"))
        print("\n".join(sorted(set(nodes))))
        return 0 if nodes else 1
    if verb == "online":
        print("\n".join(online_nodes(root)))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
