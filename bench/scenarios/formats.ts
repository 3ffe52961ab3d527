/**
 * 8. Formats: reading the same real forms (the corpus, 47 tables) as .xlsx, .xls, .ods and as a table in a
 * Word report, side by side in one run: the time to read them all, and each format's ratio to .xlsx.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadWorkbookFile } from '../../src/hosts/xlsx/load';
import { corpusInFormats, FORMATS } from '../../test/formats/corpus-formats';
import { figure, type Figure } from '../lib/figures';
import { perCall } from '../lib/timing';

const SCENARIO = '8 Formats';
const ROUNDS = 5;

export async function formats(): Promise<Figure[]> {
  const dir = await corpusInFormats();
  const files = await readdir(dir);
  const samples = new Map<string, number[]>(FORMATS.map((format) => [format, []]));
  // Rounds interleave the formats, so that a busy machine slows them alike.
  for (let round = 0; round < ROUNDS; round++)
    for (const format of FORMATS) {
      const chosen = files.filter((name) => name.endsWith(`.${format}`)).map((name) => join(dir, name));
      const ms = await perCall(async () => {
        for (const file of chosen) await loadWorkbookFile(file);
      }, 1);
      samples.get(format)?.push(ms);
    }
  const xlsx = samples.get('xlsx') ?? [];
  const tables = files.filter((name) => name.endsWith('.xlsx')).length;
  const figures: Figure[] = [
    figure(SCENARIO, 'formats.read.xlsx', `read the corpus's ${String(tables)} tables as .xlsx`, 'ms', xlsx),
  ];
  for (const format of FORMATS.filter((f) => f !== 'xlsx')) {
    const own = samples.get(format) ?? [];
    figures.push(
      figure(
        SCENARIO,
        `formats.read.${format}.ratio`,
        `read them as .${format} ÷ as .xlsx`,
        '×',
        own.map((ms, i) => ms / (xlsx[i] ?? ms)),
      ),
    );
  }
  return figures;
}
