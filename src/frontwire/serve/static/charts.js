// Draws every chart on the page from the figure JSON the server put beside it.
// The figure is data (script type="application/json"), never code.
//
// Drawing waits until the page is parsed and shown (DOMContentLoaded, then one task per
// chart), so a chart never holds up the page. A figure whose layout.meta.fit_y is true gets
// its y axis refitted to the nights in view whenever its x range changes (its range
// buttons, a zoom), since Plotly fits the y axis to all the data, seen or not.
"use strict";
(function () {
  // Plotly's dates ("2026-02-05", "2026-02-05 12:00") as local times, in milliseconds.
  function moment(value) {
    var text = String(value).replace(" ", "T");
    return new Date(text.length === 10 ? text + "T00:00" : text).getTime();
  }

  function visibleMax(target) {
    var range = target.layout.xaxis && target.layout.xaxis.range;
    var lo = range ? moment(range[0]) : -Infinity;
    var hi = range ? moment(range[1]) : Infinity;
    var top = 0;
    (target.data || []).forEach(function (trace) {
      if (trace.visible === "legendonly" || !trace.x) { return; }
      for (var i = 0; i < trace.x.length; i++) {
        var t = moment(trace.x[i]);
        var y = trace.y[i];
        if (t >= lo && t <= hi && typeof y === "number" && y > top) { top = y; }
      }
    });
    return top;
  }

  function fitY(target) {
    var busy = false;
    target.on("plotly_relayout", function (change) {
      if (busy) { return; }
      var keys = Object.keys(change || {});
      if (!keys.some(function (k) { return k.indexOf("xaxis.") === 0; })) { return; }
      busy = true;
      var top = visibleMax(target);
      Plotly.relayout(target, {"yaxis.range": [0, Math.max(top, 1) * 1.08]}).then(function () { busy = false; });
    });
  }

  function drawOne(block) {
    var target = document.getElementById(block.getAttribute("data-figure"));
    if (!target || typeof Plotly === "undefined") { return; }
    var figure = JSON.parse(block.textContent);
    Plotly.newPlot(target, figure.data, figure.layout, {
      displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d"]
    }).then(function () {
      if (figure.layout.meta && figure.layout.meta.fit_y) { fitY(target); }
      target.setAttribute("data-drawn", "true");
    });
  }

  function draw() {
    var blocks = document.querySelectorAll('script[type="application/json"][data-figure]');
    blocks.forEach(function (block) { setTimeout(function () { drawOne(block); }, 0); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { setTimeout(draw, 0); });
  } else {
    setTimeout(draw, 0);
  }
})();
