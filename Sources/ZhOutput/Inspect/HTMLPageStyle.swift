/// The style sheet of ``HTMLPage``, inline in the page. Each type's colours come from
/// ``InspectStyle/css(_:)`` as the variables `--c` (strong) and `--bg` (fill) on `.t-TYPE`; a
/// mark's `--h` (how deep the records inside it nest) puts its underline below theirs.
enum HTMLPageStyle {
    static let base = #"""
        :root{--font:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif;--ink:#1e293b;--muted:#64748b;--line:#e2e8f0;--paper:#fff;--ground:#f1f5f9;--focus:#f59e0b}
        *{box-sizing:border-box}
        html,body{margin:0;height:100%}
        body{display:flex;flex-direction:column;font-family:var(--font);color:var(--ink);background:var(--ground);font-size:14px}
        header{padding:10px 18px 12px;background:var(--paper);border-bottom:1px solid var(--line)}
        h1{margin:0;font-size:17px;font-weight:600;overflow-wrap:anywhere}
        h2{margin:0;font-size:15px;font-weight:600}
        .summary{margin:3px 0 8px;color:var(--muted);font-size:13px}
        #legend{display:flex;flex-wrap:wrap;gap:6px}
        #legend button{font:inherit;font-size:13px;display:inline-flex;align-items:center;gap:5px;padding:2px 10px;border:1px solid var(--c);border-radius:999px;background:var(--bg);color:var(--ink);cursor:pointer}
        #legend button .count{color:var(--muted);font-variant-numeric:tabular-nums}
        #legend button[aria-pressed="false"]{background:var(--paper);border-style:dashed;color:var(--muted);text-decoration:line-through}
        #legend button:focus-visible,th button:focus-visible,tr:focus-visible{outline:2px solid var(--focus);outline-offset:1px}
        .swatch{display:inline-block;width:10px;height:10px;border-radius:2px;background:var(--bg);border:1px solid var(--c);vertical-align:-1px}
        main{flex:1;min-height:0;display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr)}
        #text-pane{overflow:auto;background:var(--paper);border-right:1px solid var(--line);padding:14px 26px 40vh}
        #doc{margin:0;font-family:var(--font);font-size:16px;line-height:2.15;white-space:pre-wrap;overflow-wrap:anywhere}
        mark.rec{color:inherit;background:var(--bg);border-bottom:2px solid var(--c);border-radius:2px;padding:1px 0 calc(1px + var(--h,0) * 4px);cursor:pointer}
        mark.rec.cut{border-right:2px dashed var(--c)}
        mark.rec.cont{border-left:2px dashed var(--c)}
        mark.rec:hover,mark.rec.hover{box-shadow:0 0 0 1px var(--c)}
        mark.rec:focus{outline:2px solid var(--c);outline-offset:1px}
        mark.current{animation:flash 1.2s ease-out 2}
        @keyframes flash{0%,100%{box-shadow:0 0 0 0 transparent}30%{box-shadow:0 0 0 4px var(--focus)}}
        @media (prefers-reduced-motion:reduce){mark.current{animation:none;box-shadow:0 0 0 3px var(--focus)}}
        #side{display:flex;flex-direction:column;min-height:0}
        #records-section{flex:1;display:flex;flex-direction:column;min-height:0}
        .toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px;padding:10px 14px;background:var(--ground);border-bottom:1px solid var(--line)}
        .table-wrap{flex:1;min-height:0;overflow:auto}
        .toolbar label{color:var(--muted);font-size:13px}
        .toolbar select,.toolbar input{font:inherit;font-size:13px;padding:3px 6px;border:1px solid #cbd5e1;border-radius:4px;background:var(--paper)}
        .toolbar input{flex:1;min-width:8em}
        #shown{color:var(--muted);font-size:12px;font-variant-numeric:tabular-nums}
        table{width:100%;border-collapse:collapse;background:var(--paper);font-size:13px}
        thead th{position:sticky;top:0;z-index:1;background:#e2e8f0;text-align:left;padding:0;white-space:nowrap}
        th button{font:inherit;font-weight:600;width:100%;text-align:left;padding:5px 8px;border:0;background:none;color:var(--ink);cursor:pointer}
        th[aria-sort="ascending"] button::after{content:" ▲";font-size:10px}
        th[aria-sort="descending"] button::after{content:" ▼";font-size:10px}
        td{padding:4px 8px;border-top:1px solid var(--line);vertical-align:top}
        td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;color:var(--muted)}
        td.type{white-space:nowrap}
        td.text{min-width:7em;max-width:18em}
        td.fields{color:#334155;font-size:12px;overflow-wrap:anywhere}
        .field{display:inline-block;max-width:100%}
        .field .key{color:var(--muted)}
        tbody tr{cursor:pointer}
        tbody tr:hover{background:#f8fafc}
        tbody tr.selected{background:#fef3c7}
        #tip{position:fixed;z-index:10;max-width:min(380px,90vw);padding:8px 10px;background:var(--paper);border:1px solid #cbd5e1;border-left:4px solid var(--c,#94a3b8);border-radius:6px;box-shadow:0 6px 20px rgba(15,23,42,.18);font-size:13px;line-height:1.5;pointer-events:none}
        #tip .head{display:flex;gap:8px;align-items:baseline;margin-bottom:3px}
        #tip .kind{font-weight:600;color:var(--c)}
        #tip .text{font-size:15px}
        #tip .meta{color:var(--muted);font-size:12px}
        #tip dl{display:grid;grid-template-columns:auto 1fr;gap:1px 10px;margin:5px 0 0}
        #tip dt{color:var(--muted)}
        #tip dd{margin:0;overflow-wrap:anywhere}
        @media (max-width:800px){main{display:block;overflow:auto}#text-pane,.table-wrap{overflow:visible}#text-pane{padding-bottom:20px}}

        """#

    /// Added only to a page with audit findings.
    static let findings = #"""
        mark.finding{background:none;color:inherit;outline:2px dashed #dc2626;outline-offset:3px;border-radius:3px;cursor:pointer}
        mark.finding:not(.cont)::before{content:"⚠";color:#dc2626;font-size:.75em;vertical-align:super;margin-right:1px}
        mark.finding:focus{outline-style:solid}
        #findings{flex:none;max-height:35%;overflow:auto;padding:10px 14px;background:#fef2f2;border-bottom:1px solid #fecaca}
        #findings h2{color:#991b1b}
        #findings ol{margin:6px 0 0;padding-left:22px}
        #findings button{display:block;font:inherit;font-size:13px;text-align:left;padding:2px 0;border:0;background:none;color:var(--ink);cursor:pointer}
        #findings button:hover{text-decoration:underline}
        #findings .check{display:inline-block;padding:0 6px;border-radius:3px;background:#dc2626;color:#fff;font-size:12px}
        #findings .where{color:var(--muted);font-size:12px}
        #tip.finding-tip{--c:#dc2626}
        #tip .finding{margin-top:5px;color:#991b1b}

        """#
}
