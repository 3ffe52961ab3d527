import type { findings as zh } from '../zh-CN/findings';

/** Findings, key for key with zh-CN. */
export const findings: Readonly<Record<keyof typeof zh, string>> = {
  'exec-rate.mismatch':
    'Execution rate is {actual}; spent {spent} ÷ budget {budget} (10,000 yuan) gives {expected}[[: correct {at}]].',
  'exec-rate.missing':
    'Execution rate is empty; spent {spent} ÷ budget {budget} (10,000 yuan) gives {expected}[[: fill in {at}]].',
  'exec-rate.unreadable':
    'Execution rate "{actual}" is not a percentage; spent {spent} ÷ budget {budget} (10,000 yuan) gives {expected}[[: enter it as a percentage in {at}]].',
  'exec-score.mismatch':
    'Execution score is {actual}; rate {rate} ({method}) gives {expected}[[: correct {at}]].',
  'exec-score.missing':
    'Execution score is empty; rate {rate} ({method}) gives {expected}[[: fill in {at}]].',
  'budget-adjusted.adjusted':
    'Annual budget {budget} differs from the initial budget {initial} (10,000 yuan) by {change}: explain the adjustment in the report.',
  'budget-adjusted.added':
    'No initial budget but an annual budget of {budget} (10,000 yuan): explain the mid-year allocation in the report.',
  'budget-adjusted.over-spent':
    'Execution rate {rate} is above 100 %: spending exceeds the budget[[; check the amounts on the row of {at} and explain]].',
  'budget-adjusted.low-rate':
    'Execution rate {rate} is below {threshold}: {profile} requires a stated reason.',
  'fund-sum.mismatch':
    '"{group}" adds up to {sum}, not {total} as its {column} says (off by {diff}, 10,000 yuan): check the amounts.',
  'fund-sum.partial-exceeds':
    'The items listed under “{group}” add up to {sum}, more than {total} as its {column} says (10,000 yuan); they are only part of it: check the amounts.',
  'weight-total.mismatch':
    'Weights add up to {sum} (execution {execution} included), not 100: adjust the weights.',
  'weight-total.execution-typo':
    'The execution rate is weighted {actual}, most likely a typo for {expected}: it is scored out of {expected}[[; correct {at}]].',
  'weight-total.stated': 'The total row states a weight of {actual}, not 100: check the weights.',
  'weight-level.mismatch':
    '{level} weights add up to {actual}; {profile} sets {expected}: adjust the weights under it.',
  'weight-level.declared':
    '{level} is labelled {declared} points but its rows add up to {actual}: make them agree.',
  'indicator-category.wrong-level': 'Second-level "{level2}" belongs under {expected}, not {actual}.',
  'indicator-category.unknown-level2': '"{level2}" is not a standard second-level indicator.',
  'indicator-category.unknown-level1': '"{level1}" is not a standard first-level indicator.',
  'score-range.above': 'Score {score} exceeds the weight {weight}[[: enter at most {weight} in {at}]].',
  'score-range.below': 'Score {score} is below 0[[: correct {at}]].',
  'score-formula.mismatch':
    '"{name}": target {target}, result {result}: the rule gives {expected}, stated {actual}[[; check {at}]].',
  'score-band.outside':
    '"{name}" was {achievement}: the score must lie in {low}–{high}, stated {actual}[[; check {at}]].',
  'score-total.mismatch':
    'Total stated as {actual}; the stated execution score and indicator scores add up to {expected}[[: check {at}]].',
  'score-total.cap':
    'Execution rate {rate} is below {threshold}: the total may not exceed {cap}, stated {actual}[[; correct {at}]].',
  'grade.mismatch': 'Grade stated as "{actual}"; a total of {total} earns "{expected}"[[: correct {at}]].',
  'deviation-cause.lost-points':
    '"{name}" scored {score} of {weight} with no cause stated[[: write the cause and the remedy in {at}]].',
  'deviation-cause.shortfall':
    '"{name}" reached {result} of the target {target} with no cause stated[[: write the cause and the remedy in {at}]].',
  'over-achievement.no-cause':
    '"{name}" reached {result}, {ratio} of the target {target}: explain (was it set too low?).',
  'value-number.not-number':
    '"{name}" has a quantitative target {target}; the result "{result}" must be a number.',
  'value-number.unparsed':
    'The {field} "{text}" of "{name}" cannot be read as one number ({reason}); the row was not scored against the rules.',
  'value-comparator.in-result':
    'The result "{result}" of "{name}" contains a comparator; state the actual value.',
  'value-unit.mismatch': 'Target unit "{targetUnit}" and result unit "{resultUnit}" of "{name}" differ.',
  'required.missing': '{field} is empty[[: fill in {at}]].',
  'reverse-target.reversed': '"{name}" is lower-is-better but its target is "{target}": check the direction.',
  'ctrl-rate.mismatch':
    'Control rate of "{label}" is {actual}; {numerator} ÷ {denominator} gives {expected}.',
  'cross-sheet.mismatch': '"{label}" is {actual} in "{sheet}" but {expected} in "{otherSheet}".',
  'typo.known': '"{wrong}" is probably a misspelling of "{right}".',
  'report-consistency.total':
    'The report says “{quote}” but the table’s total is {figure} points: make the two agree.',
  'report-consistency.rate':
    'The report says “{quote}” but the table’s execution rate is {figure}: make the two agree.',
  'report-consistency.grade':
    'The report says “{quote}” but the table’s grade is “{figure}”: make the two agree.',
  'report-consistency.budget':
    'The report says “{quote}” but the table’s annual budget is {figure} (10,000 yuan): make the two agree.',
  'report-consistency.spent':
    'The report says “{quote}” but the table’s amount spent is {figure} (10,000 yuan): make the two agree.',
  'unread.fund-block':
    'No budget execution block (no annual total row) was found: the execution rate and its score were not worked out.',
  'unread.fund-amounts':
    'The fund block has headings but no annual total row: the execution rate and its score were not worked out.',
  'unread.indicator-table':
    'No indicator table (first-, second-, third-level indicators) was found: indicators, scores and causes were not checked.',
  'unread.target-column': 'No “target” column was found: whether indicators were met was not checked.',
  'unread.result-column': 'No “result” column was found: whether indicators were met was not checked.',
  'unread.weight-column': 'No “weight” column was found: the weights and lost points were not checked.',
  'unread.score-column': 'No “score” column was found: the scores and the total were not checked.',
  'unread.cause-column': 'No “cause of deviation” column was found: stated causes were not checked.',
  'internal-error.thrown':
    'Rule {rule} failed: {error}. Other checks are unaffected; please report this form.',
  'value.several-numbers': 'it holds several numbers',
  'value.bad-number': 'the number is malformed',
  'value.conflicting-comparators': 'its comparators contradict each other',
  'value.boolean': 'it is TRUE/FALSE, not a number',
  'value.not-finite': 'it is not a finite number',
  'value.unreadable': 'it cannot be read',
  'field.unit': 'Budget unit name',
  'field.project': 'Project name',
  'field.department': 'Supervising department',
  'field.implementer': 'Implementing unit',
  'field.budget': 'Annual budget',
  'field.spent': 'Annual spending',
  'field.target': 'Target',
  'field.result': 'Result',
  'field.weight': 'Weight',
  'field.score': 'Score',
  'column.initial': 'initial budget',
  'column.budget': 'annual budget',
  'column.spent': 'annual spending',
  'column.previous': 'last year’s final accounts',
  'column.actual': 'this year’s final accounts',
  'method.linear': 'proportional',
  'method.step10': 'in steps of 10 %',
  'method.rounded': 'proportional, whole points',
  'achievement.achieved': 'achieved',
  'achievement.partial': 'partly achieved',
  'achievement.not-achieved': 'not achieved',
  'level.output': 'Output indicators',
  'level.effect': 'Effect indicators',
  'level.satisfaction': 'Satisfaction indicators',
  'rule.internal-error': 'Check failed',
  'cell.in-table': 'row {row}, column {col}',
};
