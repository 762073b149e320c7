import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Start a server process and wait until `url` answers; stop it with `stop`. */
export async function startServer(command: string, args: string[], env: Record<string, string>, url: string): Promise<ChildProcess> {
  const child = spawn(command, args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`${command} ${args.join(' ')} did not answer ${url}`);
}

export async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill();
  await exited;
}

/** The standalone build's server (what `npm start` runs), on 127.0.0.1:port. */
export function startNext(port: number) {
  if (!existsSync('.next/standalone/server.js')) throw new Error('No standalone build: run `npm run build` first.');
  return startServer('node', ['.next/standalone/server.js'], { PORT: String(port), HOSTNAME: '127.0.0.1' }, `http://127.0.0.1:${port}/ar`);
}

/** Resident memory of a process, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return kb / 1024;
}
