#!/usr/bin/env python3
"""TEST STAND-IN for the LearnFlow gateway: answers /health, /api/auth/login and /api/curriculum
like the real one (8 modules x 3 topics, demo user maya@learnflow.dev / learnflow), so the smoke
test and verify-all.sh run without a cluster. Prints its port on stdout, then serves until killed.
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOKEN = "stub-token"
CURRICULUM = {
    "modules": [
        {"id": m, "slug": f"m{m}", "title": f"Module {m}", "order": m,
         "topics": [{"id": m * 10 + t, "slug": f"t{m}{t}", "title": f"Topic {m}.{t}", "order": t} for t in range(1, 4)]}
        for m in range(1, 9)
    ]
}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/health":
            return self.reply(200, {"status": "ok"})
        if self.path == "/api/curriculum":
            if self.headers.get("authorization") != f"Bearer {TOKEN}":
                return self.reply(401, {"error": {"code": "UNAUTHENTICATED", "message": "no token"}})
            return self.reply(200, CURRICULUM)
        return self.reply(404, {"error": {"code": "NOT_FOUND", "message": self.path}})

    def do_POST(self):
        length = int(self.headers.get("content-length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        if self.path == "/api/auth/login":
            if body.get("email") == "maya@learnflow.dev" and body.get("password") == "learnflow":
                return self.reply(200, {"token": TOKEN, "user": {"email": body["email"], "role": "student"}})
            return self.reply(401, {"error": {"code": "INVALID_CREDENTIALS", "message": "Wrong email or password."}})
        return self.reply(404, {"error": {"code": "NOT_FOUND", "message": self.path}})


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    sys.exit(0)
