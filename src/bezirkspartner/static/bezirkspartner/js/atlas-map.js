/* Atlas map: Leaflet over the bundled Natural Earth outlines; no tile server unless configured.
   Progressive enhancement: every map has a table beside it with the same content. */
(function () {
  "use strict";

  function fetchJson(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) { throw new Error(url + ": " + response.status); }
      return response.json();
    });
  }

  function radiusFor(population) {
    if (!population) { return 3; }
    return Math.max(3, Math.min(18, Math.sqrt(population) / 45));
  }

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text == null ? "" : String(text);
    return div.innerHTML;
  }

  function initMap(element) {
    if (typeof L === "undefined") { return; }
    var map = L.map(element, { zoomSnap: 0.5, scrollWheelZoom: false, attributionControl: true });
    map.attributionControl.setPrefix("Leaflet");
    map.setView([50.5, 12], 4);
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, { attribution: element.dataset.tilesAttribution || "" }).addTo(map);
    }
    var layers = [];
    fetchJson(element.dataset.basemap).then(function (basemap) {
      L.geoJSON(basemap, {
        interactive: false,
        style: { color: "#7b8794", weight: 0.6, fillColor: "#e8ecf1", fillOpacity: 1 }
      }).addTo(map).bringToBack();
      map.attributionControl.addAttribution("Natural Earth");
    });
    var districts = fetchJson(element.dataset.districts).then(function (collection) {
      var label = element.dataset.labelPopulation || "Population";
      var layer = L.geoJSON(collection, {
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, {
            radius: radiusFor(feature.properties.population),
            color: "#0d3b66", weight: 1, fillColor: "#1f6fb2", fillOpacity: 0.55
          });
        },
        onEachFeature: function (feature, marker) {
          var p = feature.properties;
          marker.bindPopup(
            "<strong>" + escapeHtml(p.name) + "</strong><br>" + escapeHtml(p.city) +
            (p.population ? "<br>" + escapeHtml(label) + ": " + p.population.toLocaleString(document.documentElement.lang) : "")
          );
        }
      }).addTo(map);
      layers.push(layer);
      return layer;
    });
    var partnerships = element.dataset.partnerships ? fetchJson(element.dataset.partnerships).then(function (collection) {
      var layer = L.geoJSON(collection, { style: { color: "#a0211a", weight: 1.5, opacity: 0.8 } }).addTo(map);
      layers.push(layer);
      return layer;
    }) : Promise.resolve(null);
    Promise.all([districts, partnerships]).then(function () {
      var group = L.featureGroup(layers.filter(Boolean));
      var bounds = group.getBounds();
      if (bounds.isValid()) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 12 }); }
    }).catch(function () {
      element.classList.add("map--failed");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".map[data-districts]"), initMap);
  });
})();
