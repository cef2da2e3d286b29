/* kg graph viewer.
 *
 * Reads the graph from the JSON data element (JSON.parse: data is never code), draws it
 * with vis-network, and builds the legend, filters, search, tooltips and details panel
 * from DOM nodes and textContent only: article text is shown, never interpreted as HTML.
 *
 * A small API is exposed for tests and power users:
 *   window.network                     the vis.Network
 *   window.kg.ready                    true once the graph has been drawn
 *   window.kg.timings                  performance.now() marks: parsed, created, drawn, stable
 *   window.kg.setFilter(name, value)   name: party | saidBy | article | status
 *   window.kg.setKind(kind, shown)     show or hide a kind
 *   window.kg.resetFilters()
 *   window.kg.visibleNodeIds()         ids of the nodes currently shown
 *   window.kg.search(text)             matching node ids (label, id or IRI)
 *   window.kg.select(id)               select, focus and show details of a node
 */
(function () {
  "use strict";

  var OUTLET = "\u0000outlet"; // filter value: facts in the outlet's own voice
  var NONE = "\u0000none"; // filter value: facts without a status
  var timings = { start: performance.now() };
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  timings.parsed = performance.now();

  var styles = data.styles;
  var byId = new Map();
  var neighbours = new Map();
  data.nodes.forEach(function (n) {
    byId.set(n.id, n);
    neighbours.set(n.id, []);
  });
  data.edges.forEach(function (e) {
    if (neighbours.has(e.from)) neighbours.get(e.from).push({ edge: e, other: e.to, out: true });
    if (neighbours.has(e.to)) neighbours.get(e.to).push({ edge: e, other: e.from, out: false });
  });

  // ---- small DOM helpers (textContent only) ------------------------------------------
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        node.setAttribute(k, attrs[k]);
      });
    }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  function words(value) {
    return value === null || value === undefined ? "" : String(value).replace(/_/g, " ");
  }
  function partyName(id) {
    return partyLabels.has(id) ? partyLabels.get(id) : id;
  }
  function saidByText(n) {
    if (n.kind === "party" || n.kind === "process") return "";
    return n.said_by.length ? n.said_by.map(partyName).join(", ") : "the outlet (own voice)";
  }
  function className(n) {
    var style = styles.nodes[n.style];
    return style ? style.name : n.cls || n.kind;
  }

  var partyNodes = data.nodes.filter(function (n) {
    return n.kind === "party";
  });
  var partyLabels = new Map(partyNodes.map(function (p) { return [p.nid, p.label]; }));

  // ---- tooltips: a DOM element per node, text only ---------------------------------------
  function tooltip(n) {
    var box = el("div", { class: "kg-tip" });
    box.appendChild(el("div", { class: "kg-tip-class" }, className(n)));
    box.appendChild(el("div", { class: "kg-tip-label" }, n.label));
    var meta = [];
    if (n.status) meta.push("status: " + words(n.status));
    if (n.modality) meta.push("modality: " + words(n.modality));
    var said = saidByText(n);
    if (said) meta.push("said by: " + said);
    if (n.article) meta.push("article: " + n.article);
    if (meta.length) box.appendChild(el("div", { class: "kg-tip-meta" }, meta.join(" · ")));
    n.evidence.slice(0, 3).forEach(function (ev) {
      box.appendChild(el("div", { class: "kg-tip-quote" }, "\u201c" + ev.quote + "\u201d"));
    });
    if (n.evidence.length > 3) {
      box.appendChild(el("div", { class: "kg-tip-meta" }, "+" + (n.evidence.length - 3) + " more"));
    }
    return box;
  }

  function visNode(n) {
    var s = styles.nodes[n.style] || { shape: "dot", color: "#999999" };
    var item = {
      id: n.id,
      label: n.short,
      title: tooltip(n),
      shape: s.shape,
      color: { background: s.color, border: s.border || "#3d4852",
        highlight: { background: s.color, border: "#000000" } },
      borderWidth: 1,
      shapeProperties: { borderDashes: s.dashes ? [4, 3] : false },
      font: { size: 12, color: "#1d2733" },
    };
    if (s.size) item.size = s.size;
    if (n.x !== undefined) {
      item.x = n.x;
      item.y = n.y;
    }
    return item;
  }

  // Dashes cost one canvas segment per dash: on a large, spread-out layout, short dashes
  // along thousands of long edges make every frame take seconds. Scale them up there.
  var DASH_SCALE = data.options.large ? 20 : 1;
  function dashes(pattern) {
    if (!pattern) return false;
    var base = Array.isArray(pattern) ? pattern : [5, 5];
    return base.map(function (x) { return x * DASH_SCALE; });
  }

  function visEdge(e) {
    var s = styles.edges[e.style] || { color: "#bbbbbb", width: 1 };
    return {
      id: e.id,
      from: e.from,
      to: e.to,
      title: words(e.relation) + (e.article ? " (article " + e.article + ")" : ""),
      color: { color: s.color, highlight: "#000000", opacity: 0.9 },
      width: s.width || 1,
      dashes: dashes(s.dashes),
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
    };
  }

  // ---- filters ---------------------------------------------------------------------------
  var state = { party: "", saidBy: "", article: "", status: "", kinds: new Set() };
  data.nodes.forEach(function (n) {
    state.kinds.add(n.kind);
  });
  var allKinds = Array.from(state.kinds).sort();
  var visible = new Set(data.nodes.map(function (n) {
    return n.id;
  }));

  function structural(n) {
    return n.kind === "party" || n.kind === "process";
  }
  function factPasses(n) {
    if (!state.kinds.has(n.kind)) return false;
    if (state.party && n.parties.indexOf(state.party) < 0) return false;
    if (state.saidBy) {
      if (state.saidBy === OUTLET ? n.said_by.length > 0 : n.said_by.indexOf(state.saidBy) < 0) {
        return false;
      }
    }
    if (state.article && n.article !== state.article) return false;
    if (state.status && (n.status === null ? NONE : n.status) !== state.status) return false;
    return true;
  }
  function computeVisible() {
    var narrowed = state.party || state.saidBy || state.article || state.status;
    var next = new Set();
    data.nodes.forEach(function (n) {
      if (!structural(n) && factPasses(n)) next.add(n.id);
    });
    data.nodes.forEach(function (n) {
      if (!structural(n) || !state.kinds.has(n.kind)) return;
      if (!narrowed || (state.party && n.nid === state.party) || (state.saidBy && n.nid === state.saidBy)) {
        next.add(n.id);
        return;
      }
      var links = neighbours.get(n.id);
      for (var i = 0; i < links.length; i++) {
        if (next.has(links[i].other) && !structural(byId.get(links[i].other))) {
          next.add(n.id);
          return;
        }
      }
    });
    return next;
  }

  // ---- the network -----------------------------------------------------------------------
  var nodeSet = new vis.DataSet(data.nodes.map(visNode));
  var edgeSet = new vis.DataSet(data.edges.map(visEdge));
  var nodeView = new vis.DataView(nodeSet, {
    filter: function (item) {
      return visible.has(item.id);
    },
  });
  var edgeView = new vis.DataView(edgeSet, {
    filter: function (item) {
      return visible.has(item.from) && visible.has(item.to);
    },
  });
  var opts = data.options;
  var container = document.getElementById("kg-canvas");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: data.nodes.length <= 150 },
    physics: opts.physics
      ? { enabled: true, solver: "barnesHut",
          barnesHut: { gravitationalConstant: -9000, centralGravity: 0.25, springLength: 170,
                       springConstant: 0.03, damping: 0.12, avoidOverlap: 0.4 },
          stabilization: { enabled: true, iterations: opts.iterations, updateInterval: 50, fit: true } }
      : { enabled: false },
    edges: { smooth: opts.large ? false : { type: "continuous" }, selectionWidth: 2 },
    interaction: {
      hover: true,
      tooltipDelay: 150,
      keyboard: { enabled: true, bindToWindow: false },
      navigationButtons: false,
      hideEdgesOnDrag: opts.large,
      hideEdgesOnZoom: opts.large,
    },
  });
  timings.created = performance.now();

  var api = { ready: false, timings: timings, stabilised: !opts.physics };
  network.once("afterDrawing", function () {
    timings.drawn = performance.now();
    if (!opts.physics) {
      timings.stable = timings.drawn;
      document.body.setAttribute("data-kg-stable", "true");
    }
    api.ready = true;
    document.body.setAttribute("data-kg-ready", "true");
  });
  if (opts.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false }); // stabilise, then freeze
      timings.stable = performance.now();
      api.stabilised = true;
      document.body.setAttribute("data-kg-stable", "true");
    });
  }
  if (!opts.physics) network.fit();

  // ---- summary -----------------------------------------------------------------------------
  var summary = document.getElementById("kg-summary");
  function updateSummary() {
    var shownEdges = edgeView.length;
    summary.textContent = "Showing " + visible.size + " of " + data.nodes.length + " nodes, " +
      shownEdges + " of " + data.edges.length + " edges.";
  }

  function applyFilters() {
    visible = computeVisible();
    nodeView.refresh();
    edgeView.refresh();
    updateSummary();
    if (visible.size) network.fit({ animation: false }); // frame what is left
  }

  // ---- controls --------------------------------------------------------------------------
  function fillSelect(id, anyText, options) {
    var select = document.getElementById(id);
    select.appendChild(el("option", { value: "" }, anyText));
    options.forEach(function (o) {
      select.appendChild(el("option", { value: o[0] }, o[1]));
    });
    return select;
  }
  function distinct(values) {
    return Array.from(new Set(values)).sort();
  }
  var involved = new Set();
  data.nodes.forEach(function (n) {
    if (!structural(n)) n.parties.forEach(function (p) { involved.add(p); });
  });
  var partyOptions = partyNodes
    .filter(function (p) { return involved.has(p.nid); })
    .map(function (p) { return [p.nid, p.label]; })
    .sort(function (a, b) { return a[1].localeCompare(b[1]); });
  var sources = [];
  var anyOutlet = false;
  data.nodes.forEach(function (n) {
    if (structural(n)) return;
    if (!n.said_by.length) anyOutlet = true;
    n.said_by.forEach(function (p) { sources.push(p); });
  });
  var sourceOptions = distinct(sources).map(function (p) { return [p, partyName(p)]; })
    .sort(function (a, b) { return a[1].localeCompare(b[1]); });
  if (anyOutlet) sourceOptions.unshift([OUTLET, "the outlet (own voice)"]);
  var articleOptions = distinct(data.nodes.filter(function (n) { return n.article; })
    .map(function (n) { return n.article; })).map(function (a) { return [a, a]; });
  var statuses = distinct(data.nodes.filter(function (n) { return !structural(n) && n.status; })
    .map(function (n) { return n.status; })).map(function (s) { return [s, words(s)]; });
  statuses.push([NONE, "(no status)"]);

  var selects = {
    party: fillSelect("kg-filter-party", "any party", partyOptions),
    saidBy: fillSelect("kg-filter-said-by", "any source", sourceOptions),
    article: fillSelect("kg-filter-article", "all articles", articleOptions),
    status: fillSelect("kg-filter-status", "any status", statuses),
  };
  Object.keys(selects).forEach(function (name) {
    selects[name].addEventListener("change", function () {
      state[name] = selects[name].value;
      applyFilters();
    });
  });

  var kindBoxes = {};
  var kindsField = document.getElementById("kg-kinds");
  allKinds.forEach(function (kind) {
    var label = el("label");
    var box = el("input", { type: "checkbox", value: kind, id: "kg-kind-" + kind });
    box.checked = true;
    box.addEventListener("change", function () {
      if (box.checked) state.kinds.add(kind);
      else state.kinds.delete(kind);
      applyFilters();
    });
    kindBoxes[kind] = box;
    label.appendChild(box);
    label.appendChild(document.createTextNode(kind));
    kindsField.appendChild(label);
  });

  function resetFilters() {
    state.party = state.saidBy = state.article = state.status = "";
    Object.keys(selects).forEach(function (name) { selects[name].value = ""; });
    allKinds.forEach(function (kind) {
      state.kinds.add(kind);
      kindBoxes[kind].checked = true;
    });
    applyFilters();
  }
  document.getElementById("kg-reset").addEventListener("click", resetFilters);

  // ---- legend (from the same style table as the canvas) ----------------------------------
  var SVG = "http://www.w3.org/2000/svg"; // an XML namespace name, not a network address
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function glyph(style) {
    var box = svg("svg", { width: 22, height: 16, viewBox: "0 0 22 16", "aria-hidden": "true" });
    var common = { fill: style.color, stroke: style.border || "#3d4852", "stroke-width": 1 };
    if (style.dashes) common["stroke-dasharray"] = "3 2";
    var shape;
    switch (style.shape) {
      case "box": case "database":
        shape = svg("rect", Object.assign({ x: 2, y: 3, width: 18, height: 10, rx: 2 }, common)); break;
      case "ellipse":
        shape = svg("ellipse", Object.assign({ cx: 11, cy: 8, rx: 9, ry: 5 }, common)); break;
      case "diamond":
        shape = svg("polygon", Object.assign({ points: "11,1 18,8 11,15 4,8" }, common)); break;
      case "triangle":
        shape = svg("polygon", Object.assign({ points: "11,1 18,14 4,14" }, common)); break;
      case "triangleDown":
        shape = svg("polygon", Object.assign({ points: "4,2 18,2 11,15" }, common)); break;
      case "square":
        shape = svg("rect", Object.assign({ x: 5, y: 2, width: 12, height: 12 }, common)); break;
      case "hexagon":
        shape = svg("polygon", Object.assign({ points: "7,2 15,2 19,8 15,14 7,14 3,8" }, common)); break;
      case "star":
        shape = svg("polygon", Object.assign({
          points: "11,1 13,6 18,6 14,9 16,15 11,11 6,15 8,9 4,6 9,6" }, common)); break;
      default:
        shape = svg("circle", Object.assign({ cx: 11, cy: 8, r: 6 }, common));
    }
    box.appendChild(shape);
    return box;
  }
  function line(style) {
    var box = svg("svg", { width: 30, height: 12, viewBox: "0 0 30 12", "aria-hidden": "true" });
    var attrs = { x1: 1, y1: 6, x2: 29, y2: 6, stroke: style.color, "stroke-width": style.width || 1 };
    if (style.dashes) attrs["stroke-dasharray"] = Array.isArray(style.dashes) ? style.dashes.join(" ") : "5 3";
    box.appendChild(svg("line", attrs));
    return box;
  }
  var legendBox = document.getElementById("kg-legend");
  [["nodes", "Nodes", glyph], ["edges", "Edges", line]].forEach(function (part) {
    if (!data.legend[part[0]].length) return;
    legendBox.appendChild(el("h3", null, part[1]));
    var list = el("ul", { class: "kg-legend-list", "data-legend": part[0] });
    data.legend[part[0]].forEach(function (entry) {
      var li = el("li", { "data-key": entry.key });
      li.appendChild(part[2](entry));
      li.appendChild(el("span", null, entry.name));
      list.appendChild(li);
    });
    legendBox.appendChild(list);
  });

  // ---- details panel -------------------------------------------------------------------------
  var details = document.getElementById("kg-details");
  function showDetails(id) {
    var n = byId.get(id);
    clear(details);
    details.appendChild(el("h2", null, "Details"));
    if (!n) {
      details.appendChild(el("p", { class: "kg-hint" }, "Nothing selected."));
      return;
    }
    details.appendChild(el("p", { class: "kg-tip-class" }, className(n)));
    details.appendChild(el("h3", { class: "kg-detail-label" }, n.label));
    var dl = el("dl");
    function row(term, value) {
      if (value === null || value === undefined || value === "") return;
      dl.appendChild(el("dt", null, term));
      dl.appendChild(el("dd", null, value));
    }
    row("id", n.nid);
    row("kind", n.kind);
    row("class", n.cls);
    row("status", words(n.status));
    row("modality", words(n.modality));
    row("said by", saidByText(n));
    row("article", n.article);
    row("IRI", n.id);
    details.appendChild(dl);
    if (n.evidence.length) {
      details.appendChild(el("h3", null, "Evidence"));
      n.evidence.forEach(function (ev) {
        var q = el("blockquote", { class: "kg-quote" }, ev.quote);
        var where = ev.article ? ev.article : "";
        if (ev.start !== undefined && ev.start !== null) where += " [" + ev.start + "\u2013" + ev.end + "]";
        if (where) q.appendChild(el("span", { class: "kg-quote-source" }, where));
        details.appendChild(q);
      });
    }
    var links = neighbours.get(id);
    if (links.length) {
      details.appendChild(el("h3", null, "Connections"));
      var list = el("ul", { class: "kg-links" });
      links.forEach(function (link) {
        var other = byId.get(link.other);
        var text = (link.out ? "\u2192 " : "\u2190 ") + words(link.edge.relation) + ": " +
          (other ? other.label : link.other);
        var li = el("li");
        var button = el("button", { type: "button" }, text);
        button.addEventListener("click", function () { select(link.other); });
        li.appendChild(button);
        list.appendChild(li);
      });
      details.appendChild(list);
    }
  }

  function select(id) {
    if (!byId.has(id)) return false;
    if (!visible.has(id)) resetFilters(); // a hidden node: show everything again
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showDetails(id);
    return true;
  }

  network.on("click", function (params) {
    if (params.nodes.length) showDetails(params.nodes[0]);
  });
  network.on("selectNode", function (params) {
    showDetails(params.nodes[0]);
  });

  // ---- search ----------------------------------------------------------------------------------
  function search(text) {
    var q = String(text || "").trim().toLowerCase();
    if (!q) return [];
    var exact = [];
    var partial = [];
    data.nodes.forEach(function (n) {
      var label = n.label.toLowerCase();
      if (label === q || n.nid.toLowerCase() === q) exact.push(n.id);
      else if (label.indexOf(q) >= 0 || n.nid.toLowerCase().indexOf(q) >= 0 ||
               n.id.toLowerCase().indexOf(q) >= 0) partial.push(n.id);
    });
    return exact.concat(partial);
  }
  var results = document.getElementById("kg-search-results");
  var searchBox = document.getElementById("kg-search");
  function showResults(ids) {
    clear(results);
    if (!ids.length) {
      results.appendChild(el("li", { class: "kg-hint" }, "No node matches."));
      return;
    }
    ids.slice(0, 30).forEach(function (id) {
      var n = byId.get(id);
      var li = el("li");
      var button = el("button", { type: "button" }, n.label + " (" + className(n) + ")");
      button.addEventListener("click", function () { select(id); });
      li.appendChild(button);
      results.appendChild(li);
    });
  }
  document.getElementById("kg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var ids = search(searchBox.value);
    showResults(ids);
    if (ids.length) select(ids[0]);
  });

  updateSummary();
  api.network = network;
  api.setFilter = function (name, value) {
    if (!(name in selects)) throw new Error("unknown filter: " + name);
    var v = value === "outlet" && name === "saidBy" ? OUTLET : value || "";
    state[name] = v;
    selects[name].value = v;
    applyFilters();
    return visible.size;
  };
  api.setKind = function (kind, shown) {
    if (!kindBoxes[kind]) throw new Error("unknown kind: " + kind);
    kindBoxes[kind].checked = !!shown;
    if (shown) state.kinds.add(kind);
    else state.kinds.delete(kind);
    applyFilters();
    return visible.size;
  };
  api.resetFilters = resetFilters;
  api.visibleNodeIds = function () { return Array.from(visible).sort(); };
  api.search = search;
  api.select = select;
  window.kg = api;
  window.network = network;
})();
