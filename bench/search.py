"""Search benchmark: indexing rate, server-side query latency, SQLite FTS5 (trigram) as the peer, and an HTTP load.

    python -m bench.search [--docs 100000] [--processes 2] [--http-seconds 10] [--no-http]

Corpus: the demo graph (indexed through SearchIndex.sync, with facets and context), the Chinese accident texts of
../shared/data/cn-hazmat-cases/cases.json cut into paragraphs, and generated variants of both (place, enterprise,
year and serial changed) up to --docs documents. Queries: the labelled set (tests/fixtures/search_queries.yaml)
plus a few facet-filtered ones. The same documents and queries go into SQLite FTS5 with the trigram tokenizer
(queries of fewer than three characters fall back to LIKE, which is what trigram offers for them).

The HTTP runs serve, from waitress (127.0.0.1, an ephemeral port, pinned to 2 cores with taskset when available),
first the search blueprint alone in pre-forked processes, a socket each on the one port (what the index can serve),
then the whole application (create_app over the bench's LadybugDB graph, served by webui.serving in the shape
`run.py serve` starts: one process per core, the first owning the embedded store and the others reaching it through
kb.remote; --app-workers and --app-threads change it) with a viewer signed in through the login form, and load them
with wrk (installed with apt-get if missing) or, failing that, a threaded Python client; it is bounded by
--http-seconds. Its URLs (--distinct of them, see query_mix) are the labelled queries and words of the names of
random indexed items: with the result cache off each is asked once in turn, with the cache on they are drawn with
Zipf popularity and the expected hit rate is printed. The server's CPU time per request is printed beside the rate.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import ontology
from bench.search_quality import load_queries
from kb import Settings, open_store
from kb.demo import load_demo
from kb.search import IndexDoc, SearchIndex

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared" / "data" / "cn-hazmat-cases" / "cases.json"
PLACES = ["澄州", "临江", "东川", "北河", "南屿", "西岭", "安平", "清源", "海门", "云阳", "金沙", "石桥"]
INDUSTRIES = ["化工", "石化", "钢铁", "矿山", "有色", "建材"]
FILTERED = [("泄漏", "EmergencyPlan"), ("爆炸", "Case"), ("中毒", "Hazard"), ("储罐", "Equipment")]
TARGETS = {"index_rate": 5000.0, "p95_ms": 30.0, "rps": 300.0, "http_p95_ms": 100.0}


def flag(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def cpu_seconds() -> float:
    """CPU time of this process, its threads and its reaped children (the segmentation pool)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s)) - 1))]


# --- corpus ---------------------------------------------------------------------------------------------


def demo_docs(index: SearchIndex, workdir: Path) -> tuple[list[IndexDoc], float]:
    """Load the demo graph, sync it into `index` (timed), and return its documents for the variants."""
    onto = index.onto
    store = open_store(Settings(backend="ladybug", data_dir=workdir / "graph"))
    store.apply_schema(onto)
    load_demo(store, onto)
    t = time.perf_counter()
    n = index.sync(store)
    sync_s = time.perf_counter() - t
    docs: list[IndexDoc] = []
    for type_name in onto.nodes:
        rows = [{k: v for k, v in r["n"].items() if not k.startswith("_")}
                for r in store.read(f"MATCH (n:`{type_name}`) RETURN n")]
        if not rows:
            continue
        uids = [r["uid"] for r in rows]
        facets = index.facets_for(store, type_name, uids)
        ctx = index.context_for(store, type_name, uids)
        for r in rows:
            d = index.make_doc(type_name, r, facets.get(r["uid"]))
            d.context = ctx.get(r["uid"], "")
            docs.append(d)
    store.close()
    print(f"demo: {n} nodes synced from the graph in {sync_s:.2f} s ({n / sync_s:,.0f} docs/s incl. graph reads)")
    return docs, sync_s


