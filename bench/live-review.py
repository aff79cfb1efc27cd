#!/usr/bin/env python3
"""The live review end to end: a partner typing, the whole text sent to POST /api/v1/coach again
every three words, timed at the client over loopback. Start the app first, for both layers:

    TANDEM_COACH_SEMANTIC=true java -jar app/target/tandem.jar --server.port=18082 \\
        --tandem.database.data-dir=/tmp/live-review-db
    python3 bench/live-review.py http://localhost:18082

Signs up a partner of its own (a new e-mail each run), types eight texts four times (each round
begins them with another name and this run's number, so no text repeats, in this run or across
runs against the same server, which keeps recent embeddings; the first round warms up and is
not counted).
"""
import json
import sys
import time
import urllib.request
import uuid

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:18082"
TEXTS = [
    ("need", "I feel worn down because I've done bedtime alone all week. I need you to do bedtime on Tuesday and Thursday."),
    ("need", "You never help with the kids. I need you to do bath time."),
    ("need", "I feel lonely in the evenings since your shifts changed. I need us to have a video call on your break."),
    ("reply", "Yeah, but I already made plans with the guys."),
    ("reply", "It's not my fault you didn't remind me."),
    ("need", "I cooked, cleaned and drove everyone around all week, so I deserve you taking the kids tomorrow."),
    ("reply", "Whatever, do what you like."),
    ("need", "I feel distant and I need you to be more present."),
]


def post(path, body, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    request = urllib.request.Request(BASE + path, data=json.dumps(body).encode(), headers=headers)
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read() or b"null")


def main():
    email = "live-%s@bench.tandem.local" % uuid.uuid4().hex[:8]
    password = "bench-password-together"
    post("/api/v1/partners", {"email": email, "displayName": "Bench", "password": password})
    token = post("/api/v1/tokens", {"email": email, "password": password})["token"]
    run = uuid.uuid4().int % 10000
    for round_, name in enumerate(["Sam", "Robin", "Alex", "Jo"]):
        name = "%s %d" % (name, run)
        millis = []
        for kind, text in TEXTS:
            words = (name + ", " + text).split(" ")
            for end in range(3, len(words) + 3, 3):
                started = time.perf_counter()
                post("/api/v1/coach", {"kind": kind, "text": " ".join(words[:end])}, token)
                millis.append((time.perf_counter() - started) * 1000)
        millis.sort()
        if round_ > 0:
            n = len(millis)
            print("round %d: %d live reviews, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms"
                  % (round_, n, millis[n // 2], millis[int(n * 0.9)], millis[min(n - 1, int(n * 0.99))], millis[-1]))


if __name__ == "__main__":
    main()
