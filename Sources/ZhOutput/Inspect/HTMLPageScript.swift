/// The scripts of ``HTMLPage``, inline in the page. They read the page's data
/// (`#zhx-data`) and the marks and rows Swift wrote; they never cut the document's text (its
/// offsets count scalars, JavaScript's strings UTF-16 units).
enum HTMLPageScript {
    /// Tooltips on hover and focus, the legend's toggles, the table's filters and sorting, and
    /// the link from a row to its record and back. Leaves `window.zhxInspect` (the data, the
    /// tooltip builders by mark class, `reveal`, `recordId`, `el`) for the findings script.
    static let base = #"""

        (() => {
          "use strict";
          const data = JSON.parse(document.getElementById("zhx-data").textContent);
          const records = data.records;
          const root = document.documentElement;
          const pane = document.getElementById("text-pane");
          const tip = document.getElementById("tip");
          const tbody = document.querySelector("#records tbody");
          const rows = Array.from(tbody.rows);
          const rowOf = [];
          for (const row of rows) rowOf[+row.dataset.row] = row;
          const hiddenTypes = new Set();
          const markSelector = "#doc mark";

          const el = (tag, className, text) => {
            const node = document.createElement(tag);
            if (className) node.className = className;
            if (text != null) node.textContent = text;
            return node;
          };
          const recordId = mark => +(mark.dataset.rec ?? mark.dataset.part);
          /** Every piece of a record (a record cut by an overlap has several). */
          const piecesOf = mark => mark.classList.contains("rec")
            ? document.querySelectorAll(`#doc mark[data-rec="${recordId(mark)}"],#doc mark[data-part="${recordId(mark)}"]`)
            : [mark];
          const isOn = mark => !mark.classList.contains("rec") || !hiddenTypes.has(records[recordId(mark)].type);
          /** The innermost mark holding `node` whose type is shown. */
          const markAt = node => {
            let mark = node && node.closest ? node.closest(markSelector) : null;
            while (mark && !isOn(mark)) mark = mark.parentElement.closest(markSelector);
            return mark;
          };

          // Tooltips: what a mark shows, by its first class ("rec"; the findings script adds "finding").
          const tipFor = {
            rec(mark) {
              const r = records[recordId(mark)];
              const body = document.createDocumentFragment();
              const head = el("div", "head");
              head.append(el("span", "kind", r.type), el("span", "text", r.text));
              body.append(head, el("div", "meta", `line ${r.line} · ${r.start}–${r.end} · ${r.pattern}`));
              if (r.fields.length) {
                const list = el("dl");
                for (const [key, value] of r.fields) list.append(el("dt", null, key), el("dd", null, value));
                body.append(list);
              }
              return { className: "t-" + r.type, body };
            },
          };
          let tipOwner = null;
          const placeTip = mark => {
            const box = mark.getClientRects()[0] || mark.getBoundingClientRect();
            const view = pane.getBoundingClientRect();
            if (box.bottom < view.top || box.top > view.bottom) { hideTip(); return; }
            const width = tip.offsetWidth, height = tip.offsetHeight;
            const x = Math.max(8, Math.min(box.left, innerWidth - width - 8));
            let y = box.bottom + 8;
            if (y + height > innerHeight - 8) y = Math.max(8, box.top - height - 8);
            tip.style.left = x + "px";
            tip.style.top = y + "px";
          };
          const showTip = mark => {
            const made = tipFor[mark.classList[0]](mark);
            tip.className = made.className;
            tip.replaceChildren(made.body);
            tip.hidden = false;
            tipOwner = mark;
            placeTip(mark);
          };
          const hideTip = () => { tip.hidden = true; tipOwner = null; };
          const focusedMark = () => {
            const focused = document.activeElement;
            return focused && focused.matches && focused.matches(markSelector) ? focused : null;
          };
          const setHover = mark => {
            for (const old of document.querySelectorAll("#doc mark.hover")) old.classList.remove("hover");
            if (mark) for (const piece of piecesOf(mark)) piece.classList.add("hover");
          };

          pane.addEventListener("mouseover", event => {
            const mark = markAt(event.target);
            setHover(mark);
            if (mark) showTip(mark);
          });
          pane.addEventListener("mouseout", event => {
            if (markAt(event.relatedTarget)) return; // the mark entered shows its own
            setHover(null);
            const focused = focusedMark();
            if (focused) showTip(focused); else hideTip();
          });
          pane.addEventListener("focusin", event => {
            const mark = event.target.closest(markSelector);
            if (!mark) return;
            mark.setAttribute("aria-describedby", "tip");
            showTip(mark);
          });
          pane.addEventListener("focusout", event => {
            const mark = event.target.closest(markSelector);
            if (mark) mark.removeAttribute("aria-describedby");
            hideTip();
          });
          pane.addEventListener("scroll", () => { if (tipOwner) placeTip(tipOwner); }, { passive: true });
          addEventListener("resize", () => { if (tipOwner) placeTip(tipOwner); });

          // The table's selection follows a click (or Enter) on a record in the text.
          let selectedRow = null;
          const selectRow = (id, scroll) => {
            if (selectedRow) { selectedRow.classList.remove("selected"); selectedRow.removeAttribute("aria-current"); }
            selectedRow = rowOf[id];
            selectedRow.classList.add("selected");
            selectedRow.setAttribute("aria-current", "true");
            if (scroll && !selectedRow.hidden) selectedRow.scrollIntoView({ block: "nearest" });
          };
          const pickMark = event => {
            const mark = markAt(event.target);
            if (mark && mark.classList.contains("rec")) selectRow(recordId(mark), true);
          };
          pane.addEventListener("click", pickMark);
          pane.addEventListener("keydown", event => { if (event.key === "Enter") pickMark(event); });

          /** Scrolls the text to `mark`, flashes its pieces and focuses it (which shows its tooltip). */
          const reveal = mark => {
            for (const old of document.querySelectorAll("#doc mark.current")) old.classList.remove("current");
            for (const piece of piecesOf(mark)) {
              void piece.offsetWidth; // restart the flash
              piece.classList.add("current");
            }
            mark.scrollIntoView({ block: "center", inline: "nearest" });
            mark.focus({ preventScroll: true });
          };
          const activate = row => {
            const id = +row.dataset.row;
            selectRow(id, false);
            reveal(document.querySelector(`#doc mark[data-rec="${id}"]`));
          };
          tbody.addEventListener("click", event => {
            const row = event.target.closest("tr");
            if (row) activate(row);
          });
          tbody.addEventListener("keydown", event => {
            if ((event.key === "Enter" || event.key === " ") && event.target.matches("tr")) {
              event.preventDefault();
              activate(event.target);
            }
          });

          // Filters: the legend's types, the type list, the text (the record's text and field values).
          const typeFilter = document.getElementById("type-filter");
          const textFilter = document.getElementById("text-filter");
          const shown = document.getElementById("shown");
          const haystack = records.map(r => [r.text, ...r.fields.map(field => field[1])].join("\u0000").toLowerCase());
          const filter = () => {
            const type = typeFilter.value, query = textFilter.value.trim().toLowerCase();
            let count = 0;
            for (const row of rows) {
              const id = +row.dataset.row, r = records[id];
              const visible = !hiddenTypes.has(r.type) && (!type || r.type === type) && (!query || haystack[id].includes(query));
              row.hidden = !visible;
              if (visible) count++;
            }
            shown.textContent = `${count} of ${rows.length}`;
          };
          typeFilter.addEventListener("change", filter);
          textFilter.addEventListener("input", filter);

          document.getElementById("legend").addEventListener("click", event => {
            const button = event.target.closest("button[data-type]");
            if (!button) return;
            const type = button.dataset.type, off = !hiddenTypes.has(type);
            if (off) hiddenTypes.add(type); else hiddenTypes.delete(type);
            root.classList.toggle("off-" + type, off);
            button.setAttribute("aria-pressed", String(!off));
            for (const mark of document.querySelectorAll(`#doc mark[data-rec].t-${type}`)) mark.tabIndex = off ? -1 : 0;
            if (tipOwner && !isOn(tipOwner)) hideTip();
            filter();
          });

          // Sorting: a header's button sorts by its column, again the other way.
          const collator = new Intl.Collator("zh-Hans", { numeric: true });
          const fieldText = records.map(r => r.fields.map(field => field.join("=")).join(" "));
          const compare = {
            id: (a, b) => a - b,
            type: (a, b) => collator.compare(records[a].type, records[b].type) || a - b,
            text: (a, b) => collator.compare(records[a].text, records[b].text) || a - b,
            line: (a, b) => records[a].line - records[b].line || records[a].start - records[b].start || a - b,
            start: (a, b) => records[a].start - records[b].start || records[a].end - records[b].end || a - b,
            fields: (a, b) => collator.compare(fieldText[a], fieldText[b]) || a - b,
          };
          let sortKey = "id", sortDirection = 1;
          document.querySelector("#records thead").addEventListener("click", event => {
            const button = event.target.closest("button[data-sort]");
            if (!button) return;
            const key = button.dataset.sort;
            sortDirection = key === sortKey ? -sortDirection : 1;
            sortKey = key;
            for (const header of document.querySelectorAll("#records th")) header.setAttribute("aria-sort", "none");
            button.parentElement.setAttribute("aria-sort", sortDirection > 0 ? "ascending" : "descending");
            const order = rows.map(row => +row.dataset.row).sort((a, b) => sortDirection * compare[key](a, b));
            const sorted = document.createDocumentFragment();
            for (const id of order) sorted.append(rowOf[id]);
            tbody.append(sorted);
          });

          window.zhxInspect = { data, tipFor, reveal, recordId, el };
        })();

