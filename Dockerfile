# syntax=docker/dockerfile:1
#
# Q-Space server image. Server sources run directly with tsx (docs/decisions/0015); the only build is
# the dashboard's static bundle (Vite), made in its own stage with dev dependencies and copied over.
#
#   docker build -t qspace .
#   docker run -p 3000:3000 -v qspace-data:/app/.qspace qspace            # embedded PGlite
#   docker run -p 3000:3000 -e DATABASE_URL=postgres://… qspace             # PostgreSQL server
#
# Several replicas need DATABASE_URL: the embedded database is single-process.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- manifests: only the files `npm ci` reads, so the dependency layer is reused until they change ----
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && find . -name node_modules -prune -o \( -name package.json -o -name package-lock.json \) -print \
    | xargs -I{} cp --parents {} /manifests/

# ---- deps: install exactly what package-lock.json records --------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY --from=manifests /manifests/ ./
# Production dependencies only: tsx, which runs the sources, is a runtime dependency (decision 0015).
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# ---- dashboard: the static bundle the server serves at / ----------------------------------------------
FROM ${NODE_IMAGE} AS dashboard
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build -w apps/dashboard

# ---- runtime ------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# Dependencies first (root and any nested node_modules, workspace links), then the sources on top.
COPY --from=deps /app ./
COPY . .
COPY --from=dashboard /app/apps/dashboard/dist ./apps/dashboard/dist
# The embedded database lives in /app/.qspace/data (QSPACE_DATA_DIR's default, relative to /app).
# The application files stay owned by root and read-only for the process; only the data folder is writable.
RUN mkdir -p /app/.qspace \
 && chown node:node /app/.qspace
VOLUME ["/app/.qspace"]
USER node
EXPOSE 3000
# slim images have no curl: ask Node itself. /healthz is liveness; orchestrators should route on /readyz.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# SIGTERM starts a graceful shutdown (drain HTTP, stop jobs, close the database) within SHUTDOWN_TIMEOUT_MS.
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "apps/server/src/main.ts"]
