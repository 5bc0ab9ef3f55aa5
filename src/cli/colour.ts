/** ANSI colour, only when writing to a terminal and NO_COLOR is not set. */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

export function paint(enabled: boolean): Paint {
  const wrap = (code: string) => (s: string) => (enabled ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { red: wrap('31'), yellow: wrap('33'), blue: wrap('34'), bold: wrap('1'), dim: wrap('2') };
}
