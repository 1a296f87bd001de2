#!/usr/bin/env node
// The sources are TypeScript, run directly through tsx like the rest of Q-Space (decision 0015):
// register tsx's loader in this process, then load the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
