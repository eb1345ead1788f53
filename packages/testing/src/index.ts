export { type AgentDay, type AgentDayOptions, agentDay } from './agentDay';
export {
  type Agent,
  type RoleQueries,
  type RolesAgentOptions,
  rolesAgent,
  storeAgent,
  type UserActions,
} from './agents';
export { createMemoryStorage, type MemoryStorage } from './createMemoryStorage';
export {
  type ActFunction,
  createTestBus,
  type FarSide,
  type TestBus,
  type TestBusOptions,
} from './createTestBus';
export {
  type RenderWithDialerOptions,
  type RenderWithDialerResult,
  renderWithDialer,
  type TestProviderProps,
} from './renderWithDialer';
export { LINE, TAGGING_LINE, TEST_AGENT, TEST_CUSTOMER, TEST_TAGS, TEST_TEAMMATES } from './testData';
