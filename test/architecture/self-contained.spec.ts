import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';

/*
 * The repository explains itself: no file sends its reader to a document kept outside it (the product
 * brief the project began from, its folder of the trusts' source documents, a numbered issue), and every
 * relative link of the documentation lands on a file of the repository, at a heading that exists.
 * What those outside documents said lives in docs/ (DOMAIN.md, ARCHITECTURE.md, API-CONVENTIONS.md, ...).
 */

const ROOT = resolve(import.meta.dirname, '../..');

/** Every tracked file, as a path from the root with forward slashes; the lockfile aside (a registry's words, not ours). */
const TRACKED: readonly string[] = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((path) => path !== '' && path !== 'package-lock.json' && !path.split('/').includes('node_modules'));

const TRACKED_SET: ReadonlySet<string> = new Set(TRACKED);

/** Folders holding a tracked file, so a link to a folder (`walkthroughs/`) resolves too. */
const TRACKED_FOLDERS: ReadonlySet<string> = new Set(
  TRACKED.flatMap((path) => path.split('/').slice(0, -1).map((_part, index, parts) => parts.slice(0, index + 1).join('/'))),
);

/** The text of a tracked file, or null for a binary one (an image). */
function textOf(path: string): string | null {
  const bytes = readFileSync(join(ROOT, path));
  return bytes.includes(0) ? null : bytes.toString('utf8');
}

// The documents the project began from, by their names; built from parts so this file does not cite them.
const OUTSIDE_DOCUMENT_NAMES = ['DESIGN', 'API', 'UI', 'STYLE'];
const OUTSIDE_DOCUMENT = new RegExp(`(?<![\\w-])(?:${OUTSIDE_DOCUMENT_NAMES.join('|')})\\.md\\b`, 'g');
/** The word issue followed by a number, with or without `#`: a tracker the reader may not have. */
const ISSUE_NUMBER = /\bissues? #?\d+\b/gi;
/** A relative path to the brief's folder or its source documents' folder, checked against where it lands. */
const RELATIVE_OUTSIDE_FOLDER = /(?:\.\.\/)+(?:shared|seeds)\b/g;
/** The source documents' file names (three digits, an underscore, sixteen hex digits). */
const SEED_FILE = /\b\d{3}_[0-9a-f]{16}\.txt\b/g;

interface Citation {
  line: number;
  text: string;
}

