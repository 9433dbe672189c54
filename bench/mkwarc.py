# Wraps every readability-pages/*/source.html in a WARC request + response pair; with DAMAGE=n, every n-th
# response gets a Content-Length 100 bytes too long (swallowing the start of the next record).
import gzip, os, sys, uuid
src, out, damage = sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0
def rec(typ, uri, ctype, block, err=0):
    head = ("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2025-01-01T00:00:00Z\r\n"
            "WARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n"
            % (typ, uuid.uuid4(), uri, ctype, len(block) + err)).encode()
    return head + block + b"\r\n\r\n"
parts = []
for i, name in enumerate(sorted(os.listdir(src))):
    p = os.path.join(src, name, "source.html")
    if not os.path.isfile(p):
        continue
    uri = "https://pages.example/%s" % name
    page = open(p, "rb").read()
    parts.append(rec("request", uri, "application/http; msgtype=request",
                     ("GET /%s HTTP/1.1\r\nHost: pages.example\r\n\r\n" % name).encode()))
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(page) + page
    parts.append(rec("response", uri, "application/http; msgtype=response", http,
                     100 if damage and (i + 1) % damage == 0 else 0))
data = b"".join(parts)
open(out, "wb").write(gzip.compress(data) if out.endswith(".gz") else data)
