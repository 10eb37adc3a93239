import { doctorPassed, type DoctorReport } from '../org/doctor.js';
import { GcTimeoutsError } from '../util/errors.js';
import type { Connection } from './connection.js';
import { selected, type EnvironmentRequest } from './environment.js';
import type { AppPorts } from './ports.js';
import { withOrg } from './session.js';

export interface DoctorRequest extends EnvironmentRequest {
  connection: Connection;
}

export interface DoctorResult {
  region: string;
  report: DoctorReport;
  /** Something the manifest needs is missing. */
  failure: GcTimeoutsError | undefined;
}

/** Read-only checks of the org for what the manifest needs. */
export async function doctorOrg(request: DoctorRequest, ports: AppPorts): Promise<DoctorResult> {
  const { connection } = request;
  const valid = selected(request);
  return withOrg({ connection, manifest: valid.manifest }, ports, async (org, endpoint) => {
    const report = await org.doctor(valid.manifest);
    if (doctorPassed(report)) return { region: endpoint.region, report, failure: undefined };
    const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.name);
    const failure = new GcTimeoutsError('auth-failed', `doctor: ${failed.join(', ')} failed`);
    return { region: endpoint.region, report, failure };
  });
}
