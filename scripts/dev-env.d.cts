export declare const DEV_PORT: number;
export declare const DEV_PANE_URL: string;
export declare const CERT_FILES: { ca: string; cert: string; key: string };
export declare function routeFor(platform: string): 'desktop' | 'web';
export declare function desktopStartArgs(userArgs: readonly string[]): string[];
export type CertificateState = { usable: true; validTo: Date } | { usable: false; reason: string };
export declare function certificateState(dir: string, now?: Date): CertificateState;
export declare function webSideloadInstructions(paths: {
  manifestPath: string;
  certDir: string;
  logPath: string;
}): string;
export declare function isRunning(pid: number): boolean;
export declare function toolPath(root: string, name: string): string;
