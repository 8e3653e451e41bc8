import { NcaLayerClient } from '../../ncalayer/client.js';

/**
 * The pickers' NCALayer clients, one per address for the whole page, so that pickers share one
 * socket and queue. A module of its own: the picker loads it (and the client's code with it) when
 * a selection begins, not with the page.
 */
const clients = new Map<string, NcaLayerClient>();

export function sharedClient(url: string): NcaLayerClient {
  let client = clients.get(url);
  if (!client) {
    client = new NcaLayerClient({ url });
    clients.set(url, client);
  }
  return client;
}
