import type { cli as zh } from '../zh-CN/cli';

/** The command line, key for key with zh-CN. */
export const cli: Readonly<Record<keyof typeof zh, string>> = {
  'cli.help.title': 'jixiao, the command line of the Performance Self-Evaluation Assistant',
  'cli.help.usage': 'Usage:',
  'cli.help.template': `  jixiao template [--kind project|overall|basic|all] [--profile NAME|PROFILE.json] [--unit UNIT]
                  [--year YEAR] [--project PROJECT …] [--rows ROWS] [--special-rows ROWS]
                  [--bureau BUREAU] [--notice NOTICE] [--deadline DEADLINE] [--example]
                  [--out FILE-OR-FOLDER] [--force]
      Builds a standard template pack ready to send out: instructions, the basic data form (attachment 1),
      the overall expenditure self-evaluation form (attachment 2) and the project expenditure self-evaluation
      form (attachment 3), worded and merged as the official forms, with formulas (execution rate, scores,
      total and grade, including the profile's score caps), data validation with prompts, hints for the
      causes of deviations and A4 landscape print setup; the totals include rows inserted anywhere.
      --rows sets the empty rows per second-level indicator (default 3); --special-rows the empty rows for
      district special funds (default 15); --example fills in a worked example. With no options at all, the
      national template is written into the current folder.
`,
  'cli.help.check': `  jixiao check FILE-OR-FOLDER… [--profile NAME|PROFILE.json] [--json] [--fix OUTPUT-FOLDER] [--jobs N] [--force]
      Checks self-evaluation forms: recognises the project and overall expenditure forms and the basic data
      form in a workbook, computes the execution rate, scores, total and grade, checks every rule and lists
      the cell of each problem. Given a folder, checks every spreadsheet in it (and in its sub-folders).
      --fix saves a copy of each file into the output folder: empty or wrong execution rates, execution
      scores, totals and grades are filled in (green fill, with a note of the old value), and every cell with
      a problem is coloured and given a note; the copy changes only those cells and keeps charts, pictures,
      macros and everything else as they were. The original file is never changed.
`,
  'cli.help.review': `  jixiao review FOLDER --out SUMMARY.xlsx [--profile NAME|PROFILE.json] [--jobs N] [--force]
      Reviews a batch: checks every spreadsheet in the folder (and its sub-folders) and writes a summary
      workbook: one line per form (department, unit, project, budget, spending, execution rate, execution
      score, total, grade, problems), the most problems first, with filters, a frozen header and print setup;
      "Statistics" counts the forms by grade and lists the most frequent problems; "Findings" lists every
      problem with a link to its file; "Files" accounts for every file: checked, no form found (with its
      sheets), unreadable (with why), or another file not checked. A broken file does not stop the others.
`,
  'cli.help.common': `--jobs N: checks N files at once (on threads), the results in the same order; check defaults to 1,
      review to several threads (at most 4) on computers with 4 cores or more and to 1 on 2 cores (where
      threads are no faster). With --fix, files are handled one at a time.
--force: overwrites an output (template, summary, --fix copy) that already exists; without it, no
      existing file is ever overwritten.
--lang zh|en: the language of the output, zh for Chinese and en for English; by default taken from
      LC_ALL, LC_MESSAGES or LANG: English when it starts with "en", Chinese otherwise.
--help, -h: shows the help of the command.

Profiles (--profile): national (default, Ministry of Finance), hunan, hebei-local, guangxi, sichuan, or a
      .json profile file from a finance bureau.

Exit codes: 0 no error; 1 at least one error-level problem; 2 a file could not be read, there was nothing
      to check, or the usage was wrong.
`,

  'cli.args.unknown-option': 'Unknown option {option}.',
  'cli.args.needs-value': 'Option {option} needs a value.',
  'cli.args.invalid': 'Invalid arguments: {detail}',
  'cli.args.extra': 'Unexpected arguments: {arguments}',
  'cli.args.lang': 'Option --lang takes zh or en, not "{value}".',
  'cli.args.jobs': 'Option --jobs takes a whole number from 1 up (the files checked at once), not "{value}".',
  'cli.unknown-command': 'Unknown command "{command}".',
  'cli.unexpected': 'Something went wrong: {detail}',

  'cli.profile.unknown':
    'There is no built-in profile named "{name}" (choose from: {names}), and it is not a .json profile file.',
  'cli.profile.unreadable': 'Could not read the profile file "{file}".',
  'cli.profile.invalid': 'The profile file "{file}" is not valid:\n  {errors}',

  'cli.check.no-files': 'Name the .xlsx files to check.',
  'cli.check.empty-folder': 'The folder "{folder}" holds no spreadsheet to check (.xlsx and the like).',
  'cli.check.cannot-check': 'Could not check "{file}": {reason}',
  'cli.pool.worker-died': 'the checking thread stopped unexpectedly ({detail}).',
  'cli.pool.cannot-start': 'Could not start the checking threads ({detail}): run npm run build:cli first.',

  'cli.location.sheet': 'sheet "{sheet}"',
  'cli.location.sheet-cell': 'sheet "{sheet}", {cell}',
  'cli.location.table': 'table {table}',
  'cli.location.table-cell': 'table {table}, row {row}, column {col}',
  'cli.location.row-col': 'row {row}, column {col}',

  'cli.kind.project': 'project expenditure self-evaluation form',
  'cli.kind.overall': 'overall expenditure self-evaluation form',
  'cli.kind.basic': 'basic data form for the overall expenditure evaluation',
  'cli.kind.transfer': 'transfer payment (special funds) self-evaluation form',

  'cli.report.file': 'File: {file}',
  'cli.report.form-in-sheet': 'Sheet "{sheet}" — {kind}[[: {name}]]',
  'cli.report.form-in-report': 'Table {table} of the report — {kind}[[: {name}]]',
  'cli.report.figures': 'Execution rate {rate}  execution score {score}  total {total}  grade {grade}',
  'cli.report.no-findings': 'No problems found.',
  'cli.report.error': 'Errors ({count})',
  'cli.report.warning': 'Warnings ({count})',
  'cli.report.info': 'Notes ({count})',
  'cli.report.sheet-without-form': 'No self-evaluation form found on sheet "{sheet}".',
  'cli.report.totals':
    'Files checked: {files}, forms: {forms}. Errors: {errors}, warnings: {warnings}, notes: {infos}[[; files unreadable or without a form: {unread}]].',

  'cli.no-form.report-empty': 'No self-evaluation form found: the report has no tables.',
  'cli.no-form.report-tables':
    'No self-evaluation form found: none of the tables in the report ({count}) is a project or overall expenditure self-evaluation form or a basic data form.',
  'cli.no-form.workbook-empty': 'No self-evaluation form found: the workbook has no visible sheet.',
  'cli.no-form.sheets':
    'No self-evaluation form found: none of the sheets {sheets} is a project or overall expenditure self-evaluation form or a basic data form.',

  'cli.fix.same-folder':
    'The --fix output folder cannot be the folder of the original files: an original is never overwritten.',
  'cli.fix.saved': 'Saved: {path} (cells filled in: {filled}, marked: {marked})',
  'cli.fix.converted':
    'The original is a .{format} file: the copy is an .xlsx that keeps its content and merged cells but not its formatting.',
  'cli.fix.rate': '{place} execution rate: {before} → {after}',
  'cli.fix.exec-score': '{place} execution score: {before} → {after}',
  'cli.fix.total': '{place} total score: {before} → {after}',
  'cli.fix.grade': '{place} grade: {before} → {after}',
  'cli.fix.empty': '(empty)',
  'cli.fix.threaded-comment': '{place} has a threaded comment: no note was added, only the fill.',

  'cli.template.count': '{option} takes a whole number from {min} to {max}, not "{value}".',
  'cli.template.kind': '--kind takes project, overall, basic or all, not "{value}".',
  'cli.template.year': '--year takes a four-digit year, such as 2024.',
  'cli.template.out': '--out takes an .xlsx file name or an existing folder: {out}',
  'cli.template.file-name': 'self-evaluation-template-[[{unit}-]]{year}-{profile}.xlsx',
  'cli.template.example-file-name': 'self-evaluation-example-[[{unit}-]]{year}-{profile}.xlsx',
  'cli.template.creator': 'Performance Self-Evaluation Assistant',
  'cli.template.done': 'Template written: {path}\n  Profile: {profile} ({id})\n  Sheets: {sheets}',

  'cli.review.no-folder': 'Name one folder: jixiao review FOLDER --out SUMMARY.xlsx',
  'cli.review.no-out': 'Name the summary workbook with --out, as an .xlsx file.',
  'cli.review.not-folder': '"{folder}" is not a folder.',
  'cli.review.nothing':
    '"{folder}" holds no spreadsheet to check (.xlsx and the like)[[, only other files ({others})]].',
  'cli.review.done':
    'Files checked: {files}, forms: {forms}; errors: {errors}; no form found: {withoutForms}; unreadable: {unreadable}[[; other files not checked: {others}]].\nSummary: {out} (the "Files" sheet accounts for every file)',
  'cli.skip.lock-file': 'A temporary lock file Excel leaves while a workbook is open, not a form.',
  'cli.skip.not-spreadsheet': 'Not a spreadsheet: not checked.',
  'cli.skip.not-regular': 'Not a regular file (a link or a device): not checked.',
};
