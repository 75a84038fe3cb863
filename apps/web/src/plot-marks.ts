// The parts of Observable Plot the dashboard draws with, as one module that
// plot.ts imports on demand: a dynamic import of the package itself would keep
// all of it (no tree-shaking through a namespace loaded at run time).
export { dot, plot, rectX, rectY, ruleX, ruleY, text } from '@observablehq/plot';
