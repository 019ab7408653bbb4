import { readFile, writeFile } from 'node:fs/promises';
import { digestSignatureHolds, parseChainDigest, type ChainDigest, type ChainVerification } from '@trust/event-store';

export const VERIFY_USAGE = `Options of verify (recompute the hash chain of the whole history; exit 1 when it does not match):
  --digest <file>  Also check a digest kept earlier (GET /audit/digest, or --save): its signature, its
                   deployment and key, and that the history up to its position still hashes to it
  --save <file>    Write the history's current signed digest to <file>, to keep
  --url <url>      The API's base URL (default: http://127.0.0.1:3000, or API_URL)
  --token <jwt>    A token of the trust-admin or the standards committee (default: a trust-admin token)`;

export interface VerifyOutcome {
  ok: boolean;
  lines: string[];
}

async function get<T>(baseUrl: string, token: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl.replace(/\/+$/, '')}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** What a verification says, in a line. */
function verdict(verification: ChainVerification): string {
  if (verification.firstMismatch === null) return `The history is intact: positions ${verification.from} to ${verification.to} (${verification.verified} events) match their links.`;
  return `The history was altered at position ${verification.firstMismatch.position}: ${verification.firstMismatch.message}.`;
}

/**
 * Verifies the history through the API: recomputes the chain, and checks a kept digest against it. A digest
 * whose signature does not hold, or that another deployment or key signed, is refused before anything is
 * compared: a tampered digest proves nothing.
 */
export async function verifyOverHttp(options: { baseUrl: string; token: string; digestFile?: string; saveFile?: string }): Promise<VerifyOutcome> {
  const { baseUrl, token } = options;
  const lines: string[] = [];
  let kept: ChainDigest | null = null;
  if (options.digestFile !== undefined) {
    let parsed: ChainDigest;
    try {
      parsed = parseChainDigest(JSON.parse(await readFile(options.digestFile, 'utf8')) as unknown);
    } catch (error: unknown) {
      return { ok: false, lines: [`The digest ${options.digestFile} is refused: ${error instanceof Error ? error.message : String(error)}.`] };
    }
    if (!digestSignatureHolds(parsed)) return { ok: false, lines: [`The digest ${options.digestFile} is refused: its signature does not hold (it was altered).`] };
    kept = parsed;
  }
  const current = await get<ChainDigest>(baseUrl, token, '/audit/digest');
  if (kept !== null && (kept.deploymentId !== current.deploymentId || kept.publicKey !== current.publicKey)) {
    return { ok: false, lines: [`The digest ${options.digestFile} is refused: it was not signed by this deployment's key (deployment ${current.deploymentId}).`] };
  }
  const whole = await get<ChainVerification>(baseUrl, token, '/audit/verify');
  lines.push(verdict(whole));
  let ok = whole.firstMismatch === null;
  if (kept !== null && ok) {
    if (BigInt(kept.position) > BigInt(whole.to)) {
      ok = false;
      lines.push(`The kept digest is of position ${kept.position}, beyond today's head (${whole.to}): events it covered are gone.`);
    } else {
      const upTo = kept.position === '0' ? null : await get<ChainVerification>(baseUrl, token, `/audit/verify?to=${kept.position}`);
      const hash = upTo === null ? '0'.repeat(64) : upTo.hashAtTo;
      if (hash === kept.hash) lines.push(`The kept digest of position ${kept.position} (signed ${kept.signedAt}) matches: nothing up to it was altered since.`);
      else {
        ok = false;
        lines.push(`The kept digest of position ${kept.position} (signed ${kept.signedAt}) does not match: the history up to it was rewritten, links and all, after it was signed.`);
      }
    }
  }
  if (options.saveFile !== undefined) {
    await writeFile(options.saveFile, `${JSON.stringify(current, null, 2)}\n`);
    lines.push(`The current digest (position ${current.position}) is saved in ${options.saveFile}: keep it.`);
  }
  return { ok, lines };
}
