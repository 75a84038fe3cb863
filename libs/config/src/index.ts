export { ConfigError, loadConfig, NODE_ROLES, tileOrigin, type NodeRole, type SitrepConfig } from './config.js';