def case_docs() -> list[IndexDoc]:
    """Paragraphs of the shared Chinese accident reports, as case documents."""
    if not CASES.exists():
        print(f"note: {CASES} not found; no shared case texts in the corpus")
        return []
    out: list[IndexDoc] = []
    for i, c in enumerate(json.loads(CASES.read_text(encoding="utf-8"))):
        title = str(c.get("标题") or f"案例{i}")
        year = (re.search(r"(19|20)\d\d", str(c.get("正文", ""))) or re.search("", "")).group(0)  # type: ignore[union-attr]
        paras = [p.strip() for p in re.split(r"\n+", str(c.get("正文", ""))) if len(p.strip()) >= 20]
        for j, p in enumerate(paras):
            out.append(IndexDoc("Case", f"HZC-{i:03d}-{j:03d}", title, p[:600], [f"HZC-{i:03d}-{j:03d}"], "",
                                {"year": [year] if year else [], "industry": ["化工"]}))
    return out


def variants(base: list[IndexDoc], n: int, seed: int = 7) -> list[IndexDoc]:
    """n documents made from `base` with the place, year, industry and serials changed."""
    rnd = random.Random(seed)
    out: list[IndexDoc] = []
    for i in range(n):
        b = base[i % len(base)]
        place = PLACES[rnd.randrange(len(PLACES))]
        year = str(rnd.randrange(2005, 2025))

        def vary(text: str, place: str = place, year: str = year) -> str:
            return re.sub(r"(19|20)\d\d年", year + "年", text.replace("江海", place).replace("天津", place))

        facets = {k: list(v) for k, v in b.facets.items()}
        if "year" in facets:
            facets["year"] = [year]
        if "industry" in facets:
            facets["industry"] = [INDUSTRIES[rnd.randrange(len(INDUSTRIES))]]
        if "enterprise" in facets:
            facets["enterprise"] = [vary(e) for e in facets["enterprise"]]
        uid = f"{b.uid}~V{i}"
        out.append(IndexDoc(b.type, uid, vary(b.title), vary(b.body), [uid], b.english, facets, "", vary(b.context)))
    return out


# --- SQLite FTS5 peer -----------------------------------------------------------------------------------


def fts5_build(docs: list[IndexDoc], path: Path) -> tuple[sqlite3.Connection, float]:
    con = sqlite3.connect(path, check_same_thread=False)
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, type UNINDEXED, title, body, tokenize='trigram')")
    t = time.perf_counter()
    with con:
        con.executemany("INSERT INTO docs(id, type, title, body) VALUES (?, ?, ?, ?)",
                        ((f"{d.type}:{d.uid}", d.type, d.title, d.body + "\n" + d.context) for d in docs))
        con.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    return con, time.perf_counter() - t


def fts5_search(con: sqlite3.Connection, q: str, type_filter: str = "") -> tuple[int, list[tuple[str, str]]]:
    words = [w for w in re.split(r"\s+", q.strip()) if w]
    extra, params = ("AND type = ?", [type_filter]) if type_filter else ("", [])
    if words and all(len(w) >= 3 for w in words):
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        where, wp = "docs MATCH ?", [match]
    else:  # trigram cannot MATCH fewer than three characters: LIKE is its answer for those
        where = " AND ".join("(title LIKE ? OR body LIKE ?)" for _ in words) or "1"
        wp = [x for w in words for x in (f"%{w}%", f"%{w}%")]
    total = con.execute(f"SELECT count(*) FROM docs WHERE {where} {extra}", wp + params).fetchone()[0]
    rows = con.execute(f"SELECT id, snippet(docs, 3, '<mark>', '</mark>', '…', 16) FROM docs WHERE {where} {extra} "
                       "ORDER BY rank LIMIT 10", wp + params).fetchall()
    return int(total), rows


# --- HTTP -----------------------------------------------------------------------------------------------

