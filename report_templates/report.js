(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll("li.discrepancy"));
  var selects = Array.prototype.slice.call(document.querySelectorAll(".filters select"));
  var count = document.getElementById("shown-count");
  function matches(item, select) {
    var want = select.value;
    if (!want) { return true; }
    var have = (item.getAttribute("data-" + select.name) || "").split(" ");
    return have.indexOf(want) !== -1;
  }
  function apply() {
    var shown = 0;
    items.forEach(function (item) {
      var ok = selects.every(function (select) { return matches(item, select); });
      item.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = String(shown);
  }
  selects.forEach(function (select) { select.addEventListener("change", apply); });
  function highlight(anchors) {
    document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    var first = null;
    anchors.forEach(function (a) {
      document.querySelectorAll("mark").forEach(function (m) {
        if ((m.getAttribute("data-claims") || "").split(" ").indexOf(a) !== -1) {
          m.classList.add("active");
          if (!first) { first = m; }
        }
      });
    });
    if (first) { first.scrollIntoView({block: "center"}); first.focus(); }
  }
  document.querySelectorAll("button.show").forEach(function (button) {
    button.addEventListener("click", function () {
      highlight((button.getAttribute("data-claims") || "").split(" ").filter(Boolean));
    });
  });
  apply();
})();
