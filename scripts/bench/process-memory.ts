/**
 * Peak memory of a process and all its descendants, sampled from /proc (Linux). Pagefind's indexer
 * and any worker run as separate processes, so timing tools that watch only the main process miss them.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Sum of resident memory (bytes) of `rootPid` and every process descended from it. */
export function treeRss(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(pid, Number(fields[1]));
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    let current: number | undefined = pid;
    while (current && current !== rootPid) current = parents.get(current);
    if (current === rootPid) total += bytes;
  }
  return total;
}

/** Sample treeRss every `intervalMs` until stopped; returns a function giving the peak so far. */
export function samplePeak(rootPid: number, intervalMs = 250): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(rootPid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
