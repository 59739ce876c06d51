// Map island: draws the GeoJSON of every [data-carte-geojson] element on a MapLibre map. The background style comes
// from data-carte-fond (Cdv:Carte:FondStyleUrl); without it the shapes are drawn alone on a plain background, which
// needs no network (tests, CI, offline instances). Pages carry the same information as text without this script.
const elements = document.querySelectorAll('[data-carte-geojson]');
if (elements.length > 0) {
  let maplibre;
  try {
    maplibre = await import('/lib/maplibre-gl/maplibre-gl.mjs');
  } catch {
    maplibre = null; // Library not built (no npm): the page stays usable without the map.
  }
  for (const element of maplibre ? elements : []) {
    draw(maplibre, element);
  }
}

function bounds(geojson) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (coordinates) => {
    if (typeof coordinates[0] === 'number') {
      box[0] = Math.min(box[0], coordinates[0]); box[1] = Math.min(box[1], coordinates[1]);
      box[2] = Math.max(box[2], coordinates[0]); box[3] = Math.max(box[3], coordinates[1]);
    } else {
      coordinates.forEach(visit);
    }
  };
  const features = geojson.type === 'FeatureCollection' ? geojson.features : [geojson];
  features.filter((f) => f.geometry).forEach((f) => visit(f.geometry.coordinates));
  return box[0] === Infinity ? null : [[box[0], box[1]], [box[2], box[3]]];
}

async function draw(maplibre, element) {
  const response = await fetch(element.dataset.carteGeojson, { headers: { Accept: 'application/geo+json' } });
  if (!response.ok) return;
  const geojson = await response.json();
  const plain = { version: 8, sources: {}, layers: [{ id: 'fond', type: 'background', paint: { 'background-color': '#f6f6f6' } }] };
  const map = new maplibre.Map({
    container: element,
    style: element.dataset.carteFond || plain,
    attributionControl: { compact: true },
  });
  map.addControl(new maplibre.NavigationControl({ showCompass: false }));
  map.on('load', () => {
    map.addSource('donnees', { type: 'geojson', data: geojson });
    map.addLayer({ id: 'surfaces', type: 'fill', source: 'donnees', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#000091', 'fill-opacity': 0.15 } });
    map.addLayer({ id: 'contours', type: 'line', source: 'donnees', paint: { 'line-color': '#000091', 'line-width': 2 } });
    map.addLayer({ id: 'points', type: 'circle', source: 'donnees', filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-color': '#000091', 'circle-radius': 4 } });
    const box = bounds(geojson);
    if (box) map.fitBounds(box, { padding: 20, animate: false });
    element.dataset.carteDessinee = 'oui';
  });
}
