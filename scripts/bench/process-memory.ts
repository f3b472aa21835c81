/**
 * Peak memory of a process and all its descendants, sampled from /proc (Linux). Pagefind's indexer
 * and any worker run as separate processes, so timing tools that watch only the main process miss them.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** `rootPid` and every process descended from it, each with its command name and resident memory (bytes). */
export function processTree(rootPid: number): Array<{ pid: number; command: string; bytes: number }> {
  const all: Array<{ pid: number; parent: number; command: string; bytes: number }> = [];
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name is in parentheses (and may contain spaces); the fields after it start after the last ')'.
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      all.push({ pid, parent: Number(fields[1]), command, bytes: Number(fields[21]) * 4096 });
    } catch {
      // the process ended while we looked
    }
  }
  const parentOf = new Map(all.map((p) => [p.pid, p.parent]));
  return all
    .filter(({ pid }) => {
      let current: number | undefined = pid;
      while (current && current !== rootPid) current = parentOf.get(current);
      return current === rootPid;
    })
    .map(({ pid, command, bytes }) => ({ pid, command, bytes }));
}

/** Resident memory (bytes) of `rootPid` and every process descended from it: in all, and by command name. */
export function treeRss(rootPid: number): { total: number; byCommand: Map<string, number> } {
  let total = 0;
  const byCommand = new Map<string, number>();
  for (const { command, bytes } of processTree(rootPid)) {
    total += bytes;
    byCommand.set(command, (byCommand.get(command) ?? 0) + bytes);
  }
  return { total, byCommand };
}

export interface PeakMemory {
  /** The highest total of the whole tree at one moment. */
  total: number;
  /** Each command's own highest, whenever it came (so these need not add up to the total). */
  byCommand: Map<string, number>;
}

/** Sample treeRss every `intervalMs` until stopped. */
export function samplePeak(rootPid: number, intervalMs = 250): { stop: () => PeakMemory } {
  const peak: PeakMemory = { total: 0, byCommand: new Map() };
  const timer = setInterval(() => {
    const { total, byCommand } = treeRss(rootPid);
    peak.total = Math.max(peak.total, total);
    for (const [command, bytes] of byCommand)
      peak.byCommand.set(command, Math.max(peak.byCommand.get(command) ?? 0, bytes));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
