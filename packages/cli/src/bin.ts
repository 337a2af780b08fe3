#!/usr/bin/env node
// The campaign-ledger command: see docs/cli.md.
import { runCli } from './program';

process.exitCode = await runCli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
