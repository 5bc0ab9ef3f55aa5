import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout the Review and Actions views share; tokens only, so light, dark and high contrast all work. */
export const useCheckViewStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  quiet: { color: tokens.colorNeutralForeground2 },
  start: { alignSelf: 'flex-start' },
  fieldset: {
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    '& legend': { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  },
  // A select grows to its longest option; at 320 px that pushed the whole view sideways.
  fitPane: { maxWidth: '100%', minWidth: 0, '& select': { maxWidth: '100%', textOverflow: 'ellipsis' } },
});

/** What only the Review view draws: findings and the meeting as read. */
export const useReviewStyles = makeStyles({
  problem: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  problemLink: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    minHeight: '32px',
    height: 'auto',
    paddingBlock: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  facts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  factRow: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
});
