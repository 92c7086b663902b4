#!/usr/bin/python3
"""The lab's network power switch: one outlet per lab node.

It listens on the host's address on the lab's internal segment and answers one line per
connection: "list", "status NODE", "on NODE", "off NODE". Switching an outlet runs
"labctl power on|off NODE", which does what pulling or restoring a node's power would.
"""

import argparse
import re
import socketserver
import subprocess

NODE = re.compile(r"^node[0-9]+$")


def make_handler(labctl, nodes):
    class Handler(socketserver.StreamRequestHandler):
        def handle(self):
            line = self.rfile.readline(256).decode(errors="replace").split()
            self.wfile.write((answer(line) + "\n").encode())

    def answer(words):
        if words == ["list"]:
            return "OK " + " ".join(nodes)
        if len(words) != 2 or words[0] not in ("on", "off", "status"):
            return "ERR unknown request"
        verb, node = words
        if not NODE.match(node) or node not in nodes:
            return "ERR no such outlet"
        result = subprocess.run([labctl, "power", verb, node], capture_output=True, text=True,
                                timeout=120, check=False)
        if result.returncode != 0:
            return "ERR " + (result.stderr.strip().splitlines() or ["failed"])[-1]
        return "OK " + result.stdout.strip()

    return Handler


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--listen", required=True)
    parser.add_argument("--port", type=int, default=16230)
    parser.add_argument("--labctl", required=True)
    parser.add_argument("--nodes", required=True)
    args = parser.parse_args()
    nodes = args.nodes.split(",")
    with Server((args.listen, args.port), make_handler(args.labctl, nodes)) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
