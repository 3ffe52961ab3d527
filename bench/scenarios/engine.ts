/**
 * 1. Engine: review() of one form with 100, 1 000 and 10 000 indicator rows; the cost must grow linearly.
 *
 * The value parser keeps the texts it has parsed (src/domain/values/parse.ts), so a form reviewed again —
 * the pane's re-check as the user types — is cheaper than the first review of a form. Both are measured:
 * "first review" gets a fresh form every sample whose planned figures (and so its value texts) were never
 * seen before; "again" reviews the same form over and over. The budgets apply to the first review.
 */
import { NATIONAL, review, type Form } from '../../src/domain';
import { recognizeSheet } from '../../src/forms/recognize';
import { atMost, below, figure, type Figure } from '../lib/figures';
import { stacked } from '../../test/fixtures/seed-layouts';
import { layoutGrid, projectSpec, Random } from '../lib/inputs';
import { callsFor, perCall } from '../lib/timing';

const SCENARIO = '1 Engine';
const SIZES = [100, 1000, 10000] as const;
const ROUNDS = 15;
/** A sample of the same form repeats review() until it lasts this long (a 100-row review takes ~1 ms). */
const SAMPLE_MS = 40;

/** A filled-in project form with `rows` indicator rows, read the way the check reads it. */
export function formWithRows(rows: number, salt = 0): Form {
  const layout = stacked('项目支出绩效自评表', [projectSpec(new Random(1), rows, 0, false, salt)]);
  const form = recognizeSheet(layoutGrid(layout)).forms[0];
  if (form?.indicators.length !== rows)
    throw new Error(
      `expected ${String(rows)} indicator rows, recognition found ${String(form?.indicators.length)}`,
    );
  return form;
}

export async function engine(): Promise<Figure[]> {
  const same = SIZES.map((rows) => formWithRows(rows));
  const findings = same.map((form) => review([form], NATIONAL).findings.length);
  // Warm up: the first calls compile the rules and the parser.
  for (const form of same)
    for (let i = 0; i < 3; i++) review([formWithRows(form.indicators.length, 1)], NATIONAL);
  const calls: number[] = [];
  for (const form of same) calls.push(await callsFor(() => review([form], NATIONAL), SAMPLE_MS));

  // Sizes interleaved round by round, so a slow moment of the machine touches all of them alike.
  const first: number[][] = SIZES.map(() => []);
  const again: number[][] = SIZES.map(() => []);
  let salt = 1000;
  for (let round = 0; round < ROUNDS; round++)
    for (const [i, rows] of SIZES.entries()) {
      salt += 1000;
      const fresh = formWithRows(rows, salt);
      first[i]?.push(await perCall(() => review([fresh], NATIONAL), 1));
      const form = same[i];
      if (form) again[i]?.push(await perCall(() => review([form], NATIONAL), calls[i] ?? 1));
    }
  const [hundred = [], thousand = [], tenThousand = []] = first;
  const ratio = (a: number[], b: number[]): number[] => a.map((x, i) => x / (b[i] ?? Number.NaN));
  const note = (i: number): string => `${String(findings[i])} findings`;
  return [
    figure(SCENARIO, 'engine.review.100', 'review(), 100 rows, first review', 'ms', hundred, null, note(0)),
    figure(
      SCENARIO,
      'engine.review.1000',
      'review(), 1 000 rows, first review',
      'ms',
      thousand,
      below(10, '< 10 ms'),
      note(1),
    ),
    figure(
      SCENARIO,
      'engine.review.10000',
      'review(), 10 000 rows, first review',
      'ms',
      tenThousand,
      null,
      note(2),
    ),
    figure(
      SCENARIO,
      'engine.growth.1000',
      'first review: 1 000 rows ÷ 100 rows',
      '×',
      ratio(thousand, hundred),
    ),
    figure(
      SCENARIO,
      'engine.growth.10000',
      'first review: 10 000 rows ÷ 1 000 rows',
      '×',
      ratio(tenThousand, thousand),
      atMost(11, '≤ 11×'),
    ),
    figure(SCENARIO, 'engine.again.1000', 'review() again, 1 000 rows (texts seen)', 'ms', again[1] ?? []),
    figure(SCENARIO, 'engine.again.10000', 'review() again, 10 000 rows (texts seen)', 'ms', again[2] ?? []),
  ];
}
