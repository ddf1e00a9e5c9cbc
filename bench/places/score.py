#!/usr/bin/env python3
"""bench/places/score.py SITREP: sitrep's place resolution on LGL, TR-News and GeoVirus.

(a) Given the gold toponyms (the literature's geocoding setting): `sitrep resolve-places --jsonl`
    with context (sitrep: the batch read whole, so an article also learns where its site's other
    articles are about), in input order (`--in-order`: each article learns from its site's
    earlier ones only, as `analyze` streams them), with each article alone (`--each-alone`: its
    own context only, as the literature's systems are measured) and with prominence alone
    (the same gazetteer's population/kind ranking, a baseline), all in this run. Accuracy within 161 km, exact GeoNames match where gold has an
    id, mean and median error in km, AUC of the log error curve (Gritta et al. 2018; lower is
    better), documents per second (CPU, resolution only). A toponym left unresolved counts as the
    largest error (20,039 km). Gold coordinates carry Google's corrections (mlg_evaldata patches)
    where they apply. Each article's URL, where the corpus gives one (LGL, TR-News), goes with it:
    its country code is the outlet's country (LGL's are all .com; TR-News has .ca, .uk, .au, .tw).
    Then, for sitrep, how well its confidence sorts right from wrong: acc@161 of the toponyms it
    resolved with confidence below 0.5 and from 0.5.
(b) End to end: `sitrep analyze --as text` on each article's text (without its URL); toponym
    precision, recall and F1 by exact span against gold, and accuracy within 161 km of the
    toponyms found. Where the corpus gives URLs (LGL, TR-News), also each article with its
    address, one `analyze --as jsonl` over the articles as JSON lines in corpus order (a line's
    "url" is what `--url` is for a file): each alone (`--each-alone`), and with the site memory
    learned in that order (`--site-memory FILE`).
--part a or --part b runs one part, --sets LGL,TR-News some sets.
Datasets are read from ../shared/data/places/geoparsing; nothing is written to the repository.
With --errors DIR, (a) also writes DIR/<set>.tsv: every gold toponym with its document, surface,
gold point, the gold feature code and name where given, sitrep's choice (name, feature, country, point) and the error in km, for error analysis.
"""
import json, math, os, subprocess, sys, tempfile, time
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data", "places", "geoparsing")
CORPORA = os.path.join(ROOT, "pragmatic-guide", "data", "Corpora")
PATCHES = os.path.join(ROOT, "mlg_evaldata_patches")
MAX_KM = 20039.0


