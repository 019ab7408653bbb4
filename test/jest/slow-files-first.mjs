import Sequencer from '@jest/test-sequencer';

/**
 * Jest orders test files by how long they took last time, or, with no timings (a fresh clone, as in CI),
 * by file size. The files that load the whole demo are small but take minutes: started last, they would
 * run alone at the end while the other worker sits idle. They start first; the rest keep Jest's order.
 */
const SLOW_FIRST = [
  /test\/walkthroughs\/.*\.e2e-spec\.ts$/,
  /apps\/cli\/src\/demo\/run-demo-(sunday-in-august|tuesday-in-march)\.e2e-spec\.ts$/,
  /test\/system\/.*\.e2e-spec\.ts$/,
  /libs\/event-store\/src\/postgres\/postgres-event-store\.int-spec\.ts$/,
  /apps\/api\/test\/fuzz\/.*\.e2e-spec\.ts$/,
  /bench\/src\/bench\.int-spec\.ts$/,
];

const rank = (path) => {
  const index = SLOW_FIRST.findIndex((pattern) => pattern.test(path.replaceAll('\\', '/')));
  return index === -1 ? SLOW_FIRST.length : index;
};

// The package is CommonJS: its class is the `default` of what it exports.
const JestSequencer = Sequencer.default ?? Sequencer;

export default class SlowFilesFirst extends JestSequencer {
  sort(tests) {
    const slow = tests.filter((test) => rank(test.path) < SLOW_FIRST.length).sort((a, b) => rank(a.path) - rank(b.path));
    const rest = tests.filter((test) => rank(test.path) === SLOW_FIRST.length);
    return [...slow, ...super.sort(rest)];
  }
}
