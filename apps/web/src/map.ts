// The incident map: Leaflet over an offline basemap (Natural Earth countries
// from world-atlas, drawn as vectors: no tile server), incidents clustered with
// supercluster so thousands stay readable, markers sized by claimed
// fatalities and coloured by kind.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import Supercluster from 'supercluster';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import coarseWorldUrl from 'world-atlas/countries-110m.json?url';
import detailedWorldUrl from 'world-atlas/countries-50m.json?url';
import { markerRadius, unwrapAntimeridian, type MapPoint } from './map-points.js';
import { kindColour } from './kinds.js';

type PointProps = { idx: number };

/**
 * The 1:110m countries (108 KB, a tenth of the points) are drawn at first: at the zooms a regional view opens at they look the
 * same, and decoding the 1:50m ones held the main thread for a large share of the first render, while the incidents arrived.
 * The 1:50m countries replace them once the map is zoomed in this far.
 */
const DETAIL_ZOOM = 5;

export class IncidentMap {
  readonly map: L.Map;
  private readonly layer = L.layerGroup();
  // Loaded empty at once: a resize or move before the first data must find an index to ask.
  private index = new Supercluster<PointProps, Record<string, never>>({ radius: 48, maxZoom: 17 }).load([]);
  private points: MapPoint[] = [];
  private selected: string | null = null;
  private userMoved = false;

  constructor(
    container: HTMLElement,
    private readonly onSelect: (id: string) => void,
    tileUrl?: string,
  ) {
    this.map = L.map(container, { preferCanvas: false, worldCopyJump: true, minZoom: 2, maxZoom: 17, zoomSnap: 0.5 }).setView([40, 45], 5);
    this.map.attributionControl.setPrefix(false);
    if (tileUrl) this.useTiles(tileUrl);
    else void this.drawBasemap(coarseWorldUrl);
    this.layer.addTo(this.map);
    this.map.on('moveend', () => this.redraw());
    this.map.on('zoomend', () => {
      if (!this.detailed && this.map.getZoom() >= DETAIL_ZOOM) {
        this.detailed = true;
        void this.drawBasemap(detailedWorldUrl);
      }
    });
    for (const type of ['mousedown', 'wheel', 'touchstart', 'keydown'])
      container.addEventListener(type, () => (this.userMoved = true), { passive: true, once: true });
  }

  private tiles = false;
  private detailed = false;
  /** The countries drawn now: a finer set replaces them. */
  private basemap: L.Layer[] = [];

  /** A configured tile server (SITREP_TILE_URL) replaces the shipped vector countries under the incidents. */
  useTiles(tileUrl: string): void {
    this.tiles = true;
    L.tileLayer(tileUrl, { maxZoom: 17, className: 'tiles' }).addTo(this.map);
    const basemap = this.map.getPane('basemap');
    if (basemap) basemap.style.display = 'none';
    this.map.getContainer().dataset.tiles = tileUrl;
  }

  private async drawBasemap(url: string): Promise<void> {
    const topo = (await (await fetch(url)).json()) as Topology<{ countries: GeometryCollection }>;
    // The coarse set arriving after the detailed one (a quick zoom) must not cover it.
    if (this.tiles || (url === coarseWorldUrl && this.detailed && this.basemap.length)) return;
    // Leaflet's default margin: a half-viewport margin each side drew four times the pixels of the 50m
    // countries at every zoom, most of the first render's cost (bench/results/dashboard.md).
    if (!this.renderer) {
      this.renderer = L.canvas({ padding: 0.1 });
      this.map.createPane('basemap').style.zIndex = '200';
      this.map.attributionControl.addAttribution('Natural Earth');
    }
    const layers = [
      L.geoJSON(unwrapAntimeridian(feature(topo, topo.objects.countries)), {
        pane: 'basemap',
        renderer: this.renderer,
        interactive: false,
        style: { color: '#b9b2a4', weight: 0, fillColor: '#f1ede4', fillOpacity: 1 },
      } as L.GeoJSONOptions),
      L.geoJSON(unwrapAntimeridian(mesh(topo, topo.objects.countries, (a, b) => a !== b)), {
        pane: 'basemap',
        renderer: this.renderer,
        interactive: false,
        style: { color: '#9a917f', weight: 0.8 },
      } as L.GeoJSONOptions),
    ];
    for (const old of this.basemap) old.remove();
    this.basemap = layers;
    for (const layer of layers) layer.addTo(this.map);
  }

