// Submission form island: the form works without this script (name typed, latitude/longitude fields). With it:
// name autocomplete over TAXREF (sets the hidden CD_NOM), a map to tap the place, and « Ma position » (geolocation).
const form = document.getElementById('contribution');
if (form) {
  const name = document.getElementById('nom');
  const cdNom = document.getElementById('cdnom');
  const list = document.getElementById('noms-proposes');
  const chosen = document.getElementById('taxon-choisi');
  const label = (t) => t.label;
  let offered = [];
  name.addEventListener('input', async () => {
    const match = offered.find((t) => label(t) === name.value);
    if (match) {
      cdNom.value = String(match.cdNom);
      chosen.textContent = `Taxon retenu : ${label(match)}, CD_REF ${match.cdRef}.`;
      return;
    }
    cdNom.value = '';
    chosen.textContent = '';
    if (name.value.trim().length < 2) return;
    const response = await fetch(`${form.dataset.taxons}?q=${encodeURIComponent(name.value.trim())}&limite=10`);
    if (!response.ok) return;
    offered = await response.json();
    list.replaceChildren(...offered.map((t) => Object.assign(document.createElement('option'), { value: label(t) })));
  });

  const latitude = document.getElementById('latitude');
  const longitude = document.getElementById('longitude');
  const state = document.getElementById('position-etat');
  let marker = null;
  let map = null;
  const place = (lat, lon, how) => {
    latitude.value = lat.toFixed(6);
    longitude.value = lon.toFixed(6);
    state.textContent = `Position ${how} : ${lat.toFixed(5)}, ${lon.toFixed(5)}.`;
    if (map) {
      marker?.remove();
      marker = new maplibre.Marker({ color: '#000091' }).setLngLat([lon, lat]).addTo(map);
      map.easeTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 14), duration: 0 });
    }
  };

  const here = document.getElementById('ma-position');
  if ('geolocation' in navigator) {
    here.hidden = false;
    here.addEventListener('click', () => {
      state.textContent = 'Recherche de votre position…';
      navigator.geolocation.getCurrentPosition(
        (p) => place(p.coords.latitude, p.coords.longitude, 'GPS'),
        (e) => { state.textContent = `Position indisponible (${e.message}) : touchez la carte ou saisissez les coordonnées.`; },
        { enableHighAccuracy: true, timeout: 15000 });
    });
  }

  let maplibre = null;
  try { maplibre = await import('/lib/maplibre-gl/maplibre-gl.mjs'); } catch { maplibre = null; }
  const element = document.getElementById('carte-contribution');
  if (maplibre && element) {
    element.hidden = false;
    const plain = { version: 8, sources: {}, layers: [{ id: 'fond', type: 'background', paint: { 'background-color': '#f6f6f6' } }] };
    map = new maplibre.Map({ container: element, style: element.dataset.fond || plain, center: [2.5, 46.5], zoom: 5, attributionControl: { compact: true } });
    map.addControl(new maplibre.NavigationControl({ showCompass: false }));
    map.on('load', async () => {
      const response = await fetch(element.dataset.contour);
      if (response.ok) {
        const contour = await response.json();
        map.addSource('territoire', { type: 'geojson', data: contour });
        map.addLayer({ id: 'territoire', type: 'line', source: 'territoire', paint: { 'line-color': '#000091', 'line-width': 2 } });
        const xs = JSON.stringify(contour).match(/-?\d+\.\d+,-?\d+\.\d+/g)?.map((p) => p.split(',').map(Number)) ?? [];
        if (xs.length) map.fitBounds([[Math.min(...xs.map((c) => c[0])), Math.min(...xs.map((c) => c[1]))], [Math.max(...xs.map((c) => c[0])), Math.max(...xs.map((c) => c[1]))]], { padding: 10, animate: false });
      }
      if (latitude.value && longitude.value) place(Number(latitude.value), Number(longitude.value), 'choisie');
      element.dataset.carteDessinee = 'oui';
    });
    map.on('click', (event) => place(event.lngLat.lat, event.lngLat.lng, 'choisie sur la carte'));
  }
}
