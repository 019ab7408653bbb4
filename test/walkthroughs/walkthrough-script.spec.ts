import { unexpectedStatuses, walkthroughScript } from './walkthrough-script.js';

const PAGE = [
  '# A page',
  '',
  '```sh',
  'TOKEN=$(npm run --silent token -- --role trust-admin)',
  "curl -s localhost:3000/academies -H \"Authorization: Bearer $TOKEN\"",
  "curl -s -XPOST localhost:3000/academies -H 'content-type: application/json' \\",
  "  -d '{}'",
  '# → 400 {"fields":["academyId"]}',
  '```',
  '',
  '```text',
  'curl never run',
  '```',
  '```sh',
  'curl -s localhost:3000/nowhere   # → 404',
  '```',
].join('\n');

describe('a walkthrough page as a script', () => {
  const { script, commands } = walkthroughScript(PAGE, 'http://127.0.0.1:4123');
  const lineOf = (text: string): number => script.split('\n').findIndex((line) => line.includes(text)) + 1;

  it('runs the sh blocks only, in order, against the API under test', () => {
    expect(script).toContain('curl -s 127.0.0.1:4123/academies');
    expect(script).not.toContain('curl never run');
    expect(script).not.toContain('localhost:3000');
  });

  it('takes the status a page names on the command or the comment after it, continued lines included', () => {
    expect(commands.map(({ pageLine, expectedStatus, from, to }) => ({ pageLine, expectedStatus, lines: to - from + 1 }))).toEqual([
      { pageLine: 4, expectedStatus: null, lines: 1 },
      { pageLine: 5, expectedStatus: null, lines: 1 },
      { pageLine: 6, expectedStatus: 400, lines: 2 },
      { pageLine: 15, expectedStatus: 404, lines: 1 },
    ]);
  });

  it('reports a status the page does not name, and accepts the ones it does', () => {
    const witness = [
      `${lineOf('curl -s 127.0.0.1:4123/academies')} 200`,
      `${lineOf("-d '{}'")} 201`,
      `${lineOf('/nowhere')} 404`,
    ].join('\n');
    const problems = unexpectedStatuses(commands, witness);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^page line 6: answered 201, the page says 400/);
    expect(unexpectedStatuses(commands, `${lineOf('/nowhere')} 500`)[0]).toMatch(/^page line 15: answered 500, the page says 404/);
    expect(unexpectedStatuses(commands, `${lineOf('/academies -H')} 503`)[0]).toMatch(/the page says a 2xx/);
  });
});
