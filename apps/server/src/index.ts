/** @qspace/server public entry: the app factory and the runtime, for tests, tools and benchmarks. */
export { type App, type AppDeps, createApp } from './app.js';
export { loadServerConfig, type ServerConfig, serverEnv } from './env.js';
export { memoryStore, type RateLimitStore, redisStore } from './http/rate-limit.js';
export { migrations } from './modules.js';
export { type Runtime, type RuntimeOptions, startRuntime } from './runtime.js';