SERVER = textwrap.dedent("""
    import logging, os, socket, sys, waitress
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    from pathlib import Path
    from flask import Flask
    from jinja2 import DictLoader
    import ontology
    from kb.search import SearchIndex
    from webui.search import bp
    index_dir, root, port, threads, cache, workers = sys.argv[1:7]
    root = Path(root)
    from webui.serving import listening_sockets
    socks = listening_sockets("127.0.0.1", int(port), int(workers))  # one per process, as run.py serve does
    sock = socks[0]
    for i in range(1, int(workers)):  # pre-fork
        if os.fork() == 0:
            sock = socks[i]
            break
    app = Flask("bench")
    app.jinja_loader = DictLoader({
        "base.html": "<!doctype html><html><body><main>{% block main %}{% endblock %}</main></body></html>",
        "search.html": (root / "webui" / "templates" / "search.html").read_text(encoding="utf-8")})
    onto = ontology.load()
    app.extensions["anzhi"] = {"search": SearchIndex(Path(index_dir), onto, cache_size=int(cache)), "onto": onto}
    app.register_blueprint(bp)
    # The page's template helpers (the real app's entity blueprint is not mounted here: a plain link instead).
    from urllib.parse import quote
    from webui.i18n import t
    app.jinja_env.globals.update(t=t, entity_url=lambda ty, uid: f"/entity/{ty}/{quote(uid)}")
    app.extensions["anzhi"]["search"].search("预热")
    waitress.serve(app, sockets=[sock], threads=int(threads), _quiet=True)
""")

FULL_SERVER = textwrap.dedent("""
    import logging, sys
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    from pathlib import Path
    from kb import Settings
    from webui.serving import serve
    from webui.users import UserStore
    index_dir, graph_dir, port, workers, threads, cache, password, tmp_dir = sys.argv[1:9]
    tmp = Path(tmp_dir)
    UserStore(tmp / "users.db").add("bench", password, ["viewer"])
    serve(Settings(backend="ladybug", data_dir=Path(graph_dir)), host="127.0.0.1", port=int(port),
          workers=int(workers) or None, threads=int(threads) or None, prepare=lambda store: None,
          DATA_DIR=str(tmp), USERS_DB=str(tmp / "users.db"), SEARCH_DIR=index_dir, SEARCH_CACHE=int(cache))
""")


def sign_in(base: str, password: str) -> str:
    """Log in as the bench's viewer through the login form; the session cookie to send ("name=value")."""
    import http.cookies

    def cookies_of(resp: Any) -> dict[str, str]:
        jar = http.cookies.SimpleCookie()
        for h in resp.headers.get_all("Set-Cookie") or []:
            jar.load(h)
        return {k: m.value for k, m in jar.items()}

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a: Any, **k: Any) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    with opener.open(base + "/login", timeout=30) as r:
        jar = cookies_of(r)
        token = re.search(r'name="csrf_token" value="([^"]+)"', r.read().decode())
    assert token, "no CSRF token on /login"
    body = urllib.parse.urlencode({"username": "bench", "password": password, "csrf_token": token.group(1)}).encode()
    req = urllib.request.Request(base + "/login", data=body,
                                 headers={"Cookie": "; ".join(f"{k}={v}" for k, v in jar.items())})
    try:
        opener.open(req, timeout=30)
        raise RuntimeError("login did not redirect")
    except urllib.error.HTTPError as e:  # the 302 to the home page, with the signed-in session
        if e.code != 302:
            raise
        jar.update(cookies_of(e))
    return "; ".join(f"{k}={v}" for k, v in jar.items())


WRK_LUA = textwrap.dedent("""
    local paths = {}
    for line in io.lines(os.getenv("ANZHI_PATHS")) do paths[#paths + 1] = line end
    local i = 0
    request = function()
      i = i + 1
      return wrk.format("GET", paths[(i % #paths) + 1])
    end
    done = function(summary, latency, requests)
      io.write(string.format("JSON {\\"requests\\": %d, \\"seconds\\": %f, \\"p50_us\\": %d, \\"p95_us\\": %d, "
        .. "\\"p99_us\\": %d, \\"errors\\": %d, \\"non2xx\\": %d}\\n", summary.requests, summary.duration / 1e6,
        latency:percentile(50), latency:percentile(95), latency:percentile(99),
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
        summary.errors.status))
    end
""")


