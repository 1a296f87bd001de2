/** Entry point of the `quickscale` binary (bin/quickscale.js loads it through tsx). */
import { processIo } from './cli/output.js';
import { main } from './cli/program.js';

// `quickscale list modules | head` closes the pipe early: that is the reader's choice, not a failure.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  process.exitCode = await main(process.argv.slice(2), processIo());
} catch (error) {
  // A bug, not a user error: say so, with the stack, and fail.
  console.error('quickscale: internal error — please report it with the output below.');
  console.error(error);
  process.exitCode = 1;
}
