import type { Server } from 'node:http';
import type { z } from 'zod';

export declare const KIT_PORT: number;
export declare const Report: z.ZodType<KitServerReport>;
export interface KitServerReport {
  kit: 'minutebook-word-kit';
  platform: string;
  wordVersion: string;
  date: string;
  refused: string | null;
  results: {
    operation: string;
    name: string;
    status: 'passed' | 'failed' | 'not run';
    question?: string;
    syncs: number;
    callbacks: number;
    budget: { syncs: number; callbacks: number };
    ms: number;
    problems: string[];
    notes: string[];
  }[];
  text?: string;
}
export interface KitServer {
  server: Server;
  listen(port?: number, host?: string): Promise<number>;
  nextReport(timeoutMs: number): Promise<KitServerReport | null>;
  close(): Promise<void>;
}
export declare function createKitServer(options: {
  staticDir: string;
  tls?: { key: Buffer | string; cert: Buffer | string } | null;
  maxBytes?: number;
}): KitServer;
export declare function exitCodeFor(report: KitServerReport | null): { code: 0 | 1 | 2; reason: string };
export declare function reportLines(report: KitServerReport): string;
export declare function servedManifest(xml: string): string;
export declare function desktopKitArgs(manifestPath: string): string[];
export declare function webSteps(options: { serving: boolean; manifestPath: string }): string;
