/* Anzhi neighbourhood graph: a small self-contained SVG force-directed layout (no library).
 * Reads the JSON twin at #graph[data-src]?depth=N: {nodes: [{id, type, type_label, name, url, colour, root}],
 * edges: [{source, target, type, label}], legend: [{type, label, colour}], truncated}.
 * Drag nodes, drag the background to pan, wheel to zoom, click a node to open its page.
 * All data goes into the DOM through textContent and setAttribute, never innerHTML.
 */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]); }
    if (parent) parent.appendChild(e);
    return e;
  }

  function shorten(text, n) { return text.length > n ? text.slice(0, n - 1) + "…" : text; }

  function render(box, data) {
    while (box.firstChild) box.removeChild(box.firstChild);
    var width = box.clientWidth || 800, height = box.clientHeight || 560;
    var svg = el("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": "graph" }, box);
    var view = el("g", { "class": "view" }, svg);
    var edgeLayer = el("g", { "class": "edges" }, view);
    var nodeLayer = el("g", { "class": "nodes" }, view);
    var byId = {};
    var nodes = data.nodes.map(function (n, i) {
      var a = (2 * Math.PI * i) / Math.max(data.nodes.length, 1);
      var r = n.root ? 0 : 60 + 60 * (n.distance || 1) + Math.random() * 30;
      var o = { d: n, x: width / 2 + r * Math.cos(a), y: height / 2 + r * Math.sin(a), vx: 0, vy: 0, fixed: false };
      byId[n.id] = o;
      return o;
    });
    var edges = data.edges.filter(function (e) { return byId[e.source] && byId[e.target]; }).map(function (e) {
      var line = el("line", { "class": "edge" }, edgeLayer);
      var title = el("title", {}, line);
      title.textContent = e.label;
      var label = null;
      if (data.edges.length <= 60) {
        label = el("text", { "class": "edge-label", "text-anchor": "middle" }, edgeLayer);
        label.textContent = e.label;
      }
      return { s: byId[e.source], t: byId[e.target], line: line, label: label };
    });
    var big = nodes.length > 80;
    var rootName = "";
    nodes.forEach(function (o) { if (o.d.root) rootName = o.d.name; });
    // Parts of a case are named after it ("<case>·原因1"): show what differs from the root's name.
    function short(name) {
      if (rootName && name !== rootName && name.indexOf(rootName) === 0 && name.length > rootName.length) {
        name = "…" + name.slice(rootName.length).replace(/^[·\s:：-]+/, "");
      }
      return shorten(name, 18);
    }
    nodes.forEach(function (o) {
      var g = el("g", { "class": "node" + (o.d.root ? " root" : ""), "data-id": o.d.id, tabindex: "0" }, nodeLayer);
      el("circle", { r: o.d.root ? 11 : 7, fill: o.d.colour }, g);
      var title = el("title", {}, g);
      title.textContent = o.d.type_label + "：" + o.d.name;
      if (!big || o.d.root || o.d.distance <= 1) {
        var text = el("text", { x: 10, y: 4 }, g);
        text.textContent = short(o.d.name);
      }
      o.g = g;
    });

    // Zoom and pan state.
    var scale = 1, tx = 0, ty = 0;
    function applyView() { view.setAttribute("transform", "translate(" + tx + "," + ty + ") scale(" + scale + ")"); }
    function toGraph(evt) {
      var rect = svg.getBoundingClientRect();
      var sx = (evt.clientX - rect.left) * (width / rect.width), sy = (evt.clientY - rect.top) * (height / rect.height);
      return { x: (sx - tx) / scale, y: (sy - ty) / scale, sx: sx, sy: sy };
    }
    svg.addEventListener("wheel", function (evt) {
      evt.preventDefault();
      var p = toGraph(evt);
      var k = evt.deltaY < 0 ? 1.15 : 1 / 1.15;
      scale = Math.min(5, Math.max(0.2, scale * k));
      tx = p.sx - p.x * scale; ty = p.sy - p.y * scale;
      applyView();
    }, { passive: false });

    var drag = null, moved = false;
    svg.addEventListener("pointerdown", function (evt) {
      var g = evt.target.closest ? evt.target.closest("g.node") : null;
      var p = toGraph(evt);
      moved = false;
      if (g) {
        var o = byId[g.getAttribute("data-id")];
        drag = { node: o, dx: o.x - p.x, dy: o.y - p.y };
        o.fixed = true;
      } else {
        drag = { pan: true, x0: p.sx - tx, y0: p.sy - ty };
      }
      svg.classList.add("dragging");
      svg.setPointerCapture(evt.pointerId);
      kick();
    });
    svg.addEventListener("pointermove", function (evt) {
      if (!drag) return;
      var p = toGraph(evt);
      moved = true;
      if (drag.node) { drag.node.x = p.x + drag.dx; drag.node.y = p.y + drag.dy; kick(); }
      else { tx = p.sx - drag.x0; ty = p.sy - drag.y0; applyView(); }
    });
    svg.addEventListener("pointerup", function (evt) {
      var d = drag;
      drag = null;
      svg.classList.remove("dragging");
      if (d && d.node) {
        d.node.fixed = false;
        if (!moved && d.node.d.url) { window.location.href = d.node.d.url; }
      }
    });
    nodeLayer.addEventListener("keydown", function (evt) {
      var g = evt.target.closest ? evt.target.closest("g.node") : null;
      if (g && evt.key === "Enter") { window.location.href = byId[g.getAttribute("data-id")].d.url; }
    });

    // Force simulation: repulsion between all nodes, springs along edges, gravity to the centre.
    var alpha = 1, running = false;
    function step() {
      var i, j, a, b, dx, dy, d2, d, f;
      var n = nodes.length, rep = 7000, spring = 0.03, len = 130, grav = 0.004;
      for (i = 0; i < n; i++) {
        a = nodes[i];
        for (j = i + 1; j < n; j++) {
          b = nodes[j];
          dx = a.x - b.x; dy = a.y - b.y; d2 = dx * dx + dy * dy + 0.01;
          if (d2 > 160000) continue;
          f = rep / d2; d = Math.sqrt(d2);
          a.vx += (dx / d) * f; a.vy += (dy / d) * f; b.vx -= (dx / d) * f; b.vy -= (dy / d) * f;
        }
        a.vx += (width / 2 - a.x) * grav; a.vy += (height / 2 - a.y) * grav;
      }
      edges.forEach(function (e) {
        dx = e.t.x - e.s.x; dy = e.t.y - e.s.y; d = Math.sqrt(dx * dx + dy * dy) || 1;
        f = (d - len) * spring;
        e.s.vx += (dx / d) * f; e.s.vy += (dy / d) * f; e.t.vx -= (dx / d) * f; e.t.vy -= (dy / d) * f;
      });
      nodes.forEach(function (o) {
        if (o.fixed || o.d.root && !drag) { o.vx = 0; o.vy = 0; if (o.d.root && !o.fixed) { o.x += (width / 2 - o.x) * 0.1; o.y += (height / 2 - o.y) * 0.1; } return; }
        o.vx *= 0.6; o.vy *= 0.6;
        o.x += Math.max(-20, Math.min(20, o.vx * alpha)); o.y += Math.max(-20, Math.min(20, o.vy * alpha));
      });
    }
    function draw() {
      edges.forEach(function (e) {
        e.line.setAttribute("x1", e.s.x.toFixed(1)); e.line.setAttribute("y1", e.s.y.toFixed(1));
        e.line.setAttribute("x2", e.t.x.toFixed(1)); e.line.setAttribute("y2", e.t.y.toFixed(1));
        if (e.label) { e.label.setAttribute("x", ((e.s.x + e.t.x) / 2).toFixed(1)); e.label.setAttribute("y", ((e.s.y + e.t.y) / 2).toFixed(1)); }
      });
      nodes.forEach(function (o) { o.g.setAttribute("transform", "translate(" + o.x.toFixed(1) + "," + o.y.toFixed(1) + ")"); });
    }
    function tick() {
      step(); draw();
      alpha *= 0.985;
      if (alpha > 0.02 || drag) { window.requestAnimationFrame(tick); } else { running = false; }
    }
    function kick() { alpha = Math.max(alpha, 0.5); if (!running) { running = true; window.requestAnimationFrame(tick); } }
    for (var warm = 0; warm < 300; warm++) { step(); }  // settle before the first paint
    alpha = 0.3;
    draw();
    kick();
    box.setAttribute("data-nodes", String(nodes.length));
    box.setAttribute("data-edges", String(edges.length));
    if (data.truncated) {
      var s = document.createElement("div");
      s.className = "status";
      s.textContent = box.getAttribute("data-truncated") || "";
      box.appendChild(s);
    }
  }

  function legend(list, data) {
    if (!list) return;
    while (list.firstChild) list.removeChild(list.firstChild);
    data.legend.forEach(function (l) {
      var li = document.createElement("li");
      var dot = document.createElement("span");
      dot.className = "dot";
      dot.style.background = l.colour;
      li.appendChild(dot);
      li.appendChild(document.createTextNode(l.label));
      list.appendChild(li);
    });
  }

  function load(box, depth) {
    var url = box.getAttribute("data-src") + "?format=json&depth=" + depth;
    box.setAttribute("data-state", "loading");
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
      .then(function (data) {
        render(box, data);
        legend(document.getElementById("graph-legend"), data);
        box.setAttribute("data-state", "ready");
        document.querySelectorAll("button.depth").forEach(function (b) {
          b.classList.toggle("active", b.getAttribute("data-depth") === String(depth));
        });
      })
      .catch(function (err) {
        box.setAttribute("data-state", "error");
        box.textContent = "graph: " + err.message;
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("graph");
    if (!box) return;
    document.querySelectorAll("button.depth").forEach(function (b) {
      b.addEventListener("click", function () { load(box, b.getAttribute("data-depth")); });
    });
    load(box, 1);
  });
})();
