// The entry of the bench's child processes (see forkChild.ts): one request in, one answer out.
import type { ChildMessage, ChildRequest, ChildResponses } from './childRequest';
import { expectedFigures } from './expectedFigures';
import { importMillion, replayMillion } from './millionReplay';
import { runSubject } from './runSubject';
import { scalePoint } from './scaleFold';
import { subjectNamed } from './subjects';
import { generateWorkload, workloadStreams } from './workload';

const answer = async (request: ChildRequest): Promise<ChildResponses[ChildRequest['kind']]> => {
  switch (request.kind) {
    case 'subject': {
      const subject = subjectNamed(request.subject);
      if (subject === undefined) throw new Error(`no subject named ${request.subject}`);
      return runSubject(subject, generateWorkload(request.workload), request.environment, {
        runs: request.runs,
        commandStreams: request.commandStreams,
        operations: new Set(request.operations),
        ...(request.profileDir === undefined ? {} : { profileDir: request.profileDir }),
        log: (line) => process.stderr.write(`  ${line}\n`),
      });
    }
    case 'million-import':
      return importMillion(request.backend, request.workload, request.environment);
    case 'million-replay':
      return replayMillion(request.backend, request.where, request.fold);
    case 'million-expected':
      return expectedFigures({ streams: workloadStreams(request.workload) });
    case 'scale-point':
      return scalePoint(request.workload);
  }
};

process.once('message', (request: ChildRequest) => {
  const reply = (message: ChildMessage<ChildRequest['kind']>): void => {
    process.send?.(message, undefined, {}, () => process.exit(message.ok ? 0 : 1));
  };
  answer(request).then(
    (value) => reply({ ok: true, value }),
    (error: unknown) => reply({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
