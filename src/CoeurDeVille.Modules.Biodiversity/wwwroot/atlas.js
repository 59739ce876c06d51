// Atlas island: choropleth maps of INPN cells ([data-atlas-carte] = GeoJSON URL, [data-atlas-mesure] = property) and
// name suggestions for the search box. Every figure is also in the page's tables: without this script nothing is lost.
let maplibre = null;
try {
  maplibre = await import('/lib/maplibre-gl/maplibre-gl.mjs');
} catch {
  maplibre = null;
}
for (const element of maplibre ? document.querySelectorAll('[data-atlas-carte]') : []) {
  const response = await fetch(element.dataset.atlasCarte);
  if (!response.ok) continue;
  const geojson = await response.json();
  const measure = element.dataset.atlasMesure;
  const max = Math.max(1, ...geojson.features.map((f) => f.properties[measure]));
  const map = new maplibre.Map({ container: element, style: { version: 8, sources: {}, layers: [{ id: 'fond', type: 'background', paint: { 'background-color': '#f6f6f6' } }] } });
  map.on('load', () => {
    map.addSource('mailles', { type: 'geojson', data: geojson });
    map.addLayer({ id: 'mailles', type: 'fill', source: 'mailles', paint: {
      'fill-color': ['interpolate', ['linear'], ['get', measure], 0, '#e3e3fd', max, '#000091'], 'fill-opacity': 0.8, 'fill-outline-color': '#ffffff' } });
    const xs = geojson.features.flatMap((f) => f.geometry.coordinates[0]);
    if (xs.length) map.fitBounds([[Math.min(...xs.map((c) => c[0])), Math.min(...xs.map((c) => c[1]))], [Math.max(...xs.map((c) => c[0])), Math.max(...xs.map((c) => c[1]))]], { padding: 10, animate: false });
  });
}
const input = document.querySelector('[data-atlas-suggestions]');
if (input) {
  const list = document.getElementById(input.getAttribute('list'));
  input.addEventListener('input', async () => {
    if (input.value.length < 2) return;
    const response = await fetch(`${input.dataset.atlasSuggestions}?q=${encodeURIComponent(input.value)}&limite=10`);
    if (!response.ok) return;
    list.replaceChildren(...(await response.json()).map((t) => Object.assign(document.createElement('option'), { value: t.latinName, label: t.frenchName ?? t.latinName })));
  });
}
