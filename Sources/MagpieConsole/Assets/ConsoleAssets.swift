/// The console's stylesheet and scripts, written for Magpie and served by it (no CDN, no build step).
enum ConsoleAssets {
    static let stylesheet = #"""
    :root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --accent: #2456a6; --bad: #a42a2a; --good: #1f6f3a; --paper: #f6f7f9; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--paper); }
    header.top { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; padding: .6rem 1.2rem; background: var(--ink); color: #fff; }
    header.top a { color: #dfe6f5; text-decoration: none; }
    header.top a:hover { text-decoration: underline; }
    header.top nav { display: flex; flex-wrap: wrap; gap: .9rem; flex: 1; }
    .brand { font-weight: 700; font-size: 1.1rem; color: #fff !important; }
    .signout { margin: 0; display: flex; align-items: center; gap: .5rem; }
    main { padding: 1rem 1.4rem 3rem; max-width: 1400px; }
    h1 { font-size: 1.4rem; margin: .4rem 0 1rem; }
    h2 { font-size: 1.1rem; margin-top: 2rem; }
    table { border-collapse: collapse; width: 100%; background: #fff; margin: .5rem 0; }
    th, td { text-align: left; padding: .35rem .55rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { background: #eef1f6; font-weight: 600; }
    table.figures { width: auto; min-width: 22rem; }
    code { font: 13px ui-monospace, SFMono-Regular, Menlo, monospace; word-break: break-all; }
    .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: .8rem; }
    .tile { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .8rem; color: var(--muted); }
    .tile a { color: inherit; text-decoration: none; }
    .figure { display: block; font-size: 1.6rem; color: var(--ink); font-weight: 600; }
    .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem; display: grid; gap: .6rem; max-width: 46rem; }
    .card.narrow { max-width: 22rem; }
    .card label { display: grid; gap: .2rem; }
    /* A checkbox sits before its text on one line, in the card as in the ACL tree. */
    .card label:has(> input[type=checkbox]), fieldset.acl label { display: flex; gap: .45rem; align-items: center; }
    fieldset { min-width: 0; border: 1px solid var(--line); border-radius: 4px; }
    form.inline, form.filters { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin: .5rem 0; }
    form.filters label { display: grid; font-size: .85rem; color: var(--muted); }
    input, select, textarea, button, a.button { font: inherit; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 4px; }
    button, a.button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; text-decoration: none; }
    button.danger { background: #fff; color: var(--bad); border-color: var(--bad); }
    td.actions, div.actions { display: flex; gap: .4rem; }
    td form { margin: 0; }
    .notice { background: #e5f3ea; border-left: 4px solid var(--good); padding: .5rem .8rem; }
    .problem { background: #f8e6e6; border-left: 4px solid var(--bad); padding: .5rem .8rem; }
    .hint { color: var(--muted); font-size: .9rem; }
    .failed { color: var(--bad); }
    .pager { display: flex; gap: 1rem; align-items: center; margin: .6rem 0; }
    fieldset.acl ul { list-style: none; padding-left: 1.1rem; margin: .1rem 0; }
    fieldset.acl { max-height: 24rem; overflow: auto; }
    details { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: .4rem 0; padding: .3rem .6rem; }
    summary { cursor: pointer; font-weight: 600; }
    tr.operation { cursor: pointer; }
    tr.operation:hover { background: #f0f4fb; }
    .method { font-weight: 700; font-size: .8rem; }
    .answer { background: #11151d; color: #d8e0ee; padding: .7rem; border-radius: 4px; max-height: 28rem; overflow: auto; white-space: pre-wrap; }
    .acl-cell { color: var(--muted); font-size: .85rem; }
    """#

    /// Fills the explorer's form from a clicked operation and sends it through the console, which
    /// adds the session's token; the answer is shown as text.
    static let explorerScript = #"""
    (function () {
      var form = document.getElementById("explorer");
      var answer = document.getElementById("answer");
      document.querySelectorAll("tr.operation").forEach(function (row) {
        row.addEventListener("click", function () {
          form.elements.method.value = row.dataset.method;
          form.elements.path.value = row.dataset.path;
          form.scrollIntoView();
        });
      });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        answer.textContent = "Sending…";
        fetch(form.action, { method: "POST", body: new URLSearchParams(new FormData(form)), credentials: "same-origin" })
          .then(function (response) { return response.text(); })
          .then(function (text) {
            var lines = text.split("\n");
            var status = lines.shift();
            var body = lines.join("\n");
            try { body = JSON.stringify(JSON.parse(body), null, 2); } catch (ignored) {}
            answer.textContent = "HTTP " + status + "\n\n" + body;
          })
          .catch(function (error) { answer.textContent = String(error); });
      });
    })();
    """#

    /// A small Swagger 2.0 viewer: operations by tag with their parameters and responses.
    static let swaggerScript = #"""
    (function () {
      var root = document.getElementById("swagger");
      var tokenForm = document.getElementById("swagger-token");
      function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
      }
      function render(doc) {
        root.textContent = "";
        var info = doc.info || {};
        root.appendChild(element("p", "hint", (info.title || "API") + " " + (info.version || "") + " · base path " + (doc.basePath || "/")));
        var byTag = {};
        Object.keys(doc.paths || {}).sort().forEach(function (path) {
          var item = doc.paths[path];
          Object.keys(item).forEach(function (method) {
            var operation = item[method];
            var tag = (operation.tags && operation.tags[0]) || "other";
            (byTag[tag] = byTag[tag] || []).push({ path: path, method: method, operation: operation });
          });
        });
        Object.keys(byTag).sort().forEach(function (tag) {
          var group = element("details");
          group.appendChild(element("summary", null, tag + " (" + byTag[tag].length + ")"));
          byTag[tag].forEach(function (entry) {
            var block = element("div", "card");
            block.appendChild(element("div", null, entry.method.toUpperCase() + " " + entry.path));
            block.appendChild(element("div", "hint", entry.operation.summary || entry.operation.description || ""));
            var parameters = entry.operation.parameters || [];
            if (parameters.length) {
              var list = element("ul");
              parameters.forEach(function (p) {
                list.appendChild(element("li", null, p.name + " (" + p.in + (p.required ? ", required" : "") + ")"));
              });
              block.appendChild(list);
            }
            block.appendChild(element("div", "hint", "Responses: " + Object.keys(entry.operation.responses || {}).join(", ")));
            group.appendChild(block);
          });
          root.appendChild(group);
        });
      }
      function load(token) {
        var headers = { Accept: "application/json" };
        if (token) headers.Authorization = "Bearer " + token;
        fetch(root.dataset.schema, { headers: headers })
          .then(function (response) { return response.json(); })
          .then(render)
          .catch(function (error) { root.textContent = "Could not load the document: " + error; });
      }
      tokenForm.addEventListener("submit", function (event) { event.preventDefault(); load(tokenForm.elements.token.value); });
      load("");
    })();
    """#
}
