import { defineConfig } from 'drizzle-kit';

// `npm run db:generate -w @qspace/core` writes core's migrations from its Drizzle tables.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/jobs/schema.ts', './src/events/schema.ts'],
  out: './migrations',
});
