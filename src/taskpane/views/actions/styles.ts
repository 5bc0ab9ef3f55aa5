import { makeStyles, tokens } from '@fluentui/react-components';

/** What only the Actions view draws; the shared layout is `useCheckViewStyles`. */
export const useActionsStyles = makeStyles({
  tableWrap: { overflowX: 'auto' },
  table: { minWidth: '520px' },
  problemText: {
    display: 'block',
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  note: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  manualCopy: { width: '100%', minHeight: '120px', fontFamily: tokens.fontFamilyMonospace },
  refNumber: { maxWidth: '10em' },
});
