import { Tab, TabList } from '@fluentui/react-components';
import { useText } from '../i18n';

/** The pane's three pages. */
export type PaneTab = 'check' | 'template' | 'settings';

const TABS: readonly PaneTab[] = ['check', 'template', 'settings'];

interface Props {
  readonly tab: PaneTab;
  readonly onSelect: (tab: PaneTab) => void;
}

/** 检查, 新建模板, 配置. */
export function PaneTabs({ tab, onSelect }: Props) {
  const { t } = useText();
  return (
    <TabList selectedValue={tab} onTabSelect={(_, data) => onSelect(data.value as PaneTab)} size="small">
      {TABS.map((value) => (
        <Tab key={value} value={value}>
          {t(`pane.tab.${value}`)}
        </Tab>
      ))}
    </TabList>
  );
}
