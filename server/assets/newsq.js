// newsq's web page works without this script; it only adds keyboard
// shortcuts: "/" goes to the search box, "j" and "k" move between the
// stories, and Escape leaves the box.
"use strict";

(function () {
  const box = document.getElementById("q");

  function typing(event) {
    const t = event.target;
    return t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" ||
                 t.isContentEditable);
  }

  function storyLinks() {
    return Array.from(document.querySelectorAll(".carte h2 a"));
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape" && event.target === box) {
      box.blur();
      return;
    }
    if (typing(event)) return;
    if (event.key === "/" && box) {
      event.preventDefault();
      box.focus();
      box.select();
    } else if (event.key === "j" || event.key === "k") {
      const links = storyLinks();
      if (links.length === 0) return;
      const at = links.indexOf(document.activeElement);
      const next = event.key === "j" ? Math.min(at + 1, links.length - 1)
                                     : Math.max(at - 1, 0);
      links[next].focus();
      links[next].scrollIntoView({block: "nearest"});
      event.preventDefault();
    }
  });
})();
