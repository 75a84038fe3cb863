// The page's first script: it starts the first load's requests from the URL's
// filters, then loads the app (main.ts), so the server answers while the
// app's code (Leaflet, clusters, views) downloads and compiles.
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './styles.css';
import { prefetchFirstLoad } from './api.js';
import { serverFilter, stateFromUrl } from './state.js';

performance.mark('sitrep:boot');
prefetchFirstLoad(serverFilter(stateFromUrl(location.search)));
await import('./main.js');
