import type { templates as zh } from '../zh-CN/templates';

/** templates, key for key with zh-CN. */
export const templates: Readonly<Record<keyof typeof zh, string>> = {
  'templates.guide.title': 'Instructions',
  'templates.guide.section.about': '1. This template',
  'templates.guide.section.how-to': '2. How to fill it in',
  'templates.guide.section.scoring': '3. Scoring rules',
  'templates.guide.section.cause': '4. Causes of deviation',
  'templates.guide.about':
    'Built by Performance Self-Evaluation Assistant, template version {version}; scoring rules: {profile} ({profileId}, version {profileVersion}).',
  'templates.guide.contains': 'Contains: {forms}.',
  'templates.guide.how-to.cells':
    'The unit fills in the white cells; the grey cells hold formulas that work out the execution rate, its score, the total and the grade: do not overwrite them.',
  'templates.guide.how-to.amounts':
    'Amounts are in 10,000 yuan with two decimals; head counts are whole numbers.',
  'templates.guide.how-to.rows':
    'Fill in one project expenditure self-evaluation form for each first-level project. When rows run short, select an indicator or special-fund row and insert whole rows with a right click: the totals take in the new rows. Spare empty rows may be deleted.',
  'templates.guide.how-to.units':
    'Give quantities with their units in third-level indicators, targets and results, e.g. "≥1200 person-times", "1260 person-times", "≥95%".',
  'templates.guide.how-to.weights':
    'Weights are numbers from 0 to 100; the indicator weights and the execution rate weight must add up to 100 (the weight cell of the total row turns red when they do not). A score may not exceed the weight of its row.',
  'templates.guide.execution':
    'Execution rate: worth {weight} points. Execution rate = annual spending ÷ annual budget. {scoring}',
  'templates.guide.scoring.linear':
    'Execution score = weight × execution rate (a rate above 100% counts as 100%), to two decimals and at most the weight.',
  'templates.guide.scoring.rounded':
    'Execution score = weight × execution rate (a rate above 100% counts as 100%), rounded to whole points and at most the weight.',
  'templates.guide.scoring.step10':
    'The execution score earns a tenth of the weight for every full 10 percentage points of the rate (a rate of 95% earns 90% of the weight); a rate above 100% counts as 100%.',
  'templates.guide.weights.fixed':
    'Indicator weights: {output}, {effect}, {satisfaction}; with the execution rate they add up to 100 points.',
  'templates.guide.weights.free':
    'Indicator weights: the first-level indicators share {points} points, set by the unit to suit the project; with the execution rate they add up to 100 points.',
  'templates.guide.grades': 'Grades: {bands}{lowest}.',
  'templates.guide.grades.band': '"{label}" from {min} points, ',
  'templates.guide.grades.lowest': '"{label}" below {below} points',
  'templates.guide.cap':
    'With an execution rate below {rate}, the total may not exceed {cap} points (the total formula already applies this).',
  'templates.guide.reason':
    'With an execution rate below {rate}, state the reason in the row for the reason of a low execution rate.',
  'templates.guide.over-achievement':
    'Over-achievement: a result of {factor} times the target or more needs a stated reason (was the target set too low?).',
  'templates.guide.adjustment':
    'Budget adjustment: an annual budget that differs from the initial budget by more than {threshold} needs a stated reason.',
  'templates.guide.cause':
    'Causes of deviation: for every indicator scored below its weight, write why it fell short and how it will be remedied in the column for the analysis of deviation and remedies. "None", "/", "as above" or "not yet" do not count as a cause, and the cell turns red.',
  'templates.basic.note':
    'Note: "project expenditure" covers all project spending outside basic expenditure; "public funds" covers the goods-and-services spending within basic expenditure.',
  'templates.project.note':
    'Note: one form per first-level project, e.g. one each for operating funds, maintenance funds, other development funds and so on.',
  'templates.amount.prompt': 'Enter an amount in 10,000 yuan: 0 or more, with at most two decimals.',
  'templates.amount.error':
    'The amount must be a number of 0 or more, in 10,000 yuan, with at most two decimals.',
  'templates.staff.prompt': 'Enter a head count: a whole number of 0 or more.',
  'templates.staff.error': 'The head count must be a whole number of 0 or more.',
  'templates.area.prompt': 'Enter an area in m²: 0 or more.',
  'templates.area.error': 'The area must be a number of 0 or more, with at most two decimals.',
  'templates.weight.prompt': 'Enter the weight of this indicator: a number from 0 to 100.',
  'templates.weight.error': 'The weight must be a number from 0 to 100.',
  'templates.score.prompt':
    'Enter the self-assessed score: 0 or more, and no more than the weight of this row.',
  'templates.score.error':
    'The score must lie between 0 and the weight of this row. Enter the weight first, then the score.',
  'templates.example.cause':
    'Some trainees missed the final assessment after being transferred; next year adds make-up sessions and follows them up.',
  'templates.example.goal':
    '1. At least 1,200 person-times of training in the year, with a pass rate of at least 95%;\n2. Training cost per person within 800 yuan;\n3. Trainee satisfaction of at least 90%.',
  'templates.example.achieved':
    '1. 1,260 person-times of training in the year, with a pass rate of 92%;\n2. Training cost per person of 760 yuan;\n3. Trainee satisfaction of 95%. The pass rate fell short of its target: the analysis of deviation gives the cause and the remedy.',
  'templates.example.thrift':
    'First, general spending is held down strictly, lowering administrative running costs and using public funds more efficiently; second, the building of offices and halls is tightly controlled; third, energy saving and emission cuts are pursued.',
};
