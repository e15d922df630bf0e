/* Atlas maps: Leaflet over the bundled Natural Earth base map of Europe (land, lakes, rivers,
   country borders, city names); no tile server unless one is configured.
   Progressive enhancement: every map has a legend and a table or list beside it with the same
   content. Styles live in main.css (classes map-*), never inline, so the CSP stays strict. */
(function () {
  "use strict";

  var BASEMAP = [[28, -32], [73, 62]]; // south-west, north-east: what the base map covers
  var EUROPE = [[34, -25], [72, 45]]; // points outside this box never steer the view
  var LABEL_GAP = 2; // px kept free around each label

  function fetchJson(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) { throw new Error(url + ": " + response.status); }
      return response.json();
    });
  }

  function radiusFor(population) {
    if (!population) { return 4; }
    return Math.max(4, Math.min(18, Math.sqrt(population) / 45));
  }

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text == null ? "" : String(text);
    return div.innerHTML;
  }

  function number(value, language) {
    return Number(value).toLocaleString(language);
  }

  /* Labels that never overlap: each redraw places them by priority (lower first) and leaves
     out every label that would cover one already placed or a marker that matters. */
  function LabelLayer(map) {
    this.map = map;
    this.items = [];
    this.obstacles = [];
    this.layer = L.layerGroup().addTo(map);
    map.on("zoomend moveend resize", this.refresh, this);
  }

  LabelLayer.prototype.add = function (latlng, text, options) {
    this.items.push({
      latlng: L.latLng(latlng),
      text: text,
      priority: options.priority || 0,
      minZoom: options.minZoom || 0,
      className: options.className || "",
      offset: options.offset || 6,
      owner: options.owner || null, // a marker whose label is left out where a better one covers it
      sides: options.sides || ["right", "left", "above", "below"],
      markers: null
    });
  };

  LabelLayer.prototype.avoid = function (marker) { this.obstacles.push(marker); };

  LabelLayer.prototype.refresh = function () {
    var map = this.map;
    var zoom = map.getZoom();
    var view = map.getBounds().pad(0.05);
    var origin = map.getContainer().getBoundingClientRect();
    var placed = this.obstacles.filter(function (marker) {
      return map.hasLayer(marker) && marker.getElement();
    }).map(function (marker) { return marker.getElement().getBoundingClientRect(); });
    this.layer.clearLayers();
    var candidates = this.items.filter(function (item) {
      return zoom >= item.minZoom && view.contains(item.latlng);
    }).sort(function (a, b) { return a.priority - b.priority; });
    var owners = [];
    candidates.forEach(function (item) {
      if (item.owner && item.owner.getElement()) {
        var own = item.owner.getElement().getBoundingClientRect();
        var covered = owners.some(function (other) { return overlaps(own, other); });
        owners.push(own);
        if (covered) { return; }
      }
      // Right of the point first; where that is taken or off the map, left, above, below.
      var sides = item.sides;
      for (var i = 0; i < sides.length; i += 1) {
        var marker = labelMarker(item, sides[i]);
        this.layer.addLayer(marker);
        var rect = marker.getElement().getBoundingClientRect();
        var outside = rect.right > origin.right || rect.left < origin.left ||
          rect.bottom > origin.bottom || rect.top < origin.top;
        if (!outside && !placed.some(function (other) { return overlaps(rect, other); })) {
          placed.push(rect);
          return;
        }
        this.layer.removeLayer(marker);
      }
    }, this);
  };

  function labelMarker(item, side) {
    item.markers = item.markers || {};
    if (!item.markers[side]) {
      var html = "<span>" + escapeHtml(item.text) + "</span>";
      var icon = L.divIcon({
        className: "map-label map-label--" + side + " " + item.className,
        html: html,
        iconSize: null,
        iconAnchor: [-item.offset, 9]
      });
      if (side !== "right") {
        // Left of, above or below the point the label's width decides the anchor, so the icon
        // is measured once on a detached element of the same classes.
        var width = measure(icon);
        var anchors = {
          left: [width + item.offset, 9],
          above: [width / 2, 18 + item.offset],
          below: [width / 2, -item.offset]
        };
        icon.options.iconAnchor = anchors[side];
      }
      item.markers[side] = L.marker(item.latlng, {
        icon: icon, interactive: false, keyboard: false, pane: "mapLabels"
      });
    }
    return item.markers[side];
  }

  var measureBox = null;
  function measure(icon) {
    if (!measureBox) {
      measureBox = document.createElement("div");
      measureBox.className = "map-label-measure leaflet-container";
      document.body.appendChild(measureBox);
    }
    var element = icon.createIcon();
    measureBox.appendChild(element);
    var width = element.getBoundingClientRect().width;
    measureBox.removeChild(element);
    return Math.ceil(width);
  }

  function overlaps(a, b) {
    return a.left < b.right + LABEL_GAP && b.left < a.right + LABEL_GAP &&
      a.top < b.bottom + LABEL_GAP && b.top < a.bottom + LABEL_GAP;
  }

  /* The base map: land on a water-coloured background, lakes, rivers by importance,
     country borders and the names of major cities from the zoom Natural Earth gives them. */
  function drawBasemap(map, collection, labels, language) {
    var byKind = { land: [], lake: [], river: [], border: [] };
    collection.features.forEach(function (feature) {
      var p = feature.properties;
      if (p.k === "place") {
        var name = p[language] || p.n;
        labels.add([feature.geometry.coordinates[1], feature.geometry.coordinates[0]], name, {
          // one zoom step later than Natural Earth suggests: fewer names, less clutter
          priority: 100 + p.z, minZoom: p.z + 1,
          className: "map-label--place" + (p.cap ? " map-label--capital" : ""), offset: 5,
          sides: ["right", "left"] // beside its dot
        });
      } else if (byKind[p.k]) {
        byKind[p.k].push(feature);
      }
    });
    function layer(features, className, extra) {
      var style = L.Util.extend({ pane: "basemap", interactive: false, className: className }, extra || {});
      return L.geoJSON({ type: "FeatureCollection", features: features }, { style: style, pane: "basemap", interactive: false });
    }
    layer(byKind.land, "map-land", { stroke: false, fillOpacity: 1 }).addTo(map);
    layer(byKind.lake, "map-lake", { stroke: false, fillOpacity: 1 }).addTo(map);
    // Rivers come in three steps, as Natural Earth ranks them: the big ones always.
    var riverSteps = [
      { maxRank: 5, fromZoom: 0, className: "map-river map-river--major" },
      { maxRank: 6.7, fromZoom: 5.5, className: "map-river" },
      { maxRank: 99, fromZoom: 7, className: "map-river map-river--minor" }
    ];
    var lower = -1;
    riverSteps.forEach(function (step) {
      var features = byKind.river.filter(function (f) {
        return f.properties.z > lower && f.properties.z <= step.maxRank;
      });
      lower = step.maxRank;
      step.layer = layer(features, step.className, { fill: false });
    });
    function showRivers() {
      var zoom = map.getZoom();
      riverSteps.forEach(function (step) {
        if (zoom >= step.fromZoom) { step.layer.addTo(map); } else { step.layer.remove(); }
      });
    }
    map.on("zoomend", showRivers);
    showRivers();
    layer(byKind.border, "map-border", { fill: false }).addTo(map);
    map.attributionControl.addAttribution("Natural Earth");
  }

  function homeMarker(element, labels) {
    var data = element.dataset;
    var name = data.homeName;
    var title = data.labelHome + ": " + name;
    var marker = L.marker([Number(data.homeLat), Number(data.homeLon)], {
      icon: L.divIcon({
        className: "map-home",
        html: "<span class=\"map-home-symbol\"></span>",
        iconSize: [24, 24],
        iconAnchor: [12, 12]
      }),
      title: title,
      zIndexOffset: 200000
    });
    marker.bindPopup("<strong>" + escapeHtml(title) + "</strong>" +
      (data.homeUrl ? "<br><a href=\"" + escapeHtml(data.homeUrl) + "\">" + escapeHtml(name) + "</a>" : ""));
    marker.on("add", function () {
      var icon = marker.getElement();
      icon.setAttribute("aria-label", title);
      icon.setAttribute("data-home", "true");
    });
    labels.add(marker.getLatLng(), name, { priority: 0, className: "map-label--home", offset: 16 });
    labels.avoid(marker);
    return marker;
  }

  function rankMarker(feature, latlng, element, labels) {
    var p = feature.properties;
    var language = element.dataset.language;
    var title = p.rank + ". " + p.name + " (" + p.city + ")";
    var marker = L.marker(latlng, {
      icon: L.divIcon({
        className: "map-rank",
        html: "<span class=\"map-rank-symbol\">" + escapeHtml(p.rank) + "</span>",
        iconSize: [26, 26],
        iconAnchor: [13, 13]
      }),
      title: title,
      zIndexOffset: 1000 * (100 - p.rank) // the better rank on top where markers overlap
    });
    marker.bindPopup(
      "<strong>" + escapeHtml(title) + "</strong>" +
      (p.score != null ? "<br>" + escapeHtml(element.dataset.labelScore) + ": " + number(Math.round(p.score * 100), language) + " / 100" : "") +
      (p.url ? "<br><a href=\"" + escapeHtml(p.url) + "\">" + escapeHtml(p.name) + "</a>" : "")
    );
    marker.on("add", function () { marker.getElement().setAttribute("aria-label", title); });
    labels.add(latlng, p.rank + ". " + p.name, {
      priority: 10 + p.rank, className: "map-label--rank", offset: 17, owner: marker
    });
    labels.avoid(marker);
    return marker;
  }

  function districtMarker(feature, latlng, element, labels) {
    var p = feature.properties;
    var focus = element.dataset.focusId && String(p.id) === element.dataset.focusId;
    var radius = radiusFor(p.population);
    var marker = L.circleMarker(latlng, {
      radius: radius,
      className: focus ? "map-district map-district--focus" : "map-district"
    });
    var label = element.dataset.labelPopulation || "Population";
    marker.bindPopup(
      "<strong>" + escapeHtml(p.name) + "</strong><br>" + escapeHtml(p.city) +
      (p.population ? "<br>" + escapeHtml(label) + ": " + number(p.population, element.dataset.language) : "")
    );
    // District names from city zoom on (the page's own district always), biggest first.
    labels.add(latlng, p.name, {
      priority: focus ? 5 : 50 - Math.min(40, (p.population || 0) / 25000),
      minZoom: focus ? 0 : 9,
      className: focus ? "map-label--focus" : "map-label--district",
      offset: radius + 3
    });
    return marker;
  }

  function inEurope(latlng) {
    return L.latLngBounds(EUROPE).contains(latlng);
  }

  function initMap(element) {
    if (typeof L === "undefined") { return; }
    var data = element.dataset;
    var language = data.language || document.documentElement.lang || "de";
    var map = L.map(element, {
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      scrollWheelZoom: false,
      zoomControl: false,
      attributionControl: true,
      maxZoom: 13,
      maxBounds: BASEMAP,
      maxBoundsViscosity: 1
    });
    // Never zoom out beyond the base map: the view always lies inside it.
    function keepInsideBasemap() { map.setMinZoom(map.getBoundsZoom(BASEMAP, true)); }
    keepInsideBasemap();
    map.on("resize", keepInsideBasemap);
    L.control.zoom({
      zoomInTitle: data.labelZoomIn || "Zoom in",
      zoomOutTitle: data.labelZoomOut || "Zoom out"
    }).addTo(map);
    map.attributionControl.setPrefix("Leaflet");
    map.createPane("basemap").style.zIndex = 150;
    map.createPane("mapLabels").style.zIndex = 450;
    map.fitBounds(EUROPE, { animate: false });
    // At city zoom rivers are drawn wider (CSS map--near).
    function markNear() { element.classList.toggle("map--near", map.getZoom() >= 9); }
    map.on("zoomend", markNear);
    markNear();
    var labels = new LabelLayer(map);
    var fitPoints = [];

    var basemap = Promise.resolve(null);
    if (data.tiles) {
      L.tileLayer(data.tiles, { attribution: data.tilesAttribution || "" }).addTo(map);
      element.classList.add("map--tiles");
    } else {
      basemap = fetchJson(data.basemap).then(function (collection) {
        drawBasemap(map, collection, labels, language);
      });
    }

    var homeId = data.homeId || null;
    var ranked = data.ranked === "true";
    var home = null;
    if (data.homeLat && data.homeLon) {
      home = homeMarker(element, labels).addTo(map);
      if (ranked) { fitPoints.push(home.getLatLng()); }
    }

    var points = fetchJson(data.districts).then(function (collection) {
      L.geoJSON(collection, {
        filter: function (feature) {
          return !(homeId && String(feature.properties.id) === homeId);
        },
        pointToLayer: function (feature, latlng) {
          if (inEurope(latlng)) { fitPoints.push(latlng); }
          return ranked ? rankMarker(feature, latlng, element, labels) : districtMarker(feature, latlng, element, labels);
        }
      }).addTo(map);
      if (!ranked && home && collection.features.some(function (f) { return String(f.properties.id) === homeId; })) {
        fitPoints.push(home.getLatLng());
      }
    });

    // Partnership lines go as far as the partner; only their European ends steer the view
    // (one partner is in Shanghai: the line leaves the map, the list names it).
    var partnerships = data.partnerships ? fetchJson(data.partnerships).then(function (collection) {
      L.geoJSON(collection, {
        style: { className: "map-partnership", interactive: false },
        interactive: false
      }).addTo(map);
      collection.features.forEach(function (feature) {
        feature.geometry.coordinates.forEach(function (point) {
          var latlng = L.latLng(point[1], point[0]);
          if (inEurope(latlng)) { fitPoints.push(latlng); }
        });
      });
    }) : Promise.resolve(null);

    Promise.all([points, partnerships]).then(function () {
      if (fitPoints.length) {
        map.fitBounds(L.latLngBounds(fitPoints), { padding: [28, 28], maxZoom: 12, animate: false });
      }
      return basemap;
    }).then(function () {
      labels.refresh();
      var b = map.getBounds();
      element.dataset.bounds = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
        .map(function (v) { return v.toFixed(3); }).join(",");
      element.classList.add("map--ready");
    }).catch(function () {
      element.classList.add("map--failed");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".map[data-districts]"), initMap);
  });
})();
