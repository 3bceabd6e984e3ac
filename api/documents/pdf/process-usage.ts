import { readdir, readFile } from 'node:fs/promises';

/** A process and all its descendants, found through /proc/<pid>/task/<tid>/children (Linux); empty elsewhere. */
export async function processTree(root: number): Promise<number[]> {
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    let tasks: string[];
    try {
      tasks = await readdir(`/proc/${pid}/task`);
    } catch {
      continue; // The process ended while we looked.
    }
    tree.push(pid);
    // Chromium starts its children from several threads; each thread lists its own.
    for (const task of tasks) {
      const children = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '');
      queue.push(...children.split(' ').filter(Boolean).map(Number));
    }
  }
  return tree;
}

/**
 * Memory of these processes in MB, as the proportional set size: pages shared between Chromium's
 * processes are divided among them, not counted once per process as RSS would. Null where /proc
 * cannot tell.
 */
export async function pssMb(pids: readonly number[]): Promise<number | null> {
  let kb = 0;
  let seen = false;
  for (const pid of pids) {
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(await readFile(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
      seen = true;
    } catch {
      // Gone, or not ours to read.
    }
  }
  return seen ? Math.round(kb / 1024) : null;
}

export async function processTreePssMb(root: number): Promise<number | null> {
  return pssMb(await processTree(root));
}

/**
 * CPU time (user + system) of a process tree so far, in ms, children that ended included: the full
 * Chromium starts and ends a print-compositor process for every PDF, whose time lands in its parent.
 */
export async function processTreeCpuMs(root: number): Promise<number> {
  const ticksPerSecond = 100; // USER_HZ on Linux
  let ticks = 0;
  for (const pid of await processTree(root)) {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // Gone.
    }
  }
  return (ticks * 1000) / ticksPerSecond;
}
