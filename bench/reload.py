#!/usr/bin/env python3
"""Edit-to-reload times of `dateline serve` and `hugo server` on the same corpus, driven the same way.

usage: reload.py CONTENT_DIR [--edits N] [--warmup W] [--pause S] [--tools dateline,hugo] [--work DIR]

Each tool gets a copy of CONTENT_DIR in WORK and its own server, started one after the other and
then left running side by side. The edits alternate between the tools: one edit to one tool, a
pause, one edit to the next, and so on, so that a change in the machine's load (others share its
CPU) falls on every tool alike. An edit appends a sentence with a word found nowhere else to the
body of one article (a different article each time, the same articles for every tool), written in
place as most editors save. Before the edit the article's page has been fetched (as an open
browser tab has), and a client is connected to the tool's reload channel. Three times are taken
from the moment before the write:

  signal  until the reload message reaches the client: Dateline's Server-Sent Event at
          /__dateline/events, Hugo's livereload message on its websocket at /livereload;
  page    until a GET of the page, sent as soon as the signal came (what the browser then does),
          has returned it; a page without the new word is counted as stale;
  poll    until a GET of the page, repeated every POLL_MS from the write on, returns the new word:
          the measure that needs nothing of either tool but HTTP.

Beside them, CPU/edit: the user and system CPU time the server's process used from one edit's
write to its next (the rebuild, whatever it does after the reload, and answering the polls), median.

The first W edits of each tool (default 1) are left out of the medians and printed apart: the
first edit after a start is slower in both (Java compiles the rebuild's code; Go's caches fill).

Tools: dateline (the default theme, as `dateline serve` in a project with only content/),
dateline-minimal (bench/minimal with bench/minimal.yml, the pages the Hugo theme has), hugo
(`hugo server` as a Hugo user gets it: rendering to memory, fast render mode on), hugo-full
(`hugo server --disableFastRender`: every page rendered again at each change, as Dateline's
rebuild keeps every page right); dateline+OPTIONS (and dateline-minimal+OPTIONS): Dateline with
OPTIONS added to DATELINE_JAVA_OPTS, and dateline@JAR (Dateline from another dateline.jar), to
compare JVM settings or versions side by side. Needs Python 3's standard library only.
Environment: DATELINE (the launcher, default bin/dateline beside this folder), DATELINE_SERVE_OPTS (more
options for `dateline serve`, e.g. --timings, shown with --keep-logs), HUGO (default hugo).
Prints a table, and with --json FILE also writes the figures there.
"""
import argparse, base64, http.client, json, os, queue, random, shutil, socket, string, struct
import subprocess, sys, threading, time

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(HERE)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path, timeout=10):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Cache-Control": "no-cache"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


