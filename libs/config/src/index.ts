export { ConfigError, loadConfig, tileOrigin, type SitrepConfig } from './config.js';
