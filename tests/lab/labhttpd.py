#!/usr/bin/python3
"""A small real HTTP service for the lab, run by Pacemaker (ocf:heartbeat:anything).

GET /health answers "ok"; any other path answers a JSON line naming the service and the node
that served it, so a client can tell which node it reached and when a failover happened.
"""

import argparse
import json
import socket
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def make_handler(service):
    node = socket.gethostname()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            if self.path == "/health":
                body = b"ok\n"
                kind = "text/plain"
            else:
                body = (json.dumps({"service": service, "node": node, "time": time.time()}) +
                        "\n").encode()
                kind = "application/json"
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--service", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--bind", default="0.0.0.0")
    args = parser.parse_args()
    server = ThreadingHTTPServer((args.bind, args.port), make_handler(args.service))
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
