import { PGlite } from '@electric-sql/pglite';
const t0 = Date.now();
const db = new PGlite('/tmp/pgl-rls-' + Date.now());
await db.waitReady;
console.log('ready ms', Date.now() - t0);
await db.exec(`
CREATE ROLE qspace_app NOLOGIN;
CREATE TABLE notes (id serial primary key, app_id uuid not null, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY; ALTER TABLE notes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON notes USING (app_id = nullif(current_setting('qspace.app_id', true), '')::uuid) WITH CHECK (app_id = nullif(current_setting('qspace.app_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO qspace_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO qspace_app;
INSERT INTO notes (app_id, body) VALUES ('00000000-0000-0000-0000-00000000000a', 'a'), ('00000000-0000-0000-0000-00000000000b', 'b');
`);
console.log((await db.query('select current_user, session_user')).rows);
await db.exec('SET ROLE qspace_app');
console.log('no ctx', (await db.query('select * from notes')).rows);
await db.transaction(async (tx) => {
  await tx.query("select set_config('qspace.app_id', '00000000-0000-0000-0000-00000000000a', true)");
  console.log('ctx a', (await tx.query('select * from notes')).rows);
});
console.log('after', (await db.query('select * from notes')).rows);
await db.transaction(async (tx) => { await tx.exec('SET LOCAL ROLE NONE'); console.log('sys', (await tx.query('select count(*) from notes')).rows, (await tx.query('select current_user')).rows); });
console.log((await db.query('select current_user')).rows);
const t1 = Date.now(); const dump = await db.dumpDataDir('none'); console.log('dump ms', Date.now()-t1, dump.size);
const t2 = Date.now(); const db2 = new PGlite({ loadDataDir: dump }); await db2.waitReady; console.log('load ms', Date.now()-t2, (await db2.query('select count(*) from notes')).rows);
