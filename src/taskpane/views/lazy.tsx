import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewName, ViewProps } from './types';

type LazyView = LazyExoticComponent<ComponentType<ViewProps>> & { preload(): Promise<unknown> };

/**
 * Every view is its own chunk, so the first bundle holds only the shell (React, Fluent's provider and tabs):
 * the initial-JS budget. `preload` starts fetching a view while the shell is still reading the document.
 */
function lazyView(load: () => Promise<ComponentType<ViewProps>>): LazyView {
  let pending: Promise<{ default: ComponentType<ViewProps> }> | null = null;
  const start = () => (pending ??= load().then((component) => ({ default: component })));
  return Object.assign(lazy(start), { preload: start });
}

export const VIEWS: Record<ViewName, LazyView> = {
  start: lazyView(() => import('./StartView').then((m) => m.StartView)),
  details: lazyView(() => import('./DetailsView').then((m) => m.DetailsView)),
  attendance: lazyView(() => import('./AttendanceView').then((m) => m.AttendanceView)),
  items: lazyView(() => import('./ItemsView').then((m) => m.ItemsView)),
  insert: lazyView(() => import('./InsertView').then((m) => m.InsertView)),
  action: lazyView(() => import('./ActionView').then((m) => m.ActionView)),
  review: lazyView(() => import('./ReviewView').then((m) => m.ReviewView)),
  actions: lazyView(() => import('./ActionsView').then((m) => m.ActionsView)),
};

export const VIEW_LABELS: Record<ViewName, string> = {
  start: 'Start',
  details: 'Details',
  attendance: 'Attendance',
  items: 'Items',
  insert: 'Insert',
  action: 'Add action',
  review: 'Check',
  actions: 'Actions',
};

export const VIEW_ORDER: readonly ViewName[] = [
  'start',
  'details',
  'attendance',
  'items',
  'insert',
  'action',
  'review',
  'actions',
];

export function isViewName(value: string | null): value is ViewName {
  return value !== null && (VIEW_ORDER as readonly string[]).includes(value);
}
