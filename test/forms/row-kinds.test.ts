/**
 * Recognition on evidence: each kind of row an indicator table holds, and each variant of the vocabulary,
 * on small sheets shaped like the real forms of test/corpus that show them.
 */
import type { CellValue } from '../../src/domain/cells';
import { review, toA1 } from '../../src/domain';
import { recognizeSheet } from '../../src/forms/recognize';
import { gridFromValues, type Merge } from '../../src/sheet/grid';

const HEADER = [
  '绩效指标',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];
const FUND = [
  ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['', '年度资金总额', 100, 100, 100, 10, '100%', 10],
];

/** A project form: title, name, fund block, then the indicator rows given (row 6 on, 1-based). */
function form(rows: (CellValue | undefined)[][], merges: Merge[] = []) {
  const grid = gridFromValues(
    '表',
    [['项目支出绩效自评表'], ['项目名称', '示例项目'], ...FUND, HEADER, ...rows],
    merges,
  );
  const recognised = recognizeSheet(grid).forms;
  const result = review(recognised);
  return {
    forms: recognised,
    form: recognised[0],
    alarms: result.findings
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.rule}@${f.cell ? toA1(f.cell) : '-'}`),
    infos: result.findings.filter((f) => f.severity === 'info').map((f) => f.messageId),
  };
}

const names = (f: ReturnType<typeof form>): unknown[] =>
  f.form?.indicators.map((row) => row.level3?.value) ?? [];

describe('row kinds', () => {
  it('template lines (指标1, 指标2：, ……, …) are kept as blank lines, never indicators, never missing data', () => {
    const f = form([
      ['', '产出指标', '数量指标', '指标1：培训人数', '≥100人', '110人', 50, 50, ''],
      ['', '', '', '指标2：', '', '', '', '', ''],
      ['', '', '', '……', '', '', '', '', ''],
      ['', '', '质量指标', '…', '', '', '', '', ''],
      ['', '效益指标', '社会效益指标', '指标1', '', '', '', '', ''],
      ['', '', '', '群众知晓率', '≥90%', '95%', 30, 30, ''],
      ['', '满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, 10, ''],
    ]);
    expect(names(f)).toEqual(['培训人数', '群众知晓率', '满意度']);
    expect(f.form?.blankRows).toHaveLength(4);
    expect(f.alarms).toEqual([]);
  });

  it('breakdown rows (其中…, the lines under a ★ indicator) detail their indicator and are not counted', () => {
    const f = form([
      ['', '产出指标', '数量指标', '★补助种植面积', '29.5亩', '29.5亩', 50, 50, ''],
      ['', '', '', '其中桃树种植面积', '1.5亩', '1.5亩', '', '', ''],
      ['', '', '', '苹果树种植面积', '5亩', '4亩', '', '', ''],
      ['', '效益指标', '社会效益指标', '受益人口数量', '90人', '90人', 30, 30, ''],
      ['', '满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, 10, ''],
    ]);
    expect(names(f)).toEqual(['★补助种植面积', '受益人口数量', '满意度']);
    // 苹果树 4亩 of 5亩 is the ★ row's detail: no deviation-cause of its own.
    expect(f.alarms).toEqual([]);
  });

  it('a 其中 row with a 分值 of its own is an indicator', () => {
    const f = form([
      ['', '产出指标', '数量指标', '★★★低保人数', '≥100人', '110人', 25, 25, ''],
      ['', '', '', '★★★其中：建档立卡人数', '≥50人', '40人', 25, 20, ''],
      ['', '效益指标', '社会效益指标', '受益人口数量', '90人', '90人', 30, 30, ''],
      ['', '满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, 10, ''],
    ]);
    expect(names(f)).toContain('★★★其中：建档立卡人数');
    expect(f.alarms).toEqual(expect.arrayContaining(['deviation-cause@I7']));
  });

  it('the header repeated after a page break, and label-only group rows, are not indicators', () => {
    const f = form([
      ['', '产出指标', '数量指标', '培训人数', '≥100人', '110人', 50, 50, ''],
      HEADER,
      ['', '效益指标', '', '', '', '', '', '', ''],
      ['', '', '社会效益指标', '群众知晓率', '≥90%', '95%', 30, 30, ''],
      ['', '满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, 10, ''],
    ]);
    expect(names(f)).toEqual(['培训人数', '群众知晓率', '满意度']);
    // The group row's 一级 label reaches the row under it.
    expect(f.form?.indicators[1]?.level1?.value).toBe('效益指标');
    expect(f.alarms).toEqual([]);
  });

  it('footer rows end the table: 其他需要说明事项, signatures', () => {
    const f = form([
      ['', '产出指标', '数量指标', '培训人数', '≥100人', '110人', 50, 50, ''],
      ['', '效益指标', '社会效益指标', '群众知晓率', '≥90%', '95%', 30, 30, ''],
      ['', '满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, 10, ''],
      ['其他需要说明事项', '无'],
      ['总分', '', '', '', '', '', 100, 100, '优'],
      ['单位负责人签字：', '', '', '填表人：', '', '', '联系电话：'],
    ]);
    expect(names(f)).toEqual(['培训人数', '群众知晓率', '满意度']);
    expect(f.alarms).toEqual([]);
  });

  it('预算执行率 as a group of its own scores the fund; under 产出指标 it is an indicator like any other', () => {
    const own = recognizeSheet(
      gridFromValues('表', [
        ['整体支出绩效自评表'],
        ['评价指标', '', '', '评分标准', '分值', '自评得分'],
        ['一级', '二级', '三级'],
        ['产出指标', '数量指标', '完成率', '完成得满分', 50, 50],
        ['预算执行效率指标 10 分', '预算执行率指标', '实际执行资金占预算资金的比率', '100%得10分', 10, 9],
      ]),
    ).forms[0];
    expect(own?.funds?.total.score?.value).toBe(9);
    expect(own?.indicators.map((row) => row.level3?.value)).toEqual(['完成率']);
    const under = form([
      ['', '产出指标', '数量指标', '预算执行率', '100%', '83.5%', 20, 18, ''],
      ['', '效益指标', '社会效益指标', '群众知晓率', '≥90%', '95%', 30, 30, ''],
    ]);
    expect(names(under)).toContain('预算执行率');
    expect(under.alarms).toEqual(expect.arrayContaining(['deviation-cause@I6']));
  });
});

/**
 * A project form whose 年度指标值 is split over 指标性质 | 指标值 | 度量单位 under a two-row header (the
 * Yunnan and Sichuan layout), with the indicator rows given (row 5 on, 1-based).
 */
function splitTargetForm(name: string, rows: CellValue[][]) {
  return gridFromValues(
    '表',
    [
      ['项目支出绩效自评表'],
      ['项目名称', name],
      ['绩效指标', '', '', '年度指标值', '', '', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
      ...rows,
    ],
    [
      { top: 2, left: 0, bottom: 2, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 5 },
      { top: 2, left: 6, bottom: 3, right: 6 },
      { top: 2, left: 7, bottom: 3, right: 7 },
      { top: 2, left: 8, bottom: 3, right: 8 },
      { top: 2, left: 9, bottom: 3, right: 9 },
    ],
  );
}

describe('vocabulary variants', () => {
  it.each(['全年实际值', '实际值', '完成值', '全年完成值', '实际完成情况', '全年实际完成值'])(
    'a result column headed %s is read',
    (heading) => {
      const grid = gridFromValues('表', [
        ['绩效目标自评表'],
        ['项目名称', '示例'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', heading, '分值', '得分', '未完成原因及改进措施'],
        ['产出指标', '成本指标', '临时救助标准', '≤5300元/户', '5830元/户', 10, 10, ''],
      ]);
      const result = review(recognizeSheet(grid).forms);
      expect(result.findings.map((f) => f.rule)).toContain('deviation-cause');
    },
  );

  it('a target split over 指标性质 | 指标值 | 度量单位 under a two-row header', () => {
    const grid = splitTargetForm('营养改善计划', [
      ['产出指标', '数量指标', '学生受资助人数', '≧', '735', '人次', '735', '10', '10', ''],
      ['', '时效指标', '资金到位及时率', '═', '100', '%', '98%', '10', '9', ''],
    ]);
    const recognised = recognizeSheet(grid).forms[0];
    expect(recognised?.indicators.map((row) => [row.target?.value, row.result?.value])).toEqual([
      ['≧735人次', '735人次'],
      ['═100%', '98%'],
    ]);
    const rules = review(recognizeSheet(grid).forms).findings.map(
      (f) => `${f.rule}@${f.cell ? toA1(f.cell) : '-'}`,
    );
    expect(rules).toEqual(expect.arrayContaining(['deviation-cause@J6']));
    expect(rules.filter((r) => r.startsWith('value-'))).toEqual([]);
  });

  it('a budget system’s code before the 指标性质 (004 >=, 005 <=) is not part of the target', () => {
    // yunnan-2023-baoshan-nengyuan: the form exported from the province's budget system.
    const grid = splitTargetForm('能源安全检查经费', [
      ['产出指标', '数量指标', '检查次数', '004 >=', '20', '次', '113', '45', '45', ''],
      ['产出指标', '成本指标', '经费支出', '005 <=', '33', '万元', '32.9999', '45', '45', ''],
    ]);
    const forms = recognizeSheet(grid).forms;
    expect(forms[0]?.indicators.map((row) => row.target?.value)).toEqual(['>=20次', '<=33万元']);
    const rules = review(forms).findings.map((f) => `${f.rule}@${f.cell ? toA1(f.cell) : '-'}`);
    expect(rules).toContain('over-achievement@J5');
    expect(rules.filter((r) => r.startsWith('value-') || r.endsWith('@J6'))).toEqual([]);
  });

  it('Chongqing’s flat list: 定量指标 natures, units the values already carry, and a target adjusted in the year', () => {
    // chongqing-2021-kexuecheng-rongmeiti-zhengti: 指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 …
    const grid = gridFromValues('表', [
      ['部门整体绩效自评表'],
      ['部门名称', '某某中心'],
      [
        '绩效指标',
        '指标名称',
        '计量单位',
        '指标性质',
        '年初指标值',
        '调整指标值',
        '全年完成值',
        '得分系数(%)',
        '指标权重(分)',
        '指标得分(分)',
        '是否核心指标',
      ],
      ['', '公用经费控制率', '%', '定量指标', '100%', '', '97%', '100%', 30, 30, '是'],
      ['', '党性教育培训次数', '次', '定量指标', '26次', '', '12次', '100%', 30, 30, '是'],
      ['', '宣传活动次数', '次', '定量指标', '50', '40', '40', '100%', 30, 30, '否'],
      ['', '管理制度健全性', '', '定性指标', '高', '', '高', '100%', 10, 10, '否'],
    ]);
    const forms = recognizeSheet(grid).forms;
    expect(forms[0]?.indicators.map((row) => row.target?.value)).toEqual(['100%', '26次', '40次', '高']);
    const findings = review(forms).findings.map((f) => `${f.rule}@${f.cell ? toA1(f.cell) : '-'}`);
    expect(findings.filter((f) => f.startsWith('value-'))).toEqual([]);
    // Only the real shortfall (26次 → 12次) deviates; 50 → 40 was adjusted to 40 and met.
    expect(findings.filter((f) => f.startsWith('deviation-cause'))).toEqual(['deviation-cause@J5']);
  });

  it('Sichuan’s 预算执行情况 block: 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分, row 总额', () => {
    const grid = gridFromValues('表', [
      ['部门预算项目支出绩效自评表(2023年度)'],
      ['项目名称', '工资性支出'],
      [
        '预算执行情况(10分)',
        '年度预算数(万元)',
        '年初预算',
        '调整后预算数',
        '预算执行数',
        '预算执行率',
        '权重',
        '得分',
      ],
      ['', '总额', 238.93, 251.89, 240, '95.28%', 10, 9.53],
      ['', '其中:财政资金', 238.93, 251.89, 240, '95.28%', '/', '/'],
    ]);
    const total = recognizeSheet(grid).forms[0]?.funds?.total;
    expect([total?.initial?.value, total?.budget?.value, total?.spent?.value, total?.score?.value]).toEqual([
      238.93, 251.89, 240, 9.53,
    ]);
  });

  it('a fund block with no 全年预算数 takes the form’s own definition: 全年执行数 ÷ 年初预算数', () => {
    const grid = gridFromValues('表', [
      ['部门整体支出绩效自评表'],
      ['部门(单位)名称', '某镇人民政府'],
      ['部门(单位)总体资金(万元)', '资金来源', '年初预算数(A)', '全年执行数(B)', '分值(10分)', '得分'],
      ['', '年度资金总额:', 1172.55, 1268.72, 10, 10],
    ]);
    const [checked] = review(recognizeSheet(grid).forms).forms;
    expect(checked?.analysis.execution.rate).toBeCloseTo(1268.72 / 1172.55, 6);
    expect(checked?.form.kind).toBe('overall');
  });

  it('a 20-point 执行率 stated in the block’s label, and a 分值 typed as 100 flagged, not used', () => {
    const twenty = gridFromValues('表', [
      ['2022年度项目支出绩效自评表'],
      ['项目名称', '春节走访慰问经费'],
      ['预算执行情况(万元)(20分)', '', '', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
      ['年度财政资金总额', '', '', 278.4449, 30, '10.77%', 2.16],
    ]);
    const [a] = review(recognizeSheet(twenty).forms).forms;
    expect(a?.analysis.execution.score).toBe(2.15);
    expect(a?.findings.map((f) => f.rule)).toContain('exec-score');
    const typo = gridFromValues('表', [
      ['项目支出绩效自评表'],
      ['项目名称', '司法业务经费'],
      ...[['项目资金(万元)', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']],
      ['', '年度资金总额:', 620.82, 620.82, 620.82, 100, '100%', 10],
    ]);
    const [b] = review(recognizeSheet(typo).forms).forms;
    expect(b?.analysis.execution.weight).toBe(10);
    expect(b?.analysis.execution.score).toBe(10);
    expect(b?.findings.map((f) => f.messageId)).toContain('weight-total.execution-typo');
  });

  it('a whole-unit form known by its 部门整体支出总额 line, its 预算数: | 2.38 pairs typed as text', () => {
    // anhui-2020-tianchang-tanghu-zhengti (no title), sichuan-2021-anju-shipin-transfer (label: amount pairs).
    const tanghu = gridFromValues('表', [
      ['单位名称', '塘湖镇人民政府'],
      ['预算执行情况(万元) (20分)', '', '', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分 (20分*执行率)'],
      ['部门整体支出总额', '', '', 864.2, 864.2, '100%', 20],
      ['年度绩效指标', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
      ['', '产出指标', '数量指标', '办结信访案件', '168起', '168起', 80],
    ]);
    expect(recognizeSheet(tanghu).forms.map((f) => f.kind)).toEqual(['overall']);
    const pairs = gridFromValues('表', [
      ['食品监管补助资金区域绩效目标自评表'],
      ['预算执行情况', '预算数:', '2.38', '执行数:', '2.38', '', '20'],
      // The section's score typed as a number beside the indicator header.
      ['年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成指标值', 50],
      ['', '产出指标', '质量指标', '违法案件查办率', '100%', '100%', 4],
    ]);
    const [a] = review(recognizeSheet(pairs).forms).forms;
    expect([a?.analysis.execution.budget, a?.analysis.execution.spent, a?.analysis.execution.rate]).toEqual([
      2.38, 2.38, 1,
    ]);
    expect(a?.form.indicators).toHaveLength(1);
  });

  it('the 2024 transfer-payment 绩效评价表: 全年执行资金(E), 预算执行(E/C×100%), a 列次 row, 年度资金总额(万元):', () => {
    // sichuan-2024-mingshan-linye-transfer.
    const grid = gridFromValues('表', [
      ['2024年度林业草原改革发展资金绩效评价表'],
      [
        '资金投入情况\n(万元)',
        '行次',
        '全年预算数\n(A)',
        '统筹整合资金数\n(B)',
        '扣除统筹整合资金后预算金额\n(C)',
        '全年到位资金\n(D)',
        '预算到位\n(D/C×100%)',
        '全年执行资金\n(E)',
        '预算执行\n(E/C×100%)',
      ],
      ['列次', '0', '1', '2', '3', '4', '5', '6', '7'],
      [
        '年度资金总额(万元):',
        '1',
        '52.800000',
        '',
        '52.800000',
        '52.800000',
        '100.00%',
        '30.800000',
        '58.33%',
      ],
      [
        '其中:中央财政资金(万元)',
        '2',
        '52.800000',
        '',
        '52.800000',
        '52.800000',
        '100.00%',
        '30.800000',
        '58.33%',
      ],
    ]);
    const [a] = review(recognizeSheet(grid).forms).forms;
    expect([a?.analysis.execution.budget, a?.analysis.execution.spent]).toEqual([52.8, 30.8]);
    expect(a?.analysis.execution.rate).toBeCloseTo(0.5833, 4);
    expect(a?.form.funds?.total.rate?.value).toBe('58.33%');
  });

  it('a fund block whose labels stand down a column (区域绩效目标自评表), and the special-bond 总体支出进度', () => {
    const region = gridFromValues('表', [
      ['2021年中央对地方专项转移支付区域绩效目标自评表'],
      ['单位名称', '某分局'],
      ['预算执行情况(万元)', '转移支付预算数(A)', '5.8万', '预算执行率(B/A)', '100%'],
      ['', '转移支付执行数(B)', '5.8万'],
      ['一级指标', '二级指标', '三级指标', '指标值', '完成值'],
      ['产出指标', '数量指标', '抽验品种', '≥3', '4'],
    ]);
    const [a] = review(recognizeSheet(region).forms).forms;
    expect([a?.analysis.execution.budget, a?.analysis.execution.spent, a?.analysis.execution.rate]).toEqual([
      5.8, 5.8, 1,
    ]);
    expect(a?.form.kind).toBe('transfer');
    const bond = gridFromValues('表', [
      ['项目名称', '瓶改管工程', '', '', '项目单位', '某街道办事处'],
      [
        '当年绩效指标',
        '债券资金管理指标(10分)',
        '总体支出进度',
        '实际支出金额',
        '下达额度',
        '实际完成值',
        '分值',
        '得分',
      ],
      ['', '', '', 1437, 1437, 1437, 10, 10],
      [
        '',
        '一级指标',
        '二级指标',
        '三级指标',
        '目标值',
        '实际完成值',
        '分值',
        '得分',
        '偏差原因分析及改进措施',
      ],
      ['', '产出指标', '数量指标', '任务完成量', '12个', '12个', 90, 90, ''],
    ]);
    const [b] = review(recognizeSheet(bond).forms).forms;
    expect([b?.analysis.execution.rate, b?.analysis.execution.score]).toEqual([1, 10]);
  });

  it('the unit’s name under a label 部门, and an empty 主管部门 and 实施单位 flagged', () => {
    const unit = recognizeSheet(
      gridFromValues('表', [['部门整体支出绩效自评表'], ['部门', '金寨县某中心'], ...FUND, HEADER]),
    ).forms[0];
    expect(unit?.name?.value).toBe('金寨县某中心');
    const empty = gridFromValues('表', [
      ['项目支出绩效自评表'],
      ['项目名称', '市民中心运行维护费'],
      ['主管部门', '', '', '', '实施单位', ''],
      ...FUND,
      HEADER,
      ['', '产出指标', '数量指标', '培训人数', '≥100人', '120人', 90, 90, ''],
    ]);
    const fields = review(recognizeSheet(empty).forms)
      .findings.filter((f) => f.rule === 'required')
      .map((f) => f.data['field']);
    expect(fields).toEqual(['@field.department', '@field.implementer']);
  });

  it('an empty 主管部门 beside Chongqing’s 财政处室 label stays empty', () => {
    // chongqing-2021-kexuecheng-rongmeiti-zhengti: 主管部门 | (empty) | 财政处室 | (empty) | 自评总分(分) | 97.6.
    const grid = gridFromValues('表', [
      ['部门整体绩效自评表'],
      ['主管部门', '', '财政处室', '', '自评总分(分)', 97.6],
      ['部门联系人', '曾某', '联系电话', ''],
      ...FUND,
      HEADER,
      ['', '产出指标', '数量指标', '播发稿件数量', '≥2200篇', '2859篇', 90, 90, '宣传任务增加'],
    ]);
    const [form] = recognizeSheet(grid).forms;
    expect(form?.department?.value ?? null).toBeNull();
  });

  it('主管部门及代码 and 实施单位及代码 (Beijing) are the department and the implementer', () => {
    const grid = gridFromValues('表', [
      ['项目支出绩效自评表'],
      ['项目名称', '社区养老服务'],
      ['主管部门及代码', '北京市海淀区民政局 101', '', '', '实施单位', '学院路街道办事处'],
      ...FUND,
      HEADER,
      ['', '产出指标', '数量指标', '服务人次', '≥100人次', '120人次', 90, 90, ''],
    ]);
    const [form] = recognizeSheet(grid).forms;
    expect([form?.department?.value, form?.implementer?.value]).toEqual([
      '北京市海淀区民政局 101',
      '学院路街道办事处',
    ]);
  });

  it('what cannot be found is said once: no result column, no cause column', () => {
    const grid = gridFromValues('表', [
      ['项目支出绩效自评表'],
      ['项目名称', '示例'],
      ...FUND,
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '分值', '得分'],
      ['', '产出指标', '数量指标', '培训人数', '≥100人', 90, 90],
    ]);
    const infos = review(recognizeSheet(grid).forms).findings.filter((f) => f.rule === 'unread');
    expect(infos.map((f) => f.messageId)).toEqual(['unread.result-column', 'unread.cause-column']);
  });
});
