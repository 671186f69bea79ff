#!/usr/bin/env node
// Launcher for the `standpoint` CLI: registers tsx so the TypeScript sources run as they are.
import { register } from 'tsx/esm/api';

// `standpoint data list --json | head` closes the pipe early; that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
