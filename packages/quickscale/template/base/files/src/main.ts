/**
 * Process entry (`npm run dev`, `npm start`): loads `.env`, validates the configuration (a bad value
 * stops start-up with one message naming every variable to fix), starts the server and shuts it
 * down gracefully on SIGTERM / SIGINT.
 */
import { ConfigError, createLogger, loadDotEnv } from '@qspace/core';
import { loadConfig } from './kernel/config.js';
import { startServer } from './server.js';

loadDotEnv();

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
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
const running = await startServer({ config, logger });
logger.info(`ready on ${running.url}`);

let signals = 0;
const onSignal = (signal: NodeJS.Signals) => {
  if (++signals > 1) process.exit(1);
  logger.info({ signal }, 'shutting down');
  running
    .stop()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
};
process.on('SIGTERM', onSignal);
process.on('SIGINT', onSignal);
