// Observable Plot and its d3 parts are most of the page's JavaScript, and
// nothing of the first paint needs them (the map and list do not): they load
// after it, and the timeline and the claims chart draw once they are in.
type PlotModule = typeof import('./plot-marks.js');

let loaded: PlotModule | null = null;
let loading: Promise<PlotModule> | null = null;

export const loadPlot = (): Promise<PlotModule> => (loading ??= import('./plot-marks.js').then((m) => (loaded = m)));

/** Plot, once `loadPlot()` has resolved. */
export function plotModule(): PlotModule {
  if (!loaded) throw new Error('dashboard: Observable Plot used before loadPlot() resolved');
  return loaded;
}

/** Runs `draw` now when Plot is in, else once it is. */
export const withPlot = <T>(draw: () => T): Promise<T> => (loaded ? Promise.resolve(draw()) : loadPlot().then(draw));
