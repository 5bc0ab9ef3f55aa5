export interface ManifestFault {
  /** Stable name of the fault, e.g. "unresolved-resid", "insecure-url", "element-order". */
  code: string;
  /** What is wrong and how to fix it, for people. */
  message: string;
}
export declare const OFFICE_APP_ORDER: readonly string[];
export declare function checkManifest(xmlText: string, options?: { assetsDir?: string }): ManifestFault[];