def km(a, b):
    r = math.pi / 180
    h = math.sin((b[0] - a[0]) * r / 2) ** 2 + math.cos(a[0] * r) * math.cos(b[0] * r) * math.sin((b[1] - a[1]) * r / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def load_patches(name):
    path = os.path.join(PATCHES, name)
    fixes = {}
    if not os.path.exists(path):
        return fixes
    for line in open(path, encoding="utf-8"):
        parts = [p.strip() for p in line.rstrip("\n").split("\t")]
        if len(parts) != 3:
            continue
        try:
            old = tuple(round(float(x), 2) for x in parts[1].split(","))
            new = tuple(float(x) for x in parts[2].split(","))
        except ValueError:
            continue
        fixes[(parts[0], old)] = new
    return fixes


def read_corpus(file, patches):
    """[(text, [(start, end, lat, lon, geonames_id or None, gold is a populated place or None,
    gold feature code and name)], the article's URL or "")]"""
    docs, mismatched = [], 0
    fixes = load_patches(patches) if patches else {}
    for article in ET.parse(os.path.join(CORPORA, file)).getroot():
        text = article.findtext("text") or ""
        gold = []
        for t in article.iter("toponym"):
            tag = t.find("gaztag")
            if tag is None or tag.findtext("lat") is None:
                continue
            start, end = int(t.findtext("start")), int(t.findtext("end"))
            gold.append((start, end, float(tag.findtext("lat")), float(tag.findtext("lon")),
                         int(tag.get("geonameid")) if tag.get("geonameid") else None,
                         (t.findtext("phrase") or "").strip(), tag.findtext("name") or "",
                         (tag.findtext("fcode") or "").startswith("PPL"),
                         (tag.findtext("fcode") or "") + " " + (tag.findtext("name") or "")))
        for loc in article.iter("location"):
            start, end = int(loc.findtext("start")), int(loc.findtext("end"))
            gold.append((start, end, float(loc.findtext("lat")), float(loc.findtext("lon")), None,
                         (loc.findtext("name") or "").strip(), (loc.findtext("name") or "").strip(), None, ""))
        kept = []
        for start, end, lat, lon, gid, phrase, name, city, described in gold:
            # GeoVirus counts offsets one character on, and some TR-News ones drift by a few: the
            # span is taken where the phrase is, within three characters of the stated offsets.
            shift = next((d for d in (0, -1, 1, -2, 2, -3, 3)
                          if 0 <= start + d and text[start + d:end + d] == phrase), None)
            if shift is None:
                mismatched += 1
                continue
            start, end = start + shift, end + shift
            fix = fixes.get((name, (round(lat, 2), round(lon, 2)))) or fixes.get((phrase, (round(lat, 2), round(lon, 2))))
            if fix:
                lat, lon = fix
            kept.append((start, end, lat, lon, gid, city, described))
        # TR-News writes some addresses on a line of their own, indented: the spaces are the
        # file's layout, not the address's.
        docs.append((text, sorted(kept), (article.findtext("url") or "").strip()))
    return docs, mismatched


def resolve(sitrep, docs, extra):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for text, gold, url in docs:
            line = {"text": text, "spans": [[g[0], g[1]] for g in gold]}
            if url:
                line["url"] = url  # the outlet's country code is context
            f.write(json.dumps(line) + "\n")
        path = f.name
    run = subprocess.run(["taskset", "-c", "0", sitrep, "resolve-places", "--jsonl", path, "--stats"] + extra,
                         capture_output=True, text=True)
    os.unlink(path)
    if run.returncode != 0:
        sys.exit("resolve-places failed: " + run.stderr)
    rate = float(run.stderr.split("(")[1].split()[0])
    return [json.loads(line)["resolved"] for line in run.stdout.splitlines()], rate


def write_errors(path, docs, results):
    with open(path, "w", encoding="utf-8") as f:
        f.write("doc\tsurface\tgold_lat\tgold_lon\tgold\tname\tfeature\tcountry\tlat\tlon\tkm\n")
        for d, ((text, gold, _), resolved) in enumerate(zip(docs, results)):
            for g, r in zip(gold, resolved):
                e = MAX_KM if r is None else km((g[2], g[3]), (r["lat"], r["lon"]))
                ours = ["-", "-", "-", "", ""] if r is None else [r["name"], r["feature"], r["country"], r["lat"], r["lon"]]
                f.write("\t".join(str(x) for x in [d, text[g[0]:g[1]], g[2], g[3], g[6]] + ours + ["%.1f" % e]) + "\n")


def geocoding_scores(docs, results):
    errors, exact, with_id, city_errors = [], 0, 0, []
    for (text, gold, _), resolved in zip(docs, results):
        for g, r in zip(gold, resolved):
            e = MAX_KM if r is None else km((g[2], g[3]), (r["lat"], r["lon"]))
            errors.append(e)
            if g[5]:
                city_errors.append(e)
            if g[4] is not None:
                with_id += 1
                exact += int(r is not None and r["geonames_id"] == g[4])
    errors.sort()
    n = len(errors)
    return {"n": n, "acc161": sum(e <= 161 for e in errors) / n,
            "cities": sum(e <= 161 for e in city_errors) / len(city_errors) if city_errors else None, "exact": exact / with_id if with_id else None,
            "mean": sum(errors) / n, "median": errors[n // 2],
            "auc": sum(math.log(1 + e) for e in errors) / (n * math.log(1 + MAX_KM))}


def end_to_end(sitrep, docs, addresses=None):
    """Without addresses, one `analyze` reads the texts as files. With addresses ("memory" or
    "alone"), one `analyze` reads them as JSON lines in corpus order, each with its "url" and an
    "id" to find its record by, with `--site-memory FILE` (the site memory learned as a stream,
    kept in its file) or `--each-alone`."""
    base = ["taskset", "-c", "0", sitrep, "analyze", "--jsonl", "-q"]
    with tempfile.TemporaryDirectory() as d:
        if addresses:
            path = os.path.join(d, "articles.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for i, (text, _, url) in enumerate(docs):
                    f.write(json.dumps({"id": "%05d" % i, "url": url or None, "text": text}) + "\n")
            extra = (["--site-memory", os.path.join(d, "site-memory.tsv")] if addresses == "memory"
                     else ["--each-alone"])
            run = subprocess.run(base + ["--as", "jsonl"] + extra + [path], capture_output=True, text=True)
            if run.returncode != 0:
                sys.exit("analyze failed: " + run.stderr)
            key = lambda r: r["id"]
        else:
            for i, (text, _, _) in enumerate(docs):
                with open(os.path.join(d, "%05d.txt" % i), "w", encoding="utf-8") as f:
                    f.write(text)
            run = subprocess.run(base + ["--as", "text", d], capture_output=True, text=True)
            key = lambda r: os.path.basename(r["source"])[:-len(".txt")]
    records = {key(r): r for r in map(json.loads, filter(None, run.stdout.split("\n")))}
    tp = fp = fn = 0
    near = 0
    for i, (text, gold, _) in enumerate(docs):
        r = records.get("%05d" % i)
        found = {}
        if r:
            if r["text"] != text:  # the reader normalises line ends; offsets then differ
                pass
            for p in r["places"]:
                for m in p["mentions"]:
                    if m.get("field", "text") == "text":
                        found[(m["start"], m["end"])] = (p["lat"], p["lon"])
        gold_spans = {(g[0], g[1]): (g[2], g[3]) for g in gold}
        for span, point in found.items():
            if span in gold_spans:
                tp += 1
                near += km(point, gold_spans[span]) <= 161
            else:
                fp += 1
        fn += sum(span not in found for span in gold_spans)
    p = tp / (tp + fp) if tp + fp else 0
    rc = tp / (tp + fn) if tp + fn else 0
    return {"p": p, "r": rc, "f1": 2 * p * rc / (p + rc) if p + rc else 0, "acc161": near / tp if tp else 0}


def calibration(docs, results):
    """acc@161 and count of the toponyms sitrep resolved, by its confidence: below 0.5 and from 0.5."""
    buckets = {"low": [0, 0], "high": [0, 0]}
    for (text, gold, _), resolved in zip(docs, results):
        for g, r in zip(gold, resolved):
            if r is None:
                continue
            b = buckets["low" if r["confidence"] < 0.5 else "high"]
            b[0] += 1
            b[1] += km((g[2], g[3]), (r["lat"], r["lon"])) <= 161
    return buckets


def option(name):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else None


def main():
    sitrep = sys.argv[1]
    errors = option("--errors")
    # --part a (given toponyms) or b (end to end), --sets LGL,TR-News: part of the run, for a step.
    part = option("--part") or "ab"
    sets = [("LGL", "lgl.xml", "lgl_patches.tsv"), ("TR-News", "TR-News.xml", None),
            ("GeoVirus", "GeoVirus.xml", "GeoVirus_patches.tsv")]
    if option("--sets"):
        sets = [s for s in sets if s[0] in option("--sets").split(",")]
    if "a" in part:
        print("(a) resolution given gold toponyms; one run, one core")
        print("| set | system | toponyms | acc@161 | acc@161 gold cities | exact id | mean km | median km | AUC | docs/s (CPU) |")
        print("|---|---|---|---|---|---|---|---|---|---|")
    loaded, calibrated = [], []
    for name, file, patches in sets:
        if not os.path.exists(os.path.join(CORPORA, file)):
            print("| %s | (absent) |" % name)
            continue
        docs, mismatched = read_corpus(file, patches)
        loaded.append((name, docs))
        if "a" not in part:
            continue
        for system, extra in (("sitrep", []), ("sitrep, in input order (as analyze streams)", ["--in-order"]),
                              ("sitrep, each article alone", ["--each-alone"]),
                              ("prominence only", ["--prominence-only"])):
            results, rate = resolve(sitrep, docs, extra)
            if errors and system == "sitrep":
                write_errors(os.path.join(errors, name + ".tsv"), docs, results)
            if system == "sitrep":
                calibrated.append((name, calibration(docs, results)))
            s = geocoding_scores(docs, results)
            print("| %s | %s | %d | %.3f | %s | %s | %.0f | %.1f | %.3f | %.0f |" % (
                name, system, s["n"], s["acc161"], "%.3f" % s["cities"] if s["cities"] is not None else "-",
                "%.3f" % s["exact"] if s["exact"] is not None else "-",
                s["mean"], s["median"], s["auc"], rate))
        if mismatched:
            print("|  | (%d gold spans not found at their offsets left out) |" % mismatched)
    if "a" in part:
        print()
        print("confidence: acc@161 of the toponyms sitrep resolved, by the confidence it gave")
        print("| set | confidence < 0.5: toponyms | acc@161 | confidence >= 0.5: toponyms | acc@161 |")
        print("|---|---|---|---|---|")
        for name, b in calibrated:
            row = [name]
            for key in ("low", "high"):
                n, ok = b[key]
                row += [str(n), "%.3f" % (ok / n) if n else "-"]
            print("| " + " | ".join(row) + " |")
        print()
    if "b" not in part:
        return
    print("(b) end to end (sitrep analyze --as text: tagger + gazetteer spans), exact toponym spans")
    print("| set | input | precision | recall | F1 | acc@161 of found |")
    print("|---|---|---|---|---|---|")
    for name, docs in loaded:
        s = end_to_end(sitrep, docs)
        print("| %s | text alone, one run | %.3f | %.3f | %.3f | %.3f |" % (name, s["p"], s["r"], s["f1"], s["acc161"]))
        if any(url for _, _, url in docs):
            for addresses, how in (("alone", "with its address, each alone"),
                                   ("memory", "with its address and the site memory")):
                s = end_to_end(sitrep, docs, addresses)
                print("| %s | %s, one run in corpus order | %.3f | %.3f | %.3f | %.3f |" % (
                    name, how, s["p"], s["r"], s["f1"], s["acc161"]))


if __name__ == "__main__":
    main()
