#include "page_style.hpp"

namespace hashigo::report {

const std::string_view page_css = R"css(
:root { --ink: #1d2330; --muted: #5b6475; --line: #d5dae3; --band: #f6f7fa; --band2: #eceff5; --up: #2a8f57; --down: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 16px 20px 40px; color: var(--ink); line-height: 1.55;
  font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo", "Noto Sans CJK JP", "IPAGothic", system-ui, sans-serif; }
body.show-ja .en, body.show-en .ja { display: none; }
h1 { font-size: 1.45rem; margin: 0 0 4px; }
h2 { font-size: 1.15rem; border-bottom: 2px solid var(--line); padding-bottom: 2px; margin-top: 28px; }
h3 { font-size: 1.02rem; margin: 0 0 6px; }
.goal { background: #fff8e1; border-left: 4px solid #e0a800; padding: 8px 12px; margin: 10px 0; }
.meta { color: var(--muted); font-size: .82rem; margin: 4px 0; }
.meta code, code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; }
.toolbar { float: right; display: flex; gap: 6px; }
.toolbar button { font: inherit; font-size: .85rem; padding: 3px 10px; border: 1px solid var(--line); background: #fff; border-radius: 4px; cursor: pointer; }
.chart { overflow-x: auto; margin: 8px 0; }
svg.ladder { max-width: 100%; height: auto; font-size: 11px; }
svg .band { fill: var(--band); } svg .band.odd { fill: var(--band2); }
svg .stage { font-weight: 600; fill: var(--ink); } svg .rung { fill: var(--muted); }
svg .month { text-anchor: middle; font-weight: 600; fill: var(--ink); } svg .ym { text-anchor: middle; fill: var(--muted); font-size: 9px; }
svg .grid { stroke: #fff; stroke-width: 1; }
svg .journey { fill: none; stroke-width: 2.2; stroke-linejoin: round; opacity: .75; }
svg .choice-mark { fill: #6b4fbb; } svg .alert-mark { fill: #d93025; }
svg .diverge { stroke: #6b4fbb; stroke-width: 1.5; stroke-dasharray: 4 3; }
svg.legend { vertical-align: middle; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: .85rem; color: var(--muted); margin: 4px 0 10px; }
.legend span { white-space: nowrap; }
.swatch { display: inline-block; width: 14px; height: 4px; vertical-align: middle; margin-right: 4px; }
.differences { background: #f3effc; border-left: 4px solid #6b4fbb; padding: 8px 12px; margin: 10px 0; font-size: .92rem; }
.differences ul { margin: 4px 0; padding-left: 20px; }
section.month { border-top: 1px solid var(--line); padding: 10px 0 6px; break-inside: avoid; }
.branches { display: grid; grid-template-columns: repeat(var(--branches, 1), minmax(0, 1fr)); gap: 14px; }
.branch-label { font-weight: 600; font-size: .85rem; border-bottom: 3px solid; margin-bottom: 4px; }
.say { font-style: italic; margin: 2px 0 6px; }
.say::before { content: "» "; color: var(--muted); }
.choice { background: #f3effc; border-radius: 6px; padding: 6px 10px; margin: 6px 0; }
.choice ul { margin: 4px 0; padding-left: 20px; list-style: none; }
.choice li.taken::before { content: "✔ "; color: #6b4fbb; }
.choice li.not-taken { color: var(--muted); }
.choice li.not-taken::before { content: "○ "; }
.road { font-size: .85rem; }
ul.events { margin: 4px 0; padding-left: 0; list-style: none; font-size: .88rem; }
ul.events time { color: var(--muted); margin-right: 6px; font-variant-numeric: tabular-nums; }
ul.events li.member .who { color: var(--muted); margin-right: 6px; }
ul.events li.member .who::before { content: "["; } ul.events li.member .who::after { content: "]"; }
.match { margin: 6px 0; padding: 4px 8px; border-left: 3px solid var(--muted); font-size: .88rem; }
.match ol { margin: 4px 0; padding-left: 1.4em; } .match ul.why { margin: 0; padding-left: 1em; list-style: none; color: var(--muted); }
.match .score { font-variant-numeric: tabular-nums; font-weight: bold; }
.match ul.excluded { margin: 4px 0; padding-left: 1.4em; list-style: none; color: var(--muted); }
.fields { color: var(--muted); font-size: .82rem; }
.decision { border-left: 4px solid var(--line); padding: 4px 10px; margin: 6px 0; font-size: .92rem; }
.decision.up { border-color: var(--up); } .decision.down { border-color: var(--down); } .decision.error { border-color: #b00020; background: #fdecee; }
.step { font-weight: 600; }
.reasons { margin: 4px 0; padding-left: 18px; }
.rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .82rem; background: #eef1f6; padding: 0 4px; border-radius: 3px; }
.checks { list-style: none; padding-left: 8px; margin: 2px 0; font-size: .85rem; }
.checks .pass::before { content: "✓ "; color: var(--up); } .checks .fail::before { content: "✗ "; color: var(--down); }
.refs, .default { font-size: .8rem; color: var(--muted); }
.default { color: #8a5a00; }
.alerts { list-style: none; padding-left: 0; margin: 4px 0; }
.alert { padding: 2px 8px; border-radius: 4px; margin: 2px 0; font-size: .88rem; }
.alert.info { background: #e8f0fe; } .alert.warning { background: #fff4e5; } .alert.urgent { background: #fdecee; font-weight: 600; }
.small { font-size: .85rem; }
.question { background: #e8f5e9; border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.question ol { margin: 4px 0; padding-left: 0; list-style: none; }
.question .key { display: inline-block; min-width: 1.6em; font-weight: 600; }
details.reveal > summary { cursor: pointer; color: #1f5fbf; font-weight: 600; margin: 6px 0; }
details.reveal[open] > summary { color: var(--muted); }
.answer { font-weight: 600; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 10px 18px; }
figure.trend { margin: 0; break-inside: avoid; } figure.trend figcaption { font-weight: 600; font-size: .92rem; }
svg.trend { width: 100%; height: auto; font-size: 10px; }
svg.trend .grid-y { stroke: var(--line); } svg.trend .tick { text-anchor: end; fill: var(--muted); }
svg.trend .tick-x { text-anchor: middle; fill: var(--muted); }
svg.trend .series { fill: none; stroke: #3461c1; stroke-width: 2; } svg.trend .point { fill: #3461c1; }
.cohort-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(480px, 1fr)); gap: 12px 24px; }
figure.cohort { margin: 0 0 12px; break-inside: avoid; } figure.cohort figcaption { font-weight: 600; font-size: .92rem; }
svg.stack, svg.band, svg.intervals { width: 100%; max-width: 760px; height: auto; font-size: 11px; }
svg.stack .grid-y, svg.band .grid-y, svg.intervals .grid-x { stroke: var(--line); }
svg.stack .tick, svg.band .tick { text-anchor: end; fill: var(--muted); }
svg.stack .tick-x, svg.band .tick-x, svg.intervals .tick-x { text-anchor: middle; fill: var(--muted); }
svg.stack .layer { stroke: #fff; stroke-width: .5; } svg.stack .legend, svg.band .legend { fill: var(--ink, #222); }
svg.band .ci { opacity: .18; } svg.band .series { fill: none; stroke-width: 2; }
svg .zero { stroke: #555; stroke-dasharray: 3 3; }
svg.intervals .row-name { text-anchor: end; fill: var(--ink, #222); } svg.intervals .bar { stroke: #3461c1; stroke-width: 2.5; }
svg.intervals .point { fill: #3461c1; }
p.warning { color: #a03020; font-weight: 600; }
.wide { overflow-x: auto; }
table.stats { border-collapse: collapse; margin: 6px 0 14px; min-width: 60%; font-size: .92rem; }
table.stats th, table.stats td { border-bottom: 1px solid var(--line); padding: 3px 10px; text-align: left; }
table.stats td.num, table.stats th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.stats tr.sub td:first-child { padding-left: 26px; color: var(--muted); }
table.stats tr.zero td { color: #a0a7b4; }
footer { margin-top: 30px; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--line); padding-top: 6px; }
@media print {
  @page { size: A4; margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  .toolbar { display: none; }
  .chart { overflow: visible; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
)css";

const std::string_view page_script = R"js(
document.querySelectorAll('[data-show]').forEach(function (b) {
  b.addEventListener('click', function () {
    document.body.className = 'show-' + b.dataset.show;
    document.documentElement.lang = b.dataset.show;
  });
});
)js";

}  // namespace hashigo::report
