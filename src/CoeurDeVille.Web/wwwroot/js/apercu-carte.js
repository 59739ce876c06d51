// First picture of a point map while MapLibre (1.1 MB to compile and run, 1.5–2 s on a slow phone) is still on its
// way: the same vector tiles, the same view as MapLibre's fitBounds, the same circles, drawn on a 2D canvas laid over
// the map's box. The page's map script waits for it (data-carte-apercu « oui » or « non », event « carte-apercu »)
// before importing MapLibre, and removes it once MapLibre's first frame is drawn. Elements opt in with
// data-apercu="oui", data-tuiles ({z}/{x}/{y} URL), data-couche (tile layer) and data-emprise (west,south,east,north).
// Style figures (#f6f6f6 background, #18753c circles of radius 1.5 at zoom 10 to 5 at zoom 16, white 0.5 px stroke)
// are those of the map's style in Pages/Territoires/Arbres/Index.cshtml: change both together.
(() => {
    const TILE = 512; // MapLibre's vector tile size in CSS pixels
    const PADDING = 20; // fitBoundsOptions.padding of the map
    const MAX_TILE_ZOOM = 18; // the source's maxzoom

    const mercatorX = (lon) => (lon + 180) / 360;
    const mercatorY = (lat) => {
        const sin = Math.sin(Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI / 180);
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    };

    // Protocol Buffers, as far as Mapbox Vector Tile points need: varints, length-delimited fields, skipping the rest.
    const reader = (bytes) => ({ bytes, at: 0 });
    const varint = (r) => {
        let value = 0, scale = 1, byte;
        do { byte = r.bytes[r.at++]; value += (byte & 0x7f) * scale; scale *= 128; } while (byte & 0x80);
        return value;
    };
    const zigzag = (n) => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);
    const skip = (r, wire) => {
        if (wire === 0) varint(r);
        else if (wire === 1) r.at += 8;
        else if (wire === 2) { const length = varint(r); r.at += length; }
        else if (wire === 5) r.at += 4;
        else throw new Error(`type de champ ${wire} inattendu dans la tuile`);
    };
    const fields = function* (r, end) {
        while (r.at < end) {
            const key = varint(r);
            yield [key >> 3, key & 7];
        }
    };

    // Calls draw(x, y, extent) for every point of the named layer of a tile.
    const points = (bytes, layerName, draw) => {
        const r = reader(bytes);
        for (const [field, wire] of fields(r, bytes.length)) {
            if (field !== 3 || wire !== 2) { skip(r, wire); continue; }
            const end = varint(r) + r.at;
            let name = null, extent = 4096;
            const geometries = [];
            for (const [f, w] of fields(r, end)) {
                if (f === 1 && w === 2) { const length = varint(r); name = new TextDecoder().decode(bytes.subarray(r.at, r.at + length)); r.at += length; }
                else if (f === 5 && w === 0) extent = varint(r);
                else if (f === 2 && w === 2) {
                    const featureEnd = varint(r) + r.at;
                    let type = 0, geometry = null;
                    for (const [g, gw] of fields(r, featureEnd)) {
                        if (g === 3 && gw === 0) type = varint(r);
                        else if (g === 4 && gw === 2) { const length = varint(r); geometry = [r.at, r.at + length]; r.at += length; }
                        else skip(r, gw);
                    }
                    if (type === 1 && geometry) geometries.push(geometry);
                } else skip(r, w);
            }
            if (name !== layerName) continue;
            for (const [start, stop] of geometries) {
                const g = { bytes, at: start };
                let x = 0, y = 0;
                while (g.at < stop) {
                    const command = varint(g);
                    for (let i = 0; i < command >> 3; i++) {
                        x += zigzag(varint(g));
                        y += zigzag(varint(g));
                        if ((command & 7) === 1) draw(x, y, extent);
                    }
                }
            }
        }
    };

    for (const element of document.querySelectorAll('[data-apercu="oui"][data-tuiles][data-emprise]')) {
        const box = element.dataset.emprise.split(',').map(Number);
        const width = element.clientWidth, height = element.clientHeight;
        // The map script stops waiting: by the flag if it runs later (a cached script runs while the page is parsed),
        // by the event if it is already waiting.
        const done = (drawn = false) => {
            element.dataset.carteApercu = drawn ? 'oui' : 'non';
            element.dispatchEvent(new Event('carte-apercu'));
        };
        if (box.length !== 4 || box.some(Number.isNaN) || width <= 2 * PADDING || height <= 2 * PADDING) { done(); continue; }

        // MapLibre's cameraForBounds: the zoom that fits the box inside the padding, centred on the box in Mercator.
        const [x0, x1, y0, y1] = [mercatorX(box[0]), mercatorX(box[2]), mercatorY(box[3]), mercatorY(box[1])];
        const fit = Math.min((width - 2 * PADDING) / Math.max((x1 - x0) * TILE, 1e-12), (height - 2 * PADDING) / Math.max((y1 - y0) * TILE, 1e-12));
        const zoom = Math.max(0, Math.min(22, Math.log2(fit)));
        const world = TILE * 2 ** zoom;
        const left = (x0 + x1) / 2 * world - width / 2, top = (y0 + y1) / 2 * world - height / 2;
        const z = Math.min(MAX_TILE_ZOOM, Math.floor(zoom));
        const size = world / 2 ** z; // a tile of level z, in CSS pixels
        const last = 2 ** z - 1;

        const ratio = Math.min(window.devicePixelRatio || 1, 2);
        const canvas = document.createElement('canvas');
        canvas.className = 'carte-apercu';
        canvas.setAttribute('aria-hidden', 'true');
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
        canvas.style.cssText = 'position:absolute;left:0;top:0;width:100%;height:100%;z-index:1;pointer-events:none';
        const context = canvas.getContext('2d');
        if (!context) { done(); continue; }
        context.scale(ratio, ratio);
        context.fillStyle = '#f6f6f6';
        context.fillRect(0, 0, width, height);
        const radius = 1.5 + (Math.max(10, Math.min(16, zoom)) - 10) / 6 * 3.5;

        const tiles = [];
        for (let ty = Math.max(0, Math.floor(top / size)); ty <= Math.min(last, Math.floor((top + height) / size)); ty++) {
            for (let tx = Math.max(0, Math.floor(left / size)); tx <= Math.min(last, Math.floor((left + width) / size)); tx++) {
                const url = element.dataset.tuiles.replace('{z}', z).replace('{x}', tx).replace('{y}', ty);
                tiles.push(fetch(url).then((response) => (response.status === 200 ? response.arrayBuffer() : null))
                    .then((buffer) => ({ tx, ty, bytes: buffer ? new Uint8Array(buffer) : null })));
            }
        }

        Promise.all(tiles).then((loaded) => {
            if (element.dataset.carteDessinee === 'oui') { done(); return; } // MapLibre was faster
            context.fillStyle = '#18753c';
            context.strokeStyle = '#fff';
            context.lineWidth = 0.5;
            context.beginPath();
            for (const { tx, ty, bytes } of loaded) {
                if (!bytes) continue;
                points(bytes, element.dataset.couche, (x, y, extent) => {
                    const px = tx * size - left + x / extent * size, py = ty * size - top + y / extent * size;
                    if (px < -radius || py < -radius || px > width + radius || py > height + radius) return;
                    context.moveTo(px + radius, py);
                    context.arc(px, py, radius, 0, 2 * Math.PI);
                });
            }
            context.fill();
            context.stroke();
            element.style.position = 'relative';
            element.appendChild(canvas);
            requestAnimationFrame(() => { // the frame that shows it
                performance.mark('carte-apercu');
                done(true);
            });
        }).catch(() => done()); // no picture: MapLibre draws the map as before
    }
})();
