import type { StoredAction } from '../types.js';
import { GENESYS_HEADERS, buildAction, buildFunctionAction, type ActionSpec } from './builders.js';
import { FUNCTIONS, GENESYS } from './demo-integrations.js';

const GENESYS_ACTIONS: ActionSpec[] = [
  {
    id: 'custom_-_05584d32-14f3-4a43-b4a6-c2116e975fe8',
    name: 'Get Queue Estimated Wait Time',
    version: 3,
    method: 'GET',
    url: '/api/v2/routing/queues/${input.queueId}/estimatedwaittime',
    input: { queueId: 'string' },
    output: { estimatedWaitTimeSeconds: 'integer' },
    latency: [9000, 250, 700, 1400],
  },
  {
    id: 'custom_-_65bd26c7-9e4d-4952-b0fe-d16a0a0332e1',
    name: 'Get User Presence',
    version: 2,
    timeoutSeconds: 5,
    method: 'GET',
    url: '/api/v2/users/${input.userId}/presences/purecloud',
    input: { userId: 'string' },
    output: { presence: 'string' },
    latency: [1300, 180, 450, 800],
  },
  {
    id: 'custom_-_dfe36392-eec5-4744-babf-2811ec7f4811',
    name: 'Set Participant Data',
    version: 4,
    timeoutSeconds: 5,
    method: 'PATCH',
    url: '/api/v2/conversations/${input.conversationId}/participants/${input.participantId}/attributes',
    input: { conversationId: 'string', participantId: 'string', key: 'string', value: 'string' },
    output: { updated: 'boolean' },
    latency: [7600, 220, 600, 1100],
  },
  {
    id: 'custom_-_f4ef54ef-3734-4e1b-ad46-3a88b7d51f42',
    name: 'Get Participant Data',
    version: 1,
    method: 'GET',
    url: '/api/v2/conversations/${input.conversationId}',
    input: { conversationId: 'string' },
    output: { attributesJson: 'string' },
    latency: [5400, 240, 650, 1200],
  },
  {
    id: 'custom_-_31726c6b-f924-4def-a0b9-0495369a492b',
    name: 'Create Callback',
    version: 5,
    timeoutSeconds: 10,
    method: 'POST',
    url: '/api/v2/conversations/callbacks',
    input: { queueId: 'string', callbackNumber: 'string', callbackUserName: 'string' },
    output: { conversationId: 'string' },
    latency: [820, 600, 1600, 2600],
  },
  {
    id: 'custom_-_30003b00-df69-49bf-a5be-1bcac24e5c55',
    name: 'Get Queue Observations (Waiting/Interacting)',
    version: 2,
    timeoutSeconds: 8,
    method: 'POST',
    url: '/api/v2/analytics/queues/observations/query',
    input: { queueId: 'string' },
    output: { waiting: 'integer', interacting: 'integer' },
    latency: [3100, 400, 1100, 2300],
  },
  {
    id: 'custom_-_44c689ba-d71b-4582-b8ed-6045359cafe6',
    name: 'Get External Contact by Phone',
    version: 1,
    method: 'GET',
    url: '/api/v2/externalcontacts/contacts?q=${input.phoneNumber}',
    input: { phoneNumber: 'string' },
    output: { contactId: 'string', firstName: 'string' },
    latency: [2600, 300, 900, 1700],
  },
  {
    id: 'custom_-_1648c278-5fe6-463e-9e5a-46c242c4edd4',
    name: 'Check Schedule Group: Open/Closed',
    version: 3,
    timeoutSeconds: 4,
    method: 'GET',
    url: '/api/v2/architect/schedulegroups/${input.scheduleGroupId}',
    input: { scheduleGroupId: 'string' },
    output: { open: 'boolean' },
    latency: [6800, 150, 380, 700],
  },
  {
    id: 'custom_-_6badfcfb-e93f-47d2-be9b-92edc6fbbb3b',
    name: 'Get Agent by Email',
    version: 1,
    timeoutSeconds: 3,
    method: 'GET',
    url: '/api/v2/users?email=${input.email}',
    input: { email: 'string' },
    output: { userId: 'string', name: 'string' },
    latency: [210, 200, 600, 1200],
  },
  {
    id: 'static_4e312313-566d-42a3-aad5-950a3b6924f4',
    name: 'Get User',
    version: 1,
    method: 'GET',
    url: '/api/v2/users/${input.USER_ID}',
    input: { USER_ID: 'string' },
    output: { name: 'string', email: 'string' },
    latency: [1500, 150, 400, 750],
  },
  {
    id: 'static_e34d9de0-4c09-44a4-adc1-28c955ed8f5b',
    name: 'Get Queue Members',
    version: 1,
    method: 'GET',
    url: '/api/v2/routing/queues/${input.QUEUE_ID}/members',
    input: { QUEUE_ID: 'string' },
    output: { memberCount: 'integer' },
    latency: [400, 200, 550, 900],
  },
  {
    id: 'static_826895ad-6701-41dc-806a-cf20dba5d6c1',
    name: 'Get Queue by Name',
    version: 1,
    method: 'GET',
    url: '/api/v2/routing/queues?name=${input.QUEUE_NAME}',
    input: { QUEUE_NAME: 'string' },
    output: { queueId: 'string' },
    latency: [0, 180, 500, 800],
  },
];

