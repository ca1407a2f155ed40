(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll("li.discrepancy"));
  var selects = Array.prototype.slice.call(document.querySelectorAll(".filters select"));
  var count = document.getElementById("shown-count");

  // Filters: a finding is shown when it matches every filter set.
  function matches(item, select) {
    var want = select.value;
    if (!want) { return true; }
    var have = (item.getAttribute("data-" + select.name) || "").split(" ");
    return have.indexOf(want) !== -1;
  }
  function applyFilters() {
    var shown = 0;
    items.forEach(function (item) {
      var ok = selects.every(function (select) { return matches(item, select); });
      item.hidden = !ok;
      if (ok) { shown += 1; }
    });
    if (count) { count.textContent = String(shown); }
  }
  selects.forEach(function (select) { select.addEventListener("change", applyFilters); });

  // "Show in the sources": each outlet's sentence, side by side under the finding. The address
  // names the finding, so Back closes it and a copied link opens it.
  function panelOf(item) { return item.querySelector(".in-sources"); }
  function setOpen(item, open) {
    var panel = panelOf(item);
    if (!panel) { return; }
    panel.hidden = !open;
    item.querySelector("button.show").setAttribute("aria-expanded", open ? "true" : "false");
  }
  function openFromAddress() {
    var id = decodeURIComponent(location.hash.slice(1));
    items.forEach(function (item) { setOpen(item, item.id === id); });
    var item = document.getElementById(id);
    if (item && items.indexOf(item) !== -1) {
      item.hidden = false;
      select(items.indexOf(item));
    }
  }
  items.forEach(function (item) {
    var button = item.querySelector("button.show");
    if (!button) { return; }
    button.addEventListener("click", function () {
      var open = panelOf(item).hidden;
      if (open) {
        history.pushState(null, "", "#" + item.id);
        openFromAddress();
      } else {
        setOpen(item, false);
        history.pushState(null, "", location.pathname + location.search);
      }
    });
  });
  window.addEventListener("popstate", openFromAddress);

  // An alignment's "Show in the sources": its claims highlighted in the articles below.
  function highlight(anchors) {
    document.querySelectorAll("article mark.active").forEach(function (m) { m.classList.remove("active"); });
    var first = null;
    document.querySelectorAll("article mark").forEach(function (m) {
      var claims = (m.getAttribute("data-claims") || "").split(" ");
      if (anchors.some(function (a) { return claims.indexOf(a) !== -1; })) {
        m.classList.add("active");
        if (!first) { first = m; }
      }
    });
    if (first) { first.scrollIntoView({block: "center"}); first.focus(); }
  }
  document.querySelectorAll("button.highlight").forEach(function (button) {
    button.addEventListener("click", function () {
      highlight((button.getAttribute("data-claims") || "").split(" ").filter(Boolean));
    });
  });

  // Keys: j and k move between the findings shown, o shows the current one in the sources.
  var current = -1;
  function select(n) {
    if (current >= 0 && items[current]) { items[current].classList.remove("current"); }
    current = n;
    items[n].classList.add("current");
    items[n].focus({preventScroll: true});
    items[n].scrollIntoView({block: "nearest"});
  }
  function step(direction) {
    var n = current;
    for (var tries = 0; tries < items.length; tries += 1) {
      n += direction;
      if (n < 0 || n >= items.length) { return; }
      if (!items[n].hidden) { select(n); return; }
    }
  }
  document.addEventListener("keydown", function (event) {
    var tag = (event.target.tagName || "").toLowerCase();
    if (event.altKey || event.ctrlKey || event.metaKey || tag === "input" || tag === "select" || tag === "textarea") {
      return;
    }
    if (event.key === "j") { step(1); } else if (event.key === "k") { step(-1); } else if (event.key === "o") {
      var button = current >= 0 ? items[current].querySelector("button.show") : null;
      if (button) { button.click(); }
    } else if (event.key === "/" && search) { event.preventDefault(); search.focus(); } else { return; }
  });

  // The index page's search: every word typed must appear in a finding or an article's line.
  var search = document.getElementById("search-box");
  var data = document.getElementById("search-data");
  if (search && data) {
    var index = JSON.parse(data.textContent);
    var rows = [];
    index.findings.forEach(function (r) { rows.push({kind: "finding", text: r[0], meta: r[1], href: r[2]}); });
    index.articles.forEach(function (r) { rows.push({kind: "article", text: r[0], meta: r[1], href: r[2]}); });
    rows.forEach(function (r) { r.haystack = (r.text + " " + r.meta).toLowerCase(); });
    var results = document.getElementById("search-results");
    var said = document.getElementById("search-count");
    var limit = 50;
    search.addEventListener("input", function () {
      var terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      results.textContent = "";
      if (!terms.length) { said.textContent = ""; return; }
      var found = rows.filter(function (r) {
        return terms.every(function (t) { return r.haystack.indexOf(t) !== -1; });
      });
      said.textContent = found.length + (found.length === 1 ? " match" : " matches") +
        (found.length > limit ? ", the first " + limit + " shown" : "");
      found.slice(0, limit).forEach(function (r) {
        var li = document.createElement("li");
        li.className = r.kind;
        var a = document.createElement("a");
        a.href = r.href;
        a.textContent = r.text;
        var meta = document.createElement("div");
        meta.className = "meta";
        meta.textContent = r.kind + " · " + r.meta;
        li.appendChild(a);
        li.appendChild(meta);
        results.appendChild(li);
      });
    });
  }

  applyFilters();
  if (location.hash) { openFromAddress(); }
})();
