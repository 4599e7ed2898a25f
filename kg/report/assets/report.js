/* kg report: renders the graph data embedded in #kg-data.
 *
 * Every string from the graph reaches the page through textContent or a text
 * node (see el()), never through innerHTML, so names and quotes holding markup
 * are shown as written and can never run.
 */
(function () {
  "use strict";

  var started = performance.now();
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var TYPES = {
    PER: { name: "Person", plural: "People", color: "#aa9cfc" },
    LOC: { name: "Place", plural: "Places", color: "#feca74" },
    ORG: { name: "Organization", plural: "Organizations", color: "#7aecec" }
  };
  var PAGE = 100; // rows added per "show more" in lists
  var ents = DATA.entities, arts = DATA.articles, evs = DATA.events;

  // ------------------------------------------------------------------ helpers
  function el(tag, props) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        var value = props[key];
        if (value === null || value === undefined) return;
        if (key === "text") node.textContent = value;
        else if (key === "cls") node.className = value;
        else if (key === "on") Object.keys(value).forEach(function (ev) { node.addEventListener(ev, value[ev]); });
        else node.setAttribute(key, value);
      });
    }
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }
  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === "string" || typeof child === "number"
      ? document.createTextNode(String(child)) : child);
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function $(id) { return document.getElementById(id); }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
  function quoted(q) { return q.dir === false ? q.x : "\u201c" + q.x + "\u201d"; }
  function humanType(name) { return name.replace(/([a-z])([A-Z])/g, "$1 $2"); }

  function entityChip(index) {
    var e = ents[index];
    return el("button", { cls: "chip t-" + e.t, title: TYPES[e.t].name, "data-entity": index,
      on: { click: function () { selectEntity(index, true); } } }, e.n);
  }
  function articleLink(index) {
    var a = arts[index];
    return el("button", { cls: "link", "data-article": index,
      on: { click: function () { showArticle(index, true); } } }, a.ti || a.src || a.id);
  }
  function moreButton(container, total, shown, onMore) {
    if (shown >= total) return;
    container.appendChild(el("div", { cls: "more" },
      el("button", { on: { click: onMore } }, "Show more (" + shown + " of " + total + " shown)")));
  }
  // Text with [start, end) spans wrapped by makeMark(span, text); spans sorted, overlaps skipped.
  function markedText(text, offset, spans, makeMark) {
    var out = [], at = 0;
    spans.slice().sort(function (x, y) { return x[0] - y[0] || y[1] - x[1]; }).forEach(function (s) {
      var b = s[0] - offset, e = s[1] - offset;
      if (b < at || b < 0 || e > text.length) return;
      if (b > at) out.push(document.createTextNode(text.slice(at, b)));
      out.push(makeMark(s, text.slice(b, e)));
      at = e;
    });
    if (at < text.length) out.push(document.createTextNode(text.slice(at)));
    return out;
  }

  // ------------------------------------------------------------------ indexes
  // entity -> [[article, mention index], ...]; entity -> quotes; built once.
  var mentionsOf = ents.map(function () { return []; });
  arts.forEach(function (a, ai) {
    a.m.forEach(function (m, mi) { if (m[2] >= 0) mentionsOf[m[2]].push([ai, mi]); });
  });

  // ------------------------------------------------------------------ overview
  function renderOverview() {
    var c = DATA.meta.counts;
    var cards = [["Articles", c.articles], ["People", c.people], ["Places", c.places],
      ["Organizations", c.organizations], ["Events", c.events], ["Quotes", c.quotes]];
    var box = clear($("overview-body"));
    box.appendChild(el("div", { cls: "cards" }, cards.map(function (card) {
      return el("div", { cls: "card", "data-count": card[0].toLowerCase() },
        el("div", { cls: "n" }, String(card[1])), el("div", { cls: "muted" }, card[0]));
    })));
    var rows = DATA.meta.builds.length ? DATA.meta.builds.map(function (b) {
      return el("tr", null, el("td", null, b.kg || "?"), el("td", null, b.model || "?"), el("td", null, b.at || "not recorded"));
    }) : [el("tr", null, el("td", { colspan: 3, cls: "muted" }, "The graph records no build provenance."))];
    box.appendChild(el("h3", null, "Build provenance"));
    box.appendChild(el("table", null,
      el("thead", null, el("tr", null, el("th", null, "kg version"), el("th", null, "Model"), el("th", null, "Built at"))),
      el("tbody", null, rows)));
    box.appendChild(el("p", { cls: "muted small" }, "Report made " + DATA.meta.generated + " from " +
      DATA.meta.source + "."));
  }

  // ------------------------------------------------------------------ network
  var network = null, nodes = null, edges = null, shownNodes = 0;
  var edgesByNode = ents.map(function () { return []; });
  DATA.edges.forEach(function (e, i) { edgesByNode[e[0]].push(i); edgesByNode[e[1]].push(i); });

  function nodeFor(i) {
    var e = ents[i];
    return { id: i, label: e.n, value: Math.max(1, e.na), color: { background: TYPES[e.t].color,
      border: "#555", highlight: { background: TYPES[e.t].color, border: "#000" } } };
  }
  // Entities come most-mentioned first, so showing the first n shows the top n.
  function showNodes(n) {
    var upto = Math.min(ents.length, n), newNodes = [], newEdges = [];
    for (var i = shownNodes; i < upto; i++) {
      newNodes.push(nodeFor(i));
      edgesByNode[i].forEach(function (k) {
        var e = DATA.edges[k], other = e[0] === i ? e[1] : e[0];
        if (other < i) newEdges.push({ id: k, from: e[0], to: e[1], value: e[2],
          title: e[3] ? "same event" : "same sentence", dashes: !e[3] });
      });
    }
    shownNodes = upto;
    nodes.add(newNodes);
    edges.add(newEdges);
    renderNetworkStatus();
  }
  function renderNetworkStatus() {
    var box = clear($("network-status"));
    box.appendChild(document.createTextNode("Showing " + shownNodes + " of " + ents.length +
      " entities (most-mentioned first) and " + edges.length + " links. "));
    if (shownNodes < ents.length) {
      box.appendChild(el("button", { id: "network-more", on: { click: function () {
        showNodes(shownNodes + DATA.meta.top);
        settle();
      } } }, "Show " + Math.min(DATA.meta.top, ents.length - shownNodes) + " more"));
    }
  }
  function settle() {
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(200);
  }
  function renderNetwork() {
    var legend = clear($("network-legend"));
    Object.keys(TYPES).forEach(function (t) {
      legend.appendChild(el("span", null, el("span", { cls: "swatch", style: "background:" + TYPES[t].color }), TYPES[t].name));
    });
    legend.appendChild(el("span", { cls: "muted small" },
      "Size: articles that mention it. Solid link: same event; dashed: named in the same sentence."));
    if (typeof vis === "undefined") {
      $("network").appendChild(el("p", { cls: "muted" }, "The network library did not load."));
      markReady("network");
      return;
    }
    nodes = new vis.DataSet([]);
    edges = new vis.DataSet([]);
    network = new vis.Network($("network"), { nodes: nodes, edges: edges }, {
      nodes: { shape: "dot", scaling: { min: 6, max: 40, label: { enabled: true, min: 12, max: 24 } },
        font: { size: 13, face: "system-ui, sans-serif" } },
      edges: { color: { color: "#b8c0cc", highlight: "#2f6fde" }, scaling: { min: 1, max: 6 },
        smooth: false },
      physics: { solver: "forceAtlas2Based", stabilization: { iterations: 200, updateInterval: 50 },
        forceAtlas2Based: { gravitationalConstant: -60, springLength: 90 } },
      interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: true },
      layout: { improvedLayout: false, randomSeed: 7 }
    });
    network.on("click", function (params) {
      if (params.nodes.length) selectEntity(params.nodes[0], false);
    });
    // Lay out once, then stop the simulation: a big graph must not keep the CPU busy.
    network.on("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      markReady("network");
    });
    showNodes(DATA.meta.top);
    settle();
    if (!ents.length) markReady("network");
  }

  // ------------------------------------------------------------------ entity panel
  function selectEntity(index, fromOutside) {
    if (network && fromOutside) {
      if (index >= shownNodes) { showNodes(index + 1); settle(); }
      network.selectNodes([index]);
      network.focus(index, { scale: 1.2, animation: { duration: 400 } });
      $("network-section").scrollIntoView({ behavior: "smooth" });
    }
    renderEntityPanel(index);
  }
  function renderEntityPanel(index) {
    var e = ents[index], panel = clear($("entity-panel"));
    panel.setAttribute("data-entity", index);
    panel.appendChild(el("h3", { cls: "entity-name" }, e.n, " ",
      el("span", { cls: "badge t-" + e.t }, TYPES[e.t].name)));
    if (e.a.length) panel.appendChild(el("p", { cls: "names" }, el("strong", null, "Also named: "), e.a.join(" · ")));
    if (e.g) panel.appendChild(el("p", { cls: "region" }, el("strong", null, "Kemendagri code: "), e.g));
    if (e.r.length) panel.appendChild(el("p", { cls: "roles" }, el("strong", null, "Role(s): "), e.r.join(" · ")));
    var found = mentionsOf[index], seen = {}, artList = [];
    found.forEach(function (f) { if (!seen[f[0]]) { seen[f[0]] = 1; artList.push(f[0]); } });
    panel.appendChild(el("h4", null, "Articles (" + artList.length + ")"));
    var artBox = el("ul", { cls: "entity-articles" });
    panel.appendChild(artBox);
    var artMore = el("div");
    panel.appendChild(artMore);
    pageInto(artBox, artMore, artList.length, 20, function (k) { return el("li", null, articleLink(artList[k])); });
    // One entry per sentence, the entity's mentions in it highlighted.
    var bySentence = {}, order = [];
    found.forEach(function (f) {
      var a = arts[f[0]], m = a.m[f[1]], key = f[0] + ":" + m[3];
      if (!bySentence[key]) { bySentence[key] = { art: f[0], sent: m[3], spans: [] }; order.push(key); }
      bySentence[key].spans.push(m);
    });
    panel.appendChild(el("h4", null, "Sentences (" + order.length + ")"));
    var list = el("div", { cls: "entity-sentences" }), listMore = el("div");
    panel.appendChild(list);
    panel.appendChild(listMore);
    pageInto(list, listMore, order.length, 30, function (k) {
      var item = bySentence[order[k]], a = arts[item.art], s = a.s[item.sent];
      return el("div", { cls: "sentence" },
        el("div", { cls: "text" }, markedText(a.tx.slice(s[0], s[1]), s[0], item.spans, function (span, text) {
          return el("mark", { cls: "hit" }, text);
        })),
        el("div", { cls: "src muted" }, "— ", articleLink(item.art)));
    });
  }
  // Adds make(k) for k in [0, total) to box, step at a time, with a "show more" button in moreBox.
  function pageInto(box, moreBox, total, step, make) {
    var shown = 0;
    function next() {
      var upto = Math.min(total, shown + step);
      for (var k = shown; k < upto; k++) box.appendChild(make(k));
      shown = upto;
      moreButton(clear(moreBox), total, shown, next);
    }
    next();
  }

  // ------------------------------------------------------------------ timeline
  var timelineShown = 0;
  function renderTimeline(more) {
    var body = $("timeline-body");
    if (!more) { clear(body); timelineShown = 0; }
    if (!evs.length) { body.appendChild(el("tr", null, el("td", { colspan: 5, cls: "muted" }, "No events in this graph."))); return; }
    var upto = Math.min(evs.length, timelineShown + PAGE);
    for (var i = timelineShown; i < upto; i++) {
      var ev = evs[i];
      body.appendChild(el("tr", { cls: "event" },
        el("td", { cls: "date" }, ev.d ? [ev.d, el("div", { cls: "muted small" }, ev.p || "")] : el("span", { cls: "muted" }, "undated")),
        el("td", null, humanType(ev.t)),
        el("td", null, ev.pa.map(entityChip)),
        el("td", null, ev.pl === null ? "" : entityChip(ev.pl)),
        el("td", null, el("ul", { cls: "plain" }, ev.ar.map(function (ai) { return el("li", null, articleLink(ai)); })))));
    }
    timelineShown = upto;
    var more_ = clear($("timeline-more"));
    moreButton(more_, evs.length, timelineShown, function () { renderTimeline(true); });
  }

  // ------------------------------------------------------------------ articles
  var listShown = 0, currentArticle = -1;
  function renderArticleList(more) {
    var list = $("article-list-items");
    if (!more) { clear(list); listShown = 0; }
    var upto = Math.min(arts.length, listShown + PAGE);
    for (var i = listShown; i < upto; i++) {
      list.appendChild(el("li", { id: "article-item-" + i }, articleLink(i),
        el("div", { cls: "muted small" }, [arts[i].dt, arts[i].pub].filter(Boolean).join(" · "))));
    }
    listShown = upto;
    moreButton(clear($("article-list-more")), arts.length, listShown, function () { renderArticleList(true); });
  }
  function showArticle(index, scroll) {
    var a = arts[index], view = clear($("article-view"));
    var old = $("article-item-" + currentArticle);
    if (old) old.className = "";
    currentArticle = index;
    var cur = $("article-item-" + index);
    if (cur) cur.className = "current";
    view.setAttribute("data-article", index);
    view.appendChild(el("h3", { cls: "article-title" }, a.ti || a.src || a.id));
    var meta = [["Published", a.dt], ["Publisher", a.pub], ["Authors", a.au.join(", ")], ["Editor", a.ed],
      ["Dateline", a.dl], ["Source file", a.src], ["IRI", a.id]];
    view.appendChild(el("table", { cls: "kv small" }, el("tbody", null, meta.filter(function (r) { return r[1]; })
      .map(function (r) { return el("tr", null, el("th", null, r[0]), el("td", null, r[1])); }))));
    var legend = el("p", { cls: "small" }, Object.keys(TYPES).map(function (t) {
      return el("span", { cls: "chip t-" + t }, TYPES[t].name);
    }));
    view.appendChild(legend);
    view.appendChild(el("div", { cls: "doc" }, markedText(a.tx, 0, a.m, function (m, text) {
      var e = ents[m[2]], t = e ? e.t : "ORG";
      return el("mark", { cls: "ent t-" + t, title: e ? e.n : "", on: { click: function () { if (e) selectEntity(m[2], true); } } },
        text, el("span", { cls: "lbl" }, t));
    })));
    view.appendChild(el("h4", null, "Quotes (" + a.q.length + ")"));
    if (!a.q.length) view.appendChild(el("p", { cls: "muted" }, "No quotes found."));
    a.q.forEach(function (q) {
      view.appendChild(el("blockquote", { cls: "quote" }, quoted(q),
        el("div", { cls: "small muted" }, "— ", q.sp >= 0 ? entityChip(q.sp) : "unknown speaker",
          q.cue ? " (" + q.cue + ")" : "", q.dir === false ? " · reported speech" : "")));
    });
    if (scroll) $("articles-section").scrollIntoView({ behavior: "smooth" });
  }

  // ------------------------------------------------------------------ entity index
  var indexShown = 0, indexMatches = [];
  function renderIndex(more) {
    var body = $("index-body");
    if (!more) {
      var q = $("index-filter").value.trim().toLowerCase(), t = $("index-type").value;
      indexMatches = [];
      ents.forEach(function (e, i) {
        if (t && e.t !== t) return;
        if (q && e.n.toLowerCase().indexOf(q) < 0 && !e.a.some(function (n) { return n.toLowerCase().indexOf(q) >= 0; })) return;
        indexMatches.push(i);
      });
      clear(body); indexShown = 0;
      $("index-count").textContent = plural(indexMatches.length, "entity", "entities");
    }
    var upto = Math.min(indexMatches.length, indexShown + PAGE);
    for (var k = indexShown; k < upto; k++) {
      var i = indexMatches[k], e = ents[i];
      body.appendChild(el("tr", { cls: "entity-row" }, el("td", null, entityChip(i)), el("td", null, TYPES[e.t].name),
        el("td", null, String(e.na)), el("td", null, String(e.nm)), el("td", { cls: "small" }, e.a.join(" · ")),
        el("td", { cls: "small" }, e.r.join(" · "))));
    }
    indexShown = upto;
    moreButton(clear($("index-more")), indexMatches.length, indexShown, function () { renderIndex(true); });
  }

  // ------------------------------------------------------------------ quotes by speaker
  var speakers = [], speakersShown = 0;
  function groupQuotes() {
    var groups = {};
    arts.forEach(function (a, ai) {
      a.q.forEach(function (q) {
        var key = q.sp >= 0 ? q.sp : -1;
        (groups[key] = groups[key] || []).push([ai, q]);
      });
    });
    speakers = Object.keys(groups).map(function (k) { return [Number(k), groups[k]]; });
    speakers.sort(function (x, y) { return (x[0] < 0) - (y[0] < 0) || y[1].length - x[1].length; });
  }
  function renderQuotes(more) {
    var box = $("quotes-body");
    if (!more) { clear(box); speakersShown = 0; }
    if (!speakers.length) { box.appendChild(el("p", { cls: "muted" }, "No quotes in this graph.")); return; }
    var upto = Math.min(speakers.length, speakersShown + 30);
    for (var i = speakersShown; i < upto; i++) {
      var sp = speakers[i][0], quotes = speakers[i][1];
      var group = el("div", { cls: "speaker" },
        el("h4", null, sp >= 0 ? entityChip(sp) : "Unknown speaker", " ", el("span", { cls: "muted small" }, plural(quotes.length, "quote", "quotes"))));
      var groupMore = el("div");
      box.appendChild(group);
      box.appendChild(groupMore);
      pageInto(group, groupMore, quotes.length, 10, (function (quotes) {
        return function (k) {
          return el("blockquote", { cls: "quote" }, quoted(quotes[k][1]), el("div", { cls: "small muted" }, "— ", articleLink(quotes[k][0])));
        };
      })(quotes));
    }
    speakersShown = upto;
    moreButton(clear($("quotes-more")), speakers.length, speakersShown, function () { renderQuotes(true); });
  }

  // ------------------------------------------------------------------ start
  var pending = { network: true, page: true };
  function markReady(part) {
    delete pending[part];
    if (!Object.keys(pending).length) {
      window.kgReport.readyAt = performance.now();
      window.kgReport.timings = { scriptStart: started, drawn: drawnAt, ready: window.kgReport.readyAt };
      document.body.setAttribute("data-ready", "true");
    }
  }
  window.kgReport = { data: DATA, selectEntity: selectEntity, showArticle: showArticle,
    network: function () { return network; }, nodes: function () { return nodes; } };
  renderOverview();
  renderNetwork();
  renderTimeline(false);
  renderArticleList(false);
  if (arts.length) showArticle(0, false);
  $("index-filter").addEventListener("input", function () { renderIndex(false); });
  $("index-type").addEventListener("change", function () { renderIndex(false); });
  renderIndex(false);
  groupQuotes();
  renderQuotes(false);
  if (ents.length) renderEntityPanel(0);
  var drawnAt = performance.now();
  markReady("page");
})();
