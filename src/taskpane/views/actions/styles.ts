import { makeStyles, tokens } from '@fluentui/react-components';

/** What only the Actions view draws; the shared layout is `useCheckViewStyles`. */
export const useActionsStyles = makeStyles({
  // A card per action (the table's roles kept, so it still reads as a table): nothing is cut off at 320 px.
  tableWrap: { minWidth: 0 },
  table: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, width: '100%' },
  sortRow: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
    height: 'auto',
    borderBottomStyle: 'none',
  },
  sortCell: { flexGrow: 0, flexShrink: 0, flexBasis: 'auto', width: 'auto', minWidth: 0, height: 'auto' },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  card: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    height: 'auto',
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  field: {
    display: 'block',
    flexGrow: 0,
    flexShrink: 0,
    flexBasis: 'auto',
    width: 'auto',
    minWidth: 0,
    height: 'auto',
    padding: `${tokens.spacingVerticalXXS} 0`,
    overflowWrap: 'anywhere',
    '::before': {
      content: 'attr(data-label) ": "',
      fontWeight: tokens.fontWeightSemibold,
    },
  },
  sortLabel: { fontWeight: tokens.fontWeightSemibold },
  problemText: {
    display: 'block',
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  note: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  manualCopy: { width: '100%', minHeight: '120px', fontFamily: tokens.fontFamilyMonospace },
  refNumber: { maxWidth: '10em' },
});