/** Where a file's text cites a document outside the repository. `path` places relative paths. */
function outsideCitations(path: string, text: string): Citation[] {
  const found: { index: number; text: string }[] = [];
  for (const pattern of [OUTSIDE_DOCUMENT, ISSUE_NUMBER, SEED_FILE]) {
    for (const match of text.matchAll(pattern)) found.push({ index: match.index, text: match[0] });
  }
  for (const match of text.matchAll(RELATIVE_OUTSIDE_FOLDER)) {
    const landing = posix.normalize(posix.join(posix.dirname(path), match[0]));
    if (landing === '..' || landing.startsWith('../')) found.push({ index: match.index, text: match[0] });
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map(({ index, text: cited }) => ({ line: text.slice(0, index).split('\n').length, text: cited }));
}

/** The fenced code blocks and inline code spans blanked out (newlines kept, so line numbers hold). */
function proseOf(markdown: string): string {
  const blank = (code: string): string => code.replace(/[^\n]/g, ' ');
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a Markdown file offers: one per heading, a repeated one numbered as GitHub numbers it. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of proseOf(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    // The heading's own text, code spans included: blanked above only to find headings outside code blocks.
    const heading = markdown.slice(match.index, match.index + match[0].length).replace(/^#{1,6}[ \t]+/, '').replace(/[ \t]*#*[ \t]*$/, '');
    const anchor = anchorOf(heading);
    const times = seen.get(anchor) ?? 0;
    seen.set(anchor, times + 1);
    anchors.add(times === 0 ? anchor : `${anchor}-${times}`);
  }
  return anchors;
}

interface Link {
  line: number;
  target: string;
}

/** The links of a Markdown file that point into the repository: inline links, images and reference definitions. */
function relativeLinksOf(markdown: string): Link[] {
  const prose = proseOf(markdown);
  const links: { index: number; target: string }[] = [];
  for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ index: match.index, target: match[1]! });
  for (const match of prose.matchAll(/^[ \t]{0,3}\[[^\]]+\]:[ \t]*<?(\S+?)>?(?:[ \t]+"[^"]*")?[ \t]*$/gm)) links.push({ index: match.index, target: match[1]! });
  return links
    .filter(({ target }) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
    .sort((a, b) => a.index - b.index)
    .map(({ index, target }) => ({ line: prose.slice(0, index).split('\n').length, target }));
}

/** Why a link from the Markdown file at `from` does not resolve, or null when it does. */
function brokenLink(from: string, target: string): string | null {
  const hash = target.indexOf('#');
  const pathPart = decodeURIComponent(hash === -1 ? target : target.slice(0, hash));
  const anchor = hash === -1 ? null : decodeURIComponent(target.slice(hash + 1));
  const landing = pathPart === '' ? from : posix.normalize(pathPart.startsWith('/') ? pathPart.slice(1) : posix.join(posix.dirname(from), pathPart)).replace(/\/$/, '');
  if (landing === '..' || landing.startsWith('../')) return 'leaves the repository';
  if (!TRACKED_SET.has(landing) && !TRACKED_FOLDERS.has(landing)) return `${landing} is not a file of the repository`;
  if (anchor === null || !landing.endsWith('.md')) return null;
  const text = textOf(landing) ?? '';
  return anchorsOf(text).has(anchor) ? null : `${landing} has no heading whose anchor is #${anchor}`;
}

describe('The repository explains itself', () => {
  it('finds what it looks for', () => {
    // Assembled here, so that this file cites nothing itself.
    const document = `${OUTSIDE_DOCUMENT_NAMES[0]}.md`;
    const issue = ['Issue', '7'].join(' ');
    const cited = `see ${document} and ${issue}, and [the seeds](../../shared/seeds/)`;
    expect(outsideCitations('docs/x.md', cited).map((citation) => citation.text)).toEqual([document, issue, '../../shared']);
    expect(outsideCitations('README.md', `docs/API-CONVENTIONS.md, the issuer, issues raised, t${'issue'} 5`)).toEqual([]);
    expect(outsideCitations('libs/domain/src/academy/a.ts', "import { x } from '../shared/decider.js';")).toEqual([]);
    expect(relativeLinksOf('[a](b.md#c) [web](https://x.org) `[no](code.md)`\n\n```\n[no](block.md)\n```\n[ref]: ../d.md')).toEqual([
      { line: 1, target: 'b.md#c' },
      { line: 6, target: '../d.md' },
    ]);
    expect([...anchorsOf('# The `events` table: order\n## Jobs, and the deadline reactor\n## Jobs, and the deadline reactor')]).toEqual([
      'the-events-table-order',
      'jobs-and-the-deadline-reactor',
      'jobs-and-the-deadline-reactor-1',
    ]);
  });

  it('cites no document kept outside it, and no issue number, in any tracked file', () => {
    const citations = TRACKED.flatMap((path) => {
      const text = textOf(path);
      return text === null ? [] : outsideCitations(path, text).map(({ line, text: cited }) => `${path}:${line}: ${cited}`);
    });
    expect(citations).toEqual([]);
  });

  it('links, from README.md and every page of docs/, only to files of the repository and headings they have', () => {
    const pages = TRACKED.filter((path) => path === 'README.md' || (path.startsWith('docs/') && path.endsWith('.md')));
    expect(pages).toEqual(expect.arrayContaining(['README.md', 'docs/ARCHITECTURE.md', 'docs/CONTRIBUTING.md']));
    const broken = pages.flatMap((page) =>
      relativeLinksOf(textOf(page) ?? '').flatMap(({ line, target }) => {
        const why = brokenLink(page, target);
        return why === null ? [] : [`${page}:${line}: (${target}) ${why}`];
      }),
    );
    expect(broken).toEqual([]);
  });
});
