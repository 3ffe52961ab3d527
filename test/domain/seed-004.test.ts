import { toA1 } from '../../src/domain/cells';
import { review } from '../../src/domain/review';
import { seed004Overall } from './fixtures/seed-004';

describe('seed 004 附件2 (domain.md §9)', () => {
  const result = review([seed004Overall()]);
  const form = result.forms[0];
  const findings = result.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    cell: f.cell ? toA1(f.cell) : null,
  }));

  it('computes 执行率 100 %, 执行率得分 10, 总分 99 and grade 优', () => {
    expect(form?.analysis.execution.rate).toBe(1);
    expect(form?.analysis.execution.score).toBe(10);
    expect(form?.analysis.total).toBe(99);
    expect(form?.analysis.grade).toBe('优');
  });

  it('reports the `10%` 执行率 as an exec-rate error on the 执行率 cell', () => {
    expect(findings).toContainEqual({ rule: 'exec-rate', severity: 'error', cell: 'G4' });
  });

  it('reports the 0.01 income gap as a fund-sum warning only', () => {
    const fundSum = findings.filter((f) => f.rule === 'fund-sum');
    expect(fundSum).toEqual([{ rule: 'fund-sum', severity: 'warning', cell: 'D4' }]);
  });

  it('reports no deviation-cause, and the cost row at most as a score-formula warning', () => {
    expect(findings.filter((f) => f.rule === 'deviation-cause')).toEqual([]);
    const costRow = findings.filter((f) => f.cell === 'H32');
    expect(costRow).toEqual([{ rule: 'score-formula', severity: 'warning', cell: 'H32' }]);
  });

  it('flags 安全成产 as a typo and nothing on the 不适用 row', () => {
    expect(findings).toContainEqual({ rule: 'typo', severity: 'info', cell: 'D27' });
    expect(findings.filter((f) => f.cell?.endsWith('36') && f.rule !== 'typo')).toEqual([]);
  });

  it('reports exactly these findings', () => {
    expect(findings.map((f) => `${f.rule}@${f.cell ?? '-'}`).sort()).toEqual(
      ['budget-adjusted@D4', 'exec-rate@G4', 'fund-sum@D4', 'score-formula@H32', 'typo@D27'].sort(),
    );
  });
});
