import { toA1 } from '../../../src/domain/cells';
import type { Form } from '../../../src/domain/form';
import type { Severity } from '../../../src/domain/findings';
import { NATIONAL } from '../../../src/domain/profiles/builtin';
import type { Profile } from '../../../src/domain/profiles/types';
import { review } from '../../../src/domain/review';
import type { Rule } from '../../../src/domain/rules/types';

export interface ValidCase {
  readonly name: string;
  readonly forms: Form | readonly Form[];
  readonly profile?: Profile;
}

export interface ExpectedFinding {
  /** A1 address, or null for a form-level finding. */
  readonly cell: string | null;
  readonly messageId?: string;
  readonly severity?: Severity;
  readonly sheet?: string;
}

export interface InvalidCase extends ValidCase {
  readonly findings: readonly ExpectedFinding[];
}

/** Accept/reject tables for one rule (ESLint's RuleTester): valid cases find nothing, invalid ones exactly these. */
export function ruleTester(
  rule: Rule,
  cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] },
): void {
  const run = (c: ValidCase) => {
    const forms = Array.isArray(c.forms) ? (c.forms as readonly Form[]) : [c.forms as Form];
    return review(forms, c.profile ?? NATIONAL, { rules: [rule] }).findings;
  };
  describe(rule.id, () => {
    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(run(c).map((f) => `${f.rule}@${f.cell ? toA1(f.cell) : '-'}: ${f.message}`)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const found = run(c);
        expect(found.every((f) => f.rule === rule.id)).toBe(true);
        // Each message is one the rule declares (tsc holds report() to them; this holds the engine too).
        const declared: readonly string[] = rule.messages;
        expect(found.filter((f) => !declared.includes(f.messageId)).map((f) => f.messageId)).toEqual([]);
        const actual = found.map((f, index) => {
          const want = c.findings[index];
          return {
            cell: f.cell ? toA1(f.cell) : null,
            ...(want?.messageId ? { messageId: f.messageId } : {}),
            ...(want?.severity ? { severity: f.severity } : {}),
            ...(want?.sheet ? { sheet: f.sheet } : {}),
          };
        });
        expect(actual).toEqual(c.findings);
        // Every message renders: no placeholder left behind.
        for (const f of found) expect(f.message).not.toMatch(/\{\w+\}|@\w/);
      });
    });
  });
}