class Server:
    """One tool's server: its process, its copy of the content, its reload listener."""

    def __init__(self, name, work, content):
        self.name = name
        self.dir = os.path.join(work, name)
        shutil.rmtree(self.dir, ignore_errors=True)
        os.makedirs(self.dir)
        self.content = os.path.join(self.dir, "content")
        shutil.copytree(content, self.content)
        self.port = free_port()
        self.log = []
        self.signals = queue.Queue()
        self.page = None  # the page the listener fetches when a signal comes
        self.word = None
        self.cpu_used = []  # CPU ms from one edit's start to the next's (or the end): what each edit cost
        self.cpu_at = None

    def mark_cpu(self):
        now = self.cpu()
        if self.cpu_at is not None and now is not None:
            self.cpu_used.append(now - self.cpu_at)
        self.cpu_at = now

    def command(self):
        raise NotImplementedError

    def ready_line(self):
        raise NotImplementedError

    def start(self, timeout=900):
        started = time.perf_counter()
        self.process = subprocess.Popen(self.command(), cwd=self.dir, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True, bufsize=1)
        ready = threading.Event()

        def pump():
            for line in self.process.stdout:
                self.log.append(line.rstrip("\n"))
                if self.ready_line() in line:
                    ready.set()
            ready.set()

        threading.Thread(target=pump, daemon=True).start()
        if not ready.wait(timeout) or self.process.poll() is not None:
            self.stop()
            raise SystemExit(f"reload: {self.name} did not start:\n" + "\n".join(self.log[-30:]))
        self.startup = time.perf_counter() - started
        threading.Thread(target=self.listen, daemon=True).start()
        time.sleep(0.5)  # the listener connects

    def on_signal(self):
        at = time.perf_counter()
        page, fresh = None, False
        if self.page is not None:
            try:
                status, body = get(self.port, self.page)
                page, fresh = time.perf_counter(), status == 200 and self.word.encode() in body
            except OSError:
                pass
        self.signals.put((at, page, fresh))

    def cpu(self):
        """User and system CPU the server's process has used so far, in ms (Linux' /proc)."""
        try:
            with open(f"/proc/{self.process.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            return None

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Dateline(Server):
    def __init__(self, name, work, content, minimal, java_opts="", jar=""):
        super().__init__(name, work, content)
        self.minimal = minimal
        self.env = {}
        if java_opts:
            self.env["DATELINE_JAVA_OPTS"] = (os.environ.get("DATELINE_JAVA_OPTS", "") + " " + java_opts).strip()
        if jar:
            self.env["DATELINE_JAR"] = jar

    def start(self, timeout=900):
        saved = {key: os.environ.get(key) for key in self.env}
        os.environ.update(self.env)
        try:
            super().start(timeout)
        finally:
            for key, value in saved.items():
                os.environ.pop(key) if value is None else os.environ.update({key: value})

    def command(self):
        launcher = os.environ.get("DATELINE", os.path.join(PROJECT, "bin", "dateline"))
        args = [launcher, "serve", "--port", str(self.port)]
        if self.minimal:
            args += ["--templates", os.path.join(HERE, "minimal"), "--config", os.path.join(HERE, "minimal.yml")]
        return args + os.environ.get("DATELINE_SERVE_OPTS", "").split()

    def ready_line(self):
        return "Serving http://"

    def listen(self):
        """Server-Sent Events: a line 'event: reload' starts each reload message."""
        sock = socket.create_connection(("127.0.0.1", self.port))
        sock.sendall(b"GET /__dateline/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        stream = sock.makefile("rb")
        for line in stream:
            if line.strip() == b"event: reload":
                self.on_signal()


class Hugo(Server):
    def __init__(self, name, work, content, fast):
        super().__init__(name, work, content)
        self.fast = fast

    def command(self):
        args = [os.environ.get("HUGO", "hugo"), "server", "--source", os.path.join(HERE, "hugo"),
                "--contentDir", self.content, "--port", str(self.port), "--bind", "127.0.0.1",
                "--baseURL", "http://127.0.0.1/", "--noBuildLock", "--cacheDir", os.path.join(self.dir, "cache")]
        if not self.fast:
            args.append("--disableFastRender")
        return args

    def ready_line(self):
        return "Web Server is available at"

    def listen(self):
        """Hugo's livereload: a websocket at /livereload speaking the LiveReload protocol (JSON messages)."""
        sock = socket.create_connection(("127.0.0.1", self.port))
        key = base64.b64encode(os.urandom(16)).decode()
        sock.sendall((f"GET /livereload HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\nUpgrade: websocket\r\n"
                      f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        stream = sock.makefile("rb")
        status = stream.readline()
        if b" 101 " not in status:
            raise SystemExit(f"reload: Hugo's livereload answered {status!r}")
        while stream.readline() not in (b"\r\n", b""):
            pass
        send_text(sock, json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
        while True:
            opcode, payload = read_frame(stream)
            if opcode is None or opcode == 8:
                return
            if opcode == 9:  # ping: answer as a browser does
                send_frame(sock, 10, payload)
            elif opcode == 1 and json.loads(payload).get("command") == "reload":
                self.on_signal()


def send_text(sock, text):
    send_frame(sock, 1, text.encode())


def send_frame(sock, opcode, payload):
    """A client's frames are masked (RFC 6455, 5.3)."""
    mask = os.urandom(4)
    header = bytes([0x80 | opcode])
    n = len(payload)
    if n < 126:
        header += bytes([0x80 | n])
    elif n < 65536:
        header += bytes([0x80 | 126]) + struct.pack(">H", n)
    else:
        header += bytes([0x80 | 127]) + struct.pack(">Q", n)
    sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))


def read_frame(stream):
    head = stream.read(2)
    if len(head) < 2:
        return None, b""
    opcode, n = head[0] & 0x0F, head[1] & 0x7F
    if n == 126:
        n = struct.unpack(">H", stream.read(2))[0]
    elif n == 127:
        n = struct.unpack(">Q", stream.read(8))[0]
    mask = stream.read(4) if head[1] & 0x80 else None
    payload = stream.read(n)
    if mask:
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return opcode, payload


def articles(content, count, seed=22):
    """`count` articles spread over the corpus, the same for every tool: (relative path, page URL)."""
    found = []
    for root, _, files in os.walk(content):
        for name in files:
            if name.endswith(".md") and not name.startswith("_"):
                found.append(os.path.relpath(os.path.join(root, name), content))
    found.sort()
    picked = random.Random(seed).sample(found, min(count, len(found)))
    return [(path, "/" + path[:-3].replace(os.sep, "/") + "/") for path in picked]


def unique_word(rnd):
    return "Reloadmark" + "".join(rnd.choice(string.ascii_lowercase) for _ in range(10))


def edit(server, path, url, word, poll_ms, timeout):
    """One edit; returns (signal, page, poll) in ms (None where not seen) and whether the page came stale.
    The server's CPU time since its last edit began is put in server.cpu_used[-1] as this one starts."""
    status, _ = get(server.port, url)
    if status != 200:
        raise SystemExit(f"reload: {server.name} serves {url} with status {status}; the corpus' URLs are not as expected")
    while not server.signals.empty():  # a late message of an earlier edit
        server.signals.get_nowait()
    server.page, server.word = url, word
    file = os.path.join(server.content, path)
    with open(file, encoding="utf-8") as f:
        text = f.read()
    text = text.rstrip("\n") + f" This sentence adds the word {word}.\n"
    server.mark_cpu()
    start = time.perf_counter()
    with open(file, "w", encoding="utf-8") as f:
        f.write(text)
    polled = None
    while time.perf_counter() - start < timeout:
        try:
            status, body = get(server.port, url)
            if status == 200 and word.encode() in body:
                polled = time.perf_counter()
                break
        except OSError:
            pass
        time.sleep(poll_ms / 1000)
    try:
        signal, page, fresh = server.signals.get(timeout=max(0.1, timeout - (time.perf_counter() - start)))
    except queue.Empty:
        signal, page, fresh = None, None, False
    ms = lambda t: None if t is None else (t - start) * 1000
    return ms(signal), ms(page), ms(polled), signal is not None and not fresh


def percentile(values, p):
    values = sorted(v for v in values if v is not None)
    if not values:
        return None
    rank = max(1, -(-len(values) * p // 100))  # nearest rank
    return values[int(rank) - 1]


def median(values):
    values = sorted(v for v in values if v is not None)
    if not values:
        return None
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("content")
    parser.add_argument("--edits", type=int, default=10, help="measured edits per tool (default 10)")
    parser.add_argument("--warmup", type=int, default=1, help="edits per tool left out first (default 1)")
    parser.add_argument("--pause", type=float, default=1.0, help="seconds between edits (default 1)")
    parser.add_argument("--poll-ms", type=float, default=5, help="poll interval, ms (default 5)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds to wait for one edit (default 60)")
    parser.add_argument("--tools", default="dateline,hugo")
    parser.add_argument("--work", default="/dev/shm/dateline-bench/reload")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--keep-logs", action="store_true", help="print each server's output at the end")
    args = parser.parse_args()

    makers = {"dateline": lambda: Dateline("dateline", args.work, args.content, False),
              "dateline-minimal": lambda: Dateline("dateline-minimal", args.work, args.content, True),
              "hugo": lambda: Hugo("hugo", args.work, args.content, True),
              "hugo-full": lambda: Hugo("hugo-full", args.work, args.content, False)}
    names = [t.strip() for t in args.tools.split(",") if t.strip()]
    for name in names:  # dateline+OPTIONS, dateline@JAR: to compare JVM settings or jars side by side
        base = name.split("+")[0].split("@")[0]
        if name != base and base in ("dateline", "dateline-minimal"):
            opts = name.split("+", 1)[1] if "+" in name else ""
            jar = name.split("@", 1)[1].split("+")[0] if "@" in name else ""
            makers[name] = (lambda n, b, o, j: lambda: Dateline(n.replace(" ", "_").replace("/", "_"), args.work,
                                                                args.content, b == "dateline-minimal", o, j))(
                name, base, opts, jar)
    unknown = [n for n in names if n not in makers]
    if unknown:
        raise SystemExit(f"reload: unknown tool {unknown[0]}; known: {', '.join(makers)}")
    servers = []
    try:
        for name in names:
            server = makers[name]()
            server.start()
            print(f"{name}: ready in {server.startup:.1f} s on port {server.port}", file=sys.stderr)
            servers.append(server)
        picked = articles(args.content, args.warmup + args.edits)
        rnd = random.Random(7)
        results = {s.name: [] for s in servers}
        for i, (path, url) in enumerate(picked):
            for server in servers:
                row = edit(server, path, url, unique_word(rnd), args.poll_ms, args.timeout)
                results[server.name].append(row)
                print(f"{server.name} edit {i + 1}: signal {fmt(row[0])} page {fmt(row[1])} poll {fmt(row[2])} ms"
                      + (" STALE" if row[3] else ""), file=sys.stderr)
                time.sleep(args.pause)
        for server in servers:
            server.mark_cpu()
    finally:
        for server in servers:
            server.stop()
        if args.keep_logs:
            for server in servers:
                print(f"--- {server.name}\n" + "\n".join(server.log), file=sys.stderr)

    figures = {}
    for server in servers:
        rows = results[server.name]
        kept = rows[args.warmup:]
        figures[server.name] = {
            "startup_s": round(server.startup, 2),
            "first_ms": [rows[0][0], rows[0][1], rows[0][2]] if rows else None,
            "edits": len(kept),
            "stale": sum(1 for r in kept if r[3]),
            "cpu_median": median(server.cpu_used[args.warmup:]),
            **{f"{key}_{stat}": fn([r[k] for r in kept])
               for k, key in enumerate(("signal", "page", "poll"))
               for stat, fn in (("median", median), ("p90", lambda v: percentile(v, 90)))},
        }
    print(f"Edit to reload, {len(picked) - args.warmup} edits per tool after {args.warmup} left out, ms "
          f"(median / p90; poll every {args.poll_ms:g} ms):")
    print(f"{'tool':<18} {'signal':>15} {'page':>15} {'poll':>15} {'stale':>6} {'CPU/edit':>9} {'first edit':>11} {'ready s':>8}")
    for name, f in figures.items():
        print(f"{name:<18} {pair(f, 'signal'):>15} {pair(f, 'page'):>15} {pair(f, 'poll'):>15} {f['stale']:>6} "
              f"{fmt(f['cpu_median']):>9} {fmt(f['first_ms'][1] if f['first_ms'] else None):>11} {f['startup_s']:>8.1f}")
    base = next((n for n in ("hugo", "hugo-full") if n in figures), None)
    if base:
        for name, f in figures.items():
            if name.startswith("dateline"):
                for key in ("signal", "page", "poll"):
                    a, b = f[f"{key}_median"], figures[base][f"{key}_median"]
                    if a is not None and b:
                        f[f"{key}_vs_{base}"] = round(a / b, 2)
                print(f"{name} / {base}, medians: signal {f.get(f'signal_vs_{base}', '-')}, "
                      f"page {f.get(f'page_vs_{base}', '-')}, poll {f.get(f'poll_vs_{base}', '-')}")
    if args.json:
        with open(args.json, "w") as out:
            json.dump(figures, out, indent=1)


def fmt(v):
    return "-" if v is None else f"{v:.0f}"


def pair(f, key):
    return f"{fmt(f[key + '_median'])} / {fmt(f[key + '_p90'])}"


if __name__ == "__main__":
    main()
