#!/usr/bin/env python3
"""Extraction benchmark: sitrep and its peers on the trafilatura evaluation set, in one run.

Every system is run in batch mode on the same pages, pinned to one core (core 0, inherited from
this script, so that no taskset process of its own is counted: about 5 ms of start-up a process)
under GNU time for CPU time and peak memory, each after its pages have been read once so that all
read them from the kernel's cache, and scored by one rule:
  body   per page, each `with` snippet found in the text is a true positive (else a false
         negative) and each `without` snippet found is a false positive; precision, recall and F1
         are summed over the corpus (trafilatura's own rule; ../shared/peers/bin/eval_extract.py).
  title, author, date
         exact match after normalisation, over the 851 pages with gold metadata; an empty gold
         value must be matched by no value. Titles: whitespace collapsed, case kept. Authors: the
         set of names, split on "and", "und", "&", ",", ";", lower-cased. Dates: YYYY-MM-DD.
Two further figures are printed apart, as disclosure, never in place of the ones above: title
accuracy with case folded (some gold titles are in capitals where the page's headline is in mixed
case and only shown in capitals), and each field's accuracy over only the pages whose gold gives
that field (an empty gold is often a value the annotator left out, not one the page lacks).
Speed is given twice: pages per second of wall time over the batch, and pages per second of
the CPU time (user + system) the system's processes used; on a machine shared with other work
the second is the steadier figure. Both come from GNU time, for every system alike: the wall
time is its elapsed time for each process, so that this script's own reading and decoding of a
system's output (12 MB of JSON Lines from sitrep, 0.2 to 0.6 s of Python's time) is not counted,
and each system writes its output to a file, read once it has ended, so that no system waits on
a full pipe while this script reads (sitrep's records are large, the peers' small).
Prints one table for all pages and one for the English pages (by the gold snippets' language
as the page's own <html lang> or, failing that, its .com/.org/.uk/.us/.net host).

Usage: score.py [--limit N] [--systems a,b,...] SITREP_BINARY
"""
import json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))
DATA = os.path.join(SHARED, "data", "extraction", "trafilatura-eval", "tests")
PEERS = os.path.join(SHARED, "peers", "bin")
CACHE = os.path.join(os.environ.get("SITREP_DATA_CACHE", os.path.expanduser("~/.cache/sitrep-data")),
                     "trafilatura-eval")
CHUNK = 200


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def author_set(s):
    if isinstance(s, list):  # the gold data gives some authors as lists
        s = "; ".join(str(x) for x in s)
    parts = re.split(r"\s+(?:and|und|&)\s+|[,;]", s or "")
    return frozenset(p.strip().lower() for p in parts if p.strip())


def systems(sitrep):
    def sitrep_fields(o):
        return {"file": o.get("source"), "text": o.get("text") or "", "title": o.get("title") or "",
                "author": "; ".join(o.get("authors") or []), "date": (o.get("published") or "")[:10]}

    def readability_fields(o):
        return {"file": o.get("file"), "text": o.get("text") or "", "title": o.get("title") or "",
                "author": o.get("byline") or "", "date": (o.get("published_time") or "")[:10]}

    def plain_fields(o):
        return {"file": o.get("file"), "text": o.get("text") or "", "title": o.get("title") or "",
                "author": None, "date": None}

    return {
        # Extraction only, as the peers do: reading with the metadata, paragraphs and sentences;
        # the recognisers (entities, places, time expressions) are left out.
        "sitrep": ([sitrep, "analyze", "--jsonl", "--quiet", "--as", "html",
                    "--exclude", "entities,places,place_relations,dates", "--"], sitrep_fields),
        "readability-linkedom": (["node", os.path.join(PEERS, "readability.js"), "--dom", "linkedom"],
                                 readability_fields),
        "readability-jsdom": (["node", os.path.join(PEERS, "readability.js"), "--dom", "jsdom"],
                              readability_fields),
        "readability-lxml": ([os.path.join(PEERS, "readability_lxml.py")], plain_fields),
        "boilerpipe": ([os.path.join(PEERS, "boilerpipe")], plain_fields),
    }


def pages(limit):
    if not os.path.isdir(os.path.join(CACHE, "eval")):
        os.makedirs(CACHE, exist_ok=True)
        subprocess.run(["tar", "--zstd", "-xf", os.path.join(DATA, "pages.tar.zst"), "-C", CACHE], check=True)
    gold = json.load(open(os.path.join(DATA, "evaldata.json"), encoding="utf-8"))
    items = []
    for url, d in gold.items():
        for sub in ("eval", "cache"):
            p = os.path.join(CACHE, sub, d["file"])
            if os.path.exists(p):
                items.append((p, url, d))
                break
    return items[:limit] if limit else items


def is_english(path, url):
    head = open(path, "rb").read(4096).decode("utf-8", "replace").lower()
    m = re.search(r"<html[^>]*\blang=[\"']?([a-z]{2})", head)
    if m:
        return m.group(1) == "en"
    host = re.sub(r"^https?://", "", url).split("/")[0]
    return host.endswith((".com", ".org", ".uk", ".us", ".net"))