interface FunctionSpec {
  spec: ActionSpec;
  fn: { description: string; handler: string; runtime: string; timeoutSeconds: number };
}

const FUNCTION_ACTIONS: FunctionSpec[] = [
  {
    spec: {
      id: 'custom_-_cf71413f-2abd-42cc-a839-523ea2a8c0f4',
      name: 'Score Lead',
      version: 4,
      timeoutSeconds: 20,
      method: 'POST',
      url: 'fn-5b0e7f1c2d9a4e36',
      input: { leadId: 'string', channel: 'string' },
      output: { score: 'integer', segment: 'string' },
      latency: [1900, 3500, 9200, 13500],
    },
    fn: {
      description: 'Scores an inbound lead with the propensity model.',
      handler: 'src/index.handler',
      runtime: 'nodejs22.x',
      timeoutSeconds: 15,
    },
  },
  {
    spec: {
      id: 'custom_-_f9d114ba-a1c0-4f1e-9b68-2ece312e30ff',
      name: 'Classify Intent',
      version: 2,
      method: 'POST',
      url: 'fn-9c4a21e07b3d5f18',
      input: { utterance: 'string' },
      output: { intent: 'string', confidence: 'number' },
      latency: [8700, 900, 2600, 4100],
    },
    fn: {
      description: 'Classifies the caller utterance into an IVR intent.',
      handler: 'src/index.handler',
      runtime: 'nodejs22.x',
      timeoutSeconds: 10,
    },
  },
  {
    spec: {
      id: 'custom_-_5784dec1-8293-48da-8c9f-43f4cd96ac20',
      name: 'Summarize Transcript',
      version: 3,
      timeoutSeconds: 15,
      method: 'POST',
      url: 'fn-2e8d6b41a07c9f53',
      input: { conversationId: 'string' },
      output: { summary: 'string' },
      latency: [320, 5200, 11800, 14200],
    },
    fn: {
      description: 'Summarises a finished conversation for the CRM.',
      handler: 'dist/summarize.handler',
      runtime: 'nodejs20.x',
      timeoutSeconds: 15,
    },
  },
];

export function demoPlatformActions(): StoredAction[] {
  return [
    ...GENESYS_ACTIONS.map((spec) => buildAction(GENESYS, 'Genesys Cloud', spec, GENESYS_HEADERS)),
    ...FUNCTION_ACTIONS.map(({ spec, fn }) =>
      buildFunctionAction(FUNCTIONS, 'Function Data Actions', spec, fn),
    ),
  ];
}
