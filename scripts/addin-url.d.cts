export declare const DEV_URL: string;
export declare const DEV_ORIGIN: string;
export interface AddinUrl {
  url: string;
  origin: string;
  isDefault: boolean;
}
export declare function resolveAddinUrl(env: Record<string, string | undefined>): AddinUrl;
export declare function rewriteManifest(xml: string, target: { url: string; origin: string }): string;