def ensure_wrk() -> str | None:
    found = shutil.which("wrk")
    if found:
        return found
    cmd = ["apt-get", "install", "-y", "wrk"]
    if os.geteuid() != 0 and shutil.which("sudo"):
        cmd = ["sudo", "-n", *cmd]
    try:
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    except (OSError, subprocess.SubprocessError) as e:
        print(f"note: could not install wrk ({e}); using the threaded Python client")
        return None
    return shutil.which("wrk")


def group_cpu_seconds(pgid: int) -> float:
    """CPU time (user + system) of the live processes in process group `pgid`, from /proc (0 elsewhere)."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # fields after the name: state ppid pgrp … utime(12) stime(13)
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def cpus_for_server() -> list[int]:
    """The two cores the servers are pinned to (taskset), when the system can say."""
    return sorted(os.sched_getaffinity(0))[:2] if hasattr(os, "sched_getaffinity") else []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def python_load(base: str, paths: list[str], seconds: float, conns: int, cookie: str = "") -> dict[str, float]:
    lat: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds
    lock = threading.Lock()

    def worker(k: int) -> None:
        nonlocal errors
        i = k
        while time.perf_counter() < stop:
            t = time.perf_counter()
            try:
                req = urllib.request.Request(base + paths[i % len(paths)], headers={"Cookie": cookie} if cookie else {})
                with urllib.request.urlopen(req, timeout=10) as r:
                    r.read()
                ok = True
            except OSError:
                ok = False
            with lock:
                lat.append(time.perf_counter() - t)
                errors += 0 if ok else 1
            i += conns

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(conns)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    took = time.perf_counter() - t0
    return {"requests": len(lat), "seconds": took, "p50_us": pct(lat, 50) * 1e6, "p95_us": pct(lat, 95) * 1e6,
            "errors": errors, "non2xx": 0}


def http_run(index_path: Path, paths: list[str], seconds: float, conns: int, *, cache: int = 512, workers: int = 1,
             threads: int = 6, full_app: bool = False) -> dict[str, float] | None:
    """One HTTP load run. `full_app`: the real application (create_app: login, session, user lookup, the whole
    page) over the bench's LadybugDB graph, served by webui.serving as `run.py serve` runs it (`workers` processes
    x `threads` threads, 0 for its defaults), with a signed-in viewer; otherwise the search blueprint alone in
    `workers` pre-forked processes (what the index itself can serve)."""
    port = free_port()
    cpus = cpus_for_server()
    password = "bench-" + os.urandom(6).hex()
    app_dir = Path(tempfile.mkdtemp(prefix="anzhi-bench-app-"))  # the app's users and secret key; removed below
    if full_app:
        cmd = [sys.executable, "-c", FULL_SERVER, str(index_path), str(index_path.parent / "graph"), str(port),
               str(workers), str(threads), str(cache), password, str(app_dir)]
    else:
        cmd = [sys.executable, "-c", SERVER, str(index_path), str(ROOT), str(port), str(threads), str(cache),
               str(workers)]
    if cpus and shutil.which("taskset"):
        cmd = ["taskset", "-c", ",".join(map(str, cpus)), *cmd]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(cmd, env=env, cwd=ROOT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        probe = "/login" if full_app else "/search?q=%E6%B6%B2%E6%B0%AF"
        for _ in range(300):
            try:
                urllib.request.urlopen(base + probe, timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            print("HTTP: the server did not start")
            return None
        cookie = sign_in(base, password) if full_app else ""
        if full_app:  # the first search loads the index and the dictionaries: not part of the run
            req = urllib.request.Request(base + "/search?q=%E6%B6%B2%E6%B0%AF", headers={"Cookie": cookie})
            with urllib.request.urlopen(req, timeout=60) as r:
                r.read()
                if not urllib.parse.urlsplit(r.geturl()).path.endswith("/search"):
                    print("HTTP (full app): the bench's viewer was not let in")
                    return None
        wrk = ensure_wrk()
        cpu0 = group_cpu_seconds(server.pid)
        if wrk:
            with tempfile.TemporaryDirectory() as tmp:
                lua, plist = Path(tmp) / "paths.lua", Path(tmp) / "paths.txt"
                lua.write_text(WRK_LUA, encoding="utf-8")
                plist.write_text("\n".join(paths) + "\n", encoding="utf-8")
                header = ["-H", f"Cookie: {cookie}"] if cookie else []
                out = subprocess.run([wrk, "-t1", f"-c{conns}", f"-d{int(seconds)}s", "--timeout", "5s", "-s", str(lua),
                                      *header, base], capture_output=True, text=True, timeout=seconds + 60,
                                     env={**os.environ, "ANZHI_PATHS": str(plist)})
            line = next((ln for ln in out.stdout.splitlines() if ln.startswith("JSON ")), "")
            if not line:
                print(out.stdout, out.stderr)
                return None
            res: dict[str, float] = json.loads(line[5:])
            res["client"] = 0.0
        else:
            res = python_load(base, paths, seconds, conns, cookie)
            res["client"] = 1.0
        res["server_cpu_s"] = group_cpu_seconds(server.pid) - cpu0
        return res
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the server and the workers it forked (its own process group)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        shutil.rmtree(app_dir, ignore_errors=True)


def query_mix(index_dir: Path, labelled: list[str], filtered: list[tuple[str, str]], *, distinct: int = 3000,
              seed: int = 11) -> list[str]:
    """`distinct` different search URLs, as people would type them: the labelled queries and the type-filtered
    ones, then one or two words of the names of random indexed items (no, one or two words of three or more
    characters each), some with a type filter (the item's type) or asking for the second page."""
    import tantivy

    from kb.search import segment

    rnd = random.Random(seed)
    idx = tantivy.Index.open(str(index_dir / "tantivy"))
    searcher = idx.searcher()
    top = searcher.search(tantivy.Query.all_query(), limit=min(searcher.num_docs, 20_000))
    picked = rnd.sample(top.hits, min(len(top.hits), 4 * distinct))
    out = [f"/search?q={urllib.parse.quote(q)}" for q in labelled]
    out += [f"/search?q={urllib.parse.quote(q)}&type={ty}" for q, ty in filtered]
    seen = set(out)
    for _, addr in picked:
        if len(out) >= distinct:
            break
        doc = searcher.doc(addr)
        words = [w for w in segment(str(doc.get_first("name") or ""), lower=False)
                 if len(w) >= 2 and any("\u4e00" <= c <= "\u9fff" for c in w)]
        if not words:
            continue
        k = 1 if len(words) == 1 or rnd.random() < 0.45 else 2
        start = rnd.randrange(len(words) - k + 1)
        url = "/search?q=" + urllib.parse.quote("".join(words[start : start + k]))
        r = rnd.random()
        if r < 0.1:
            url += "&type=" + str(doc.get_first("type"))
        elif r < 0.2:
            url += "&offset=10"
        if url not in seen:
            seen.add(url)
            out.append(url)
    return out


def zipf_sequence(urls: list[str], n: int, s: float = 1.0, seed: int = 5) -> list[str]:
    """`n` requests drawn from `urls` with Zipf popularity (rank r has weight 1/r^s, in a shuffled order)."""
    rnd = random.Random(seed)
    ranked = urls[:]
    rnd.shuffle(ranked)
    weights = [1 / (r + 1) ** s for r in range(len(ranked))]
    return rnd.choices(ranked, weights=weights, k=n)


def http_section(index_dir: Path, labelled: list[str], filtered: list[tuple[str, str]],
                 args: argparse.Namespace) -> None:
    urls = query_mix(index_dir, labelled, filtered, distinct=args.distinct)
    requests_ = max(args.distinct * 4, int(args.http_seconds * 1000))
    zipf = zipf_sequence(urls, requests_)
    cache_size = 512
    # The hit rate a per-process cache of cache_size entries gets on this sequence (each process sees every
    # other request, so this is an upper bound for 2 processes; the LRU is simulated).
    from collections import OrderedDict

    lru: OrderedDict[str, None] = OrderedDict()
    hits = 0
    for u in zipf[: requests_ // max(1, args.workers)]:
        if u in lru:
            hits += 1
            lru.move_to_end(u)
        else:
            lru[u] = None
            if len(lru) > cache_size:
                lru.popitem(last=False)
    hit_rate = hits / max(1, requests_ // max(1, args.workers))
    print(f"HTTP: {len(urls):,} distinct search URLs (labelled and type-filtered queries, and one or two words of "
          f"names of random indexed items; 10 % type-filtered, 10 % second pages). Cache off: each URL once in turn, "
          f"every request searches. Cache on: {len(zipf):,} requests drawn with Zipf(1.0) popularity, "
          f"{len(set(zipf)):,} distinct, LRU hit rate of a {cache_size}-entry cache ~{hit_rate:.0%}. Loopback; the "
          "load generator runs on the same machine and competes with the server for the same cores.")
    runs = [(fmt, cache, False) for cache in (0, cache_size) for fmt in ("html", "json")]
    if (index_dir.parent / "graph").is_dir():  # the graph the demo part of the index was synced from
        runs += [(fmt, cache, True) for cache in (0, cache_size) for fmt in ("html", "json")]
    else:
        print(f"HTTP (full app): no graph at {index_dir.parent / 'graph'}; only the search blueprint is measured")
    for fmt, cache, full_app in runs:
        base = urls if not cache else zipf
        paths = [p + ("&format=json" if fmt == "json" else "") for p in base]
        workers, threads = (args.app_workers, args.app_threads) if full_app else (args.workers, args.threads)
        res = http_run(index_dir, paths, args.http_seconds, args.connections, cache=cache, workers=workers,
                       threads=threads, full_app=full_app)
        if res is None:
            print(f"HTTP ({fmt}): not run")
            continue
        rps = res["requests"] / res["seconds"]
        hp95 = res["p95_us"] / 1000
        client = "threaded Python client" if res.get("client") else "wrk -t1"
        ok = rps >= TARGETS["rps"] and hp95 <= TARGETS["http_p95_ms"] and not res["errors"] and not res["non2xx"]
        cpu = res.get("server_cpu_s", 0.0)
        per = f", server CPU {cpu * 1000 / max(1, res['requests']):.2f} ms/request" if cpu else ""
        if full_app:
            w = args.app_workers or max(2, min(8, len(cpus_for_server()) or 2))
            t = args.app_threads or (1 if w > 1 else 2)
            shape = "run.py serve's default shape" if not (args.app_workers or args.app_threads) else "shape"
            server = f"whole app signed in ({shape}: {w} process(es) x {t} thread(s))"
        else:
            server = f"search blueprint alone, waitress {args.workers} process(es) x {args.threads} threads"
        print(f"HTTP /search ({fmt}, result cache {'on, Zipf mix' if cache else 'off, all distinct'}) {server} "
              f"on 2 cores, {client} -c{args.connections} "
              f"{args.http_seconds:.0f} s: {rps:,.0f} req/s, p50 {res['p50_us'] / 1000:.1f} ms, p95 {hp95:.1f} ms"
              f"{per}, errors {int(res['errors'])}, non-2xx {int(res['non2xx'])} "
              f"[{flag(ok)}: >= 300 req/s with p95 <= 100 ms]")


# --- main -----------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--processes", type=int, default=max(1, min(2, os.cpu_count() or 1)))
    ap.add_argument("--repeat", type=int, default=5, help="times each query runs for the latency figures")
    ap.add_argument("--http-seconds", type=float, default=10.0)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--no-http", action="store_true")
    ap.add_argument("--workers", type=int, default=2, help="waitress processes (pre-forked on one socket)")
    ap.add_argument("--threads", type=int, default=1, help="waitress threads per process (blueprint alone)")
    ap.add_argument("--app-workers", type=int, default=0,
                    help="the whole app's processes (default 0: what run.py serve starts, one per core)")
    ap.add_argument("--app-threads", type=int, default=0,
                    help="the whole app's threads per process (default 0: run.py serve's default)")
    ap.add_argument("--distinct", type=int, default=3000, help="distinct search URLs in the HTTP runs")
    ap.add_argument("--index", type=Path, help="reuse this built index directory for the HTTP run only")
    ap.add_argument("--keep", type=Path, help="build in this directory and keep it")
    args = ap.parse_args(argv)

    if args.index:
        http_section(args.index, [q["q"] for q in load_queries()], FILTERED, args)
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="anzhi-bench-search-"))
    work.mkdir(parents=True, exist_ok=True)
    onto = ontology.load()
    shutil.rmtree(work / "search", ignore_errors=True)
    index = SearchIndex(work / "search", onto)
    base, _ = demo_docs(index, work)
    shared = case_docs()
    corpus_base = base + shared
    extra = max(0, args.docs - len(base))
    generated = variants(corpus_base, extra)
    docs = shared[: min(len(shared), extra)] + generated[: extra - min(len(shared), extra)]
    avg = statistics.mean(len(d.title) + len(d.body) + len(d.context) for d in docs) if docs else 0
    print(f"corpus: {len(base)} demo nodes + {len(docs)} documents ({len(shared)} shared case paragraphs, the rest "
          f"variants); mean {avg:.0f} characters per document")

    c0, t = cpu_seconds(), time.perf_counter()
    index.add_docs(docs, processes=args.processes, replace=False)
    took, cpu = time.perf_counter() - t, cpu_seconds() - c0
    total_docs = index.num_docs
    rate = len(docs) / took
    print(f"tantivy index: {total_docs:,} documents; bulk indexing {len(docs):,} in {took:.1f} s = {rate:,.0f} docs/s "
          f"(rjieba in {args.processes} process(es); {cpu:.1f} CPU-s = {len(docs) / cpu:,.0f} docs per CPU-second; "
          f"load average before {os.getloadavg()[0]:.1f}) [{flag(rate >= TARGETS['index_rate'])}: >= 5,000 docs/s]")

    con, fts_took = fts5_build(base + docs, work / "fts5.sqlite")
    fts_rate = (len(base) + len(docs)) / fts_took
    print(f"SQLite FTS5 trigram: {len(base) + len(docs):,} documents in {fts_took:.1f} s = {fts_rate:,.0f} docs/s "
          f"(tantivy/FTS5 rate ratio {rate / fts_rate:.2f})")

    labelled = [q["q"] for q in load_queries()]
    filtered = FILTERED
    index.cache_size = 0  # server-side latency is measured without the result cache (every round recomputes)
    lat: list[float] = []
    fts_lat: list[float] = []
    for _ in range(args.repeat):
        for q in labelled:
            t = time.perf_counter()
            index.search(q)
            lat.append(time.perf_counter() - t)
            t = time.perf_counter()
            fts5_search(con, q)
            fts_lat.append(time.perf_counter() - t)
        for q, ty in filtered:
            t = time.perf_counter()
            index.search(q, facets={"type": ty})
            lat.append(time.perf_counter() - t)
            t = time.perf_counter()
            fts5_search(con, q, ty)
            fts_lat.append(time.perf_counter() - t)
    p50, p95 = pct(lat, 50) * 1000, pct(lat, 95) * 1000
    f50, f95 = pct(fts_lat, 50) * 1000, pct(fts_lat, 95) * 1000
    print(f"query latency, server side ({len(lat)} queries: top 10 with snippets, total and 6 facet counts):")
    print(f"  tantivy+rjieba p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  [{flag(p95 <= TARGETS['p95_ms'])}: p95 <= 30 ms]")
    print(f"  FTS5 trigram   p50 {f50:6.2f} ms  p95 {f95:6.2f} ms  (top 10 with snippet and total; no facets)")
    print(f"  ratio FTS5/tantivy: p50 {f50 / p50:.2f}x, p95 {f95 / p95:.2f}x")
    con.close()

    if not args.no_http:
        http_section(work / "search", labelled, FILTERED, args)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
