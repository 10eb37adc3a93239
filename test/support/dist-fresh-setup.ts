// globalSetup of the `e2e` project: the end-to-end tests run the dist/ bundles as processes, so after a
// change to src/ they would quietly test the old build. Refuse to start instead.
import { staleReason } from '../../scripts/dist-stamp.mjs';

export default function assertDistFresh(): void {
  const reason = staleReason(process.cwd());
  if (reason !== undefined) throw new Error(reason);
}
