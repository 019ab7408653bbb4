// @ts-check
// A Stryker ignorer: the `default:` branch of an exhaustive switch is not mutated.
//
// The codebase closes every switch over a union with `default: { const _exhaustive: never = x; ... }`
// (docs/STYLE: exhaustive switches). The type checker proves that branch unreachable, so no test can reach
// it: mutating it only adds "no coverage" mutants that nothing could ever kill. It is ignored, with this
// reason in the report, and not counted in the score.
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

const REASON = 'the default branch of an exhaustive switch (`const _exhaustive: never`) is unreachable by type';

/** True for a `const name: never = ...` declaration. */
function declaresNever(statement) {
  return (
    statement?.type === 'VariableDeclaration' &&
    statement.declarations.some((declarator) => declarator.id.typeAnnotation?.typeAnnotation?.type === 'TSNeverKeyword')
  );
}

/** @type {import('@stryker-mutator/api/ignore').Ignorer} */
const exhaustiveSwitchIgnorer = {
  shouldIgnore(path) {
    const node = /** @type {{ node?: { type?: string; test?: unknown; consequent?: unknown[] } }} */ (path).node;
    if (node?.type !== 'SwitchCase' || node.test !== null) {
      return undefined;
    }
    const statements = (node.consequent ?? []).flatMap((statement) =>
      /** @type {{ type?: string; body?: unknown[] }} */ (statement).type === 'BlockStatement'
        ? /** @type {{ body: unknown[] }} */ (statement).body
        : [statement],
    );
    return statements.some(declaresNever) ? REASON : undefined;
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'exhaustive-switch', exhaustiveSwitchIgnorer)];
