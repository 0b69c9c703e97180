# Generated from generators/python/contract/recording_proxy.py by generators/python. Do not edit: change it there.
"""A loopback proxy for the retry scenario: answers the first N requests with 503 itself, forwards
the rest to the real server, and records every request's headers, so the test sees what each retry
of one call carried."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, Iterator, List

import urllib3


@contextmanager
def recording_proxy(target_base_url: str, fail_first: int) -> Iterator["Recorder"]:
    recorder = Recorder(target_base_url, fail_first)
    server = ThreadingHTTPServer(("127.0.0.1", 0), recorder.handler())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    recorder.base_url = f"http://127.0.0.1:{server.server_address[1]}/api/v3"
    try:
        yield recorder
    finally:
        server.shutdown()
        server.server_close()


class Recorder:
    def __init__(self, target_base_url: str, fail_first: int) -> None:
        self.target_origin = target_base_url.split("/api/v3")[0]
        self.fail_first = fail_first
        self.seen: List[Dict[str, str]] = []
        self.base_url = ""
        self._lock = threading.Lock()

    def handler(self) -> type:
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with recorder._lock:
                    recorder.seen.append(dict(self.headers.items()))
                    failing = len(recorder.seen) <= recorder.fail_first
                if failing:
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                forwarded = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
                answer = urllib3.request("POST", recorder.target_origin + self.path, body=body, headers=forwarded)
                self.send_response(answer.status)
                for name in ("Content-Type", "X-Request-Id", "CognitionOS-Spec-Version"):
                    if name in answer.headers:
                        self.send_header(name, answer.headers[name])
                self.send_header("Content-Length", str(len(answer.data)))
                self.end_headers()
                self.wfile.write(answer.data)

            def log_message(self, format: str, *args: object) -> None:  # keep test output readable
                pass

        return Handler
