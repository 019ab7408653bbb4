// Completes package-lock.json with the other platforms' optional native packages.
//
// The registry this project installs from does not serve packages built for other platforms
// (darwin, win32, android, ...), so `npm install` leaves them out of the lockfile, and then
// `npm ci` refuses the lockfile as "out of sync" (it expects an entry for every optional
// dependency). Adding the entries by hand, with their os/cpu, lets `npm ci` pass: npm skips
// them on platforms they do not fit, exactly as it would with a complete lockfile.
// Run after any dependency change: `npm run lock:complete`.
import { readFileSync, writeFileSync } from 'node:fs';

const OSES = new Set(['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'sunos', 'aix']);
const CPUS = new Set(['arm', 'arm64', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x']);

/** Reads os and cpu from a platform package's name, e.g. @unrs/resolver-binding-linux-arm64-gnu. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => OSES.has(part));
  const cpu = parts.find((part) => CPUS.has(part));
  return os && cpu ? { os, cpu } : null;
}

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [key, entry] of Object.entries({ ...packages })) {
  for (const [dependency, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const dependencyKey = `${key === '' ? '' : `${key}/`}node_modules/${dependency}`.replace(/^\//, '');
    const hoistedKey = `node_modules/${dependency}`;
    if (packages[dependencyKey] || packages[hoistedKey]) continue;
    const platform = platformOf(dependency);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue;
    packages[hoistedKey] = {
      version,
      cpu: [platform.cpu],
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      os: [platform.os],
    };
    added++;
  }
}
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform package entr${added === 1 ? 'y' : 'ies'} added`);
