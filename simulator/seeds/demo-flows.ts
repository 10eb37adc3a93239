import type { StoredFlow } from '../types.js';

/**
 * Architect flows of the demo org and the data actions each calls (by id), for dependency
 * tracking (GENESYS_API.md §11). Several actions are used by more than one flow, some by none
 * (Update Shipping Address, Cancel Order, Get Loyalty Points/Tier, Get User Presence, …).
 */

const A = {
  getCustomerOrderErp: 'custom_-_92b26918-525c-4bda-86df-9aa2f61955c9',
  createReturn: 'custom_-_28137b1a-858f-46ce-be38-044b511513bb',
  checkInventory: 'custom_-_4b1e6c52-8d0a-4c1b-9a55-2f7d3e9c0a11',
  legacyOrderLookup: 'custom_-_fac24524-ce46-43f6-9431-1221a4d8f253',
  getInvoice: 'custom_-_479bbf22-2bb9-475e-85ef-13386614a694',
  orderStatus30: 'custom_-_3c735bad-42c3-4276-9d75-f60680fa29c8',
  lookupAccountByPhone: 'custom_-_2cfa8a92-238a-424c-b80b-6306616bbae4',
  lookupContactByEmail: 'custom_-_109b9186-8f26-49c6-9f8d-70ddbcafc42d',
  lookupOpportunity: 'custom_-_55a5a659-b2f0-4033-8bc5-79b626c4defd',
  createCase: 'custom_-_c33cc947-869e-4399-9879-8df974883dd7',
  updateCaseStatus: 'custom_-_26bf54ad-313e-452e-9c57-7332cd7307ed',
  logCallActivity: 'custom_-_f59b0c20-064d-4dcb-94bc-5974a61d9121',
  searchKnowledge: 'custom_-_befc046c-8f0f-4edf-bf68-56c058b27ab1',
  authorizePayment: 'custom_-_fd7fab7a-e50f-49e4-ba58-4d65b7303215',
  refundPayment: 'custom_-_cbbcdd98-9761-4986-84b2-ff97a5018d1f',
  getPaymentStatus: 'custom_-_5df5c43d-fa59-49bf-bfef-f111f899aa43',
  tokenizeCard: 'custom_-_16147b65-ccc0-422f-a83b-6e9e71c19fd1',
  estimatedWait: 'custom_-_05584d32-14f3-4a43-b4a6-c2116e975fe8',
  createCallback: 'custom_-_31726c6b-f924-4def-a0b9-0495369a492b',
  queueObservations: 'custom_-_30003b00-df69-49bf-a5be-1bcac24e5c55',
  scheduleGroup: 'custom_-_1648c278-5fe6-463e-9e5a-46c242c4edd4',
  agentByEmail: 'custom_-_6badfcfb-e93f-47d2-be9b-92edc6fbbb3b',
  scoreLead: 'custom_-_cf71413f-2abd-42cc-a839-523ea2a8c0f4',
  classifyIntent: 'custom_-_f9d114ba-a1c0-4f1e-9b68-2ece312e30ff',
  summarizeTranscript: 'custom_-_5784dec1-8293-48da-8c9f-43f4cd96ac20',
} as const;

export const DEMO_FLOWS: StoredFlow[] = [
  {
    id: '9c1f5b0e-7a44-4f0a-9f61-0d3b8e2a6c11',
    name: 'Main IVR',
    type: 'INBOUNDCALLFLOW',
    version: '12.0',
    dataActionIds: [
      A.lookupAccountByPhone,
      A.getCustomerOrderErp,
      A.scheduleGroup,
      A.estimatedWait,
      A.legacyOrderLookup,
    ],
  },
  // The previous version of Main IVR still counts as a consumer; it is one flow, not two.
  {
    id: '9c1f5b0e-7a44-4f0a-9f61-0d3b8e2a6c11',
    name: 'Main IVR',
    type: 'INBOUNDCALLFLOW',
    version: '11.0',
    dataActionIds: [A.lookupAccountByPhone],
  },
  {
    id: '4e7d2a90-1b3c-4c55-8e0f-6a9b7c3d2e14',
    name: 'Billing Queue',
    type: 'INQUEUECALLFLOW',
    version: '4.0',
    dataActionIds: [A.estimatedWait, A.getPaymentStatus, A.getInvoice],
  },
  {
    id: 'b3a8e6f1-2c4d-4e9a-8b7c-5d1e0f2a3b45',
    name: 'Where Is My Order',
    type: 'COMMONMODULEFLOW',
    version: '7.0',
    dataActionIds: [A.getCustomerOrderErp, A.orderStatus30, A.createReturn, A.checkInventory],
  },
  {
    id: '0f6c3d2b-8e1a-4b7f-9c5d-2a4e6b8c0d17',
    name: 'Payments Line',
    type: 'INBOUNDCALLFLOW',
    version: '9.0',
    dataActionIds: [A.authorizePayment, A.tokenizeCard, A.refundPayment, A.getPaymentStatus],
  },
  {
    id: '7a2b4c6d-8e0f-4a1b-9c3d-5e7f9a1b3c28',
    name: 'Web Chat',
    type: 'INBOUNDCHATFLOW',
    version: '3.0',
    dataActionIds: [A.lookupContactByEmail, A.searchKnowledge, A.classifyIntent],
  },
  {
    id: 'c5d7e9f1-3a5b-4c7d-8e9f-1a3b5c7d9e30',
    name: 'Sales Assistant Bot',
    type: 'BOTFLOW',
    version: '2.0',
    dataActionIds: [A.scoreLead, A.lookupOpportunity, A.lookupAccountByPhone],
  },
  {
    id: 'e1f3a5b7-c9d1-4e3f-a5b7-c9d1e3f5a742',
    name: 'Case Follow-up',
    type: 'WORKFLOW',
    version: '5.0',
    dataActionIds: [A.createCase, A.updateCaseStatus, A.logCallActivity, A.summarizeTranscript],
  },
  {
    id: '2d4f6a8c-0e2a-4c6e-8a0c-2e4a6c8e0a53',
    name: 'Callback Scheduler',
    type: 'INQUEUECALLFLOW',
    version: '6.0',
    dataActionIds: [A.createCallback, A.queueObservations, A.agentByEmail],
  },
  // Deleted flows stay in dependency tracking, flagged; they call nothing any more.
  {
    id: '5b7d9f1a-3c5e-4a7c-9e1a-3c5e7a9c1e64',
    name: 'Old Order Line',
    type: 'INBOUNDCALLFLOW',
    version: '1.0',
    deleted: true,
    dataActionIds: [A.legacyOrderLookup],
  },
];
