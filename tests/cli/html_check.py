"""Checks a report page as a real browser rendered it (tests/cli/sim_html.sh, report_monthly.sh).

usage: html_check.py DOM LOG PNG BLANK_PNG --branches N --months M [--diverge] [--questions Q] [--text T]...
       html_check.py DOM LOG PNG BLANK_PNG --charts C --points P [--text T]...   (a statistics trend; P points in all)
       html_check.py DOM LOG PNG BLANK_PNG --svg CLASS=N[:POINTS] ... [--text T]...   (N charts of class CLASS, each
                                                                                  with POINTS points: a cohort page)
DOM is chromium's --dump-dom of the page (after its script ran), LOG the browser's stderr with
--enable-logging, PNG a screenshot of the page and BLANK_PNG one of an empty page the same size.
Prints one line per failed check and exits 1 if any failed.
"""
import argparse
import re
import struct
import sys

p = argparse.ArgumentParser()
p.add_argument("dom")
p.add_argument("log")
p.add_argument("png")
p.add_argument("blank")
p.add_argument("--branches", type=int, default=0)
p.add_argument("--months", type=int, default=0)
p.add_argument("--charts", type=int, default=0)
p.add_argument("--points", type=int, default=0)
p.add_argument("--diverge", action="store_true")
p.add_argument("--questions", type=int, default=0)
p.add_argument("--text", action="append", default=[])
p.add_argument("--svg", action="append", default=[])
# how many times an empty page's screenshot the page's must outweigh (a short page draws less)
p.add_argument("--ink", type=int, default=10)
a = p.parse_args()

failed = []
def check(ok, what):
    if not ok:
        failed.append(what)

dom = open(a.dom, encoding="utf-8").read()
log = open(a.log, encoding="utf-8", errors="replace").read()

# The page ran without a console message (it logs nothing on purpose; an error would show here).
console = [l for l in log.splitlines() if ":CONSOLE" in l]
check(not console, "console messages: " + " | ".join(console[:3]))

# A statistics trend: the charts and their points (a month whose rate has no denominator has none).
if a.charts:
    charts = re.findall(r'<svg class="trend".*?</svg>', dom, re.S)
    check(len(charts) == a.charts, "%d charts, expected %d" % (len(charts), a.charts))
    points = sum(len(re.findall(r'<circle class="point"', c)) for c in charts)
    check(points == a.points, "%d points in all, expected %d" % (points, a.points))
    for c in charts:
        check('<path class="series"' in c, "a chart with its line")

# A cohort page: so many charts of each class, each drawn (paths or points) with its points.
for spec in a.svg:
    cls, _, rest = spec.partition("=")
    count, _, per = rest.partition(":")
    charts = re.findall(r'<svg class="%s".*?</svg>' % re.escape(cls), dom, re.S)
    check(len(charts) == int(count), "%d %s charts, expected %s" % (len(charts), cls, count))
    for c in charts:
        check(re.search(r'<(path|circle)\b', c) is not None, "a %s chart draws something" % cls)
        check(re.search(r'\b(nan|inf)\b', c, re.I) is None, "no NaN or infinity in a %s chart" % cls)
        if per:
            n = len(re.findall(r'<circle class="point"', c))
            check(n == int(per), "%d points in a %s chart, expected %s" % (n, cls, per))

# One mark per branch and month, each month once.
for b in range(a.branches if a.months else 0):
    months = re.findall(r'<g class="mark" data-branch="%d" data-month="(\d+)"' % b, dom)
    check(sorted(map(int, months)) == list(range(1, a.months + 1)),
          "branch %d marks months %s, expected 1..%d" % (b, months, a.months))
if a.months:
    check(len(re.findall(r'<polyline class="journey"', dom)) == a.branches, "one journey line per branch")
    check(len(re.findall(r'<section class="month" id="m\d+"', dom)) == a.months, "one section per month")
    check(('class="diverge"' in dom) == a.diverge, "a divergence line only where branches part")
check(len(re.findall(r'<div class="question"', dom)) == a.questions, "%d questions" % a.questions)
if a.questions:
    check(len(re.findall(r'<details class="reveal"', dom)) == a.questions + 1, "a reveal per question, and one for the chart")

# Japanese and English are both in the page, the language switch is there.
for t in a.text:
    check(t in dom, "text %r is in the page" % t)
check(re.search(r'[\u3040-\u30ff\u4e00-\u9fff]', dom) is not None, "Japanese text")
check('class="en" lang="en"' in dom and 'class="ja" lang="ja"' in dom, "both languages")
check('data-show="en"' in dom, "the language switch")

# Self-contained: nothing is fetched.
for pattern in (r'<link\b', r'<script[^>]*\bsrc=', r'<img\b', r'@import', r'url\(', r'(src|href)="(https?:)?//'):
    check(re.search(pattern, dom) is None, "nothing fetched (%s)" % pattern)

# The screenshot: a PNG of the window's size that holds far more than an empty page does.
def png_size(path):
    data = open(path, "rb").read()
    check(data[:8] == b"\x89PNG\r\n\x1a\n", "%s is a PNG" % path)
    w, h = struct.unpack(">II", data[16:24])
    return len(data), w, h

size, w, h = png_size(a.png)
blank, bw, bh = png_size(a.blank)
check((w, h) == (bw, bh), "screenshots of one size (%dx%d, %dx%d)" % (w, h, bw, bh))
check(size > a.ink * blank, "the report's screenshot (%d bytes) is not blank (an empty page: %d bytes, ×%d)" % (size, blank, a.ink))

for f in failed:
    print("FAIL:", f)
print("%s: %d checks failed" % (a.dom, len(failed)))
sys.exit(1 if failed else 0)
