import type { HostInfo } from '../../host/types';

/** Word for Mac ignores a download started in the task pane, so the pane must not offer one there. */
export function canDownload(host: Pick<HostInfo, 'platform'>): boolean {
  return host.platform !== 'Mac';
}