def run_system(cmd, fields, files):
    outs, peak_kb, seconds, cpu = {}, 0, 0.0, 0.0
    os.sched_setaffinity(0, {0})  # the systems inherit it
    for i in range(0, len(files), CHUNK):
        chunk = files[i:i + CHUNK]
        # Every system reads its pages from the kernel's cache: the first system to run would
        # otherwise wait on the disk for each page while the ones after it read them warm.
        for path in chunk:
            with open(path, "rb") as page:
                page.read()
        with tempfile.TemporaryFile() as out:
            r = subprocess.run(["/usr/bin/time", "-f", "%U %S %M %e"] + cmd + chunk,
                               stdout=out, stderr=subprocess.PIPE)
            out.seek(0)
            stdout = out.read().decode("utf-8", "replace")
        tail = r.stderr.decode("utf-8", "replace").strip().splitlines()
        measured = tail[-1].split() if tail else []
        if len(measured) == 4 and measured[2].isdigit():
            cpu += float(measured[0]) + float(measured[1])
            peak_kb = max(peak_kb, int(measured[2]))
            seconds += float(measured[3])
        # JSON Lines end at "\n" alone: splitlines() would also cut at U+2028 inside a string.
        for line in stdout.split("\n"):
            if not line.startswith("{"):
                continue
            try:
                o = fields(json.loads(line))
            except ValueError:
                continue
            outs[o["file"]] = o
    return outs, seconds, cpu, peak_kb


def score(items, outs):
    tp = fn = fp = 0
    meta = {"title": [0, 0], "author": [0, 0], "date": [0, 0]}
    extra = {"title_casefold": [0, 0], "title_given": [0, 0], "author_given": [0, 0],
             "date_given": [0, 0]}
    for path, _, d in items:
        o = outs.get(path) or {"text": "", "title": "", "author": "", "date": ""}
        text = norm(o["text"])
        for s in d.get("with", []):
            if norm(s) in text:
                tp += 1
            else:
                fn += 1
        for s in d.get("without", []):
            fp += norm(s) in text
        if "title" not in d:
            continue
        checks = {"title": norm(o["title"]) == norm(d.get("title")),
                  "author": o["author"] is not None and author_set(o["author"]) == author_set(d.get("author")),
                  "date": o["date"] is not None and (o["date"] or "") == (d.get("date") or "")}
        for k, ok in checks.items():
            meta[k][0] += ok
            meta[k][1] += 1
            if d.get(k):
                extra[k + "_given"][0] += ok
                extra[k + "_given"][1] += 1
        extra["title_casefold"][0] += norm(o["title"]).casefold() == norm(d.get("title")).casefold()
        extra["title_casefold"][1] += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = {k: (v[0] / v[1] if v[1] else 0.0) for k, v in meta.items()}
    acc.update({k: (v[0] / v[1] if v[1] else 0.0) for k, v in extra.items()})
    acc["given"] = {k: extra[k + "_given"][1] for k in meta}
    return p, r, f1, acc


def main():
    args = sys.argv[1:]
    limit, chosen = None, None
    while args and args[0].startswith("--"):
        if args[0] == "--limit":
            limit = int(args[1])
        elif args[0] == "--systems":
            chosen = args[1].split(",")
        args = args[2:]
    if len(args) != 1:
        sys.exit(__doc__)
    items = pages(limit)
    files = [p for p, _, _ in items]
    english = [it for it in items if is_english(it[0], it[1])]
    results = []
    for name, (cmd, fields) in systems(args[0]).items():
        if chosen and name not in chosen:
            continue
        print(f"running {name} on {len(files)} pages ...", file=sys.stderr)
        outs, seconds, cpu, peak_kb = run_system(cmd, fields, files)
        results.append((name, score(items, outs), score(english, outs),
                        len(files) / seconds if seconds else 0.0,
                        len(files) / cpu if cpu else 0.0, peak_kb))

    def table(title, idx, n):
        print(f"\n{title} ({n} pages)\n")
        print("| system | body P | body R | body F1 | title | author | date | pages/s (1 core, wall) "
              "| pages/s (CPU time) | peak MiB |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for name, all_s, en_s, rate, cpu_rate, peak in results:
            p, r, f1, acc = all_s if idx == 0 else en_s
            no_meta = name in ("readability-lxml", "boilerpipe")
            a = "-" if no_meta else f"{acc['author']:.3f}"
            dt = "-" if no_meta else f"{acc['date']:.3f}"
            print(f"| {name} | {p:.3f} | {r:.3f} | **{f1:.3f}** | {acc['title']:.3f} | {a} | {dt} | "
                  f"{rate:.1f} | {cpu_rate:.1f} | {peak / 1024:.0f} |")

    def extras(title, idx):
        given = results[0][1 + idx][3]["given"] if results else {}
        print(f"\n{title}: metadata disclosed apart (not the scoring rule above)\n")
        print(f"| system | title, case folded | title where gold gives one ({given.get('title', 0)}) "
              f"| author where gold gives one ({given.get('author', 0)}) "
              f"| date where gold gives one ({given.get('date', 0)}) |")
        print("|---|---|---|---|---|")
        for name, all_s, en_s, *_ in results:
            acc = (all_s if idx == 0 else en_s)[3]
            no_meta = name in ("readability-lxml", "boilerpipe")
            a = "-" if no_meta else f"{acc['author_given']:.3f}"
            dt = "-" if no_meta else f"{acc['date_given']:.3f}"
            print(f"| {name} | {acc['title_casefold']:.3f} | {acc['title_given']:.3f} | {a} | {dt} |")

    table("trafilatura-eval, all pages", 0, len(items))
    table("trafilatura-eval, English pages", 1, len(english))
    extras("trafilatura-eval, all pages", 0)
    extras("trafilatura-eval, English pages", 1)


if __name__ == "__main__":
    main()
