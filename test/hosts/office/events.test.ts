/** The live re-check's trigger: the user's edits, never the add-in's own, and dropdown picks on the web. */
import type { Grid } from '../../../src/sheet/grid';
import { PLATFORMS } from './fake-office';
import { formsOf, plan, PROJECT, setup } from './helpers';

describe('live re-check triggers', () => {
  it('re-checks when the user edits, not when the add-in writes, and stops on unsubscribe', async () => {
    for (const api of [PLATFORMS.ltsc2021, PLATFORMS.microsoft365]) {
      const { excel, host } = setup(api);
      await host.applyPlan(plan(1));
      let grids: Promise<Grid[]> | undefined;
      let calls = 0;
      const unsubscribe = await host.onChanged(() => {
        calls++;
        grids = host.readGrids();
      });
      // The add-in's own write raises onChanged (ThisLocalAddin): no re-check.
      await host.writeFixes([
        { sheet: 'Sheet1', cell: { row: 0, col: 0 }, before: '', value: 1, field: 'total', label: '总分' },
      ]);
      expect(calls).toBe(0);
      const before = excel.syncs;
      await excel.edit(PROJECT, 'E5', '改过的');
      expect(calls).toBe(1);
      expect(formsOf((await grids) ?? [])).not.toHaveLength(0);
      expect(excel.syncs - before).toBe(3);
      // Removed through the context the handlers were added in (the fake refuses any other).
      await unsubscribe();
      expect(excel.handlers).toEqual([]);
      await excel.edit(PROJECT, 'E5', '再改');
      expect(calls).toBe(1);
    }
  });

  it('on the web, where a dropdown pick raises no onChanged, leaving the changed cell re-checks', async () => {
    const { excel, host } = setup(PLATFORMS.microsoft365, { web: true });
    await host.applyPlan(plan(1));
    await host.readGrids();
    let calls = 0;
    const unsubscribe = await host.onChanged(() => calls++);
    await excel.selectCell(PROJECT, 'C9');
    await excel.pickFromList(PROJECT, 'C9', '质量指标');
    expect(calls).toBe(0);
    await excel.selectCell(PROJECT, 'C10');
    expect(calls).toBe(1);
    // Moving on from a cell that did not change, or to where the pane itself selected, re-checks nothing.
    await excel.selectCell(PROJECT, 'C11');
    await host.select(PROJECT, { row: 12, col: 2 });
    await excel.selectCell(PROJECT, 'C13');
    expect(calls).toBe(1);
    await unsubscribe();
    await excel.pickFromList(PROJECT, 'C13', '时效指标');
    await excel.selectCell(PROJECT, 'C14');
    expect(calls).toBe(1);
  });

  it('on the desktop a dropdown pick raises onChanged, and moving the selection does not re-check', async () => {
    const { excel, host } = setup(PLATFORMS.microsoft365);
    await host.applyPlan(plan(1));
    let calls = 0;
    const unsubscribe = await host.onChanged(() => calls++);
    await excel.pickFromList(PROJECT, 'A9', '产出指标');
    expect(calls).toBe(1);
    await excel.selectCell(PROJECT, 'A10');
    expect(calls).toBe(1);
    await unsubscribe();
  });
});
