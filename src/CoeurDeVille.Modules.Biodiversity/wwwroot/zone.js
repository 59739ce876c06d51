// Zone drawing island: [data-zone-carte] = GeoJSON of the territory's cells shown as context, [data-zone-champ] = id of
// the textarea that receives the polygon as WKT. Click to add a vertex, « Fermer » is implicit (the ring is closed in
// the WKT), « Effacer » restarts. Without this script (or MapLibre) the textarea alone still works.
let maplibre = null;
try {
  maplibre = await import('/lib/maplibre-gl/maplibre-gl.mjs');
} catch {
  maplibre = null;
}
for (const element of maplibre ? document.querySelectorAll('[data-zone-carte]') : []) {
  const field = document.getElementById(element.dataset.zoneChamp);
  if (!field) continue;
  element.hidden = false;
  const points = parseWkt(field.value);
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.textContent = 'Effacer la zone';
  element.after(clear);
  const map = new maplibre.Map({ container: element, style: { version: 8, sources: {}, layers: [{ id: 'fond', type: 'background', paint: { 'background-color': '#f6f6f6' } }] } });
  const shape = () => ({ type: 'FeatureCollection', features: points.length < 3
    ? points.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: p }, properties: {} }))
    : [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [[...points, points[0]]] }, properties: {} }] });
  const update = () => {
    map.getSource('zone')?.setData(shape());
    field.value = points.length < 3 ? '' : `POLYGON((${[...points, points[0]].map((p) => `${p[0].toFixed(6)} ${p[1].toFixed(6)}`).join(', ')}))`;
  };
  map.on('load', async () => {
    const response = await fetch(element.dataset.zoneCarte);
    const cells = response.ok ? await response.json() : { type: 'FeatureCollection', features: [] };
    map.addSource('mailles', { type: 'geojson', data: cells });
    map.addLayer({ id: 'mailles', type: 'line', source: 'mailles', paint: { 'line-color': '#8585f6', 'line-width': 1 } });
    map.addSource('zone', { type: 'geojson', data: shape() });
    map.addLayer({ id: 'zone-surface', type: 'fill', source: 'zone', filter: ['==', '$type', 'Polygon'], paint: { 'fill-color': '#000091', 'fill-opacity': 0.25 } });
    map.addLayer({ id: 'zone-sommets', type: 'circle', source: 'zone', filter: ['==', '$type', 'Point'], paint: { 'circle-radius': 4, 'circle-color': '#000091' } });
    const xs = cells.features.flatMap((f) => f.geometry.coordinates[0]);
    if (xs.length) map.fitBounds([[Math.min(...xs.map((c) => c[0])), Math.min(...xs.map((c) => c[1]))], [Math.max(...xs.map((c) => c[0])), Math.max(...xs.map((c) => c[1]))]], { padding: 10, animate: false });
  });
  map.on('click', (event) => {
    points.push([event.lngLat.lng, event.lngLat.lat]);
    update();
  });
  clear.addEventListener('click', () => {
    points.length = 0;
    update();
  });
}

function parseWkt(text) {
  const match = /POLYGON\s*\(\(([^)]*)\)/i.exec(text || '');
  if (!match) return [];
  const points = match[1].split(',').map((pair) => pair.trim().split(/\s+/).map(Number)).filter((p) => p.length === 2 && p.every(Number.isFinite));
  if (points.length > 1 && points[0][0] === points.at(-1)[0] && points[0][1] === points.at(-1)[1]) points.pop();
  return points;
}