  private renderer: L.Canvas | undefined;

  /** `fit`: frame them (a newly loaded set) unless the person has moved the map themselves. */
  setIncidents(points: MapPoint[], fit = false): void {
    this.points = points;
    this.index = this.indexes.get(points) ?? this.buildIndex(points);

    if (fit && !this.userMoved && points.length) {
      const bounds = L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number]));
      this.map.fitBounds(bounds, { padding: [30, 30], maxZoom: 9 });
    }
    this.redraw();
  }

  /** Clusters per point array: a set shown again (the caller keeps its arrays) is not clustered again (clustering is most of a redraw's cost). */
  private readonly indexes = new WeakMap<MapPoint[], Supercluster<PointProps, Record<string, never>>>();

  private buildIndex(points: MapPoint[]): Supercluster<PointProps, Record<string, never>> {
    const index = new Supercluster<PointProps, Record<string, never>>({ radius: 48, maxZoom: 17 });
    index.load(
      points.map((p, idx) => ({ type: 'Feature', properties: { idx }, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } })),
    );
    this.indexes.set(points, index);
    return index;
  }

  select(id: string | null, pan = false): void {
    this.selected = id;
    if (pan && id) {
      const p = this.points.find((x) => x.incident.id === id);
      if (p && !this.map.getBounds().contains([p.lat, p.lon])) this.map.panTo([p.lat, p.lon]);
    }
    this.redraw();
  }

  private redraw(): void {
    this.layer.clearLayers();
    const b = this.map.getBounds();
    const zoom = Math.round(this.map.getZoom());
    const clusters = this.index.getClusters([b.getWest() - 1, b.getSouth() - 1, b.getEast() + 1, b.getNorth() + 1], zoom);
    for (const c of clusters) {
      const [lon, lat] = c.geometry.coordinates;
      const props = c.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; idx?: number };
      if (props.cluster) this.layer.addLayer(this.clusterMarker(lat, lon, props.cluster_id!, props.point_count!));
      else this.layer.addLayer(this.incidentMarker(this.points[props.idx!]));
    }
  }

  private clusterMarker(lat: number, lon: number, clusterId: number, count: number): L.Marker {
    const size = Math.round(26 + 6 * Math.log10(count));
    const icon = L.divIcon({ className: 'cluster', html: `<span>${count}</span>`, iconSize: [size, size] });
    const m = L.marker([lat, lon], { icon, keyboard: false, title: `${count} incidents` });
    m.on('click', () => this.map.flyTo([lat, lon], Math.min(this.index.getClusterExpansionZoom(clusterId), 17), { duration: 0.4 }));
    return m;
  }

  private incidentMarker(p: MapPoint): L.CircleMarker {
    const i = p.incident;
    const selected = i.id === this.selected;
    const m = L.circleMarker([p.lat, p.lon], {
      radius: markerRadius(i),
      color: selected ? '#111' : '#fff',
      weight: selected ? 3 : 1,
      fillColor: kindColour(i.kind),
      fillOpacity: 0.85,
      className: 'incident-marker',
    });
    m.on('click', () => this.onSelect(i.id));
    m.on('add', () => m.getElement()?.setAttribute('data-incident-id', i.id));
    m.bindTooltip(`${i.headline ?? i.types.join(', ')} · ${i.dateFrom}`);
    return m;
  }
}
