import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Where the console is served: every page is a URL under it. */
export const CONSOLE_PATH = '/app';

/** The built console (`vite build` writes it to dist/web), found from the repository root whether this runs from dist or from source. */
export function defaultConsoleDir(): string {
  let directory = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(directory, 'package.json')) && path.dirname(directory) !== directory) directory = path.dirname(directory);
  return path.join(directory, 'dist', 'web');
}

/**
 * Serves the console's static files under /app/ and answers any other GET under it with its index.html, so a
 * refresh on any page loads the console; `/` and `/app` lead to `/app/`. Plain middleware, before the API's
 * routes and outside the access guard: the files hold no data, every call they make carries the user's token.
 */
export function serveConsole(app: NestExpressApplication, directory: string): void {
  const index = path.join(directory, 'index.html');
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method === 'GET' && (request.path === '/' || request.path === CONSOLE_PATH)) {
      response.redirect(302, `${CONSOLE_PATH}/`);
      return;
    }
    next();
  });
  app.useStaticAssets(directory, {
    prefix: `${CONSOLE_PATH}/`,
    index: false,
    // Vite names every asset by its content hash, so a browser may keep it for good.
    setHeaders: (response: Response, file: string) => {
      if (file.includes(`${path.sep}assets${path.sep}`)) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  app.use(CONSOLE_PATH, (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      next();
      return;
    }
    if (!existsSync(index)) {
      response.status(503).type('text/plain').send('The console has not been built: run `npm run build`.');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
