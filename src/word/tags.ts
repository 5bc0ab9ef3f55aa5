import { TAGS } from '../core/port';

/** Our paragraph in the page header/footer that carries the protective marking or status. */
export const MARKING_TAG = 'minutebook:marking';
export const MARKING_TITLE = 'Minutebook marking';

export const ACTION_TAG = TAGS.action;
/** Title of an ACTION control made from the ribbon, before the pane has given it a ref. */
export const UNREFERENCED_ACTION_TITLE = 'Action';
