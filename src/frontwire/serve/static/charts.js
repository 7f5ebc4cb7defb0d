// Draws every chart on the page from the figure JSON the server put beside it.
// The figure is data (script type="application/json"), never code.
"use strict";
(function () {
  function draw() {
    var blocks = document.querySelectorAll('script[type="application/json"][data-figure]');
    blocks.forEach(function (block) {
      var target = document.getElementById(block.getAttribute("data-figure"));
      if (!target || typeof Plotly === "undefined") { return; }
      var figure = JSON.parse(block.textContent);
      Plotly.newPlot(target, figure.data, figure.layout, {
        displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d"]
      }).then(function () { target.setAttribute("data-drawn", "true"); });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
