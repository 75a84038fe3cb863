# The app image used by docker-compose.yml. The database is separate
# (DATABASE_URL), so the embedded PostgreSQL binaries are not needed here.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The workspace packages (libs/*) must be present for npm ci to link them.
COPY libs ./libs
# The postinstall applies patches/ (a fixed Postgres.js: libs/database/src/postgres-driver.ts).
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/apps/cli/src/main.js", "serve"]
