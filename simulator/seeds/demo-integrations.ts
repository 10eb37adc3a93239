import type { StoredIntegration } from '../types.js';

/** The five integrations of the demo org; ids are fixed so docs and tests can name them. */
export const ERP: StoredIntegration = {
  id: 'd2fe3d6f-61f7-481c-8d6a-ee2b4190c0f0',
  name: 'ERP Web Services',
  typeId: 'custom-rest-actions',
  notes: 'Order, returns and inventory APIs of the ERP (SAP gateway).',
  credentialType: 'basicAuth',
};

export const SALESFORCE: StoredIntegration = {
  id: '83fd60b5-b668-4bdc-ba9b-20f1936ff139',
  name: 'Salesforce CRM',
  typeId: 'custom-rest-actions',
  notes: 'Salesforce REST API v60.0 through the connected app.',
  credentialType: 'basicAuth',
};

export const GENESYS: StoredIntegration = {
  id: 'f870e88d-70b3-4ee2-b796-6440de62d733',
  name: 'Genesys Cloud Data Actions',
  typeId: 'purecloud-data-actions',
};

export const FUNCTIONS: StoredIntegration = {
  id: '2bd77de7-0471-4a08-bc54-b24ca9de89b9',
  name: 'Scoring Functions',
  typeId: 'function-data-actions',
  notes: 'Lead scoring and intent models packaged as functions.',
};

export const PAYMENTS: StoredIntegration = {
  id: '032eaae7-8102-4935-800e-bdf6212fe5c7',
  name: 'Payments Gateway',
  typeId: 'custom-rest-actions',
  notes: 'PCI-scoped payment service; token from its OAuth endpoint.',
  credentialType: 'userDefinedOAuth',
};

export const DEMO_INTEGRATIONS: StoredIntegration[] = [
  ERP,
  SALESFORCE,
  GENESYS,
  FUNCTIONS,
  PAYMENTS,
];
