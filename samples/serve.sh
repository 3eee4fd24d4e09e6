#!/usr/bin/env bash
# A small local web server for the README's fetch and watch examples, serving the test pages of
# tests/fixtures/fetch from a directory it makes in the current one (.serve/):
#   /business/port          The Harbour Ledger's story (harbour-v1.html; `edit` swaps in v2)
#   /island/ferry-cuts      a page without site metadata (plain-story.html)
#   /feeds/business.rss     a feed linking to both
# Pages carry Last-Modified and answer If-Modified-Since with 304, as news sites do.
#
#   samples/serve.sh start   start it on a free port of 127.0.0.1 and print its base URL
#   samples/serve.sh url     print the base URL
#   samples/serve.sh edit    publish the edited story (a newer Last-Modified)
#   samples/serve.sh stop    stop it and remove .serve/
set -euo pipefail
pages=$(cd -P "$(dirname "$0")/.." && pwd)/tests/fixtures/fetch
root=.serve

case ${1:-} in
start)
    mkdir -p "$root/business" "$root/island" "$root/feeds"
    cp "$pages/harbour-v1.html" "$root/business/port.html"
    cp "$pages/plain-story.html" "$root/island/ferry-cuts.html"
    cp "$pages/feed.rss" "$root/feeds/business.rss"
    python3 - "$root" </dev/null >/dev/null 2>&1 <<'PY' &
import email.utils, http.server, os, sys

root = sys.argv[1]
TYPES = {".html": "text/html; charset=utf-8", ".rss": "application/rss+xml"}

class Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        path = self.path.split("?")[0].strip("/")
        name = path
        for ext in TYPES:
            if name.endswith(ext):
                name = name[: -len(ext)]
        found = [(root + "/" + name + ext, t) for ext, t in TYPES.items()
                 if name and os.path.isfile(root + "/" + name + ext)]
        if not found:
            self.send_error(404)
            return
        file, kind = found[0]
        mtime = int(os.path.getmtime(file))
        since = self.headers.get("If-Modified-Since")
        if since:
            t = email.utils.parsedate_to_datetime(since).timestamp()
            if mtime <= t:
                self.send_response(304)
                self.end_headers()
                return
        body = open(file, "rb").read()
        body = body.replace(b"{{BASE}}", ("http://127.0.0.1:%d" % port).encode())
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", email.utils.formatdate(mtime, usegmt=True))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

server = http.server.HTTPServer(("127.0.0.1", 0), Pages)
port = server.server_address[1]
with open(root + "/url.tmp", "w") as f:
    f.write("http://127.0.0.1:%d\n" % port)
os.rename(root + "/url.tmp", root + "/url")
server.serve_forever()
PY
    echo $! >"$root/pid"
    for _ in $(seq 100); do [ -f "$root/url" ] && break; sleep 0.05; done
    echo "serving the pages of tests/fixtures/fetch at $(cat "$root/url")"
    ;;
url)
    cat "$root/url"
    ;;
edit)
    cp "$pages/harbour-v2.html" "$root/business/port.html"
    # Newer than any Last-Modified already handed out, whatever the clock's second.
    touch -d "@$(($(date +%s) + 5))" "$root/business/port.html"
    ;;
stop)
    kill "$(cat "$root/pid")"
    rm -rf "$root"
    ;;
*)
    echo "usage: samples/serve.sh start|url|edit|stop" >&2
    exit 2
    ;;
esac
