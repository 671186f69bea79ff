/**
 * PLACEHOLDER written by the foundation so the build and e2e harness work; the annotator engineer
 * replaces it. Contract: after start, ping the background; on 'pong' mark <html data-standpoint="ready">.
 */
import { sendMessage } from '../messaging/protocol.ts';

async function start(): Promise<void> {
  const answer = await sendMessage('ping', undefined);
  if (answer === 'pong') document.documentElement.dataset.standpoint = 'ready';
}

// A failed ping (e.g. extension reloaded) must not throw into the page.
start().catch(() => undefined);
