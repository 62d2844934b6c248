// The review page. It reads the data embedded above it — the key-field list
// (#jd-fields), one summary line and one detail line per input (#jd-docs), the
// run's facts (#jd-meta) — computes the totals at load, and renders either the
// overview or one document (`#doc=N`, 1-based), the document on demand. Every
// piece of document text goes into the page through textContent, never as markup.
(function () {
  "use strict";

  // A record with fewer key fields than this needs a look.
  const LOW_FIELDS = 4;
  const PAGE_SIZE = 100;
  const LINES_AT_ONCE = 3000;
  const SECTION_NAMES = {
    basic_info: "basic info 基本信息",
    summary: "summary 工作概述",
    responsibilities: "responsibilities 岗位职责",
    qualifications: "qualifications 任职资格",
    relationships: "relationships 工作关系",
    objectives: "objectives 工作目标",
    pitfalls: "pitfalls 常犯错误",
    authority: "authority 岗位权限",
    conditions: "conditions 工作条件",
    career: "career 职业发展",
    benefits: "benefits 福利待遇",
    other: "other 其他",
  };
  // Record members shown elsewhere on the page, not as values.
  const NOT_VALUES = new Set([
    "schema_version", "source", "sections", "fields", "dropped", "diagnostics", "provenance",
  ]);

  const byId = (id) => document.getElementById(id);
  const FIELDS = JSON.parse(byId("jd-fields").textContent);
  const META = JSON.parse(byId("jd-meta").textContent);
  const RAW = byId("jd-docs").textContent.split("\n");
  const app = byId("app");

  // ---- small helpers ------------------------------------------------------

  function h(tag, attrs, children) {
    const el = document.createElement(tag);
    for (const k in attrs || {}) {
      const v = attrs[k];
      if (v == null || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "text") el.textContent = v;
      else if (k === "style") el.style.cssText = v;
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : v);
    }
    add(el, children);
    return el;
  }
  function add(el, c) {
    if (c == null || c === false) return;
    if (Array.isArray(c)) c.forEach((x) => add(el, x));
    else el.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
  const fmt = (n) => n.toLocaleString("en-US");
  const pct = (x) => (x * 100).toFixed(x > 0 && x < 0.1 ? 1 : 0) + "%";
  function bump(map, key, by) { map.set(key, (map.get(key) || 0) + (by || 1)); }
  function bits(m) { let n = 0; while (m) { n += m & 1; m >>>= 1; } return n; }
  function empty(v) {
    if (v == null || v === "" || v === false) return true;
    if (Array.isArray(v)) return v.length === 0;
    if (typeof v === "object") return Object.keys(v).every((k) => empty(v[k]));
    return false;
  }
  function at(obj, pointer) {
    let v = obj;
    for (const part of pointer.split("/").slice(1)) {
      if (v == null) return undefined;
      v = v[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    return v;
  }

  // ---- the data -------------------------------------------------------------

  const docs = [];
  for (let i = 0; i < RAW.length; i++) {
    if (RAW[i] === "") continue;
    const d = JSON.parse(RAW[i]);
    d.n = docs.length + 1;
    d.at = i + 1; // its detail line
    i++;
    const shares = d.cover.map((m) => bits(m) / FIELDS.length);
    d.share = shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : null;
    d.low = d.cover.some((m) => bits(m) < LOW_FIELDS);
    d.issues = [];
    if (d.error) d.issues.push(["error", "error"]);
    else if (d.records === 0) d.issues.push(["norecord", "no record"]);
    if (d.low) d.issues.push(["low", "low coverage"]);
    if (d.warnings.length) {
      d.issues.push(["warning", d.warnings.length === 1 ? "1 warning" : d.warnings.length + " warnings"]);
    }
    d.rank = (d.error ? 8 : 0) + (!d.error && d.records === 0 ? 4 : 0) +
      (d.low ? 2 : 0) + (d.warnings.length ? 1 : 0);
    d.find = [d.path, d.title || "", d.encoding || "", d.format || "", d.warnings.join(" ")]
      .join("\n").toLowerCase();
    docs.push(d);
  }

  const totals = {
    records: 0, failed: 0, none: 0, warned: 0, low: 0, attention: 0,
    enc: new Map(), fmt: new Map(), codes: new Map(), codeFiles: new Map(),
    cover: FIELDS.map(() => 0),
  };
  for (const d of docs) {
    totals.records += d.records;
    if (d.error) totals.failed++;
    else if (d.records === 0) totals.none++;
    if (d.warnings.length) totals.warned++;
    if (d.low) totals.low++;
    if (d.rank) totals.attention++;
    bump(totals.enc, d.encoding || "not read");
    bump(totals.fmt, d.format || "not read");
    for (const c of d.warnings) bump(totals.codes, c);
    for (const c of new Set(d.warnings)) bump(totals.codeFiles, c);
    for (const m of d.cover) {
      FIELDS.forEach((f, i) => { if ((m >>> i) & 1) totals.cover[i]++; });
    }
  }

  // ---- overview ---------------------------------------------------------------

  const state = { q: "", issue: "all", missing: null, sort: "rank", dir: -1, page: 0 };
  let overview = null;
  let filesBody = null;

  function card(num, label, tone, onclick) {
    return h("div", { class: "card" + (tone && num ? " " + tone : "") }, [
      onclick && num
        ? h("button", { class: "num", onclick, title: "Show these files" }, fmt(num))
        : h("div", { class: "num" }, fmt(num)),
      h("div", { class: "label" }, label),
    ]);
  }

  function showOnly(issue) {
    return () => {
      Object.assign(state, { issue, missing: null, page: 0 });
      renderFiles();
      byId("files").scrollIntoView({ behavior: "smooth" });
    };
  }

  function coveragePanel() {
    const rows = FIELDS.map((f, i) => {
      const share = totals.records ? totals.cover[i] / totals.records : 0;
      const tone = share >= 0.8 ? "" : share >= 0.5 ? "fair" : "weak";
      return h("li", null, h("button", {
        class: "bar-row" + (tone === "weak" ? " weak" : ""),
        title: "Show the files whose records lack " + f.label,
        onclick: () => {
          Object.assign(state, { missing: i, issue: "all", page: 0 });
          renderFiles();
          byId("files").scrollIntoView({ behavior: "smooth" });
        },
      }, [
        h("span", { class: "name" }, [f.label, h("small", null, f.zh)]),
        h("span", { class: "bar-track", "aria-hidden": "true" },
          h("span", { class: "bar-fill " + tone, style: "display:block;width:" + (share * 100).toFixed(1) + "%" })),
        h("span", { class: "val" }, [h("b", null, pct(share)), " · " + fmt(totals.cover[i])]),
      ]));
    });
    return h("section", { class: "panel", id: "coverage", "aria-labelledby": "coverage-h" }, [
      h("header", { class: "panel-head" }, [
        h("h2", { id: "coverage-h" }, "Field coverage"),
        h("p", null, "Share of the " + fmt(totals.records) + " records that have each key field. Choose a field to list the files that lack it."),
      ]),
      h("ul", { class: "bars" }, rows),
      h("p", { class: "legend-line" }, [
        h("span", { class: "key", style: "background:var(--good)" }), "80% or more",
        h("span", { class: "key", style: "background:#e09a1a" }), "50–80%",
        h("span", { class: "key", style: "background:var(--weak)" }), "under 50%",
      ]),
    ]);
  }

  function breakdown(title, map, id, onpick) {
    const list = [...map.entries()].sort((a, b) => b[1] - a[1]);
    const max = list.length ? list[0][1] : 1;
    return h("section", { class: "panel", id }, [
      h("h2", null, title),
      list.length
        ? h("ul", { class: "bars" }, list.map(([k, n]) => h("li", null, h(onpick ? "button" : "div", {
          class: "bar-row", style: onpick ? null : "cursor:default",
          onclick: onpick ? () => onpick(k) : null,
        }, [
          h("span", { class: "name" }, k),
          h("span", { class: "bar-track", "aria-hidden": "true" },
            h("span", { class: "bar-fill plain", style: "display:block;width:" + (n / max * 100).toFixed(1) + "%" })),
          h("span", { class: "val" }, [h("b", null, fmt(n)), " · " + pct(n / docs.length)]),
        ]))))
        : h("p", { class: "muted" }, "None."),
    ]);
  }

  function warningsPanel() {
    const list = [...totals.codes.entries()].sort((a, b) => b[1] - a[1]);
    return h("section", { class: "panel", id: "warnings" }, [
      h("h2", null, "Warnings by code"),
      list.length
        ? h("table", { class: "small-table" }, [
          h("thead", null, h("tr", null, [h("th", null, "Code"), h("th", { class: "num" }, "Warnings"), h("th", { class: "num" }, "Files")])),
          h("tbody", null, list.map(([code, n]) => h("tr", null, [
            h("td", null, h("a", {
              href: "#", onclick: (e) => {
                e.preventDefault();
                Object.assign(state, { q: code, issue: "all", missing: null, page: 0 });
                byId("q").value = code;
                renderFiles();
                byId("files").scrollIntoView({ behavior: "smooth" });
              },
            }, h("code", null, code))),
            h("td", { class: "num" }, fmt(n)),
            h("td", { class: "num" }, fmt(totals.codeFiles.get(code))),
          ]))),
        ])
        : h("p", { class: "muted" }, "No warnings."),
    ]);
  }

  const COLUMNS = [
    ["n", "#", true], ["path", "File", false], ["title", "Title", false],
    ["encoding", "Encoding", false], ["format", "Format", false],
    ["records", "Records", true], ["share", "Coverage", true], ["rank", "Needs attention", false],
  ];

  function filesPanel() {
    const search = h("input", {
      type: "search", id: "q", placeholder: "Filter: path, title, encoding, warning",
      "aria-label": "Filter files", value: state.q,
      oninput: (e) => { state.q = e.target.value; state.page = 0; renderFiles(); },
    });
    const select = h("select", {
      id: "issue", "aria-label": "Which files",
      onchange: (e) => { state.issue = e.target.value; state.page = 0; renderFiles(); },
    }, [
      ["all", "All files"], ["attention", "Needing attention"], ["error", "Failed"],
      ["norecord", "No record"], ["warning", "With warnings"], ["low", "Low coverage"],
    ].map(([v, t]) => h("option", { value: v }, t)));
    const head = h("tr", null, COLUMNS.map(([key, label, num]) => h("th", {
      class: num ? "num" : null, "data-key": key, scope: "col",
    }, h("button", {
      onclick: () => {
        if (state.sort === key) state.dir = -state.dir;
        else { state.sort = key; state.dir = key === "rank" ? -1 : 1; }
        renderFiles();
      },
    }, label))));
    filesBody = h("tbody");
    return h("section", { class: "panel", id: "files", "aria-labelledby": "files-h" }, [
      h("header", { class: "panel-head" }, [
        h("h2", { id: "files-h" }, "Files"),
        h("p", null, (totals.attention
          ? fmt(totals.attention) + " need attention: failed, no record, warnings, or low coverage (a record with fewer than " +
            LOW_FIELDS + " of the " + FIELDS.length + " key fields). They are listed first."
          : "No file needs attention.")),
      ]),
      h("div", { class: "toolbar" }, [search, select, h("span", { id: "missing-chip" }), h("span", { class: "count", id: "files-count" })]),
      h("div", { style: "overflow-x:auto" }, h("table", { id: "files-table" }, [h("thead", null, head), filesBody])),
      h("div", { class: "pager", id: "pager" }),
    ]);
  }

  function matches(d) {
    if (state.q && !d.find.includes(state.q.toLowerCase())) return false;
    if (state.missing != null && !d.cover.some((m) => !((m >>> state.missing) & 1))) return false;
    switch (state.issue) {
      case "attention": return d.rank > 0;
      case "error": return !!d.error;
      case "norecord": return !d.error && d.records === 0;
      case "warning": return d.warnings.length > 0;
      case "low": return d.low;
      default: return true;
    }
  }

  function compare(a, b) {
    const k = state.sort;
    let x = a[k], y = b[k];
    if (x == null) x = k === "share" ? -1 : "";
    if (y == null) y = k === "share" ? -1 : "";
    if (x < y) return -state.dir;
    if (x > y) return state.dir;
    return a.n - b.n;
  }

  function renderFiles() {
    byId("issue").value = state.issue;
    const chip = byId("missing-chip");
    chip.textContent = "";
    if (state.missing != null) {
      add(chip, h("button", {
        class: "btn on", title: "Clear this filter",
        onclick: () => { state.missing = null; state.page = 0; renderFiles(); },
      }, "lacking " + FIELDS[state.missing].label + " ✕"));
    }
    for (const th of document.querySelectorAll("#files-table th")) {
      if (th.dataset.key === state.sort) th.setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    }
    const list = docs.filter(matches).sort(compare);
    const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    const from = state.page * PAGE_SIZE;
    const shown = list.slice(from, from + PAGE_SIZE);
    filesBody.textContent = "";
    for (const d of shown) {
      add(filesBody, h("tr", null, [
        h("td", { class: "num muted" }, d.n),
        h("td", null, h("a", { class: "path", href: "#doc=" + d.n }, d.path)),
        h("td", null, d.title || h("span", { class: "muted" }, "—")),
        h("td", null, d.encoding || "—"),
        h("td", null, d.format || "—"),
        h("td", { class: "num" }, d.error ? "—" : d.records),
        h("td", { class: "num" }, d.share == null ? "—" : pct(d.share)),
        h("td", null, d.issues.map(([cls, t]) => h("span", { class: "chip " + cls }, t))),
      ]));
    }
    if (!shown.length) add(filesBody, h("tr", null, h("td", { colspan: COLUMNS.length, class: "muted" }, "No file matches.")));
    byId("files-count").textContent = list.length === docs.length
      ? fmt(docs.length) + " files"
      : fmt(list.length) + " of " + fmt(docs.length) + " files";
    const pager = byId("pager");
    pager.textContent = "";
    if (pages > 1) {
      add(pager, [
        h("button", { class: "btn", disabled: state.page === 0, onclick: () => { state.page--; renderFiles(); } }, "‹ Previous"),
        h("span", null, "Rows " + fmt(from + 1) + "–" + fmt(from + shown.length) + " of " + fmt(list.length) + " · page " + (state.page + 1) + " of " + pages),
        h("button", { class: "btn", disabled: state.page >= pages - 1, onclick: () => { state.page++; renderFiles(); } }, "Next ›"),
      ]);
    }
  }

  function buildOverview() {
    overview = h("div", { id: "overview" }, [
      h("div", { class: "cards", id: "totals" }, [
        card(docs.length, "files", null),
        card(totals.records, "records", null),
        card(totals.failed, "failed files", "bad", showOnly("error")),
        card(totals.none, "files with no record", "warn", showOnly("norecord")),
        card(totals.warned, "files with warnings", "warn", showOnly("warning")),
        card(totals.low, "files with low coverage", "warn", showOnly("low")),
      ]),
      h("div", { class: "grid-2" }, [
        coveragePanel(),
        h("div", { class: "stack" }, [
          breakdown("By encoding", totals.enc, "encodings", (k) => {
            Object.assign(state, { q: k === "not read" ? "" : k, issue: k === "not read" ? "error" : "all", missing: null, page: 0 });
            byId("q").value = state.q;
            renderFiles();
            byId("files").scrollIntoView({ behavior: "smooth" });
          }),
          breakdown("By format", totals.fmt, "formats", null),
          warningsPanel(),
        ]),
      ]),
      filesPanel(),
    ]);
    app.appendChild(overview);
    renderFiles();
  }

  // ---- one document -------------------------------------------------------------

  let view = null;

  function showDoc(index, recordIndex, pointer) {
    const d = docs[index];
    const detail = JSON.parse(RAW[d.at]);
    if (view) view.remove();
    overview.hidden = true;
    const records = detail.records;
    const ri = Math.min(Math.max(recordIndex, 0), Math.max(records.length - 1, 0));
    const text = detail.text;

    // What each line is: its section (by key), dropped reason, title.
    const section = new Array(text.length + 2);
    const dropped = new Map();
    const titles = new Set();
    const fieldLines = new Set();
    for (const r of records) {
      for (const s of r.sections) {
        for (let l = s.lines[0]; l <= s.lines[1] && l <= text.length; l++) section[l] = s.key;
      }
      for (const x of r.dropped) dropped.set(x.line, x.reason);
      for (const f of r.fields) fieldLines.add(f.line);
      if (r.title) {
        for (let l = r.source.lines[0]; l <= r.source.lines[1] && l <= text.length; l++) {
          if (!section[l] && !dropped.has(l) && text[l - 1].trim() === r.title) { titles.add(l); break; }
        }
      }
    }
    const keys = [...new Set(section.filter(Boolean))];

    const lineEls = new Map();
    const linesBox = h("div", { class: "lines", id: "doc-lines", "aria-label": "Document lines" });
    function renderLines(upto) {
      linesBox.textContent = "";
      lineEls.clear();
      const n = Math.min(text.length, upto);
      const frag = document.createDocumentFragment();
      for (let l = 1; l <= n; l++) {
        const key = section[l];
        const why = dropped.get(l);
        const el = h("div", {
          class: "ln" + (why != null ? " dropped" : "") + (titles.has(l) ? " title" : "") + (fieldLines.has(l) ? " field-line" : ""),
          id: "L" + l,
          style: key ? "background:var(--s-" + key + ");border-left-color:var(--e-" + key + ")"
            : titles.has(l) ? "background:var(--s-title);border-left-color:var(--e-title)" : null,
          title: key ? "section: " + key : null,
        }, [
          h("span", { class: "no" }, l),
          h("span", { class: "tx" }, [text[l - 1], why != null ? h("span", { class: "why" }, "dropped: " + why) : null]),
        ]);
        lineEls.set(l, el);
        frag.appendChild(el);
      }
      linesBox.appendChild(frag);
      if (n < text.length) {
        add(linesBox, h("button", { class: "btn more", onclick: () => renderLines(Infinity) },
          "Show all " + fmt(text.length) + " lines (" + fmt(text.length - n) + " more)"));
      }
    }
    renderLines(LINES_AT_ONCE);
    if (!text.length) {
      add(linesBox, h("p", { class: "more muted" }, d.error ? "The file could not be read." : "No text to show."));
    }

    const status = h("p", { class: "prov-note", id: "pick-status", "aria-live": "polite" });
    function mark(lines, button, what) {
      for (const el of linesBox.querySelectorAll(".ln.hit")) el.classList.remove("hit");
      for (const el of view.querySelectorAll(".pick.on")) el.classList.remove("on");
      if (button) button.classList.add("on");
      const list = [...lines].sort((a, b) => a - b);
      if (list.length && list[list.length - 1] > lineEls.size && lineEls.size < text.length) renderLines(Infinity);
      for (const l of list) { const el = lineEls.get(l); if (el) el.classList.add("hit"); }
      const first = lineEls.get(list[0]);
      if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
      status.textContent = list.length
        ? what + ": line" + (list.length > 1 ? "s " : " ") + spans(list)
        : what + ": no line found";
    }

    const head = h("div", { class: "doc-head" }, [
      h("a", { href: "#", id: "back" }, "← All files"),
      h("h1", null, d.path),
      h("span", null, [
        h("span", { class: "chip" }, d.encoding || "not read"),
        h("span", { class: "chip" }, d.format || "—"),
        h("span", { class: "chip" }, d.error ? "failed" : d.records === 1 ? "1 record" : d.records + " records"),
        d.issues.filter(([c]) => c !== "error").map(([c, t]) => h("span", { class: "chip " + c }, t)),
      ]),
      h("span", { class: "doc-nav" }, [
        h("a", { class: "btn", href: "#doc=" + (d.n - 1), hidden: d.n <= 1 }, "‹ Previous file"),
        h("a", { class: "btn", href: "#doc=" + (d.n + 1), hidden: d.n >= docs.length }, "Next file ›"),
        (() => {
          const next = docs.find((x) => x.n > d.n && x.rank);
          return next ? h("a", { class: "btn", href: "#doc=" + next.n }, "Next needing attention ›") : null;
        })(),
      ]),
    ]);

    const legend = h("div", { class: "legend", "aria-label": "Section colours" }, [
      keys.map((k) => h("span", null, [h("i", { style: "background:var(--s-" + k + ");border-color:var(--e-" + k + ")" }), SECTION_NAMES[k] || k])),
      titles.size ? h("span", null, [h("i", { style: "background:var(--s-title);border-color:var(--e-title)" }), "title"]) : null,
      dropped.size ? h("span", null, [h("i", { style: "background:#fff;border-color:#c9cfd8" }), h("s", null, "dropped"), " (site chrome, with its reason)"]) : null,
    ]);

    const side = h("aside", { class: "panel record", id: "doc-record", "aria-label": "Extracted record" });
    function renderRecord(k) {
      side.textContent = "";
      if (!records.length) {
        add(side, [h("h2", null, "No record"), h("p", { class: "muted" }, d.error
          ? "The file could not be read: " + d.error
          : "No job description was found in this file."), diagnostics(detail.diagnostics, mark)]);
        return;
      }
      const r = records[k];
      if (records.length > 1) {
        add(side, h("div", { class: "tabs", role: "tablist" }, records.map((x, j) => h("button", {
          class: "btn" + (j === k ? " on" : ""), role: "tab", "aria-selected": j === k ? "true" : "false",
          onclick: () => { history.replaceState(null, "", "#doc=" + d.n + "&record=" + (j + 1)); renderRecord(j); },
        }, "Record " + (j + 1)))));
      }
      const prov = r.provenance || {};
      const hasProv = Object.keys(prov).length > 0;
      function linesOf(pointer, value) {
        if (hasProv) {
          // The value's own entries and its parts'; else the nearest enclosing value's.
          const out = new Set();
          for (let at = pointer; at && !out.size; at = at.slice(0, at.lastIndexOf("/"))) {
            for (const p in prov) {
              if (p === at || (at === pointer && p.startsWith(pointer + "/"))) prov[p].forEach((l) => out.add(l));
            }
          }
          return out;
        }
        return guessLines(r, value, text);
      }
      function pick(label, pointer, value, content) {
        const b = h("button", { class: "pick", "data-pointer": pointer }, content);
        b.addEventListener("click", () => mark(linesOf(pointer, value), b, label));
        return b;
      }
      add(side, [
        h("div", { class: "rec-title" }, r.title || (r.position && r.position.title) || "(untitled record)"),
        h("div", { class: "rec-sub" }, "Lines " + r.source.lines[0] + "–" + r.source.lines[1] + " · " +
          r.sections.length + " sections · " + r.fields.length + " label/value pairs"),
        status,
      ]);
      status.textContent = hasProv
        ? "Choose a value to mark the lines it came from."
        : "This record carries no provenance: choosing a value marks the lines that contain it (approximate).";

      const dl = h("dl", { class: "fields", id: "key-fields" });
      const shown = new Set();
      for (const f of FIELDS) {
        shown.add(f.pointer);
        const v = at(r, f.pointer);
        add(dl, h("dt", null, [f.label, h("small", null, f.zh)]));
        add(dl, valueCell(f.label, f.pointer, v, pick));
      }
      add(side, [h("h3", { class: "section-title" }, "Key fields"), dl]);

      const more = h("dl", { class: "fields", id: "other-values" });
      let count = 0;
      for (const top of Object.keys(r)) {
        if (NOT_VALUES.has(top)) continue;
        const v = r[top];
        const members = v && typeof v === "object" && !Array.isArray(v)
          ? Object.keys(v).map((m) => ["/" + top + "/" + m, top + "." + m, v[m]])
          : [["/" + top, top, v]];
        for (const [pointer, label, value] of members) {
          if (shown.has(pointer) || [...shown].some((p) => pointer.startsWith(p + "/")) || empty(value)) continue;
          count++;
          add(more, h("dt", null, label));
          add(more, valueCell(label, pointer, value, pick));
        }
      }
      if (count) add(side, [h("h3", { class: "section-title" }, "Other values"), more]);

      if (r.sections.length) {
        add(side, [h("h3", { class: "section-title" }, "Sections"), h("dl", { class: "fields" }, r.sections.flatMap((s) => {
          const range = [];
          for (let l = s.lines[0]; l <= s.lines[1]; l++) range.push(l);
          const b = h("button", { class: "pick" }, [s.heading || "(no heading)", h("span", { class: "lines-of" }, s.lines[0] + "–" + s.lines[1])]);
          b.addEventListener("click", () => mark(range, b, "section " + s.key));
          return [h("dt", null, [h("span", { class: "key", style: "margin:0 6px 0 0;background:var(--e-" + s.key + ")" }), s.key]), h("dd", null, b)];
        }))]);
      }
      if (r.fields.length) {
        add(side, [h("h3", { class: "section-title" }, "Label/value pairs as found"), h("dl", { class: "fields" }, r.fields.flatMap((f) => {
          const b = h("button", { class: "pick" }, [f.value || "—", h("span", { class: "lines-of" }, "line " + f.line)]);
          b.addEventListener("click", () => mark([f.line], b, f.label));
          return [h("dt", null, f.label), h("dd", null, b)];
        }))]);
      }
      add(side, diagnostics(r.diagnostics, mark));
    }
    renderRecord(ri);

    view = h("div", { id: "doc-view" }, [
      head,
      d.error ? h("div", { class: "doc-error", role: "alert" }, [h("strong", null, "Not read: "), d.error]) : null,
      legend,
      h("div", { class: "doc-grid" }, [linesBox, side]),
    ]);
    app.appendChild(view);
    document.title = d.path + " · jdparse review report";
    window.scrollTo(0, 0);
    if (pointer) {
      const picks = [...side.querySelectorAll(".pick[data-pointer]")];
      const b = picks.find((x) => x.dataset.pointer === pointer) ||
        picks.find((x) => x.dataset.pointer.startsWith(pointer + "/"));
      if (b) b.click();
    }
  }

  function diagnostics(list, mark) {
    if (!list || !list.length) return null;
    return [h("h3", { class: "section-title" }, "Diagnostics"), h("ul", { class: "diag" }, list.map((x) => {
      const text = x.severity + " · " + x.code + ": " + x.message;
      return h("li", null, x.line
        ? h("button", { class: "pick", onclick: (e) => mark([x.line], e.currentTarget, x.code) }, [text, h("span", { class: "lines-of" }, "line " + x.line)])
        : text);
    }))];
  }

  // One value of the record, as a <dd>: lists item by item, each its own pick.
  function valueCell(label, pointer, v, pick) {
    if (empty(v)) return h("dd", { class: "missing" }, "not found");
    if (Array.isArray(v)) {
      return h("dd", null, v.map((item, i) => pick(label + " " + (i + 1), pointer + "/" + i, item, describe(item))));
    }
    return h("dd", null, pick(label, pointer, v, describe(v)));
  }

  function describe(v) {
    if (v == null) return "—";
    if (typeof v !== "object") return String(v);
    if (Array.isArray(v)) return v.map(describe).join("; ");
    if ("raw" in v) {
      const extra = [];
      if (v.level) extra.push(v.level + (v.or_above ? " or above" : ""));
      if (v.min != null || v.max != null) extra.push(range(v.min, v.max) + (v.currency ? " " + v.currency : "") + (v.period ? " / " + v.period : ""));
      if (v.min_years != null || v.max_years != null) extra.push(range(v.min_years, v.max_years) + " years");
      return [v.raw, extra.length ? h("span", { class: "lines-of" }, extra.join(", ")) : null];
    }
    if ("description" in v || "name" in v) {
      return [
        v.name ? h("strong", null, v.name + (v.description ? ": " : "")) : null,
        v.description || "",
        v.kpi ? h("span", { class: "lines-of" }, "KPI " + v.kpi) : null,
        v.subitems && v.subitems.length ? h("ul", { class: "sub" }, v.subitems.map((s) => h("li", null, s))) : null,
      ];
    }
    if ("goal" in v) return [v.goal || "", v.measure ? " — " + v.measure : ""];
    if ("mistake" in v) return [v.mistake || "", v.remedy ? " — " + v.remedy : ""];
    if ("min" in v && "max" in v) return range(v.min, v.max);
    return Object.keys(v).filter((k) => !empty(v[k])).map((k) => k + ": " + describe(v[k])).join(" · ");
  }

  // Without provenance, the lines of the record that hold a value's text.
  function guessLines(r, value, text) {
    const leaves = [];
    (function walk(v) {
      if (leaves.length >= 50 || v == null) return;
      if (typeof v === "string") { if (v.trim()) leaves.push(v.normalize("NFKC").trim()); }
      else if (typeof v === "number") leaves.push(String(v));
      else if (typeof v === "object") for (const k in v) walk(v[k]);
    })(value);
    const out = new Set();
    const [a, b] = r.source.lines;
    for (let l = a; l <= b && l <= text.length; l++) {
      const t = text[l - 1].normalize("NFKC").trim();
      if (!t) continue;
      if (leaves.some((s) => t.includes(s) || (t.length >= 4 && s.includes(t)))) out.add(l);
    }
    return out;
  }

  function range(min, max) {
    if (min != null && max != null) return min === max ? String(min) : min + "–" + max;
    return min != null ? "≥ " + min : "≤ " + max;
  }

  // 3,4,5,9 → "3–5, 9"
  function spans(list) {
    const out = [];
    for (let i = 0; i < list.length; i++) {
      let j = i;
      while (j + 1 < list.length && list[j + 1] === list[j] + 1) j++;
      out.push(i === j ? String(list[i]) : list[i] + "–" + list[j]);
      i = j;
    }
    return out.join(", ");
  }

  // ---- routing ----------------------------------------------------------------

  function route() {
    const m = /^#doc=(\d+)(?:&record=(\d+))?(?:&field=([^&]*))?/.exec(location.hash);
    if (m && docs[+m[1] - 1]) {
      showDoc(+m[1] - 1, m[2] ? +m[2] - 1 : 0, m[3] ? decodeURIComponent(m[3]) : null);
    } else {
      if (view) { view.remove(); view = null; }
      overview.hidden = false;
      document.title = "jdparse review report";
    }
  }

  byId("loading").remove();
  const when = META.generated ? new Date(META.generated * 1000).toLocaleString() : "";
  byId("meta-line").textContent = fmt(docs.length) + " files · " + fmt(totals.records) + " records" +
    (when ? " · generated " + when : "") + " · " + META.generator;
  buildOverview();
  window.addEventListener("hashchange", route);
  route();
  // How long the page took to open (milliseconds since navigation): checked by scripts/report-check.sh.
  document.body.dataset.readyMs = Math.round(performance.now());
})();
