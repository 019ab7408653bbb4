/**
 * A walkthrough page of docs/ turned into a bash script, and its HTTP answers checked against what the page
 * says. Every ```sh block runs, in order, in one shell; `localhost:3000` becomes the API under test. Each
 * curl's status is witnessed: it must be the one the page names in a `# → NNN` comment (on the command's
 * last line or the line after it), or a success (2xx) when the page names none.
 */

export interface WalkthroughCommand {
  /** The line of the markdown page the command starts on (1-based), for messages. */
  pageLine: number;
  /** The lines of the script the command spans (1-based, inclusive). */
  from: number;
  to: number;
  /** The status the page names, or null for "a success". */
  expectedStatus: number | null;
  text: string;
}

export interface WalkthroughScript {
  script: string;
  commands: WalkthroughCommand[];
}

const FENCE_OPEN = /^```sh\s*$/;
const FENCE_CLOSE = /^```\s*$/;
const STATUS_COMMENT = /#\s*→\s*(\d{3})\b/;

/** The script prelude: a curl that records "<line> <status>" for every call, into $WALKTHROUGH_WITNESS. */
const PRELUDE = [
  'set -euo pipefail',
  'curl() {',
  "  local answer status",
  "  answer=$(command curl -sS -w '\\n__WALKTHROUGH_STATUS__%{http_code}' \"$@\")",
  '  status=${answer##*__WALKTHROUGH_STATUS__}',
  "  printf '%s\\n' \"${answer%__WALKTHROUGH_STATUS__*}\"",
  "  printf '%s %s\\n' \"${BASH_LINENO[0]}\" \"$status\" >> \"$WALKTHROUGH_WITNESS\"",
  '}',
];

export function walkthroughScript(markdown: string, apiUrl: string): WalkthroughScript {
  const lines = markdown.split('\n');
  const script: string[] = [...PRELUDE];
  const commands: WalkthroughCommand[] = [];
  let inBlock = false;
  let current: WalkthroughCommand | null = null;
  lines.forEach((raw, index) => {
    if (!inBlock) {
      inBlock = FENCE_OPEN.test(raw);
      return;
    }
    if (FENCE_CLOSE.test(raw)) {
      inBlock = false;
      current = null;
      return;
    }
    const line = raw.replaceAll('localhost:3000', apiUrl.replace(/^https?:\/\//, ''));
    script.push(line);
    const scriptLine = script.length;
    const code = line.replace(/\s+#.*$/, '').trim();
    const status = STATUS_COMMENT.exec(line);
    if (code.startsWith('#') || code === '') {
      // A comment right after a command may name its status.
      if (current !== null && current.to === scriptLine - 1 && status !== null && current.expectedStatus === null) {
        current.expectedStatus = Number(status[1]);
      }
      return;
    }
    if (current !== null && current.to === scriptLine - 1 && script[scriptLine - 2]?.replace(/\s+#.*$/, '').trimEnd().endsWith('\\')) {
      current.to = scriptLine;
      current.text += `\n${line}`;
    } else {
      current = { pageLine: index + 1, from: scriptLine, to: scriptLine, expectedStatus: null, text: line };
      commands.push(current);
    }
    if (status !== null) current.expectedStatus = Number(status[1]);
  });
  return { script: `${script.join('\n')}\n`, commands };
}

/** What went wrong: each witnessed status that the page does not name, and curl calls no command explains. */
export function unexpectedStatuses(commands: readonly WalkthroughCommand[], witness: string): string[] {
  const problems: string[] = [];
  for (const entry of witness.split('\n').filter((line) => line.trim() !== '')) {
    const [lineText, statusText] = entry.split(' ');
    const line = Number(lineText);
    const status = Number(statusText);
    const command = commands.find((candidate) => line >= candidate.from && line <= candidate.to);
    if (command === undefined) {
      problems.push(`a curl at script line ${line} answered ${status}, outside any command of the page`);
      continue;
    }
    const ok = command.expectedStatus === null ? status >= 200 && status < 300 : status === command.expectedStatus;
    if (!ok) {
      const wanted = command.expectedStatus === null ? 'a 2xx' : String(command.expectedStatus);
      problems.push(`page line ${command.pageLine}: answered ${status}, the page says ${wanted}:\n  ${command.text}`);
    }
  }
  return problems;
}
