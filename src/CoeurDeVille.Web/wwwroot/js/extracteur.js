// Extractor islands: territory suggestions in the <datalist>, live job progress. Pages work without this file.
(() => {
  "use strict";

  const input = document.querySelector("input[data-autocomplete-url]");
  if (input) {
    const list = document.getElementById(input.getAttribute("list"));
    let timer = 0;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2) return;
      timer = setTimeout(async () => {
        const response = await fetch(`${input.dataset.autocompleteUrl}?q=${encodeURIComponent(q)}`);
        if (!response.ok) return;
        const items = await response.json();
        list.replaceChildren(...items.map((item) => {
          const option = document.createElement("option");
          option.value = item.name;
          option.label = `${item.kind} ${item.code} — ${item.detail}`;
          return option;
        }));
      }, 200);
    });
    input.addEventListener("change", async () => {
      // Choosing a suggestion goes straight to step 2.
      const response = await fetch(`${input.dataset.autocompleteUrl}?q=${encodeURIComponent(input.value)}`);
      const items = response.ok ? await response.json() : [];
      const exact = items.find((item) => item.name === input.value);
      if (exact) window.location.href = `/extracteur?territoire=${encodeURIComponent(exact.value)}`;
    });
  }

  const job = document.querySelector("[data-travail-url]");
  if (job) {
    const refresh = document.querySelector('meta[http-equiv="refresh"]');
    if (refresh) refresh.remove();
    const poll = async () => {
      const response = await fetch(job.dataset.travailUrl);
      if (!response.ok) return;
      const state = await response.json();
      document.getElementById("travail-etat").textContent = state.etatLibelle;
      const bar = document.getElementById("travail-progression");
      bar.value = state.pourcentage ?? 0;
      bar.textContent = `${state.pourcentage ?? 0} %`;
      document.getElementById("travail-octets").textContent = `${state.lus.toLocaleString("fr-FR")}${state.total ? " / " + state.total.toLocaleString("fr-FR") : ""} octets lus`;
      if (state.etat === "Pending" || state.etat === "Running") {
        setTimeout(poll, 1000);
      } else {
        window.location.reload();
      }
    };
    if (document.getElementById("travail-etat").textContent.startsWith("en ")) setTimeout(poll, 1000);
  }
})();
