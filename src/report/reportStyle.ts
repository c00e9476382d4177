/**
 * The report's one stylesheet, inline (nothing is fetched): light backgrounds only, system fonts, and a
 * print layout where each large block starts a new page and nothing is cut in half.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 14px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1f2937; background: #ffffff; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.2rem; color: #111827; }
h2 { font-size: 1.15rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid #e5e7eb; color: #111827; }
.meta { color: #4b5563; margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
caption { caption-side: top; text-align: left; color: #4b5563; font-size: 0.82rem; padding-bottom: 0.4rem; }
th, td { padding: 0.3rem 0.55rem; border-bottom: 1px solid #e5e7eb; vertical-align: top; text-align: left; }
thead th { font-weight: 600; border-bottom-color: #9ca3af; }
.n { text-align: right; white-space: nowrap; }
.power { font-weight: 600; }
tr.hit { background: #eef6ff; }
tr.hit th { box-shadow: inset 3px 0 0 #2563eb; }
.assumptions th[scope="row"] { font-weight: 500; width: 30%; }
.badge { display: inline-block; padding: 0 0.35rem; border: 1px solid; border-radius: 999px; font-size: 0.72rem; font-weight: 550; white-space: nowrap; }
.reported { color: #075985; border-color: #7dd3fc; background: #f0f9ff; }
.derived { color: #3f3f46; border-color: #a1a1aa; background: #fafafa; }
.inferred { color: #854d0e; border-color: #facc15; background: #fefce8; border-style: dashed; }
.assumed { color: #6b21a8; border-color: #d8b4fe; background: #faf5ff; border-style: dotted; }
.caution { border-left: 4px solid #d97706; background: #fffbeb; padding: 0.5rem 0.8rem; }
.figure svg { max-width: 100%; height: auto; }
.justification { max-width: 75ch; overflow-wrap: anywhere; }
pre { font: 0.78rem/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #f9fafb; border: 1px solid #e5e7eb; padding: 0.6rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.link { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.75rem; overflow-wrap: anywhere; }
footer { margin-top: 2.5rem; color: #6b7280; font-size: 0.8rem; }
@page { margin: 16mm 14mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 11pt; }
  .page-break { break-before: page; }
  table, tr, figure, .caution, svg { break-inside: avoid; }
  h2 { break-after: avoid; }
  pre { break-inside: auto; }
  a { color: inherit; }
  tr.hit, .badge, .caution { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
