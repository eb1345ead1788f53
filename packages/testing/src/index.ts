export type { ActFunction } from './act';
export { type AgentDay, type AgentDayOptions, agentDay } from './agentDay';
export {
  type Agent,
  type RoleQueries,
  type RolesAgentOptions,
  rolesAgent,
  storeAgent,
  type UserActions,
} from './agents';
export {
  busEvent,
  callMetadata,
  externalParty,
  TEST_CALL_UUID,
  TEST_COACHABLE_CALL,
  TEST_LINE,
  TEST_SECOND_CALLER,
  TEST_TRANSFEREE,
  teammateParty,
} from './busEvents';
export { callScripts } from './callScripts';
export { createMemoryStorage, type MemoryStorage } from './createMemoryStorage';
export {
  createScriptedBus,
  type Responder,
  type ScriptedBus,
  type ScriptedBusOptions,
} from './createScriptedBus';
export { createTestBus, type FarSide, type TestBus, type TestBusOptions } from './createTestBus';
export {
  actOn,
  type DialerTestBus,
  probeHook,
  type RenderWithDialerOptions,
  type RenderWithDialerResult,
  renderWithDialer,
  type TestProviderProps,
} from './renderWithDialer';
export { LINE, TAGGING_LINE, TEST_AGENT, TEST_CUSTOMER, TEST_TAGS, TEST_TEAMMATES } from './testData';
