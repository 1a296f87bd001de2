/**
 * Process entry: `npm start`. Loads `.env`, validates the environment (a bad value stops start-up
 * with one message naming every bad variable and its fix), starts the runtime, and shuts down
 * gracefully on SIGTERM/SIGINT.
 */
import { ConfigError, createLogger, isAppError, loadDotEnv, openDatabase } from '@qspace/core';
import { resolveAuthSecret } from './auth-secret.js';
import { loadServerConfig } from './env.js';
import { migrations } from './modules.js';

loadDotEnv();

let config: ReturnType<typeof loadServerConfig>;
try {
  const loaded = loadServerConfig();
  config = { ...loaded, AUTH_SECRET: resolveAuthSecret(loaded) };
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(
      `\n${error.message}\n\nNothing was started. Fix the variables above and run again.\n`,
    );
    process.exit(1);
  }
  throw error;
}

const logger = createLogger({ level: config.LOG_LEVEL, pretty: config.NODE_ENV !== 'production' });

try {
  // Open the database (WASM compile, disk, migrations) while the HTTP stack's modules load.
  const opening = openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.QSPACE_DATA_DIR,
    poolSize: config.DATABASE_POOL_SIZE,
    migrations,
    logger,
  });
  opening.catch(() => undefined); // awaited below; avoids an unhandled rejection while modules load
  const { startRuntime } = await import('./runtime.js');
  const runtime = await startRuntime({ config, logger, database: await opening, migrations, seedDemo: true });
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) {
      logger.warn({ signal }, 'second signal: exiting immediately');
      process.exit(1);
    }
    runtime
      .stop(signal)
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
} catch (error) {
  if (isAppError(error)) {
    logger.fatal({ code: error.code, details: error.details }, error.message);
  } else {
    logger.fatal({ err: error }, 'Q-Space could not start');
  }
  // Give the log transport a moment to flush before exiting.
  setTimeout(() => process.exit(1), 200);
}
