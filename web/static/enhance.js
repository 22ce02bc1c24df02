// Progressive enhancement only: every page works without it. A changed kind or sort re-runs the search,
// and fields left empty (and the default sort) stay out of the URL, so a shared link shows what is used.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("search-form");
  if (!form) return;
  function submit() {
    if (form.requestSubmit) form.requestSubmit(); else { trim(); form.submit(); }
  }
  function trim() {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && (!el.value || (el.name === "sort" && el.value === "relevance"))) el.disabled = true;
    });
  }
  ["kind", "sort"].forEach(function (id) {
    var field = document.getElementById(id);
    if (field) field.addEventListener("change", submit);
  });
  form.addEventListener("submit", trim);
  // a page restored from the back/forward cache gets its fields back
  window.addEventListener("pageshow", function () {
    Array.prototype.forEach.call(form.elements, function (el) { el.disabled = false; });
  });
});
