// The document page: each text pane and a long claims table scroll on their own, so the
// page stays short however long the article; bring the marked evidence (and the selected
// claim's row) into view inside each box, without scrolling the page itself.
"use strict";
(function () {
  function reveal(box, item) {
    var top = item.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }
  function centre() {
    document.querySelectorAll(".pane-text").forEach(function (box) {
      var item = box.querySelector("mark.evidence-mark, tr.current");
      if (item) { reveal(box, item); }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", centre);
  } else {
    centre();
  }
})();
