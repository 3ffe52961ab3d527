import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { CellPosition } from '../../domain';
import type { Grid } from '../../sheet/grid';
import { usePlace } from '../place';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    maxWidth: '14em',
    verticalAlign: 'top',
  },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  hit: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
  },
});

interface Props {
  readonly grid: Grid | undefined;
  readonly cell: CellPosition;
}

/** File mode's answer to “go to the cell”: the finding's row as the sheet has it, the cell outlined. */
export function RowContext({ grid, cell }: Props) {
  const styles = useStyles();
  const place = usePlace();
  const row = grid?.rows[cell.row] ?? [];
  const last = Math.max(cell.col, row.length - 1);
  const cols = Array.from({ length: last + 1 }, (_, col) => col).filter(
    (col) => col === cell.col || (row[col]?.value ?? null) !== null,
  );
  return (
    <div className={styles.wrap} data-testid="row-context">
      <Text size={200}>{place.row(grid?.sheet ?? '', cell)}</Text>
      <table className={styles.table}>
        <thead>
          <tr>
            {cols.map((col) => (
              <th key={col} className={`${styles.cell} ${styles.head}`}>
                {place.column(col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {cols.map((col) => (
              <td
                key={col}
                className={col === cell.col ? `${styles.cell} ${styles.hit}` : styles.cell}
                data-hit={col === cell.col ? 'true' : undefined}
              >
                {String(row[col]?.value ?? '')}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