        """#

    /// Added only to a page with audit findings: their tooltips, their messages in the tooltips
    /// of the records they concern, and the list that scrolls to each.
    static let findings = #"""

        (() => {
          "use strict";
          const { data, tipFor, reveal, recordId, el } = window.zhxInspect;
          const findings = data.findings;
          tipFor.finding = mark => {
            const f = findings[+(mark.dataset.finding ?? mark.dataset.findingPart)];
            const body = document.createDocumentFragment();
            const head = el("div", "head");
            head.append(el("span", "kind", "finding · " + f.check), el("span", "text", f.text));
            body.append(head, el("div", "finding", f.message), el("div", "meta", `line ${f.line} · ${f.start}–${f.end}`));
            const list = el("dl");
            for (const key of ["stated", "computed", "tolerance"]) list.append(el("dt", null, key), el("dd", null, f[key]));
            body.append(list);
            return { className: "finding-tip", body };
          };
          const recordTip = tipFor.rec;
          tipFor.rec = mark => {
            const made = recordTip(mark);
            for (const index of data.records[recordId(mark)].findings || []) {
              made.body.append(el("div", "finding", "⚠ " + findings[index].message));
            }
            return made;
          };
          document.getElementById("findings").addEventListener("click", event => {
            const button = event.target.closest("button[data-goto-finding]");
            if (button) reveal(document.querySelector(`#doc mark[data-finding="${button.dataset.gotoFinding}"]`));
          });
        })();

        """#
}
