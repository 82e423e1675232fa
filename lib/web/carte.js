// The script of carte.html: draws the map with Leaflet from the page's JSON data block.
// Every text from the data reaches the page through textContent, or escaped where
// Leaflet only takes HTML (the layer switcher, the attribution); colours are checked.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('alentour-data').textContent);

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null && text !== '') node.textContent = String(text);
    return node;
  }

  function escapeHtml(text) {
    const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
    return String(text).replace(/[&<>"']/g, (c) => entities[c]);
  }

  function colourOr(colour, fallback) {
    return /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : fallback;
  }

  // Dark or white figures, whichever reads better on the category's colour (WCAG).
  function textOn(colour) {
    const n = parseInt(colour.slice(1, 7), 16);
    const channel = (v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    };
    const luminance = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
    return luminance > 0.179 ? '#1b1b1b' : '#ffffff';
  }

  const decimal = (value, digits) => value.toLocaleString('fr-FR', { maximumFractionDigits: digits });

  const wide = () => window.innerWidth >= 900;

  const map = L.map('carte', { zoomSnap: 0.25, zoomDelta: 0.5 });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');

  // ------------------------------------------------------------ backgrounds

  // The network's own streets, on a canvas below the bands: thousands of lines drawn as
  // three polylines, one per rank, that the mouse passes through.
  map.createPane('rues').style.zIndex = 250;
  const streetRenderer = L.canvas({ pane: 'rues', padding: 0.3 });
  const streetStyles = [
    { color: '#c9c3b8', weight: 0.8 }, // paths and minor ways
    { color: '#a39d92', weight: 1.3 }, // streets
    { color: '#7d776d', weight: 2.4 }, // main roads
  ];
  const attribution = escapeHtml(data.attribution || '');
  const streets = L.layerGroup([], { attribution: attribution });
  data.streets.forEach((lines, rank) => {
    if (lines.length === 0) return;
    const latlngs = lines.map((flat) => {
      const points = [];
      for (let i = 0; i + 1 < flat.length; i += 2) points.push([flat[i], flat[i + 1]]);
      return points;
    });
    streets.addLayer(L.polyline(latlngs, Object.assign({ renderer: streetRenderer, interactive: false, smoothFactor: 0.5, attribution: attribution }, streetStyles[rank])));
  });

  const tiles = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19,
    // OpenStreetMap refuses tiles asked for without a Referer: send one even where the
    // page's host sets a stricter default policy.
    referrerPolicy: 'strict-origin-when-cross-origin',
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">les contributeurs d’OpenStreetMap</a>',
  });

  // ------------------------------------------------------------ bands

  const bands = data.bands.map((band) => {
    const colour = colourOr(band.colour, '#3182bd');
    const layer = L.polygon(L.GeoJSON.coordsToLatLngs(band.geometry.coordinates, 2), {
      className: 'alentour-band',
      color: colour,
      weight: 1.5,
      opacity: 0.9,
      fillColor: colour,
      fillOpacity: band.fill_opacity,
    });
    const card = element('div', 'fiche');
    card.append(element('strong', 'fiche-nom', band.label));
    if (band.area_km2 > 0) card.append(element('div', 'fiche-categorie', decimal(band.area_km2, 2) + ' km²'));
    layer.bindPopup(card);
    return { band: band, colour: colour, layer: layer };
  });

  // ------------------------------------------------------------ structures

  function partnerCard(p, colour) {
    const card = element('div', 'fiche');
    const head = element('div', 'fiche-tete');
    const number = element('span', 'fiche-numero', p.number);
    number.style.background = colour;
    number.style.color = textOn(colour);
    head.append(number, element('strong', 'fiche-nom', p.name));
    card.append(head);
    card.append(element('div', 'fiche-categorie', p.category_label));
    if (p.address) card.append(element('div', 'fiche-adresse', p.address));
    if (p.time_text) card.append(element('div', p.minutes === null ? 'fiche-temps fiche-sans-temps' : 'fiche-temps', p.time_text));
    return card;
  }

  function partnerMarker(p, colour) {
    const badge = element('span', String(p.number).length > 2 ? 'numero numero-long' : 'numero', p.number);
    badge.dataset.number = String(p.number);
    badge.style.background = colour;
    badge.style.color = textOn(colour);
    if (p.list === 'beyond') badge.classList.add('numero-loin');
    const marker = L.marker([p.lat, p.lon], {
      icon: L.divIcon({ className: 'alentour-partner', html: badge, iconSize: [26, 26] }),
      title: p.number + '. ' + p.name,
      alt: p.name,
      riseOnHover: true,
      // The best ranked structures stay on top where markers crowd.
      zIndexOffset: -p.number,
    });
    marker.bindPopup(partnerCard(p, colour), { maxWidth: 300 });
    return marker;
  }

  const categories = new Map();
  for (const p of data.partners) {
    if (!categories.has(p.category)) {
      categories.set(p.category, { label: p.category_label, colour: colourOr(p.colour, '#636363'), count: 0, layer: L.layerGroup() });
    }
    const category = categories.get(p.category);
    category.count += 1;
    category.layer.addLayer(partnerMarker(p, category.colour));
  }
  const categoryList = Array.from(categories.values()).sort((a, b) => a.label.localeCompare(b.label, 'fr'));

  // ------------------------------------------------------------ flyer places

  // Small dots, one layer the reader can hide: where to leave flyers, under the partners.
  const places = L.layerGroup();
  const placeCategories = new Map();
  for (const p of data.places || []) {
    const colour = colourOr(p.colour, '#636363');
    if (!placeCategories.has(p.category)) placeCategories.set(p.category, { label: p.category_label, colour: colour, count: 0 });
    placeCategories.get(p.category).count += 1;
    const card = element('div', 'fiche');
    card.append(element('strong', 'fiche-nom', p.name), element('div', 'fiche-categorie', p.category_label),
      element('div', 'fiche-temps', p.time_text));
    places.addLayer(L.circleMarker([p.lat, p.lon], { radius: 5, color: '#ffffff', weight: 1.5, fillColor: colour, fillOpacity: 0.95 })
      .bindTooltip(element('span', null, p.name + ' · ' + p.category_label))
      .bindPopup(card, { maxWidth: 300 }));
  }

  // ------------------------------------------------------------ the space

  const star = '<svg viewBox="0 0 40 40" aria-hidden="true"><circle cx="20" cy="20" r="18" fill="#1f2d6b" stroke="#fff" stroke-width="3"/>' +
    '<path d="M20 8l3.5 7.6 8.3.9-6.2 5.6 1.8 8.2L20 26.1l-7.4 4.2 1.8-8.2-6.2-5.6 8.3-.9z" fill="#ffd23f"/></svg>';
  const space = L.marker(data.space, {
    icon: L.divIcon({ className: 'alentour-space', html: star, iconSize: [36, 36] }),
    title: data.space_name,
    alt: data.space_name,
    zIndexOffset: 10000,
  });
  if (data.space_name) {
    space.bindTooltip(element('span', null, data.space_name), { permanent: true, direction: 'right', offset: [16, 0], className: 'alentour-space-nom' });
  }

  // ------------------------------------------------------------ on the map, in order

  streets.addTo(map);
  bands.forEach((b) => { if (b.band.shown) b.layer.addTo(map); });
  if (placeCategories.size > 0) places.addTo(map);
  categoryList.forEach((c) => c.layer.addTo(map));
  space.addTo(map);

  // ------------------------------------------------------------ controls

  const baseLayers = {
    'Rues (réseau)': streets,
    'OpenStreetMap <span class="en-ligne">(en ligne)</span>': tiles,
  };
  // One by one rather than as an object: two bands or categories may share a name.
  const switcher = L.control.layers(baseLayers, {}, { collapsed: !wide(), position: 'topright' });
  bands.forEach((b) => {
    switcher.addOverlay(b.layer, '<span class="couche"><span class="pastille-zone" style="background:' + b.colour + '40;border-color:' + b.colour + '"></span>' +
      '<span>' + escapeHtml(b.band.label) + '</span></span>');
  });
  categoryList.forEach((c) => {
    switcher.addOverlay(c.layer, '<span class="couche"><span class="pastille" style="background:' + c.colour + '"></span>' +
      '<span>' + escapeHtml(c.label) + ' <span class="nombre">(' + c.count + ')</span></span></span>');
  });
  if (placeCategories.size > 0) {
    switcher.addOverlay(places, '<span class="couche"><span class="pastille pastille-lieu"></span>' +
      '<span>Lieux pour déposer des flyers <span class="nombre">(' + data.places.length + ')</span></span></span>');
  }
  switcher.addTo(map);
  const switcherBox = switcher.getContainer();
  switcherBox.classList.add('alentour-couches');
  const list = switcherBox.querySelector('.leaflet-control-layers-list');
  list.insertBefore(element('div', 'couches-titre', 'Fond de carte'), list.querySelector('.leaflet-control-layers-base'));
  list.insertBefore(element('div', 'couches-titre', 'Zones et structures'), list.querySelector('.leaflet-control-layers-overlays'));

  const Legend = L.Control.extend({
    // Below the zoom buttons on a phone, where the attribution takes the whole bottom line.
    options: { position: wide() ? 'bottomleft' : 'topleft' },
    onAdd: function () {
      const box = element('div', 'legende');
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      // On a phone the legend would hide half the map: it starts folded there.
      const toggle = element('button', 'legende-titre', 'Légende');
      toggle.type = 'button';
      const body = element('div', 'legende-corps');
      const fold = (folded) => {
        box.classList.toggle('legende-repliee', folded);
        toggle.setAttribute('aria-expanded', String(!folded));
        toggle.title = folded ? 'Afficher la légende' : 'Replier la légende';
      };
      toggle.addEventListener('click', () => fold(!box.classList.contains('legende-repliee')));
      fold(!wide());
      box.append(toggle, body);
      const place = element('ul');
      const here = element('li');
      const icon = element('span', 'legende-espace');
      icon.innerHTML = star;
      here.append(icon, element('span', null, data.space_name || 'L’espace'));
      place.append(here);
      body.append(place);
      if (bands.length > 0) {
        body.append(element('h3', null, data.bands_heading || 'Temps de trajet'));
        const ul = element('ul');
        // The mode shown at first leads, then nearest first within a mode, as one reads
        // a legend; a band is listed only while it is on the map (modes share colours).
        const modes = [...new Set(bands.filter((b) => b.band.shown).concat(bands).map((b) => b.band.mode))];
        const ordered = bands.slice().sort((a, b) => modes.indexOf(a.band.mode) - modes.indexOf(b.band.mode) || a.band.minutes - b.band.minutes);
        const items = ordered.map((b) => {
          const li = element('li');
          const swatch = element('span', 'pastille-zone');
          swatch.style.background = b.colour + '40';
          swatch.style.borderColor = b.colour;
          li.append(swatch, element('span', null, b.band.label));
          ul.append(li);
          return { li: li, layer: b.layer };
        });
        // The style, not the hidden attribute: the legend's lines are flex boxes.
        const refresh = () => items.forEach((item) => { item.li.style.display = map.hasLayer(item.layer) ? '' : 'none'; });
        map.on('overlayadd overlayremove', refresh);
        refresh();
        body.append(ul);
      }
      if (categoryList.length > 0) {
        body.append(element('h3', null, 'Structures partenaires (' + data.partners.length + ')'));
        const ul = element('ul');
        categoryList.forEach((c) => {
          const li = element('li');
          const swatch = element('span', 'pastille');
          swatch.style.background = c.colour;
          li.append(swatch, element('span', null, c.label), element('span', 'nombre', c.count));
          ul.append(li);
        });
        body.append(ul);
      }
      if (placeCategories.size > 0) {
        body.append(element('h3', null, 'Lieux pour déposer des flyers (' + data.places.length + ')'));
        const ul = element('ul');
        // By label, as the partners' categories.
        Array.from(placeCategories.values()).sort((a, b) => a.label.localeCompare(b.label, 'fr')).forEach((c) => {
          const li = element('li');
          const swatch = element('span', 'pastille pastille-lieu');
          swatch.style.background = c.colour;
          li.append(swatch, element('span', null, c.label), element('span', 'nombre', c.count));
          ul.append(li);
        });
        // Listed while the layer is on the map, like the bands.
        const refresh = () => { ul.style.display = map.hasLayer(places) ? '' : 'none'; };
        map.on('overlayadd overlayremove', refresh);
        refresh();
        body.append(ul);
      }
      return box;
    },
  });
  const legend = new Legend().addTo(map);
  L.control.scale({ imperial: false, position: 'bottomright' }).addTo(map);

  // ------------------------------------------------------------ the view

  let bounds = data.bounds ? L.latLngBounds(data.bounds) : L.latLngBounds([data.space, data.space]);
  if (!data.bounds) data.partners.forEach((p) => bounds.extend([p.lat, p.lon]));
  // Keep what matters clear of the legend (left) and the open layer switcher (right).
  const side = (box) => (wide() ? box.offsetWidth + 20 : 16);
  map.fitBounds(bounds, {
    paddingTopLeft: [side(legend.getContainer()), 24],
    paddingBottomRight: [wide() && !switcher.options.collapsed ? side(switcherBox) : 24, 24],
    maxZoom: 17,
  });

  // A read-only summary for tests and for whoever embeds the page.
  let markers = 0;
  categoryList.forEach((c) => { markers += c.layer.getLayers().length; });
  window.alentourCarte = Object.freeze({
    partners: markers,
    places: places.getLayers().length,
    bands: bands.length,
    categories: Object.freeze(categoryList.map((c) => c.label)),
    leaflet: L.version,
    // Which background is shown now: 'rues' or 'osm'.
    background: () => (map.hasLayer(tiles) ? 'osm' : map.hasLayer(streets) ? 'rues' : 'aucun'),
  });
})();

